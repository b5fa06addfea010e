/**
 * Same data, same verdicts: one generated table (NULLs, NaN, ±infinity, unicode, quotes, empty
 * strings, big integers, timestamps with zones, a column named with a quote, a semicolon and a
 * comment marker) checked as a CSV file, as Parquet through mlgate's own reader, as a real
 * PostgreSQL table, and through DuckDB on the Parquet and CSV files: every check's status and
 * message (its counts) must be the same, and so must the number of examples shown.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { runData } from "../../src/data/data-stage.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { SKIP_POSTGRES, startPostgres, type TestPostgres } from "../helpers/postgres.js";

/** A column whose name needs quoting in every dialect. */
const WEIRD = `we"ird; --col`;
/** Allowed values that need quoting as literals. */
const WEIRD_VALUES = ["it's", "a;b", "--x", 'q"q'];

type Row = {
  id: bigint;
  x: number | null;
  cat: string | null;
  email: string | null;
  ts: string | null;
  d: string | null;
  a: number;
  b: number;
  c: number;
  weird: string | null;
};

/** A seeded generator (mulberry32): the same table on every run. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` rows; the drift reference is another seed with `x` shifted. */
function generate(n: number, seed = 42, shift = 0): Row[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const u = r();
    const x =
      u < 0.03
        ? null
        : u < 0.05
          ? Number.NaN
          : u < 0.06
            ? Number.POSITIVE_INFINITY
            : u < 0.07
              ? Number.NEGATIVE_INFINITY
              : u < 0.09
                ? 1000 + Math.round(r() * 100000) / 100
                : Math.round((r() * 100 - 20 + shift) * 1000) / 1000;
    const hot = [0, 0, 0];
    hot[Math.floor(r() * 3)] = 1;
    if (r() < 0.05) hot[0] = 1;
    const zone = pick(["Z", "+02:00", "-05:30", "+00:00"]);
    const day = 1 + Math.floor(r() * 28);
    rows.push({
      id: i % 97 === 5 ? 9007199254740993n : BigInt(i < 250 ? i : i - 3),
      x,
      cat: pick(["a", "b", "é漢字", "it's", 'say "hi"', "", "NA", null, "c;--", "a"]),
      email: pick(["ann@example.com", "bob@x.y", "bad", "", null, "ü@ß.de", "two@@at"]),
      ts:
        r() < 0.1
          ? null
          : `2024-0${1 + Math.floor(r() * 9)}-${String(day).padStart(2, "0")}T10:${String(Math.floor(r() * 60)).padStart(2, "0")}:00${zone}`,
      d: pick(["2024-02-29", "2023-02-29", "2024-13-01", "2024-01-31", "not a date", null]),
      a: hot[0]!,
      b: hot[1]!,
      c: hot[2]!,
      weird: pick([...WEIRD_VALUES, "other", null]),
    });
  }
  return rows;
}

const CONFIG = (source: string, drift = "reference: ref.csv") => `version: 1
data:
  - name: t
    ${source}
    row_count: { min: 10, max: 100000 }
    drift: { ${drift}, columns: [id, x, cat, email, a, missing_here] }
    unique: [[cat, email]]
    one_hot: [[a, b, c]]
    columns:
      id: { unique: true, type: integer, min: 0, distinct: { min: 500 }, mean: { max: 100 } }
      x: { type: number, min: -10, max: 70, missing: { max_percent: 1 }, outliers: { zscore: 2, iqr: 1.5, max_percent: 1 }, mean: { min: 0, max: 100 }, std: { max: 5 }, median: { min: 0 }, quantiles: { "0": { min: -20 }, "0.1": { max: 0 }, "0.25": {}, "0.9": { max: 70 }, "1": {} } }
      cat: { allowed: [a, b, "it's", 'say "hi"'], missing: { max: 0 }, not_constant: true, max_percent: 50, distinct: { max: 5 }, string_length: { min: 1, max: 3 } }
      b: { mean: { max: 0.3 }, std: { min: 0 }, median: { max: 0 }, distinct: { max: 2 } }
      email: { regex: "^[^@\\\\s]+@[^@\\\\s]+\\\\.[a-z]+$", string_length: { max: 12 }, distinct: { min: 2, max: 5 } }
      ts: { type: timestamp, freshness: { max_age: 100000d } }
      d: { type: date }
      a: { type: boolean }
      '${WEIRD.replaceAll("'", "''")}': { allowed: ${JSON.stringify(WEIRD_VALUES)}, missing: { max_percent: 100 }, string_length: { max: 3 } }
`;

/** A CSV cell: quoted when it must be; NULL is an empty cell. */
function cell(v: unknown): string {
  if (v === null) return "";
  const s = typeof v === "number" ? (Number.isNaN(v) ? "NaN" : String(v)) : String(v);
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

const COLUMNS = ["id", "x", "cat", "email", "ts", "d", "a", "b", "c", WEIRD];
const fields = (row: Row) => [
  row.id,
  row.x,
  row.cat,
  row.email,
  row.ts,
  row.d,
  row.a,
  row.b,
  row.c,
  row.weird,
];

/** A SQL literal for a generated value (both engines read these the same way). */
function sqlValue(v: unknown, type: string): string {
  if (v === null) return "NULL";
  if (typeof v === "number" && !Number.isFinite(v))
    return `cast('${Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity"}' as ${type})`;
  if (typeof v === "number" || typeof v === "bigint") return `cast(${v} as ${type})`;
  return `cast('${String(v).replaceAll("'", "''")}' as ${type})`;
}
const TYPES = [
  "bigint",
  "double precision",
  "text",
  "text",
  "timestamptz",
  "text",
  "integer",
  "integer",
  "integer",
  "text",
];
const TYPES_DUCK = [
  "bigint",
  "double",
  "varchar",
  "varchar",
  "timestamptz",
  "varchar",
  "integer",
  "integer",
  "integer",
  "varchar",
];

function createSql(table: string, types: string[], rows: Row[]): string[] {
  return createTable(table, COLUMNS, types, rows.map(fields));
}

/** The statements that create a table of these columns and types and insert the rows' values. */
function createTable(table: string, columns: string[], types: string[], rows: unknown[][]): string[] {
  const q = (n: string) => `"${n.replaceAll('"', '""')}"`;
  const cols = columns.map((c, i) => `${q(c)} ${types[i]}`).join(", ");
  const values = rows.map((row) => `(${row.map((v, i) => sqlValue(v, types[i]!)).join(", ")})`);
  return [`create table ${table} (${cols})`, `insert into ${table} values ${values.join(",\n")}`];
}

/** Each check's id, status and message, and how many examples it shows. */
async function verdicts(dir: string, source: string, env: Record<string, string> = {}, drift?: string) {
  const { config, diagnostics } = parseConfig(CONFIG(source, drift), "mlgate.yml");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const section = await runData({
    config: config!,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
    env,
  });
  const checks = section.checks.map((c) => ({
    id: c.id,
    status: c.status,
    message: c.message,
    examples: c.diagnostics.length,
  }));
  // The profile table (values, missing, min, max, mean, distinct) must agree too.
  return { checks, profile: section.tables };
}

/** One server for the whole file (each describe adds its tables). */
let db: TestPostgres | undefined;
beforeAll(async () => {
  if (!SKIP_POSTGRES) {
    db = await startPostgres();
    await db.sql(`create schema "odd ""schema"""`);
  }
}, 60_000);
afterAll(async () => {
  await db?.stop();
});

describe("same data, same verdicts", () => {
  const rows = generate(400);
  const reference = generate(300, 7, 5);
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "mlgate-sql-"));
    const csv = (rs: Row[]) =>
      `${COLUMNS.map(cell).join(",")}\n${rs.map((r) => fields(r).map(cell).join(",")).join("\n")}\n`;
    writeFileSync(path.join(dir, "t.csv"), csv(rows));
    writeFileSync(path.join(dir, "ref.csv"), csv(reference));
    const duck = await DuckDBInstance.create(path.join(dir, "db.duckdb"));
    const conn = await duck.connect();
    for (const s of createSql("t", TYPES_DUCK, rows)) await conn.run(s);
    for (const s of createSql("ref", TYPES_DUCK, reference)) await conn.run(s);
    await conn.run(`copy t to '${path.join(dir, "t.parquet")}' (format parquet)`);
    conn.closeSync();
    duck.closeSync();
    if (db) {
      for (const s of createSql(`"odd ""schema"""."t;--"`, TYPES, rows)) await db.sql(s);
      for (const s of createSql(`"odd ""schema"""."ref '--"`, TYPES, reference)) await db.sql(s);
    }
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("a CSV file and a Parquet file give the same verdicts (the reference)", async () => {
    const csv = await verdicts(dir, "path: t.csv");
    expect(csv.checks.length).toBeGreaterThan(15);
    // The generated data breaks most checks: the comparison covers failures, not only passes.
    expect(csv.checks.filter((c) => c.status === "failed").length).toBeGreaterThan(8);
    // Every statistic is measured (a SQL source used to skip them), and some fail.
    const stats = csv.checks.filter((c) =>
      /\/(mean|std|median|quantiles|distinct|string_length)$/.test(c.id),
    );
    expect(stats.length).toBe(15);
    expect(stats.filter((c) => c.status === "skipped")).toEqual([]);
    expect(stats.filter((c) => c.status === "failed").length).toBeGreaterThan(4);
    // Drift is measured on every compared column (one is missing from the reference), and one drifts.
    const drift = csv.checks.filter((c) => c.id.endsWith("/drift"));
    expect(drift.map((c) => c.status)).toEqual(["failed", "failed", "passed", "passed", "passed", "passed"]);
    expect(csv.profile?.[0]?.rows.find((r) => r[0] === "id")?.[6]).toBe("393");
    expect(await verdicts(dir, "path: t.parquet")).toEqual(csv);
  });

  it("DuckDB on the Parquet file and on the CSV file gives the file path's verdicts", async () => {
    const csv = await verdicts(dir, "path: t.csv");
    expect(await verdicts(dir, "source: { engine: duckdb, path: t.parquet }")).toEqual(csv);
    expect(await verdicts(dir, "source: { engine: duckdb, path: t.csv }")).toEqual(csv);
  });

  it.skipIf(SKIP_POSTGRES)(
    "a PostgreSQL table (quoted schema and table names) gives the same verdicts",
    async () => {
      const csv = await verdicts(dir, "path: t.csv");
      expect(await verdicts(dir, PG_SOURCE, { PG_URL: db!.url })).toEqual(csv);
    },
  );

  /** Only the drift results, with the reference's name taken out of the messages. */
  const driftOf = async (source: string, drift: string, env: Record<string, string> = {}) =>
    (await verdicts(dir, source, env, drift)).checks
      .filter((c) => c.id.endsWith("/drift"))
      .map((c) => ({
        ...c,
        message: c.message.replace(/ against (ref\.csv|table [^:]*|the reference query):/, ":"),
      }));
  const PG_SOURCE = `source: { engine: postgres, url: "env:PG_URL", table: 'odd "schema".t;--' }`;

  it("every drift method gives the file path's statistic on DuckDB and PostgreSQL", async () => {
    // ks and chi2 are auto's choices on these columns: the first test covers them.
    for (const method of ["psi", "wasserstein", "js"]) {
      const drift = `reference: ref.csv, method: ${method}`;
      const csv = await driftOf("path: t.csv", drift);
      expect(csv.length, method).toBe(6);
      expect(await driftOf("source: { engine: duckdb, path: t.parquet }", drift), method).toEqual(csv);
      if (!SKIP_POSTGRES) expect(await driftOf(PG_SOURCE, drift, { PG_URL: db!.url }), method).toEqual(csv);
    }
  });

  it("a reference table or query in the source's database measures as the reference file", async () => {
    const csv = await driftOf("path: t.csv", "reference: ref.csv");
    const duck = "source: { engine: duckdb, database: db.duckdb, table: t }";
    expect(await driftOf(duck, "reference: { table: ref }")).toEqual(csv);
    expect(await driftOf(duck, `reference: { query: "select * from ref where true -- ;" }`)).toEqual(csv);
    if (SKIP_POSTGRES) return;
    const table = `reference: { table: "odd \\"schema\\".ref '--" }`;
    expect(await driftOf(PG_SOURCE, table, { PG_URL: db!.url })).toEqual(csv);
    const query = `reference: { query: 'select * from "odd ""schema"""."ref ''--" where true -- ;' }`;
    expect(await driftOf(PG_SOURCE, query, { PG_URL: db!.url })).toEqual(csv);
  });
});

/**
 * Labels and splits: a train and a test table (NULLs next to empty strings and "NA", NaN, unicode,
 * quotes, big integers, a column named with a quote, a semicolon and a comment marker, a column of
 * integers in train and text in test) as CSV files, as PostgreSQL tables and through DuckDB (the
 * CSV files, and typed tables of a database file) give the same verdicts and counts.
 */
describe("same data, same verdicts: labels and splits", () => {
  type MlRow = {
    id: bigint;
    x: number | null;
    cat: string | null;
    weird: string | null;
    code: number | string;
    big: bigint;
    refund: number;
    y: string | null;
  };
  const ML = ["id", "x", "cat", WEIRD, "code", "big", "refund", "y"];
  const mlFields = (r: MlRow) => [r.id, r.x, r.cat, r.weird, r.code, r.big, r.refund, r.y];
  const TRAIN_PG = [
    "bigint",
    "double precision",
    "text",
    "text",
    "integer",
    "bigint",
    "double precision",
    "text",
  ];
  const TEST_PG = TRAIN_PG.map((t, i) => (ML[i] === "code" ? "text" : t));
  const TRAIN_DUCK = TRAIN_PG.map((t) =>
    t === "double precision" ? "double" : t === "text" ? "varchar" : t,
  );
  const TEST_DUCK = TEST_PG.map((t) => (t === "double precision" ? "double" : t === "text" ? "varchar" : t));

  /** Rows of one split: `yes` on a share of them; refund leaks the label (AUC near but under 1). */
  function mlRows(n: number, seed: number, yes: number, idFrom: number): MlRow[] {
    const r = rng(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    return Array.from({ length: n }, (_, i) => {
      const u = r();
      const y = u < 0.04 ? null : u < 0.06 ? "" : r() < yes ? "yes" : "no";
      const v = r();
      return {
        id: i % 41 === 3 ? 9007199254740993n + BigInt(idFrom + i) : BigInt(idFrom + i),
        // Eighths: every engine writes them as the file does (no exponent, no rounding).
        x: v < 0.04 ? null : v < 0.07 ? Number.NaN : Math.floor(r() * 800) / 8 - 20.125,
        cat: pick(["a", "b", "é漢字", "it's", 'say "hi"', "", null, "NA", "c;--", "a", "b"]),
        weird: pick([...WEIRD_VALUES, null]),
        code: Math.floor(r() * 30),
        big: 9007199254740993n + BigInt(Math.floor(r() * 5)),
        refund: y === "yes" ? 45 + Math.floor(r() * 160) / 8 : Math.floor(r() * 400) / 8,
        y,
      };
    });
  }
  const train = mlRows(400, 11, 0.3, 0);
  train[30]!.cat = "NA";
  // Duplicate feature rows with another label (one with a NULL where the first has an empty string).
  for (const k of [0, 1, 2, 5, 8, 13]) {
    const a = train[k]!;
    if (a.y !== "yes" && a.y !== "no") continue;
    // The same refund, the other label: a conflict of `y` (refund is one of its features).
    train.push({
      ...a,
      id: BigInt(1000 + k),
      cat: a.cat === "" ? null : a.cat,
      y: a.y === "yes" ? "no" : "yes",
    });
    // The same label, another refund: a conflict of `refund` (y is not one of its features).
    train.push({ ...a, id: BigInt(2000 + k), cat: a.cat === null ? "" : a.cat, refund: a.refund + 0.5 });
  }
  const test: MlRow[] = mlRows(200, 12, 0.5, 5000).map((row, i) => ({
    ...row,
    code: i % 37 === 4 ? "x1" : String(row.code),
    cat: i % 53 === 7 ? "zz-new" : i % 61 === 9 ? "ü-néw" : row.cat,
  }));
  // Train rows copied into test: a NULL becomes an empty string (the same key), "NA" does not.
  for (const k of [3, 4, 6, 7, 9, 10, 11, 12, 14, 20, 30]) {
    const a = train[k]!;
    test.push({
      ...a,
      code: String(a.code),
      cat: a.cat === null || k === 30 ? "" : a.cat,
    });
  }

  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "mlgate-sql-ml-"));
    const csv = (rs: MlRow[]) =>
      `${ML.map(cell).join(",")}\n${rs.map((r) => mlFields(r).map(cell).join(",")).join("\n")}\n`;
    writeFileSync(path.join(dir, "tr.csv"), csv(train));
    writeFileSync(path.join(dir, "te.csv"), csv(test));
    const duck = await DuckDBInstance.create(path.join(dir, "ml.duckdb"));
    const conn = await duck.connect();
    for (const s of createTable(`"tr;--"`, ML, TRAIN_DUCK, train.map(mlFields))) await conn.run(s);
    for (const s of createTable(`"te ""x"""`, ML, TEST_DUCK, test.map(mlFields))) await conn.run(s);
    conn.closeSync();
    duck.closeSync();
    if (db) {
      for (const s of createTable(`"odd ""schema"""."tr;--"`, ML, TRAIN_PG, train.map(mlFields)))
        await db.sql(s);
      for (const s of createTable(`"odd ""schema"""."te ""x"""`, ML, TEST_PG, test.map(mlFields)))
        await db.sql(s);
    }
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const W = `'${WEIRD.replaceAll("'", "''")}'`;
  /** The config: labels on train (binary and numeric label), splits whole rows and by a key. */
  const config = (trainSrc: string, trainSide: string, testSide: string) => `version: 1
data:
  - name: binary
    ${trainSrc}
    labels: { column: y, exclude: [id, code] }
  - name: numeric
    ${trainSrc}
    labels: { column: refund, exclude: [id, code, y] }
  - name: pair
    splits: { train: ${trainSide}, test: ${testSide}, label: y, max_class_shift: 0.05 }
  - name: keyed
    splits: { train: ${trainSide}, test: ${testSide}, key: [id, ${W}], categories: [cat, ${W}, code], max_leaked_rows: 1 }
`;

  /** Every check's status, message (side names and the order of listed values taken out) and examples. */
  async function run(yml: string, names: [string, string], env: Record<string, string> = {}) {
    const { config: cfg, diagnostics } = parseConfig(yml, "mlgate.yml");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const section = await runData({
      config: cfg!,
      environment: { name: "dev", source: "flag" },
      workspace: createWorkspace(dir),
      configFile: "mlgate.yml",
      env,
    });
    const checks = section.checks.map((c) => ({
      id: c.id,
      status: c.status,
      // A table has no row order: unseen values are listed by value there, by first row in a file.
      message: c.message
        .replaceAll(names[0], "TRAIN")
        .replaceAll(names[1], "TEST")
        .replace(
          / (values?): (.*)\)$/,
          (_, v: string, list: string) => ` ${v}: ${list.split(", ").sort().join(", ")})`,
        ),
      examples: c.diagnostics.length,
    }));
    return { checks, tables: section.tables };
  }

  const fileYml = config("path: tr.csv", "tr.csv", "te.csv");
  const FILE_NAMES: [string, string] = ["tr.csv", "te.csv"];

  it("the CSV files: every family measured, most of them failing", async () => {
    const csv = await run(fileYml, FILE_NAMES);
    const byId = Object.fromEntries(csv.checks.map((c) => [c.id, c]));
    expect(Object.keys(byId)).toEqual([
      "data/binary/y/conflicting_labels",
      "data/binary/y/target_leakage",
      "data/numeric/refund/conflicting_labels",
      "data/numeric/refund/target_leakage",
      "data/pair/columns",
      "data/pair/leakage",
      "data/pair/class_balance",
      "data/pair/cat/unseen_categories",
      `data/pair/${WEIRD}/unseen_categories`,
      "data/keyed/columns",
      "data/keyed/leakage",
      "data/keyed/class_balance".replace("class_balance", "cat/unseen_categories"),
      `data/keyed/${WEIRD}/unseen_categories`,
      "data/keyed/code/unseen_categories",
    ]);
    expect(byId["data/binary/y/conflicting_labels"]!.message).toMatch(
      /: \d+ rows in [5-9] groups have the same 5 features/,
    );
    expect(byId["data/binary/y/target_leakage"]!.message).toMatch(
      /possible target leakage: refund AUC 0\.9[5-9]\d predicts y/,
    );
    expect(byId["data/numeric/refund/target_leakage"]!.status).toBe("passed");
    expect(byId["data/pair/columns"]!.message).toContain("code holds numbers in TRAIN but text in TEST");
    // 11 rows copied, one of them changed ("NA" to an empty cell): 10 leak; NULL and "" are one key.
    expect(byId["data/pair/leakage"]!.message).toMatch(/: 10 of 211 test rows/);
    expect(byId["data/pair/class_balance"]!.status).toBe("failed");
    expect(byId["data/pair/cat/unseen_categories"]!.message).toMatch(
      /never seen in train \(2 values: "zz-new", "ü-néw"\)/,
    );
    expect(byId["data/keyed/code/unseen_categories"]!.message).toMatch(/\(1 value: "x1"\)/);
  });

  it("DuckDB on the CSV files and on typed tables gives the file path's verdicts", async () => {
    const csv = await run(fileYml, FILE_NAMES);
    const onCsv = config(
      "source: { engine: duckdb, path: tr.csv }",
      "{ engine: duckdb, path: tr.csv }",
      "{ engine: duckdb, path: te.csv }",
    );
    expect(await run(onCsv, ["duckdb:tr.csv", "duckdb:te.csv"])).toEqual(csv);
    const tables = config(
      `source: { engine: duckdb, database: ml.duckdb, table: "tr;--" }`,
      `{ engine: duckdb, database: ml.duckdb, table: "tr;--" }`,
      `{ engine: duckdb, database: ml.duckdb, query: 'select * from "te ""x"""' }`,
    );
    expect(await run(tables, ["duckdb:tr;--", "duckdb:test query"])).toEqual(csv);
  });

  it.skipIf(SKIP_POSTGRES)(
    "PostgreSQL tables (quoted schema and names) give the file path's verdicts",
    async () => {
      const csv = await run(fileYml, FILE_NAMES);
      const pg = config(
        `source: { engine: postgres, url: "env:PG_URL", table: 'odd "schema".tr;--' }`,
        `{ engine: postgres, url: "env:PG_URL", table: 'odd "schema".tr;--' }`,
        `{ engine: postgres, url: "env:PG_URL", table: 'odd "schema".te "x"' }`,
      );
      expect(
        await run(pg, ['postgres:odd "schema".tr;--', 'postgres:odd "schema".te "x"'], { PG_URL: db!.url }),
      ).toEqual(csv);
    },
  );
});
