/**
 * One dataset read as SQL: the relation is probed for its columns, then one aggregate pass
 * measures every column's profile and every check's violation count, and a few small queries
 * follow only where something was found (up to 5 example values each, duplicate keys, outliers).
 * Only those aggregates and examples leave the database.
 */
import type { SqlConnection } from "../../io/sql-connection.js";
import { MISSING } from "../../readers/values.js";
import type { ColumnConfig } from "../checks/column-check.js";
import type { ColumnKernel } from "../column-kernel.js";
import { COLUMN_SQL, type ColumnKind, DECIMAL, type SqlColumn, TIMESTAMP, validDay } from "./column-sql.js";
import type { Dialect } from "./dialect.js";

/** Cell texts read as missing (values.ts MISSING): a text column's markers are missing values. */
const MISSING_MARKERS = [...MISSING];

/** The engine's type of each column (sql-connection.ts names) as the forms classify it. */
export function kindOf(type: string): ColumnKind {
  if (/^(bigint|smallint|integer)$/.test(type)) return "integer";
  if (/^(real|double|numeric)$/.test(type)) return "float";
  if (type === "timestamp" || type === "timestamptz") return "timestamp";
  if (type === "date" || type === "boolean") return type;
  return "text";
}

/** A column's values as the file path reads them: text, missing, number, and (on demand) epoch ms. */
export function valueExprs(
  c: { name: string; kind: ColumnKind },
  d: Dialect,
): { t: string; m: string; n: string; ts: string } {
  const q = d.ident(c.name);
  let t: string;
  let m: string;
  let n: string;
  switch (c.kind) {
    case "integer":
      [t, m, n] = [d.text(q), `${q} is null`, d.double(q)];
      break;
    case "float":
      t = d.text(q);
      m = `(${q} is null or ${d.isNaN(q)})`;
      n = `case when ${d.isFinite(q)} then ${d.double(q)} end`;
      break;
    case "text":
      t = q;
      m = `(${q} is null or ${q} in (${MISSING_MARKERS.map(d.literal).join(", ")}))`;
      n = `case when ${d.matchesRaw(q, DECIMAL)} then ${d.toDouble(q)} end`;
      break;
    default:
      [t, m, n] = [d.text(q), `${q} is null`, "cast(null as double precision)"];
  }
  const ts =
    c.kind === "timestamp" || c.kind === "date"
      ? d.epochMs(q)
      : `case when ${d.matchesRaw(t, TIMESTAMP)} and ${validDay(t, d)} then ${d.epochMs(d.toTimestamp(`replace(${t}, ' ', 'T')`))} end`;
  return { t, m, n, ts };
}

/** The derived values of one column, as select items of the inner scan. */
function derived(c: SqlColumn, d: Dialect, wantsTs: boolean): string[] {
  const v = valueExprs(c, d);
  const items = [`${v.t} as ${c.t}`, `${v.m} as ${c.m}`, `${v.n} as ${c.n}`];
  if (wantsTs) items.push(`${v.ts} as ${c.ts}`);
  return items;
}

/** The derived values (t, m, n) of these columns over a relation, as a subquery's text. */
export function derivedScan(from: string, columns: SqlColumn[], d: Dialect): string {
  return `select ${columns.flatMap((c) => derived(c, d, false)).join(", ") || "1 as mlgate_one"} from ${from}`;
}

/** A column's violation counts and examples to fetch: alias to predicate. */
export type Predicates = Map<string, { column: SqlColumn; where: string }>;

/** What the scan plan holds. */
export interface SqlPlan {
  inner: string;
  aggregates: string[];
  predicates: Predicates;
}

/** The inner scan and the aggregate pass for these columns and their kernels. */
export function planScan(
  from: string,
  columns: SqlColumn[],
  kernels: Map<string, ColumnKernel>,
  d: Dialect,
  rowPredicates: Predicates,
  /** Columns whose timestamps a dataset check compares (compare_columns). */
  tsColumns: ReadonlySet<string> = new Set(),
): SqlPlan {
  const items: string[] = [];
  const aggregates = ["count(*) as mlgate_rows"];
  const predicates: Predicates = new Map(rowPredicates);
  for (const c of columns) {
    const kernel = kernels.get(c.name);
    const checks = kernel?.checks.map((k) => k.id) ?? [];
    items.push(...derived(c, d, checks.includes("freshness") || tsColumns.has(c.name)));
    if (!kernel) continue;
    const k = c.t.slice(1);
    aggregates.push(
      `count(*) filter (where ${c.m}) as c${k}_missing`,
      `count(${c.n}) as c${k}_numeric`,
      `sum(${c.n}) as c${k}_sum`,
      `sum(${c.n} * ${c.n}) as c${k}_sumsq`,
      `min(${c.n}) as c${k}_min`,
      `max(${c.n}) as c${k}_max`,
    );
    const config = kernel.config as ColumnConfig;
    for (const id of checks) {
      const form = COLUMN_SQL[id];
      const where = form?.violates?.(c, config, d);
      if (where) {
        aggregates.push(`count(*) filter (where ${where}) as c${k}_${id}`);
        predicates.set(`c${k}_${id}`, { column: c, where });
      }
      for (const [name, expr] of Object.entries(form?.aggregates?.(c, config, d) ?? {})) {
        // Checks may share an aggregate (mean and std): one select item each.
        const item = `${expr} as c${k}_${name}`;
        if (!aggregates.includes(item)) aggregates.push(item);
      }
    }
    if (config.outliers?.iqr !== undefined)
      aggregates.push(`${d.quantile(c.n, 0.25)} as c${k}_q1`, `${d.quantile(c.n, 0.75)} as c${k}_q3`);
  }
  for (const [alias, p] of rowPredicates) aggregates.push(`count(*) filter (where ${p.where}) as ${alias}`);
  return { inner: `select ${items.join(", ") || "1 as mlgate_one"} from ${from}`, aggregates, predicates };
}

/** Run the aggregate pass, then the examples of every count above zero. */
export async function runScan(
  conn: SqlConnection,
  plan: SqlPlan,
  exampleOf: (alias: string, column: SqlColumn) => string,
): Promise<{ agg: Record<string, unknown>; examples: Map<string, string[]> }> {
  const r = await conn.query(`select ${plan.aggregates.join(",\n  ")}\nfrom (${plan.inner}) as s`);
  const agg = r.rows[0] ?? {};
  const examples = new Map<string, string[]>();
  for (const [alias, p] of plan.predicates) {
    if (!Number(agg[alias] ?? 0)) continue;
    const value = exampleOf(alias, p.column);
    const ex = await conn.query(
      `select ${value} as v from (${plan.inner}) as s where ${p.where} order by 1 limit 5`,
    );
    examples.set(
      alias,
      ex.rows.map((row) => String(row.v ?? "")),
    );
  }
  return { agg, examples };
}

/** Duplicated values of a key (one column, or several): how many rows repeat one, and the first 5. */
export async function duplicates(
  conn: SqlConnection,
  inner: string,
  keys: SqlColumn[],
  skipMissing: boolean,
): Promise<{ count: number; examples: string[] }> {
  const by = keys.map((c) => `coalesce(${c.t}, '')`);
  const where = skipMissing ? `where not ${keys[0]!.m}` : "";
  const groups = `select ${by.map((b, i) => `${b} as k${i}`).join(", ")}, count(*) as c from (${inner}) as s ${where} group by ${by.join(", ")} having count(*) > 1`;
  const total = await conn.query(`select coalesce(sum(c - 1), 0) as dup from (${groups}) as g`);
  const count = Number(total.rows[0]?.dup ?? 0);
  if (!count) return { count, examples: [] };
  const shown = keys.length === 1 ? "k0" : `concat_ws(', ', ${keys.map((_, i) => `k${i}`).join(", ")})`;
  const ex = await conn.query(`select ${shown} as v, c from (${groups}) as g order by 1 limit 5`);
  // One example per repeated row, as the file path shows them (a value three times: two examples).
  const examples = ex.rows.flatMap((row) => Array<string>(Number(row.c) - 1).fill(String(row.v ?? "")));
  return { count, examples: examples.slice(0, 5) };
}
