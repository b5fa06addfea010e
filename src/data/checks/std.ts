/**
 * `std: { min, max }`: bounds on the sample standard deviation (ddof = 1, as pandas) of a column's
 * numbers (Welford; parts merged with Chan's formula).
 */
import { bounds } from "../../checks/options.js";
import type { ColumnCheck } from "./column-check.js";
import { MomentSink, NOT_FED, type StatBounds, statVerdict } from "./statistics.js";

/** The `std` check. */
export const stdCheck: ColumnCheck<MomentSink> = {
  id: "std",
  description:
    "The sample standard deviation (n − 1) of the column's numbers must lie within `min` and `max`.",
  options: { std: bounds("Bounds on the sample standard deviation (ddof = 1) of the column's numbers.") },
  configured: (c) => c.std !== undefined,
  create: () => new MomentSink(),
  verdict: (v) =>
    statVerdict(
      v,
      "std",
      v.config.std as StatBounds,
      v.sink.std,
      v.sink.n === 0 && v.profile.numeric ? NOT_FED : `fewer than 2 numeric values (${v.sink.n})`,
    ),
};
