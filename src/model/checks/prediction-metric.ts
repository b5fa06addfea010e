/** prediction-metric: bounds on a metric mlgate computes from the predictions (`model.predictions.metrics`). */
import type { Bounds } from "../../config/types.js";
import { formatMetric } from "../../report/format.js";
import type { Severity } from "../../report/types.js";
import type { MetricValue } from "../binary-metrics.js";
import { expectation, metricsMapSchema, within } from "./bounds.js";
import type { ModelCheck } from "./model-check.js";

/** One `metrics:` entry and the value computed for it. */
export interface PredictionMetricInput {
  name: string;
  /** The computed value or why it is undefined; absent when the task has no such metric. */
  value: MetricValue | undefined;
  bounds: Bounds;
  severity: Severity;
  /** The predictions file, named when the metric cannot be computed. */
  file: string;
}

/** ML Test Score infrastructure.4: model quality is validated before serving. */
const QUALITY = ["infrastructure.4"];

/** The computed-metric check. */
export const predictionMetric: ModelCheck<PredictionMetricInput> = {
  id: "prediction-metric",
  description:
    "A metric computed from the predictions file is outside its bounds, or cannot be computed (an error, never a pass).",
  options: {
    "predictions.metrics": metricsMapSchema(
      "Bounds per computed metric (accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, ece, mae, rmse, r2, ...).",
    ),
  },
  rubric: QUALITY,
  judge({ name, value: v, bounds: b, severity, file }) {
    const sev = b.severity ?? severity;
    const expected = expectation(b);
    const id = `model/predictions/${name}`;
    if (!v || "undefined" in v)
      return [
        {
          id,
          status: "error",
          severity: sev,
          message: `${name} cannot be computed from ${file}: ${v ? v.undefined : "unknown metric"}`,
          expected,
          diagnostics: [],
        },
      ];
    const ok = within(v.value, b);
    return [
      {
        id,
        status: ok ? "passed" : "failed",
        severity: sev,
        message: ok
          ? `${name} = ${formatMetric(v.value)}`
          : `${name} = ${formatMetric(v.value)}, expected ${expected}`,
        observed: formatMetric(v.value),
        expected,
        rubric: QUALITY,
        diagnostics: [],
      },
    ];
  },
};
