/**
 * `outliers` in SQL: the z-score from the column's mean and standard deviation (its profile, as
 * the file path computes them) and Tukey's fences from percentile_cont, counted exactly over the
 * whole column (the file path counts on a sample past 100,000 values: the same answer below that).
 */
import { Violations } from "../../checks/violations.js";
import type { CheckResult, Severity } from "../../report/types.js";
import { type ColumnConfig, type ColumnProfile, diagnostic, SCHEMA_RUBRIC } from "../checks/column-check.js";
import { fillViolations, type SqlColumn } from "./column-sql.js";

/** The predicate of an outlier, or undefined when none can be (no spread, no fence). */
export function outlierPredicate(
  c: SqlColumn,
  config: ColumnConfig,
  profile: ColumnProfile,
  q1: number | undefined,
  q3: number | undefined,
): string | undefined {
  const o = config.outliers!;
  const n = profile.numeric;
  const mean = n ? profile.sum / n : 0;
  const sd = n ? Math.sqrt(Math.max(0, profile.sumSq / n - mean * mean)) : 0;
  const parts: string[] = [];
  if (o.zscore !== undefined && sd > 0) parts.push(`abs(${c.n} - (${mean})) / ${sd} > ${o.zscore}`);
  if (o.iqr !== undefined && q1 !== undefined && q3 !== undefined) {
    const lo = q1 - o.iqr * (q3 - q1);
    const hi = q3 + o.iqr * (q3 - q1);
    parts.push(`${c.n} < ${lo}`, `${c.n} > ${hi}`);
  }
  return parts.length ? parts.join(" or ") : undefined;
}

/** The verdict, worded as the file path words it. */
export function outliersVerdict(
  id: string,
  column: string,
  config: ColumnConfig,
  severity: Severity,
  numeric: number,
  count: number,
  examples: string[],
  file: string,
): CheckResult {
  const o = config.outliers!;
  const bad = new Violations();
  fillViolations(bad, count, examples, file);
  const share = numeric ? (100 * count) / numeric : 0;
  const tolerance = o.max_percent ?? 0;
  const ok = share <= tolerance;
  const rule = [
    o.zscore !== undefined && `more than ${o.zscore} standard deviations from the mean`,
    o.iqr !== undefined && `outside Tukey's fences (k = ${o.iqr})`,
  ]
    .filter(Boolean)
    .join(" or ");
  const sev = o.severity ?? severity;
  return {
    id: `${id}/outliers`,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: `${column} outliers: ${share.toFixed(2)}% of values ${rule}${ok ? "" : `, over ${tolerance}%`}`,
    observed: `${share.toFixed(2)}%`,
    expected: `<= ${tolerance}%`,
    rubric: SCHEMA_RUBRIC,
    diagnostics: ok
      ? []
      : bad.examples.map((e) => diagnostic("data/outlier", sev, `${column}: "${e.value}" is an outlier`, e)),
  };
}
