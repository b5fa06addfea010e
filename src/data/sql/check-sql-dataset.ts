/**
 * A dataset whose `source` is a table or a query: the same checks, judged by the same verdicts,
 * measured by the engine (sql-scan.ts); drift from the engine's counts and quantiles (drift-sql.ts).
 */
import { durationMs } from "../../config/duration.js";
import { openSql, realFileIn, type SqlConnection, SqlError } from "../../io/sql-connection.js";
import { WorkspaceError } from "../../io/workspace.js";
import type { Chart, CheckResult, Severity, Table } from "../../report/types.js";
import type { StageContext } from "../../stages/stage.js";
import { type CellSink, SCHEMA_RUBRIC } from "../checks/column-check.js";
import type { CompareSink } from "../checks/compare-columns.js";
import { type DatasetConfig, failed, type RowSink } from "../checks/dataset-check.js";
import type { ForeignKeySink, Reference } from "../checks/foreign-key.js";
import { DATASET_CHECKS } from "../checks/index.js";
import { ColumnKernel } from "../column-kernel.js";
import { driftCharts } from "../drift-chart.js";
import { COLUMN_SQL, fillViolations, type SqlAnswers, type SqlColumn } from "./column-sql.js";
import { type Dialect, dialectOf } from "./dialect.js";
import { prepareSqlDrift } from "./drift-sql.js";
import { judgeLabels } from "./labels-sql.js";
import { outlierPredicate, outliersVerdict } from "./outliers-sql.js";
import { PostgresRegexError } from "./postgres-regex.js";
import { comparePlan, fillCompare, foreignKeySql } from "./relationships-sql.js";
import { duplicates, kindOf, type Predicates, planScan, runScan } from "./sql-scan.js";
import { fromItem, type SqlSource, sourceLabel, sourceProblem } from "./sql-source.js";
import { fillOrderStatistics } from "./statistics-sql.js";
import { judgeWhere } from "./where-sql.js";

/** Ten minutes: a full scan of a large table, yet a hung statement still ends the run. */
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

const ONES = ["1", "1.0", "true", "True"];
const ZEROS = ["0", "0.0", "false", "False"];

/** What the stage gets back. */
export interface SqlDatasetResult {
  checks: CheckResult[];
  rows: number;
  tables: Table[];
  charts?: Chart[];
}

/** DuckDB's reader of a file in the repository, by its extension. */
export function duckFile(path: string, abs: string): string {
  const lit = `'${abs.replaceAll("'", "''")}'`;
  if (/\.parquet$/i.test(path)) return `read_parquet(${lit})`;
  if (/\.jsonl?$/i.test(path)) return `read_json_auto(${lit})`;
  return `read_csv(${lit}, all_varchar = true)`;
}

/** Check a dataset whose data lives in an engine. */
export async function checkSqlDataset(ds: DatasetConfig, ctx: StageContext): Promise<SqlDatasetResult> {
  const base = `data/${ds.name}`;
  const severity: Severity = ds.severity ?? "error";
  const source = ds.source as SqlSource;
  const label = sourceLabel(source);
  const fail = (message: string): SqlDatasetResult => ({
    checks: [
      { ...failed(`${base}/source`, `${ds.name}: ${message}`, severity, SCHEMA_RUBRIC), status: "error" },
    ],
    rows: 0,
    tables: [],
  });
  const problem = sourceProblem(source);
  if (problem) return fail(`source ${problem}`);
  let conn: SqlConnection | undefined;
  try {
    const timeoutMs = source.timeout === undefined ? DEFAULT_TIMEOUT_MS : durationMs(source.timeout);
    const fileSql =
      source.path === undefined
        ? undefined
        : duckFile(source.path, realFileIn(ctx.workspace.root, source.path));
    conn = await openSql(
      { engine: source.engine, url: source.url, database: source.database, timeoutMs },
      ctx.env ?? {},
      ctx.workspace.root,
    );
    return await judge(
      ds,
      base,
      severity,
      label,
      conn,
      fromItem(source, dialectOf(source.engine), fileSql),
      ctx,
    );
  } catch (err) {
    if (err instanceof SqlError || err instanceof WorkspaceError) return fail(`${label}: ${err.message}`);
    throw err;
  } finally {
    await conn?.close();
  }
}

/** One kernel per configured column; a column whose options cannot be used is an error instead. */
function makeKernels(
  ds: DatasetConfig,
  d: Dialect,
  base: string,
  severity: Severity,
  checks: CheckResult[],
): Map<string, ColumnKernel> {
  const kernels = new Map<string, ColumnKernel>();
  for (const [name, config] of Object.entries(ds.columns ?? {})) {
    try {
      const kernel = new ColumnKernel(config);
      // The engine must be able to run the pattern as the file path would (linear): else refused.
      if (config.regex !== undefined) d.matches("v", config.regex);
      kernels.set(name, kernel);
    } catch (err) {
      const why = err instanceof PostgresRegexError ? "a regex PostgreSQL cannot run" : "an invalid regex";
      checks.push({
        ...failed(
          `${base}/${name}/regex`,
          `${ds.name}: column ${name} has ${why}: ${(err as Error).message}`,
          severity,
          SCHEMA_RUBRIC,
        ),
        status: "error",
      });
    }
  }
  return kernels;
}

/** A one-hot group's violating rows: not every cell a 0 or 1, or not exactly one 1. */
function oneHotViolation(cs: SqlColumn[], d: Dialect): string {
  const inSet = (c: SqlColumn, set: string[]) =>
    `coalesce(${c.t} in (${set.map(d.literal).join(", ")}), false)`;
  const all = cs.map((c) => inSet(c, [...ONES, ...ZEROS])).join(" and ");
  const ones = cs.map((c) => `case when ${inSet(c, ONES)} then 1 else 0 end`).join(" + ");
  return `not (${all} and ${ones} = 1)`;
}

/** Probe, scan, and judge (a `where:` block judges its filtered relation the same way). */
export async function judge(
  ds: DatasetConfig,
  base: string,
  severity: Severity,
  label: string,
  conn: SqlConnection,
  from: string,
  ctx: StageContext,
): Promise<SqlDatasetResult> {
  const d = dialectOf((ds.source as SqlSource).engine);
  const checks: CheckResult[] = [];
  const probe = await conn.query(`select * from ${from} limit 0`);
  const header = probe.columns.map((c) => c.name);
  const typeOf = new Map(probe.columns.map((c) => [c.name, c.type]));
  const kernels = makeKernels(ds, d, base, severity, checks);
  const source = ds.source as SqlSource;
  const drift = await prepareSqlDrift(ds, source, ctx, conn, { from, types: typeOf }, d, checks);
  const sinksByCheck = DATASET_CHECKS.map((c) => (c.configured(ds) && c.rowSinks ? c.rowSinks(ds) : []));
  for (const s of sinksByCheck.flat()) s.at = s.cols.map((c) => header.indexOf(c));
  const columns = sqlColumns([...kernels.keys(), ...sinksByCheck.flat().flatMap((s) => s.cols)], typeOf);
  const oneHot = sinksByCheck[DATASET_CHECKS.findIndex((c) => c.id === "one_hot")]!;
  const rowPredicates: Predicates = new Map();
  for (const [i, g] of oneHot.entries()) {
    if (g.at.includes(-1)) continue;
    const cs = g.cols.map((c) => columns.get(c)!);
    rowPredicates.set(`onehot${i}`, { column: cs[0]!, where: oneHotViolation(cs, d) });
  }
  const sinksOf = <S>(id: string) =>
    (sinksByCheck[DATASET_CHECKS.findIndex((c) => c.id === id)] ?? []) as S[];
  const compare = sinksOf<CompareSink>("compare_columns");
  const cmp = comparePlan(compare, columns, d);
  for (const [alias, p] of cmp.predicates) rowPredicates.set(alias, p);
  const tsColumns = new Set(compare.flatMap((s) => s.cols));
  const plan = planScan(from, [...columns.values()], kernels, d, rowPredicates, tsColumns);
  plan.aggregates.push(...cmp.aggregates);
  const exampleOf = (alias: string, c: SqlColumn) => {
    const pair = cmp.example(alias);
    if (pair) return pair;
    if (!alias.startsWith("onehot")) return `coalesce(${c.t}, '')`;
    const g = oneHot[Number(alias.slice("onehot".length))]!;
    return `concat_ws(', ', ${g.cols.map((col) => `coalesce(${columns.get(col)!.t}, '')`).join(", ")})`;
  };
  const { agg, examples } = await runScan(conn, plan, exampleOf);
  const rows = Number(agg.mlgate_rows ?? 0);
  const answers: SqlAnswers = { agg, examples, file: label };
  fillCompare(compare, agg, examples, label);
  const references = await foreignKeys(
    conn,
    plan.inner,
    sinksOf<ForeignKeySink>("foreign_key"),
    columns,
    d,
    label,
  );
  oneHot.forEach((g, i) => {
    if (!g.at.includes(-1))
      fillViolations(
        (g as unknown as { bad: Parameters<typeof fillViolations>[0] }).bad,
        Number(agg[`onehot${i}`] ?? 0),
        examples.get(`onehot${i}`) ?? [],
        label,
      );
  });
  await fillKeys(conn, plan.inner, sinksOf<RowSink>("unique"), columns, label);
  // Dataset checks, then each column's, in report order (as the file path reports them).
  for (const [i, check] of DATASET_CHECKS.entries()) {
    if (!check.configured(ds)) continue;
    if (check.id === "where") {
      checks.push(
        ...(await judgeWhere(ds, base, severity, label, conn, from, typeOf, sinksByCheck[i]!, judge, ctx)),
      );
      continue;
    }
    if (check.id === "labels") {
      checks.push(...(await judgeLabels(conn, from, ds, base, severity, label, typeOf, d)));
      continue;
    }
    checks.push(
      ...check.verdict({
        base,
        ds,
        severity,
        rows,
        header,
        sinks: sinksByCheck[i] as RowSink[],
        drift,
        checked: new Set(kernels.keys()),
        prepared: check.id === "foreign_key" ? references : undefined,
      }),
    );
  }
  for (const [name, kernel] of kernels) {
    const id = `${base}/${name}`;
    const c = columns.get(name);
    if (!c) {
      checks.push(
        failed(
          `${id}/present`,
          `${ds.name}: column ${name} is missing from ${label}`,
          severity,
          SCHEMA_RUBRIC,
        ),
      );
      continue;
    }
    await judgeColumn(conn, plan.inner, c, kernel, answers, rows);
    const sev = kernel.config.severity ?? severity;
    kernel.checks.forEach((check, i) => {
      if (check.id === "outliers") {
        const o = answers.examples.get(`outliers:${name}`) ?? [];
        checks.push(
          outliersVerdict(
            id,
            name,
            kernel.config,
            sev,
            kernel.numeric,
            Number(answers.agg[`outliers:${name}`] ?? 0),
            o,
            label,
          ),
        );
        return;
      }
      checks.push(
        check.verdict({
          id,
          column: name,
          config: kernel.config,
          severity: sev,
          profile: kernel,
          sink: kernel.sinks[i]!,
        }),
      );
    });
  }
  // A table has no row order: the examples' messages name no row.
  for (const check of checks)
    for (const diag of check.diagnostics) diag.message = diag.message.replace(/^row -1(, |: )/, "");
  const tables = kernels.size ? [profileTable(ds.name, rows, kernels)] : [];
  return { checks, rows, tables, charts: driftCharts(ds.name, drift) };
}

/** The columns the checks read (those the relation has), with the names of their derived values. */
function sqlColumns(names: string[], typeOf: Map<string, string>): Map<string, SqlColumn> {
  const columns = new Map<string, SqlColumn>();
  for (const [i, name] of [...new Set(names.filter((c) => typeOf.has(c)))].entries()) {
    const kind = kindOf(typeOf.get(name)!);
    columns.set(name, { name, kind, t: `t${i}`, m: `m${i}`, n: `n${i}`, ts: `ts${i}` });
  }
  return columns;
}

/** Compound keys: their duplicates, counted by the engine. */
async function fillKeys(
  conn: SqlConnection,
  inner: string,
  keys: RowSink[],
  columns: Map<string, SqlColumn>,
  label: string,
): Promise<void> {
  for (const k of keys) {
    if (k.at.includes(-1)) continue;
    const dup = await duplicates(
      conn,
      inner,
      k.cols.map((c) => columns.get(c)!),
      false,
    );
    fillViolations(
      (k as unknown as { duplicates: Parameters<typeof fillViolations>[0] }).duplicates,
      dup.count,
      dup.examples,
      label,
    );
  }
}

/** Foreign keys against tables of the same database; a query the engine refuses is that key's error. */
async function foreignKeys(
  conn: SqlConnection,
  inner: string,
  sinks: ForeignKeySink[],
  columns: Map<string, SqlColumn>,
  d: Dialect,
  label: string,
): Promise<Reference[]> {
  const refs: Reference[] = [];
  for (const sink of sinks) {
    const c = columns.get(sink.fk.column);
    try {
      if (c) await foreignKeySql(conn, inner, c, sink, d, label);
      refs.push({ keys: new Set() });
    } catch (err) {
      if (!(err instanceof SqlError)) throw err;
      refs.push({ error: `${sink.fk.reference_table}: ${err.message}` });
    }
  }
  return refs;
}

/** Fill one column's profile and accumulators; unique and outliers run their own queries. */
async function judgeColumn(
  conn: SqlConnection,
  inner: string,
  c: SqlColumn,
  kernel: ColumnKernel,
  answers: SqlAnswers,
  rows: number,
): Promise<void> {
  const { agg } = answers;
  const k = `c${c.t.slice(1)}`;
  const num = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));
  kernel.rows = rows;
  kernel.missing = Number(agg[`${k}_missing`] ?? 0);
  kernel.numeric = Number(agg[`${k}_numeric`] ?? 0);
  kernel.sum = num(agg[`${k}_sum`]) ?? 0;
  kernel.sumSq = num(agg[`${k}_sumsq`]) ?? 0;
  kernel.min = num(agg[`${k}_min`]);
  kernel.max = num(agg[`${k}_max`]);
  for (const [i, check] of kernel.checks.entries()) {
    const sink = kernel.sinks[i]!;
    if (check.id === "unique") {
      const dup = await duplicates(conn, inner, [c], true);
      fillViolations(
        (sink as unknown as { duplicates: Parameters<typeof fillViolations>[0] }).duplicates,
        dup.count,
        dup.examples,
        answers.file,
      );
    } else if (check.id === "outliers") {
      const where = outlierPredicate(c, kernel.config, kernel, num(agg[`${k}_q1`]), num(agg[`${k}_q3`]));
      if (!where) continue;
      const r = await conn.query(`select count(*) as c from (${inner}) as s where ${where}`);
      const count = Number(r.rows[0]?.c ?? 0);
      agg[`outliers:${c.name}`] = count;
      if (count) {
        const ex = await conn.query(
          `select ${c.t} as v from (${inner}) as s where ${where} order by ${c.n} limit 5`,
        );
        answers.examples.set(
          `outliers:${c.name}`,
          ex.rows.map((row) => String(row.v)),
        );
      }
    } else COLUMN_SQL[check.id]?.fill(sink, answers, k, check.id);
  }
  await fillOrderStatistics(conn, inner, c, kernel);
}

/** Distinct non-missing values of a column whose `unique` ran, else nothing. */
function distinctOf(k: ColumnKernel): string {
  const u = k.sinkOf<CellSink & { duplicates: { count: number } }>("unique");
  return u ? String(k.rows - k.missing - u.duplicates.count) : "";
}

/**
 * The per-column profile table, as the file path shows it: distinct values where `unique` counted
 * them (the non-missing values less the repeats its query found).
 */
function profileTable(name: string, rows: number, kernels: Map<string, ColumnKernel>): Table {
  const fmt = (n: number | undefined) =>
    n === undefined ? "" : Number.isInteger(n) ? String(n) : n.toPrecision(6).replace(/\.?0+$/, "");
  return {
    title: `${name} profile (${rows} rows)`,
    columns: ["column", "values", "missing", "min", "max", "mean", "distinct"],
    rows: [...kernels].map(([col, k]) => [
      col,
      String(k.rows - k.missing),
      String(k.missing),
      fmt(k.min),
      fmt(k.max),
      k.numeric ? fmt(k.sum / k.numeric) : "",
      distinctOf(k),
    ]),
  };
}
