/**
 * Order statistics past the exact limit, through the bundled CLI (`npm run build` first): five
 * columns of 1,200,000 numbers (near normal, heavy-tailed both ways, ascending, descending, seven
 * tied values) in a 42 MB CSV read on two threads, against numpy's quantiles of the same numbers
 * (test/fixtures/statistics/sketch.json, written by make_sketch_fixture.py). Each reported
 * quantile must be one of the numbers, at a rank within the reported rank error of the ranks numpy
 * interpolates between; a bound is passed or failed only when every value within that error says
 * so. The same file as a DuckDB source: exact, numpy's values.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatStat, quantileRanks } from "../../src/data/checks/statistics.js";
import { runNode, tempDir } from "../helpers/run-node.js";

type Column = { sum: number; first: number[]; quantiles: number[] };
const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/statistics/sketch.json"), "utf8"),
) as { tools: string; rows: number; levels: number[]; columns: Record<string, Column> };
const { rows: ROWS, levels: LEVELS } = fixture;

/** murmur3's 32-bit finaliser, as the fixture script computes it. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
const u = (i: number, s: number) => fmix32(i * 8 + s + 1);

/** The fixture script's columns, rebuilt. */
function columns(): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const name of Object.keys(fixture.columns)) out[name] = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    let irwin = 0;
    for (let s = 0; s < 6; s++) irwin += u(i, s) % 100_000;
    out.normal![i] = (irwin - 300_000) / 1000;
    const pareto = Math.floor(2 ** 32 / (u(i, 6) + 1));
    out.heavy![i] = u(i, 7) & 1 ? -pareto : pareto;
    out.ascending![i] = i;
    out.descending![i] = ROWS - i;
    out.ties![i] = u(i, 8) % 7;
  }
  return out;
}

/** The first and last 0-based rank of `value` in `sorted` ([-1, -1] when absent). */
function ranksOf(sorted: Float64Array, value: number): [number, number] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (sorted[lo] !== value) return [-1, -1];
  let last = lo;
  while (last + 1 < sorted.length && sorted[last + 1] === value) last++;
  return [lo, last];
}

interface Check {
  id: string;
  status: string;
  message: string;
  observed?: string;
  approximate?: { count: number; rankError: number };
}
const checksOf = (stdout: string): Record<string, Check> =>
  Object.fromEntries(
    JSON.parse(stdout)
      .sections.find((s: { id: string }) => s.id === "data")
      .checks.map((c: Check) => [c.id, c]),
  );

/** `q0.05 = 1.5, q0.5 = 3` → the numbers. */
const observedValues = (observed: string) => observed.split(", ").map((s) => Number(s.split(" = ")[1]));

const cols = columns();
const names = Object.keys(cols);
const dir = tempDir("mlgate-sketch-");
{
  // A text column pads the file past the size the scanner splits over threads (32 MiB).
  const lines: string[] = [`${names.join(",")},note`];
  for (let i = 0; i < ROWS; i++) lines.push(`${names.map((n) => String(cols[n]![i])).join(",")},sketched`);
  writeFileSync(path.join(dir, "big.csv"), `${lines.join("\n")}\n`);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sorted = Object.fromEntries(names.map((n) => [n, cols[n]!.slice().sort()]));
/** Bounds for the median that the exact median meets (odd columns) or misses (even ones), barely. */
const medianBound = (n: string, k: number) => {
  const exact = fixture.columns[n]!.quantiles[LEVELS.indexOf(0.5)]!;
  return k % 2 ? { max: exact } : { min: exact + 0.0005 };
};
const quantileOption = (n: string) =>
  `{ ${LEVELS.map((q) => `"${q}": { min: ${sorted[n]![0]}, max: ${sorted[n]![ROWS - 1]} }`).join(", ")} }`;
const config = (source: string, only = names) =>
  `version: 1
data:
  - name: big
    ${source}
    columns:
${only.map((n) => `      ${n}: { median: ${JSON.stringify(medianBound(n, names.indexOf(n)))}, quantiles: ${quantileOption(n)} }`).join("\n")}
`;

describe(`order statistics past 1,000,000 numbers against ${fixture.tools}`, () => {
  it("the rebuilt columns are the fixture's numbers, and numpy's quantiles are theirs", () => {
    for (const n of names) {
      const c = fixture.columns[n]!;
      expect([...cols[n]!.slice(0, 5)], n).toEqual(c.first);
      expect(
        cols[n]!.reduce((a, b) => a + b, 0),
        n,
      ).toBe(c.sum);
      LEVELS.forEach((q, j) => {
        const { lo, hi, t } = quantileRanks(ROWS, q);
        const s = sorted[n]!;
        expect(s[lo]! + (s[hi]! - s[lo]!) * t, `${n} q${q}`).toBeCloseTo(c.quantiles[j]!, 6);
      });
    }
  });

  it("a file on two threads: each quantile within its stated rank error, bounds decided only when the error allows", async () => {
    writeFileSync(path.join(dir, "mlgate.yml"), config("path: big.csv"));
    const r = await runNode(
      "dist/cli.js",
      ["check", "--format", "json"],
      { cwd: dir, env: { MLGATE_THREADS: "2" } },
      60_000,
    );
    expect(r.stderr).toMatch(/mlgate: big\.csv: read in 2 parts on 2 threads\n$/);
    const c = checksOf(r.stdout);
    names.forEach((n, k) => {
      const s = sorted[n]!;
      const q = c[`data/big/${n}/quantiles`]!;
      const error = q.approximate!.rankError;
      expect(q.approximate!.count).toBe(ROWS);
      // The a priori bound with 32,768 numbers a level: log2(n/k) + 1 levels of n/k each.
      expect(error).toBeGreaterThan(0);
      expect(error).toBeLessThanOrEqual((Math.log2(ROWS / 32_768) + 2) * (ROWS / 32_768));
      expect(q.status, n).toBe("passed");
      expect(q.message).toContain(`(approximate: rank error ≤ `);
      expect(q.message).toContain(`% of 1,200,000 values)`);
      observedValues(q.observed!).forEach((value, j) => {
        const level = LEVELS[j]!;
        const { lo, hi } = quantileRanks(ROWS, level);
        const [first, last] = ranksOf(s, value);
        const where = `${n} q${level} = ${value}`;
        expect(first, `${where} is one of the numbers`).toBeGreaterThanOrEqual(0);
        expect(first, where).toBeLessThanOrEqual(hi + error);
        expect(last, where).toBeGreaterThanOrEqual(lo - error);
        if (level === 0 || level === 1) expect(value, where).toBe(fixture.columns[n]!.quantiles[j]);
      });
      // The median's bound: the verdict may be "not tested", never the wrong one; and decided
      // whenever all values within twice the error (the estimate's interval at most) agree.
      const m = c[`data/big/${n}/median`]!;
      const bound = medianBound(n, k);
      const { lo, hi } = quantileRanks(ROWS, 0.5);
      const wide = [s[Math.max(0, lo - 2 * error)]!, s[Math.min(ROWS - 1, hi + 2 * error)]!];
      if (k % 2) {
        expect(m.status, `${n} median`).not.toBe("failed");
        if (wide[1]! <= bound.max!) expect(m.status, `${n} median`).toBe("passed");
      } else {
        expect(m.status, `${n} median`).not.toBe("passed");
        if (wide[1]! < bound.min!) expect(m.status, `${n} median`).toBe("failed");
      }
      if (m.status === "skipped") expect(m.message).toMatch(/ median not tested: about .* on both sides of /);
    });
  }, 60_000);

  it("the same file as a DuckDB source: exact, numpy's values, nothing approximate", async () => {
    // Two columns: each costs the engine a sort of 1,200,000 numbers.
    const only = ["normal", "heavy"];
    writeFileSync(path.join(dir, "mlgate.yml"), config("source: { engine: duckdb, path: big.csv }", only));
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 60_000);
    expect(r.stderr).toBe("");
    const c = checksOf(r.stdout);
    only.forEach((n) => {
      const k = names.indexOf(n);
      const exact = fixture.columns[n]!.quantiles;
      const q = c[`data/big/${n}/quantiles`]!;
      expect(q.approximate).toBeUndefined();
      expect(q.observed).toBe(LEVELS.map((l, j) => `q${l} = ${formatStat(exact[j]!)}`).join(", "));
      const m = c[`data/big/${n}/median`]!;
      expect(m.status, `${n} median`).toBe(k % 2 ? "passed" : "failed");
      expect(m.observed).toBe(formatStat(exact[LEVELS.indexOf(0.5)]!));
    });
  }, 60_000);
});
