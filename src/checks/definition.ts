/**
 * The contract every check definition follows (data checks in src/data/checks/, model checks in
 * src/model/checks/): its id, the mlgate.yml options it reads with their JSON Schema, and the ML
 * Test Score items it earns. scripts/gen-config-schema.mjs builds schemas/mlgate.schema.json, the
 * generated validator and docs/configuration.md from these definitions, so a check's options are
 * written once, next to the code that reads them.
 */

/** A JSON Schema fragment. */
export type JsonSchema = Record<string, unknown>;

/** What every check says about itself. */
export interface CheckDefinition {
  /** Stable id: the last part of the report's check ids (`data/NAME/COLUMN/<id>`). */
  id: string;
  /** One line for the docs: what the check fails on. */
  description: string;
  /** The mlgate.yml properties this check reads, each with its schema (in the order documented). */
  options: Record<string, JsonSchema>;
  /** ML Test Score items a run of this check earns. */
  rubric?: readonly string[];
}
