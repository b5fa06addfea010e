/**
 * Chart data from a binary predictions table: the ROC and precision-recall curves sampled on a
 * fixed grid (so head and base share their x positions and a chart needs no more than 51 points),
 * with the exact AUC and average precision, and the calibration curve over the ECE's bins.
 */
import type { Chart } from "../report/types.js";
import {
  averagePrecision,
  type BinaryColumns,
  ECE_BINS,
  type Rows,
  rocAuc,
  type SplitScores,
  splitScores,
} from "./binary-metrics.js";

/** Points per sampled curve: 0, 0.02, …, 1 (a chart with more is not read any better). */
export const CURVE_POINTS = 51;

/** Rounded for display: 4 decimals keep a curve's shape and keep the comment small. */
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * A curve's corners, thresholds high to low: `point(tp, fp)` at each distinct score (tied scores
 * make one step), after `start` when given.
 */
function corners(
  { pos, neg }: SplitScores,
  point: (tp: number, fp: number) => [number, number],
  start?: [number, number],
): { x: number[]; y: number[] } {
  const x = start ? [start[0]] : [];
  const y = start ? [start[1]] : [];
  let k = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0;
  let fp = 0;
  while (k >= 0 || j >= 0) {
    const s = j < 0 ? pos[k]! : k < 0 ? neg[j]! : Math.max(pos[k]!, neg[j]!);
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

/** The ROC curve's corners (fpr, tpr). */
const rocCorners = (split: SplitScores) =>
  corners(split, (tp, fp) => [fp / split.neg.length, tp / split.pos.length], [0, 0]);

/** The precision-recall corners (recall, precision). */
const prCorners = (split: SplitScores) => corners(split, (tp, fp) => [tp / split.pos.length, tp / (tp + fp)]);

/** The grid 0, 1/(n-1), …, 1. */
const grid = (n = CURVE_POINTS) => Array.from({ length: n }, (_, i) => i / (n - 1));

/** The ROC curve read at each grid FPR, straight lines between corners (the trapezoids of the AUC). */
export function sampleRoc(corners: { x: number[]; y: number[] }): number[] {
  const { x, y } = corners;
  let i = 0;
  return grid().map((g) => {
    while (i < x.length - 1 && x[i + 1]! <= g) i++;
    // At a vertical step the curve's highest point at this FPR.
    if (x[i] === g || i === x.length - 1) return round(y[i]!);
    const t = (g - x[i]!) / (x[i + 1]! - x[i]!);
    return round(y[i]! + t * (y[i + 1]! - y[i]!));
  });
}

/** Interpolated precision at each grid recall: the best precision at that recall or more. */
export function samplePr(corners: { x: number[]; y: number[] }): number[] {
  const best = new Array<number>(corners.x.length);
  let m = 0;
  for (let i = corners.x.length - 1; i >= 0; i--) best[i] = m = Math.max(m, corners.y[i]!);
  let i = 0;
  return grid().map((g) => {
    while (i < corners.x.length && corners.x[i]! < g - 1e-12) i++;
    return i < corners.x.length ? round(best[i]!) : 0;
  });
}

/** Observed positive rate per score bin (as the ECE bins them), `null` for an empty bin. */
export function calibrationBins(c: BinaryColumns, rows?: Rows): (number | null)[] | undefined {
  if (!c.score) return undefined;
  const total = new Float64Array(ECE_BINS);
  const positives = new Float64Array(ECE_BINS);
  const n = rows ? rows.length : c.n;
  const step = (1 + 1e-8) / ECE_BINS;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const s = c.score[i]!;
    if (!(s >= 0 && s <= 1)) return undefined;
    const b = Math.min(ECE_BINS - 1, Math.max(0, Math.ceil(s / step) - 1));
    total[b]! += 1;
    positives[b]! += c.label[i]!;
  }
  return Array.from(total, (t, b) => (t ? round(positives[b]! / t) : null));
}

/** ROC, precision-recall and calibration charts of one side (`head` or `base`). */
export function binaryCurveCharts(c: BinaryColumns, side: string): Chart[] {
  if (!c.score || c.n === 0) return [];
  const split = splitScores(c.score, c.label, c.n, undefined);
  if (!split.pos.length || !split.neg.length) return [];
  const charts: Chart[] = [];
  const auc = rocAuc(c, undefined, split);
  if ("value" in auc)
    charts.push({
      id: "model/roc",
      kind: "roc",
      title: "ROC curve",
      style: "line",
      x: { label: "false positive rate", min: 0, max: 1 },
      y: { label: "true positive rate", min: 0, max: 1 },
      series: [{ name: side, values: sampleRoc(rocCorners(split)) }],
      area: { [side]: auc.value },
    });
  const ap = averagePrecision(c, undefined, split);
  if ("value" in ap)
    charts.push({
      id: "model/pr",
      kind: "pr",
      title: "Precision-recall curve",
      style: "line",
      x: { label: "recall", min: 0, max: 1 },
      y: { label: "precision", min: 0, max: 1 },
      series: [{ name: side, values: samplePr(prCorners(split)) }],
      area: { [side]: ap.value },
    });
  const bins = calibrationBins(c);
  if (bins) {
    const centers = Array.from({ length: ECE_BINS }, (_, b) => round((b + 0.5) / ECE_BINS));
    charts.push({
      id: "model/calibration",
      kind: "calibration",
      title: "Calibration: observed rate of positives per score bin",
      style: "line",
      x: { label: "mean predicted probability (bin)", min: centers[0], max: centers[ECE_BINS - 1] },
      y: { label: "observed rate of positives", min: 0, max: 1 },
      series: [
        { name: "perfectly calibrated", values: centers },
        { name: side, values: bins },
      ],
    });
  }
  return charts;
}
