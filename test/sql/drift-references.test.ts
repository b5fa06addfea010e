/**
 * Where a SQL source's drift reference comes from: the baseline's copy of a DuckDB source's file
 * (the same verdicts as the file dataset against the same baseline), and what cannot be one (a
 * table has no copy on the baseline; a `{ table }` reference needs a SQL source).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import type { RunBaseline } from "../../src/baseline/resolved-baseline.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { runData } from "../../src/data/data-stage.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { tempDir } from "../helpers/run-node.js";

async function run(dir: string, dataset: string, baseline?: RunBaseline) {
  const { config, diagnostics } = parseConfig(`version: 1\ndata:\n${dataset}`, "mlgate.yml");
  expect(diagnostics).toEqual([]);
  const s = await runData({
    config: config!,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
    ...(baseline ? { baseline } : {}),
  });
  return s.checks.map((c) => `${c.id} ${c.status}: ${c.message}`);
}

describe("drift references of SQL sources", () => {
  it("the baseline's copy of a DuckDB source's file: the file dataset's verdicts", async () => {
    const dir = tempDir("mlgate-sql-drift-");
    const rows = (shift: number) =>
      `x,c\n${Array.from({ length: 2000 }, (_, i) => `${(i % 100) + shift},${i % 3 ? "a" : "b"}`).join("\n")}\n`;
    mkdirSync(path.join(dir, "base/data"), { recursive: true });
    mkdirSync(path.join(dir, "data"), { recursive: true });
    writeFileSync(path.join(dir, "data/cur.csv"), rows(40));
    writeFileSync(path.join(dir, "base/data/cur.csv"), rows(0));
    const baseline: RunBaseline = {
      info: { source: "path", ref: "base" },
      files: { workspace: createWorkspace(path.join(dir, "base")), tooLarge: [] },
      history: [],
    };
    const file = await run(
      dir,
      "  - name: d\n    path: data/cur.csv\n    drift: { reference: baseline }\n",
      baseline,
    );
    // numpy: edges at the deciles 9.9, 19.8, … 89.1; current 40..139 puts 60% past the last one.
    expect(file).toEqual([
      "data/d/x/drift failed: x drift against baseline: PSI 3.4041 (auto: numeric, 2,000 values), beyond <= 0.2",
      "data/d/c/drift passed: c drift against baseline: Jensen-Shannon distance 0.0000 (auto: categorical, 2,000 values), within <= 0.1",
    ]);
    const sql =
      "  - name: d\n    source: { engine: duckdb, path: data/cur.csv }\n    drift: { reference: baseline }\n";
    expect(await run(dir, sql, baseline)).toEqual(file);
    // No baseline in the run: said as the file path says it.
    expect(await run(dir, sql)).toEqual([
      "data/d/drift error: d: no drift check: no baseline (no baseline in this run)",
    ]);
  });

  it("a table has no copy on the baseline; a { table } reference needs a SQL source", async () => {
    const dir = tempDir("mlgate-sql-drift-");
    const duck = await DuckDBInstance.create(path.join(dir, "w.duckdb"));
    const conn = await duck.connect();
    await conn.run("create table t as select range as x from range(10)");
    conn.closeSync();
    duck.closeSync();
    writeFileSync(path.join(dir, "t.csv"), "x\n1\n2\n");
    expect(
      await run(
        dir,
        "  - name: d\n    source: { engine: duckdb, database: w.duckdb, table: t }\n    drift: { reference: baseline }\n",
      ),
    ).toEqual([
      "data/d/drift error: d: no drift check: a table or a query has no copy on the baseline; name a reference table, query or file",
    ]);
    expect(await run(dir, "  - name: d\n    path: t.csv\n    drift: { reference: { table: t } }\n")).toEqual([
      "data/d/drift error: d: a drift reference { table } or { query } needs a dataset with a SQL source",
    ]);
  });
});
