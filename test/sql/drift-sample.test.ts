/**
 * Drift past the sample's size, where the two paths differ by nature: the file path keeps a seeded
 * random sample of 100,000 numbers per column, the SQL path 100,000 evenly spaced order statistics
 * from the engine's sort. Both stand for the whole column, so their statistics differ only by the
 * sample's error; this bounds the difference (docs/sql-sources.md says the same) and checks that the
 * verdicts and the categorical statistics, counted exactly on both paths, are identical.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { runData } from "../../src/data/data-stage.js";
import { createWorkspace } from "../../src/io/workspace.js";

/** Rows per side: over the 100,000 numbers the file path keeps. */
const ROWS = 130_000;

/** A seeded generator (mulberry32). */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `v`: normal with the given mean (Box-Muller, 4 decimals); `k`: 12 categories, skewed by `tilt`. */
function table(seed: number, mean: number, tilt: number): string {
  const r = rng(seed);
  const lines = ["v,k"];
  for (let i = 0; i < ROWS; i++) {
    const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    const k = Math.min(11, Math.floor(r() ** (1 + tilt) * 12));
    lines.push(`${(mean + 10 * z).toFixed(4)},c${k}`);
  }
  return `${lines.join("\n")}\n`;
}

async function driftResults(dir: string, source: string, method: string) {
  const yml = `version: 1
data:
  - name: big
    ${source}
    drift: { reference: ref.csv, method: ${method}, columns: [v, k] }
`;
  const { config } = parseConfig(yml, "mlgate.yml");
  const section = await runData({
    config: config!,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
    env: {},
  });
  return section.checks.map((c) => ({ id: c.id, status: c.status, message: c.message }));
}

/** The first number after `label` in a message. */
const statisticOf = (message: string, label: string) =>
  Number(new RegExp(`${label}[ =]+([0-9.e+-]+)`).exec(message)?.[1]);

describe("drift past the sample's size: file sample against the engine's quantile summary", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "mlgate-drift-sample-"));
    writeFileSync(path.join(dir, "ref.csv"), table(1, 50, 0));
    writeFileSync(path.join(dir, "cur.csv"), table(2, 51.5, 0.5));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("PSI, KS and Wasserstein within the sampling error; the same verdicts; JS identical", async () => {
    const duck = "source: { engine: duckdb, path: cur.csv }";
    const auto = await driftResults(dir, "path: cur.csv", "auto");
    const autoSql = await driftResults(dir, duck, "auto");
    expect(auto.map((c) => c.status)).toEqual(["passed", "failed"]);
    expect(autoSql.map((c) => c.status)).toEqual(auto.map((c) => c.status));
    // Categories are counted over every row on both paths: the same Jensen-Shannon distance.
    expect(autoSql[1]!.message).toBe(auto[1]!.message);
    const psi = [auto[0]!, autoSql[0]!].map((c) => statisticOf(c.message, "PSI"));
    // PSI of a 0.15-standard-deviation shift: about 0.02.
    expect(psi[0]).toBeGreaterThan(0.01);
    expect(Math.abs(psi[0]! - psi[1]!)).toBeLessThan(0.005);
    for (const method of ["ks", "wasserstein"]) {
      const file = await driftResults(dir, "path: cur.csv", method);
      const sql = await driftResults(dir, duck, method);
      const label = method === "ks" ? "D" : "normalised Wasserstein";
      const [a, b] = [file[0]!, sql[0]!].map((c) => statisticOf(c.message, label));
      if (process.env.SHOW) console.log(method, a, b, psi);
      expect(a, method).toBeGreaterThan(0.03);
      // Sampling error of 100,000 values: KS's D within 1.36·√(2/n) ≈ 0.006 at 95%.
      expect(Math.abs(a! - b!), method).toBeLessThan(0.01);
      expect(sql.map((c) => c.status)).toEqual(file.map((c) => c.status));
    }
  }, 120_000);
});
