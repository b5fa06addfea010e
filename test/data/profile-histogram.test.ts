import { describe, expect, it } from "vitest";
import { DISTINCT_LIMIT, TopValues } from "../../src/data/top-values.js";
import { SLOTS, ValueHistogram } from "../../src/data/value-histogram.js";

/** A deterministic stream of numbers (a linear congruential generator). */
function numbers(n: number, seed: number, scale: number, offset: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return offset + (x / 2147483648) * scale;
  });
}

/** Counts of `values` in the histogram's bins, worked out from its start and width. */
function expectedCounts(values: number[], start: number, width: number, bins: number): number[] {
  const counts = new Array(bins).fill(0);
  for (const v of values) counts[Math.floor((v - start) / width)]++;
  return counts;
}

describe("ValueHistogram", () => {
  it("counts every value exactly in at most SLOTS equal bins covering the range", () => {
    for (const [scale, offset] of [
      [1, 0],
      [200000, 0],
      [1e-6, 3e-6],
      [70, 18],
      [1e12, -5e11],
    ] as const) {
      const values = numbers(5000, 7, scale, offset);
      const h = new ValueHistogram();
      for (const v of values) h.add(v);
      const b = h.bins()!;
      expect(b.counts.length).toBeLessThanOrEqual(SLOTS);
      expect(b.counts.length).toBeGreaterThan(SLOTS / 2 - 2);
      expect(b.start).toBeLessThanOrEqual(Math.min(...values));
      expect(b.start + b.width * b.counts.length).toBeGreaterThan(Math.max(...values));
      expect(b.counts).toEqual(expectedCounts(values, b.start, b.width, b.counts.length));
    }
  });

  it("gives the same bins whatever the order and however the values are split into parts", () => {
    const values = [...numbers(3000, 1, 10, 0), ...numbers(10, 2, 1e6, 5e5), -40, 0, 0.5];
    const whole = new ValueHistogram();
    for (const v of values) whole.add(v);
    for (const cut of [1, 10, 1500, 3005]) {
      const parts = [values.slice(0, cut), values.slice(cut)].reverse();
      const [first, ...rest] = parts.map((p) => {
        const h = new ValueHistogram();
        for (const v of p) h.add(v);
        return h;
      });
      for (const r of rest) first!.mergeState(r.exportState());
      expect(first!.bins()).toEqual(whole.bins());
    }
    const reversed = new ValueHistogram();
    for (const v of [...values].reverse()) reversed.add(v);
    expect(reversed.bins()).toEqual(whole.bins());
  });

  it("holds the extremes of the doubles and a constant column", () => {
    const h = new ValueHistogram();
    for (const v of [Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, 0]) h.add(v);
    const b = h.bins()!;
    expect(b.counts.reduce((a, c) => a + c, 0)).toBe(4);
    const c = new ValueHistogram();
    for (let i = 0; i < 100; i++) c.add(42);
    expect(c.bins()!.counts).toEqual([100]);
    expect(new ValueHistogram().bins()).toBeUndefined();
  });
});

describe("TopValues", () => {
  it("counts a category's values exactly, most frequent first, and merges parts", () => {
    const a = new TopValues();
    const b = new TopValues();
    for (const v of ["BR", "US", "BR", "ES", "BR", "US"]) a.add(v);
    for (const v of ["ES", "ES", "ES", "ñ"]) b.add(v);
    a.mergeState(b.exportState());
    expect(a.summary()).toEqual({
      values: [
        { value: "ES", count: 4 },
        { value: "BR", count: 3 },
        { value: "US", count: 2 },
        { value: "ñ", count: 1 },
      ],
      other: 0,
      distinct: 4,
    });
  });

  it("stops counting past DISTINCT_LIMIT distinct values, also when only the merge passes it", () => {
    const a = new TopValues();
    for (let i = 0; i <= DISTINCT_LIMIT; i++) a.add(`id${i}`);
    expect(a.over).toBe(true);
    expect(a.summary()).toBeUndefined();
    const left = new TopValues();
    const right = new TopValues();
    for (let i = 0; i < DISTINCT_LIMIT; i++) left.add(`a${i}`);
    right.add("b");
    expect(left.over || right.over).toBe(false);
    left.mergeState(right.exportState());
    expect(left.summary()).toBeUndefined();
  });
});
