/**
 * Name resolution, before the stages (DESIGN.md: everything outside is resolved first): every
 * metric, column and environment name in mlgate.yml is looked up in what exists — the head's
 * metrics files (their keys), the data and predictions files (their headers only), the task's
 * computed metrics, `environments:`. A name that matches nothing is a configuration error at its
 * key; a glob that matches nothing is a warning. Paths come first: one that leads outside the
 * repository is an error at its value, and nothing it names is listed or read. Entries naming
 * nothing are left out of the run, so one typo never switches off the other checks.
 */

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
import { withoutPaths } from "../names/drop-paths.js";
import { resolveEnvironmentNames } from "../names/environment-names.js";
import { resolvePredictionMetrics, resolveRules, resolveThresholds } from "../names/metric-names.js";
import { NameSink } from "../names/name-sink.js";
import { isDropped, resolvePathNames } from "../names/path-names.js";
import { readHeader } from "../names/read-header.js";
import type { Diagnostic } from "../report/types.js";
import { sortDiagnostics } from "../schema/validate.js";
import type { SourceDocument } from "../source/source-document.js";
import { type Command, stageRuns } from "./run-stages.js";
import { stageCard } from "./stage-cards.js";

/** The config the stages run with (entries naming nothing left out) and what resolution found. */
export interface ResolvedNames {
  config: MlgateConfig;
  diagnostics: Diagnostic[];
}

/** Thresholds against the head's metrics files; predictions metrics and columns against the task and header. */
async function modelNames(sink: NameSink, config: MlgateConfig, workspace: Workspace): Promise<void> {
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
async function dataNames(sink: NameSink, config: MlgateConfig, workspace: Workspace): Promise<void> {
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
async function compareNames(sink: NameSink, config: MlgateConfig, workspace: Workspace): Promise<void> {
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

/** Resolve the names of the stages `command` runs (and the environment names every run uses). */
export async function resolveNames(
  command: Command,
  config: MlgateConfig,
  doc: SourceDocument,
  configFile: string,
  workspace: Workspace,
): Promise<ResolvedNames> {
  const sink = new NameSink(doc, configFile);
  // Paths first: nothing below lists or reads a file that a refused path names.
  resolvePathNames(sink, config, workspace.root);
  resolveEnvironmentNames(sink, config);
  if (stageRuns(command, stageCard("data"), config)) await dataNames(sink, config, workspace);
  if (stageRuns(command, stageCard("model"), config)) await modelNames(sink, config, workspace);
  if (stageRuns(command, stageCard("compare"), config)) await compareNames(sink, config, workspace);
  return { config: withoutPaths(config, sink.drops), diagnostics: sortDiagnostics(sink.diagnostics) };
}
