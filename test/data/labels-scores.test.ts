/**
 * The leakage scores at full precision against scikit-learn 1.2.1 (roc_auc_score, r2_score of a
 * LinearRegression or of per-category means; test/fixtures/splits/make_fixtures.py), with the rows
 * fed in two parts merged as threads merge them, the second part's classes in the other order;
 * and the spilled partitions giving back every record with its offsets.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LabelSink } from "../../src/data/labels/label-sink.js";
import { scoreFeature, taskOf } from "../../src/data/labels/leakage-scores.js";
import { HashPartitions } from "../../src/data/splits/hash-partitions.js";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/splits");
const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));

/** A fixture CSV (no quoted fields) as header and rows. */
function csv(name: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path.join(FIXTURES, name), "utf8").trimEnd().split("\n");
  return { header: lines[0]!.split(","), rows: lines.slice(1).map((l) => l.split(",")) };
}

/** Scores of every feature, the file fed as two parts from `cut`, merged. */
function scores(name: string, label: string, exclude: string[], cut: number) {
  const { header, rows } = csv(name);
  const config = { column: label, exclude, conflicts: false };
  const main = new LabelSink(config);
  main.place(header);
  const at = main.cols.map((c) => header.indexOf(c));
  const parts = [rows.slice(0, cut), rows.slice(cut)].map((part, k) => {
    const sink = new LabelSink(config);
    part.forEach((r, i) => {
      sink.row(
        at.map((j) => r[j] ?? ""),
        i + 1,
        i + 2,
        `${name}#${k}`,
      );
    });
    return sink.exportState();
  });
  main.mergeState(parts[0]!, 0, 0);
  main.mergeState(parts[1]!, cut, cut);
  const task = taskOf(main);
  if (typeof task === "object") throw new Error(task.why);
  return Object.fromEntries(main.cols.slice(1).map((c, i) => [c, scoreFeature(c, main.features[i]!, task)]));
}

describe("single-feature leakage scores against scikit-learn", () => {
  it("AUC of each feature of a binary label (values and category rates, missing cells left out)", () => {
    // Row 1 is "no" in the first part; the second part starts with a "yes" row, so its class order differs.
    const { rows, header } = csv("labels.csv");
    const y = header.indexOf("churned");
    const cut = rows.findIndex((r, i) => i > 1000 && r[y] !== rows[0]![y]);
    const got = scores("labels.csv", "churned", ["id"], cut);
    for (const [f, e] of Object.entries(
      expected.labels_binary.auc as Record<string, { rule: string; auc: number }>,
    )) {
      expect(got[f]!.rule, f).toBe(e.rule);
      expect(got[f]!.score!, f).toBeCloseTo(e.auc, 12);
    }
  });

  it("R² of each feature of a numeric label (least-squares line, per-category mean)", () => {
    const got = scores("regression.csv", "target", [], 1234);
    for (const [f, e] of Object.entries(
      expected.labels_regression.r2 as Record<string, { rule: string; r2: number }>,
    )) {
      expect(got[f]!.rule, f).toBe(e.rule);
      expect(got[f]!.score!, f).toBeCloseTo(e.r2, 10);
    }
  });
});

describe("hash partitions", () => {
  it("spilled and in-memory records come back once each, in their partition, with merged parts' offsets", () => {
    const made = (seed: number, n: number, spillWords: number) => {
      const p = new HashPartitions(3, [1, 2], undefined, spillWords);
      const rec = new Uint32Array(3);
      for (let i = 0; i < n; i++) {
        rec[0] = Math.imul(i + seed, 0x9e3779b1) >>> 0 || 1;
        rec[1] = i;
        rec[2] = i + 1;
        p.add(rec);
      }
      return p;
    };
    const a = made(0, 5000, 300); // spills
    const b = made(7, 3000, 1 << 20); // stays in memory
    const c = made(9, 2000, 90); // spills
    a.mergeState(b.exportState(), [5000, 5000]);
    a.mergeState(c.exportState(), [8000, 8000]);
    const rows: number[] = [];
    let p = 0;
    for (const part of a.partitions()) {
      for (let i = 0; i < part.length; i += 3) {
        expect(part[i]! >>> 26).toBe(p);
        expect(part[i + 2]).toBe(part[i + 1]! + 1);
        rows.push(part[i + 1]!);
      }
      p++;
    }
    expect(p).toBe(64);
    expect(rows.sort((x, y) => x - y)).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
  });
});
