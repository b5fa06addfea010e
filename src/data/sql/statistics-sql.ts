/**
 * The column statistics in SQL (`mean`, `std`, `median`, `quantiles`, `distinct`,
 * `string_length`), filling the accumulators their verdicts read (statistics.ts), so that a table
 * is judged by the same code and definitions as a file:
 *
 * - mean: `avg` of the numbers; std: `var_samp` (n − 1, as the file path and pandas);
 * - median and quantiles: the two order statistics numpy's linear interpolation reads, fetched by
 *   rank after one sort in the engine, and interpolated here as the file path interpolates them
 *   (so the value is bit for bit the file path's, with no count limit);
 * - distinct: `count(distinct …)` of the values as text (a float's -0 is 0, as JavaScript writes it);
 * - string_length: `length()`, which counts characters (code points) in both engines, not bytes.
 *
 * Imports only types from column-sql.ts, which spreads these forms into COLUMN_SQL.
 */
import type { SqlConnection } from "../../io/sql-connection.js";
import type { ColumnConfig } from "../checks/column-check.js";
import {
  type DistinctSink,
  type MomentSink,
  quantileRanks,
  type StatBounds,
  ValuesSink,
} from "../checks/statistics.js";
import type { ColumnKernel } from "../column-kernel.js";
import type { ColumnSql, SqlAnswers, SqlColumn } from "./column-sql.js";

const num = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));

/** A string_length violation: a non-missing value shorter or longer than the bounds, in characters. */
function lengthViolation(c: SqlColumn, config: ColumnConfig): string | undefined {
  const b = config.string_length as StatBounds;
  const parts = [
    b.min !== undefined && `length(${c.t}) < ${b.min}`,
    b.max !== undefined && `length(${c.t}) > ${b.max}`,
  ].filter(Boolean);
  return parts.length ? `not ${c.m} and (${parts.join(" or ")})` : undefined;
}

/** The sink of `string_length` (its class stays private to its check). */
type LengthSink = {
  measured: number;
  bad: { count: number; add(e: { row: number; line: number; file: string; value: string }): void };
};

/** The statistics' SQL forms, by check id. */
export const STATISTICS_SQL: Record<string, ColumnSql> = {
  mean: {
    aggregates: (c) => ({ avg: `avg(${c.n})`, var: `var_samp(${c.n})` }),
    fill: (sink, a, key) => fillMoments(sink as MomentSink, a, key),
  },
  std: {
    aggregates: (c) => ({ avg: `avg(${c.n})`, var: `var_samp(${c.n})` }),
    fill: (sink, a, key) => fillMoments(sink as MomentSink, a, key),
  },
  distinct: {
    aggregates: (c) => ({
      distinct: `count(distinct ${c.kind === "float" ? `case when ${c.n} = 0 then '0' else ${c.t} end` : c.t}) filter (where not ${c.m})`,
    }),
    fill: (sink, a, key) => {
      (sink as DistinctSink).counted = Number(a.agg[`${key}_distinct`] ?? 0);
    },
  },
  string_length: {
    violates: (c, config) => lengthViolation(c, config),
    fill: (sink, a, key) => {
      const s = sink as unknown as LengthSink;
      s.measured = Number(a.agg.mlgate_rows ?? 0) - Number(a.agg[`${key}_missing`] ?? 0);
      s.bad.count = 0;
      for (const value of (a.examples.get(`${key}_string_length`) ?? []).slice(0, 5))
        s.bad.add({
          row: -1,
          line: 1,
          file: a.file,
          value: value.length > 80 ? `${value.slice(0, 79)}…` : value,
        });
      s.bad.count = Number(a.agg[`${key}_string_length`] ?? 0);
    },
  },
  // The order statistics need the count first: fillOrderStatistics runs their query.
  median: { fill: () => {} },
  quantiles: { fill: () => {} },
};

/** Count, mean and sum of squared deviations as the moments' accumulator keeps them. */
function fillMoments(sink: MomentSink, a: SqlAnswers, key: string): void {
  const n = Number(a.agg[`${key}_numeric`] ?? 0);
  const mean = num(a.agg[`${key}_avg`]);
  if (!n || mean === undefined || sink.n) return;
  const variance = num(a.agg[`${key}_var`]) ?? 0;
  sink.mergeState({ n, shift: mean, mean: 0, m2: variance * (n - 1) });
}

/** The quantile levels a column's order-statistic checks ask for. */
function levelsOf(id: string, config: ColumnConfig): number[] {
  if (id === "median") return [0.5];
  if (id !== "quantiles") return [];
  return Object.keys(config.quantiles as object)
    .filter((k) => k !== "severity")
    .map(Number);
}

/**
 * The order statistics `median` and `quantiles` need, in one query after one sort: the numbers'
 * ranks (0-based) by `row_number()`, keeping only the ranks the levels interpolate between.
 */
export async function fillOrderStatistics(
  conn: SqlConnection,
  inner: string,
  c: SqlColumn,
  kernel: ColumnKernel,
): Promise<void> {
  const count = kernel.numeric;
  const sinks = kernel.checks.flatMap((check, i) => {
    const sink = kernel.sinks[i];
    const levels = levelsOf(check.id, kernel.config);
    return sink instanceof ValuesSink && levels.length ? [{ sink, levels }] : [];
  });
  if (!sinks.length) return;
  const ranks = new Set<number>();
  if (count)
    for (const { levels } of sinks)
      for (const q of levels) {
        const r = quantileRanks(count, q);
        ranks.add(r.lo).add(r.hi);
      }
  const ranked = new Map<number, number>();
  if (ranks.size) {
    const wanted = [...ranks].sort((a, b) => a - b).join(", ");
    const r = await conn.query(
      `select r, v from (select ${c.n} as v, row_number() over (order by ${c.n}) - 1 as r from (${inner}) as s where ${c.n} is not null) as o where r in (${wanted})`,
    );
    for (const row of r.rows) ranked.set(Number(row.r), Number(row.v));
  }
  for (const { sink } of sinks) sink.setRanked(count, ranked);
}
