import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/report/format.js";

describe("formatCount", () => {
  it("groups thousands as en-US does, without loading ICU", () => {
    for (const n of [
      0,
      7,
      12,
      999,
      1000,
      1234,
      99_999,
      123_456,
      1_000_000,
      3_000_000,
      2 ** 53,
      -1234,
      -1_000,
    ]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
    }
  });

  it("leaves what is not an integer as it is", () => {
    expect(formatCount(0.5)).toBe("0.5");
    expect(formatCount(Number.NaN)).toBe("NaN");
    expect(formatCount(1e21)).toBe("1e+21");
    expect(formatCount(-0)).toBe("0");
  });
});
