import { describe, expect, it } from "vitest";
import { HashSet64, hash64, UniqueTracker } from "../src/data/hash-set.js";

/** Feed `values` through both passes, as the data stage does. */
function track(values: string[], hash?: (s: string) => [number, number]) {
  const t = new UniqueTracker(hash);
  for (const v of values) t.add(v);
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
});
