/**
 * Connections to the engines SQL sources name: PostgreSQL through `pg` (bundled), DuckDB through
 * `@duckdb/node-api` (a native binding, loaded only when a source asks for it). The URL comes from
 * the environment variable the config names and never appears in a message: errors are rewritten
 * with the URL and its password removed. Every statement has a timeout; PostgreSQL sessions are
 * read-only; DuckDB reads files inside the repository only.
 */
import { realpathSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { WorkspaceError } from "./workspace.js";

/** A result: rows as objects (numbers as JS numbers or strings, big integers as strings). */
export interface SqlRows {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}

/** One open connection. */
export interface SqlConnection {
  query(sql: string): Promise<SqlRows>;
  close(): Promise<void>;
}

/** A connection problem or a failed statement, with nothing secret in its message. */
export class SqlError extends Error {}

/** What opening needs: the engine and its target. */
export interface SqlTarget {
  engine: "postgres" | "duckdb";
  url?: string;
  database?: string;
  timeoutMs: number;
}

/** PostgreSQL type ids of the numeric and timestamp types (pg_type.oid, stable across versions). */
const PG_TYPES: Record<number, string> = {
  20: "bigint",
  21: "smallint",
  23: "integer",
  700: "real",
  701: "double",
  1700: "numeric",
  16: "boolean",
  1082: "date",
  1114: "timestamp",
  1184: "timestamptz",
};

/** `message` with the URL, its password and user:password pairs removed. */
export function redact(message: string, secrets: string[]): string {
  let out = message;
  for (const s of secrets.filter((x) => x.length >= 3)) out = out.split(s).join("[redacted]");
  return out.replace(/(\w+:\/\/)[^@\s/]*@/g, "$1[redacted]@");
}

/** The secrets of a URL: the URL, its password (raw and decoded). */
function secretsOf(url: string): string[] {
  try {
    const u = new URL(url);
    return [url, u.password, decodeURIComponent(u.password)];
  } catch {
    return [url];
  }
}

/** Read the URL an `env:NAME` reference names; throws SqlError naming the variable only. */
export function urlFromEnv(ref: string, env: Readonly<Record<string, string | undefined>>): string {
  const name = ref.slice("env:".length);
  const url = env[name];
  if (!url) throw new SqlError(`the environment variable ${name} (source url: ${ref}) is not set`);
  return url;
}

async function openPostgres(url: string, timeoutMs: number): Promise<SqlConnection> {
  const secrets = secretsOf(url);
  const fail = (err: unknown): never => {
    throw new SqlError(redact((err as Error).message ?? String(err), secrets));
  };
  // Loaded here, not with the module: a run without a PostgreSQL source never compiles it.
  const { default: postgres } = await import("pg");
  const client = new postgres.Client({
    connectionString: url,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 5_000,
    connectionTimeoutMillis: 30_000,
    // Read-only: a query from the config cannot write, whatever the database user may do.
    options: "-c default_transaction_read_only=on -c standard_conforming_strings=on -c TimeZone=UTC",
  });
  client.on("error", () => {});
  await client.connect().catch(fail);
  return {
    async query(sql) {
      // The extended protocol runs exactly one statement.
      const r = await client.query({ text: sql, queryMode: "extended" } as pg.QueryConfig).catch(fail);
      return {
        columns: r.fields.map((f) => ({ name: f.name, type: PG_TYPES[f.dataTypeID] ?? "text" })),
        rows: r.rows,
      };
    },
    close: () => client.end().catch(() => {}),
  };
}

/** DuckDB types as the checks classify them. */
function duckType(t: string): string {
  const u = t.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(u))
    return "integer";
  if (/^(FLOAT|DOUBLE|REAL)$/.test(u)) return "double";
  if (u.startsWith("DECIMAL")) return "numeric";
  if (u === "BOOLEAN") return "boolean";
  if (u === "DATE") return "date";
  if (u.startsWith("TIMESTAMP WITH TIME ZONE") || u === "TIMESTAMPTZ") return "timestamptz";
  if (u.startsWith("TIMESTAMP")) return "timestamp";
  return "text";
}

/**
 * The real path of a file of the repository that DuckDB is to open, refused (as the readers refuse
 * a data path) when it, or a folder on the way, is a link leading outside: DuckDB's
 * `allowed_directories` compares the path as written, so a link inside the root would pass it.
 */
export function realFileIn(root: string, relative: string): string {
  const abs = path.resolve(root, relative);
  const rel = path.relative(path.resolve(root), abs);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
    throw new WorkspaceError(`${relative} is outside the repository`);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    throw new WorkspaceError(`${relative} does not exist`);
  }
  const inside = path.relative(realpathSync(root), real);
  if (inside === ".." || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside))
    throw new WorkspaceError(`${relative} is a link to a file outside the repository`);
  return real;
}

async function openDuckdb(
  root: string,
  database: string | undefined,
  timeoutMs: number,
): Promise<SqlConnection> {
  let duck: typeof import("@duckdb/node-api");
  try {
    duck = await import("@duckdb/node-api");
  } catch {
    throw new SqlError(
      "engine duckdb needs the package @duckdb/node-api (a native binding not bundled in mlgate): install it next to mlgate (npm install @duckdb/node-api)",
    );
  }
  const realRoot = realpathSync(root);
  const dbFile = database === undefined ? ":memory:" : realFileIn(root, database);
  const fail = (err: unknown): never => {
    throw new SqlError((err as Error).message ?? String(err));
  };
  const instance = await duck.DuckDBInstance.create(dbFile, {
    ...(database !== undefined ? { access_mode: "READ_ONLY" } : {}),
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    file_search_path: realRoot,
  }).catch(fail);
  const conn = await instance.connect().catch(fail);
  // Files are read from the repository only, and a query cannot change that (the configuration
  // is locked before any statement of the config runs).
  const dir = `'${realRoot.replaceAll("'", "''")}'`;
  await conn
    .run(
      `set allowed_directories = [${dir}]; set enable_external_access = false; set lock_configuration = true`,
    )
    .catch(fail);
  return {
    async query(sql) {
      // DuckDB has no statement timeout: interrupt the connection when the time is up.
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        conn.interrupt();
      }, timeoutMs);
      try {
        const r = await conn.runAndReadAll(sql);
        const names = r.columnNames();
        const types = r.columnTypes().map((t) => duckType(t.toString()));
        return {
          columns: names.map((name, i) => ({ name, type: types[i]! })),
          rows: r.getRowObjectsJS() as Record<string, unknown>[],
        };
      } catch (err) {
        if (timedOut) throw new SqlError(`the statement ran past its timeout (${timeoutMs / 1000} s)`);
        return fail(err);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Open a connection; `root` is the repository (DuckDB files stay inside it). */
export async function openSql(
  target: SqlTarget,
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): Promise<SqlConnection> {
  if (target.engine === "postgres") return openPostgres(urlFromEnv(target.url!, env), target.timeoutMs);
  return openDuckdb(root, target.database, target.timeoutMs);
}
