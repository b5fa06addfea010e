/**
 * The `compare:` block as a stage: this change's metrics against the baseline of the branch it
 * merges into, per-metric rules, paired tests on predictions, and what the params changed.
 */

import {
  BASELINE_MAX_BYTES,
  type BaselineFiles,
  BaselineTooLarge,
  baselineCopies,
  hasBaseline,
  type PastBaseline,
  type ResolvedBaseline,
  readBaselineFile,
} from "../baseline/resolved-baseline.js";
import { asList } from "../config/as-list.js";
import type { CompareConfig } from "../config/types.js";
import { decodeUtf8, WorkspaceError } from "../io/workspace.js";
import type { BinaryColumns } from "../model/binary-metrics.js";
import { binaryCurveCharts } from "../model/curves.js";
import { flattenText, type Metric, readMetricsFiles } from "../model/metrics-files.js";
import {
  type Predictions,
  type PredictionsConfig,
  PredictionsError,
  pairedSource,
  readPredictions,
} from "../model/predictions.js";
import { computeMetrics, metricNames } from "../model/slices.js";
import { formatMetric } from "../report/format.js";
import type {
  Chart,
  CheckResult,
  Comparison,
  Diagnostic,
  Section,
  Severity,
  Table,
  TrendSeries,
} from "../report/types.js";
import { FILE_START } from "../source/source-document.js";
import {
  type CompareOutput,
  type Stage,
  type StageContext,
  type StageResult,
  stageHead,
} from "../stages/stage.js";
import { baseSliceCharts, baseSliceIds } from "./base-slice-charts.js";
import { DEFAULT_POWER } from "./detectable.js";
import { labelsAgree, pairedTests, pairRows } from "./paired.js";
import { type CompareRule, compareMetric, type PairedResult, ruleFor } from "./rules.js";
import { sharedHead } from "./shared-head.js";
import { undetectableTolerance } from "./undetectable.js";

/** ML Test Score: "model quality is validated before attempting to serve it" (against the baseline). */
const RUBRIC = ["infrastructure.4"];
/**
 * Default confidence of the paired tests: in bench/compare/honesty.mjs it fails 0.7% of simulated
 * PRs that changed nothing while catching 96% of real 1-point accuracy drops (n = 10,000).
 */
export const DEFAULT_CONFIDENCE = 0.98;
/** Values of the metrics with a rule in the past baselines' metrics files, then this change. */
async function trendOf(
  history: PastBaseline[],
  files: string[],
  comparisons: Comparison[],
  rules: Record<string, CompareRule>,
): Promise<TrendSeries[]> {
  const past: { sha: string; values: Map<string, number> }[] = [];
  for (const h of history) {
    const metrics = await baseMetrics(h.files, files, []);
    past.push({
      sha: h.sha,
      values: new Map(metrics.filter((m) => m.value !== null).map((m) => [m.name, m.value!])),
    });
  }
  const series: TrendSeries[] = [];
  for (const c of comparisons) {
    if (c.head === null || !ruleFor(c.metric, rules)) continue;
    const points: TrendSeries["points"] = [];
    for (const p of past) {
      const v = p.values.get(c.metric);
      if (v !== undefined) points.push({ label: p.sha.slice(0, 7), value: v });
    }
    if (!points.length) continue;
    points.push({ label: "this change", value: c.head });
    series.push({ metric: c.metric, points });
  }
  return series.slice(0, 6);
}

/** The baseline side of the metrics files. */
async function baseMetrics(
  baseline: BaselineFiles,
  files: string[],
  problems: CheckResult[],
): Promise<Metric[]> {
  const perFile: Metric[][] = [];
  for (const file of files) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readBaselineFile(baseline, file, BASELINE_MAX_BYTES.metrics);
    } catch (err) {
      if (!(err instanceof BaselineTooLarge)) throw err;
      problems.push(problem(`compare/baseline/${file}`, "warning", `baseline ${err.message}`));
      continue;
    }
    if (!bytes) {
      problems.push(
        problem(
          `compare/baseline/${file}`,
          "warning",
          `the baseline has no ${file}: its metrics count as added`,
        ),
      );
      continue;
    }
    const diagnostics: Diagnostic[] = [];
    let text: string;
    try {
      text = decodeUtf8(bytes, file);
    } catch (err) {
      problems.push(
        problem(`compare/baseline/${file}`, "warning", `the baseline's ${file}: ${(err as Error).message}`),
      );
      continue;
    }
    const metrics = flattenText(text, file, diagnostics);
    if (diagnostics.length)
      problems.push(
        problem(
          `compare/baseline/${file}`,
          "warning",
          `the baseline's ${file} cannot be read: ${diagnostics[0]!.message}`,
        ),
      );
    perFile.push(metrics);
  }
  // Same naming as the head side: a name in two files gets its file as a prefix.
  const seen = new Map<string, number>();
  for (const l of perFile) for (const m of l) seen.set(m.name, (seen.get(m.name) ?? 0) + 1);
  return perFile.flat().map((m) => ((seen.get(m.name) ?? 0) > 1 ? { ...m, name: `${m.file}:${m.name}` } : m));
}

function problem(id: string, severity: Severity, message: string): CheckResult {
  return { id, status: "error", severity, message, diagnostics: [] };
}

/** Read the baseline's predictions from its copy. */
async function basePredictions(
  baseline: BaselineFiles,
  cfg: PredictionsConfig,
): Promise<Predictions | string> {
  const copy = await baselineCopies(baseline, [cfg.path], BASELINE_MAX_BYTES.predictions);
  if (copy.tooLarge.length) return copy.tooLarge[0]!;
  if (!copy.copied.length) return `the baseline has no ${cfg.path}`;
  try {
    return await readPredictions(baseline.workspace, cfg, undefined, true);
  } catch (err) {
    if (err instanceof PredictionsError || err instanceof WorkspaceError)
      return `the baseline's ${cfg.path}: ${err.message}`;
    throw err;
  }
}

/** Paired tests when predictions exist on both sides; problems become warnings. */
async function significance(
  ctx: StageContext,
  cfg: CompareConfig,
  baseline: ResolvedBaseline,
  rules: Record<string, CompareRule>,
  problems: CheckResult[],
  compared: Set<string>,
): Promise<{
  paired: Map<string, PairedResult>;
  head?: Record<string, number>;
  base?: Record<string, number>;
  charts?: Chart[];
}> {
  const sig = cfg.significance as
    | {
        predictions?: string;
        id?: string;
        confidence?: number;
        power?: number;
        resamples?: number;
        seed?: number;
      }
    | undefined;
  const empty = { paired: new Map<string, PairedResult>() };
  if (!sig) return empty;
  const model = ctx.config.model?.predictions as PredictionsConfig | undefined;
  if (!model) {
    problems.push(
      problem(
        "compare/significance",
        "warning",
        "significance needs model.predictions to name the task and columns",
      ),
    );
    return empty;
  }
  const pcfg: PredictionsConfig = {
    ...model,
    ...pairedSource(ctx.config),
    slices: [],
    fairness: [],
    metrics: {},
  };
  let head: Predictions;
  try {
    head = (await sharedHead(ctx, pcfg)) ?? (await readPredictions(ctx.workspace, pcfg, ctx.progress, true));
  } catch (err) {
    if (!(err instanceof PredictionsError) && !(err instanceof WorkspaceError)) throw err;
    problems.push(problem("compare/significance", "warning", `paired tests skipped: ${err.message}`));
    return empty;
  }
  const base = await basePredictions(baseline.files, pcfg);
  if (typeof base === "string") {
    problems.push(problem("compare/significance", "warning", `paired tests skipped: ${base}`));
    return empty;
  }
  const pairs = pairRows(head, base);
  if ("problem" in pairs) {
    problems.push(problem("compare/significance", "warning", `paired tests skipped: ${pairs.problem}`));
    return empty;
  }
  const disagree = labelsAgree(head, base, pairs);
  if (disagree) {
    problems.push(
      problem(
        "compare/significance",
        "warning",
        `paired tests skipped: ${disagree} paired rows have different labels, so the rows are not the same examples${
          pcfg.id ? "" : " (set compare.significance.id to join on an id column)"
        }`,
      ),
    );
    return empty;
  }
  const names = metricNames(head.task).filter((m) => m !== "average_precision");
  // Tests only for metrics the comparison shows: in the metrics files, or named by a rule.
  const wanted = names
    .filter((m) => compared.has(m) || ruleFor(m, rules))
    .map((metric) => {
      const rule = ruleFor(metric, rules)?.rule;
      return { metric, direction: rule?.direction ?? "higher", interval: rule?.require_interval === true };
    });
  const paired = pairedTests(head, base, pairs, wanted, {
    confidence: sig.confidence ?? DEFAULT_CONFIDENCE,
    power: sig.power ?? DEFAULT_POWER,
    resamples: sig.resamples ?? 2000,
    seed: sig.seed ?? 1,
  });
  const numbers = (p: Predictions) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(computeMetrics(p)))
      if ("value" in v && names.includes(k)) out[k] = v.value;
    return out;
  };
  // The baseline's curves join the model section's (charts with the same id are one chart).
  const charts = base.task === "binary" ? binaryCurveCharts(base.columns as BinaryColumns, "base") : [];
  return { paired, head: numbers(head), base: numbers(base), charts };
}

/** What the params files changed, like `dvc params diff`. */
async function paramsDiff(
  ctx: StageContext,
  files: string[],
  baseline: ResolvedBaseline,
): Promise<Table | undefined> {
  if (!files.length) return undefined;
  const head = await readMetricsFiles(ctx.workspace, files);
  const baseList = await baseMetrics(baseline.files, files, []);
  const show = (m: Metric | undefined) =>
    m === undefined
      ? "–"
      : m.value !== null
        ? String(m.value)
        : (m.problem?.replace(/^is /, "").replace(/, not a number$/, "") ?? "");
  const headBy = new Map(head.metrics.map((m) => [m.name, m]));
  const baseBy = new Map(baseList.map((m) => [m.name, m]));
  const rows: string[][] = [];
  for (const name of [...new Set([...baseBy.keys(), ...headBy.keys()])].sort()) {
    const b = show(baseBy.get(name));
    const h = show(headBy.get(name));
    if (b !== h) rows.push([name, b, h]);
  }
  return {
    title: `Params changed (${rows.length})`,
    compact: true,
    columns: ["param", "base", "head"],
    rows,
  };
}

/** The pseudo-file of metrics computed from predictions (no line to point at). */
const PREDICTIONS = "(predictions)";
const fromPredictions = (name: string, value: number): Metric => ({
  name,
  value,
  file: PREDICTIONS,
  range: FILE_START,
});

/** Run the `compare:` block against the baseline the engine resolved (`ctx.baseline`). */
export async function runCompare(ctx: StageContext): Promise<StageResult> {
  const cfg = ctx.config.compare as CompareConfig;
  const rules = (cfg.rules ?? {}) as Record<string, CompareRule>;
  const checks: CheckResult[] = [];
  const tables: Table[] = [];
  const policy = cfg.on_missing_baseline ?? "warn";
  const resolved = ctx.baseline ?? { reason: "no baseline in this run" };
  const title = compareStage.title;
  if (!hasBaseline(resolved)) {
    const compared: CompareOutput = {
      comparisons: [],
      baseline: { source: "none", reason: resolved.reason },
    };
    const message = `no baseline: ${resolved.reason} (on_missing_baseline: ${policy})`;
    const check: CheckResult =
      policy === "pass"
        ? { id: "compare/baseline", status: "skipped", severity: "warning", message, diagnostics: [] }
        : {
            id: "compare/baseline",
            status: "error",
            severity: policy === "fail" ? "error" : "warning",
            message,
            diagnostics: [],
          };
    const section: Section = {
      id: "compare",
      title,
      status: policy === "pass" ? "passed" : policy === "fail" ? "failed" : "warning",
      summary: "no baseline",
      checks: [check],
    };
    return { section, compared };
  }
  const baseline = resolved;
  const out: CompareOutput = { comparisons: [], baseline: baseline.info };
  const problems: CheckResult[] = [];
  const files = asList(cfg.metrics);
  const head = await readMetricsFiles(ctx.workspace, files);
  for (const d of head.diagnostics)
    problems.push({
      ...problem(`compare/metrics-file/${d.file}`, "error", `${d.file}: ${d.message}`),
      diagnostics: [d],
    });
  const base = await baseMetrics(baseline.files, files, problems);
  const sig = await significance(
    ctx,
    cfg,
    baseline,
    rules,
    problems,
    new Set(head.metrics.map((m) => m.name)),
  );
  const headBy = new Map(head.metrics.filter((m) => m.value !== null).map((m) => [m.name, m]));
  const baseBy = new Map(base.filter((m) => m.value !== null).map((m) => [m.name, m]));
  // Metrics computed from predictions on both sides join the comparison when no file has them.
  // (only those a rule names: the predictions give a dozen metrics nobody asked to compare).
  for (const [k, v] of Object.entries(sig.head ?? {}))
    if (!headBy.has(k) && sig.base && k in sig.base && ruleFor(k, rules))
      headBy.set(k, fromPredictions(k, v));
  for (const [k, v] of Object.entries(sig.base ?? {}))
    if (!baseBy.has(k) && headBy.get(k)?.file === PREDICTIONS) baseBy.set(k, fromPredictions(k, v));
  const names = [...new Set([...baseBy.keys(), ...headBy.keys()])].sort();
  let regressed = 0;
  let improved = 0;
  for (const name of names) {
    const h = headBy.get(name);
    const c = compareMetric(
      name,
      baseBy.get(name)?.value ?? null,
      h?.value ?? null,
      rules,
      sig.paired.get(name),
    );
    const { reason, ...comparison } = c;
    out.comparisons.push(comparison);
    if (c.status === "failed" || c.status === "warning") regressed++;
    else if (
      c.delta !== null &&
      c.delta !== 0 &&
      c.direction !== "none" &&
      (c.direction === "higher") === c.delta > 0
    )
      improved++;
    // Only gated metrics become checks: a `direction: none` rule checks nothing, so no "passed".
    const found = ruleFor(name, rules);
    if (!found || c.status === "not gated" || c.base === null || c.head === null) continue;
    const failed = c.status === "failed" || c.status === "warning";
    const arrow = (c.delta ?? 0) > 0 ? "+" : "";
    const delta = `${arrow}${formatMetric(c.delta ?? 0)}${c.deltaPercent != null ? ` (${arrow}${formatMetric(c.deltaPercent)}%)` : ""}`;
    checks.push({
      id: `compare/${name}`,
      status: failed ? "failed" : "passed",
      severity: c.status === "warning" ? "warning" : (c.severity ?? "error"),
      message: `${name}: ${formatMetric(c.base)} → ${formatMetric(c.head)}, ${delta}${reason ? `: ${reason}` : ""}`,
      observed: delta,
      rubric: RUBRIC,
      diagnostics:
        failed && h && h.file !== PREDICTIONS
          ? [
              {
                code: "compare/regression",
                severity: c.status === "warning" ? "warning" : "error",
                message: `${name} ${reason ?? "regressed"}`,
                file: h.file,
                range: h.range,
              },
            ]
          : [],
    });
    const promise = undetectableTolerance(found.rule, comparison, ctx.configFile);
    if (promise) checks.push(promise);
  }
  if (baseline.history.length) out.trend = await trendOf(baseline.history, files, out.comparisons, rules);
  const baseSlices = await baseSliceCharts(baseline, baseSliceIds(ctx.config));
  const params = await paramsDiff(ctx, asList(cfg.params), baseline);
  if (params) tables.push(params);
  checks.push(...problems);
  const where = baseline.info.sha
    ? `${baseline.info.ref}@${baseline.info.sha.slice(0, 7)}`
    : baseline.info.ref;
  checks.unshift({
    id: "compare/baseline",
    status: "passed",
    severity: "warning",
    message: `baseline: ${baseline.info.source} ${where}${baseline.info.reason ? ` (${baseline.info.reason})` : ""}`,
    rubric: RUBRIC,
    diagnostics: [],
  });
  const failing = checks.filter((c) => c.status === "failed" || c.status === "error");
  const status = failing.some((c) => c.severity === "error")
    ? "failed"
    : failing.length
      ? "warning"
      : "passed";
  const summary = `${names.length} metric${names.length === 1 ? "" : "s"}: ${regressed} regressed, ${improved} improved${
    params ? `; ${params.rows.length} param${params.rows.length === 1 ? "" : "s"} changed` : ""
  }`;
  const all = [...(sig.charts ?? []), ...baseSlices];
  const charts = all.length ? { charts: all } : {};
  return { section: { id: "compare", title, status, summary, tables, ...charts, checks }, compared: out };
}

/** Baseline comparison. */
export const compareStage: Stage = { ...stageHead("compare"), run: runCompare };
