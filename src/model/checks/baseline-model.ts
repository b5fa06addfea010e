/**
 * baseline-model: the model must beat a trivial predictor (trivial-predictor.ts) scored on the same
 * labels, by a margin, on the metrics named (`model.baseline_model`).
 */
import type { JsonSchema } from "../../checks/definition.js";
import { severity as severitySchema } from "../../checks/options.js";
import { formatMetric } from "../../report/format.js";
import type { CheckResult, Severity } from "../../report/types.js";
import type { MetricValue } from "../binary-metrics.js";
import type { Predictions } from "../predictions.js";
import { checkMetricName } from "../slices.js";
import { BASELINE_KINDS, type BaselineKind } from "../trivial-predictor.js";
import type { ModelCheck } from "./model-check.js";

/** `model.baseline_model` as written: a kind, or a kind with metrics, margin and severity. */
export type BaselineModelConfig =
  | BaselineKind
  | { kind: BaselineKind; metrics?: string[]; margin?: number; severity?: Severity };

/** What the check judges: the config, the model's metrics and the trivial predictor's. */
export interface BaselineModelInput {
  config: BaselineModelConfig;
  task: Predictions["task"];
  /** The model's metrics computed from the predictions file. */
  model: Record<string, MetricValue>;
  /** The trivial predictor's metrics on the same labels; undefined when the kind does not fit the task. */
  baseline: Record<string, MetricValue> | undefined;
  severity: Severity;
  /** The predictions file. */
  file: string;
}

/** ML Test Score model.5: a simpler model is not better. */
const SIMPLER = ["model.5"];

/** Metrics where lower is better; every other judged metric is better higher. */
const LOWER_IS_BETTER = new Set([
  "log_loss",
  "brier",
  "ece",
  "fpr",
  "fnr",
  "mae",
  "mse",
  "rmse",
  "mape",
  "median_ae",
  "max_error",
]);

/** Metrics with no better direction. */
const NO_DIRECTION = new Set(["selection_rate"]);

/** Slack on the margin, so that 0.62 - 0.60 beats 0.60 by 0.02 despite binary fractions. */
const TOLERANCE = 1e-9;

/** The metric judged when none is named. */
const defaultMetric = (task: Predictions["task"]): string => (task === "regression" ? "r2" : "accuracy");

/** The config with its defaults: metrics `accuracy` (`r2` for regression), margin 0. */
function normalise(c: BaselineModelConfig, task: Predictions["task"]) {
  const o = typeof c === "string" ? { kind: c } : c;
  return {
    kind: o.kind,
    metrics: "metrics" in o && o.metrics?.length ? o.metrics : [defaultMetric(task)],
    margin: ("margin" in o ? o.margin : undefined) ?? 0,
    severity: "severity" in o ? o.severity : undefined,
  };
}

/** An error result: the comparison cannot be made. */
function cannot(id: string, severity: Severity, message: string): CheckResult {
  return { id, status: "error", severity, message, rubric: SIMPLER, diagnostics: [] };
}

/** Why a metric cannot be judged against the baseline, if it cannot. */
function unusable(name: string, task: Predictions["task"]): string | undefined {
  if (NO_DIRECTION.has(name)) return `${name} has no better direction: name another metric`;
  return checkMetricName(task, name);
}

/** One metric: the model against the trivial predictor. */
function judgeMetric(
  name: string,
  input: BaselineModelInput & { baseline: Record<string, MetricValue> },
  c: ReturnType<typeof normalise>,
): CheckResult {
  const sev = c.severity ?? input.severity;
  const id = `model/baseline_model/${name}`;
  const why = unusable(name, input.task);
  if (why) return cannot(id, sev, `baseline_model: ${why}`);
  const m = input.model[name];
  const b = input.baseline[name];
  if (!m || "undefined" in m)
    return cannot(
      id,
      sev,
      `${name} cannot be computed from ${input.file}: ${m?.undefined ?? "unknown metric"}`,
    );
  if (!b || "undefined" in b)
    return cannot(
      id,
      sev,
      `${name} of the ${c.kind} baseline cannot be computed: ${b?.undefined ?? "unknown metric"}`,
    );
  const lower = LOWER_IS_BETTER.has(name);
  const gain = lower ? b.value - m.value : m.value - b.value;
  const ok = c.margin === 0 ? gain > 0 : gain >= c.margin - TOLERANCE;
  const need = lower ? b.value - c.margin : b.value + c.margin;
  const op = c.margin === 0 ? (lower ? "<" : ">") : lower ? "<=" : ">=";
  const by = c.margin === 0 ? "" : ` by ${c.margin}`;
  const direction = lower ? " (lower is better)" : "";
  const [mv, bv] = [formatMetric(m.value), formatMetric(b.value)];
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: ok
      ? `${name} ${mv} beats the ${c.kind} baseline ${bv}${by}${direction}`
      : `${name} ${mv} does not beat the ${c.kind} baseline ${bv}${by}${direction}`,
    observed: mv,
    expected: `${op} ${formatMetric(need)}`,
    rubric: SIMPLER,
    diagnostics: [],
  };
}

/** The judgement: one result per metric, or one error when the kind does not fit the task. */
function judge(input: BaselineModelInput): CheckResult[] {
  const c = normalise(input.config, input.task);
  if (!input.baseline) {
    const fits = input.task === "regression" ? "mean" : "majority or stratified";
    const id = `model/baseline_model/${c.kind}`;
    return [
      cannot(
        id,
        c.severity ?? input.severity,
        `baseline_model: ${c.kind} does not apply to a ${input.task} model; use ${fits}`,
      ),
    ];
  }
  const withBaseline = { ...input, baseline: input.baseline };
  return c.metrics.map((name) => judgeMetric(name, withBaseline, c));
}

/** The kind of trivial predictor. */
const KIND: JsonSchema = {
  type: "string",
  enum: [...BASELINE_KINDS],
  description:
    "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression).",
};

/** `model.baseline_model`: a kind, or a mapping with the metrics and margin. */
const BASELINE_MODEL_SCHEMA: JsonSchema = {
  description:
    "The model must beat a trivial predictor scored on the same labels (docs/checks-baseline-model.md): a kind, or `{kind, metrics, margin, severity}`. Needs `predictions`.",
  if: { type: "string" },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema if/then/else, not a promise
  then: KIND,
  else: {
    type: "object",
    additionalProperties: false,
    required: ["kind"],
    properties: {
      kind: KIND,
      metrics: {
        type: "array",
        minItems: 1,
        uniqueItems: true,
        items: { type: "string" },
        description: "Computed metrics to compare (default `accuracy`, `r2` for regression).",
      },
      margin: {
        type: "number",
        minimum: 0,
        description:
          "How much better the model must be on each metric (default 0: strictly better); lower is better for losses and errors.",
      },
      severity: severitySchema,
    },
  },
};

/** The baseline-model check. */
export const baselineModel: ModelCheck<BaselineModelInput> = {
  id: "baseline-model",
  description:
    "A computed metric does not beat a trivial predictor (majority, stratified, mean) on the same labels by the margin.",
  options: { baseline_model: BASELINE_MODEL_SCHEMA },
  rubric: SIMPLER,
  judge,
};
