/**
 * The column statistics' accumulators against numpy (test/fixtures/statistics/merge.json, written
 * by make_fixtures.py): each set is split into uneven parts, each part fed through one of the
 * three paths (typed numbers, text, a decoded batch column), its state structured-cloned as a
 * worker would send it, and merged in file order. Then the limits: past them a verdict is
 * approximate with its error (decided only when the error cannot change it) or a lower bound,
 * never a wrong pass.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BatchColumn, type CellSink, NUMBER_CELL } from "../../src/data/checks/column-check.js";
import { distinctCheck } from "../../src/data/checks/distinct.js";
import { medianCheck } from "../../src/data/checks/median.js";
import { quantilesCheck } from "../../src/data/checks/quantiles.js";
import { type Approximate, DistinctSink, MomentSink, ValuesSink } from "../../src/data/checks/statistics.js";
import { roundUp2 } from "../../src/report/format.js";

type NumpySet = {
  values: number[];
  mean: number;
  std: number;
  median: number;
  quantiles: Record<string, number>;
};
const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/statistics/merge.json"), "utf8"),
) as { tools: string; sets: Record<string, NumpySet> };

/** Feed `values` to `sink` through one of the engines' paths. */
function feed(sink: CellSink, values: number[], how: number): void {
  if (how === 0) for (const v of values) sink.number(v, 0, "f");
  else if (how === 1) for (const v of values) sink.text(String(v), Number(String(v)), 0, 0, "f", 0);
  else {
    const col = new BatchColumn();
    col.ensure(values.length + 2);
    col.from = 1; // rows before `from` belong to another check's window: not read
    col.to = values.length + 1;
    col.kind[0] = NUMBER_CELL;
    col.num[0] = 1e300;
    values.forEach((v, i) => {
      col.kind[i + 1] = NUMBER_CELL;
      col.num[i + 1] = v;
    });
    sink.batch(col, 0, "f");
  }
}

/** The sink of the whole set: parts of uneven sizes, each through a path, merged in order. */
function merged<S extends CellSink>(make: () => S, values: number[]): S {
  const cuts = [0, 7, Math.floor(values.length / 3), values.length - 1, values.length];
  const [first, ...rest] = cuts.slice(0, -1).map((from, k) => {
    const sink = make();
    feed(sink, values.slice(from, cuts[k + 1]), k % 3);
    return sink;
  });
  for (const part of rest) first!.mergeState(structuredClone(part.exportState()), 0, 0);
  return first!;
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe(`column statistics against ${fixture.tools}`, () => {
  it.each(Object.entries(fixture.sets))("%s: mean and std merged across parts", (_, set) => {
    const m = merged(() => new MomentSink(), set.values);
    expect(m.n).toBe(set.values.length);
    expect(relative(m.mean!, set.mean)).toBeLessThan(1e-12);
    expect(relative(m.std!, set.std)).toBeLessThan(1e-12);
  });

  it.each(Object.entries(fixture.sets))("%s: median and quantiles merged across parts", (_, set) => {
    const v = merged(() => new ValuesSink(), set.values);
    v.finish();
    expect(v.quantile(0.5)).toBeCloseTo(set.median, 12);
    for (const [q, expected] of Object.entries(set.quantiles))
      expect(relative(v.quantile(Number(q))!, expected), `q${q}`).toBeLessThan(1e-14);
  });

  it("a single number has a mean, no std, and every quantile equal to it", () => {
    const m = new MomentSink();
    m.number(3.5);
    expect([m.mean, m.std]).toEqual([3.5, undefined]);
    const v = new ValuesSink();
    v.number(3.5);
    expect([v.quantile(0), v.quantile(0.37), v.quantile(1)]).toEqual([3.5, 3.5, 3.5]);
  });
});

/** A verdict's input around a sink. */
const input = <K>(sink: K, config: Record<string, unknown>) => ({
  id: "data/d/c",
  column: "c",
  config,
  severity: "error" as const,
  profile: { rows: 0, missing: 0, numeric: 0, sum: 0, sumSq: 0, min: undefined, max: undefined },
  sink,
});

describe("past the exact limits", () => {
  it("order statistics past the limit come from the sketch, also when parts add up past it", () => {
    const a = new ValuesSink(10, 4);
    const b = new ValuesSink(10, 4);
    feed(a, [1, 2, 3, 4, 5, 6], 0);
    feed(b, [7, 8, 9, 10, 11], 2);
    a.mergeState(structuredClone(b.exportState()));
    a.finish();
    expect([a.approximate, a.count]).toEqual([true, 11]);
    const m = a.measure(0.5) as Approximate;
    expect(m.rankError).toBe(a.sketch!.error);
    expect(m.rankError).toBeGreaterThan(0);
    // The exact median, 6, lies within [low, high]; the estimate within the error's ranks.
    expect(m.low).toBeLessThanOrEqual(6);
    expect(m.high).toBeGreaterThanOrEqual(6);
    expect(Math.abs(m.value - 6)).toBeLessThanOrEqual(m.rankError);
    const note = `(approximate: rank error ≤ ${roundUp2((100 * m.rankError) / 11)}% of 11 values)`;
    const median = (b: Record<string, number>) => medianCheck.verdict(input(a, { median: b }));
    expect(median({ max: 100 })).toMatchObject({
      status: "passed",
      message: `c median: ${m.value} ${note}`,
      approximate: { count: 11, rankError: m.rankError },
    });
    expect(median({ min: 100 })).toMatchObject({
      status: "failed",
      message: `c median: ${m.value}, expected >= 100 ${note}`,
    });
    // A bound inside the interval the error allows: neither passed nor failed.
    expect(median({ max: 6 })).toMatchObject({
      status: "skipped",
      message: `c median not tested: about ${m.value}, and the exact value lies between ${m.low} and ${m.high}, on both sides of <= 6 ${note}`,
    });
    const quantiles = (o: Record<string, unknown>) => quantilesCheck.verdict(input(a, { quantiles: o }));
    expect(quantiles({ "0.5": { max: 100 }, "1": { max: 11 } }).status).toBe("passed");
    expect(quantiles({ "0.5": { max: 6 }, "1": { max: 10 } })).toMatchObject({
      status: "failed",
      message: `c quantiles: q1 = 11, expected <= 10 ${note}`,
    });
    expect(quantiles({ "0": { min: 1 }, "0.5": { max: 6 } })).toMatchObject({
      status: "skipped",
      message: `c quantiles not tested: q0.5 about ${m.value}, and the exact value lies between ${m.low} and ${m.high}, on both sides of <= 6 ${note}`,
    });
  });

  it("exactly at the limit the values are kept and exact", () => {
    const a = new ValuesSink(10);
    feed(a, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 1);
    expect(a.approximate).toBe(false);
    expect(a.quantile(0.5)).toBe(5.5);
  });

  it("distinct past the limit is a lower bound: a max below it fails, a min passes, else not tested", () => {
    const a = new DistinctSink(3);
    const b = new DistinctSink(3);
    for (const v of ["a", "b", "a"]) a.text(v);
    for (const v of ["c", "d", "b"]) b.text(v);
    a.mergeState(structuredClone(b.exportState()));
    expect(a.overflow).toBe(true);
    const run = (bounds: Record<string, number>) => distinctCheck.verdict(input(a, { distinct: bounds }));
    expect([run({ max: 2 }).status, run({ max: 2 }).message]).toEqual([
      "failed",
      "c distinct: at least 4, expected <= 2",
    ]);
    expect([run({ min: 2 }).status, run({ min: 2 }).message]).toEqual(["passed", "c distinct: at least 4"]);
    expect([run({ min: 2, max: 10 }).status, run({ min: 2, max: 10 }).message]).toEqual([
      "skipped",
      "c distinct not tested: at least 4 distinct values, counted exactly only up to 3 values or 32,000,000 characters",
    ]);
  });

  it("distinct past the character limit is a lower bound too", () => {
    const a = new DistinctSink(100, 10);
    for (const v of ["abcd", "efgh", "abcd", "ijkl"]) a.text(v);
    expect([a.seen.size, a.overflow]).toEqual([2, true]);
  });

  it("distinct under the limit is exact across parts (values seen in both count once)", () => {
    const a = new DistinctSink(10);
    const b = new DistinctSink(10);
    for (const v of ["a", "b", "1"]) a.text(v);
    for (const v of ["b", "1.0", "a"]) b.text(v);
    a.mergeState(structuredClone(b.exportState()));
    expect([a.seen.size, a.overflow]).toEqual([4, false]);
  });
});
