/**
 * The SQL forms of the relationship checks (compare_columns, where:, foreign_key), read as the
 * file path reads cells (sql-scan.ts `valueExprs`): compare_columns is three counts of the one
 * aggregate pass; a `where:` block is the same checks run on the relation filtered by its
 * condition; a foreign key is a NOT EXISTS against a table of the same database.
 */
import type { SqlConnection } from "../../io/sql-connection.js";
import type { CompareSink } from "../checks/compare-columns.js";
import type { Op } from "../checks/compare-values.js";
import type { Condition, Leaf, Scalar } from "../checks/condition.js";
import type { ForeignKeySink } from "../checks/foreign-key.js";
import { type ColumnKind, fillViolations, type SqlColumn } from "./column-sql.js";
import type { Dialect } from "./dialect.js";
import { type Predicates, valueExprs } from "./sql-scan.js";

/** SQL's spelling of an operator. */
const sqlOp = (op: Op) => (op === "==" ? "=" : op === "!=" ? "<>" : op);

/** A pair of cells that compare as numbers, or as instants. */
const asNumbers = (l: SqlColumn, r: SqlColumn) => `(${l.n} is not null and ${r.n} is not null)`;
const asInstants = (l: SqlColumn, r: SqlColumn) =>
  `(${l.n} is null and ${r.n} is null and ${l.ts} is not null and ${r.ts} is not null)`;

/** The predicate of a row where `left op right` does not hold (compare-values.ts `compareCells`). */
export function compareViolation(l: SqlColumn, op: Op, r: SqlColumn): string {
  const o = sqlOp(op);
  const text = op === "==" || op === "!=" ? `${l.t} ${o} ${r.t}` : "null";
  return `not ${l.m} and not ${r.m} and not coalesce(case when ${asNumbers(l, r)} then ${l.n} ${o} ${r.n} when ${asInstants(l, r)} then ${l.ts} ${o} ${r.ts} else ${text} end, false)`;
}

/** The aggregates and predicates of compare_columns: alias `cmp<i>` counts violations. */
export function comparePlan(
  sinks: CompareSink[],
  columns: Map<string, SqlColumn>,
  d: Dialect,
): { predicates: Predicates; aggregates: string[]; example: (alias: string) => string | undefined } {
  const predicates: Predicates = new Map();
  const aggregates: string[] = [];
  const pairs = new Map<string, [SqlColumn, SqlColumn]>();
  sinks.forEach((s, i) => {
    if (s.at.includes(-1)) return;
    const l = columns.get(s.rule.left)!;
    const r = columns.get(s.rule.right)!;
    pairs.set(`cmp${i}`, [l, r]);
    predicates.set(`cmp${i}`, { column: l, where: compareViolation(l, s.rule.op, r) });
    aggregates.push(`count(*) filter (where ${l.m} or ${r.m}) as cmpskip${i}`);
    if (s.rule.op !== "==" && s.rule.op !== "!=")
      aggregates.push(
        `count(*) filter (where not ${l.m} and not ${r.m} and not ${asNumbers(l, r)} and not ${asInstants(l, r)}) as cmpbad${i}`,
      );
  });
  const example = (alias: string) => {
    const p = pairs.get(alias);
    return p && `concat_ws(${d.literal("\u0001")}, coalesce(${p[0].t}, ''), coalesce(${p[1].t}, ''))`;
  };
  return { predicates, aggregates, example };
}

/** Fill each rule's sink from the aggregate pass. */
export function fillCompare(
  sinks: CompareSink[],
  agg: Record<string, unknown>,
  examples: Map<string, string[]>,
  label: string,
): void {
  sinks.forEach((s, i) => {
    if (s.at.includes(-1)) return;
    fillViolations(s.bad, Number(agg[`cmp${i}`] ?? 0), examples.get(`cmp${i}`) ?? [], label);
    s.skipped = Number(agg[`cmpskip${i}`] ?? 0);
    s.incomparable = Number(agg[`cmpbad${i}`] ?? 0);
  });
}

/** Whether a cell equals a value, as condition.ts `isValue` reads it. */
function equalsSql(v: { t: string; n: string }, value: Scalar, d: Dialect): string {
  if (typeof value === "number") return `${v.n} = ${value}`;
  if (typeof value === "boolean") return `lower(${v.t}) = ${d.literal(String(value))}`;
  return `${v.t} = ${d.literal(value)}`;
}

/** One test of a condition (never NULL: SQL's third value would turn `not` around). */
function leafSql(c: Leaf, kind: ColumnKind, d: Dialect): string {
  const v = valueExprs({ name: c.column, kind }, d);
  let test: string;
  switch (c.kind) {
    case "missing":
      return c.missing ? `coalesce(${v.m}, true)` : `not coalesce(${v.m}, true)`;
    case "equals":
      test = equalsSql(v, c.value, d);
      break;
    case "in":
      test = c.values.map((x) => `(${equalsSql(v, x, d)})`).join(" or ");
      break;
    case "compare":
      test = c.ms === undefined ? `${v.n} ${sqlOp(c.op)} ${c.value}` : `${v.ts} ${sqlOp(c.op)} ${c.ms}`;
      break;
  }
  return `coalesce(not ${v.m} and (${test}), false)`;
}

/** A condition as a SQL predicate over the relation's own columns (their engine types in `kinds`). */
export function conditionSql(c: Condition, kinds: Map<string, ColumnKind>, d: Dialect): string {
  switch (c.kind) {
    case "and":
    case "or":
      return `(${c.parts.map((p) => conditionSql(p, kinds, d)).join(` ${c.kind} `)})`;
    case "not":
      return `(not ${conditionSql(c.part, kinds, d)})`;
    default:
      return leafSql(c, kinds.get(c.column) ?? "text", d);
  }
}

/** A foreign key against a table of the same database: orphan rows, orphan keys, the first 5 keys. */
export async function foreignKeySql(
  conn: SqlConnection,
  inner: string,
  c: SqlColumn,
  sink: ForeignKeySink,
  d: Dialect,
  label: string,
): Promise<void> {
  const table = sink.fk.reference_table!.split(".").map(d.ident).join(".");
  const key = d.text(`r.${d.ident(sink.fk.reference_column)}`);
  const orphans = `select ${c.t} as k from (${inner}) as s where not ${c.m} and not exists (select 1 from ${table} as r where ${key} = s.${c.t})`;
  const totals = await conn.query(
    `select count(*) as rows, count(distinct k) as keys, (select count(distinct ${c.t}) from (${inner}) as a where not ${c.m}) as all_keys from (${orphans}) as o`,
  );
  const t = totals.rows[0] ?? {};
  const ex = Number(t.keys ?? 0)
    ? (await conn.query(`select k from (${orphans}) as o group by k order by k limit 5`)).rows.map((r) =>
        String(r.k),
      )
    : [];
  // The sink's shape: one entry per distinct key; orphans are the keys the reference lacks.
  sink.sqlAnswer = {
    orphanKeys: Number(t.keys ?? 0),
    orphanRows: Number(t.rows ?? 0),
    keys: Number(t.all_keys ?? 0),
    examples: ex,
    file: label,
  };
}
