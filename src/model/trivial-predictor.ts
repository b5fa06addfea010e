/**
 * The trivial predictors of `model.baseline_model`, scored on the same labels as the model with
 * the same metric functions (scikit-learn's DummyClassifier and DummyRegressor):
 * - majority: every row is predicted the most frequent class (a tie goes to the negative class,
 *   or to the first class in sorted order), and every score is the class prior, so ROC AUC is 0.5;
 * - stratified: classes drawn at random with the class priors; its metrics are EXPECTED values,
 *   read off the expected confusion matrix (support of true class i × prior of class j), so the
 *   verdict is deterministic: accuracy Σ p_k², recall of a class its prior; its scores are the
 *   priors, as for majority;
 * - mean: every row is predicted the mean of the labels (regression; R² is 0).
 */
import {
  type BinaryColumns,
  binaryMetrics,
  type Confusion,
  fromConfusion,
  type MetricValue,
} from "./binary-metrics.js";
import { fromMatrix, type MulticlassColumns, multiclassMetrics } from "./multiclass-metrics.js";
import type { Predictions } from "./predictions.js";
import { type RegressionColumns, regressionMetrics } from "./regression-metrics.js";

/** The trivial predictors. */
export const BASELINE_KINDS = ["majority", "stratified", "mean"] as const;

/** One trivial predictor. */
export type BaselineKind = (typeof BASELINE_KINDS)[number];

/** Whether a trivial predictor applies to a task: mean to regression, the others to classification. */
export const fitsTask = (kind: BaselineKind, task: Predictions["task"]): boolean =>
  (kind === "mean") === (task === "regression");

/** The trivial predictor's metrics on the predictions' labels; undefined when it does not fit the task. */
export function trivialMetrics(p: Predictions, kind: BaselineKind): Record<string, MetricValue> | undefined {
  if (!fitsTask(kind, p.task)) return undefined;
  if (p.task === "binary") return binaryTrivial(p.columns as BinaryColumns, kind);
  if (p.task === "multiclass") return multiclassTrivial(p.columns as MulticlassColumns, kind);
  return meanTrivial(p.columns as RegressionColumns);
}

/** Binary: the majority class and the prior as score; stratified replaces the label metrics by their expectations. */
function binaryTrivial(c: BinaryColumns, kind: BaselineKind): Record<string, MetricValue> {
  let pos = 0;
  for (let i = 0; i < c.n; i++) pos += c.label[i]!;
  const neg = c.n - pos;
  const prior = c.n ? pos / c.n : 0;
  const prediction = new Uint8Array(c.n).fill(pos > neg ? 1 : 0);
  const out = binaryMetrics({ n: c.n, label: c.label, prediction, score: new Float64Array(c.n).fill(prior) });
  if (kind === "stratified" && c.n) {
    const expected: Confusion = {
      tp: pos * prior,
      fn: pos * (1 - prior),
      fp: neg * prior,
      tn: neg * (1 - prior),
    };
    for (const [name, value] of Object.entries(fromConfusion(expected))) out[name] = { value };
  }
  return out;
}

/**
 * Multiclass over the classes of the labels only (a class the model alone predicts is not one the
 * trivial predictor knows): the majority class, or the expected matrix of stratified draws.
 */
function multiclassTrivial(c: MulticlassColumns, kind: BaselineKind): Record<string, MetricValue> {
  const counts = new Float64Array(c.classes.length);
  for (let i = 0; i < c.n; i++) counts[c.label[i]!]!++;
  const present = c.classes.flatMap((_, j) => (counts[j] ? [j] : []));
  const code = new Uint32Array(c.classes.length);
  for (let k = 0; k < present.length; k++) code[present[k]!] = k;
  const label = new Uint32Array(c.n);
  for (let i = 0; i < c.n; i++) label[i] = code[c.label[i]!]!;
  const support = present.map((j) => counts[j]!);
  const priors = support.map((s) => s / c.n);
  // The first largest class, as numpy's argmax picks it among sorted classes.
  const majority = support.indexOf(Math.max(...support));
  const cols: MulticlassColumns = {
    n: c.n,
    classes: present.map((j) => c.classes[j]!),
    label,
    prediction: new Uint32Array(c.n).fill(Math.max(majority, 0)),
    proba: priors.map((p) => new Float64Array(c.n).fill(p)),
  };
  const out = multiclassMetrics(cols);
  if (kind === "stratified" && c.n) {
    const expected = support.map((s) => priors.map((p) => s * p));
    Object.assign(out, fromMatrix(expected, cols.classes));
  }
  return out;
}

/** Regression: every row predicted the mean label. */
function meanTrivial(c: RegressionColumns): Record<string, MetricValue> {
  let sum = 0;
  for (let i = 0; i < c.n; i++) sum += c.label[i]!;
  const prediction = new Float64Array(c.n).fill(c.n ? sum / c.n : 0);
  return regressionMetrics({ n: c.n, label: c.label, prediction });
}
