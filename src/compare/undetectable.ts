/**
 * The warning for a rule that promises more than its sample can deliver: a tolerance below the
 * minimum detectable change means worsenings near the tolerance are decided by noise.
 */
import { formatEstimate, formatMetric, roundUp2 } from "../report/format.js";
import type { CheckResult, Comparison, Detectable } from "../report/types.js";
import { FILE_START } from "../source/source-document.js";
import { failProbability, type RuleMode } from "./detectable.js";
import { type CompareRule, toleratedWorsening } from "./rules.js";

/** A configured share as written (`98%`, `99.5%`). */
const share = (p: number) => `${formatMetric(100 * p)}%`;
/** A computed probability, to a tenth of a percent. */
const chance = (p: number) => `${(100 * p).toFixed(1)}%`;

type Tolerance = { value: number; text: string };

/** What the rule does with a tolerance below what the test can see, in the rule's own terms. */
function consequence(mode: RuleMode, c: Comparison, tolerance: Tolerance): string {
  const d = c.detectable!;
  const fail = (worsening: number) => failProbability(mode, worsening, d.se, tolerance.value, d.confidence);
  const word = c.direction === "lower" ? "rise" : "drop";
  const tol = formatMetric(tolerance.value);
  if (mode === "significance")
    return `a real ${word} of ${tol} is found significant ${chance(fail(tolerance.value))} of the time, so ${word}s up to ${formatEstimate(d.change)} mostly pass`;
  if (mode === "interval")
    return `the interval is wider than the tolerance, so an unchanged metric fails this rule ${chance(fail(0))} of the time`;
  // A plain tolerance reads the estimate alone, which noise moves by one standard error.
  return `noise moves the estimate by ${formatEstimate(d.se)} (one standard error), so an unchanged metric fails ${chance(fail(0))} of the time and a real ${word} of ${tol} passes half the time`;
}

/** The two ways out: more examples (the standard error shrinks as 1/√n) or a wider tolerance. */
function remedy(d: Detectable, tolerance: Tolerance, base: number): string {
  const needed = roundUp2(d.n * (d.change / tolerance.value) ** 2);
  const key = tolerance.text.replace(/ .*/, "");
  const wider = key.endsWith("_percent") ? (100 * d.change) / Math.abs(base) : d.change;
  return `Evaluate on about ${needed.toLocaleString("en-US")} examples (as noisy as these), or set ${key} to ${roundUp2(wider)} or more.`;
}

/**
 * A warning check when `rule` tolerates less worsening than the paired test of comparison `c`
 * can detect (`c.detectable`); undefined when it tolerates more, sets no tolerance (any worsening
 * fails: there is no number to compare) or no test ran.
 */
export function undetectableTolerance(
  rule: CompareRule,
  c: Comparison,
  configFile: string,
): CheckResult | undefined {
  const d = c.detectable;
  if (!d || c.base === null) return undefined;
  const tolerance = toleratedWorsening(rule, c.direction, c.base);
  if (!tolerance || tolerance.value >= d.change) return undefined;
  const mode: RuleMode = rule.require_interval
    ? "interval"
    : rule.require_significance
      ? "significance"
      : "tolerance";
  const word = c.direction === "lower" ? "rise" : "drop";
  const can = `${formatEstimate(d.change)} (${share(d.power)} power at ${share(d.confidence)} confidence, ${d.n.toLocaleString("en-US")} pairs)`;
  return {
    id: `compare/${c.metric}/detectable`,
    status: "failed",
    severity: "warning",
    message: `${c.metric}: ${tolerance.text} is below the smallest ${word} this comparison can detect, ${can}`,
    observed: `detects ${formatEstimate(d.change)}`,
    expected: `<= ${formatMetric(tolerance.value)}`,
    diagnostics: [
      {
        code: "compare/undetectable-tolerance",
        severity: "warning",
        message: `${c.metric}: the gate cannot keep its promise at ${d.n.toLocaleString("en-US")} pairs: ${consequence(mode, c, tolerance)}`,
        file: configFile,
        range: FILE_START,
        hint: remedy(d, tolerance, c.base),
      },
    ],
  };
}
