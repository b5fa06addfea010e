/** Validate a JSON report against schemas/report.schema.json with an independent ajv instance. */
import { Ajv } from "ajv";
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(reportSchema);

/** The schema errors of `value`, as readable strings; empty when valid. */
export function reportSchemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
