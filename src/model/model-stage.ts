/**
 * The `model:` block as a stage, and the runner of the model checks (checks/): it reads the
 * metrics files, the predictions and the artifact once, hands each check its values, and collects
 * the results and tables in report order.
 */

import { asList } from "../config/as-list.js";
import type { ModelConfig } from "../config/types.js";
import { filesFor } from "../io/files-for.js";
import type { Workspace } from "../io/workspace.js";
import { sectionStatus } from "../report/section-status.js";
import type { Chart, CheckResult, Section, Severity, Table } from "../report/types.js";
import { type Stage, type StageContext, stageHead } from "../stages/stage.js";
import type { BinaryColumns } from "./binary-metrics.js";
import { type BaselineModelConfig, baselineModel } from "./checks/baseline-model.js";
import { budget, isBudgetName } from "./checks/budget.js";
import { fairness, fairnessTable } from "./checks/fairness.js";
import { finite } from "./checks/finite.js";
import { predictionMetric } from "./checks/prediction-metric.js";
import { predictionRows } from "./checks/prediction-rows.js";
import { slice, sliceMetricValues, sliceTable } from "./checks/slice.js";
import { threshold } from "./checks/threshold.js";
import { binaryCurveCharts } from "./curves.js";
import {
  isPredictionsProblem,
  metricsFileProblem,
  missingColumnsProblem,
  predictionsConfigProblems,
  predictionsReadProblem,
} from "./input-problems.js";
import { readMetricsFiles } from "./metrics-files.js";
import { computedMetricsTable, confusionTable, metricsFilesTable } from "./model-tables.js";
import { type Predictions, type PredictionsConfig, pairedSource, readPredictions } from "./predictions.js";
import { sliceChart } from "./slice-chart.js";
import { computeMetrics, DEFAULT_MIN_SLICE, fairnessOf, sliceValues } from "./slices.js";
import { trivialMetrics } from "./trivial-predictor.js";

// --- The stage context: every use of `ctx` is in this part; the runner below gets values. ---

/** What the runner reads from the stage context. */
interface ModelInputs {
  cfg: ModelConfig;
  workspace: Workspace;
  configFile: string;
  readPredictions(cfg: PredictionsConfig): Promise<Predictions>;
}

/**
 * Read the predictions; with their example ids, kept in the run's cache, when the paired tests
 * of the comparison will read the same file with the same id column.
 */
function readModelPredictions(ctx: StageContext, cfg: PredictionsConfig): Promise<Predictions> {
  const source = pairedSource(ctx.config);
  const paired =
    ctx.runCache !== undefined && cfg.id !== undefined && source?.path === cfg.path && source.id === cfg.id;
  const value = readPredictions(ctx.workspace, cfg, ctx.progress, paired);
  if (paired) ctx.runCache!.predictions = { path: cfg.path, id: cfg.id!, value };
  return value;
}

/** Run the `model:` block. */
export function runModel(ctx: StageContext): Promise<Section> {
  return runModelChecks({
    cfg: ctx.config.model as ModelConfig,
    workspace: ctx.workspace,
    configFile: ctx.configFile,
    readPredictions: (cfg) => readModelPredictions(ctx, cfg),
  });
}

// --- The runner. ---

/** What one input (metrics files, predictions, artifact) adds to the section. */
interface Part {
  checks: CheckResult[];
  tables: Table[];
  summary?: string;
  metrics?: Record<string, number>;
  charts?: Chart[];
}

/** Thresholds and metric budgets in `thresholds:` order, then finite metrics, from the metrics files. */
async function metricsFilesPart(input: ModelInputs, files: string[], severity: Severity): Promise<Part> {
  const { cfg, configFile } = input;
  const read = await readMetricsFiles(input.workspace, files);
  const checks = read.diagnostics.map((d) => metricsFileProblem(d, severity));
  for (const [pattern, bounds] of Object.entries(cfg.thresholds ?? {})) {
    const values = { pattern, bounds, metrics: read.metrics, severity, configFile };
    checks.push(
      ...(isBudgetName(pattern) ? budget.judge({ kind: "metric", ...values }) : threshold.judge(values)),
    );
  }
  checks.push(...finite.judge({ metrics: read.metrics, files: read.files, severity }));
  const n = read.files.length;
  return {
    checks,
    tables: [metricsFilesTable(read.metrics)],
    summary: `${read.metrics.length} metrics from ${n} file${n === 1 ? "" : "s"}`,
  };
}

/** `model.baseline_model`, when configured. */
const baselineConfig = (cfg: ModelConfig): BaselineModelConfig | undefined =>
  (cfg as { baseline_model?: BaselineModelConfig }).baseline_model;

/** The checks on predictions that were read: usable rows, computed metrics, baseline, slices, fairness. */
function judgePredictions(
  p: Predictions,
  cfg: PredictionsConfig,
  severity: Severity,
  base: BaselineModelConfig | undefined,
): Part {
  const checks = predictionRows.judge({ skipped: p.skipped, rows: p.rows, severity });
  const all = computeMetrics(p);
  for (const [name, bounds] of Object.entries(cfg.metrics ?? {}))
    checks.push(...predictionMetric.judge({ name, value: all[name], bounds, severity, file: cfg.path }));
  if (base) {
    const baseline = trivialMetrics(p, typeof base === "string" ? base : base.kind);
    checks.push(
      ...baselineModel.judge({ config: base, task: p.task, model: all, baseline, severity, file: cfg.path }),
    );
  }
  const tables = [computedMetricsTable(cfg.path, p, all), confusionTable(p)];
  const sliceMetrics: Record<string, number> = {};
  const charts = p.task === "binary" ? binaryCurveCharts(p.columns as BinaryColumns, "head") : [];
  for (const s of cfg.slices ?? []) {
    const values = sliceValues(p, s.by, s.metric, s.min_size ?? DEFAULT_MIN_SLICE);
    const input = { slice: s, values, severity };
    checks.push(...slice.judge(input));
    tables.push(sliceTable(input));
    const bars = sliceChart(s, values);
    if (bars) charts.push(bars);
    Object.assign(sliceMetrics, sliceMetricValues(input));
  }
  for (const f of cfg.fairness ?? []) {
    const input = {
      fairness: f,
      rates: fairnessOf(p.columns as BinaryColumns, p.groups.get(f.by)!),
      severity,
    };
    checks.push(...fairness.judge(input));
    tables.push(fairnessTable(input));
  }
  const metrics: Record<string, number> = {};
  for (const [k, v] of Object.entries(all)) if ("value" in v) metrics[k] = v.value;
  Object.assign(metrics, sliceMetrics);
  return { checks, tables, metrics, charts, summary: `${p.columns.n} predictions (${cfg.task})` };
}

/** The predictions block's usable entries, judged; an entry naming an unknown metric is an error of its own. */
async function predictionsPart(
  input: ModelInputs,
  configured: PredictionsConfig,
  severity: Severity,
): Promise<Part> {
  const usable = predictionsConfigProblems(configured, input.configFile);
  const part = await readAndJudge(input, usable.cfg, severity);
  return { ...part, checks: [...usable.problems, ...part.checks] };
}

/** Read the predictions and judge them, or say why they could not be read. */
async function readAndJudge(input: ModelInputs, cfg: PredictionsConfig, severity: Severity): Promise<Part> {
  let p: Predictions;
  try {
    p = await input.readPredictions(cfg);
  } catch (err) {
    if (!isPredictionsProblem(err)) throw err;
    const checks = [predictionsReadProblem(err, cfg.path, severity)];
    return { checks, tables: [], summary: "predictions could not be read" };
  }
  if (p.missingColumns.length) {
    const checks = [missingColumnsProblem(cfg.path, p.missingColumns, severity)];
    return { checks, tables: [], summary: `${p.rows} predictions, columns missing` };
  }
  return judgePredictions(p, cfg, severity, baselineConfig(input.cfg));
}

/** `baseline_model` without `predictions`: nothing to score the trivial predictor on. */
function baselineWithoutPredictions(severity: Severity): Part {
  const message = "baseline_model needs model.predictions: the trivial predictor is scored on its labels";
  return {
    checks: [{ id: "model/baseline_model", status: "error", severity, message, diagnostics: [] }],
    tables: [],
  };
}

/** The artifact size budget: the files `artifact.path` names that exist, and their total size. */
async function artifactPart(input: ModelInputs, severity: Severity): Promise<Part> {
  const artifact = input.cfg.artifact!;
  const { workspace } = input;
  const present: string[] = [];
  for (const f of await filesFor(workspace, artifact.path)) if (await workspace.exists(f)) present.push(f);
  let bytes = 0;
  for (const f of present) bytes += await workspace.size(f);
  return { checks: budget.judge({ kind: "artifact", artifact, present, bytes, severity }), tables: [] };
}

/** Run every part the block configures, in report order, into one section. */
async function runModelChecks(input: ModelInputs): Promise<Section> {
  const { cfg } = input;
  const severity = cfg.severity ?? "error";
  const parts: Part[] = [];
  const files = asList(cfg.metrics);
  if (files.length) parts.push(await metricsFilesPart(input, files, severity));
  if (cfg.predictions)
    parts.push(await predictionsPart(input, cfg.predictions as unknown as PredictionsConfig, severity));
  else if (baselineConfig(cfg) !== undefined) parts.push(baselineWithoutPredictions(severity));
  if (cfg.artifact) parts.push(await artifactPart(input, severity));
  const checks = parts.flatMap((p) => p.checks);
  const metrics = parts.find((p) => p.metrics)?.metrics;
  const charts = parts.flatMap((p) => p.charts ?? []);
  return {
    id: "model",
    title: modelStage.title,
    status: sectionStatus(checks),
    summary: parts.flatMap((p) => (p.summary ? [p.summary] : [])).join(", "),
    ...(metrics ? { metrics } : {}),
    tables: parts.flatMap((p) => p.tables),
    ...(charts.length ? { charts } : {}),
    checks,
  };
}

/** Model. */
export const modelStage: Stage = { ...stageHead("model"), run: runModel };
