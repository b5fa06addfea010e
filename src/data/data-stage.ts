/**
 * The `data:` block as a stage: the runner. For each dataset it lists the files, makes the
 * column kernels and the dataset checks its options ask for (src/data/checks/), reads each file
 * once through the scan strategy that fits it (src/data/scan/), and collects every check's
 * verdict in report order. What a check measures and says lives in its definition, not here.
 */

import { BASELINE_MAX_BYTES, baselineCopies, hasBaseline } from "../baseline/resolved-baseline.js";
import { Violations } from "../checks/violations.js";
import { asList } from "../config/as-list.js";
import { SILENT } from "../io/progress.js";
import { type Workspace, WorkspaceError } from "../io/workspace.js";
import { CsvError } from "../readers/csv-parser.js";
import type { MakeSpillDir } from "../readers/hash-set.js";
import { defaultDelimiter } from "../readers/read-delimited.js";
import { readerFor, readParquetRows } from "../readers/reader-for.js";
import { formatCount } from "../report/format.js";
import { sectionStatus } from "../report/section-status.js";
import type { Chart, CheckResult, ColumnSummary, Section, Severity, Table } from "../report/types.js";
import { type Stage, type StageContext, stageHead } from "../stages/stage.js";
import { VERSION } from "../version.js";
import { diagnostic, SCHEMA_RUBRIC } from "./checks/column-check.js";
import { type DatasetConfig, failed, type RowSink } from "./checks/dataset-check.js";
import { type DriftPlan, prepareDrift } from "./checks/drift.js";
import { DATASET_CHECKS } from "./checks/index.js";
import type { UniqueSink } from "./checks/unique.js";
import type { KeySink } from "./checks/unique-keys.js";
import { ColumnKernel } from "./column-kernel.js";
import { driftCharts } from "./drift-chart.js";
import { scanCsvOnePass } from "./scan/csv-one-pass.js";
import { dataThreads, MIN_PARALLEL_BYTES, parallelAvailable, scanCsvParallel } from "./scan/csv-parallel.js";
import { scanParquet } from "./scan/parquet-chunks.js";
import { parquetThreads, scanParquetParallel } from "./scan/parquet-parallel.js";
import { emptyPlan, type ScanPlan } from "./scan/plan.js";
import { scanRecords } from "./scan/records.js";
import { verifyUnique } from "./scan/verify-unique.js";
import { checkSplits } from "./splits/check-splits.js";
import { fetchRows } from "./splits/fetch-rows.js";
import { type SplitsConfig, sqlSplits } from "./splits/splits-options.js";
import { checkSqlDataset } from "./sql/check-sql-dataset.js";
import { checkSqlSplits } from "./sql/splits-sql.js";

/** What the runner keeps for one dataset while it reads its files. */
interface DatasetRun {
  ds: DatasetConfig;
  base: string;
  severity: Severity;
  checks: CheckResult[];
  kernels: Map<string, ColumnKernel>;
  drift: DriftPlan | undefined;
  /** Row sinks per dataset check (same order as DATASET_CHECKS), and all of them in that order. */
  sinksByCheck: RowSink[][];
  allSinks: RowSink[];
  header: string[] | undefined;
  headerFile: string;
  rows: number;
  ragged: Violations;
  missingColumns: Set<string>;
  /** Makes a folder in the run's temp space for hashes spilled to disk (the OS temp folder without one). */
  spillDir?: MakeSpillDir;
  /** What each dataset check's `prepare` read before the scan (same order as DATASET_CHECKS). */
  prepared: unknown[];
}

/** A failed check of the dataset (the check ran and failed, or could not run: `error`). */
function fail(run: DatasetRun, id: string, message: string, sev: Severity = run.severity): CheckResult {
  return failed(id, message, sev, SCHEMA_RUBRIC);
}
function error(run: DatasetRun, id: string, message: string, sev: Severity = run.severity): CheckResult {
  return { ...fail(run, id, message, sev), status: "error" };
}

/** Options this build reads but does not evaluate (a column `format` other than iso8601) and unreadable files. */
function notEvaluated(run: DatasetRun, unsupported: string[]): void {
  const notYet = [
    ...Object.entries(run.ds.columns ?? {})
      .filter(([, c]) => c.format !== undefined && c.format !== "iso8601")
      .map(([col]) => `${col}.format`),
    ...(unsupported.length
      ? [`reading ${unsupported.join(", ")} (CSV, TSV, JSON, JSON Lines and Parquet so far)`]
      : []),
  ];
  // Configured but not evaluated: reported as a warning that never counts as passed.
  if (notYet.length)
    run.checks.push({
      id: `${run.base}/not-evaluated`,
      status: "error",
      severity: "warning",
      message: `${run.ds.name}: mlgate ${VERSION} does not evaluate ${notYet.join(", ")} yet`,
      diagnostics: [],
    });
}

/** One kernel per configured column; a column whose options cannot be used is an error instead. */
function makeKernels(run: DatasetRun): void {
  for (const [name, config] of Object.entries(run.ds.columns ?? {})) {
    try {
      run.kernels.set(name, new ColumnKernel(config, undefined, run.spillDir));
    } catch (err) {
      run.checks.push(
        error(
          run,
          `${run.base}/${name}/regex`,
          `${run.ds.name}: column ${name} has an invalid regex: ${(err as Error).message}`,
        ),
      );
    }
  }
}

/** Drift: the reference read first (a file, or the baseline's copy of the same files). */
async function prepareDatasetDrift(run: DatasetRun, files: string[], ctx: StageContext): Promise<void> {
  const drift = run.ds.drift;
  if (!drift) return;
  let refWorkspace: Workspace = ctx.workspace;
  let refFiles: string[] = [];
  const { base, ds } = run;
  if (typeof drift.reference !== "string") {
    const message = `${ds.name}: a drift reference { table } or { query } needs a dataset with a SQL source`;
    run.checks.push(error(run, `${base}/drift`, message));
  } else if (drift.reference === "baseline") {
    // The same files as the baseline has them, copied out before the stages ran (the engine).
    const baseline = ctx.baseline ?? { reason: "no baseline in this run" };
    if (!hasBaseline(baseline)) {
      run.checks.push(
        error(
          run,
          `${base}/drift`,
          `${ds.name}: no drift check: no baseline (${baseline.reason})`,
          drift.severity ?? "warning",
        ),
      );
    } else {
      const copy = await baselineCopies(baseline.files, files, BASELINE_MAX_BYTES.data);
      for (const message of copy.tooLarge)
        run.checks.push(error(run, `${base}/drift`, `${ds.name}: baseline ${message}`, "warning"));
      refFiles = copy.copied;
      refWorkspace = baseline.files.workspace;
      if (!refFiles.length)
        run.checks.push(
          error(
            run,
            `${base}/drift`,
            `${ds.name}: the baseline has none of ${files.join(", ")}, so there is nothing to compare against`,
            drift.severity ?? "warning",
          ),
        );
    }
  } else {
    refFiles = (await ctx.workspace.glob([drift.reference])).sort();
    if (!refFiles.length)
      run.checks.push(
        error(run, `${base}/drift`, `${ds.name}: the drift reference ${drift.reference} does not exist`),
      );
  }
  run.drift = await prepareDrift(
    base,
    ds.name,
    run.severity,
    drift,
    refWorkspace,
    refFiles,
    ctx.tuning?.fastPath !== false,
    run.checks,
  );
}

/** Place every check on a file's header: the plan its scan feeds. */
function planFor(run: DatasetRun, file: string, fields: string[], line: number): ScanPlan {
  if (run.header && fields.join("\0") !== run.header.join("\0")) {
    run.checks.push({
      ...fail(run, `${run.base}/header/${file}`, `${file}: its header differs from ${run.headerFile}'s`),
      diagnostics: [diagnostic("data/header", run.severity, `header is ${fields.join(",")}`, { file, line })],
    });
  }
  if (!run.header) {
    run.header = fields;
    run.headerFile = file;
  }
  // Where each name first is: a search of the header for a few names, one Map for many (a search
  // per column of a wide file was O(columns²); a Map of a million names costs 50 MB for one).
  const lookups = (run.drift?.columns.size ?? 0) + run.kernels.size + run.allSinks.length;
  let where: Map<string, number> | undefined;
  if (lookups > 16) {
    where = new Map();
    for (let i = 0; i < fields.length; i++) if (!where.has(fields[i]!)) where.set(fields[i]!, i);
  }
  const indexOf = (name: string) => (where ? (where.get(name) ?? -1) : fields.indexOf(name));
  for (const s of run.allSinks) {
    s.place?.(fields);
    s.at = s.cols.map(indexOf);
  }
  const plan = emptyPlan(file);
  plan.width = fields.length;
  plan.ragged = run.ragged;
  for (const [name, d] of run.drift?.columns ?? []) {
    d.at = indexOf(name);
    if (d.at >= 0) plan.drift.push({ at: d.at, sample: d.current });
  }
  plan.rows = run.allSinks.filter((s) => !s.at.includes(-1));
  for (const [name, kernel] of run.kernels) {
    const at = indexOf(name);
    if (at === -1) run.missingColumns.add(name);
    else plan.columns.push({ at, kernel });
  }
  return plan;
}

/** Read one file through the strategy that fits it, into the dataset's checks. */
async function scanFile(run: DatasetRun, file: string, ctx: StageContext): Promise<void> {
  const { ds } = run;
  let progress = SILENT.start("", 0);
  const onHeader = (fields: string[], line: number) => planFor(run, file, fields, line);
  /** The columns any check reads (readers that can, Parquet, decode only these). */
  const wanted = new Set([
    ...run.kernels.keys(),
    ...(run.drift?.columns.keys() ?? []),
    ...run.allSinks.flatMap((s) => s.cols),
  ]);
  // A sink whose columns come from the header (labels' features): every column is read.
  const wantsAll = run.allSinks.some((s) => s.wantsHeader);
  try {
    const size = await ctx.workspace.size(file);
    progress = (ctx.progress ?? SILENT).start(file, size);
    const bytePath = ctx.tuning?.fastPath !== false;
    const csv =
      /\.(csv|tsv)(\.gz)?$/i.test(file) && (!ds.format || ds.format === "csv" || ds.format === "tsv");
    const threads = dataThreads(ctx.tuning?.threads);
    if (
      csv &&
      bytePath &&
      !/\.gz$/i.test(file) &&
      threads > 1 &&
      size >= MIN_PARALLEL_BYTES &&
      parallelAvailable()
    ) {
      // A large file: byte ranges scanned on several threads, merged in file order. Any
      // problem in a part (a split inside a quoted field, bad data) falls back to one pass.
      const rows = await scanCsvParallel(
        ctx.workspace.resolve(file),
        file,
        ds.delimiter ?? defaultDelimiter(file),
        threads,
        ds,
        onHeader,
        run.allSinks,
        progress,
        ctx.progress?.note,
        ctx.temp?.makeDir("parts-"),
      );
      if (rows !== undefined) {
        run.rows += rows;
        return;
      }
    }
    if (csv && bytePath)
      run.rows += await scanCsvOnePass(ctx.workspace, file, ds.delimiter, onHeader, progress);
    else if (readerFor(file, ds.format) === readParquetRows && bytePath && !wantsAll) {
      const rowWise = (run.drift?.columns.size ?? 0) > 0 || run.allSinks.length > 0;
      // A large file: runs of row groups decoded on several threads, merged in file order.
      const rows =
        parquetThreads(ctx.tuning?.threads) > 1 && parallelAvailable()
          ? await scanParquetParallel(
              ctx.workspace,
              file,
              ds,
              onHeader,
              run.kernels,
              run.allSinks,
              wanted,
              rowWise,
              progress,
              ctx.progress?.note,
              ctx.temp?.makeDir("parts-"),
            )
          : undefined;
      run.rows +=
        rows ?? (await scanParquet(ctx.workspace, file, onHeader, run.kernels, wanted, rowWise, progress));
    } else
      run.rows += await scanRecords(
        ctx.workspace,
        file,
        ds.format,
        ds.delimiter,
        onHeader,
        wantsAll ? undefined : wanted,
        progress,
      );
  } catch (err) {
    if (err instanceof CsvError)
      run.checks.push({
        ...error(run, `${run.base}/read/${file}`, `${file}: ${err.message}`),
        diagnostics: [diagnostic("data/parse", run.severity, err.message, { file, line: err.line })],
      });
    else if (err instanceof WorkspaceError)
      run.checks.push(error(run, `${run.base}/read/${file}`, err.message));
    else throw err;
  } finally {
    progress.end();
  }
}

/** Every verdict, in report order: the table's shape, the dataset checks, then each column's. */
function verdicts(run: DatasetRun, readable: string[], commit: number | undefined): void {
  const { ds, base, severity, header, rows } = run;
  if (header === undefined && readable.length)
    run.checks.push(fail(run, `${base}/empty`, `${ds.name}: the files are empty (no header row)`));
  if (run.ragged.count)
    run.checks.push({
      ...fail(
        run,
        `${base}/shape`,
        `${ds.name}: ${run.ragged.count} rows do not have ${header?.length} fields`,
      ),
      diagnostics: run.ragged.examples.map((e) =>
        diagnostic(
          "data/ragged-row",
          severity,
          `row ${e.row} has ${e.value}, the header has ${header?.length}`,
          e,
        ),
      ),
    });
  DATASET_CHECKS.forEach((check, i) => {
    if (!check.configured(ds)) return;
    const sinks = run.sinksByCheck[i]!;
    check.finish?.(sinks);
    run.checks.push(
      ...check.verdict({
        base,
        ds,
        severity,
        rows,
        header,
        sinks,
        drift: run.drift,
        checked: new Set(run.kernels.keys()),
        prepared: run.prepared[i],
        ...(commit !== undefined ? { commitTime: commit } : {}),
      }),
    );
  });
  for (const [name, kernel] of run.kernels) {
    const id = `${base}/${name}`;
    if (run.missingColumns.has(name)) {
      run.checks.push(
        fail(
          run,
          `${id}/present`,
          `${ds.name}: column ${name} is missing from ${run.headerFile || "the files"}`,
        ),
      );
      continue;
    }
    kernel.checks.forEach((check, i) => {
      run.checks.push(
        check.verdict({
          id,
          column: name,
          config: kernel.config,
          severity: kernel.config.severity ?? severity,
          profile: kernel,
          sink: kernel.sinks[i]!,
          ...(commit !== undefined ? { commitTime: commit } : {}),
        }),
      );
    });
  }
}

/** `12`, `0.123457`: profile numbers. */
const fmt = (n: number | undefined) =>
  n === undefined ? "" : Number.isInteger(n) ? String(n) : n.toPrecision(6).replace(/\.?0+$/, "");

/** The per-column profile table. */
function profileTable(run: DatasetRun): Table {
  return {
    title: `${run.ds.name} profile (${run.rows} rows)`,
    columns: ["column", "values", "missing", "min", "max", "mean", "distinct"],
    rows: [...run.kernels].map(([name, k]) => {
      const distinct = k.sinkOf<UniqueSink>("unique")?.tracker.distinct;
      return [
        name,
        String(k.rows - k.missing),
        String(k.missing),
        fmt(k.min),
        fmt(k.max),
        k.numeric ? fmt(k.sum / k.numeric) : "",
        distinct === undefined ? "" : String(distinct),
      ];
    }),
  };
}

/** Each column's profile with its histogram and its most frequent values (columns found in the files). */
function columnSummaries(run: DatasetRun): ColumnSummary[] {
  return [...run.kernels]
    .filter(([name]) => !run.missingColumns.has(name))
    .map(([column, k]) => {
      const histogram = k.histogram.bins();
      const top = k.top.summary();
      return {
        dataset: run.ds.name,
        column,
        rows: k.rows,
        missing: k.missing,
        numeric: k.numeric,
        // The mean to 10 digits: the sum's last digits depend on how the file was split over threads.
        ...(k.min !== undefined
          ? { min: k.min, max: k.max as number, mean: Number((k.sum / k.numeric).toPrecision(10)) }
          : {}),
        ...(histogram ? { histogram } : {}),
        ...(top ? { top } : {}),
      };
    });
}

/** What one dataset gave the section. */
interface DatasetOutcome {
  checks: CheckResult[];
  rows: number;
  tables?: Table[];
  charts?: Chart[];
  profiles?: ColumnSummary[];
}

/** Check one dataset: read its files, feed the checks, collect their verdicts. */
async function checkDataset(ds: DatasetConfig, ctx: StageContext): Promise<DatasetOutcome> {
  // Data where it lives: the checks run as SQL in its engine.
  if (ds.source !== undefined) return checkSqlDataset(ds, ctx);
  // A train/test pair: the two files against each other.
  if (ds.splits !== undefined)
    return sqlSplits(ds.splits as SplitsConfig) ? checkSqlSplits(ds, ctx) : checkSplits(ds, ctx);
  const temp = ctx.temp;
  const spillDir = temp ? () => temp.makeDir("unique-") : undefined;
  const sinksByCheck = DATASET_CHECKS.map((c) =>
    c.configured(ds) && c.rowSinks ? c.rowSinks(ds, spillDir) : [],
  );
  const run: DatasetRun = {
    ds,
    base: `data/${ds.name}`,
    severity: ds.severity ?? "error",
    checks: [],
    kernels: new Map(),
    drift: undefined,
    sinksByCheck,
    allSinks: sinksByCheck.flat(),
    header: undefined,
    headerFile: "",
    rows: 0,
    ragged: new Violations(),
    missingColumns: new Set(),
    spillDir,
    prepared: [],
  };
  const files = (await ctx.workspace.glob(asList(ds.path))).sort();
  if (!files.length)
    return {
      checks: [error(run, `${run.base}/files`, `${ds.name}: no file matches ${asList(ds.path).join(", ")}`)],
      rows: 0,
    };
  const unsupported = files.filter((f) => !readerFor(f, ds.format));
  const readable = files.filter((f) => !unsupported.includes(f));
  notEvaluated(run, unsupported);
  makeKernels(run);
  await prepareDatasetDrift(run, files, ctx);
  run.prepared = await Promise.all(
    DATASET_CHECKS.map((c) => (c.configured(ds) ? c.prepare?.(ds, ctx.workspace, spillDir) : undefined)),
  );
  for (const file of readable) await scanFile(run, file, ctx);
  const uniques = new Map<string, UniqueSink>();
  for (const [name, k] of run.kernels) {
    const u = k.sinkOf<UniqueSink>("unique");
    if (u) uniques.set(name, u);
  }
  const keys = run.sinksByCheck[DATASET_CHECKS.findIndex((c) => c.id === "unique")] as KeySink[];
  await verifyUnique(ctx.workspace, readable, ds.format, ds.delimiter, uniques, keys);
  for (const [i, check] of DATASET_CHECKS.entries())
    if (check.configured(ds) && check.secondPass)
      await check.secondPass(
        run.sinksByCheck[i]!,
        (file, rows) => fetchRows(ctx.workspace, file, ds.format, ds.delimiter, rows),
        run.prepared[i],
      );
  for (const k of run.kernels.values()) k.finish();
  // `since: commit` measures against the commit being checked (its time resolved before the stages).
  verdicts(run, readable, ctx.commitTime);
  const tables = run.kernels.size ? [profileTable(run)] : [];
  return {
    checks: run.checks,
    rows: run.rows,
    tables,
    charts: driftCharts(ds.name, run.drift),
    profiles: columnSummaries(run),
  };
}

/** Run every dataset of the block. */
export async function runData(ctx: StageContext): Promise<Section> {
  const checks: CheckResult[] = [];
  const tables: Table[] = [];
  const charts: Chart[] = [];
  const profiles: ColumnSummary[] = [];
  let rows = 0;
  const datasets = (ctx.config.data ?? []) as DatasetConfig[];
  for (const ds of datasets) {
    const r = await checkDataset(ds, ctx);
    checks.push(...r.checks);
    tables.push(...(r.tables ?? []));
    charts.push(...(r.charts ?? []));
    profiles.push(...(r.profiles ?? []));
    rows += r.rows;
  }
  const summary = `${datasets.length} dataset${datasets.length === 1 ? "" : "s"}, ${formatCount(rows)} rows`;
  const status = sectionStatus(checks);
  return {
    id: "data",
    title: dataStage.title,
    status,
    summary,
    tables,
    ...(charts.length ? { charts } : {}),
    ...(profiles.length ? { profiles } : {}),
    checks,
  };
}

/** Data. */
export const dataStage: Stage = { ...stageHead("data"), run: runData };
