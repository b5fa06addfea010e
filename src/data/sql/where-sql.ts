/**
 * `where:` on a SQL source: each block's column checks run as they run on the whole relation,
 * on the relation filtered by the block's condition (relationships-sql.ts `conditionSql`), so
 * every column check with a SQL form has one under `where:` too.
 */
import type { SqlConnection } from "../../io/sql-connection.js";
import type { CheckResult, Severity, Table } from "../../report/types.js";
import type { StageContext } from "../../stages/stage.js";
import { describeCondition } from "../checks/condition.js";
import type { DatasetConfig, RowSink } from "../checks/dataset-check.js";
import { blockName, type WhereSink, whereSays, whereVerdicts } from "../checks/where.js";
import { dialectOf } from "./dialect.js";
import { conditionSql } from "./relationships-sql.js";
import { kindOf } from "./sql-scan.js";
import type { SqlSource } from "./sql-source.js";

/** check-sql-dataset.ts `judge`, handed in (it calls this module). */
type Judge = (
  ds: DatasetConfig,
  base: string,
  severity: Severity,
  label: string,
  conn: SqlConnection,
  from: string,
  ctx: StageContext,
) => Promise<{ checks: CheckResult[]; rows: number; tables: Table[] }>;

/** Every verdict of the dataset's `where:` blocks. */
export async function judgeWhere(
  ds: DatasetConfig,
  base: string,
  severity: Severity,
  label: string,
  conn: SqlConnection,
  from: string,
  typeOf: Map<string, string>,
  sinks: RowSink[],
  judge: Judge,
  ctx: StageContext,
): Promise<CheckResult[]> {
  const d = dialectOf((ds.source as SqlSource).engine);
  const kinds = new Map([...typeOf].map(([name, type]) => [name, kindOf(type)]));
  const checks: CheckResult[] = [];
  for (const sink of sinks as WhereSink[]) {
    if (!sink.condition || sink.at.includes(-1)) {
      checks.push(...whereVerdicts(base, ds, severity, sink));
      continue;
    }
    const block = sink.block;
    const filtered = `(select * from ${from} where ${conditionSql(sink.condition, kinds, d)}) as mlgate_where`;
    const sub: DatasetConfig = { name: ds.name, source: ds.source, columns: block.columns };
    const r = await judge(
      sub,
      `${base}/where/${blockName(block, sink.index)}`,
      block.severity ?? severity,
      label,
      conn,
      filtered,
      ctx,
    );
    const when = describeCondition(sink.condition);
    for (const c of r.checks) checks.push({ ...c, message: `${whereSays(when, r.rows)}${c.message}` });
  }
  return checks;
}
