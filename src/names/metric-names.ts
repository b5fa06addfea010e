/**
 * Metric names in mlgate.yml resolved against what exists: `model.thresholds` against the head's
 * metrics files, `compare.rules` against the compared files (and the metrics the paired tests
 * compute), `model.predictions` metrics and slice metrics against what the task computes.
 */
import picomatch from "picomatch";
import { isGlob } from "../io/files-for.js";
import { matching } from "../model/checks/threshold.js";
import type { Metric } from "../model/metrics-files.js";
import type { PredictionsConfig } from "../model/predictions.js";
import { checkMetricName, metricNames } from "../model/slices.js";
import type { NameSink } from "./name-sink.js";

/** Metric names once each, in file order. */
function namesOf(metrics: Metric[]): string[] {
  return [...new Set(metrics.map((m) => m.name))];
}

/** `file:name` keys whose file part is not one of the metrics files: the file is the typo. */
function unknownFile(key: string, files: string[]): string | undefined {
  const colon = key.lastIndexOf(":");
  if (colon <= 0) return undefined;
  const file = key.slice(0, colon);
  return files.includes(file) ? undefined : file;
}

/** Each `model.thresholds` key must name a metric of the metrics files; a glob that names none is a warning. */
export function resolveThresholds(
  sink: NameSink,
  thresholds: Record<string, unknown>,
  metrics: Metric[],
  files: string[],
): void {
  for (const key of Object.keys(thresholds)) {
    const path = ["model", "thresholds", key];
    const site = { path, key: true };
    if (matching(key, metrics).length) continue;
    // The stage would report an empty glob as an error on every run: it is left out instead.
    if (isGlob(key)) {
      sink.problem(
        site,
        "names/no-match",
        "warning",
        `the threshold glob "${key}" matches no metric in ${files.join(", ")}`,
        `The files have: ${namesOf(metrics).slice(0, 12).join(", ") || "no metrics"}.`,
        path,
      );
      continue;
    }
    const file = unknownFile(key, files);
    if (file !== undefined) {
      sink.unknown(
        site,
        "names/metrics-file",
        `"${file}" in the threshold "${key}" is not a metrics file of model.metrics`,
        file,
        files,
        path,
      );
      continue;
    }
    sink.unknown(
      site,
      "names/metric",
      `the threshold "${key}" names a metric that no metrics file has`,
      key,
      namesOf(metrics),
      path,
    );
  }
}

/** Each `compare.rules` key must name a compared metric; a glob that names none is a warning. */
export function resolveRules(
  sink: NameSink,
  rules: Record<string, unknown>,
  names: string[],
  files: string[],
): void {
  for (const key of Object.keys(rules)) {
    const path = ["compare", "rules", key];
    const site = { path, key: true };
    if (isGlob(key)) {
      if (!names.some((n) => matchesGlob(key, n)))
        sink.problem(site, "names/no-match", "warning", `the rule glob "${key}" matches no compared metric`);
      continue;
    }
    if (names.includes(key)) continue;
    const file = unknownFile(key, files);
    if (file !== undefined && !names.some((n) => n.startsWith(`${file}:`))) {
      sink.unknown(
        site,
        "names/metrics-file",
        `"${file}" in the rule "${key}" is not a file of compare.metrics`,
        file,
        files,
        path,
      );
      continue;
    }
    // A rule that matches nothing never fails: a typo here would switch the gate off silently.
    sink.unknown(
      site,
      "names/metric",
      `the rule "${key}" names a metric that is not compared`,
      key,
      names,
      path,
    );
  }
}

/** Glob matching the way compare/rules.ts does it. */
function matchesGlob(glob: string, name: string): boolean {
  return picomatch(glob, { dot: true })(name);
}

/** Prediction metrics, slice metrics and fairness must be ones the task computes. */
export function resolvePredictionMetrics(sink: NameSink, cfg: PredictionsConfig): void {
  const base = ["model", "predictions"];
  const known = metricNames(cfg.task);
  // The valid names go in the hint; the message keeps only what is wrong.
  const checkName = (name: string) => checkMetricName(cfg.task, name)?.replace(/; expected one of .*$/, "");
  for (const name of Object.keys(cfg.metrics ?? {})) {
    const why = checkName(name);
    const path = [...base, "metrics", name];
    if (why) sink.unknown({ path, key: true }, "names/prediction-metric", why, name, known, path);
  }
  (cfg.slices ?? []).forEach((s, i) => {
    const why = checkName(s.metric);
    if (why)
      sink.unknown(
        { path: [...base, "slices", i, "metric"], key: false },
        "names/prediction-metric",
        why,
        s.metric,
        known,
        [...base, "slices", i],
      );
  });
  if (cfg.fairness?.length && cfg.task !== "binary") {
    const path = [...base, "fairness"];
    sink.problem(
      { path, key: true },
      "names/fairness-task",
      "error",
      `fairness measures need a binary model (task is ${cfg.task})`,
      "Remove `fairness:` or compare slices with `slices:` instead.",
      path,
    );
  }
}
