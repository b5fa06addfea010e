/**
 * A Parquet file over the parallel threshold (8 MiB of column chunks, several row groups) through
 * the bundled CLI (`npm run build` first): this thread reads row groups from the front, a worker
 * from the back, and the worker's are merged after, in file order. The report must be byte for byte the one-thread report, and the counts
 * those the generator planted (each violation's row is known by construction).
 */
import { statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { MIN_PARALLEL_PARQUET_BYTES } from "../../src/data/scan/parquet-parallel.js";
import { runNode, tempDir } from "../helpers/run-node.js";

interface Check {
  id: string;
  status: string;
  message: string;
  diagnostics?: { message: string; range?: { start: { line: number } } }[];
}

const N = 700_000;
const CITIES = ["Oslo", "NY", "Zürich", "São Paulo", "Lagos"];

/** Rows planted outside the checks: out-of-range x, a missing city, a repeated id, an odd city. */
const isHigh = (i: number) => i % 150_001 === 7;
const isMissing = (i: number) => i % 99_991 === 3;
const isRepeat = (i: number) => i === 600_003;
const isOdd = (i: number) => i % 200_003 === 11;

function writeFile(dir: string): void {
  const id = new Array<bigint>(N);
  const x = new Float64Array(N);
  const city = new Array<string | null>(N);
  for (let i = 0; i < N; i++) {
    id[i] = BigInt(isRepeat(i) ? 17 : i);
    // A spread of doubles (little compression), within [0, 1000) except the planted rows.
    x[i] = isHigh(i) ? 5000 + i : ((i * 7919) % 100_000) / 100 + (i % 13) / 1e6;
    city[i] = isMissing(i) ? null : isOdd(i) ? "Atlantis" : CITIES[i % CITIES.length]!;
  }
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: "id", data: id, type: "INT64" },
      { name: "x", data: x, type: "DOUBLE" },
      { name: "city", data: city, type: "STRING" },
    ],
    codec: "UNCOMPRESSED",
    rowGroupSize: 120_000,
  });
  writeFileSync(path.join(dir, "big.parquet"), new Uint8Array(buffer));
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    `version: 1
data:
  - name: big
    path: big.parquet
    row_count: { min: ${N} }
    unique: [[id, city]]
    columns:
      id: { unique: true }
      x: { min: 0, max: 1000, mean: { min: 0 } }
      city: { allowed: [${CITIES.map((c) => JSON.stringify(c)).join(", ")}], missing: { max: 0 } }
`,
  );
}

const count = (pred: (i: number) => boolean) => {
  let n = 0;
  for (let i = 0; i < N; i++) if (pred(i)) n++;
  return n;
};

describe("Parquet row groups on threads", () => {
  it("the same report on one and two threads, with the planted counts", async () => {
    const dir = tempDir("mlgate-pq-parallel-");
    writeFile(dir);
    expect(statSync(path.join(dir, "big.parquet")).size).toBeGreaterThan(MIN_PARALLEL_PARQUET_BYTES);
    const run = (threads: string) =>
      runNode(
        "dist/cli.js",
        ["test", "--env", "dev", "--format", "json"],
        { cwd: dir, env: { MLGATE_THREADS: threads } },
        60_000,
      );
    const one = await run("1");
    const two = await run("2");
    expect(one.code).toBe(1);
    expect(one.stderr).not.toMatch(/second thread/);
    // The worker takes the last group at once, then more from the back while this thread reads
    // from the front (6 groups of 120,000 rows).
    expect(two.stderr).toMatch(/mlgate: big\.parquet: row groups [2-6]-6 of 6 read by a second thread\n$/);
    expect(two.stdout).toBe(one.stdout);
    const checks = Object.fromEntries(
      JSON.parse(two.stdout)
        .sections.find((s: { id: string }) => s.id === "data")
        .checks.map((c: Check) => [c.id, c]),
    ) as Record<string, Check>;
    expect(checks["data/big/x/range"]!.message).toContain(`${count(isHigh)} of ${N} rows`);
    // The examples are the first planted rows, numbered in the whole file (row 1 is index 0).
    const first = [...Array(N).keys()].filter(isHigh).slice(0, 3);
    expect(checks["data/big/x/range"]!.diagnostics!.slice(0, 3).map((d) => d.message)).toEqual(
      first.map((i) => expect.stringContaining(`row ${i + 1},`)),
    );
    expect(checks["data/big/city/missing"]!.message).toContain(`${count(isMissing)}`);
    expect(checks["data/big/city/allowed"]!.message).toContain(`${count((i) => isOdd(i) && !isMissing(i))}`);
    expect(checks["data/big/id/unique"]!.status).toBe("failed");
    expect(checks["data/big/row_count"]!.status).toBe("passed");
  }, 120_000);

  it("a file that is not Parquet: the one-thread finding on two threads, not a crash", async () => {
    const dir = tempDir("mlgate-pq-parallel-bad-");
    writeFileSync(path.join(dir, "bad.parquet"), "not a parquet file, no PAR1 footer\n".repeat(40));
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: bad\n    path: bad.parquet\n    columns:\n      x: { min: 0 }\n",
    );
    const run = (threads: string) =>
      runNode("dist/cli.js", ["test", "--env", "dev", "--format", "json"], {
        cwd: dir,
        env: { MLGATE_THREADS: threads },
      });
    const one = await run("1");
    const two = await run("2");
    expect(two.code).toBe(1);
    expect(two.stderr).not.toMatch(/internal error/);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toContain("not a readable Parquet file");
  });
});
