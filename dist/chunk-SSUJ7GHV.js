"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_SSUJ7GHV_exports = {};
__export(chunk_SSUJ7GHV_exports, {
  bounds: () => bounds,
  duration: () => duration,
  percent: () => percent,
  severity: () => severity
});
module.exports = __toCommonJS(chunk_SSUJ7GHV_exports);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bounds,
  duration,
  percent,
  severity
});
