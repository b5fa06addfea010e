/** The `model:` block as a stage: thresholds on metrics files, metrics from predictions, slices, fairness, budgets. */

import picomatch from "picomatch";
import { asList } from "../config/as-list.js";
import type { Bounds, ModelConfig } from "../config/types.js";
import { filesFor, isGlob } from "../io/files-for.js";
import { WorkspaceError } from "../io/workspace.js";
import { formatMetric } from "../report/format.js";
import { sectionStatus } from "../report/section-status.js";
import type { CheckResult, Section, Severity, Table } from "../report/types.js";
import { FILE_START } from "../source/source-document.js";
import { hasBlock, type Stage, type StageContext } from "../stages/stage.js";
import type { BinaryColumns, MetricValue } from "./binary-metrics.js";
import { confusion } from "./binary-metrics.js";
import { type Metric, readMetricsFiles } from "./metrics-files.js";
import { confusionMatrix, type MulticlassColumns } from "./multiclass-metrics.js";
import {
  type Predictions,
  type PredictionsConfig,
  PredictionsError,
  pairedSource,
  readPredictions,
  type SliceConfig,
} from "./predictions.js";
import {
  checkMetricName,
  computeMetrics,
  DEFAULT_MIN_SLICE,
  fairnessOf,
  type Gap,
  sliceValues,
} from "./slices.js";

/** ML Test Score items: quality validated before serving; slices; inclusion; NaNs; computing performance. */
const QUALITY = ["infrastructure.4"];
const SLICES = ["model.6"];
const FAIRNESS = ["model.7"];
const FINITE = ["monitoring.5"];
const BUDGET = ["monitoring.6"];

/** Metric names that are computing budgets rather than quality. */
const BUDGET_NAME =
  /latency|throughput|qps|rps|memory|mem_|ram_|_ram|size_mb|inference_time|duration|p9[059]/i;

/** `>= 0.85 and <= 0.99`. */
function expectation(b: Bounds): string {
  return [b.min !== undefined && `>= ${b.min}`, b.max !== undefined && `<= ${b.max}`]
    .filter(Boolean)
    .join(" and ");
}

const within = (v: number, b: { min?: number; max?: number }): boolean =>
  (b.min === undefined || v >= b.min) && (b.max === undefined || v <= b.max);

/** Thresholds against the metrics files. */
function thresholdChecks(
  metrics: Metric[],
  thresholds: Record<string, Bounds>,
  severity: Severity,
  configFile: string,
): CheckResult[] {
  const checks: CheckResult[] = [];
  for (const [pattern, bounds] of Object.entries(thresholds)) {
    const sev = bounds.severity ?? severity;
    const glob = isGlob(pattern);
    const match = glob ? picomatch(pattern, { dot: true }) : (n: string) => n === pattern;
    // `accuracy` also names `reports/a.json:accuracy` when two files both have it.
    const hits = metrics.filter(
      (m) => match(m.name) || match(`${m.file}:${m.name}`) || (!glob && m.name.endsWith(`:${pattern}`)),
    );
    const expected = expectation(bounds);
    const rubric = BUDGET_NAME.test(pattern) ? BUDGET : QUALITY;
    const kind = rubric === BUDGET ? "budget" : "threshold";
    if (!hits.length) {
      checks.push({
        id: `model/${kind}/${pattern}`,
        status: "error",
        severity: sev,
        message: `${pattern}: no metric of that name in the metrics files (${kind} ${expected})`,
        expected,
        diagnostics: [
          {
            code: "model/metric-missing",
            severity: sev,
            message: `the ${kind} on ${pattern} names a metric that no metrics file has`,
            file: configFile,
            range: FILE_START,
            hint: `metric names are flattened with dots; the files have: ${metrics
              .slice(0, 12)
              .map((m) => m.name)
              .join(", ")}${metrics.length > 12 ? ", ..." : ""}`,
          },
        ],
      });
      continue;
    }
    for (const m of hits) {
      const id = `model/${kind}/${m.name}`;
      if (m.value === null) {
        checks.push({
          id,
          status: "error",
          severity: sev,
          message: `${m.name} ${m.problem}: cannot check ${expected}`,
          expected,
          diagnostics: [
            {
              code: "model/metric-not-number",
              severity: sev,
              message: `${m.name} ${m.problem}`,
              file: m.file,
              range: m.range,
            },
          ],
        });
        continue;
      }
      const ok = within(m.value, bounds);
      checks.push({
        id,
        status: ok ? "passed" : "failed",
        severity: sev,
        message: ok
          ? `${m.name} = ${formatMetric(m.value)}`
          : `${m.name} = ${formatMetric(m.value)}, expected ${expected}`,
        observed: formatMetric(m.value),
        expected,
        rubric,
        diagnostics: ok
          ? []
          : [
              {
                code: `model/${kind}`,
                severity: sev,
                message: `${m.name} is ${formatMetric(m.value)}, expected ${expected}`,
                file: m.file,
                range: m.range,
              },
            ],
      });
    }
  }
  return checks;
}

/** One check of a computed metric against its bounds. */
function computedCheck(
  name: string,
  v: MetricValue | undefined,
  b: Bounds,
  severity: Severity,
  file: string,
): CheckResult {
  const sev = b.severity ?? severity;
  const expected = expectation(b);
  const id = `model/predictions/${name}`;
  if (!v || "undefined" in v)
    return {
      id,
      status: "error",
      severity: sev,
      message: `${name} cannot be computed from ${file}: ${v ? v.undefined : "unknown metric"}`,
      expected,
      diagnostics: [],
    };
  const ok = within(v.value, b);
  return {
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
  };
}

const show = (v: MetricValue | undefined): string =>
  !v ? "" : "value" in v ? formatMetric(v.value) : `n/a (${v.undefined})`;

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

/** Checks and tables from a predictions file. */
async function predictionChecks(
  cfg: PredictionsConfig,
  severity: Severity,
  ctx: StageContext,
): Promise<{ checks: CheckResult[]; tables: Table[]; summary: string; metrics?: Record<string, number> }> {
  const checks: CheckResult[] = [];
  const tables: Table[] = [];
  // Names are checked before the file is read: a typo is a config error, found fast.
  const badNames = [...Object.keys(cfg.metrics ?? {}), ...(cfg.slices ?? []).map((s) => s.metric)]
    .map((n) => checkMetricName(cfg.task, n))
    .filter((x): x is string => x !== undefined);
  if (cfg.fairness?.length && cfg.task !== "binary") badNames.push("fairness measures need a binary model");
  if (badNames.length) {
    return {
      checks: badNames.map((message, i) => ({
        id: `model/predictions/config/${i}`,
        status: "error",
        severity: "error",
        message,
        diagnostics: [
          {
            code: "model/unknown-metric",
            severity: "error",
            message,
            file: ctx.configFile,
            range: FILE_START,
          },
        ],
      })),
      tables,
      summary: "predictions not read (configuration errors)",
    };
  }
  let p: Predictions;
  try {
    p = await readModelPredictions(ctx, cfg);
  } catch (err) {
    if (!(err instanceof PredictionsError) && !(err instanceof WorkspaceError)) throw err;
    const file = err instanceof PredictionsError && err.file ? err.file : cfg.path;
    const line = err instanceof PredictionsError ? err.line : undefined;
    const at = { line: (line ?? 1) - 1, column: 0 };
    return {
      checks: [
        {
          id: "model/predictions/read",
          status: "error",
          severity,
          message: `predictions: ${err.message}`,
          diagnostics: [
            {
              code: "model/predictions",
              severity,
              message: err.message,
              file,
              range: line ? { start: at, end: at } : FILE_START,
            },
          ],
        },
      ],
      tables,
      summary: "predictions could not be read",
    };
  }
  if (p.missingColumns.length) {
    checks.push({
      id: "model/predictions/columns",
      status: "error",
      severity,
      message: `${cfg.path} has no column ${p.missingColumns.join(", ")}`,
      diagnostics: [
        {
          code: "model/predictions-column",
          severity,
          message: `the predictions file has no column ${p.missingColumns.join(", ")}`,
          file: cfg.path,
          range: FILE_START,
          hint: "check `label`, `prediction`, `score(s)` and slice columns in mlgate.yml against the file's header",
        },
      ],
    });
    return { checks, tables, summary: `${p.rows} predictions, columns missing` };
  }
  if (p.skipped.count) {
    checks.push({
      id: "model/predictions/rows",
      status: "failed",
      severity,
      message: `${p.skipped.count} of ${p.rows} prediction rows cannot be used and were left out`,
      observed: `${p.skipped.count} rows`,
      expected: "every row usable",
      diagnostics: p.skipped.examples.map((e) => {
        const at = { line: e.line - 1, column: 0 };
        return {
          code: "model/predictions-row",
          severity,
          message: `row ${e.row}: ${e.value}`,
          file: e.file,
          range: { start: at, end: at },
        };
      }),
    });
  }
  const all = computeMetrics(p);
  for (const [name, b] of Object.entries(cfg.metrics ?? {}))
    checks.push(computedCheck(name, all[name], b, severity, cfg.path));
  tables.push({
    title: `Metrics from ${cfg.path} (${p.columns.n} rows, ${cfg.task})`,
    columns: ["metric", "value"],
    rows: Object.entries(all).map(([k, v]) => [k, show(v)]),
  });
  tables.push(confusionTable(p));
  const sliceMetrics: Record<string, number> = {};
  for (const s of cfg.slices ?? []) {
    const r = sliceCheck(p, s, severity);
    checks.push(r.check);
    tables.push(r.table);
    for (const [k, v] of Object.entries(r.values)) sliceMetrics[k] = v;
  }
  for (const f of cfg.fairness ?? []) {
    const r = fairnessChecks(p, f, severity);
    checks.push(...r.checks);
    tables.push(r.table);
  }
  const metrics: Record<string, number> = {};
  for (const [k, v] of Object.entries(all)) if ("value" in v) metrics[k] = v.value;
  Object.assign(metrics, sliceMetrics);
  return { checks, tables, metrics, summary: `${p.columns.n} predictions (${cfg.task})` };
}

/** The confusion matrix as a table: rows true class, columns predicted. */
function confusionTable(p: Predictions): Table {
  if (p.task === "binary") {
    const m = confusion(p.columns as BinaryColumns);
    return {
      title: "Confusion matrix (rows: true class, columns: predicted)",
      compact: true,
      columns: ["", "predicted 0", "predicted 1"],
      rows: [
        ["true 0", String(m.tn), String(m.fp)],
        ["true 1", String(m.fn), String(m.tp)],
      ],
    };
  }
  if (p.task === "multiclass") {
    const c = p.columns as MulticlassColumns;
    const m = confusionMatrix(c);
    return {
      title: "Confusion matrix (rows: true class, columns: predicted)",
      compact: true,
      columns: ["", ...c.classes],
      rows: m.map((row, i) => [c.classes[i]!, ...row.map(String)]),
    };
  }
  return { title: "Residuals", columns: ["rows"], rows: [[String(p.columns.n)]] };
}

/** The check of one `slices:` entry, and its table (failing slices first). */
function sliceCheck(
  p: Predictions,
  s: SliceConfig,
  severity: Severity,
): { check: CheckResult; table: Table; values: Record<string, number> } {
  const sev = s.severity ?? severity;
  const minSize = s.min_size ?? DEFAULT_MIN_SLICE;
  const values = sliceValues(p, s.by, s.metric, minSize);
  const judged = values.filter((v) => !v.insufficient && "value" in v.metric) as ((typeof values)[number] & {
    metric: { value: number };
  })[];
  const failing = new Set(judged.filter((v) => !within(v.metric.value, s)).map((v) => v.group));
  const gap =
    judged.length >= 2
      ? judged.reduce(
          (g, v) => ({
            hi: v.metric.value > g.hi.metric.value ? v : g.hi,
            lo: v.metric.value < g.lo.metric.value ? v : g.lo,
          }),
          { hi: judged[0]!, lo: judged[0]! },
        )
      : undefined;
  const gapValue = gap ? gap.hi.metric.value - gap.lo.metric.value : undefined;
  const gapFails = s.max_gap !== undefined && gapValue !== undefined && gapValue > s.max_gap;
  const insufficient = values.filter((v) => v.insufficient);
  const undefinedOnes = values.filter((v) => !v.insufficient && !("value" in v.metric));
  const expectedParts = [
    expectation(s) && `every slice ${expectation(s)}`,
    s.max_gap !== undefined && `gap <= ${s.max_gap}`,
  ].filter(Boolean);
  const expected = expectedParts.join(", ");
  const problems: string[] = [];
  if (failing.size)
    problems.push(
      `${[...failing].map((g) => `${s.by}=${g} (${formatMetric(judged.find((v) => v.group === g)!.metric.value)})`).join(", ")} outside ${expectation(s)}`,
    );
  if (gapFails && gap)
    problems.push(
      `gap ${formatMetric(gapValue!)} between ${s.by}=${gap.hi.group} and ${s.by}=${gap.lo.group} exceeds ${s.max_gap}`,
    );
  const notes: string[] = [];
  if (insufficient.length)
    notes.push(
      `${insufficient.length} slice${insufficient.length === 1 ? "" : "s"} with insufficient data (< ${minSize} rows): ${insufficient.map((v) => v.group).join(", ")}`,
    );
  if (undefinedOnes.length)
    notes.push(
      `undefined on ${undefinedOnes.map((v) => `${v.group} (${(v.metric as { undefined: string }).undefined})`).join(", ")}`,
    );
  const failed = problems.length > 0;
  const noJudged = judged.length === 0;
  const check: CheckResult = {
    id: `model/slice/${s.by}/${s.metric}`,
    status: failed ? "failed" : noJudged ? "error" : "passed",
    severity: sev,
    message: `${s.metric} by ${s.by}: ${
      failed
        ? problems.join("; ")
        : noJudged
          ? "no slice has enough data to judge"
          : `${judged.length} slice${judged.length === 1 ? "" : "s"} within ${expected || "bounds"}`
    }${notes.length ? `; ${notes.join("; ")}` : ""}`,
    observed: gapValue !== undefined ? `gap ${formatMetric(gapValue)}` : undefined,
    expected: expected || undefined,
    rubric: SLICES,
    diagnostics: [],
  };
  const order = (v: (typeof values)[number]) => (failing.has(v.group) ? 0 : v.insufficient ? 2 : 1);
  const table: Table = {
    title: `${s.metric} by ${s.by}`,
    compact: true,
    columns: [s.by, "rows", s.metric, "status"],
    rows: [...values]
      .sort((a, b) => order(a) - order(b))
      .map((v) => [
        v.group,
        String(v.rows),
        "value" in v.metric ? formatMetric(v.metric.value) : "n/a",
        failing.has(v.group)
          ? "failed"
          : v.insufficient
            ? "insufficient data"
            : "value" in v.metric
              ? "ok"
              : v.metric.undefined,
      ]),
  };
  // Full-precision values, named `<metric>[<by>=<group>]`, for the JSON report and the comparison.
  const sliceValuesByName: Record<string, number> = {};
  for (const v of judged) sliceValuesByName[`${s.metric}[${s.by}=${v.group}]`] = v.metric.value;
  return { check, table, values: sliceValuesByName };
}

/** Checks of one `fairness:` entry, and the per-group table. */
function fairnessChecks(
  p: Predictions,
  f: NonNullable<PredictionsConfig["fairness"]>[number],
  severity: Severity,
): { checks: CheckResult[]; table: Table } {
  const sev = f.severity ?? severity;
  const r = fairnessOf(p.columns as BinaryColumns, p.groups.get(f.by)!);
  const checks: CheckResult[] = [];
  const measures: [string, number | undefined, Gap | undefined, string][] = [
    ["demographic_parity_difference", f.demographic_parity_difference, r.dpd, "selection rate"],
    ["equal_opportunity_difference", f.equal_opportunity_difference, r.eod, "true-positive rate"],
    ["equalized_odds_difference", f.equalized_odds_difference, r.eqOdds, "TPR or FPR"],
  ];
  for (const [name, limit, g, what] of measures) {
    if (limit === undefined) continue;
    const id = `model/fairness/${f.by}/${name}`;
    if (!g) {
      checks.push({
        id,
        status: "error",
        severity: sev,
        message: `${name} over ${f.by}: fewer than two groups with a defined ${what}`,
        expected: `<= ${limit}`,
        diagnostics: [],
      });
      continue;
    }
    const ok = g.value <= limit;
    checks.push({
      id,
      status: ok ? "passed" : "failed",
      severity: sev,
      message: `${name} over ${f.by} = ${formatMetric(g.value)} (${what}: ${f.by}=${g.high} vs ${f.by}=${g.low})${ok ? "" : `, expected <= ${limit}`}`,
      observed: formatMetric(g.value),
      expected: `<= ${limit}`,
      rubric: FAIRNESS,
      diagnostics: [],
    });
  }
  const opt = (v: number | undefined) => (v === undefined ? "n/a" : formatMetric(v));
  return {
    checks,
    table: {
      title: `Fairness over ${f.by}`,
      compact: true,
      columns: [f.by, "rows", "selection rate", "TPR", "FPR"],
      rows: r.groups.map((g) => [
        g.group,
        String(g.rows),
        formatMetric(g.selectionRate),
        opt(g.tpr),
        opt(g.fpr),
      ]),
    },
  };
}

/** The artifact size budget. */
async function artifactCheck(
  a: NonNullable<ModelConfig["artifact"]>,
  severity: Severity,
  ctx: StageContext,
): Promise<CheckResult> {
  const sev = a.severity ?? severity;
  const id = "model/budget/artifact";
  const files = await filesFor(ctx.workspace, a.path);
  const present: string[] = [];
  for (const f of files) if (await ctx.workspace.exists(f)) present.push(f);
  if (!present.length)
    return {
      id,
      status: "error",
      severity: sev,
      message: `model artifact ${a.path} does not exist`,
      diagnostics: [],
    };
  let bytes = 0;
  for (const f of present) bytes += await ctx.workspace.size(f);
  const mb = bytes / 1e6;
  const ok = a.max_size_mb === undefined || mb <= a.max_size_mb;
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: `model artifact ${a.path}: ${formatMetric(mb)} MB${a.max_size_mb === undefined ? "" : ok ? ` (budget ${a.max_size_mb} MB)` : `, over the ${a.max_size_mb} MB budget`}`,
    observed: `${formatMetric(mb)} MB`,
    expected: a.max_size_mb === undefined ? undefined : `<= ${a.max_size_mb} MB`,
    rubric: BUDGET,
    diagnostics: [],
  };
}

/** Run the `model:` block. */
export async function runModel(ctx: StageContext): Promise<Section> {
  const cfg = ctx.config.model as ModelConfig;
  const severity = cfg.severity ?? "error";
  const checks: CheckResult[] = [];
  const tables: Table[] = [];
  const summary: string[] = [];
  let metrics: Record<string, number> | undefined;
  const files = asList(cfg.metrics);
  if (files.length) {
    const read = await readMetricsFiles(ctx.workspace, files);
    for (const d of read.diagnostics)
      checks.push({
        id: `model/metrics-file/${d.file}`,
        status: "error",
        severity,
        message: `${d.file}: ${d.message}`,
        diagnostics: [{ ...d, severity }],
      });
    if (cfg.thresholds)
      checks.push(...thresholdChecks(read.metrics, cfg.thresholds, severity, ctx.configFile));
    const bad = read.metrics.filter((m) => m.problem && /^is (-?Infinity|NaN)$/.test(m.problem));
    if (read.files.length)
      checks.push({
        id: "model/metrics/finite",
        status: bad.length ? "failed" : "passed",
        severity,
        message: bad.length
          ? `${bad.length} metric${bad.length === 1 ? " is" : "s are"} NaN or infinite: ${bad.map((m) => m.name).join(", ")}`
          : `every metric in ${read.files.join(", ")} is finite`,
        rubric: FINITE,
        diagnostics: bad.map((m) => ({
          code: "model/metric-not-finite",
          severity,
          message: `${m.name} ${m.problem}`,
          file: m.file,
          range: m.range,
        })),
      });
    tables.push({
      title: "Metrics files",
      columns: ["metric", "value", "file"],
      rows: read.metrics.map((m) => [
        m.name,
        m.value === null ? (m.problem ?? "") : formatMetric(m.value),
        m.file,
      ]),
    });
    summary.push(
      `${read.metrics.length} metrics from ${read.files.length} file${read.files.length === 1 ? "" : "s"}`,
    );
  }
  if (cfg.predictions) {
    const r = await predictionChecks(cfg.predictions as unknown as PredictionsConfig, severity, ctx);
    metrics = r.metrics;
    checks.push(...r.checks);
    tables.push(...r.tables);
    summary.push(r.summary);
  }
  if (cfg.artifact) checks.push(await artifactCheck(cfg.artifact, severity, ctx));
  return {
    id: "model",
    title: modelStage.title,
    status: sectionStatus(checks),
    summary: summary.join(", "),
    ...(metrics ? { metrics } : {}),
    tables,
    checks,
  };
}

/** Model. */
export const modelStage: Stage = {
  id: "model",
  title: "Model",
  key: "model",
  configured: (config) => hasBlock(config, "model"),
  run: runModel,
};
