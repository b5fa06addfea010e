/**
 * Schema pieces that data and model check options share, written once so every check's
 * `severity` and bounds read the same in schemas/mlgate.schema.json and the docs (the same objects
 * scripts/gen-config-schema.mjs defines as `severity` and `bounds`).
 */
import type { JsonSchema } from "./definition.js";

/** `severity:` on any check: how its failure counts at the gate. */
export const SEVERITY: JsonSchema = {
  type: "string",
  enum: ["error", "warning"],
  description:
    "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`.",
};

/** `{min, max, severity}` on a value, described as `what`. */
export function boundsSchema(what: string): JsonSchema {
  return {
    type: "object",
    additionalProperties: false,
    description: what,
    properties: {
      min: { type: "number", description: "Fails when the value is below this." },
      max: { type: "number", description: "Fails when the value is above this." },
      severity: SEVERITY,
    },
  };
}
