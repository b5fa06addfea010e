/**
 * The relationship checks' accumulators on their own: compare_columns' cell comparison, a
 * foreign key's records merged across parts and joined through spilled partitions, and through
 * the bundled CLI (`npm run build` first) a reference of 2,000,000 keys against a child whose
 * orphans the generator planted (the expected counts known by construction), in bounded memory.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compareCells, timestampMs } from "../../src/data/checks/compare-values.js";
import {
  ForeignKeySink,
  foreignKeyAnswer,
  foreignKeyVerdict,
  joinForeignKey,
} from "../../src/data/checks/foreign-key.js";
import { HashPartitions } from "../../src/data/splits/hash-partitions.js";
import { RowHash } from "../../src/data/splits/row-hash.js";
import { runNode, tempDir } from "../helpers/run-node.js";

describe("compareCells", () => {
  it("numbers as numbers, instants as instants, text only for == and !=", () => {
    expect(compareCells("9", "<", "10")).toBe(true); // not "9" < "10" as text
    expect(compareCells("1.0", "==", "1")).toBe(true);
    expect(compareCells("2024-01-02", ">", "2024-01-01T23:59:59Z")).toBe(true);
    expect(compareCells("2024-01-01 10:00", "==", "2024-01-01T10:00:00Z")).toBe(true); // no zone: UTC
    expect(compareCells("2024-01-01T12:00:00+02:00", "==", "2024-01-01T10:00:00Z")).toBe(true);
    expect(compareCells("abc", "==", "abc")).toBe(true);
    expect(compareCells("abc", "!=", "abd")).toBe(true);
    expect(compareCells("abc", "<", "abd")).toBeUndefined();
    expect(compareCells("5", "<", "2024-01-01")).toBeUndefined();
    expect(compareCells("2024-02-30", "<", "2024-03-01")).toBeUndefined(); // not a day
    expect(timestampMs("2024-01-01")).toBe(Date.UTC(2024, 0, 1));
  });
});

/** The JS heap of the CLI run on 2,000,000 reference keys (MB): the keys as strings in a Set take more. */
const HEAP_MB = 64;

/** A reference's keys as readReference hashes them. */
function referenceOf(keys: string[]): HashPartitions {
  const out = new HashPartitions(4, []);
  const h = new RowHash();
  const rec = new Uint32Array(4);
  for (const k of keys) {
    h.reset();
    h.text(k);
    h.digest(rec, 0);
    out.add(rec);
  }
  return out;
}

describe("a foreign key's accumulator", () => {
  const fk = { column: "k", reference: "ref.csv", reference_column: "id" };
  it("parts merge in file order: rows add up, the first place of each key stays the earliest", async () => {
    const a = new ForeignKeySink(fk);
    const b = new ForeignKeySink(fk);
    // f.csv's rows 1-4 (lines 2-5): x, NA, y, x; a reads rows 1-2, b rows 3-4 (its 1-2).
    const cells = new Map([1, 2, 3, 4].map((r, i) => [r, [["x"], ["NA"], ["y"], ["x"]][i]!]));
    a.row(["x"], 1, 2, "f.csv");
    a.row(["NA"], 2, 3, "f.csv");
    b.row(["y"], 1, 2, "f.csv");
    b.row(["x"], 2, 3, "f.csv");
    a.mergeState(b.exportState(), 2, 2);
    a.at = [0];
    const asked: [string, number[]][] = [];
    a.answer = await foreignKeyAnswer(a, referenceOf(["z"]), async (file, rows) => {
      asked.push([file, rows]);
      return new Map(rows.map((r) => [r, cells.get(r)!]));
    });
    expect(asked).toEqual([["f.csv", [1, 3]]]);
    const r = foreignKeyVerdict("data/d", { name: "d" }, "error", a, { keys: new Set() });
    expect(r.message).toBe("k → ref.csv:id: 2 orphan keys in 3 rows (of 2 distinct)");
    expect(r.diagnostics.map((d) => [d.range!.start.line + 1, d.message])).toEqual([
      [2, 'row 1: k "x" is not in ref.csv:id'],
      [4, 'row 3: k "y" is not in ref.csv:id'],
    ]);
  });
  it("spilled to partition files on both sides: the same join, its files removed once read", () => {
    const dir = tempDir("mlgate-fk-spill-");
    let made = 0;
    const spill = () => mkdtempSync(path.join(dir, `s${made++}-`));
    // 20,000 reference keys and 30,000 cells, spilled past 1,024 words.
    const ref = new HashPartitions(4, [], spill, 1024);
    const h = new RowHash();
    const rec = new Uint32Array(4);
    for (let i = 0; i < 20_000; i++) {
      h.reset();
      h.text(`K${i}`);
      h.digest(rec, 0);
      ref.add(rec);
    }
    const sink = new ForeignKeySink(fk, spill, 1024);
    // Every third cell is an orphan: K20000, K20003 or K20006 (r % 9 of a multiple of 3).
    const known = new Set<number>();
    for (let r = 1; r <= 30_000; r++) {
      if (r % 3) known.add(r % 20_000);
      sink.row([r % 3 ? `K${r % 20_000}` : `K${20_000 + (r % 9)}`], r, r + 1, "f.csv");
    }
    expect(made).toBe(2);
    const { answer, first } = joinForeignKey(ref, sink.records);
    expect(answer).toMatchObject({ orphanKeys: 3, orphanRows: 10_000, keys: known.size + 3 });
    expect(first.map((a) => a[1])).toEqual([3, 6, 9]);
    expect(readdirSync(dir).flatMap((d) => readdirSync(path.join(dir, d)))).toEqual([]);
  });
});
describe("a reference of 2,000,000 keys, through the CLI", () => {
  it("every key joined in bounded memory: the orphans the generator planted, with examples", async () => {
    const dir = tempDir("mlgate-fk-big-");
    // The reference: C0 … C1999999, in a scrambled order (7919 is prime to 2,000,000).
    const N = 2_000_000;
    const ref: string[] = ["id,name\n"];
    for (let i = 0; i < N; i++) ref.push(`C${(i * 7919) % N},n${i}\n`);
    writeFileSync(path.join(dir, "ref.csv"), ref.join(""));
    // The child: row r holds C(31r mod N), distinct for r < N (31 is prime to N), but for the
    // planted orphans and two missing cells. By construction: 6 orphan keys in 7 rows, and
    // 1,000,000 - 9 + 6 distinct keys; the examples are the first 5 orphan keys by row.
    const orphans = new Map<number, string>([
      [100, "C2000000"],
      [250_000, "c17"],
      [250_001, "C2000000"],
      [500_000, "C-1"],
      [600_000, "C2000001"],
      [700_000, "C2000002"],
      [999_999, "X"],
    ]);
    const child: string[] = ["k,v\n"];
    for (let r = 1; r <= 1_000_000; r++)
      child.push(`${orphans.get(r) ?? (r === 7 || r === 8 ? "" : `C${(r * 31) % N}`)},${r % 10}\n`);
    writeFileSync(path.join(dir, "d.csv"), child.join(""));
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: d\n    path: d.csv\n    foreign_key: { column: k, reference: ref.csv, reference_column: id }\n",
    );
    // The process's peak resident memory, written at exit; the JS heap capped well below what
    // 2,000,000 keys as strings take, so holding them would end the run out of memory.
    writeFileSync(
      path.join(dir, "rss.mjs"),
      'import { writeFileSync } from "node:fs";\nimport { isMainThread } from "node:worker_threads";\nif (isMainThread) process.on("exit", () => writeFileSync(process.env.RSS_OUT, String(process.resourceUsage().maxRSS)));\n',
    );
    const rssOut = path.join(dir, "rss.txt");
    const r = await runNode(
      "dist/cli.js",
      ["check", "--format", "json"],
      {
        cwd: dir,
        env: {
          NODE_OPTIONS: `--max-old-space-size=${HEAP_MB} --import=${pathToFileURL(path.join(dir, "rss.mjs")).href}`,
          RSS_OUT: rssOut,
        },
      },
      30_000,
    );
    expect(r.stderr).toBe("");
    const checks = JSON.parse(r.stdout).sections.find((s: { id: string }) => s.id === "data").checks;
    expect(checks).toEqual([
      expect.objectContaining({
        id: "data/d/k/foreign_key",
        status: "failed",
        message: `k → ref.csv:id: 6 orphan keys in 7 rows (of ${1_000_000 - 9 + 6} distinct)`,
      }),
    ]);
    expect(checks[0].diagnostics.map((d: { line: number; message: string }) => [d.line, d.message])).toEqual(
      [100, 250_000, 500_000, 600_000, 700_000].map((row) => [
        row + 1,
        `row ${row}: k "${orphans.get(row)}" is not in ref.csv:id`,
      ]),
    );
    expect(r.code).toBe(1);
    // Peak memory under the issue's bound for the whole run (maxRSS is in KiB).
    expect(Number(readFileSync(rssOut, "utf8")) / 1024).toBeLessThan(300);
  }, 60_000);
});
