/**
 * `distinct: { min, max }`: bounds on the number of distinct non-missing values, compared as
 * written (`1` and `1.0` are two values). Exact up to DISTINCT_LIMIT distinct values; past that
 * the count is a lower bound: a `min` is still decided, a `max` above the limit is not tested.
 */
import { bounds } from "../../checks/options.js";
import { formatCount } from "../../report/format.js";
import type { ColumnCheck } from "./column-check.js";
import { DistinctSink, describeBounds, NOT_FED, type StatBounds, statVerdict } from "./statistics.js";

/** The `distinct` check. */
export const distinctCheck: ColumnCheck<DistinctSink> = {
  id: "distinct",
  description:
    "The number of distinct non-missing values must lie within `min` and `max` (exact up to 1,000,000 distinct values).",
  options: { distinct: bounds("Bounds on the number of distinct non-missing values.") },
  configured: (c) => c.distinct !== undefined,
  create: () => new DistinctSink(),
  verdict: (v) => {
    const b = v.config.distinct as StatBounds;
    const n = v.sink.size;
    if (n === 0 && v.profile.rows > v.profile.missing)
      return statVerdict(v, "distinct", b, undefined, NOT_FED);
    if (!v.sink.overflow) return statVerdict(v, "distinct", b, n, "");
    // Only a lower bound is known: more than `n` distinct values.
    const failsMax = b.max !== undefined && n > b.max;
    const passesMin = b.min === undefined || n >= b.min;
    const result = statVerdict(v, "distinct", b, undefined, "");
    const lower = `at least ${formatCount(n + 1)}`;
    if (failsMax)
      return {
        ...result,
        status: "failed",
        observed: lower,
        message: `${v.column} distinct: ${lower}, expected ${describeBounds(b)}`,
      };
    if (passesMin && b.max === undefined)
      return { ...result, status: "passed", observed: lower, message: `${v.column} distinct: ${lower}` };
    return {
      ...result,
      observed: lower,
      message: `${v.column} distinct not tested: ${lower} distinct values, counted exactly only up to ${formatCount(v.sink.limit)} values or ${formatCount(v.sink.charLimit)} characters`,
    };
  },
};
