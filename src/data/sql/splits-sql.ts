/**
 * `splits:` whose train and test are SQL sources of one engine: both read through one connection,
 * so the engine does the work — leakage is a semi-join of test's keys on train's, class balance a
 * GROUP BY of the label per side, unseen categories an anti-join, columns and types from the probe
 * and per-column counts. The verdicts are the file path's (splits/split-verdicts.ts); values are
 * compared as the text the file path compares, a NULL as the empty cell it is in a file.
 */
import { durationMs } from "../../config/duration.js";
import { openSql, realFileIn, type SqlConnection, SqlError } from "../../io/sql-connection.js";
import { WorkspaceError } from "../../io/workspace.js";
import type { CheckResult, Severity, Table } from "../../report/types.js";
import type { StageContext } from "../../stages/stage.js";
import { SCHEMA_RUBRIC } from "../checks/column-check.js";
import type { DatasetConfig } from "../checks/dataset-check.js";
import { CATEGORY_CAP, type SplitColumns } from "../splits/split-scan.js";
import {
  AUTO_CATEGORIES,
  autoCategory,
  balanceVerdict,
  columnsVerdict,
  ignoredOptions,
  leakageVerdict,
  type Tally,
  type Unseen,
  unseenVerdict,
} from "../splits/split-verdicts.js";
import type { SplitsConfig } from "../splits/splits-options.js";
import { duckFile } from "./check-sql-dataset.js";
import { type Dialect, dialectOf } from "./dialect.js";
import { kindOf, valueExprs } from "./sql-scan.js";
import { fromItem, type SqlSource } from "./sql-source.js";

/** The keys an entry with SQL splits uses (the file form also reads `format` and `delimiter`). */
const SQL_SPLITS_KEYS = new Set(["name", "splits", "severity"]);

/** Ten minutes, as a dataset's source (check-sql-dataset.ts). */
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/** Examples shown per finding. */
const EXAMPLES = 5;

type SqlSplits = SplitsConfig & { train: SqlSource; test: SqlSource };

/** One side as the queries read it. */
interface Side extends SplitColumns {
  rows: number;
  from: string;
  types: Map<string, string>;
  /** Distinct non-missing values of train's text columns, up to AUTO_CATEGORIES + 1 (the `auto` categories' measure). */
  distinct: Map<string, number>;
  /** Non-missing values per column. */
  values: number[];
}

const num = (v: unknown) => Number(v ?? 0);

/** How a side reads in reports: `postgres:ml.train`, `duckdb:data/test.parquet`, `postgres:train query`. */
function sideLabel(s: SqlSource, side: string): string {
  return `${s.engine}:${s.table ?? s.path ?? `${side} query`}`;
}

/** Check a train/test pair of SQL sources. */
export async function checkSqlSplits(
  ds: DatasetConfig,
  ctx: StageContext,
): Promise<{ checks: CheckResult[]; rows: number; tables: Table[] }> {
  const cfg = ds.splits as SqlSplits;
  const base = `data/${ds.name}`;
  const sev: Severity = cfg.severity ?? ds.severity ?? "error";
  const fail = (id: string, message: string) => ({
    checks: [
      { id, status: "error" as const, severity: sev, message, rubric: [...SCHEMA_RUBRIC], diagnostics: [] },
    ],
    rows: 0,
    tables: [],
  });
  const notEvaluated = ignoredOptions(ds, base, SQL_SPLITS_KEYS, "table");
  const d = dialectOf(cfg.train.engine);
  let conn: SqlConnection | undefined;
  try {
    const ms = (s: SqlSource) => (s.timeout === undefined ? DEFAULT_TIMEOUT_MS : durationMs(s.timeout));
    conn = await openSql(
      {
        engine: cfg.train.engine,
        url: cfg.train.url,
        database: cfg.train.database ?? cfg.test.database,
        timeoutMs: Math.max(ms(cfg.train), ms(cfg.test)),
      },
      ctx.env ?? {},
      ctx.workspace.root,
    );
    const from = (s: SqlSource) =>
      fromItem(
        s,
        d,
        s.path === undefined ? undefined : duckFile(s.path, realFileIn(ctx.workspace.root, s.path)),
      );
    const r = await judgeSplits(conn, ds.name, base, sev, cfg, from(cfg.train), from(cfg.test), d, fail);
    return { ...r, checks: [...notEvaluated, ...r.checks] };
  } catch (err) {
    if (err instanceof SqlError || err instanceof WorkspaceError)
      return fail(`${base}/source`, `${ds.name}: ${err.message}`);
    throw err;
  } finally {
    await conn?.close();
  }
}

/** A column's text, missing flag and number (valueExprs) over a side's relation. */
function exprs(side: { types: Map<string, string> }, name: string, d: Dialect) {
  return valueExprs({ name, kind: kindOf(side.types.get(name)!) }, d);
}

/**
 * A relation whose columns of other types (uuid, json, arrays: `text` to kindOf) are cast to text,
 * so that the text forms (missing markers, `coalesce(…, '')`) apply to every column of a whole-row key.
 */
export function asText(from: string, types: Map<string, string>, d: Dialect): string {
  const items = [...types].map(([name, type]) =>
    kindOf(type) === "text" ? `${d.text(d.ident(name))} as ${d.ident(name)}` : d.ident(name),
  );
  return `(select ${items.join(", ")} from ${from}) as mlgate_text`;
}

/** Probe a side, then count its rows and, per column, its values, numbers and (train) distinct texts. */
async function measure(
  conn: SqlConnection,
  from: string,
  file: string,
  d: Dialect,
  distinctOf: (name: string, kind: string) => boolean,
): Promise<Side> {
  const probe = await conn.query(`select * from ${from} limit 0`);
  const header = probe.columns.map((c) => c.name);
  const types = new Map(probe.columns.map((c) => [c.name, c.type]));
  const side = { types };
  from = asText(from, types, d);
  const items = ["count(*) as mlgate_rows"];
  const counted: string[] = [];
  header.forEach((name, i) => {
    const v = exprs(side, name, d);
    items.push(
      `count(*) filter (where not ${v.m}) as v${i}`,
      `count(*) filter (where not ${v.m} and ${v.n} is not null) as n${i}`,
    );
    if (distinctOf(name, kindOf(types.get(name)!))) counted.push(name);
  });
  const agg = (await conn.query(`select ${items.join(", ")} from ${from}`)).rows[0] ?? {};
  const values = header.map((_, i) => num(agg[`v${i}`]));
  const numbers = header.map((_, i) => num(agg[`n${i}`]));
  // Distinct values only where `auto` could take the column: text, and no value a number.
  const distinct = new Map<string, number>();
  for (const name of counted) {
    const i = header.indexOf(name);
    if (values[i]! > numbers[i]! && numbers[i] === 0)
      distinct.set(name, await distinctUpTo(conn, from, side, name, d));
  }
  return {
    file,
    header,
    from,
    types,
    rows: num(agg.mlgate_rows),
    values,
    numbers,
    // A value that does not read as a number is text (a timestamp, "Infinity"), as in a file.
    texts: values.map((v, i) => v - numbers[i]!),
    integers: header.map(() => 0),
    distinct,
  };
}

/**
 * A column's distinct non-missing values, counted up to AUTO_CATEGORIES + 1 (all `auto` needs to
 * know): a hashed `group by` that stops at the limit, cheaper than a sorted `count(distinct)`.
 */
async function distinctUpTo(
  conn: SqlConnection,
  from: string,
  side: { types: Map<string, string> },
  name: string,
  d: Dialect,
): Promise<number> {
  const v = exprs(side, name, d);
  const r = await conn.query(
    `select count(*) as n from (select 1 as one from ${from} where not ${v.m} group by ${v.t} limit ${AUTO_CATEGORIES + 1}) as g`,
  );
  return num(r.rows[0]?.n);
}

/** Every verdict, in the file path's order: columns, leakage, class balance, unseen categories. */
async function judgeSplits(
  conn: SqlConnection,
  name: string,
  base: string,
  sev: Severity,
  cfg: SqlSplits,
  trainFrom: string,
  testFrom: string,
  d: Dialect,
  fail: (id: string, message: string) => { checks: CheckResult[]; rows: number; tables: Table[] },
): Promise<{ checks: CheckResult[]; rows: number; tables: Table[] }> {
  const auto = cfg.categories === undefined || cfg.categories === "auto";
  const train = await measure(
    conn,
    trainFrom,
    sideLabel(cfg.train, "train"),
    d,
    (c, kind) => auto && c !== cfg.label && !["integer", "float"].includes(kind),
  );
  const test = await measure(conn, testFrom, sideLabel(cfg.test, "test"), d, () => false);
  const keyNames = cfg.key === undefined || cfg.key === "all_columns" ? train.header : cfg.key;
  const noTrain = keyNames.filter((k) => !train.types.has(k));
  if (noTrain.length)
    return fail(
      `${base}/leakage`,
      `${name}: ${train.file} has no column ${noTrain.join(", ")} (named in splits.key)`,
    );
  const noTest = keyNames.filter((k) => !test.types.has(k));
  if (noTest.length)
    return fail(`${base}/leakage`, `${name}: ${test.file} has no column ${noTest.join(", ")} of the key`);
  const checks: CheckResult[] = [columnsVerdict(base, name, train, test, sev)];
  checks.push(await leakage(conn, base, name, sev, cfg, train, test, keyNames, d));
  const tables: Table[] = [];
  if (cfg.label !== undefined) {
    if (!train.types.has(cfg.label) || !test.types.has(cfg.label))
      checks.push({
        id: `${base}/class_balance`,
        status: "failed",
        severity: sev,
        message: `${name}: the label ${cfg.label} is missing from ${train.types.has(cfg.label) ? test.file : train.file}`,
        rubric: [...SCHEMA_RUBRIC],
        diagnostics: [],
      });
    else {
      const b = balanceVerdict(
        base,
        name,
        cfg.label,
        await tally(conn, train, cfg.label, d),
        await tally(conn, test, cfg.label, d),
        cfg,
        sev,
      );
      checks.push(b.check);
      if (b.table) tables.push(b.table);
    }
  }
  const categorical =
    cfg.categories === false
      ? []
      : Array.isArray(cfg.categories)
        ? cfg.categories
        : train.header.filter(
            (c, i) =>
              train.distinct.has(c) &&
              autoCategory({
                texts: train.texts[i]!,
                numbers: train.numbers[i]!,
                distinct: train.distinct.get(c) ?? 0,
                rows: train.values[i]!,
                overflow: false,
              }),
          );
  for (const c of new Set(categorical)) {
    if (!train.types.has(c) || !test.types.has(c)) continue; // the columns check names it
    checks.push(
      unseenVerdict(base, name, c, await unseen(conn, train, test, c, d), test.file, test.rows, sev),
    );
  }
  return { checks, rows: train.rows + test.rows, tables };
}

/** Test rows whose key is a train row's key: a semi-join, each key column compared as text. */
async function leakage(
  conn: SqlConnection,
  base: string,
  name: string,
  sev: Severity,
  cfg: SqlSplits,
  train: Side,
  test: Side,
  keyNames: string[],
  d: Dialect,
): Promise<CheckResult> {
  // A NULL is the empty cell a file would hold: it matches an empty string, as there.
  const keys = (side: Side) =>
    keyNames.map((k, i) => `coalesce(${exprs(side, k, d).t}, '') as k${i}`).join(", ");
  const on = keyNames.map((_, i) => `tr.k${i} = te.k${i}`).join(" and ");
  const leaked = `from (select ${keys(test)} from ${test.from}) as te where exists (select 1 from (select ${keys(train)} from ${train.from}) as tr where ${on})`;
  // One semi-join: its count rides on the first 5 rows by key (the diagnostics show at most six
  // key columns: only those leave the database).
  const shown = keyNames.slice(0, 6);
  const order = keyNames.map((_, i) => `te.k${i}`).join(", ");
  const ex = await conn.query(
    `select ${shown.map((_, i) => `te.k${i}`).join(", ")}, count(*) over () as mlgate_count ${leaked} order by ${order} limit ${EXAMPLES}`,
  );
  const count = num(ex.rows[0]?.mlgate_count);
  const examples: { test: string[] }[] = [];
  if (count > (cfg.max_leaked_rows ?? 0))
    for (const row of ex.rows) {
      const cells = test.header.map(() => "");
      shown.forEach((k, i) => {
        cells[test.header.indexOf(k)] = String(row[`k${i}`] ?? "");
      });
      examples.push({ test: cells });
    }
  return leakageVerdict(base, name, train, test, count, examples, keyNames, cfg, sev);
}

/** A column's non-missing values and their rows (more than CATEGORY_CAP: overflow, not fetched). */
async function tally(conn: SqlConnection, side: Side, column: string, d: Dialect): Promise<Tally> {
  const v = exprs(side, column, d);
  const r = await conn.query(
    `select ${v.t} as v, count(*) as c from ${side.from} where not ${v.m} group by ${v.t} order by 1 limit ${CATEGORY_CAP + 1}`,
  );
  if (r.rows.length > CATEGORY_CAP) return { values: [], counts: [], overflow: true };
  return {
    values: r.rows.map((row) => String(row.v)),
    counts: r.rows.map((row) => num(row.c)),
    overflow: false,
  };
}

/** Test values of a column that no train row has: an anti-join, the first examples by value. */
async function unseen(
  conn: SqlConnection,
  train: Side,
  test: Side,
  column: string,
  d: Dialect,
): Promise<Unseen> {
  const a = exprs(train, column, d);
  const b = exprs(test, column, d);
  // Each side's distinct values by hashing (group by), then one join of the two value lists.
  const groups =
    `with a as (select ${a.t} as t from ${train.from} where not ${a.m} group by ${a.t}), ` +
    `b as (select ${b.t} as t, count(*) as c from ${test.from} where not ${b.m} group by ${b.t}), ` +
    "u as (select b.t, b.c from b left join a on a.t = b.t where a.t is null)";
  const r = (
    await conn.query(
      `${groups} select (select count(*) from a) as known, (select count(*) from b) as seen, ` +
        "(select count(*) from u) as n, (select coalesce(sum(c), 0) from u) as r",
    )
  ).rows[0]!;
  if (num(r.known) > CATEGORY_CAP || num(r.seen) > CATEGORY_CAP)
    return { overflow: true, known: 0, rows: 0, values: 0, examples: [] };
  const values = num(r.n);
  const ex = values
    ? await conn.query(`${groups} select t as v, c from u order by 1 limit ${EXAMPLES}`)
    : { rows: [] };
  return {
    overflow: false,
    known: num(r.known),
    rows: num(r.r),
    values,
    examples: ex.rows.map((row) => ({ value: String(row.v), count: num(row.c) })),
  };
}
