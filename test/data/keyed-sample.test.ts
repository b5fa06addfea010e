import { describe, expect, it } from "vitest";
import { KeyedSample } from "../../src/data/keyed-sample.js";

describe("keyed samples (bottom-k by a hash of each row's key)", () => {
  const keys = Array.from({ length: 50_000 }, (_, i) => i * 97 + 3);

  it("keep the same items whatever the order, and parts merge into the whole", () => {
    const whole = new KeyedSample<number>(1000, 42);
    for (const k of keys) whole.offer(k, k);
    const reversed = new KeyedSample<number>(1000, 42);
    for (const k of [...keys].reverse()) reversed.offer(k, k);
    expect(reversed.values()).toEqual(whole.values());
    // Three uneven parts, sampled apart and merged in any order.
    const parts = [keys.slice(0, 7_000), keys.slice(7_000, 31_000), keys.slice(31_000)].map((part) => {
      const s = new KeyedSample<number>(1000, 42);
      for (const k of part) s.offer(k, k);
      return s;
    });
    const merged = new KeyedSample<number>(1000, 42);
    for (const p of [parts[2]!, parts[0]!, parts[1]!]) merged.merge(p.exportState());
    expect(merged.values()).toEqual(whole.values());
    expect(whole.length).toBe(1000);
  });

  it("keep everything below their size, and a different seed picks a different sample", () => {
    const small = new KeyedSample<number>(100_000, 7);
    for (const k of keys) small.offer(k, k);
    expect([...small.values()].sort((a, b) => a - b)).toEqual(keys);
    const a = new KeyedSample<number>(500, 1);
    const b = new KeyedSample<number>(500, 2);
    for (const k of keys) {
      a.offer(k, k);
      b.offer(k, k);
    }
    const shared =
      new Set(a.values()).size + new Set(b.values()).size - new Set([...a.values(), ...b.values()]).size;
    expect(shared).toBeLessThan(50); // about 500 · 500 / 50,000 = 5 expected by chance
  });

  it("are spread evenly over the keys (consecutive byte offsets, as rows have)", () => {
    const s = new KeyedSample<number>(2000, 99);
    for (let i = 0; i < 200_000; i++) s.offer(i * 85, i);
    // Counts per tenth of the rows: 200 expected in each; a uniform sample stays within ±60.
    const tenths = new Array(10).fill(0);
    for (const i of s.values()) tenths[Math.floor(i / 20_000)]++;
    for (const t of tenths) expect(Math.abs(t - 200)).toBeLessThan(60);
  });
});
