import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/checks/options.ts
var severity = {
  type: "string",
  enum: ["error", "warning"],
  description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
};
var duration = {
  type: ["string", "number"],
  pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
  errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
  description: "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds."
};
var percent = {
  type: "number",
  minimum: 0,
  maximum: 100,
  description: "A percentage, 0 to 100."
};
function bounds(what) {
  return {
    type: "object",
    additionalProperties: false,
    description: what,
    properties: {
      min: { type: "number", description: "Fails when the value is below this." },
      max: { type: "number", description: "Fails when the value is above this." },
      severity
    }
  };
}

export {
  severity,
  duration,
  percent,
  bounds
};
