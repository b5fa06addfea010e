/**
 * compare_columns, where: and foreign_key through the bundled CLI (`npm run build` first), on
 * files in a temp repository, checked against pandas' answers for the same files
 * (test/fixtures/relationships/relationships.json, written by make_fixtures.py): the file read in
 * one pass, the same rows repeated past the parallel threshold (parts on threads, their states
 * merged), DuckDB reading the file as SQL, and a real PostgreSQL server (foreign key against a
 * table of the same database). MLGATE_SKIP_POSTGRES=1 skips the last, loudly.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SKIP_POSTGRES, startPostgres, type TestPostgres } from "../helpers/postgres.js";
import { runNode, tempDir } from "../helpers/run-node.js";

const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/relationships/relationships.json"), "utf8"),
) as {
  tools: string;
  files: Record<string, string>;
  expected: {
    dates: { skipped: number; compared: number; violations: number; lines: number[] };
    prices: { skipped: number; compared: number; violations: number; lines: number[] };
    where_shipped: { rows: number; missing: number };
    where_not_paid: { rows: number; below_zero: number };
    where_costly: { rows: number; above_150: number };
    foreign_key: {
      orphan_keys: number;
      orphan_rows: number;
      distinct: number;
      values: string[];
      examples: { value: string; line: number }[];
    };
  };
};
const x = fixture.expected;

interface Check {
  id: string;
  status: string;
  message: string;
  diagnostics: { message: string; line: number }[];
}
const checksOf = (stdout: string): Record<string, Check> =>
  Object.fromEntries(
    JSON.parse(stdout)
      .sections.find((s: { id: string }) => s.id === "data")
      .checks.map((c: Check) => [c.id, c]),
  );

/** The checks of the dataset, after `where` (its `path:` or `source:` line). */
const checksYml = (where: string, fk: string) => `version: 1
data:
  - name: orders
    ${where}
    compare_columns:
      - { left: start_date, op: "<=", right: end_date }
      - { left: lo, op: "<", right: hi, severity: warning }
    foreign_key: ${fk}
    where:
      - name: shipped
        condition: { column: status, equals: shipped }
        columns:
          shipped_at: { missing: { max: 0 } }
      - name: not_paid
        condition: { and: [ { column: status, in: [pending, cancelled] }, { not: { column: amount, op: ">=", value: 0 } } ] }
        columns:
          amount: { min: 0 }
      - name: costly
        condition: { and: [ { column: status, equals: pending }, { column: amount, op: ">", value: 100 } ] }
        columns:
          amount: { max: 150 }
`;

const FILE_FK = "{ column: customer_id, reference: customers.csv, reference_column: id }";

/** A repository with the fixture's files (orders repeated `times`) and `yml`. */
function repo(yml: string, times = 1): string {
  const dir = tempDir("mlgate-rel-");
  const [header, ...rest] = fixture.files["orders.csv"]!.split(/(?<=\n)/);
  writeFileSync(path.join(dir, "orders.csv"), header + rest.join("").repeat(times));
  writeFileSync(path.join(dir, "customers.csv"), fixture.files["customers.csv"]!);
  writeFileSync(path.join(dir, "mlgate.yml"), yml);
  return dir;
}

const check = (dir: string, env: Record<string, string> = {}) =>
  runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir, env }, 30_000);

/** Every count pandas gave, `times` over; examples' lines when the engine has rows. */
function expectPandas(c: Record<string, Check>, times: number, lines: boolean): void {
  const d = c["data/orders/start_date<=end_date/compare_columns"]!;
  expect(d.status).toBe("failed");
  expect(d.message).toBe(
    `start_date <= end_date: ${x.dates.violations * times} of ${x.dates.compared * times} compared rows violate it; ${x.dates.skipped * times} rows skipped (a side missing)`,
  );
  const p = c["data/orders/lo<hi/compare_columns"]!;
  // One price is "unknown": not comparable, a violation (pandas: NaN < x is false).
  expect(p.message).toBe(
    `lo < hi: ${x.prices.violations * times} of ${x.prices.compared * times} compared rows violate it, ${times} of them not comparable`,
  );
  if (lines) {
    expect(d.diagnostics.map((g) => g.line)).toEqual(x.dates.lines);
    expect(p.diagnostics.map((g) => g.line)).toEqual(x.prices.lines);
  }
  expect(c["data/orders/where/shipped/shipped_at/missing"]!.message).toBe(
    `where status == "shipped" (${x.where_shipped.rows * times} rows): shipped_at missing: ${x.where_shipped.missing * times} of ${x.where_shipped.rows * times} rows, expected at most 0`,
  );
  expect(c["data/orders/where/not_paid/amount/range"]!.message).toMatch(
    new RegExp(
      `\\(${x.where_not_paid.rows * times} rows\\): amount range: ${x.where_not_paid.below_zero * times} of`,
    ),
  );
  expect(c["data/orders/where/costly/amount/range"]!.message).toMatch(
    new RegExp(
      `\\(${x.where_costly.rows * times} rows\\): amount range: ${x.where_costly.above_150 * times} of`,
    ),
  );
}

describe(`relationships against pandas (${fixture.tools})`, () => {
  it("files, read in one pass: counts, example lines and orphan keys as pandas has them", async () => {
    const r = await check(repo(checksYml("path: orders.csv", FILE_FK)));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const c = checksOf(r.stdout);
    expectPandas(c, 1, true);
    const fk = c["data/orders/customer_id/foreign_key"]!;
    const f = x.foreign_key;
    expect(fk.message).toBe(
      `customer_id → customers.csv:id: ${f.orphan_keys} orphan keys in ${f.orphan_rows} rows (of ${f.distinct} distinct)`,
    );
    expect(fk.diagnostics.map((g) => [g.line, g.message.match(/"(.*)"/)![1]])).toEqual(
      f.examples.map((e) => [e.line, e.value]),
    );
  });

  it("the rows repeated past the parallel threshold: parts on threads merge to pandas' counts", async () => {
    const times = 1400;
    const dir = repo(checksYml("path: orders.csv", FILE_FK), times);
    expect(statSync(path.join(dir, "orders.csv")).size).toBeGreaterThan(32 * 1024 * 1024);
    const r = await check(dir);
    expect(r.code).toBe(1);
    // The file was read in parts (on a machine with one core, in one pass).
    if (availableParallelism() > 1)
      expect(r.stderr).toMatch(/mlgate: orders\.csv: read in [2-9] parts on [2-9] threads\n$/);
    const c = checksOf(r.stdout);
    expectPandas(c, times, true);
    const f = x.foreign_key;
    expect(c["data/orders/customer_id/foreign_key"]!.message).toBe(
      `customer_id → customers.csv:id: ${f.orphan_keys} orphan keys in ${f.orphan_rows * times} rows (of ${f.distinct} distinct)`,
    );
  });

  it("DuckDB reading the file as SQL: the same counts", async () => {
    const yml = checksYml("source: { engine: duckdb, path: orders.csv }", "[]").replace(
      "    foreign_key: []\n",
      "",
    );
    const r = await check(repo(yml));
    expect(r.stderr).toBe("");
    expectPandas(checksOf(r.stdout), 1, false);
  });
});

describe("hostile names and values reach SQL as quoted literals and identifiers", () => {
  it("a where: value and column names full of quotes select the same rows on files and DuckDB", async () => {
    const dir = tempDir("mlgate-rel-quotes-");
    const name = `it's "x"; drop table t; --`;
    const csv = `"a ""b"" 'c'",v,w\n"${name.replaceAll('"', '""')}",5,1\nplain,7,9\n"${name.replaceAll('"', '""')}",-1,0\n`;
    writeFileSync(path.join(dir, "q.csv"), csv);
    const block = (source: string) => `  - name: q
    ${source}
    compare_columns: [ { left: v, op: ">", right: w } ]
    where:
      - condition: { column: "a \\"b\\" 'c'", in: [${JSON.stringify(name)}, "other"] }
        columns: { v: { min: 0 } }
`;
    for (const source of ["path: q.csv", "source: { engine: duckdb, path: q.csv }"]) {
      writeFileSync(path.join(dir, "mlgate.yml"), `version: 1\ndata:\n${block(source)}`);
      const r = await check(dir);
      expect(r.stderr).toBe("");
      const c = checksOf(r.stdout);
      expect(c["data/q/where/1/v/range"]!.message).toMatch(
        /\(2 rows\): v range: 1 of 2 rows violate values >= 0$/,
      );
      expect(c["data/q/v>w/compare_columns"]!.message).toBe("v > w: 2 of 3 compared rows violate it");
    }
  });
});

describe.skipIf(SKIP_POSTGRES)("relationships on PostgreSQL tables", () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres();
    await db.sql(`create table orders (id integer, customer_id text, status text, start_date date,
      end_date timestamp, shipped_at text, lo text, hi text, amount float8)`);
    await db.sql("create table shop_customers (id text, name text)");
    const parse = (csv: string) => {
      const [head, ...lines] = csv.trimEnd().split("\n");
      const cols = head!.split(",");
      return lines.map((l) =>
        Object.fromEntries(l.split(",").map((v, i) => [cols[i], v === "" || v === "NA" ? null : v])),
      );
    };
    await db.sql("insert into orders select * from json_populate_recordset(null::orders, $1)", [
      JSON.stringify(parse(fixture.files["orders.csv"]!)),
    ]);
    await db.sql(
      "insert into shop_customers select * from json_populate_recordset(null::shop_customers, $1)",
      [JSON.stringify(parse(fixture.files["customers.csv"]!))],
    );
  }, 60_000);
  afterAll(() => db?.stop());

  it("compare_columns, where: and a foreign key against a table of the same database", async () => {
    const yml = checksYml(
      "source: { engine: postgres, url: env:DB, table: public.orders }",
      "{ column: customer_id, reference_table: public.shop_customers, reference_column: id }",
    );
    const r = await check(repo(yml), { DB: db.url });
    expect(r.stderr).toBe("");
    const c = checksOf(r.stdout);
    expectPandas(c, 1, false);
    const f = x.foreign_key;
    const fk = c["data/orders/customer_id/foreign_key"]!;
    expect(fk.message).toBe(
      `customer_id → public.shop_customers:id: ${f.orphan_keys} orphan keys in ${f.orphan_rows} rows (of ${f.distinct} distinct)`,
    );
    // A table has no row order: the first 5 orphan keys in value order.
    expect(fk.diagnostics.map((g) => g.message)).toEqual(
      f.values.slice(0, 5).map((v) => `customer_id "${v}" is not in public.shop_customers:id`),
    );
  });

  it("a reference table that does not exist is that check's error, not the dataset's", async () => {
    const yml = checksYml(
      "source: { engine: postgres, url: env:DB, table: public.orders }",
      "{ column: customer_id, reference_table: public.nowhere, reference_column: id }",
    );
    const r = await check(repo(yml), { DB: db.url });
    const c = checksOf(r.stdout);
    expect(c["data/orders/customer_id/foreign_key"]).toMatchObject({ status: "error" });
    expect(c["data/orders/customer_id/foreign_key"]!.message).toContain("public.nowhere");
    expect(c["data/orders/where/shipped/shipped_at/missing"]!.status).toBe("failed");
  });
});
