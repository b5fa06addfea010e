/**
 * Labels and splits where the data lives: the scores the engine computes against pandas and
 * scikit-learn (test/fixtures/splits/expected.json, versions recorded there) at full precision, on
 * DuckDB and a real PostgreSQL; both families through the bundled CLI (`npm run build` first) on
 * PostgreSQL tables; and what cannot be asked of a SQL pair refused at its line.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duckFile } from "../../src/data/sql/check-sql-dataset.js";
import { type Dialect, DUCKDB, POSTGRES } from "../../src/data/sql/dialect.js";
import { leakageScores } from "../../src/data/sql/labels-sql.js";
import { openSql, type SqlConnection } from "../../src/io/sql-connection.js";
import { SKIP_POSTGRES, startPostgres, type TestPostgres } from "../helpers/postgres.js";
import { runNode, tempDir } from "../helpers/run-node.js";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/splits");
const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));

/** The fixture files' columns typed as a team would type them. */
const TYPES: Record<string, Record<string, string>> = {
  "labels.csv": {
    id: "bigint",
    age: "integer",
    income: "double precision",
    days_since_cancel: "double precision",
  },
  "regression.csv": {
    x1: "double precision",
    noise: "double precision",
    shadow: "double precision",
    target: "double precision",
  },
  "train.csv": { age: "integer", income: "double precision" },
  "test.csv": { age: "integer", income: "double precision" },
};

/** A fixture CSV file (no quoted cells) as a PostgreSQL table; an empty cell is a NULL. */
async function load(db: TestPostgres, file: string, table: string): Promise<void> {
  const [head, ...lines] = readFileSync(path.join(FIXTURES, file), "utf8").trim().split("\n");
  const cols = head!.split(",");
  const types = cols.map((c) => TYPES[file]?.[c] ?? "text");
  await db.sql(`create table ${table} (${cols.map((c, i) => `"${c}" ${types[i]}`).join(", ")})`);
  const values = lines.map(
    (l) =>
      `(${l.split(",").map((v, i) => (v === "" ? "NULL" : `cast('${v.replaceAll("'", "''")}' as ${types[i]})`))})`,
  );
  await db.sql(`insert into ${table} values ${values.join(",\n")}`);
}

let db: TestPostgres | undefined;
beforeAll(async () => {
  if (SKIP_POSTGRES) return;
  db = await startPostgres();
  await db.sql("create schema ml");
  for (const [file, table] of [
    ["labels.csv", "ml.labels"],
    ["regression.csv", "ml.regression"],
    ["train.csv", "ml.train"],
    ["test.csv", "ml.test"],
  ] as const)
    await load(db, file, table);
}, 60_000);
afterAll(async () => {
  await db?.stop();
});

/** The engine's scores of a relation, by feature. */
async function scores(conn: SqlConnection, from: string, d: Dialect, column: string, exclude: string[] = []) {
  const probe = await conn.query(`select * from ${from} limit 0`);
  const typeOf = new Map(probe.columns.map((c) => [c.name, c.type]));
  const { scores } = await leakageScores(conn, from, { column, exclude }, typeOf, d);
  return Object.fromEntries(scores.map((s) => [s.feature, s]));
}

describe("leakage scores computed in the engine, against scikit-learn", () => {
  const check = (
    got: Record<string, { score?: number; rule: string }>,
    want: Record<string, { rule: string } & Record<string, number | string>>,
    metric: "auc" | "r2",
  ) => {
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const [feature, w] of Object.entries(want)) {
      expect(got[feature]!.rule, feature).toBe(w.rule);
      expect(got[feature]!.score, feature).toBeCloseTo(w[metric] as number, metric === "auc" ? 12 : 10);
    }
  };

  it("DuckDB on the CSV files: every AUC and R² to 12 and 10 digits", async () => {
    const conn = await openSql({ engine: "duckdb", timeoutMs: 60_000 }, {}, FIXTURES);
    try {
      const from = (f: string) => duckFile(f, path.join(FIXTURES, f));
      check(
        await scores(conn, from("labels.csv"), DUCKDB, "churned", ["id"]),
        expected.labels_binary.auc,
        "auc",
      );
      check(
        await scores(conn, from("regression.csv"), DUCKDB, "target"),
        expected.labels_regression.r2,
        "r2",
      );
    } finally {
      await conn.close();
    }
  });

  it.skipIf(SKIP_POSTGRES)("PostgreSQL typed tables: every AUC and R² to 12 and 10 digits", async () => {
    const conn = await openSql(
      { engine: "postgres", url: "env:U", timeoutMs: 60_000 },
      { U: db!.url },
      FIXTURES,
    );
    try {
      check(await scores(conn, "ml.labels", POSTGRES, "churned", ["id"]), expected.labels_binary.auc, "auc");
      check(await scores(conn, "ml.regression", POSTGRES, "target"), expected.labels_regression.r2, "r2");
    } finally {
      await conn.close();
    }
  });
});

interface Check {
  id: string;
  status: string;
  message: string;
  diagnostics: { file: string; line: number; message: string }[];
}

/** A temp repository with this mlgate.yml (and the named fixture files), checked by the CLI. */
async function cli(yml: string, files: string[] = [], env: Record<string, string> = {}) {
  const dir = tempDir("mlgate-sql-splits-");
  for (const f of files) copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  writeFileSync(path.join(dir, "mlgate.yml"), `version: 1\ndata:\n${yml}`);
  const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir, env }, 30_000);
  const checks: Record<string, Check> =
    r.code === 2
      ? {}
      : Object.fromEntries(
          JSON.parse(r.stdout)
            .sections.find((s: { id: string }) => s.id === "data")
            .checks.map((c: Check) => [c.id, c]),
        );
  return { ...r, checks };
}

describe.skipIf(SKIP_POSTGRES)(
  "splits and labels on PostgreSQL tables through the CLI, against pandas",
  () => {
    const pg = (table: string) => `{ engine: postgres, url: "env:PG_URL", table: ${table} }`;

    it("leakage, class balance and unseen categories of two tables, and labels of a third", async () => {
      const e = expected.splits;
      const r = await cli(
        `  - name: s\n    splits: { train: ${pg("ml.train")}, test: ${pg("ml.test")}, label: churned }\n` +
          `  - name: l\n    source: ${pg("ml.labels")}\n    labels: { column: churned, exclude: [id] }\n`,
        [],
        { PG_URL: db!.url },
      );
      expect(r.code).toBe(1);
      // The URL and its password are never printed.
      expect(r.stdout + r.stderr).not.toContain(db!.password);
      const c = r.checks;
      expect(c["data/s/columns"]!.status).toBe("passed");
      expect(c["data/s/leakage"]!.message).toBe(
        `s: ${e.leaked_rows} of ${e.test_rows} test rows (${((100 * e.leaked_rows) / e.test_rows).toFixed(1)}%) are also in train (same rows)`,
      );
      // Up to 5 examples, smallest keys first; a table has no row numbers to name.
      expect(c["data/s/leakage"]!.diagnostics.length).toBe(5);
      expect(c["data/s/leakage"]!.diagnostics[0]).toMatchObject({ file: "postgres:ml.test", line: 1 });
      expect(c["data/s/leakage"]!.diagnostics[0]!.message).toMatch(
        /^a test row is also in train \(postgres:ml\.train\): age=\d+, income=[\d.]+, plan=\w+, region=\w, churned=(yes|no)$/,
      );
      const shift = (100 * e.max_class_shift).toFixed(1);
      expect(c["data/s/class_balance"]!.message).toContain(`(shift ${shift} points, more than 10.0)`);
      expect(c["data/s/region/unseen_categories"]!.message).toBe(
        `s: ${e.unseen.region.rows} of ${e.test_rows} test rows have a region never seen in train (3 values: "x", "y", "z")`,
      );
      expect(c["data/s/plan/unseen_categories"]!.status).toBe("passed");
      const b = expected.labels_binary;
      expect(c["data/l/churned/conflicting_labels"]!.message).toBe(
        `l: ${b.conflict_rows} rows in ${b.conflict_groups} groups have the same 5 features but different churned`,
      );
      expect(c["data/l/churned/conflicting_labels"]!.diagnostics[0]!.message).toMatch(
        /^\d rows have the same features \(age=\d+, income=[\d.]+, plan=\w+, status=\w+, …\) and 2 different churned: "no" vs "yes"$/,
      );
      expect(c["data/l/churned/target_leakage"]!.message).toMatch(
        /^l: possible target leakage: days_since_cancel AUC 0\.997, status AUC 0\.973 predict churned alone/,
      );
    });

    it("a query for the test side and a key of some columns", async () => {
      const r = await cli(
        `  - name: s\n    splits:\n      train: ${pg("ml.train")}\n      test: { engine: postgres, url: "env:PG_URL", query: "select * from ml.test where region <> 'z' -- ;" }\n      key: [age, plan]\n      categories: false\n`,
        [],
        { PG_URL: db!.url },
      );
      expect(r.checks["data/s/leakage"]!.message).toMatch(
        /^s: 637 of 637 test rows .* \(same keys \(age, plan\)\)$/,
      );
      expect(r.checks["data/s/region/unseen_categories"]).toBeUndefined();
    });
  },
);

describe.skipIf(SKIP_POSTGRES)("columns of types with no text form of their own (uuid, json, arrays)", () => {
  it("are compared as their text, in whole-row keys, categories and features", async () => {
    const make = async (t: string, rows: string[]) => {
      await db!.sql(`create table ${t} (id uuid, doc jsonb, tags text[], y text)`);
      await db!.sql(`insert into ${t} values ${rows.join(", ")}`);
    };
    const row = (i: number, y: string) =>
      `('00000000-0000-0000-0000-${String(i).padStart(12, "0")}', '{"a": ${i % 3}}', array['t${i % 2}'], '${y}')`;
    await make("ml.u_train", [
      ...Array.from({ length: 40 }, (_, i) => row(i, i % 2 ? "yes" : "no")),
      row(0, "yes"),
    ]);
    await make("ml.u_test", [row(1, "yes"), row(2, "no"), row(100, "no"), "(NULL, NULL, NULL, 'no')"]);
    const pg = (table: string) => `{ engine: postgres, url: "env:PG_URL", table: ${table} }`;
    const r = await cli(
      `  - name: s\n    splits: { train: ${pg("ml.u_train")}, test: ${pg("ml.u_test")}, label: y }\n` +
        `  - name: l\n    source: ${pg("ml.u_train")}\n    labels: { column: y, exclude: [tags] }\n`,
      [],
      { PG_URL: db!.url },
    );
    expect(r.stderr).toBe("");
    expect(r.checks["data/s/leakage"]!.message).toBe(
      "s: 2 of 4 test rows (50.0%) are also in train (same rows)",
    );
    expect(r.checks["data/s/columns"]!.status).toBe("passed");
    expect(r.checks["data/l/y/conflicting_labels"]!.message).toBe(
      "l: 2 rows in 1 group have the same 2 features but different y",
    );
    // A uuid is a text feature with one row per value; the json document a category of three.
    expect(r.checks["data/l/y/target_leakage"]!.message).toBe(
      "l: no single feature predicts y above AUC 0.95 (highest: doc AUC 0.533); not judged: id (fewer than 10 rows per category)",
    );
  });
});

describe("a SQL pair in mlgate.yml: what cannot be done is a configuration error at its line", () => {
  it("a file with a table, two engines, two databases, keys that do not go together", async () => {
    const r = await cli(
      [
        "  - name: a",
        "    splits:",
        "      train: train.csv",
        "      test: { engine: duckdb, path: test.csv }",
        "  - name: b",
        "    splits:",
        '      train: { engine: postgres, url: "env:A", table: t }',
        '      test: { engine: postgres, url: "env:B", table: u }',
        "  - name: c",
        "    splits:",
        "      train: { engine: duckdb, path: train.csv }",
        '      test: { engine: postgres, url: "env:A", table: u }',
        "  - name: d",
        "    splits:",
        "      train: { engine: duckdb, path: train.csv, query: select 1 }",
        "      test: { engine: duckdb, path: test.csv }",
        "",
      ].join("\n"),
      ["train.csv", "test.csv"],
    );
    expect(r.code).toBe(2);
    const out = r.stdout + r.stderr;
    expect(out).toContain(
      "mlgate.yml:5:14 error config/splits train and test must both be files or both be SQL sources of one engine",
    );
    expect(out).toContain(
      "mlgate.yml:10:38 error config/splits test must name train's database (url: env:A): both splits are read through one connection",
    );
    expect(out).toContain(
      "mlgate.yml:14:23 error config/splits test must name train's engine (engine: duckdb)",
    );
    expect(out).toContain(
      "mlgate.yml:17:14 error config/splits train needs exactly one of table, query or path",
    );
  });

  it("two DuckDB files through the CLI: the file pair's verdicts (unseen values listed by value, not by first row)", async () => {
    const both = await cli(
      "  - name: s\n    splits: { train: { engine: duckdb, path: train.csv }, test: { engine: duckdb, path: test.csv }, label: churned }\n" +
        "  - name: f\n    splits: { train: train.csv, test: test.csv, label: churned }\n",
      ["train.csv", "test.csv"],
    );
    const strip = (c: Check) => ({
      status: c.status,
      message: c.message.replace(/^\w+: /, "").replace(/"z", "y", "x"/, '"x", "y", "z"'),
    });
    for (const id of [
      "columns",
      "leakage",
      "class_balance",
      "region/unseen_categories",
      "plan/unseen_categories",
    ])
      expect(strip(both.checks[`data/s/${id}`]!), id).toEqual(strip(both.checks[`data/f/${id}`]!));
  });
});
