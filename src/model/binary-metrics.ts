/**
 * Binary classification metrics over typed columns, with the definitions scikit-learn uses (the
 * fixtures in test/fixtures/model were written by scikit-learn): precision, recall and F1 are 0 when
 * undefined (`zero_division=0`), ROC AUC counts tied scores as half, average precision is the
 * step-wise sum over distinct scores, log loss clips probabilities to [eps, 1 - eps].
 * Every function takes an optional list of row indices, so slices reuse it without copying columns.
 */
import { sortFloat64 } from "./radix-sort.js";

/** Rows to use: all `n` rows, or the listed ones. */
export type Rows = Uint32Array | undefined;

/** A metric value, or why it has none on these rows. */
export type MetricValue = { value: number } | { undefined: string };

/** The columns of a binary predictions file. */
export interface BinaryColumns {
  n: number;
  /** 1 for the positive class, 0 otherwise. */
  label: Uint8Array;
  /** Predicted class (1 positive). */
  prediction: Uint8Array;
  /** Probability of the positive class, when the file has one. */
  score?: Float64Array;
}

/** Counts of the 2×2 confusion matrix. */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Machine epsilon of float64, scikit-learn's `eps="auto"` for log loss. */
export const EPS = 2.220446049250313e-16;

const count = (n: number, rows: Rows): number => (rows ? rows.length : n);

/** The confusion matrix of `prediction` against `label`. */
export function confusion(c: BinaryColumns, rows?: Rows): Confusion {
  const m = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const n = count(c.n, rows);
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    if (c.label[i]) {
      if (c.prediction[i]) m.tp++;
      else m.fn++;
    } else if (c.prediction[i]) m.fp++;
    else m.tn++;
  }
  return m;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Metrics read off the confusion matrix. */
export function fromConfusion(m: Confusion): Record<string, number> {
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
    balanced_accuracy:
      m.tp + m.fn && m.tn + m.fp
        ? (recall + ratio(m.tn, m.tn + m.fp)) / 2
        : m.tp + m.fn
          ? recall
          : ratio(m.tn, m.tn + m.fp),
  };
}

/** The scores of the positive and of the negative rows, each sorted ascending. */
export interface SplitScores {
  pos: Float64Array;
  neg: Float64Array;
}

/**
 * Split the scores by class and sort each side: native typed-array sorts, no comparator, no index
 * array; both AUCs then walk the two sorted lists together, tied scores grouped.
 */
export function splitScores(score: Float64Array, label: Uint8Array, n: number, rows: Rows): SplitScores {
  const m = count(n, rows);
  let positives = 0;
  for (let k = 0; k < m; k++) positives += label[rows ? rows[k]! : k]!;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(m - positives);
  let p = 0;
  let q = 0;
  for (let k = 0; k < m; k++) {
    const i = rows ? rows[k]! : k;
    if (label[i]) pos[p++] = score[i]!;
    else neg[q++] = score[i]!;
  }
  sortFloat64(pos);
  sortFloat64(neg);
  return { pos, neg };
}

/**
 * Area under the ROC curve: the probability that a random positive scores above a random negative,
 * ties counting half (equal to scikit-learn's trapezoidal `roc_auc_score`).
 */
export function rocAuc(c: BinaryColumns, rows?: Rows, split?: SplitScores): MetricValue {
  if (!c.score) return { undefined: "no score column" };
  const { pos, neg } = split ?? splitScores(c.score, c.label, c.n, rows);
  if (pos.length === 0 || neg.length === 0)
    return { undefined: `only one class is present (${pos.length} positive, ${neg.length} negative)` };
  let sum = 0;
  let j = 0;
  for (let k = 0; k < pos.length; ) {
    const s = pos[k]!;
    let p = 0;
    while (k < pos.length && pos[k] === s) {
      p++;
      k++;
    }
    while (j < neg.length && neg[j]! < s) j++;
    let tied = 0;
    while (j + tied < neg.length && neg[j + tied] === s) tied++;
    sum += p * (j + tied / 2);
  }
  return { value: sum / pos.length / neg.length };
}

/** Average precision (PR AUC): the sum over distinct scores, high to low, of (R_k - R_k-1) * P_k. */
export function averagePrecision(c: BinaryColumns, rows?: Rows, split?: SplitScores): MetricValue {
  if (!c.score) return { undefined: "no score column" };
  const { pos, neg } = split ?? splitScores(c.score, c.label, c.n, rows);
  if (pos.length === 0) return { undefined: "no positive example" };
  let k = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  while (k >= 0) {
    // The next distinct score, high to low, on either side.
    const s = j >= 0 && neg[j]! > pos[k]! ? neg[j]! : pos[k]!;
    let p = 0;
    while (k >= 0 && pos[k] === s) {
      p++;
      k--;
    }
    while (j >= 0 && neg[j] === s) {
      fp++;
      j--;
    }
    // A threshold that adds only negatives leaves recall unchanged and adds nothing.
    tp += p;
    if (p) ap += (p / pos.length) * (tp / (tp + fp));
  }
  return { value: ap };
}

/** Why probability metrics cannot use this score column, if they cannot. */
function notProbabilities(c: BinaryColumns, rows: Rows): string | undefined {
  if (!c.score) return "no score column";
  const n = count(c.n, rows);
  if (n === 0) return "no rows";
  for (let k = 0; k < n; k++) {
    const s = c.score[rows ? rows[k]! : k]!;
    if (!(s >= 0 && s <= 1)) return `the scores are not probabilities (${s} is outside [0, 1])`;
  }
  return undefined;
}

/** Mean negative log-likelihood of the labels, probabilities clipped to [eps, 1 - eps]. */
export function logLoss(c: BinaryColumns, rows?: Rows): MetricValue {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const p = Math.min(Math.max(c.score![i]!, EPS), 1 - EPS);
    sum -= c.label[i] ? Math.log(p) : Math.log(1 - p);
  }
  return { value: sum / n };
}

/** Brier score: mean squared difference between probability and outcome. */
export function brier(c: BinaryColumns, rows?: Rows): MetricValue {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const d = c.score![i]! - c.label[i]!;
    sum += d * d;
  }
  return { value: sum / n };
}

/** Bins of the expected calibration error. */
export const ECE_BINS = 10;

/**
 * Expected calibration error over 10 equal-width bins of the score, binned as scikit-learn's
 * `calibration_curve(strategy="uniform")` does (a score on an inner edge belongs to the lower bin):
 * the row-weighted mean of |observed positive rate - mean score| per bin.
 */
export function ece(c: BinaryColumns, rows?: Rows): MetricValue {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  const total = new Float64Array(ECE_BINS);
  const positives = new Float64Array(ECE_BINS);
  const scoreSum = new Float64Array(ECE_BINS);
  // The inner edges as numpy computes linspace(0, 1 + 1e-8, 11)[1:-1].
  const step = (1 + 1e-8) / ECE_BINS;
  const edges = Array.from({ length: ECE_BINS - 1 }, (_, j) => (j + 1) * step);
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const s = c.score![i]!;
    let b = 0;
    while (b < edges.length && edges[b]! < s) b++;
    total[b]! += 1;
    positives[b]! += c.label[i]!;
    scoreSum[b]! += s;
  }
  let sum = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    if (total[b]) sum += Math.abs(positives[b]! - scoreSum[b]!);
  }
  return { value: sum / n };
}

/** Every binary metric's name, for config validation and messages. */
export const BINARY_METRICS = [
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
  "ece",
] as const;

/** All binary metrics on these rows (one sort by score serves both AUCs). */
export function binaryMetrics(
  c: BinaryColumns,
  rows?: Rows,
  only?: Set<string>,
): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {};
  const n = count(c.n, rows);
  const want = (name: string) => !only || only.has(name);
  if (n === 0) {
    for (const name of BINARY_METRICS) if (want(name)) out[name] = { undefined: "no rows" };
    return out;
  }
  for (const [name, value] of Object.entries(fromConfusion(confusion(c, rows))))
    if (want(name)) out[name] = { value };
  const needsOrder = want("roc_auc") || want("pr_auc") || want("average_precision");
  const order = needsOrder && c.score ? splitScores(c.score, c.label, c.n, rows) : undefined;
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
