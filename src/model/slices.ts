/**
 * Slices and fairness: a metric on every group of a column, and the gaps between groups.
 * Fairness measures follow Fairlearn's definitions: demographic parity difference is the largest
 * minus the smallest selection rate (share predicted positive), equal opportunity difference the
 * same for the true-positive rate, equalized odds difference the larger of the TPR and FPR gaps.
 */
import {
  BINARY_METRICS,
  type BinaryColumns,
  binaryMetrics,
  confusion,
  type MetricValue,
  type Rows,
} from "./binary-metrics.js";
import { MULTICLASS_METRICS, type MulticlassColumns, multiclassMetrics } from "./multiclass-metrics.js";
import type { GroupColumn, Predictions } from "./predictions.js";
import { REGRESSION_METRICS, type RegressionColumns, regressionMetrics } from "./regression-metrics.js";

/** The metric names a task offers (multiclass also has `recall.<class>` and `precision.<class>`). */
export function metricNames(task: Predictions["task"]): readonly string[] {
  if (task === "binary") return BINARY_METRICS;
  if (task === "multiclass") return MULTICLASS_METRICS;
  return REGRESSION_METRICS;
}

/** Whether `name` is a metric of `task`; a hint when it is not. */
export function checkMetricName(task: Predictions["task"], name: string): string | undefined {
  const names = metricNames(task);
  if (names.includes(name)) return undefined;
  if (task === "multiclass" && /^(recall|precision)\.[^.]/.test(name)) return undefined;
  if (task === "multiclass" && ["precision", "recall", "f1"].includes(name))
    return `${name} is ambiguous for a multiclass model: use ${name}_macro, ${name}_micro or ${name}_weighted`;
  return `${name} is not a ${task} metric; expected one of ${names.join(", ")}`;
}

/** Every metric of the predictions on these rows (or only `only` when given, binary). */
export function computeMetrics(p: Predictions, rows?: Rows, only?: Set<string>): Record<string, MetricValue> {
  if (p.task === "binary") return binaryMetrics(p.columns as BinaryColumns, rows, only);
  if (p.task === "multiclass") return multiclassMetrics(p.columns as MulticlassColumns, rows);
  return regressionMetrics(p.columns as RegressionColumns, rows);
}

/** The row indices of every group of a column, in first-seen order of the groups. */
export function groupRows(g: GroupColumn): Uint32Array[] {
  const sizes = new Uint32Array(g.values.length);
  for (let i = 0; i < g.codes.length; i++) sizes[g.codes[i]!]!++;
  const out = Array.from(sizes, (s) => new Uint32Array(s));
  const fill = new Uint32Array(g.values.length);
  for (let i = 0; i < g.codes.length; i++) {
    const c = g.codes[i]!;
    out[c]![fill[c]!++] = i;
  }
  return out;
}

/** One slice's result. */
export interface SliceValue {
  group: string;
  rows: number;
  /** The metric, or why none (too few rows, only one class). */
  metric: MetricValue;
  insufficient: boolean;
}

/** Default smallest slice that is judged; smaller ones are reported as insufficient data. */
export const DEFAULT_MIN_SLICE = 30;

/** The metric on each group of `by`, groups sorted by name. */
export function sliceValues(
  p: Predictions,
  by: string,
  metric: string,
  minSize = DEFAULT_MIN_SLICE,
): SliceValue[] {
  const g = p.groups.get(by)!;
  const rows = groupRows(g);
  const only = new Set([metric]);
  return g.values
    .map((group, c) => {
      const r = rows[c]!;
      const insufficient = r.length < minSize;
      const value = insufficient
        ? { undefined: `${r.length} rows, fewer than ${minSize}` }
        : (computeMetrics(p, r, only)[metric] ?? { undefined: "not computed" });
      return { group, rows: r.length, metric: value, insufficient };
    })
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/** Per-group rates of a binary model. */
export interface GroupRates {
  group: string;
  rows: number;
  selectionRate: number;
  /** Undefined when the group has no positive (TPR) or no negative (FPR). */
  tpr?: number;
  fpr?: number;
}

/** A gap between groups, with the groups at either end. */
export interface Gap {
  value: number;
  high: string;
  low: string;
}

/** Per-group rates and the gaps between groups: selection rate, TPR, FPR, and the larger of the last two. */
export interface FairnessRates {
  groups: GroupRates[];
  dpd?: Gap;
  eod?: Gap;
  fprGap?: Gap;
  eqOdds?: Gap;
}

/** Fairness rates per group and the three differences. */
export function fairnessOf(c: BinaryColumns, g: GroupColumn): FairnessRates {
  const rows = groupRows(g);
  const groups: GroupRates[] = g.values
    .map((group, code) => {
      const m = confusion(c, rows[code]);
      const n = rows[code]!.length;
      return {
        group,
        rows: n,
        selectionRate: n ? (m.tp + m.fp) / n : 0,
        tpr: m.tp + m.fn ? m.tp / (m.tp + m.fn) : undefined,
        fpr: m.fp + m.tn ? m.fp / (m.fp + m.tn) : undefined,
      };
    })
    .filter((r) => r.rows > 0)
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  const dpd = gap(groups.map((r) => [r.group, r.selectionRate]));
  const eod = gap(groups.map((r) => [r.group, r.tpr]));
  const fprGap = gap(groups.map((r) => [r.group, r.fpr]));
  const eqOdds = eod && fprGap ? (eod.value >= fprGap.value ? eod : fprGap) : (eod ?? fprGap);
  return { groups, dpd, eod, fprGap, eqOdds };
}

/** Largest minus smallest of the defined values (undefined with fewer than two). */
export function gap(values: [string, number | undefined][]): Gap | undefined {
  const defined = values.filter((v): v is [string, number] => v[1] !== undefined);
  if (defined.length < 2) return undefined;
  let hi = defined[0]!;
  let lo = defined[0]!;
  for (const v of defined) {
    if (v[1] > hi[1]) hi = v;
    if (v[1] < lo[1]) lo = v;
  }
  return { value: hi[1] - lo[1], high: hi[0], low: lo[0] };
}
