/** Bounds on a metric, shared by thresholds, budgets, computed metrics and slices. */
import type { JsonSchema } from "../../checks/definition.js";
import { bounds } from "../../checks/options.js";
import type { Bounds } from "../../config/types.js";

/** `>= 0.85 and <= 0.99` (empty when neither bound is set). */
export function expectation(b: Bounds): string {
  return [b.min !== undefined && `>= ${b.min}`, b.max !== undefined && `<= ${b.max}`]
    .filter(Boolean)
    .join(" and ");
}

/** Whether `v` is inside the bounds that are set (both ends inclusive). */
export const within = (v: number, b: { min?: number; max?: number }): boolean =>
  (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max);

/** The schema of one metric's bounds. */
const METRIC_BOUNDS = bounds("Bounds on a metric.");

/** The schema of a map from metric name to its bounds, described as `what`. */
export function metricsMapSchema(what: string): JsonSchema {
  return { type: "object", description: what, additionalProperties: METRIC_BOUNDS };
}
