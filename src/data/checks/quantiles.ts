/**
 * `quantiles: { "0.05": { min, max }, "0.95": { max } }`: bounds on quantiles of a column's
 * numbers, exact (numpy's default linear interpolation) up to VALUES_LIMIT numbers; past that the
 * check is skipped, never guessed.
 */
import { bounds, severity } from "../../checks/options.js";
import type { Severity } from "../../report/types.js";
import type { ColumnCheck } from "./column-check.js";
import { notMeasured } from "./median.js";
import {
  describeBounds,
  formatStat,
  type StatBounds,
  statVerdict,
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
    "Quantiles of the column's numbers (linear interpolation, as numpy) must lie within bounds (exact up to 1,000,000 numbers).",
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
    const all = levels(option);
    const sev = option.severity;
    if (v.sink.count === 0 || v.sink.overflow)
      return statVerdict(
        v,
        "quantiles",
        { severity: sev },
        undefined,
        notMeasured(v.sink, v.profile.numeric),
      );
    const measured = all.map(([q, b]) => ({ q, b, value: v.sink.quantile(q)! }));
    const bad = measured.filter((m) => !within(m.value, m.b));
    const say = (m: (typeof measured)[number]) => `q${m.q} = ${formatStat(m.value)}`;
    const expected = measured.map((m) => `q${m.q} ${describeBounds(m.b)}`).join(", ");
    return {
      id: `${v.id}/quantiles`,
      status: bad.length ? "failed" : "passed",
      severity: sev ?? v.severity,
      message: bad.length
        ? `${v.column} quantiles: ${bad.map((m) => `${say(m)}, expected ${describeBounds(m.b)}`).join("; ")}`
        : `${v.column} quantiles: ${measured.map(say).join(", ")}`,
      observed: measured.map(say).join(", "),
      expected,
      rubric: ["data.1"],
      diagnostics: [],
    };
  },
};
