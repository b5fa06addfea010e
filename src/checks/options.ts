/**
 * Schema pieces that many check options share (severity, durations, percentages, bounds), defined
 * once: check definitions use them and scripts/gen-config-schema.mjs builds mlgate.schema.json
 * from the definitions.
 */
import type { JsonSchema } from "./definition.js";

/** `severity: error | warning` of a check. */
export const severity: JsonSchema = {
  type: "string",
  enum: ["error", "warning"],
  description:
    "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`.",
};

/** A duration such as `10m` or `7d`. */
export const duration: JsonSchema = {
  type: ["string", "number"],
  pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
  errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
  description:
    "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds.",
};

/** A percentage, 0 to 100. */
export const percent: JsonSchema = {
  type: "number",
  minimum: 0,
  maximum: 100,
  description: "A percentage, 0 to 100.",
};

/** `{min, max, severity}` bounds on a value. */
export function bounds(what: string): JsonSchema {
  return {
    type: "object",
    additionalProperties: false,
    description: what,
    properties: {
      min: { type: "number", description: "Fails when the value is below this." },
      max: { type: "number", description: "Fails when the value is above this." },
      severity,
    },
  };
}
