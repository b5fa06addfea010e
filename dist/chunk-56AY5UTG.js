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
var chunk_56AY5UTG_exports = {};
__export(chunk_56AY5UTG_exports, {
  DEFAULT_MIN_SLICE: () => DEFAULT_MIN_SLICE,
  ECE_BINS: () => ECE_BINS,
  averagePrecision: () => averagePrecision,
  binaryMetrics: () => binaryMetrics,
  checkMetricName: () => checkMetricName,
  computeMetrics: () => computeMetrics,
  confusion: () => confusion,
  confusionMatrix: () => confusionMatrix,
  fairnessOf: () => fairnessOf,
  flattenText: () => flattenText,
  fromConfusion: () => fromConfusion,
  fromMatrix: () => fromMatrix,
  metricNames: () => metricNames,
  multiclassMetrics: () => multiclassMetrics,
  readMetricsFiles: () => readMetricsFiles,
  regressionMetrics: () => regressionMetrics,
  rocAuc: () => rocAuc,
  sliceValues: () => sliceValues,
  splitScores: () => splitScores
});
module.exports = __toCommonJS(chunk_56AY5UTG_exports);
var import_chunk_SAPXJGJS = require("./chunk-SAPXJGJS.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var EPS = 2220446049250313e-31;
var count = (n, rows) => rows ? rows.length : n;
function confusion(c, rows) {
  const m = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const n = count(c.n, rows);
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    if (c.label[i]) {
      if (c.prediction[i]) m.tp++;
      else m.fn++;
    } else if (c.prediction[i]) m.fp++;
    else m.tn++;
  }
  return m;
}
var ratio = (a, b) => b === 0 ? 0 : a / b;
function fromConfusion(m) {
  const precision = ratio(m.tp, m.tp + m.fp);
  const recall = ratio(m.tp, m.tp + m.fn);
  const total = m.tp + m.fp + m.tn + m.fn;
  return {
    accuracy: ratio(m.tp + m.tn, total),
    precision,
    recall,
    f1: ratio(2 * m.tp, 2 * m.tp + m.fp + m.fn),
    specificity: ratio(m.tn, m.tn + m.fp),
    fpr: ratio(m.fp, m.fp + m.tn),
    fnr: ratio(m.fn, m.fn + m.tp),
    selection_rate: ratio(m.tp + m.fp, total),
    // Mean recall over the classes present in the labels, as scikit-learn computes it.
    balanced_accuracy: m.tp + m.fn && m.tn + m.fp ? (recall + ratio(m.tn, m.tn + m.fp)) / 2 : m.tp + m.fn ? recall : ratio(m.tn, m.tn + m.fp)
  };
}
function splitScores(score, label, n, rows) {
  const m = count(n, rows);
  let positives = 0;
  for (let k = 0; k < m; k++) positives += label[rows ? rows[k] : k];
  const pos = new Float64Array(positives);
  const neg = new Float64Array(m - positives);
  let p = 0;
  let q = 0;
  for (let k = 0; k < m; k++) {
    const i = rows ? rows[k] : k;
    if (label[i]) pos[p++] = score[i];
    else neg[q++] = score[i];
  }
  (0, import_chunk_SAPXJGJS.sortFloat64)(pos);
  (0, import_chunk_SAPXJGJS.sortFloat64)(neg);
  return { pos, neg };
}
function rocAuc(c, rows, split) {
  if (!c.score) return { undefined: "no score column" };
  const { pos, neg } = split ?? splitScores(c.score, c.label, c.n, rows);
  if (pos.length === 0 || neg.length === 0)
    return { undefined: `only one class is present (${pos.length} positive, ${neg.length} negative)` };
  let sum = 0;
  let j = 0;
  for (let k = 0; k < pos.length; ) {
    const s = pos[k];
    let p = 0;
    while (k < pos.length && pos[k] === s) {
      p++;
      k++;
    }
    while (j < neg.length && neg[j] < s) j++;
    let tied = 0;
    while (j + tied < neg.length && neg[j + tied] === s) tied++;
    sum += p * (j + tied / 2);
  }
  return { value: sum / pos.length / neg.length };
}
function averagePrecision(c, rows, split) {
  if (!c.score) return { undefined: "no score column" };
  const { pos, neg } = split ?? splitScores(c.score, c.label, c.n, rows);
  if (pos.length === 0) return { undefined: "no positive example" };
  let k = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  while (k >= 0) {
    const s = j >= 0 && neg[j] > pos[k] ? neg[j] : pos[k];
    let p = 0;
    while (k >= 0 && pos[k] === s) {
      p++;
      k--;
    }
    while (j >= 0 && neg[j] === s) {
      fp++;
      j--;
    }
    tp += p;
    if (p) ap += p / pos.length * (tp / (tp + fp));
  }
  return { value: ap };
}
function notProbabilities(c, rows) {
  if (!c.score) return "no score column";
  const n = count(c.n, rows);
  if (n === 0) return "no rows";
  for (let k = 0; k < n; k++) {
    const s = c.score[rows ? rows[k] : k];
    if (!(s >= 0 && s <= 1)) return `the scores are not probabilities (${s} is outside [0, 1])`;
  }
  return void 0;
}
function logLoss(c, rows) {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const p = Math.min(Math.max(c.score[i], EPS), 1 - EPS);
    sum -= c.label[i] ? Math.log(p) : Math.log(1 - p);
  }
  return { value: sum / n };
}
function brier(c, rows) {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const d = c.score[i] - c.label[i];
    sum += d * d;
  }
  return { value: sum / n };
}
var ECE_BINS = 10;
function ece(c, rows) {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  const total = new Float64Array(ECE_BINS);
  const positives = new Float64Array(ECE_BINS);
  const scoreSum = new Float64Array(ECE_BINS);
  const step = (1 + 1e-8) / ECE_BINS;
  const edges = Array.from({ length: ECE_BINS - 1 }, (_, j) => (j + 1) * step);
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const s = c.score[i];
    let b = 0;
    while (b < edges.length && edges[b] < s) b++;
    total[b] += 1;
    positives[b] += c.label[i];
    scoreSum[b] += s;
  }
  let sum = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    if (total[b]) sum += Math.abs(positives[b] - scoreSum[b]);
  }
  return { value: sum / n };
}
var BINARY_METRICS = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "specificity",
  "fpr",
  "fnr",
  "selection_rate",
  "balanced_accuracy",
  "roc_auc",
  "pr_auc",
  "average_precision",
  "log_loss",
  "brier",
  "ece"
];
function binaryMetrics(c, rows, only) {
  const out = {};
  const n = count(c.n, rows);
  const want = (name) => !only || only.has(name);
  if (n === 0) {
    for (const name of BINARY_METRICS) if (want(name)) out[name] = { undefined: "no rows" };
    return out;
  }
  for (const [name, value] of Object.entries(fromConfusion(confusion(c, rows))))
    if (want(name)) out[name] = { value };
  const needsOrder = want("roc_auc") || want("pr_auc") || want("average_precision");
  const order = needsOrder && c.score ? splitScores(c.score, c.label, c.n, rows) : void 0;
  if (want("roc_auc")) out.roc_auc = rocAuc(c, rows, order);
  if (want("pr_auc") || want("average_precision")) {
    const ap = averagePrecision(c, rows, order);
    if (want("pr_auc")) out.pr_auc = ap;
    if (want("average_precision")) out.average_precision = ap;
  }
  if (want("log_loss")) out.log_loss = logLoss(c, rows);
  if (want("brier")) out.brier = brier(c, rows);
  if (want("ece")) out.ece = ece(c, rows);
  return out;
}
function confusionMatrix(c, rows) {
  const k = c.classes.length;
  const m = Array.from({ length: k }, () => new Array(k).fill(0));
  const n = rows ? rows.length : c.n;
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    m[c.label[i]][c.prediction[i]]++;
  }
  return m;
}
var ratio2 = (a, b) => b === 0 ? 0 : a / b;
var MULTICLASS_METRICS = [
  "accuracy",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_micro",
  "recall_micro",
  "f1_micro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "balanced_accuracy",
  "log_loss"
];
function multiclassMetrics(c, rows) {
  const n = rows ? rows.length : c.n;
  const out = {};
  if (n === 0) {
    for (const name of MULTICLASS_METRICS) out[name] = { undefined: "no rows" };
    return out;
  }
  return { ...fromMatrix(confusionMatrix(c, rows), c.classes), log_loss: multiclassLogLoss(c, rows) };
}
function fromMatrix(m, classes) {
  const out = {};
  const k = classes.length;
  const support = m.map((row) => row.reduce((a, b) => a + b, 0));
  const n = support.reduce((a, b) => a + b, 0);
  const predicted = classes.map((_, j) => m.reduce((a, row) => a + row[j], 0));
  const correct = m.reduce((a, row, j) => a + row[j], 0);
  const precision = classes.map((_, j) => ratio2(m[j][j], predicted[j]));
  const recall = classes.map((_, j) => ratio2(m[j][j], support[j]));
  const f1 = classes.map((_, j) => ratio2(2 * m[j][j], predicted[j] + support[j]));
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / k;
  const weighted = (xs) => xs.reduce((a, x, j) => a + x * support[j], 0) / n;
  const accuracy = correct / n;
  out.accuracy = { value: accuracy };
  out.precision_macro = { value: mean(precision) };
  out.recall_macro = { value: mean(recall) };
  out.f1_macro = { value: mean(f1) };
  out.precision_micro = { value: accuracy };
  out.recall_micro = { value: accuracy };
  out.f1_micro = { value: accuracy };
  out.precision_weighted = { value: weighted(precision) };
  out.recall_weighted = { value: weighted(recall) };
  out.f1_weighted = { value: weighted(f1) };
  const present = support.map((s, j) => [s, j]).filter(([s]) => s > 0);
  out.balanced_accuracy = { value: present.reduce((a, [, j]) => a + recall[j], 0) / present.length };
  classes.forEach((name, j) => {
    out[`recall.${name}`] = support[j] ? { value: recall[j] } : { undefined: `no example of class ${name}` };
    out[`precision.${name}`] = { value: precision[j] };
  });
  return out;
}
function multiclassLogLoss(c, rows) {
  if (!c.proba) return { undefined: "no probability columns (`scores`)" };
  const missing = c.classes.filter((_, j) => !c.proba[j]);
  if (missing.length) return { undefined: `no probability column for class ${missing.join(", ")}` };
  const n = rows ? rows.length : c.n;
  const cols = c.proba;
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    let total = 0;
    for (const col of cols) {
      const p2 = col[i];
      if (!(p2 >= 0 && p2 <= 1))
        return { undefined: `the scores are not probabilities (${p2} is outside [0, 1])` };
      total += Math.min(Math.max(p2, EPS), 1 - EPS);
    }
    const p = Math.min(Math.max(cols[c.label[i]][i], EPS), 1 - EPS) / total;
    sum -= Math.log(p);
  }
  return { value: sum / n };
}
var REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape", "median_ae", "max_error"];
function regressionMetrics(c, rows) {
  const n = rows ? rows.length : c.n;
  if (n === 0) return Object.fromEntries(REGRESSION_METRICS.map((m) => [m, { undefined: "no rows" }]));
  let abs = 0;
  let sq = 0;
  let pct = 0;
  let mean = 0;
  let max = 0;
  const errors = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    const y = c.label[i];
    const e = Math.abs(y - c.prediction[i]);
    errors[j] = e;
    abs += e;
    sq += e * e;
    pct += e / Math.max(Math.abs(y), EPS);
    mean += y;
    if (e > max) max = e;
  }
  mean /= n;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const d = c.label[rows ? rows[j] : j] - mean;
    total += d * d;
  }
  errors.sort();
  const median = n % 2 ? errors[(n - 1) / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
  const mse = sq / n;
  const r2 = total === 0 ? sq === 0 ? 1 : 0 : 1 - sq / total;
  return {
    mae: { value: abs / n },
    mse: { value: mse },
    rmse: { value: Math.sqrt(mse) },
    r2: { value: r2 },
    mape: { value: pct / n },
    median_ae: { value: median },
    max_error: { value: max }
  };
}
function metricNames(task) {
  if (task === "binary") return BINARY_METRICS;
  if (task === "multiclass") return MULTICLASS_METRICS;
  return REGRESSION_METRICS;
}
function checkMetricName(task, name) {
  const names = metricNames(task);
  if (names.includes(name)) return void 0;
  if (task === "multiclass" && /^(recall|precision)\.[^.]/.test(name)) return void 0;
  if (task === "multiclass" && ["precision", "recall", "f1"].includes(name))
    return `${name} is ambiguous for a multiclass model: use ${name}_macro, ${name}_micro or ${name}_weighted`;
  return `${name} is not a ${task} metric; expected one of ${names.join(", ")}`;
}
function computeMetrics(p, rows, only) {
  if (p.task === "binary") return binaryMetrics(p.columns, rows, only);
  if (p.task === "multiclass") return multiclassMetrics(p.columns, rows);
  return regressionMetrics(p.columns, rows);
}
function groupRows(g) {
  const sizes = new Uint32Array(g.values.length);
  for (let i = 0; i < g.codes.length; i++) sizes[g.codes[i]]++;
  const out = Array.from(sizes, (s) => new Uint32Array(s));
  const fill = new Uint32Array(g.values.length);
  for (let i = 0; i < g.codes.length; i++) {
    const c = g.codes[i];
    out[c][fill[c]++] = i;
  }
  return out;
}
var DEFAULT_MIN_SLICE = 30;
function sliceValues(p, by, metric, minSize = DEFAULT_MIN_SLICE) {
  const g = p.groups.get(by);
  const rows = groupRows(g);
  const only = /* @__PURE__ */ new Set([metric]);
  return g.values.map((group, c) => {
    const r = rows[c];
    const insufficient = r.length < minSize;
    const value = insufficient ? { undefined: `${r.length} rows, fewer than ${minSize}` } : computeMetrics(p, r, only)[metric] ?? { undefined: "not computed" };
    return { group, rows: r.length, metric: value, insufficient };
  }).sort((a, b) => a.group < b.group ? -1 : a.group > b.group ? 1 : 0);
}
function fairnessOf(c, g) {
  const rows = groupRows(g);
  const groups = g.values.map((group, code) => {
    const m = confusion(c, rows[code]);
    const n = rows[code].length;
    return {
      group,
      rows: n,
      selectionRate: n ? (m.tp + m.fp) / n : 0,
      tpr: m.tp + m.fn ? m.tp / (m.tp + m.fn) : void 0,
      fpr: m.fp + m.tn ? m.fp / (m.fp + m.tn) : void 0
    };
  }).filter((r) => r.rows > 0).sort((a, b) => a.group < b.group ? -1 : a.group > b.group ? 1 : 0);
  const dpd = gap(groups.map((r) => [r.group, r.selectionRate]));
  const eod = gap(groups.map((r) => [r.group, r.tpr]));
  const fprGap = gap(groups.map((r) => [r.group, r.fpr]));
  const eqOdds = eod && fprGap ? eod.value >= fprGap.value ? eod : fprGap : eod ?? fprGap;
  return { groups, dpd, eod, fprGap, eqOdds };
}
function gap(values) {
  const defined = values.filter((v) => v[1] !== void 0);
  if (defined.length < 2) return void 0;
  let hi = defined[0];
  let lo = defined[0];
  for (const v of defined) {
    if (v[1] > hi[1]) hi = v;
    if (v[1] < lo[1]) lo = v;
  }
  return { value: hi[1] - lo[1], high: hi[0], low: lo[0] };
}
var MAX_METRICS_BYTES = 8 * 1024 * 1024;
var BARE = [
  [/-Infinity/y, '"-~~~~~~"', "-Infinity"],
  [/Infinity/y, '"~~~~~~"', "Infinity"],
  [/NaN/y, '"~"', "NaN"]
];
function protectBareWords(text) {
  const markers = /* @__PURE__ */ new Map();
  let out = "";
  let i = 0;
  let last = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    let matched = false;
    for (const [re, marker, word] of BARE) {
      re.lastIndex = i;
      if (re.test(text) && !/[A-Za-z0-9_]/.test(text[i - 1] ?? "") && !/[A-Za-z0-9_]/.test(text[i + word.length] ?? "")) {
        out += text.slice(last, i) + marker;
        markers.set(JSON.parse(marker), word);
        i += word.length;
        last = i;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return { text: out + text.slice(last), markers };
}
function walk(value, path, leaf) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], [...path, i], leaf);
  } else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], leaf);
  else leaf(path, value);
}
async function readMetricsFiles(workspace, patterns) {
  const diagnostics = [];
  const files = [];
  const perFile = [];
  for (const pattern of patterns) {
    const matched = await (0, import_chunk_MPGLMMVQ.filesFor)(workspace, pattern);
    if (!matched.length) {
      diagnostics.push(fileProblem(pattern, `no metrics file matches ${pattern}`));
      continue;
    }
    for (const file of matched) {
      if (files.includes(file)) continue;
      let text;
      try {
        text = await workspace.readText(file, MAX_METRICS_BYTES);
      } catch (err) {
        if (!(err instanceof import_chunk_TEV5JGM7.WorkspaceError)) throw err;
        diagnostics.push(fileProblem(file, err.message));
        continue;
      }
      files.push(file);
      perFile.push(flattenText(text, file, diagnostics));
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const list of perFile) for (const m of list) seen.set(m.name, (seen.get(m.name) ?? 0) + 1);
  const metrics = perFile.flat().map((m) => (seen.get(m.name) ?? 0) > 1 ? { ...m, name: `${m.file}:${m.name}` } : m);
  return { metrics, diagnostics, files };
}
function fileProblem(file, message) {
  return { code: "model/metrics-file", severity: "error", message, file, range: import_chunk_Y3HCMOLU.FILE_START };
}
function flattenText(text, file, diagnostics) {
  const isJson = /\.json$/i.test(file);
  const protectedText = isJson ? protectBareWords(text) : { text, markers: /* @__PURE__ */ new Map() };
  const parsed = (0, import_chunk_LWPY43F3.parseFile)(protectedText.text, file);
  for (const d of parsed.diagnostics) diagnostics.push({ ...d, code: "model/metrics-file" });
  if (parsed.diagnostics.length) return [];
  const metrics = [];
  for (const doc of parsed.documents) {
    if (doc.data === null || typeof doc.data !== "object") {
      diagnostics.push(fileProblem(file, `${file} holds no mapping of metric names to values`));
      continue;
    }
    walk(doc.data, [], (path, raw) => {
      const name = path.join(".");
      const range = doc.locate(path, false).range;
      let value = null;
      let problem;
      const bare = typeof raw === "string" ? protectedText.markers.get(raw) : void 0;
      if (bare) problem = `is ${bare}`;
      else if (typeof raw === "number") {
        if (Number.isFinite(raw)) value = raw;
        else problem = `is ${raw}`;
      } else if (typeof raw === "boolean") value = raw ? 1 : 0;
      else problem = `is ${raw === null ? "null" : JSON.stringify(raw)}, not a number`;
      metrics.push({ name, value, problem, file, range });
    });
  }
  return metrics;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MIN_SLICE,
  ECE_BINS,
  averagePrecision,
  binaryMetrics,
  checkMetricName,
  computeMetrics,
  confusion,
  confusionMatrix,
  fairnessOf,
  flattenText,
  fromConfusion,
  fromMatrix,
  metricNames,
  multiclassMetrics,
  readMetricsFiles,
  regressionMetrics,
  rocAuc,
  sliceValues,
  splitScores
});
