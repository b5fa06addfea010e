/**
 * The column statistics through the bundled CLI (`npm run build` first): a CSV over the parallel
 * scan's threshold (32 MiB), so the byte scanner splits it into parts on several threads and
 * the statistics merge across them, checked against numpy's values of the repeated set; and a
 * DuckDB source, where each runs as SQL and gives the file path's values
 * (test/sql/differential.test.ts compares them on PostgreSQL too).
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

type NumpySet = { values: number[]; mean: number; std: number };
const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/statistics/merge.json"), "utf8"),
) as { sets: Record<string, NumpySet> };

interface Check {
  id: string;
  status: string;
  message: string;
  diagnostics: { message: string }[];
}
const checksOf = (stdout: string): Record<string, Check> =>
  Object.fromEntries(
    JSON.parse(stdout)
      .sections.find((s: { id: string }) => s.id === "data")
      .checks.map((c: Check) => [c.id, c]),
  );

const CITIES = ["Oslo", "NY", "Zürich", "São Paulo"];

describe("column statistics through the CLI", () => {
  it("a file split into parts on threads: mean and std exact, the median approximate past 1,000,000 numbers", async () => {
    const set = fixture.sets.normal!;
    const repeats = 240;
    const dir = tempDir("mlgate-stats-");
    const row = set.values.map((v, i) => `${v},${CITIES[i % CITIES.length]}\n`).join("");
    writeFileSync(path.join(dir, "big.csv"), `x,city\n${row.repeat(repeats)}`);
    expect(statSync(path.join(dir, "big.csv")).size).toBeGreaterThan(32 * 1024 * 1024);
    const n = set.values.length * repeats;
    // numpy's values of the repeated set: the same mean; m2 = repeats · std² · (n₀ − 1).
    const std = Math.sqrt((repeats * set.std ** 2 * (set.values.length - 1)) / (n - 1));
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1
data:
  - name: big
    path: big.csv
    columns:
      x: { mean: { min: ${set.mean - 1e-9}, max: ${set.mean + 1e-9} }, std: { min: ${std * (1 - 1e-9)}, max: ${std * (1 + 1e-9)} }, median: { min: 0 }, distinct: { min: ${set.values.length}, max: ${set.values.length} } }
      city: { distinct: { max: 4 }, string_length: { max: 6 } }
`,
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
    // The file was read in parts (on a machine with one core, in one pass).
    if (availableParallelism() > 1)
      expect(r.stderr).toMatch(/mlgate: big\.csv: read in [2-9] parts on [2-9] threads\n$/);
    const c = checksOf(r.stdout);
    expect(c["data/big/x/mean"]!.status).toBe("passed");
    expect(c["data/big/x/std"]!.status).toBe("passed");
    // Past 1,000,000 numbers the median comes from the sketch, its rank error stated
    // (test/data/statistics-sketch.test.ts checks such values against numpy).
    expect(c["data/big/x/median"]).toMatchObject({ status: "passed", approximate: { count: n } });
    expect(c["data/big/x/median"]!.message).toMatch(
      new RegExp(
        `^x median: \\S+ \\(approximate: rank error ≤ [0-9.]+% of ${n.toLocaleString("en-US")} values\\)$`,
      ),
    );
    expect(c["data/big/x/distinct"]).toMatchObject({
      status: "passed",
      message: `x distinct: ${set.values.length}`,
    });
    expect(c["data/big/city/distinct"]).toMatchObject({ status: "passed", message: "city distinct: 4" });
    // "São Paulo" (9 characters) is one row in four.
    expect(c["data/big/city/string_length"]!.message).toBe(
      `city string length: ${n / 4} of ${n} rows violate lengths <= 6`,
    );
  });

  it("a DuckDB source measures every statistic in SQL, as the file path does", async () => {
    const dir = tempDir("mlgate-stats-sql-");
    writeFileSync(path.join(dir, "s.csv"), "x,city\n1,Oslo\n2,NY\n4,Lima\n");
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1
data:
  - name: s
    source: { engine: duckdb, path: s.csv }
    columns:
      x: { mean: { min: 100 }, std: { max: 0 }, median: { min: 100 }, quantiles: { "0.25": { min: 100 }, "0.5": {} } }
      city: { distinct: { min: 100 }, string_length: { max: 2 } }
`,
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
    expect(r.stderr).toBe("");
    const c = checksOf(r.stdout);
    const ids = ["x/mean", "x/std", "x/median", "x/quantiles", "city/distinct", "city/string_length"];
    expect(ids.map((id) => c[`data/s/${id}`]?.message)).toEqual([
      "x mean: 2.33333, expected >= 100",
      "x std: 1.52753, expected <= 0",
      "x median: 2, expected >= 100",
      "x quantiles: q0.25 = 1.5, expected >= 100",
      "city distinct: 3, expected >= 100",
      "city string length: 2 of 3 rows violate lengths <= 2",
    ]);
    expect(c["data/s/city/string_length"]!.diagnostics.map((d) => d.message)).toEqual([
      'city: "Lima" has a length outside <= 2',
      'city: "Oslo" has a length outside <= 2',
    ]);
  });
});
