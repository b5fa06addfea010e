/**
 * The SQL a check compiles to differs by engine in a few places only: quoting, casting a value to
 * text, matching a regex, testing a float for NaN and infinity. A dialect says those; the check
 * forms (column-sql.ts, dataset-sql.ts) write everything else once.
 */
import { translatePattern } from "../../regex/translate-pattern.js";
import { toPostgresRegex } from "./postgres-regex.js";

/** What the source's engine is. */
export type Engine = "postgres" | "duckdb";

/** How one engine writes the few things that differ. */
export interface Dialect {
  engine: Engine;
  /** `"name"`, with inner quotes doubled. */
  ident(name: string): string;
  /** `'text'`, with inner quotes doubled (and no backslash escapes in either engine). */
  literal(text: string): string;
  /** A value as text. */
  text(expr: string): string;
  /** Whether text matches a regex anywhere (the pattern as written in mlgate.yml); throws when it cannot be translated. */
  matches(textExpr: string, pattern: string): string;
  /** Whether text matches an internal (ASCII, RE2- and ARE-compatible) regex anywhere. */
  matchesRaw(textExpr: string, regex: string): string;
  /** Text as an integer, NULL when it is not digits. */
  toInt(textExpr: string): string;
  /** A number as a double. */
  double(expr: string): string;
  /** Text read as a double (only called on text that is a plain decimal). */
  toDouble(textExpr: string): string;
  /** Whether a float is NaN. */
  isNaN(expr: string): string;
  /** Whether a float is finite. */
  isFinite(expr: string): string;
  /** Milliseconds since the epoch of a timestamp (with or without zone: without one is UTC). */
  epochMs(expr: string): string;
  /** Text of a timestamp (matched by the timestamp regex and a valid date) as a timestamp with zone. */
  toTimestamp(textExpr: string): string;
  /** The quantile q of a numeric expression (linear interpolation, as percentile_cont). */
  quantile(expr: string, q: number): string;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
// Neither engine reads backslash escapes in a standard string literal (PostgreSQL with
// standard_conforming_strings on, its default since 9.1, and set on every connection here).
const literal = (text: string) => `'${text.replaceAll("'", "''").replaceAll("\u0000", "")}'`;

/** PostgreSQL 15 and later. */
export const POSTGRES: Dialect = {
  engine: "postgres",
  ident,
  literal,
  text: (e) => `(${e})::text`,
  matches: (t, pattern) => `(${t} ~ ${literal(toPostgresRegex(pattern))})`,
  // Through numeric: a decimal past double's range (1e400) is then an infinity to filter, not an error.
  matchesRaw: (t, re) => `(${t} ~ ${literal(re)})`,
  double: (e) => `(${e})::float8`,
  toInt: (t) => `(case when ${t} ~ '^[0-9]{1,9}$' then (${t})::integer end)`,
  toDouble: (t) =>
    `(case when abs((${t})::numeric) < 1.7976931348623157e308 then (${t})::numeric::float8 end)`,
  isNaN: (e) => `((${e}) = 'NaN'::float8)`,
  isFinite: (e) => `((${e}) not in ('Infinity'::float8, '-Infinity'::float8, 'NaN'::float8))`,
  epochMs: (e) => `(extract(epoch from ${e}) * 1000)::float8`,
  toTimestamp: (t) => `(${t})::timestamptz`,
  quantile: (e, q) => `percentile_cont(${q}) within group (order by ${e})`,
};

/** DuckDB (its regexes are RE2: the pattern runs as the file path runs it). */
export const DUCKDB: Dialect = {
  engine: "duckdb",
  ident,
  literal,
  text: (e) => `cast(${e} as varchar)`,
  matches: (t, pattern) => `regexp_matches(${t}, ${literal(translatePattern(pattern))})`,
  matchesRaw: (t, re) => `regexp_matches(${t}, ${literal(re)})`,
  double: (e) => `cast(${e} as double)`,
  toInt: (t) => `try_cast(${t} as integer)`,
  toDouble: (t) => `try_cast(${t} as double)`,
  isNaN: (e) => `isnan(${e})`,
  isFinite: (e) => `isfinite(${e})`,
  epochMs: (e) => `(epoch_ms(cast(${e} as timestamptz)))::double`,
  toTimestamp: (t) => `try_cast(${t} as timestamptz)`,
  quantile: (e, q) => `quantile_cont(${e}, ${q})`,
};

/** The dialect of an engine. */
export function dialectOf(engine: Engine): Dialect {
  return engine === "postgres" ? POSTGRES : DUCKDB;
}
