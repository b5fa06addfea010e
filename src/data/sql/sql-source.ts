/**
 * `data[].source`: a table or a query where the data lives, instead of files. Its options schema
 * (the generator puts it in mlgate.schema.json) and the relation every check's SQL reads from.
 */

import type { JsonSchema } from "../../checks/definition.js";
import { duration } from "../../checks/options.js";
import type { Dialect, Engine } from "./dialect.js";

/** A source as mlgate.yml writes it. */
export interface SqlSource {
  engine: Engine;
  /** PostgreSQL: `env:NAME`, the variable holding the connection URL (never the URL itself). */
  url?: string;
  /** DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table. */
  path?: string;
  /** DuckDB: a database file in the repository, opened read-only, for `table` or `query`. */
  database?: string;
  /** `schema.table` or `table`. */
  table?: string;
  /** One SELECT statement. */
  query?: string;
  /** The statement timeout (default 10m). */
  timeout?: string | number;
}

/** The options of `source`. */
export const sqlSourceSchema: JsonSchema = {
  type: "object",
  additionalProperties: false,
  required: ["engine"],
  description:
    "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.",
  properties: {
    engine: { type: "string", enum: ["postgres", "duckdb"], description: "The engine that runs the checks." },
    url: {
      type: "string",
      pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$",
      errorMessage: "must be env:NAME, the environment variable that holds the connection URL",
      description: "PostgreSQL: `env:NAME`, the environment variable holding the connection URL.",
    },
    path: {
      type: "string",
      minLength: 1,
      description: "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table.",
    },
    database: {
      type: "string",
      minLength: 1,
      description: "DuckDB: a database file in the repository, opened read-only.",
    },
    table: {
      type: "string",
      pattern: "^[^.]+(\\.[^.]+)?$",
      errorMessage: "must be table or schema.table",
      description: "The table, `table` or `schema.table`.",
    },
    query: { type: "string", minLength: 1, description: "One SELECT statement whose rows are checked." },
    timeout: { ...duration, description: "Statement timeout (default 10m)." },
  },
};

/** What is wrong with a source the schema accepted (which keys go together), or undefined. */
export function sourceProblem(s: SqlSource): string | undefined {
  const what = [s.table !== undefined, s.query !== undefined, s.path !== undefined].filter(Boolean).length;
  if (what !== 1) return "needs exactly one of table, query or path";
  if (s.engine === "postgres") {
    if (s.url === undefined) return "engine postgres needs url: env:NAME";
    if (s.path !== undefined || s.database !== undefined) return "path and database are for engine duckdb";
  } else {
    if (s.url !== undefined) return "url is for engine postgres (DuckDB reads files: path or database)";
    if (s.path !== undefined && s.database !== undefined) return "path and database do not go together";
    if (s.table !== undefined && s.database === undefined) return "table needs database (a .duckdb file)";
  }
  return undefined;
}

/** How the source reads in reports: `postgres:features.train`, `duckdb:data/x.parquet`. */
export function sourceLabel(s: SqlSource): string {
  const what = s.table ?? s.path ?? "query";
  return `${s.engine}:${what}`;
}

/**
 * The relation the checks read, as a FROM item. `fileSql` is the engine's reader of the
 * resolved file (DuckDB). A query is wrapped as a subquery: a second statement after a `;` is a
 * syntax error there, and the connection is read-only besides.
 */
export function fromItem(s: SqlSource, d: Dialect, fileSql?: string): string {
  if (s.table !== undefined) return s.table.split(".").map(d.ident).join(".");
  if (s.query !== undefined) return `(${s.query.replace(/;\s*$/, "")}\n) as mlgate_source`;
  return fileSql!;
}
