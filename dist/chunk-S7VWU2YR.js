import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  isGlob
} from "./chunk-BCHWMC7C.js";
import {
  FILE_START
} from "./chunk-6NMQYMRM.js";
import {
  bounds
} from "./chunk-J7HIHQAJ.js";
import {
  formatMetric
} from "./chunk-FDVFJYAA.js";
import {
  require_picomatch
} from "./chunk-NYWWWUSS.js";
import {
  __toESM
} from "./chunk-2OBMBC2G.js";

// src/model/checks/threshold.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/model/checks/bounds.ts
function expectation(b) {
  return [b.min !== void 0 && `>= ${b.min}`, b.max !== void 0 && `<= ${b.max}`].filter(Boolean).join(" and ");
}
var within = (v, b) => (b.min === void 0 || v >= b.min) && (b.max === void 0 || v <= b.max);
var METRIC_BOUNDS = bounds("Bounds on a metric.");
function metricsMapSchema(what) {
  return { type: "object", description: what, additionalProperties: METRIC_BOUNDS };
}

// src/model/checks/threshold.ts
var QUALITY = ["infrastructure.4"];
function matching(pattern, metrics) {
  const glob = isGlob(pattern);
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
        range: FILE_START,
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
    message: ok ? `${m.name} = ${formatMetric(m.value)}` : `${m.name} = ${formatMetric(m.value)}, expected ${expected}`,
    observed: formatMetric(m.value),
    expected,
    rubric,
    diagnostics: ok ? [] : [
      {
        code: `model/${kind}`,
        severity: sev,
        message: `${m.name} is ${formatMetric(m.value)}, expected ${expected}`,
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

export {
  expectation,
  within,
  metricsMapSchema,
  matching,
  judgeBound,
  threshold
};
