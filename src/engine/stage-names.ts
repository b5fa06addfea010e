/** The names of the data, model and compare blocks, for resolve-names.ts (loaded when one of those stages runs). */
import { asList } from "../config/as-list.js";
import type { DatasetConfig, MlgateConfig } from "../config/types.js";
import { filesFor } from "../io/files-for.js";
import type { Workspace } from "../io/workspace.js";
import { readMetricsFiles } from "../model/metrics-files.js";
import type { PredictionsConfig } from "../model/predictions.js";
import { metricNames } from "../model/slices.js";
import {
  resolveColumn,
  resolveDatasetColumns,
  resolvePredictionColumns,
  resolveSplitColumns,
} from "../names/column-names.js";
import { resolvePredictionMetrics, resolveRules, resolveThresholds } from "../names/metric-names.js";
import type { NameSink } from "../names/name-sink.js";
import { isDropped } from "../names/path-names.js";
import { readHeader } from "../names/read-header.js";

/** Thresholds against the head's metrics files; predictions metrics and columns against the task and header. */
export async function modelNames(sink: NameSink, config: MlgateConfig, workspace: Workspace): Promise<void> {
  const model = config.model ?? {};
  const files = asList(model.metrics);
  if (model.thresholds && files.length && !isDropped(sink.drops, ["model", "metrics"])) {
    const read = await readMetricsFiles(workspace, files);
    // A file that is missing or does not parse is the stage's finding; its names are unknown.
    if (!read.diagnostics.length) resolveThresholds(sink, model.thresholds, read.metrics, read.files);
  }
  const p = model.predictions as PredictionsConfig | undefined;
  if (!p || isDropped(sink.drops, ["model", "predictions"])) return;
  resolvePredictionMetrics(sink, p);
  const first = (await filesFor(workspace, p.path))[0];
  const fields = first === undefined ? undefined : await readHeader(workspace, first);
  if (!fields) return;
  resolvePredictionColumns(sink, p, { file: first!, fields });
  // The paired tests join on `compare.significance.id` in the same file when it names one.
  const sig = config.compare?.significance as { predictions?: string; id?: unknown } | undefined;
  if (typeof sig?.id === "string" && (sig.predictions ?? p.path) === p.path)
    resolveColumn(sink, { file: first!, fields }, sig.id, ["compare", "significance", "id"], "the id column");
}

/** Each dataset's column names against its first file's header (the stage requires every file to share it). */
export async function dataNames(sink: NameSink, config: MlgateConfig, workspace: Workspace): Promise<void> {
  const datasets = (config.data ?? []) as DatasetConfig[];
  for (const [i, ds] of datasets.entries()) {
    if (isDropped(sink.drops, ["data", i])) continue;
    const format = typeof ds.format === "string" ? ds.format : undefined;
    const delimiter = typeof ds.delimiter === "string" ? ds.delimiter : undefined;
    // A train/test pair: its columns against the train file (a missing file is the stage's finding).
    const train = (ds.splits as { train?: unknown } | undefined)?.train;
    if (typeof train === "string" && (await workspace.exists(train))) {
      const fields = await readHeader(workspace, train, format, delimiter);
      if (fields) resolveSplitColumns(sink, ds.splits, i, { file: train, fields });
    }
    // A dataset in a database has no file header to read here.
    if (ds.path === undefined) continue;
    const files = (await workspace.glob(asList(ds.path))).sort();
    for (const file of files) {
      const fields = await readHeader(workspace, file, format, delimiter);
      if (!fields) continue;
      resolveDatasetColumns(sink, ds, i, [{ file, fields }]);
      break;
    }
  }
}

/** Rules against the compared metrics: the head's metrics files, and the task's metrics when paired tests add them. */
export async function compareNames(
  sink: NameSink,
  config: MlgateConfig,
  workspace: Workspace,
): Promise<void> {
  const cfg = config.compare ?? {};
  if (!cfg.rules || !Object.keys(cfg.rules).length || isDropped(sink.drops, ["compare"])) return;
  const files = asList(cfg.metrics);
  const read = await readMetricsFiles(workspace, files);
  if (read.diagnostics.length) return;
  const names = read.metrics.map((m) => m.name);
  const task = (config.model?.predictions as PredictionsConfig | undefined)?.task;
  if (cfg.significance && task) names.push(...metricNames(task).filter((m) => m !== "average_precision"));
  resolveRules(sink, cfg.rules, [...new Set(names)], read.files);
}
