/**
 * `median: { min, max }`: bounds on the median of a column's numbers, exact (the values are kept
 * and sorted) up to VALUES_LIMIT numbers; past that from a quantile sketch, with its rank error in
 * the verdict, deciding a bound only when that error cannot change the outcome.
 */
import { bounds } from "../../checks/options.js";
import type { ColumnCheck } from "./column-check.js";
import { NOT_FED, type StatBounds, statVerdict, ValuesSink } from "./statistics.js";

/** Why an order statistic was not measured. */
export function notMeasured(sink: ValuesSink, numeric: number): string {
  return sink.count === 0 && numeric > 0 ? NOT_FED : "no numeric value";
}

/** The `median` check. */
export const medianCheck: ColumnCheck<ValuesSink> = {
  id: "median",
  description:
    "The median of the column's numbers must lie within `min` and `max` (exact up to 1,000,000 numbers, past that within a stated rank error).",
  options: { median: bounds("Bounds on the median of the column's non-missing numbers.") },
  configured: (c) => c.median !== undefined,
  create: () => new ValuesSink(),
  finish: (sink) => sink.finish(),
  verdict: (v) =>
    statVerdict(
      v,
      "median",
      v.config.median as StatBounds,
      v.sink.measure(0.5),
      notMeasured(v.sink, v.profile.numeric),
    ),
};
