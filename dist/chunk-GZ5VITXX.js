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
var chunk_GZ5VITXX_exports = {};
__export(chunk_GZ5VITXX_exports, {
  expectation: () => expectation,
  judgeBound: () => judgeBound,
  matching: () => matching,
  metricsMapSchema: () => metricsMapSchema,
  threshold: () => threshold,
  within: () => within
});
module.exports = __toCommonJS(chunk_GZ5VITXX_exports);
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_SSUJ7GHV = require("./chunk-SSUJ7GHV.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_picomatch = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_HFP5IKVS.require_picomatch)(), 1);
function expectation(b) {
  return [b.min !== void 0 && `>= ${b.min}`, b.max !== void 0 && `<= ${b.max}`].filter(Boolean).join(" and ");
}
var within = (v, b) => (b.min === void 0 || v >= b.min) && (b.max === void 0 || v <= b.max);
var METRIC_BOUNDS = (0, import_chunk_SSUJ7GHV.bounds)("Bounds on a metric.");
function metricsMapSchema(what) {
  return { type: "object", description: what, additionalProperties: METRIC_BOUNDS };
}
var QUALITY = ["infrastructure.4"];
function matching(pattern, metrics) {
  const glob = (0, import_chunk_MPGLMMVQ.isGlob)(pattern);
  const match = glob ? (0, import_picomatch.default)(pattern, { dot: true }) : (n) => n === pattern;
  return metrics.filter(
    (m) => match(m.name) || match(`${m.file}:${m.name}`) || !glob && m.name.endsWith(`:${pattern}`)
  );
}
function missingMetric(kind, input, sev, expected) {
  const { pattern, metrics } = input;
  return {
    id: `model/${kind}/${pattern}`,
    status: "error",
    severity: sev,
    message: `${pattern}: no metric of that name in the metrics files (${kind} ${expected})`,
    expected,
    diagnostics: [
      {
        code: "model/metric-missing",
        severity: sev,
        message: `the ${kind} on ${pattern} names a metric that no metrics file has`,
        file: input.configFile,
        range: import_chunk_Y3HCMOLU.FILE_START,
        hint: `metric names are flattened with dots; the files have: ${metrics.slice(0, 12).map((m) => m.name).join(", ")}${metrics.length > 12 ? ", ..." : ""}`
      }
    ]
  };
}
function boundOn(m, kind, rubric, bounds2, sev) {
  const id = `model/${kind}/${m.name}`;
  const expected = expectation(bounds2);
  if (m.value === null)
    return {
      id,
      status: "error",
      severity: sev,
      message: `${m.name} ${m.problem}: cannot check ${expected}`,
      expected,
      diagnostics: [
        {
          code: "model/metric-not-number",
          severity: sev,
          message: `${m.name} ${m.problem}`,
          file: m.file,
          range: m.range
        }
      ]
    };
  const ok = within(m.value, bounds2);
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: ok ? `${m.name} = ${(0, import_chunk_CPTRZ6QP.formatMetric)(m.value)}` : `${m.name} = ${(0, import_chunk_CPTRZ6QP.formatMetric)(m.value)}, expected ${expected}`,
    observed: (0, import_chunk_CPTRZ6QP.formatMetric)(m.value),
    expected,
    rubric,
    diagnostics: ok ? [] : [
      {
        code: `model/${kind}`,
        severity: sev,
        message: `${m.name} is ${(0, import_chunk_CPTRZ6QP.formatMetric)(m.value)}, expected ${expected}`,
        file: m.file,
        range: m.range
      }
    ]
  };
}
function judgeBound(kind, rubric, input) {
  const sev = input.bounds.severity ?? input.severity;
  const hits = matching(input.pattern, input.metrics);
  if (!hits.length) return [missingMetric(kind, input, sev, expectation(input.bounds))];
  return hits.map((m) => boundOn(m, kind, rubric, input.bounds, sev));
}
var threshold = {
  id: "threshold",
  description: "A metric from the metrics files is outside its bounds, is not a number, or is absent.",
  options: {
    thresholds: metricsMapSchema("Bounds per metric name (globs allowed), read from the metrics files.")
  },
  rubric: QUALITY,
  judge: (input) => judgeBound("threshold", QUALITY, input)
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  expectation,
  judgeBound,
  matching,
  metricsMapSchema,
  threshold,
  within
});
