/**
 * `drift` on a SQL source. Each side of a column comes out of the engine as aggregates only, in
 * the shape the file path's sample has, and the file path's own statistics and verdict
 * (drift.ts, checks/drift.ts) compare them, so a table and a file give the same verdict:
 *
 * - how many values, whether every one is a number: counts of the one pass;
 * - category counts: `group by` the value as text, the most frequent first, at most the sample's
 *   category limit plus one (one more says "not categorical", as on files);
 * - numbers: the frequency table (`group by` the number) when the column has at most the
 *   sample's size of numbers, which is every value, exact; past it that many evenly spaced order
 *   statistics (a quantile summary from one sort), where the file path keeps a seeded random
 *   sample of the same size. Both stand for the column with the same number of values, so a
 *   p-value means the same; the summary is the closer of the two to the whole column.
 *
 * The reference is a file or the baseline's copy (read by the file path's readers, as for a file
 * dataset), or `{ table }` / `{ query }` measured in the same database as the source.
 */
import { BASELINE_MAX_BYTES, baselineCopies, hasBaseline } from "../../baseline/resolved-baseline.js";
import type { SqlConnection } from "../../io/sql-connection.js";
import type { CheckResult, Severity } from "../../report/types.js";
import type { StageContext } from "../../stages/stage.js";
import { SCHEMA_RUBRIC } from "../checks/column-check.js";
import { type DatasetConfig, failed } from "../checks/dataset-check.js";
import { type DriftPlan, prepareDrift } from "../checks/drift.js";
import { DriftSample, MAX_DRIFT_COLUMNS, type SampleLimits, sampleLimits } from "../drift.js";
import type { SqlColumn } from "./column-sql.js";
import type { Dialect } from "./dialect.js";
import { derivedScan, kindOf } from "./sql-scan.js";
import { fromItem, type SqlSource } from "./sql-source.js";

/** One side of a column as an engine measured it: fixed values and counts where a sample has its own. */
class MeasuredSample extends DriftSample {
  constructor(
    limits: SampleLimits,
    seen: number,
    numericOnly: boolean,
    private readonly measuredValues: number[],
    private readonly measuredCounts: Map<string, number>,
  ) {
    super(1, limits);
    this.seen = seen;
    this.numericOnly = numericOnly;
  }
  override get values(): number[] {
    return this.measuredValues;
  }
  override get counts(): Map<string, number> {
    return this.measuredCounts;
  }
}

/**
 * A float as the file path's readers write it (JavaScript's `String`), whatever the engine's text
 * (DuckDB writes `12.0` and `inf`; PostgreSQL `-0` and `1e+20`): the category a value falls in.
 */
function floatText(x: unknown, text: string): string {
  if (x !== null && x !== undefined) return String(Number(x));
  if (/^\+?inf(inity)?$/i.test(text)) return "Infinity";
  if (/^-inf(inity)?$/i.test(text)) return "-Infinity";
  return text;
}

/** A relation and how to read it: the FROM item and its columns' engine types. */
interface Relation {
  from: string;
  types: Map<string, string>;
}

const columnOf = (name: string, type: string, i: number): SqlColumn => ({
  name,
  kind: kindOf(type),
  t: `t${i}`,
  m: `m${i}`,
  n: `n${i}`,
  ts: `ts${i}`,
});

/** The numbers of one column: every one (as a frequency table) up to `size`, else `size` evenly spaced order statistics. */
async function numbersOf(
  conn: SqlConnection,
  inner: string,
  c: SqlColumn,
  count: number,
  size: number,
): Promise<number[]> {
  const out: number[] = [];
  if (count <= size) {
    const r = await conn.query(
      `select ${c.n} as v, count(*) as c from (${inner}) as s where ${c.n} is not null group by ${c.n}`,
    );
    for (const row of r.rows) for (let k = Number(row.c); k > 0; k--) out.push(Number(row.v));
    return out;
  }
  // Rank i (0-based) is kept when a multiple of `count` falls in [i·size, (i+1)·size): exactly
  // `size` ranks, the first of each of `size` equal strata.
  const r = await conn.query(
    `select v from (select ${c.n} as v, row_number() over (order by ${c.n}) - 1 as r from (${inner}) as s where ${c.n} is not null) as o where (r * ${size}) % ${count} < ${size}`,
  );
  for (const row of r.rows) out.push(Number(row.v));
  return out;
}

/** Measure the named columns of a relation, one side each. */
async function measureSides(
  conn: SqlConnection,
  rel: Relation,
  names: string[],
  d: Dialect,
  limits: SampleLimits,
): Promise<Map<string, DriftSample>> {
  const sides = new Map<string, DriftSample>();
  if (!names.length) return sides;
  const cols = names.map((name, i) => columnOf(name, rel.types.get(name)!, i));
  const counts = cols.flatMap((c, i) => [
    `count(*) filter (where not ${c.m}) as s${i}`,
    `count(*) filter (where not ${c.m} and ${c.n} is null) as x${i}`,
    `count(${c.n}) as n${i}`,
  ]);
  const agg = (await conn.query(`select ${counts.join(", ")} from (${derivedScan(rel.from, cols, d)}) as s`))
    .rows[0]!;
  for (const [i, c] of cols.entries()) {
    const one = { ...c, t: "t0", m: "m0", n: "n0" };
    const inner = derivedScan(rel.from, [one], d);
    const seen = Number(agg[`s${i}`] ?? 0);
    const numericOnly = Number(agg[`x${i}`] ?? 0) === 0;
    const tally = new Map<string, number>();
    if (seen) {
      const r = await conn.query(
        `select t0 as v, n0 as x, count(*) as c from (${inner}) as s where not m0 group by t0, n0 order by 3 desc, 1 limit ${limits.categories + 1}`,
      );
      for (const row of r.rows) {
        const key = c.kind === "float" ? floatText(row.x, String(row.v)) : String(row.v);
        tally.set(key, (tally.get(key) ?? 0) + Number(row.c));
      }
    }
    const count = Number(agg[`n${i}`] ?? 0);
    const values = numericOnly && count ? await numbersOf(conn, inner, one, count, limits.values) : [];
    sides.set(c.name, new MeasuredSample(limits, seen, numericOnly, values, tally));
  }
  return sides;
}

/** An error check (the drift check could not run). */
const error = (id: string, message: string, sev: Severity): CheckResult => ({
  ...failed(id, message, sev, SCHEMA_RUBRIC),
  status: "error",
});

/** The reference files (a file, or the baseline's copy of the source's file), as the file path finds them. */
async function referenceFiles(
  ds: DatasetConfig,
  source: SqlSource,
  ctx: StageContext,
  out: CheckResult[],
): Promise<{ workspace: StageContext["workspace"]; files: string[] }> {
  const base = `data/${ds.name}`;
  const config = ds.drift!;
  const sev = config.severity ?? "warning";
  if (config.reference !== "baseline") {
    const files = (await ctx.workspace.glob([config.reference as string])).sort();
    if (!files.length)
      out.push(
        error(
          `${base}/drift`,
          `${ds.name}: the drift reference ${config.reference} does not exist`,
          ds.severity ?? "error",
        ),
      );
    return { workspace: ctx.workspace, files };
  }
  const none = { workspace: ctx.workspace, files: [] };
  if (source.path === undefined) {
    const message = `${ds.name}: no drift check: a table or a query has no copy on the baseline; name a reference table, query or file`;
    out.push(error(`${base}/drift`, message, sev));
    return none;
  }
  const baseline = ctx.baseline ?? { reason: "no baseline in this run" };
  if (!hasBaseline(baseline)) {
    out.push(error(`${base}/drift`, `${ds.name}: no drift check: no baseline (${baseline.reason})`, sev));
    return none;
  }
  const copy = await baselineCopies(baseline.files, [source.path], BASELINE_MAX_BYTES.data);
  for (const message of copy.tooLarge)
    out.push(error(`${base}/drift`, `${ds.name}: baseline ${message}`, "warning"));
  if (!copy.copied.length && !copy.tooLarge.length)
    out.push(
      error(
        `${base}/drift`,
        `${ds.name}: the baseline has none of ${source.path}, so there is nothing to compare against`,
        sev,
      ),
    );
  return { workspace: baseline.files.workspace, files: copy.copied };
}

/** A reference table or query of the source's own database: its sides, measured there. */
async function sqlReference(
  ds: DatasetConfig,
  source: SqlSource,
  conn: SqlConnection,
  d: Dialect,
  out: CheckResult[],
): Promise<{ plan: DriftPlan; limits: SampleLimits }> {
  const base = `data/${ds.name}`;
  const config = ds.drift!;
  const ref = config.reference as { table?: string; query?: string };
  const from = fromItem({ engine: source.engine, ...ref }, d);
  const probe = await conn.query(`select * from ${from} limit 0`);
  const types = new Map(probe.columns.map((c) => [c.name, c.type]));
  const wanted = [...new Set(config.columns ?? probe.columns.map((c) => c.name))];
  const plan: DriftPlan = { config, columns: new Map() };
  const limits = sampleLimits(wanted.length);
  if (wanted.length > MAX_DRIFT_COLUMNS) {
    const message = `${ds.name}: drift of ${wanted.length.toLocaleString("en-US")} columns is over the limit of ${MAX_DRIFT_COLUMNS.toLocaleString("en-US")} (each costs memory for its samples): list at most that many in drift.columns`;
    out.push(error(`${base}/drift`, message, config.severity ?? ds.severity ?? "error"));
    return { plan, limits };
  }
  const present = wanted.filter((name) => types.has(name));
  for (const name of wanted)
    if (!types.has(name))
      out.push(
        failed(
          `${base}/${name}/drift`,
          `${ds.name}: column ${name} is not in the drift reference`,
          ds.severity ?? "error",
          SCHEMA_RUBRIC,
        ),
      );
  const sides = await measureSides(conn, { from, types }, present, d, limits);
  for (const name of present)
    plan.columns.set(name, { reference: sides.get(name)!, current: new DriftSample(1, limits), at: -1 });
  return { plan, limits };
}

/**
 * Drift of a SQL source: the reference read or measured, the current side of every compared
 * column the relation has measured in the engine. Problems go to `out`, as the file path's do.
 */
export async function prepareSqlDrift(
  ds: DatasetConfig,
  source: SqlSource,
  ctx: StageContext,
  conn: SqlConnection,
  current: Relation,
  d: Dialect,
  out: CheckResult[],
): Promise<DriftPlan | undefined> {
  const config = ds.drift;
  if (!config) return undefined;
  let plan: DriftPlan;
  let limits: SampleLimits | undefined;
  if (typeof config.reference === "string") {
    const ref = await referenceFiles(ds, source, ctx, out);
    const bytePath = ctx.tuning?.fastPath !== false;
    plan = await prepareDrift(
      `data/${ds.name}`,
      ds.name,
      ds.severity ?? "error",
      config,
      ref.workspace,
      ref.files,
      bytePath,
      out,
    );
    limits = plan.columns.values().next().value?.reference.limits;
  } else ({ plan, limits } = await sqlReference(ds, source, conn, d, out));
  const names = [...plan.columns.keys()].filter((name) => current.types.has(name));
  const sides = limits ? await measureSides(conn, current, names, d, limits) : new Map();
  const header = [...current.types.keys()];
  for (const [name, col] of plan.columns) {
    const side = sides.get(name);
    if (!side) continue;
    col.current = side;
    col.at = header.indexOf(name);
  }
  return plan;
}
