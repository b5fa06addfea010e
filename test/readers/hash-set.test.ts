import { describe, expect, it } from "vitest";
import { HashSet64, hash64, UniqueTracker } from "../../src/readers/hash-set.js";

/** Feed `values` through both passes, as the data stage does. */
function track(values: string[], hash?: (s: string) => [number, number], spillAt?: number) {
  const t = new UniqueTracker(hash, spillAt);
  for (const v of values) t.add(v);
  t.finishFirstPass();
  if (t.needsVerification) {
    for (const [i, v] of values.entries()) t.verify(v, { row: i + 1, line: i + 2, file: "f.csv" });
  }
  return t;
}

describe("exact duplicates with hashes", () => {
  it("counts duplicates and distinct values exactly, like a Set, on 200,000 values", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => `user-${(i * 7919) % 150_000}`);
    const t = track(values);
    expect(t.distinct).toBe(new Set(values).size);
    expect(t.duplicateCount).toBe(values.length - new Set(values).size);
    expect(t.duplicates[0]).toEqual({ row: 150_001, line: 150_002, file: "f.csv", value: values[150_000] });
  });

  it("needs no second pass when every value is new", () => {
    const t = new UniqueTracker();
    for (let i = 0; i < 10_000; i++) t.add(String(i));
    expect(t.needsVerification).toBe(false);
    expect(t.distinct).toBe(10_000);
  });

  it("tells a hash collision from a duplicate", () => {
    // A hash that only looks at the length: "ab" and "cd" collide without being equal.
    const weak = (s: string): [number, number] => [s.length + 1, 0];
    const t = track(["ab", "cd", "xyz", "ab"], weak);
    expect(t.duplicateCount).toBe(1);
    expect(t.duplicates.map((d) => d.value)).toEqual(["ab"]);
    expect(t.distinct).toBe(3);
  });

  it("grows its table and keeps every pair", () => {
    const set = new HashSet64(4);
    for (let i = 0; i < 50_000; i++) expect(set.add(...hash64(`k${i}`))).toBe(true);
    for (let i = 0; i < 50_000; i++) expect(set.add(...hash64(`k${i}`))).toBe(false);
    expect(set.size).toBe(50_000);
  });

  it("spills to partition files past its memory limit and finds the same duplicates", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => `user-${(i * 7919) % 150_000}`);
    const inMemory = track(values);
    const spilled = track(values, undefined, 1000);
    expect(spilled.distinct).toBe(inMemory.distinct);
    expect(spilled.duplicateCount).toBe(inMemory.duplicateCount);
    expect(spilled.duplicates).toEqual(inMemory.duplicates);
    // Collisions survive the spill: "ab" and "cd" share a hash without being equal.
    const weak = (v: string): [number, number] => [v.length + 1, 0];
    const collided = track(["ab", "cd", "xyz", "q", "ab"], weak, 2);
    expect(collided.duplicates.map((d) => d.value)).toEqual(["ab"]);
    expect(collided.duplicateCount).toBe(1);
    expect(collided.distinct).toBe(4);
  });

  it("merges parts, in memory or spilled, as if one tracker had seen them all", () => {
    const values = Array.from({ length: 60_000 }, (_, i) => `id-${i % 50_000}`);
    for (const limit of [1_000_000, 500]) {
      const parts = [values.slice(0, 30_000), values.slice(30_000)].map((part) => {
        const t = new UniqueTracker(undefined, limit);
        for (const v of part) t.add(v);
        return t.exportState();
      });
      const main = new UniqueTracker(undefined, limit);
      for (const p of parts) main.mergeState(p);
      main.finishFirstPass();
      expect(main.needsVerification, `limit ${limit}`).toBe(true);
      for (const [i, v] of values.entries()) main.verify(v, { row: i, line: i, file: "f" });
      expect(main.duplicateCount).toBe(10_000);
      expect(main.distinct).toBe(50_000);
    }
  });
});
