import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DriftSample } from "../../src/data/drift.js";
import {
  chiSquare,
  histogram,
  jensenShannon,
  ksPValue,
  ksStatistic,
  normalizedWasserstein,
  psi,
  quantileEdges,
  wasserstein,
} from "../../src/data/drift-stats.js";
import { CsvByteScanner } from "../../src/readers/csv-bytes.js";

/** Values computed by scipy/numpy for the same inputs (fixtures/drift/expected.py; versions inside). */
const ref = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/drift/expected.json"), "utf8"),
) as {
  generator: string;
  numeric: {
    name: string;
    reference: number[];
    current: number[];
    ks: number;
    ks_p: number;
    wasserstein: number;
    normalized_wasserstein: number;
    edges: number[];
    reference_counts: number[];
    current_counts: number[];
    psi: number;
    js: number;
  }[];
  categorical: {
    name: string;
    reference: number[];
    current: number[];
    chi2: number;
    chi2_p: number;
    df: number;
    js: number;
  }[];
};

describe(`drift statistics match ${ref.generator}`, () => {
  it.each(ref.numeric.map((c) => [c.name, c]))("numeric: %s", (_, c) => {
    const d = ksStatistic(c.reference, c.current);
    expect(d).toBeCloseTo(c.ks, 12);
    expect(ksPValue(d, c.reference.length, c.current.length)).toBeCloseTo(c.ks_p, 10);
    expect(wasserstein(c.reference, c.current)).toBeCloseTo(c.wasserstein, 10);
    expect(normalizedWasserstein(c.reference, c.current)).toBeCloseTo(c.normalized_wasserstein, 10);
    const edges = quantileEdges(c.reference);
    expect(edges.length).toBe(c.edges.length);
    for (const [i, e] of edges.entries()) expect(e).toBeCloseTo(c.edges[i]!, 10);
    expect(histogram(c.reference, edges)).toEqual(c.reference_counts);
    expect(histogram(c.current, edges)).toEqual(c.current_counts);
    expect(psi(c.reference_counts, c.current_counts)).toBeCloseTo(c.psi, 10);
    expect(jensenShannon(c.reference_counts, c.current_counts)).toBeCloseTo(c.js, 10);
  });

  it.each(ref.categorical.map((c) => [c.name, c]))("categorical: %s", (_, c) => {
    const r = chiSquare(c.reference, c.current);
    expect(r.df).toBe(c.df);
    expect(r.statistic).toBeCloseTo(c.chi2, 10);
    expect(r.pValue).toBeCloseTo(c.chi2_p, 10);
    expect(jensenShannon(c.reference, c.current)).toBeCloseTo(c.js, 10);
  });
});

describe("drift samples: the byte path keeps what the text path keeps", () => {
  it("seen, numbers, reservoir and category counts are equal on 150,000 rows with escapes, short rows, non-ASCII", () => {
    const lines = ["id,x,c"];
    for (let i = 0; i < 150_000; i++) {
      const x =
        i % 101 === 0
          ? "NA"
          : i % 103 === 0
            ? "1.2345678901234567"
            : i % 107 === 0
              ? "abc"
              : ((i * 0.618) % 1).toFixed(4);
      const c = i % 7 === 0 ? '"q ""x"""' : ["é", "b", "東京", `k${i % 50}`][i % 4]!;
      lines.push(i % 997 === 0 ? `${i}` : `${i},${x},${c}`);
    }
    const bytes = Buffer.from(`${lines.join("\n")}\n`);
    const viaBytes = [new DriftSample(11), new DriftSample(12)];
    const viaText = [new DriftSample(11), new DriftSample(12)];
    let header = true;
    const scanner = new CsvByteScanner((batch) => {
      const from = header ? 1 : 0;
      header = false;
      viaBytes.forEach((s, k) => {
        s.addColumn(batch, k + 1, from);
      });
      for (let r = from; r < batch.rows; r++) {
        const first = batch.fieldOf[r]!;
        const n = batch.fieldOf[r + 1]! - first;
        viaText.forEach((s, k) => {
          s.add(k + 1 < n ? batch.text(first + k + 1) : "", batch.rowOffset(r));
        });
      }
    });
    for (let at = 0; at < bytes.length; at += 65_536) scanner.push(bytes.subarray(at, at + 65_536));
    scanner.end();
    for (let k = 0; k < 2; k++) {
      const [b, t] = [viaBytes[k]!, viaText[k]!];
      expect(b.seen).toBe(t.seen);
      expect(b.numericOnly).toBe(t.numericOnly);
      expect(b.values).toEqual(t.values);
      expect(b.counts).toEqual(t.counts);
    }
    expect(viaBytes[0]!.seen).toBeGreaterThan(100_000);
    expect(viaBytes[1]!.counts.get('q "x"')).toBeGreaterThan(0);
  });
});
