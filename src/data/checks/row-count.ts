/** `row_count`: bounds on the number of rows of a dataset. */
import { bounds } from "../../checks/options.js";
import { formatCount } from "../../report/format.js";
import { SCHEMA_RUBRIC } from "./column-check.js";
import type { DatasetCheck } from "./dataset-check.js";

/** The `row_count` check. */
export const rowCountCheck: DatasetCheck = {
  id: "row_count",
  description: "The number of rows must lie within `min` and `max`.",
  options: { row_count: bounds("Bounds on the number of rows.") },
  configured: (ds) => ds.row_count !== undefined,
  verdict: ({ base, ds, severity, rows }) => {
    const { min, max } = ds.row_count!;
    const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
    const expected = [min !== undefined && `>= ${min}`, max !== undefined && `<= ${max}`]
      .filter(Boolean)
      .join(" and ");
    return [
      {
        id: `${base}/row_count`,
        status: ok ? "passed" : "failed",
        severity: ds.row_count!.severity ?? severity,
        message: `${ds.name}: ${formatCount(rows)} rows${ok ? "" : `, expected ${expected}`}`,
        observed: String(rows),
        expected,
        rubric: SCHEMA_RUBRIC,
        diagnostics: [],
      },
    ];
  },
};
