/** `mean: { min, max }`: bounds on the mean of a column's numbers (Welford; parts merged exactly). */
import { bounds } from "../../checks/options.js";
import type { ColumnCheck } from "./column-check.js";
import { MomentSink, NOT_FED, type StatBounds, statVerdict } from "./statistics.js";

/** The `mean` check. */
export const meanCheck: ColumnCheck<MomentSink> = {
  id: "mean",
  description: "The mean of the column's numbers must lie within `min` and `max`.",
  options: { mean: bounds("Bounds on the mean of the column's non-missing numbers.") },
  configured: (c) => c.mean !== undefined,
  create: () => new MomentSink(),
  verdict: (v) =>
    statVerdict(
      v,
      "mean",
      v.config.mean as StatBounds,
      v.sink.mean,
      v.profile.numeric ? NOT_FED : "no numeric value",
    ),
};
