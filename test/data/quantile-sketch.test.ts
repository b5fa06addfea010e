/**
 * The quantile sketch's guarantee, with a small capacity so that a few hundred thousand numbers
 * climb many levels: every estimate is an order statistic within the stated rank error of the
 * ranks numpy interpolates between, `low` and `high` enclose the exact quantile, parts merge with
 * the bound still holding, and the same input and split give the same bits. The exact quantiles
 * here come from sorting the numbers; test/data/statistics-sketch.test.ts checks the engine
 * against numpy.
 */
import { describe, expect, it } from "vitest";
import { QuantileSketch } from "../../src/data/checks/quantile-sketch.js";
import { quantileRanks, ValuesSink } from "../../src/data/checks/statistics.js";

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const N = 200_000;
const rnd = random(19);
const SHAPES: Record<string, number[]> = {
  uniform: Array.from({ length: N }, rnd),
  "heavy-tailed": Array.from({ length: N }, () => Math.tan(Math.PI * (rnd() - 0.5))),
  ascending: Array.from({ length: N }, (_, i) => i),
  descending: Array.from({ length: N }, (_, i) => N - i),
  ties: Array.from({ length: N }, () => Math.floor(rnd() * 7)),
};
const LEVELS = [0, 0.001, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 0.999, 1];

/** The first and last 0-based rank `value` takes in `sorted` (-1 when absent). */
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

/** Exact numpy-style quantile of sorted numbers. */
function exact(sorted: Float64Array, q: number): number {
  const { lo, hi, t } = quantileRanks(sorted.length, q);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * t;
}

/** Check every level's estimate and interval against the sorted numbers. */
function expectWithinBound(sketch: QuantileSketch, values: number[]): void {
  const sorted = Float64Array.from(values).sort();
  expect(sketch.n).toBe(values.length);
  for (const q of LEVELS) {
    const at = sketch.quantile(q)!;
    const { lo, hi } = quantileRanks(values.length, q);
    const [first, last] = ranksOf(sorted, at.value);
    expect(first, `q${q}: the estimate is one of the numbers`).toBeGreaterThanOrEqual(0);
    // Some rank the estimate takes lies within the error of lo … hi.
    expect(first, `q${q}`).toBeLessThanOrEqual(hi + sketch.error);
    expect(last, `q${q}`).toBeGreaterThanOrEqual(lo - sketch.error);
    const x = exact(sorted, q);
    expect(at.low, `q${q} low`).toBeLessThanOrEqual(x);
    expect(at.high, `q${q} high`).toBeGreaterThanOrEqual(x);
    expect(at.low).toBeLessThanOrEqual(at.value);
    expect(at.high).toBeGreaterThanOrEqual(at.value);
  }
}

describe("quantile sketch", () => {
  it.each(Object.entries(SHAPES))("%s: estimates within the stated rank error", (_, values) => {
    const sketch = new QuantileSketch(256);
    for (const v of values) sketch.add(v);
    expect(sketch.error).toBeGreaterThan(0);
    // The a priori bound: about log2(n/k)·n/k.
    expect(sketch.error).toBeLessThanOrEqual((Math.log2(N / 256) + 1) * (N / 256));
    expectWithinBound(sketch, values);
  });

  it.each(Object.entries(SHAPES))("%s: merged from uneven parts, still within the bound", (_, values) => {
    const cuts = [0, 1_000, 70_001, 150_000, N];
    const parts = cuts.slice(0, -1).map((from, i) => {
      const s = new QuantileSketch(256);
      for (const v of values.slice(from, cuts[i + 1])) s.add(v);
      return structuredClone(s.exportState());
    });
    const sketch = QuantileSketch.fromState(parts[0]!);
    for (const p of parts.slice(1)) sketch.merge(p);
    expectWithinBound(sketch, values);
  });

  it("memory stays at k numbers per level, about log2(n/k) levels", () => {
    const sketch = new QuantileSketch(256);
    for (const v of SHAPES.uniform!) sketch.add(v);
    const state = sketch.exportState();
    expect(state.levels.length).toBeLessThanOrEqual(Math.ceil(Math.log2(N / 256)) + 1);
    for (const l of state.levels) expect(l.length).toBeLessThan(256);
  });

  it("the same input and split give the same bits", () => {
    const run = () => {
      const a = new ValuesSink(50_000, 256);
      const b = new ValuesSink(50_000, 256);
      for (const v of SHAPES["heavy-tailed"]!.slice(0, 120_000)) a.number(v);
      for (const v of SHAPES["heavy-tailed"]!.slice(120_000)) b.number(v);
      a.mergeState(structuredClone(b.exportState()));
      a.finish();
      return LEVELS.map((q) => a.measure(q));
    };
    expect(run()).toEqual(run());
  });

  it("a values sink switches to the sketch past its limit, also when exact parts add up past it", () => {
    const values = SHAPES.uniform!.slice(0, 30_000);
    const a = new ValuesSink(20_000, 256);
    const b = new ValuesSink(20_000, 256);
    for (const v of values.slice(0, 15_000)) a.number(v);
    for (const v of values.slice(15_000)) b.number(v);
    expect([a.approximate, b.approximate]).toEqual([false, false]);
    a.mergeState(structuredClone(b.exportState()));
    expect([a.approximate, a.count]).toEqual([true, 30_000]);
    a.finish();
    expectWithinBound(a.sketch!, values);
  });
});
