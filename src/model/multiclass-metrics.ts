/**
 * Multiclass metrics with scikit-learn's definitions: the classes are the sorted union of true and
 * predicted labels; macro averages the per-class values, weighted averages them by support, micro
 * pools the counts; an undefined per-class value is 0 (`zero_division=0`). Log loss clips each
 * probability to [eps, 1 - eps] and renormalises the row, as scikit-learn 1.2 does.
 */
import { EPS, type MetricValue, type Rows } from "./binary-metrics.js";

/** The columns of a multiclass predictions file, labels as codes into `classes`. */
export interface MulticlassColumns {
  n: number;
  /** Class names in sorted order. */
  classes: string[];
  label: Uint32Array;
  prediction: Uint32Array;
  /** Per class (same order as `classes`), its probability column; absent without `scores`. */
  proba?: (Float64Array | undefined)[];
}

/** The k×k confusion matrix, rows true class, columns predicted class. */
export function confusionMatrix(c: MulticlassColumns, rows?: Rows): number[][] {
  const k = c.classes.length;
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const n = rows ? rows.length : c.n;
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j]! : j;
    m[c.label[i]!]![c.prediction[i]!]!++;
  }
  return m;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Names of the multiclass metrics (per-class recall is `recall.<class>`). */
export const MULTICLASS_METRICS = [
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
  "log_loss",
] as const;

/** All multiclass metrics on these rows. */
export function multiclassMetrics(c: MulticlassColumns, rows?: Rows): Record<string, MetricValue> {
  const n = rows ? rows.length : c.n;
  const out: Record<string, MetricValue> = {};
  if (n === 0) {
    for (const name of MULTICLASS_METRICS) out[name] = { undefined: "no rows" };
    return out;
  }
  return { ...fromMatrix(confusionMatrix(c, rows), c.classes), log_loss: multiclassLogLoss(c, rows) };
}

/**
 * The metrics read off a confusion matrix (rows true class, columns predicted; counts may be
 * fractional, as an expected matrix is), every metric but the log loss.
 */
export function fromMatrix(m: number[][], classes: string[]): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {};
  const k = classes.length;
  const support = m.map((row) => row.reduce((a, b) => a + b, 0));
  const n = support.reduce((a, b) => a + b, 0);
  const predicted = classes.map((_, j) => m.reduce((a, row) => a + row[j]!, 0));
  const correct = m.reduce((a, row, j) => a + row[j]!, 0);
  const precision = classes.map((_, j) => ratio(m[j]![j]!, predicted[j]!));
  const recall = classes.map((_, j) => ratio(m[j]![j]!, support[j]!));
  const f1 = classes.map((_, j) => ratio(2 * m[j]![j]!, predicted[j]! + support[j]!));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / k;
  const weighted = (xs: number[]) => xs.reduce((a, x, j) => a + x * support[j]!, 0) / n;
  const accuracy = correct / n;
  out.accuracy = { value: accuracy };
  out.precision_macro = { value: mean(precision) };
  out.recall_macro = { value: mean(recall) };
  out.f1_macro = { value: mean(f1) };
  // Pooled over classes, every misclassification is one false positive and one false negative.
  out.precision_micro = { value: accuracy };
  out.recall_micro = { value: accuracy };
  out.f1_micro = { value: accuracy };
  out.precision_weighted = { value: weighted(precision) };
  out.recall_weighted = { value: weighted(recall) };
  out.f1_weighted = { value: weighted(f1) };
  // scikit-learn averages recall over the classes present in y_true only.
  const present = support.map((s, j) => [s, j] as const).filter(([s]) => s > 0);
  out.balanced_accuracy = { value: present.reduce((a, [, j]) => a + recall[j]!, 0) / present.length };
  classes.forEach((name, j) => {
    out[`recall.${name}`] = support[j] ? { value: recall[j]! } : { undefined: `no example of class ${name}` };
    out[`precision.${name}`] = { value: precision[j]! };
  });
  return out;
}

/** Mean negative log-probability of the true class, each row clipped and renormalised. */
export function multiclassLogLoss(c: MulticlassColumns, rows?: Rows): MetricValue {
  if (!c.proba) return { undefined: "no probability columns (`scores`)" };
  const missing = c.classes.filter((_, j) => !c.proba![j]);
  if (missing.length) return { undefined: `no probability column for class ${missing.join(", ")}` };
  const n = rows ? rows.length : c.n;
  const cols = c.proba as Float64Array[];
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j]! : j;
    let total = 0;
    for (const col of cols) {
      const p = col[i]!;
      if (!(p >= 0 && p <= 1))
        return { undefined: `the scores are not probabilities (${p} is outside [0, 1])` };
      total += Math.min(Math.max(p, EPS), 1 - EPS);
    }
    const p = Math.min(Math.max(cols[c.label[i]!]![i]!, EPS), 1 - EPS) / total;
    sum -= Math.log(p);
  }
  return { value: sum / n };
}
