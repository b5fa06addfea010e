/** The paired tests against scipy/statsmodels and an O(m·n) DeLong reference (test/fixtures/compare). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pairIds } from "../../src/compare/paired.js";
import { delong, mcnemarExact, normalCdf, pairedBootstrap, seeded } from "../../src/compare/significance.js";
import { IdColumn } from "../../src/model/id-column.js";

const expected = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/compare/expected.json"), "utf8"),
);

describe("paired significance tests", () => {
  it("records where the reference values came from", () => {
    expect(expected.source).toMatch(/^scipy \d/);
  });

  it("McNemar's exact test equals statsmodels' mcnemar(exact=True)", () => {
    for (const c of expected.mcnemar) {
      const r = mcnemarExact(c.b, c.c);
      expect(r.statistic, `${c.b},${c.c}`).toBe(c.statistic);
      expect(Math.abs(r.pValue - c.pvalue), `${c.b},${c.c}: ${r.pValue} vs ${c.pvalue}`).toBeLessThan(
        1e-12 + 1e-9 * c.pvalue,
      );
    }
  });

  it("the normal tail equals scipy.stats.norm.sf to 1e-14 relative", () => {
    for (const { z, sf } of expected.normal_sf) {
      expect(Math.abs(normalCdf(-z) - sf) / sf, `z=${z}`).toBeLessThan(1e-13);
    }
  });

  it("DeLong's test equals the pairwise-definition reference, ties included", () => {
    for (const c of expected.delong) {
      const r = delong(Uint8Array.from(c.label), Float64Array.from(c.head), Float64Array.from(c.base))!;
      expect(r.aucHead, c.name).toBeCloseTo(c.auc_head, 12);
      expect(r.aucBase, c.name).toBeCloseTo(c.auc_base, 12);
      expect(r.se / c.se, c.name).toBeCloseTo(1, 10);
      expect(r.z, c.name).toBeCloseTo(c.z, 9);
      expect(r.pValue, c.name).toBeCloseTo(c.pvalue, 10);
    }
  });

  it("DeLong: a hand-worked case and the undefined one", () => {
    // Labels 1,1,0,0; head ranks perfectly (AUC 1), base gets one pair wrong (AUC 0.75).
    const r = delong(
      Uint8Array.from([1, 1, 0, 0]),
      Float64Array.from([0.9, 0.8, 0.2, 0.1]),
      Float64Array.from([0.9, 0.3, 0.4, 0.1]),
    )!;
    expect(r.aucHead).toBe(1);
    expect(r.aucBase).toBe(0.75);
    expect(r.delta).toBe(0.25);
    expect(
      delong(Uint8Array.from([1, 0, 0]), Float64Array.from([1, 0, 0]), Float64Array.from([1, 0, 0])),
    ).toBeUndefined();
  });

  it("the paired bootstrap is reproducible by seed and brackets a known mean difference", () => {
    // Head is right on 80% of 2,000 examples, base on 75%, independently: delta 0.05, se about 0.013.
    const n = 2000;
    const head = Uint8Array.from({ length: n }, (_, i) => (i % 5 !== 0 ? 1 : 0));
    const base = Uint8Array.from({ length: n }, (_, i) => (i % 4 !== 1 ? 1 : 0));
    const acc = (rows: Uint32Array, side: "head" | "base") => {
      const v = side === "head" ? head : base;
      let s = 0;
      for (const r of rows) s += v[r]!;
      return s / rows.length;
    };
    const a = pairedBootstrap(n, acc, { resamples: 1000, confidence: 0.95, seed: 7 })!;
    const b = pairedBootstrap(n, acc, { resamples: 1000, confidence: 0.95, seed: 7 })!;
    expect(a).toEqual(b);
    expect(a.low).toBeLessThan(0.05);
    expect(a.high).toBeGreaterThan(0.05);
    // The width is about 2 × 1.96 × se of a paired difference of proportions.
    let d = 0;
    let d2 = 0;
    for (let i = 0; i < n; i++) {
      const x = head[i]! - base[i]!;
      d += x;
      d2 += x * x;
    }
    const se = Math.sqrt((d2 / n - (d / n) ** 2) / n);
    expect((a.high - a.low) / (2 * 1.96 * se)).toBeGreaterThan(0.85);
    expect((a.high - a.low) / (2 * 1.96 * se)).toBeLessThan(1.15);
  });
});

describe("pairing rows by example id", () => {
  /** The rule: row by row when the ids are the same list, else a Map of base ids (the last row of a repeated id wins). */
  const reference = (head: string[], base: string[]) => {
    if (head.length === base.length && head.every((id, i) => id === base[i]))
      return head.map((_, i) => [i, i] as [number, number]);
    const at = new Map<string, number>();
    base.forEach((id, j) => {
      at.set(id, j);
    });
    const pairs: [number, number][] = [];
    head.forEach((id, i) => {
      const j = at.get(id);
      if (j !== undefined) pairs.push([i, j]);
    });
    return pairs;
  };
  const asPairs = (p: { head: Uint32Array; base: Uint32Array }) => [...p.head].map((h, k) => [h, p.base[k]!]);

  it("joins shuffled, partly overlapping ids with repeats as a Map would (2,000 random cases)", () => {
    const r = seeded(5);
    for (let c = 0; c < 2000; c++) {
      // Short ids from a small alphabet: repeats, shared prefixes and crowded hash slots.
      const id = () =>
        Array.from({ length: 1 + Math.floor(r() * 3) }, () => "ab\u00e9"[Math.floor(r() * 3)]).join("");
      const base = Array.from({ length: Math.floor(r() * 40) }, id);
      const head = Array.from({ length: Math.floor(r() * 40) }, id);
      expect(asPairs(pairIds(IdColumn.of(head), IdColumn.of(base))), JSON.stringify({ head, base })).toEqual(
        reference(head, base),
      );
    }
    const base = Array.from({ length: 50_000 }, (_, i) => `ex-${(i * 7919) % 50_000}`);
    const head = [...base].reverse().slice(0, 40_000).concat(["ex-missing"]);
    expect(asPairs(pairIds(IdColumn.of(head), IdColumn.of(base)))).toEqual(reference(head, base));
  });

  it("the same ids in the same order pair row by row, repeats included", () => {
    const ids = ["a", "b", "a", "c"];
    expect(asPairs(pairIds(IdColumn.of(ids), IdColumn.of([...ids])))).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // One id out of place: joined by id, the last "a" of the base for both "a" rows.
    expect(asPairs(pairIds(IdColumn.of(["a", "b", "a", "c"]), IdColumn.of(["a", "c", "a", "b"])))).toEqual([
      [0, 2],
      [1, 3],
      [2, 2],
      [3, 1],
    ]);
  });
});

describe("example ids kept as bytes", () => {
  it("an id copied from CSV bytes equals the same id given as text, non-ASCII and long ones included", () => {
    const ids = ["a", "", "é-ü-1", "東京#7", "x".repeat(70_000), 'q"uote'];
    const fromText = IdColumn.of(ids);
    const fromBytes = new IdColumn();
    for (const id of ids) {
      const b = Buffer.from(`,${id},`);
      fromBytes.pushBytes(b, 1, b.length - 1);
    }
    expect(fromBytes.sameAs(fromText)).toBe(true);
    expect(ids.map((_, i) => fromBytes.text(i))).toEqual(ids);
    expect(IdColumn.of(["a", "b"]).sameAs(IdColumn.of(["ab", ""]))).toBe(false);
    expect(IdColumn.of(["a", "b"]).sameAs(IdColumn.of(["a", "c"]))).toBe(false);
  });
});
