/**
 * `quantiles: { "0.05": { min, max }, "0.95": { max } }`: bounds on quantiles of a column's
 * numbers, exact (numpy's default linear interpolation) up to VALUES_LIMIT numbers; past that from
 * a quantile sketch with its rank error in the verdict: a level fails only when every value within
 * the error violates its bounds, and a level the error leaves on both sides skips the check (if
 * no level fails), with the interval.
 */
import { bounds, severity } from "../../checks/options.js";
import type { Severity } from "../../report/types.js";
import type { ColumnCheck } from "./column-check.js";
import { notMeasured } from "./median.js";
import {
  type Approximate,
  describeApproximation,
  describeBounds,
  formatStat,
  judgeApproximate,
  type StatBounds,
  statVerdict,
  undecidedReason,
  ValuesSink,
  within,
} from "./statistics.js";

/** The option as written: quantile levels (0 to 1) mapped to bounds, and an optional severity. */
type QuantilesOption = { severity?: Severity } & { [level: string]: StatBounds | Severity | undefined };

/** The configured levels, in increasing order. */
function levels(option: QuantilesOption): [number, StatBounds][] {
  return Object.entries(option)
    .filter(([k]) => k !== "severity")
    .map(([k, b]) => [Number(k), b as StatBounds] as [number, StatBounds])
    .sort((a, b) => a[0] - b[0]);
}

/** The `quantiles` check. */
export const quantilesCheck: ColumnCheck<ValuesSink> = {
  id: "quantiles",
  description:
    "Quantiles of the column's numbers (linear interpolation, as numpy) must lie within bounds (exact up to 1,000,000 numbers, past that within a stated rank error).",
  options: {
    quantiles: {
      type: "object",
      description:
        'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.',
      additionalProperties: false,
      minProperties: 1,
      properties: { severity },
      patternProperties: { "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": bounds("Bounds on this quantile.") },
    },
  },
  configured: (c) => c.quantiles !== undefined,
  create: () => new ValuesSink(),
  finish: (sink) => sink.finish(),
  verdict: (v) => {
    const option = v.config.quantiles as QuantilesOption;
    const sev = option.severity;
    const measured = levels(option).map(([q, b]) => ({ q, b, at: v.sink.measure(q) }));
    const first = measured[0]?.at;
    if (first === undefined)
      return statVerdict(
        v,
        "quantiles",
        { severity: sev },
        undefined,
        notMeasured(v.sink, v.profile.numeric),
      );
    const judged = measured.map((m) => {
      const exact = typeof m.at === "number";
      const value = typeof m.at === "number" ? m.at : m.at!.value;
      const verdict = exact
        ? within(value, m.b)
          ? "passed"
          : "failed"
        : judgeApproximate(m.at as Approximate, m.b);
      return { ...m, value, verdict };
    });
    const bad = judged.filter((m) => m.verdict === "failed");
    const open = judged.filter((m) => m.verdict === "undecided");
    const say = (m: (typeof judged)[number]) => `q${m.q} = ${formatStat(m.value)}`;
    const expected = judged.map((m) => `q${m.q} ${describeBounds(m.b)}`).join(", ");
    const approx = typeof first === "number" ? undefined : first;
    const note = approx ? ` (${describeApproximation(approx)})` : "";
    const message = bad.length
      ? `${v.column} quantiles: ${bad.map((m) => `${say(m)}, expected ${describeBounds(m.b)}`).join("; ")}${note}`
      : open.length
        ? `${v.column} quantiles not tested: ${open.map((m) => `q${m.q} about ${formatStat(m.value)}, and ${undecidedReason(m.at as Approximate, m.b)}`).join("; ")}${note}`
        : `${v.column} quantiles: ${judged.map(say).join(", ")}${note}`;
    return {
      id: `${v.id}/quantiles`,
      status: bad.length ? "failed" : open.length ? "skipped" : "passed",
      severity: sev ?? v.severity,
      message,
      observed: judged.map(say).join(", "),
      expected,
      rubric: ["data.1"],
      ...(approx && { approximate: { count: approx.count, rankError: approx.rankError } }),
      diagnostics: [],
    };
  },
};
