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

/** What the task depends on: the label's distinct classes (capped), past the cap, all numbers. */
export interface LabelShape {
  classes: number;
  classOverflow: boolean;
  labelNumeric: boolean;
}

/** The label's task as leakage judges it. */
export function taskOf(l: LabelShape | LabelSink): "binary" | "regression" | { why: string } {
  const classes = typeof l.classes === "number" ? l.classes : l.classes.length;
  if (!l.classOverflow && classes === 2) return "binary";
  if (l.labelNumeric && classes > 2) return "regression";
  return {
    why: `${l.classOverflow ? `more than ${classes}` : classes} label classes that are not all numbers (leakage is judged for binary and numeric labels)`,
  };
}

/**
 * What decides a feature's rule, from either engine: whether every present value is a number,
 * the rows where the label is a number too, its distinct values (kept up to VALUE_CAP: `overflow`
 * past it) and the rows where feature and label are both present.
 */
export interface FeatureFacts {
  allNumeric: boolean;
  coRows: number;
  values: number;
  overflow: boolean;
  rows: number;
}

/** The facts of a feature measured in one pass. */
export function factsOf(f: FeatureStats): FeatureFacts {
  let rows = 0;
  for (let k = 0; k < f.values.length; k++) rows += f.record(k)[0];
  return { allNumeric: f.numeric, coRows: f.co.n, values: f.values.length, overflow: f.overflow, rows };
}

/** The rule a feature is scored by for the task, or why it is not judged. */
export function ruleOf(
  facts: FeatureFacts,
  task: "binary" | "regression",
): { rule: FeatureScore["rule"]; why?: string } {
  const numeric = facts.allNumeric && (facts.coRows > 0 || facts.values > 0);
  if (!numeric) {
    const rule = task === "binary" ? "category rate" : "category mean";
    if (facts.overflow || facts.values > CATEGORY_LIMIT)
      return { rule, why: `more than ${CATEGORY_LIMIT} categories` };
    if (facts.values * ROWS_PER_CATEGORY > facts.rows)
      return { rule, why: `fewer than ${ROWS_PER_CATEGORY} rows per category` };
    return { rule };
  }
  if (task === "regression") return { rule: "line" };
  if (facts.overflow)
    return { rule: "value", why: "more than 100,000 distinct values (the AUC is exact up to that many)" };
  return { rule: "value" };
}

/** A feature's score for the task. */
export function scoreFeature(name: string, f: FeatureStats, task: "binary" | "regression"): FeatureScore {
  const { rule, why } = ruleOf(factsOf(f), task);
  if (why) return { feature: name, rule, why };
  let score: number;
  if (rule === "category mean") score = etaSquared(f);
  else if (rule === "line") score = pearsonR2(f.co);
  else
    score = best(
      aucOfGroups(
        f.values.map((v, k) => {
          const [, c0, c1] = f.record(k);
          return { score: rule === "value" ? (toNumber(v) ?? Number.NaN) : c1 / (c0 + c1 || 1), c0, c1 };
        }),
      ),
    );
  return finite({ feature: name, rule, score });
}

/** The rule may point either way. */
export const best = (auc: number) => (Number.isNaN(auc) ? auc : Math.max(auc, 1 - auc));

/** A score that could not be computed (one class, a constant) is said so. */
export function finite(s: FeatureScore): FeatureScore {
  if (s.score !== undefined && Number.isFinite(s.score)) return s;
  return {
    feature: s.feature,
    rule: s.rule,
    why: "constant, or the label has one value where it is present",
  };
}
