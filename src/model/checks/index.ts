/**
 * Every model check, in the order their results first appear in the report. Adding a check is
 * adding its file here and its fixture folder in test/fixtures/model/checks/<id>/; the runner
 * (model-stage.ts) reads the inputs and hands it its values.
 */
import { baselineModel } from "./baseline-model.js";
import { budget } from "./budget.js";
import { fairness } from "./fairness.js";
import { finite } from "./finite.js";
import type { ModelCheck } from "./model-check.js";
import { predictionMetric } from "./prediction-metric.js";
import { predictionRows } from "./prediction-rows.js";
import { slice } from "./slice.js";
import { threshold } from "./threshold.js";

/** The model checks; thresholds and metric budgets interleave in `thresholds:` order, the artifact budget comes last. */
export const MODEL_CHECKS: readonly ModelCheck<never>[] = [
  threshold,
  budget,
  finite,
  predictionRows,
  predictionMetric,
  baselineModel,
  slice,
  fairness,
];
