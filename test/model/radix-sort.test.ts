import { describe, expect, it } from "vitest";
import { sortFloat64 } from "../../src/model/radix-sort.js";

describe("radix sort of float64", () => {
  it("orders like the built-in sort: negatives, -0, 0, ties, infinities, tiny and huge values", () => {
    let state = 3;
    const r = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const specials = [
      0,
      -0,
      1,
      -1,
      Infinity,
      -Infinity,
      5e-324,
      -5e-324,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      0.5,
      0.5,
    ];
    for (const n of [70_000, 200_003]) {
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const k = r();
        a[i] =
          k < 0.1
            ? specials[i % specials.length]!
            : k < 0.5
              ? Math.round(r() * 1e6) / 1e6
              : (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20);
      }
      const want = Float64Array.from(a).sort();
      const got = sortFloat64(a);
      expect(got).toBe(a);
      for (let i = 0; i < n; i++) if (!Object.is(got[i], want[i])) expect([i, got[i]]).toEqual([i, want[i]]);
    }
  });

  it("sorts a subarray view in place and leaves the rest of the buffer alone", () => {
    const whole = new Float64Array(100_002).map((_, i) => (i * 7919) % 100_003);
    const view = whole.subarray(1, 100_001);
    const want = Float64Array.from(view).sort();
    sortFloat64(view);
    expect(Array.from(view)).toEqual(Array.from(want));
    expect([whole[0], whole[100_001]]).toEqual([0, (100_001 * 7919) % 100_003]);
  });
});
