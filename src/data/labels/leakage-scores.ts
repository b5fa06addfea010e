/**
 * Single-feature target leakage: how well one feature alone predicts the label, on the rows where
 * both are present. Binary label: the AUC of the best one-feature rule, max(AUC, 1 − AUC), where a
 * numeric feature scores by its value and a text feature by its category's rate of class 1.
 * Numeric label: R², of the least-squares line for a numeric feature, of the per-category mean for
 * a text feature. A text feature with more than CATEGORY_LIMIT categories, or fewer than
 * ROWS_PER_CATEGORY rows per category on average, is not judged: per-category rates learnt and
 * scored on the same rows would predict an identifier perfectly.
 */

import { toNumber } from "../../readers/values.js";
import { aucOfGroups, etaSquared, type FeatureStats, pearsonR2 } from "./feature-stats.js";
import type { LabelSink } from "./label-sink.js";

/** Text features with more categories than this are not judged. */
export const CATEGORY_LIMIT = 1000;
/** Text features need this many rows per category on average to be judged. */
export const ROWS_PER_CATEGORY = 10;

/** One feature's score, or why it has none. */
export interface FeatureScore {
  feature: string;
  rule: "value" | "category rate" | "line" | "category mean";
  score?: number;
  why?: string;
}

/** The label's task as leakage judges it. */
export function taskOf(sink: LabelSink): "binary" | "regression" | { why: string } {
  if (!sink.classOverflow && sink.classes.length === 2) return "binary";
  if (sink.labelNumeric && sink.classes.length > 2) return "regression";
  return {
    why: `${sink.classOverflow ? `more than ${sink.classes.length}` : sink.classes.length} label classes that are not all numbers (leakage is judged for binary and numeric labels)`,
  };
}

/** A feature's score for the task. */
export function scoreFeature(name: string, f: FeatureStats, task: "binary" | "regression"): FeatureScore {
  const numeric = f.numeric && (f.co.n > 0 || f.values.length > 0);
  if (!numeric) {
    const rule = task === "binary" ? "category rate" : "category mean";
    if (f.overflow || f.values.length > CATEGORY_LIMIT)
      return { feature: name, rule, why: `more than ${CATEGORY_LIMIT} categories` };
    let rows = 0;
    for (let k = 0; k < f.values.length; k++) rows += f.record(k)[0];
    if (f.values.length * ROWS_PER_CATEGORY > rows)
      return { feature: name, rule, why: `fewer than ${ROWS_PER_CATEGORY} rows per category` };
    if (task === "regression") return finite({ feature: name, rule, score: etaSquared(f) });
    const groups = f.values.map((_, k) => {
      const [, c0, c1] = f.record(k);
      return { score: c1 / (c0 + c1 || 1), c0, c1 };
    });
    return finite({ feature: name, rule, score: best(aucOfGroups(groups)) });
  }
  if (task === "regression") return finite({ feature: name, rule: "line", score: pearsonR2(f.co) });
  if (f.overflow)
    return {
      feature: name,
      rule: "value",
      why: "more than 100,000 distinct values (the AUC is exact up to that many)",
    };
  const groups = f.values.map((v, k) => {
    const [, c0, c1] = f.record(k);
    return { score: toNumber(v) ?? Number.NaN, c0, c1 };
  });
  return finite({ feature: name, rule: "value", score: best(aucOfGroups(groups)) });
}

/** The rule may point either way. */
const best = (auc: number) => (Number.isNaN(auc) ? auc : Math.max(auc, 1 - auc));

/** A score that could not be computed (one class, a constant) is said so. */
function finite(s: FeatureScore): FeatureScore {
  if (s.score !== undefined && Number.isFinite(s.score)) return s;
  return {
    feature: s.feature,
    rule: s.rule,
    why: "constant, or the label has one value where it is present",
  };
}
