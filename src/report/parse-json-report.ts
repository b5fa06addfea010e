/**
 * Untrusted JSON reports (a shard, a baseline artifact) read back into a Report: validated against
 * schemas/report.schema.json first. Apart from json-form.ts so that printing a report does not
 * load ajv's compiler.
 */
import type { ValidateFunction } from "ajv";
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import { createAjv } from "../schema/create-ajv.js";
import { fromJsonDiagnostic, type JsonDiagnostic, mapDiagnostics } from "./json-form.js";
import type { Report } from "./types.js";

let validator: ValidateFunction | undefined;

/** Validate untrusted JSON (a shard or an artifact) and turn it back into a Report, or say why not. */
export function parseJsonReport(value: unknown): { report?: Report; errors: string[] } {
  validator ??= createAjv().compile(reportSchema);
  if (!validator(value)) {
    const errors = (validator.errors ?? []).map(
      (e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`,
    );
    return { errors };
  }
  const json = value as Report & { sections: { checks: { diagnostics: JsonDiagnostic[] }[] }[] };
  return { report: { ...json, sections: mapDiagnostics(json, fromJsonDiagnostic) } as Report, errors: [] };
}
