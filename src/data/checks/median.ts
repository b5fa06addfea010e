/**
 * `median: { min, max }`: bounds on the median of a column's numbers, exact (the values are kept
 * and sorted) up to VALUES_LIMIT numbers; past that the check is skipped, never guessed.
 */
import { bounds } from "../../checks/options.js";
import { formatCount } from "../../report/format.js";
import type { ColumnCheck } from "./column-check.js";
import { NOT_FED, type StatBounds, statVerdict, ValuesSink } from "./statistics.js";

/** Why an order statistic was not measured. */
export function notMeasured(sink: ValuesSink, numeric: number): string {
  if (sink.count === 0 && numeric > 0) return NOT_FED;
  return sink.overflow
    ? `more than ${formatCount(sink.limit)} numeric values (${formatCount(sink.count)}); order statistics are exact up to that many`
    : "no numeric value";
}

/** The `median` check. */
export const medianCheck: ColumnCheck<ValuesSink> = {
  id: "median",
  description:
    "The median of the column's numbers must lie within `min` and `max` (exact up to 1,000,000 numbers).",
  options: { median: bounds("Bounds on the median of the column's non-missing numbers.") },
  configured: (c) => c.median !== undefined,
  create: () => new ValuesSink(),
  finish: (sink) => sink.finish(),
  verdict: (v) =>
    statVerdict(
      v,
      "median",
      v.config.median as StatBounds,
      v.sink.quantile(0.5),
      notMeasured(v.sink, v.profile.numeric),
    ),
};
