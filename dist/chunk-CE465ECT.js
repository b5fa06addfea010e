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
var chunk_CE465ECT_exports = {};
__export(chunk_CE465ECT_exports, {
  binaryCurveCharts: () => binaryCurveCharts
});
module.exports = __toCommonJS(chunk_CE465ECT_exports);
var import_chunk_56AY5UTG = require("./chunk-56AY5UTG.js");
var CURVE_POINTS = 51;
var round = (v) => Math.round(v * 1e4) / 1e4;
function corners({ pos, neg }, point, start) {
  const x = start ? [start[0]] : [];
  const y = start ? [start[1]] : [];
  let k = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0;
  let fp = 0;
  while (k >= 0 || j >= 0) {
    const s = j < 0 ? pos[k] : k < 0 ? neg[j] : Math.max(pos[k], neg[j]);
    while (k >= 0 && pos[k] === s) {
      tp++;
      k--;
    }
    while (j >= 0 && neg[j] === s) {
      fp++;
      j--;
    }
    const [px, py] = point(tp, fp);
    x.push(px);
    y.push(py);
  }
  return { x, y };
}
var rocCorners = (split) => corners(split, (tp, fp) => [fp / split.neg.length, tp / split.pos.length], [0, 0]);
var prCorners = (split) => corners(split, (tp, fp) => [tp / split.pos.length, tp / (tp + fp)]);
var grid = (n = CURVE_POINTS) => Array.from({ length: n }, (_, i) => i / (n - 1));
function sampleRoc(corners2) {
  const { x, y } = corners2;
  let i = 0;
  return grid().map((g) => {
    while (i < x.length - 1 && x[i + 1] <= g) i++;
    if (x[i] === g || i === x.length - 1) return round(y[i]);
    const t = (g - x[i]) / (x[i + 1] - x[i]);
    return round(y[i] + t * (y[i + 1] - y[i]));
  });
}
function samplePr(corners2) {
  const best = new Array(corners2.x.length);
  let m = 0;
  for (let i2 = corners2.x.length - 1; i2 >= 0; i2--) best[i2] = m = Math.max(m, corners2.y[i2]);
  let i = 0;
  return grid().map((g) => {
    while (i < corners2.x.length && corners2.x[i] < g - 1e-12) i++;
    return i < corners2.x.length ? round(best[i]) : 0;
  });
}
function calibrationBins(c, rows) {
  if (!c.score) return void 0;
  const total = new Float64Array(import_chunk_56AY5UTG.ECE_BINS);
  const positives = new Float64Array(import_chunk_56AY5UTG.ECE_BINS);
  const n = rows ? rows.length : c.n;
  const step = (1 + 1e-8) / import_chunk_56AY5UTG.ECE_BINS;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const s = c.score[i];
    if (!(s >= 0 && s <= 1)) return void 0;
    const b = Math.min(import_chunk_56AY5UTG.ECE_BINS - 1, Math.max(0, Math.ceil(s / step) - 1));
    total[b] += 1;
    positives[b] += c.label[i];
  }
  return Array.from(total, (t, b) => t ? round(positives[b] / t) : null);
}
function binaryCurveCharts(c, side) {
  if (!c.score || c.n === 0) return [];
  const split = (0, import_chunk_56AY5UTG.splitScores)(c.score, c.label, c.n, void 0);
  if (!split.pos.length || !split.neg.length) return [];
  const charts = [];
  const auc = (0, import_chunk_56AY5UTG.rocAuc)(c, void 0, split);
  if ("value" in auc)
    charts.push({
      id: "model/roc",
      kind: "roc",
      title: "ROC curve",
      style: "line",
      x: { label: "false positive rate", min: 0, max: 1 },
      y: { label: "true positive rate", min: 0, max: 1 },
      series: [{ name: side, values: sampleRoc(rocCorners(split)) }],
      area: { [side]: auc.value }
    });
  const ap = (0, import_chunk_56AY5UTG.averagePrecision)(c, void 0, split);
  if ("value" in ap)
    charts.push({
      id: "model/pr",
      kind: "pr",
      title: "Precision-recall curve",
      style: "line",
      x: { label: "recall", min: 0, max: 1 },
      y: { label: "precision", min: 0, max: 1 },
      series: [{ name: side, values: samplePr(prCorners(split)) }],
      area: { [side]: ap.value }
    });
  const bins = calibrationBins(c);
  if (bins) {
    const centers = Array.from({ length: import_chunk_56AY5UTG.ECE_BINS }, (_, b) => round((b + 0.5) / import_chunk_56AY5UTG.ECE_BINS));
    charts.push({
      id: "model/calibration",
      kind: "calibration",
      title: "Calibration: observed rate of positives per score bin",
      style: "line",
      x: { label: "mean predicted probability (bin)", min: centers[0], max: centers[import_chunk_56AY5UTG.ECE_BINS - 1] },
      y: { label: "observed rate of positives", min: 0, max: 1 },
      series: [
        { name: "perfectly calibrated", values: centers },
        { name: side, values: bins }
      ]
    });
  }
  return charts;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  binaryCurveCharts
});
