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
var chunk_MHAPEFPC_exports = {};
__export(chunk_MHAPEFPC_exports, {
  modelStage: () => modelStage,
  runModel: () => runModel
});
module.exports = __toCommonJS(chunk_MHAPEFPC_exports);
var import_chunk_GZ5VITXX = require("./chunk-GZ5VITXX.js");
var import_chunk_CE465ECT = require("./chunk-CE465ECT.js");
var import_chunk_56AY5UTG = require("./chunk-56AY5UTG.js");
var import_chunk_OY2SR5L5 = require("./chunk-OY2SR5L5.js");
var import_chunk_AWD24VCE = require("./chunk-AWD24VCE.js");
var import_chunk_SAPXJGJS = require("./chunk-SAPXJGJS.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_XP556YIM = require("./chunk-XP556YIM.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_SSUJ7GHV = require("./chunk-SSUJ7GHV.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var BASELINE_KINDS = ["majority", "stratified", "mean"];
var fitsTask = (kind, task) => kind === "mean" === (task === "regression");
function trivialMetrics(p, kind) {
  if (!fitsTask(kind, p.task)) return void 0;
  if (p.task === "binary") return binaryTrivial(p.columns, kind);
  if (p.task === "multiclass") return multiclassTrivial(p.columns, kind);
  return meanTrivial(p.columns);
}
function binaryTrivial(c, kind) {
  let pos = 0;
  for (let i = 0; i < c.n; i++) pos += c.label[i];
  const neg = c.n - pos;
  const prior = c.n ? pos / c.n : 0;
  const prediction = new Uint8Array(c.n).fill(pos > neg ? 1 : 0);
  const out = (0, import_chunk_56AY5UTG.binaryMetrics)({ n: c.n, label: c.label, prediction, score: new Float64Array(c.n).fill(prior) });
  if (kind === "stratified" && c.n) {
    const expected = {
      tp: pos * prior,
      fn: pos * (1 - prior),
      fp: neg * prior,
      tn: neg * (1 - prior)
    };
    for (const [name, value] of Object.entries((0, import_chunk_56AY5UTG.fromConfusion)(expected))) out[name] = { value };
  }
  return out;
}
function multiclassTrivial(c, kind) {
  const counts = new Float64Array(c.classes.length);
  for (let i = 0; i < c.n; i++) counts[c.label[i]]++;
  const present = c.classes.flatMap((_, j) => counts[j] ? [j] : []);
  const code = new Uint32Array(c.classes.length);
  for (let k = 0; k < present.length; k++) code[present[k]] = k;
  const label = new Uint32Array(c.n);
  for (let i = 0; i < c.n; i++) label[i] = code[c.label[i]];
  const support = present.map((j) => counts[j]);
  const priors = support.map((s) => s / c.n);
  const majority = support.indexOf(Math.max(...support));
  const cols = {
    n: c.n,
    classes: present.map((j) => c.classes[j]),
    label,
    prediction: new Uint32Array(c.n).fill(Math.max(majority, 0)),
    proba: priors.map((p) => new Float64Array(c.n).fill(p))
  };
  const out = (0, import_chunk_56AY5UTG.multiclassMetrics)(cols);
  if (kind === "stratified" && c.n) {
    const expected = support.map((s) => priors.map((p) => s * p));
    Object.assign(out, (0, import_chunk_56AY5UTG.fromMatrix)(expected, cols.classes));
  }
  return out;
}
function meanTrivial(c) {
  let sum = 0;
  for (let i = 0; i < c.n; i++) sum += c.label[i];
  const prediction = new Float64Array(c.n).fill(c.n ? sum / c.n : 0);
  return (0, import_chunk_56AY5UTG.regressionMetrics)({ n: c.n, label: c.label, prediction });
}
var SIMPLER = ["model.5"];
var LOWER_IS_BETTER = /* @__PURE__ */ new Set([
  "log_loss",
  "brier",
  "ece",
  "fpr",
  "fnr",
  "mae",
  "mse",
  "rmse",
  "mape",
  "median_ae",
  "max_error"
]);
var NO_DIRECTION = /* @__PURE__ */ new Set(["selection_rate"]);
var TOLERANCE = 1e-9;
var defaultMetric = (task) => task === "regression" ? "r2" : "accuracy";
function normalise(c, task) {
  const o = typeof c === "string" ? { kind: c } : c;
  return {
    kind: o.kind,
    metrics: "metrics" in o && o.metrics?.length ? o.metrics : [defaultMetric(task)],
    margin: ("margin" in o ? o.margin : void 0) ?? 0,
    severity: "severity" in o ? o.severity : void 0
  };
}
function cannot(id, severity2, message) {
  return { id, status: "error", severity: severity2, message, rubric: SIMPLER, diagnostics: [] };
}
function unusable(name, task) {
  if (NO_DIRECTION.has(name)) return `${name} has no better direction: name another metric`;
  return (0, import_chunk_56AY5UTG.checkMetricName)(task, name);
}
function judgeMetric(name, input, c) {
  const sev = c.severity ?? input.severity;
  const id = `model/baseline_model/${name}`;
  const why = unusable(name, input.task);
  if (why) return cannot(id, sev, `baseline_model: ${why}`);
  const m = input.model[name];
  const b = input.baseline[name];
  if (!m || "undefined" in m)
    return cannot(
      id,
      sev,
      `${name} cannot be computed from ${input.file}: ${m?.undefined ?? "unknown metric"}`
    );
  if (!b || "undefined" in b)
    return cannot(
      id,
      sev,
      `${name} of the ${c.kind} baseline cannot be computed: ${b?.undefined ?? "unknown metric"}`
    );
  const lower = LOWER_IS_BETTER.has(name);
  const gain = lower ? b.value - m.value : m.value - b.value;
  const ok = c.margin === 0 ? gain > 0 : gain >= c.margin - TOLERANCE;
  const need = lower ? b.value - c.margin : b.value + c.margin;
  const op = c.margin === 0 ? lower ? "<" : ">" : lower ? "<=" : ">=";
  const by = c.margin === 0 ? "" : ` by ${c.margin}`;
  const direction = lower ? " (lower is better)" : "";
  const [mv, bv] = [(0, import_chunk_CPTRZ6QP.formatMetric)(m.value), (0, import_chunk_CPTRZ6QP.formatMetric)(b.value)];
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: ok ? `${name} ${mv} beats the ${c.kind} baseline ${bv}${by}${direction}` : `${name} ${mv} does not beat the ${c.kind} baseline ${bv}${by}${direction}`,
    observed: mv,
    expected: `${op} ${(0, import_chunk_CPTRZ6QP.formatMetric)(need)}`,
    rubric: SIMPLER,
    diagnostics: []
  };
}
function judge(input) {
  const c = normalise(input.config, input.task);
  if (!input.baseline) {
    const fits = input.task === "regression" ? "mean" : "majority or stratified";
    const id = `model/baseline_model/${c.kind}`;
    return [
      cannot(
        id,
        c.severity ?? input.severity,
        `baseline_model: ${c.kind} does not apply to a ${input.task} model; use ${fits}`
      )
    ];
  }
  const withBaseline = { ...input, baseline: input.baseline };
  return c.metrics.map((name) => judgeMetric(name, withBaseline, c));
}
var KIND = {
  type: "string",
  enum: [...BASELINE_KINDS],
  description: "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression)."
};
var BASELINE_MODEL_SCHEMA = {
  description: "The model must beat a trivial predictor scored on the same labels (docs/checks-baseline-model.md): a kind, or `{kind, metrics, margin, severity}`. Needs `predictions`.",
  if: { type: "string" },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema if/then/else, not a promise
  then: KIND,
  else: {
    type: "object",
    additionalProperties: false,
    required: ["kind"],
    properties: {
      kind: KIND,
      metrics: {
        type: "array",
        minItems: 1,
        uniqueItems: true,
        items: { type: "string" },
        description: "Computed metrics to compare (default `accuracy`, `r2` for regression)."
      },
      margin: {
        type: "number",
        minimum: 0,
        description: "How much better the model must be on each metric (default 0: strictly better); lower is better for losses and errors."
      },
      severity: import_chunk_SSUJ7GHV.severity
    }
  }
};
var baselineModel = {
  id: "baseline-model",
  description: "A computed metric does not beat a trivial predictor (majority, stratified, mean) on the same labels by the margin.",
  options: { baseline_model: BASELINE_MODEL_SCHEMA },
  rubric: SIMPLER,
  judge
};
var BUDGET = ["monitoring.6"];
var BUDGET_NAME = /latency|throughput|qps|rps|memory|mem_|ram_|_ram|size_mb|inference_time|duration|p9[059]/i;
function isBudgetName(pattern) {
  return BUDGET_NAME.test(pattern);
}
function judgeArtifact({ artifact: a, present, bytes, severity: severity2 }) {
  const sev = a.severity ?? severity2;
  const id = "model/budget/artifact";
  if (!present.length)
    return {
      id,
      status: "error",
      severity: sev,
      message: `model artifact ${a.path} does not exist`,
      diagnostics: []
    };
  const mb = bytes / 1e6;
  const ok = a.max_size_mb === void 0 || mb <= a.max_size_mb;
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: `model artifact ${a.path}: ${(0, import_chunk_CPTRZ6QP.formatMetric)(mb)} MB${a.max_size_mb === void 0 ? "" : ok ? ` (budget ${a.max_size_mb} MB)` : `, over the ${a.max_size_mb} MB budget`}`,
    observed: `${(0, import_chunk_CPTRZ6QP.formatMetric)(mb)} MB`,
    expected: a.max_size_mb === void 0 ? void 0 : `<= ${a.max_size_mb} MB`,
    rubric: BUDGET,
    diagnostics: []
  };
}
var budget = {
  id: "budget",
  description: "A latency, throughput, memory or size metric is over its bound, or the model artifact is missing or over `max_size_mb`.",
  options: {
    artifact: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      description: "The model file and its size budget.",
      properties: {
        path: { type: "string", description: "Model artifact path." },
        max_size_mb: { type: "number", exclusiveMinimum: 0, description: "Largest allowed size in MB." },
        severity: import_chunk_SSUJ7GHV.severity
      }
    }
  },
  rubric: BUDGET,
  judge: (input) => input.kind === "metric" ? (0, import_chunk_GZ5VITXX.judgeBound)("budget", BUDGET, input) : [judgeArtifact(input)]
};
var FAIRNESS = ["model.7"];
var MEASURES = [
  ["demographic_parity_difference", "dpd", "selection rate"],
  ["equal_opportunity_difference", "eod", "true-positive rate"],
  ["equalized_odds_difference", "eqOdds", "TPR or FPR"]
];
function judgeMeasure(name, limit, g, what, f, sev) {
  const id = `model/fairness/${f.by}/${name}`;
  if (!g)
    return {
      id,
      status: "error",
      severity: sev,
      message: `${name} over ${f.by}: fewer than two groups with a defined ${what}`,
      expected: `<= ${limit}`,
      diagnostics: []
    };
  const ok = g.value <= limit;
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: `${name} over ${f.by} = ${(0, import_chunk_CPTRZ6QP.formatMetric)(g.value)} (${what}: ${f.by}=${g.high} vs ${f.by}=${g.low})${ok ? "" : `, expected <= ${limit}`}`,
    observed: (0, import_chunk_CPTRZ6QP.formatMetric)(g.value),
    expected: `<= ${limit}`,
    rubric: FAIRNESS,
    diagnostics: []
  };
}
function fairnessTable({ fairness: f, rates }) {
  const opt = (v) => v === void 0 ? "n/a" : (0, import_chunk_CPTRZ6QP.formatMetric)(v);
  return {
    title: `Fairness over ${f.by}`,
    compact: true,
    columns: [f.by, "rows", "selection rate", "TPR", "FPR"],
    rows: rates.groups.map((g) => [
      g.group,
      String(g.rows),
      (0, import_chunk_CPTRZ6QP.formatMetric)(g.selectionRate),
      opt(g.tpr),
      opt(g.fpr)
    ])
  };
}
var fairness = {
  id: "fairness",
  description: "The gap in selection rate, true-positive rate or both TPR and FPR between groups exceeds its limit.",
  options: {
    "predictions.fairness": {
      type: "array",
      description: "Fairness measures over a sensitive column.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["by"],
        properties: {
          by: { type: "string", description: "Sensitive column." },
          demographic_parity_difference: {
            type: "number",
            minimum: 0,
            description: "Maximum gap in positive-prediction rate between groups."
          },
          equal_opportunity_difference: {
            type: "number",
            minimum: 0,
            description: "Maximum gap in true-positive rate between groups."
          },
          equalized_odds_difference: {
            type: "number",
            minimum: 0,
            description: "Maximum of the TPR gap and the FPR gap."
          },
          severity: import_chunk_SSUJ7GHV.severity
        }
      }
    }
  },
  rubric: FAIRNESS,
  judge({ fairness: f, rates, severity: severity2 }) {
    const sev = f.severity ?? severity2;
    const checks = [];
    for (const [name, gap, what] of MEASURES) {
      const limit = f[name];
      if (limit !== void 0) checks.push(judgeMeasure(name, limit, rates[gap], what, f, sev));
    }
    return checks;
  }
};
var FINITE = ["monitoring.5"];
var NOT_FINITE = /^is (-?Infinity|NaN)$/;
var finite = {
  id: "finite",
  description: "A metric in the metrics files is NaN or infinite.",
  // It runs whenever `model.metrics` names files; it has no options of its own.
  options: {},
  rubric: FINITE,
  judge({ metrics, files, severity: severity2 }) {
    if (!files.length) return [];
    const bad = metrics.filter((m) => m.problem && NOT_FINITE.test(m.problem));
    const result = {
      id: "model/metrics/finite",
      status: bad.length ? "failed" : "passed",
      severity: severity2,
      message: bad.length ? `${bad.length} metric${bad.length === 1 ? " is" : "s are"} NaN or infinite: ${bad.map((m) => m.name).join(", ")}` : `every metric in ${files.join(", ")} is finite`,
      rubric: FINITE,
      diagnostics: bad.map((m) => ({
        code: "model/metric-not-finite",
        severity: severity2,
        message: `${m.name} ${m.problem}`,
        file: m.file,
        range: m.range
      }))
    };
    return [result];
  }
};
var QUALITY = ["infrastructure.4"];
var predictionMetric = {
  id: "prediction-metric",
  description: "A metric computed from the predictions file is outside its bounds, or cannot be computed (an error, never a pass).",
  options: {
    "predictions.metrics": (0, import_chunk_GZ5VITXX.metricsMapSchema)(
      "Bounds per computed metric (accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, ece, mae, rmse, r2, ...)."
    )
  },
  rubric: QUALITY,
  judge({ name, value: v, bounds: b, severity: severity2, file }) {
    const sev = b.severity ?? severity2;
    const expected = (0, import_chunk_GZ5VITXX.expectation)(b);
    const id = `model/predictions/${name}`;
    if (!v || "undefined" in v)
      return [
        {
          id,
          status: "error",
          severity: sev,
          message: `${name} cannot be computed from ${file}: ${v ? v.undefined : "unknown metric"}`,
          expected,
          diagnostics: []
        }
      ];
    const ok = (0, import_chunk_GZ5VITXX.within)(v.value, b);
    return [
      {
        id,
        status: ok ? "passed" : "failed",
        severity: sev,
        message: ok ? `${name} = ${(0, import_chunk_CPTRZ6QP.formatMetric)(v.value)}` : `${name} = ${(0, import_chunk_CPTRZ6QP.formatMetric)(v.value)}, expected ${expected}`,
        observed: (0, import_chunk_CPTRZ6QP.formatMetric)(v.value),
        expected,
        rubric: QUALITY,
        diagnostics: []
      }
    ];
  }
};
var predictionRows = {
  id: "prediction-rows",
  description: "Rows of the predictions file cannot be used (a missing label, a score that is not a number).",
  // It runs whenever `model.predictions` is read; the columns it names are the runner's input.
  options: {},
  judge({ skipped, rows, severity: severity2 }) {
    if (!skipped.count) return [];
    const result = {
      id: "model/predictions/rows",
      status: "failed",
      severity: severity2,
      message: `${skipped.count} of ${rows} prediction rows cannot be used and were left out`,
      observed: `${skipped.count} rows`,
      expected: "every row usable",
      diagnostics: skipped.examples.map((e) => {
        const at = { line: e.line - 1, column: 0 };
        return {
          code: "model/predictions-row",
          severity: severity2,
          message: `row ${e.row}: ${e.value}`,
          file: e.file,
          range: { start: at, end: at }
        };
      })
    };
    return [result];
  }
};
var SLICES = ["model.6"];
var judgedOf = (values) => values.filter((v) => !v.insufficient && "value" in v.metric);
var failingOf = (judged, s) => new Set(judged.filter((v) => !(0, import_chunk_GZ5VITXX.within)(v.metric.value, s)).map((v) => v.group));
function extremes(judged) {
  if (judged.length < 2) return void 0;
  return judged.reduce(
    (g, v) => ({
      hi: v.metric.value > g.hi.metric.value ? v : g.hi,
      lo: v.metric.value < g.lo.metric.value ? v : g.lo
    }),
    { hi: judged[0], lo: judged[0] }
  );
}
function notesOn(values, minSize) {
  const insufficient = values.filter((v) => v.insufficient);
  const undefinedOnes = values.filter((v) => !v.insufficient && !("value" in v.metric));
  const notes = [];
  if (insufficient.length)
    notes.push(
      `${insufficient.length} slice${insufficient.length === 1 ? "" : "s"} with insufficient data (< ${minSize} rows): ${insufficient.map((v) => v.group).join(", ")}`
    );
  if (undefinedOnes.length)
    notes.push(
      `undefined on ${undefinedOnes.map((v) => `${v.group} (${v.metric.undefined})`).join(", ")}`
    );
  return notes;
}
function judgeSlice({ slice: s, values, severity: severity2 }) {
  const judged = judgedOf(values);
  const failing = failingOf(judged, s);
  const gap = extremes(judged);
  const gapValue = gap ? gap.hi.metric.value - gap.lo.metric.value : void 0;
  const gapFails = s.max_gap !== void 0 && gapValue !== void 0 && gapValue > s.max_gap;
  const expected = [
    (0, import_chunk_GZ5VITXX.expectation)(s) && `every slice ${(0, import_chunk_GZ5VITXX.expectation)(s)}`,
    s.max_gap !== void 0 && `gap <= ${s.max_gap}`
  ].filter(Boolean).join(", ");
  const problems = [];
  if (failing.size)
    problems.push(
      `${[...failing].map((g) => `${s.by}=${g} (${(0, import_chunk_CPTRZ6QP.formatMetric)(judged.find((v) => v.group === g).metric.value)})`).join(", ")} outside ${(0, import_chunk_GZ5VITXX.expectation)(s)}`
    );
  if (gapFails && gap)
    problems.push(
      `gap ${(0, import_chunk_CPTRZ6QP.formatMetric)(gapValue)} between ${s.by}=${gap.hi.group} and ${s.by}=${gap.lo.group} exceeds ${s.max_gap}`
    );
  const notes = notesOn(values, s.min_size ?? import_chunk_56AY5UTG.DEFAULT_MIN_SLICE);
  const failed = problems.length > 0;
  const noJudged = judged.length === 0;
  return {
    id: `model/slice/${s.by}/${s.metric}`,
    status: failed ? "failed" : noJudged ? "error" : "passed",
    severity: s.severity ?? severity2,
    message: `${s.metric} by ${s.by}: ${failed ? problems.join("; ") : noJudged ? "no slice has enough data to judge" : `${judged.length} slice${judged.length === 1 ? "" : "s"} within ${expected || "bounds"}`}${notes.length ? `; ${notes.join("; ")}` : ""}`,
    observed: gapValue !== void 0 ? `gap ${(0, import_chunk_CPTRZ6QP.formatMetric)(gapValue)}` : void 0,
    expected: expected || void 0,
    rubric: SLICES,
    diagnostics: []
  };
}
function sliceTable({ slice: s, values }) {
  const failing = failingOf(judgedOf(values), s);
  const order = (v) => failing.has(v.group) ? 0 : v.insufficient ? 2 : 1;
  return {
    title: `${s.metric} by ${s.by}`,
    compact: true,
    columns: [s.by, "rows", s.metric, "status"],
    rows: [...values].sort((a, b) => order(a) - order(b)).map((v) => [
      v.group,
      String(v.rows),
      "value" in v.metric ? (0, import_chunk_CPTRZ6QP.formatMetric)(v.metric.value) : "n/a",
      failing.has(v.group) ? "failed" : v.insufficient ? "insufficient data" : "value" in v.metric ? "ok" : v.metric.undefined
    ])
  };
}
function sliceMetricValues({ slice: s, values }) {
  const named = {};
  for (const v of judgedOf(values)) named[`${s.metric}[${s.by}=${v.group}]`] = v.metric.value;
  return named;
}
var slice = {
  id: "slice",
  description: "A slice (a group of a column) has a metric outside its bounds, or the largest minus the smallest slice value exceeds `max_gap`.",
  options: {
    "predictions.slices": {
      type: "array",
      description: "Per-slice quality: the metric on every group of a column.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["by", "metric"],
        properties: {
          by: { type: "string", description: "Column whose values define the slices." },
          metric: { type: "string", description: "Metric computed on each slice." },
          min: { type: "number", description: "Every slice must reach at least this." },
          max: { type: "number", description: "No slice may exceed this." },
          max_gap: {
            type: "number",
            minimum: 0,
            description: "Largest minus smallest slice value may not exceed this."
          },
          min_size: {
            type: "integer",
            minimum: 1,
            description: "Slices with fewer rows are reported as insufficient data, not failed."
          },
          severity: import_chunk_SSUJ7GHV.severity
        }
      }
    }
  },
  rubric: SLICES,
  judge: (input) => [judgeSlice(input)]
};
function metricsFileProblem(d, severity2) {
  return {
    id: `model/metrics-file/${d.file}`,
    status: "error",
    severity: severity2,
    message: `${d.file}: ${d.message}`,
    diagnostics: [{ ...d, severity: severity2 }]
  };
}
function predictionsConfigProblems(cfg, configFile) {
  const messages = [];
  const known = (name) => {
    const why = (0, import_chunk_56AY5UTG.checkMetricName)(cfg.task, name);
    if (why) messages.push(why);
    return why === void 0;
  };
  const metrics = Object.fromEntries(Object.entries(cfg.metrics ?? {}).filter(([name]) => known(name)));
  const slices = (cfg.slices ?? []).filter((s) => known(s.metric));
  let fairness2 = cfg.fairness;
  if (fairness2?.length && cfg.task !== "binary") {
    messages.push("fairness measures need a binary model");
    fairness2 = [];
  }
  const problems = messages.map((message, i) => ({
    id: `model/predictions/config/${i}`,
    status: "error",
    severity: "error",
    message,
    diagnostics: [
      { code: "model/unknown-metric", severity: "error", message, file: configFile, range: import_chunk_Y3HCMOLU.FILE_START }
    ]
  }));
  return { cfg: { ...cfg, metrics, slices, fairness: fairness2 }, problems };
}
function isPredictionsProblem(err) {
  return err instanceof import_chunk_OY2SR5L5.PredictionsError || err instanceof import_chunk_TEV5JGM7.WorkspaceError;
}
function predictionsReadProblem(err, path, severity2) {
  const file = err instanceof import_chunk_OY2SR5L5.PredictionsError && err.file ? err.file : path;
  const line = err instanceof import_chunk_OY2SR5L5.PredictionsError ? err.line : void 0;
  const at = { line: (line ?? 1) - 1, column: 0 };
  return {
    id: "model/predictions/read",
    status: "error",
    severity: severity2,
    message: `predictions: ${err.message}`,
    diagnostics: [
      {
        code: "model/predictions",
        severity: severity2,
        message: err.message,
        file,
        range: line ? { start: at, end: at } : import_chunk_Y3HCMOLU.FILE_START
      }
    ]
  };
}
function missingColumnsProblem(path, missing, severity2) {
  return {
    id: "model/predictions/columns",
    status: "error",
    severity: severity2,
    message: `${path} has no column ${missing.join(", ")}`,
    diagnostics: [
      {
        code: "model/predictions-column",
        severity: severity2,
        message: `the predictions file has no column ${missing.join(", ")}`,
        file: path,
        range: import_chunk_Y3HCMOLU.FILE_START,
        hint: "check `label`, `prediction`, `score(s)` and slice columns in mlgate.yml against the file's header"
      }
    ]
  };
}
function metricsFilesTable(metrics) {
  return {
    title: "Metrics files",
    columns: ["metric", "value", "file"],
    rows: metrics.map((m) => [m.name, m.value === null ? m.problem ?? "" : (0, import_chunk_CPTRZ6QP.formatMetric)(m.value), m.file])
  };
}
var show = (v) => !v ? "" : "value" in v ? (0, import_chunk_CPTRZ6QP.formatMetric)(v.value) : `n/a (${v.undefined})`;
function computedMetricsTable(path, p, all) {
  return {
    title: `Metrics from ${path} (${p.columns.n} rows, ${p.task})`,
    columns: ["metric", "value"],
    rows: Object.entries(all).map(([k, v]) => [k, show(v)])
  };
}
function confusionTable(p) {
  if (p.task === "binary") {
    const m = (0, import_chunk_56AY5UTG.confusion)(p.columns);
    return {
      title: "Confusion matrix (rows: true class, columns: predicted)",
      compact: true,
      columns: ["", "predicted 0", "predicted 1"],
      rows: [
        ["true 0", String(m.tn), String(m.fp)],
        ["true 1", String(m.fn), String(m.tp)]
      ]
    };
  }
  if (p.task === "multiclass") {
    const c = p.columns;
    const m = (0, import_chunk_56AY5UTG.confusionMatrix)(c);
    return {
      title: "Confusion matrix (rows: true class, columns: predicted)",
      compact: true,
      columns: ["", ...c.classes],
      rows: m.map((row, i) => [c.classes[i], ...row.map(String)])
    };
  }
  return { title: "Residuals", columns: ["rows"], rows: [[String(p.columns.n)]] };
}
var UNIT = /^(accuracy|precision|recall|f1|specificity|fpr|fnr|selection_rate|balanced_accuracy|roc_auc|pr_auc|average_precision|brier|ece|macro_|micro_|weighted_)/;
function sliceChart(slice2, values, side = "head") {
  if (!values.length) return void 0;
  const bars = values.map((v) => "value" in v.metric && !v.insufficient ? v.metric.value : null);
  const finite2 = bars.filter((v) => v !== null && Number.isFinite(v));
  if (!finite2.length) return void 0;
  const unit = UNIT.test(slice2.metric) && finite2.every((v) => v >= 0 && v <= 1);
  const top = unit ? 1 : Math.max(...finite2) * 1.1 || 1;
  const bottom = unit ? 0 : Math.min(0, ...finite2);
  return {
    id: `model/slices/${slice2.by}/${slice2.metric}`,
    kind: "slices",
    title: `${slice2.metric} by ${slice2.by}`,
    style: "bar",
    x: { label: slice2.by, categories: values.map((v) => v.group) },
    y: { label: slice2.metric, min: bottom, max: top },
    series: [{ name: side, values: bars.map((v) => v === null ? null : Math.round(v * 1e4) / 1e4) }]
  };
}
function readModelPredictions(ctx, cfg) {
  const source = (0, import_chunk_OY2SR5L5.pairedSource)(ctx.config);
  const paired = ctx.runCache !== void 0 && cfg.id !== void 0 && source?.path === cfg.path && source.id === cfg.id;
  const value = (0, import_chunk_OY2SR5L5.readPredictions)(ctx.workspace, cfg, ctx.progress, paired);
  if (paired) ctx.runCache.predictions = { path: cfg.path, id: cfg.id, value };
  return value;
}
function runModel(ctx) {
  return runModelChecks({
    cfg: ctx.config.model,
    workspace: ctx.workspace,
    configFile: ctx.configFile,
    readPredictions: (cfg) => readModelPredictions(ctx, cfg)
  });
}
async function metricsFilesPart(input, files, severity2) {
  const { cfg, configFile } = input;
  const read = await (0, import_chunk_56AY5UTG.readMetricsFiles)(input.workspace, files);
  const checks = read.diagnostics.map((d) => metricsFileProblem(d, severity2));
  for (const [pattern, bounds] of Object.entries(cfg.thresholds ?? {})) {
    const values = { pattern, bounds, metrics: read.metrics, severity: severity2, configFile };
    checks.push(
      ...isBudgetName(pattern) ? budget.judge({ kind: "metric", ...values }) : import_chunk_GZ5VITXX.threshold.judge(values)
    );
  }
  checks.push(...finite.judge({ metrics: read.metrics, files: read.files, severity: severity2 }));
  const n = read.files.length;
  return {
    checks,
    tables: [metricsFilesTable(read.metrics)],
    summary: `${read.metrics.length} metrics from ${n} file${n === 1 ? "" : "s"}`
  };
}
var baselineConfig = (cfg) => cfg.baseline_model;
function judgePredictions(p, cfg, severity2, base) {
  const checks = predictionRows.judge({ skipped: p.skipped, rows: p.rows, severity: severity2 });
  const all = (0, import_chunk_56AY5UTG.computeMetrics)(p);
  for (const [name, bounds] of Object.entries(cfg.metrics ?? {}))
    checks.push(...predictionMetric.judge({ name, value: all[name], bounds, severity: severity2, file: cfg.path }));
  if (base) {
    const baseline = trivialMetrics(p, typeof base === "string" ? base : base.kind);
    checks.push(
      ...baselineModel.judge({ config: base, task: p.task, model: all, baseline, severity: severity2, file: cfg.path })
    );
  }
  const tables = [computedMetricsTable(cfg.path, p, all), confusionTable(p)];
  const sliceMetrics = {};
  const charts = p.task === "binary" ? (0, import_chunk_CE465ECT.binaryCurveCharts)(p.columns, "head") : [];
  for (const s of cfg.slices ?? []) {
    const values = (0, import_chunk_56AY5UTG.sliceValues)(p, s.by, s.metric, s.min_size ?? import_chunk_56AY5UTG.DEFAULT_MIN_SLICE);
    const input = { slice: s, values, severity: severity2 };
    checks.push(...slice.judge(input));
    tables.push(sliceTable(input));
    const bars = sliceChart(s, values);
    if (bars) charts.push(bars);
    Object.assign(sliceMetrics, sliceMetricValues(input));
  }
  for (const f of cfg.fairness ?? []) {
    const input = {
      fairness: f,
      rates: (0, import_chunk_56AY5UTG.fairnessOf)(p.columns, p.groups.get(f.by)),
      severity: severity2
    };
    checks.push(...fairness.judge(input));
    tables.push(fairnessTable(input));
  }
  const metrics = {};
  for (const [k, v] of Object.entries(all)) if ("value" in v) metrics[k] = v.value;
  Object.assign(metrics, sliceMetrics);
  return { checks, tables, metrics, charts, summary: `${p.columns.n} predictions (${cfg.task})` };
}
async function predictionsPart(input, configured, severity2) {
  const usable = predictionsConfigProblems(configured, input.configFile);
  const part = await readAndJudge(input, usable.cfg, severity2);
  return { ...part, checks: [...usable.problems, ...part.checks] };
}
async function readAndJudge(input, cfg, severity2) {
  let p;
  try {
    p = await input.readPredictions(cfg);
  } catch (err) {
    if (!isPredictionsProblem(err)) throw err;
    const checks = [predictionsReadProblem(err, cfg.path, severity2)];
    return { checks, tables: [], summary: "predictions could not be read" };
  }
  if (p.missingColumns.length) {
    const checks = [missingColumnsProblem(cfg.path, p.missingColumns, severity2)];
    return { checks, tables: [], summary: `${p.rows} predictions, columns missing` };
  }
  return judgePredictions(p, cfg, severity2, baselineConfig(input.cfg));
}
function baselineWithoutPredictions(severity2) {
  const message = "baseline_model needs model.predictions: the trivial predictor is scored on its labels";
  return {
    checks: [{ id: "model/baseline_model", status: "error", severity: severity2, message, diagnostics: [] }],
    tables: []
  };
}
async function artifactPart(input, severity2) {
  const artifact = input.cfg.artifact;
  const { workspace } = input;
  const present = [];
  for (const f of await (0, import_chunk_MPGLMMVQ.filesFor)(workspace, artifact.path)) if (await workspace.exists(f)) present.push(f);
  let bytes = 0;
  for (const f of present) bytes += await workspace.size(f);
  return { checks: budget.judge({ kind: "artifact", artifact, present, bytes, severity: severity2 }), tables: [] };
}
async function runModelChecks(input) {
  const { cfg } = input;
  const severity2 = cfg.severity ?? "error";
  const parts = [];
  const files = (0, import_chunk_Y2MZXBRO.asList)(cfg.metrics);
  if (files.length) parts.push(await metricsFilesPart(input, files, severity2));
  if (cfg.predictions)
    parts.push(await predictionsPart(input, cfg.predictions, severity2));
  else if (baselineConfig(cfg) !== void 0) parts.push(baselineWithoutPredictions(severity2));
  if (cfg.artifact) parts.push(await artifactPart(input, severity2));
  const checks = parts.flatMap((p) => p.checks);
  const metrics = parts.find((p) => p.metrics)?.metrics;
  const charts = parts.flatMap((p) => p.charts ?? []);
  return {
    id: "model",
    title: modelStage.title,
    status: (0, import_chunk_XP556YIM.sectionStatus)(checks),
    summary: parts.flatMap((p) => p.summary ? [p.summary] : []).join(", "),
    ...metrics ? { metrics } : {},
    tables: parts.flatMap((p) => p.tables),
    ...charts.length ? { charts } : {},
    checks
  };
}
var modelStage = { ...(0, import_chunk_P3AQRZ4Z.stageHead)("model"), run: runModel };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  modelStage,
  runModel
});
