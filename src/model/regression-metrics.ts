/**
 * Regression metrics with scikit-learn's definitions: R² is 1 when the target is constant and
 * predicted exactly, 0 when constant and missed (`force_finite`); MAPE divides by
 * max(|y|, eps); the median absolute error averages the two middle values of an even count.
 */
import { EPS, type MetricValue, type Rows } from "./binary-metrics.js";

/** The columns of a regression predictions file. */
export interface RegressionColumns {
  n: number;
  label: Float64Array;
  prediction: Float64Array;
}

/** Names of the regression metrics. */
export const REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape", "median_ae", "max_error"] as const;

/** All regression metrics on these rows. */
export function regressionMetrics(c: RegressionColumns, rows?: Rows): Record<string, MetricValue> {
  const n = rows ? rows.length : c.n;
  if (n === 0) return Object.fromEntries(REGRESSION_METRICS.map((m) => [m, { undefined: "no rows" }]));
  let abs = 0;
  let sq = 0;
  let pct = 0;
  let mean = 0;
  let max = 0;
  const errors = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j]! : j;
    const y = c.label[i]!;
    const e = Math.abs(y - c.prediction[i]!);
    errors[j] = e;
    abs += e;
    sq += e * e;
    pct += e / Math.max(Math.abs(y), EPS);
    mean += y;
    if (e > max) max = e;
  }
  mean /= n;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const d = c.label[rows ? rows[j]! : j]! - mean;
    total += d * d;
  }
  errors.sort();
  const median = n % 2 ? errors[(n - 1) / 2]! : (errors[n / 2 - 1]! + errors[n / 2]!) / 2;
  const mse = sq / n;
  const r2 = total === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / total;
  return {
    mae: { value: abs / n },
    mse: { value: mse },
    rmse: { value: Math.sqrt(mse) },
    r2: { value: r2 },
    mape: { value: pct / n },
    median_ae: { value: median },
    max_error: { value: max },
  };
}
