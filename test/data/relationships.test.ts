/**
 * The relationship checks' accumulators on their own: compare_columns' cell comparison, a
 * foreign key's distinct values merged across parts and its bound, and the bound through the
 * bundled CLI (a reference past KEYS_LIMIT keys is "not tested", with the reason).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareCells, timestampMs } from "../../src/data/checks/compare-values.js";
import { ForeignKeySink, foreignKeyVerdict, KEYS_LIMIT } from "../../src/data/checks/foreign-key.js";
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

describe("a foreign key's accumulator", () => {
  const fk = { column: "k", reference: "ref.csv", reference_column: "id" };
  it("parts merge in file order: counts add, the first place of each key stays the earliest", () => {
    const a = new ForeignKeySink(fk);
    const b = new ForeignKeySink(fk);
    a.row(["x"], 1, 2, "f.csv");
    a.row(["NA"], 2, 3, "f.csv");
    b.row(["y"], 1, 2, "f.csv");
    b.row(["x"], 2, 3, "f.csv");
    a.mergeState(b.exportState(), 2, 2);
    a.at = [0];
    const r = foreignKeyVerdict("data/d", { name: "d" }, "error", a, { keys: new Set(["z"]) });
    expect(r.message).toBe("k → ref.csv:id: 2 orphan keys in 3 rows (of 2 distinct)");
    expect(r.diagnostics.map((d) => [d.range!.start.line + 1, d.message])).toEqual([
      [2, 'row 1: k "x" is not in ref.csv:id'],
      [4, 'row 3: k "y" is not in ref.csv:id'],
    ]);
  });
  it("past its bound it is skipped with the reason, in a part or after a merge", () => {
    const a = new ForeignKeySink(fk, 2);
    for (const v of ["a", "b", "c"]) a.row([v], 1, 2, "f.csv");
    a.at = [0];
    expect(foreignKeyVerdict("data/d", { name: "d" }, "error", a, { keys: new Set() })).toMatchObject({
      status: "skipped",
      message: "k → ref.csv:id not tested: k has more than 2 distinct values",
    });
    const b = new ForeignKeySink(fk, 2);
    const c = new ForeignKeySink(fk, 2);
    b.row(["a"], 1, 2, "f.csv");
    c.row(["b"], 1, 2, "f.csv");
    c.row(["c"], 2, 3, "f.csv");
    b.mergeState(c.exportState(), 1, 1);
    expect(b.overflow).toBe(true);
  });
});

describe("a reference past the bound, through the CLI", () => {
  it(`more than ${KEYS_LIMIT.toLocaleString("en-US")} reference keys: not tested, with the reason`, async () => {
    const dir = tempDir("mlgate-fk-big-");
    const keys = Array.from({ length: KEYS_LIMIT + 1 }, (_, i) => `K${i}\n`).join("");
    writeFileSync(path.join(dir, "ref.csv"), `id\n${keys}`);
    writeFileSync(path.join(dir, "d.csv"), "k\nK1\nnope\n");
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: d\n    path: d.csv\n    foreign_key: { column: k, reference: ref.csv, reference_column: id }\n",
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
    const checks = JSON.parse(r.stdout).sections.find((s: { id: string }) => s.id === "data").checks;
    expect(checks).toEqual([
      expect.objectContaining({
        id: "data/d/k/foreign_key",
        status: "skipped",
        message: `k → ref.csv:id not tested: ref.csv:id has more than ${KEYS_LIMIT.toLocaleString("en-US")} distinct keys`,
      }),
    ]);
    expect(r.code).toBe(0);
  });
});
