/**
 * The SQL form of each column check, keyed by the check's id: what it adds to the table's one
 * aggregate pass, which rows violate it (counted in that pass, up to 5 fetched as examples), and
 * how the answers fill the check's own accumulator, so that its own verdict judges them exactly
 * as it judges a file. Every value is read as the file path reads its text: `t` is the value as
 * text, `m` whether it is missing (NULL, NaN, or a missing marker such as NA), `n` its number
 * (a finite plain decimal, else NULL).
 */
import { EXAMPLES, type Example, type Violations } from "../../checks/violations.js";
import type { ValueType } from "../../readers/values.js";
import type { CellSink, ColumnConfig } from "../checks/column-check.js";
import type { Dialect } from "./dialect.js";
import { STATISTICS_SQL } from "./statistics-sql.js";

/** How a column's values are typed in the engine. */
export type ColumnKind = "integer" | "float" | "timestamp" | "date" | "boolean" | "text";

/** A column as the SQL forms see it: its derived values in the scan's subquery. */
export interface SqlColumn {
  name: string;
  kind: ColumnKind;
  /** Names of the derived columns (t3, m3, n3). */
  t: string;
  m: string;
  n: string;
  /** Epoch milliseconds of its timestamps (only when a check asks: `ts3`). */
  ts: string;
}

/** What a form is handed after the scan. */
export interface SqlAnswers {
  /** The aggregate pass's values by alias. */
  agg: Record<string, unknown>;
  /** Example values of violating rows, by the check's id (at most 5, in value order). */
  examples: Map<string, string[]>;
  /** Where examples say they are from (the source's label). */
  file: string;
}

/** A column check's SQL form. */
export interface ColumnSql {
  /** The predicate of a violating row, or undefined when no row can violate. */
  violates?(c: SqlColumn, config: ColumnConfig, d: Dialect): string | undefined;
  /** Further aggregates of the one pass: alias suffix to expression. */
  aggregates?(c: SqlColumn, config: ColumnConfig, d: Dialect): Record<string, string>;
  /** Fill the check's accumulator from the answers (`key` prefixes this column's aliases). */
  fill(sink: CellSink, a: SqlAnswers, key: string, checkId: string): void;
}

/** The plain decimal number of the file path (values.ts `isDecimal`). */
export const DECIMAL = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$";
const INTEGER = "^[+-]?[0-9]+$";
const BOOLEAN = "^(true|false|TRUE|FALSE|True|False|0|1|yes|no|Yes|No|YES|NO)$";
const DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/** values.ts TIMESTAMP. */
export const TIMESTAMP =
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$";

/** An example the way the SQL path has it: no row order in a table (row -1 reads as no row). */
export function sqlExample(value: string, file: string): Example {
  return { row: -1, line: 1, file, value: value.length > 80 ? `${value.slice(0, 79)}…` : value };
}

/** Set a violation counter from a count and example values. */
export function fillViolations(v: Violations, count: number, values: string[], file: string): void {
  for (const value of values.slice(0, EXAMPLES)) v.add(sqlExample(value, file));
  v.count = count;
}

/** `substr(t, from, len)` as an integer, NULL when not digits (engines may evaluate both sides of `or`). */
const part = (d: Dialect, t: string, from: number, len: number) => d.toInt(`substr(${t}, ${from}, ${len})`);

/** A YYYY-MM-DD prefix names a real calendar day (values.ts `isDate`). */
export function validDay(t: string, dialect: Dialect): string {
  const y = part(dialect, t, 1, 4);
  const m = part(dialect, t, 6, 2);
  const d = part(dialect, t, 9, 2);
  const leap = `((${y} % 4 = 0 and ${y} % 100 <> 0) or ${y} % 400 = 0)`;
  return `(${m} between 1 and 12 and ${d} >= 1 and ${d} <= case when ${m} = 2 then case when ${leap} then 29 else 28 end when ${m} in (4, 6, 9, 11) then 30 else 31 end)`;
}

/**
 * A timestamp the file path accepts (the regex, then `Date.parse`): month 1-12, day 1-31 (V8
 * accepts 2024-02-30 as March 1st), hours below 24, minutes and seconds below 60.
 */
function validTimestamp(t: string, d: Dialect): string {
  const clock = (from: number, max: number) =>
    `(length(${t}) < ${from + 1} or coalesce(${part(d, t, from, 2)} < ${max}, true))`;
  return `(${part(d, t, 6, 2)} between 1 and 12 and ${part(d, t, 9, 2)} between 1 and 31 and ${clock(12, 24)} and ${clock(15, 60)} and (length(${t}) < 19 or substr(${t}, 17, 1) <> ':' or ${part(d, t, 18, 2)} < 60))`;
}

/** Whether a non-missing value violates `type`. */
function typeViolation(c: SqlColumn, type: ValueType, d: Dialect): string | undefined {
  if (type === "string") return undefined;
  const typed = c.kind === "timestamp" || c.kind === "date";
  if (typed && (type === "timestamp" || (type === "date" && c.kind === "date"))) return undefined;
  // An integer column holds integers and numbers by its type: no text to test per row.
  if (c.kind === "integer" && (type === "integer" || type === "number")) return undefined;
  const t = c.t;
  const shaped = (re: string, valid?: string) =>
    valid === undefined
      ? `not ${d.matchesRaw(t, re)}`
      : `not coalesce(case when ${d.matchesRaw(t, re)} then ${valid} end, false)`;
  switch (type) {
    case "integer":
      return shaped(INTEGER);
    case "number":
      return `${c.n} is null`;
    case "boolean":
      return shaped(BOOLEAN);
    case "date":
      return shaped(DATE, validDay(t, d));
    case "timestamp":
      return shaped(TIMESTAMP, validTimestamp(t, d));
  }
}

/** An allowed value as the file path reads it: its text, and the number it is when one. */
function allowedViolation(c: SqlColumn, values: (string | number | boolean)[], d: Dialect): string {
  const texts = values.map((v) => d.literal(String(v)));
  const numbers = values
    .map((v) => String(v))
    .filter((s) => new RegExp(DECIMAL).test(s) && Number.isFinite(Number(s)))
    .map((s) => String(Number(s)));
  const inNumbers = numbers.length ? ` or ${c.n} in (${numbers.join(", ")})` : "";
  return `not (${c.t} in (${texts.join(", ")})${inNumbers})`;
}

/** The counter of a sink that counts violations (`bad`), or missing rows (`rows`). */
const counter = (sink: CellSink, field: "bad" | "rows" | "duplicates") =>
  (sink as unknown as Record<string, Violations>)[field]!;

/** Fill a violation counter from this check's aggregate and examples. */
const fillFrom =
  (field: "bad" | "rows") =>
  (sink: CellSink, a: SqlAnswers, key: string, checkId: string): void =>
    fillViolations(
      counter(sink, field),
      Number(a.agg[`${key}_${checkId}`] ?? 0),
      a.examples.get(`${key}_${checkId}`) ?? [],
      a.file,
    );

/** The SQL forms, by check id. */
export const COLUMN_SQL: Record<string, ColumnSql> = {
  type: {
    violates: (c, config, d) => {
      const v = typeViolation(c, config.type!, d);
      return v === undefined ? undefined : `not ${c.m} and ${v}`;
    },
    fill: fillFrom("bad"),
  },
  range: {
    violates: (c, config) =>
      [
        config.min !== undefined && `${c.n} < ${config.min}`,
        config.max !== undefined && `${c.n} > ${config.max}`,
      ]
        .filter(Boolean)
        .join(" or "),
    fill: fillFrom("bad"),
  },
  allowed: {
    violates: (c, config, d) => `not ${c.m} and ${allowedViolation(c, config.allowed!, d)}`,
    fill: fillFrom("bad"),
  },
  regex: {
    violates: (c, config, d) => `not ${c.m} and not ${d.matches(c.t, config.regex!)}`,
    fill: fillFrom("bad"),
  },
  missing: {
    violates: (c) => c.m,
    fill: fillFrom("rows"),
  },
  freshness: {
    aggregates: (c) => ({ newest: `max(${c.ts})` }),
    fill: (sink, a, key) => {
      const newest = a.agg[`${key}_newest`];
      if (newest !== null && newest !== undefined)
        sink.text(new Date(Number(newest)).toISOString(), undefined, -1, 1, a.file, 0);
    },
  },
  not_constant: {
    aggregates: (c) => ({
      lo: `min(${c.t}) filter (where not ${c.m})`,
      hi: `max(${c.t}) filter (where not ${c.m})`,
    }),
    fill: (sink, a, key) => {
      for (const end of ["lo", "hi"]) {
        const v = a.agg[`${key}_${end}`];
        if (typeof v === "string") sink.text(v, undefined, -1, 1, a.file, 0);
      }
    },
  },
  // unique and outliers need their own queries: sql-scan.ts runs them.
  unique: { fill: () => {} },
  outliers: { fill: () => {} },
  ...STATISTICS_SQL,
};
