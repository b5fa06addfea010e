/**
 * Compare rules: which way a metric improves and how much worsening it tolerates. A metric takes
 * the rule of its exact name first, then the first glob that matches in config order (`*` matches
 * everything); with no rule (or a rule of direction `none`) it is shown with its delta as
 * "not gated" and never fails.
 */

import picomatch from "picomatch";
import { isGlob } from "../io/files-for.js";
import type { Comparison, Detectable, Direction, Severity } from "../report/types.js";

/** One rule of `compare.rules`. */
export interface CompareRule {
  direction?: Direction;
  max_drop?: number;
  max_drop_percent?: number;
  max_rise?: number;
  max_rise_percent?: number;
  require_significance?: boolean;
  require_interval?: boolean;
  severity?: Severity;
}

/** Find the rule for `metric`. */
export function ruleFor(
  metric: string,
  rules: Record<string, CompareRule>,
): { key: string; rule: CompareRule } | undefined {
  if (Object.hasOwn(rules, metric)) return { key: metric, rule: rules[metric]! };
  for (const [key, rule] of Object.entries(rules)) {
    if (!isGlob(key)) continue;
    if (picomatch(key, { dot: true })(metric)) return { key, rule };
  }
  return undefined;
}

/** The result of a paired test on this metric, when one ran. */
export interface PairedResult {
  test: string;
  pValue?: number;
  interval?: { low: number; high: number; confidence: number };
  /** Whether the test finds the worsening significant at the configured confidence. */
  significantWorse: boolean;
  /** The test's minimum detectable change for this comparison's pairs and noise. */
  detectable?: Detectable;
}

/** How much worse head is than base for this direction (positive = worse), absolute and percent. */
export function worsening(
  base: number,
  head: number,
  direction: Direction,
): { abs: number; percent: number | null } {
  const abs = direction === "higher" ? base - head : direction === "lower" ? head - base : 0;
  return { abs, percent: base === 0 ? null : (100 * abs) / Math.abs(base) };
}

/**
 * A difference to 12 significant digits: 0.9 - 0.89 is 0.010000000000000009 in floating point,
 * which must not fail `max_drop: 0.01` (no metric carries meaning in its 13th digit).
 */
function significant(x: number): number {
  return Number(x.toPrecision(12));
}

/** Why a worsening exceeds the rule's tolerance, or undefined when it does not. */
export function beyondTolerance(
  rule: CompareRule,
  w: { abs: number; percent: number | null },
): string | undefined {
  if (!(w.abs > 0)) return undefined;
  const [absLimit, pctLimit, word] =
    rule.direction === "lower"
      ? [rule.max_rise, rule.max_rise_percent, "rise"]
      : [rule.max_drop, rule.max_drop_percent, "drop"];
  if (absLimit === undefined && pctLimit === undefined) return `any ${word} fails (no tolerance set)`;
  const reasons: string[] = [];
  if (absLimit !== undefined && significant(w.abs) > absLimit)
    reasons.push(`${word} ${round(w.abs)} > max_${word} ${absLimit}`);
  if (pctLimit !== undefined && w.percent !== null && significant(w.percent) > pctLimit)
    reasons.push(`${word} ${round(w.percent)}% > max_${word}_percent ${pctLimit}`);
  return reasons.length ? reasons.join(", ") : undefined;
}

/**
 * The absolute worsening `rule` tolerates at this base value, and its wording (`max_drop 0.01`);
 * with both limits the smaller, since exceeding either fails. Undefined when the rule sets none.
 */
export function toleratedWorsening(
  rule: CompareRule,
  direction: Direction,
  base: number,
): { value: number; text: string } | undefined {
  const [absLimit, pctLimit, word] =
    direction === "lower"
      ? [rule.max_rise, rule.max_rise_percent, "rise"]
      : [rule.max_drop, rule.max_drop_percent, "drop"];
  const limits: { value: number; text: string }[] = [];
  if (absLimit !== undefined) limits.push({ value: absLimit, text: `max_${word} ${absLimit}` });
  if (pctLimit !== undefined && base !== 0)
    limits.push({ value: (pctLimit * Math.abs(base)) / 100, text: `max_${word}_percent ${pctLimit}` });
  return limits.sort((a, b) => a.value - b.value)[0];
}

const round = (v: number) => Number(v.toPrecision(4));

/** Compare one metric. */
export function compareMetric(
  metric: string,
  base: number | null,
  head: number | null,
  rules: Record<string, CompareRule>,
  paired?: PairedResult,
): Comparison & { reason?: string } {
  const found = ruleFor(metric, rules);
  const rule = found?.rule ?? {};
  const direction = rule.direction ?? (found ? "higher" : "none");
  const out: Comparison & { reason?: string } = {
    metric,
    base,
    head,
    delta: null,
    direction,
    status: "unchanged",
  };
  if (rule.severity) out.severity = rule.severity;
  if (paired) {
    out.test = paired.test;
    if (paired.pValue !== undefined) out.pValue = paired.pValue;
    if (paired.interval) out.interval = paired.interval;
    // What a test can detect matters only where a verdict rests on it.
    if (paired.detectable && direction !== "none") out.detectable = paired.detectable;
  }
  if (base === null && head === null) return out;
  if (base === null) return { ...out, status: "added" };
  if (head === null) return { ...out, status: "removed" };
  out.delta = head - base;
  out.deltaPercent = base === 0 ? null : (100 * (head - base)) / Math.abs(base);
  // Nothing checked this metric: saying "passed" would hide that a typo in a rule turned it off.
  if (direction === "none") return { ...out, status: "not gated" };
  if (rule.require_interval) {
    // The interval's worse end must stay within the tolerance: uncertainty counts against the change.
    if (!paired?.interval)
      return {
        ...out,
        status: failStatus(rule),
        reason: "require_interval, but no interval was computed for this metric",
      };
    const end = direction === "higher" ? base + paired.interval.low : base + paired.interval.high;
    const beyondEnd = beyondTolerance({ ...rule, direction }, worsening(base, end, direction));
    const conf = Math.round(paired.interval.confidence * 100);
    if (beyondEnd)
      return { ...out, status: failStatus(rule), reason: `the ${conf}% interval's worse end: ${beyondEnd}` };
    return {
      ...out,
      status: out.delta === 0 ? "unchanged" : "passed",
      reason: `the ${conf}% interval stays within the tolerance`,
    };
  }
  if (out.delta === 0) return out;
  const w = worsening(base, head, direction);
  const beyond = beyondTolerance({ ...rule, direction }, w);
  if (!beyond) return { ...out, status: "passed" };
  if (rule.require_significance) {
    if (!paired)
      return {
        ...out,
        status: failStatus(rule),
        reason: `${beyond}; no paired test for this metric, so the tolerance decides`,
      };
    if (!paired.significantWorse)
      return {
        ...out,
        status: "passed",
        reason: `${beyond}, but not significant (${paired.test}${paired.pValue !== undefined ? `, p = ${round(paired.pValue)}` : ""})`,
      };
    return {
      ...out,
      status: failStatus(rule),
      reason: `${beyond}, significant (${paired.test}${paired.pValue !== undefined ? `, p = ${round(paired.pValue)}` : ""})`,
    };
  }
  return { ...out, status: failStatus(rule), reason: beyond };
}

function failStatus(rule: CompareRule): Comparison["status"] {
  return rule.severity === "warning" ? "warning" : "failed";
}
