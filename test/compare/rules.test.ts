/** Tolerances compare values as people read them, not as floating point subtracts them. */
import { describe, expect, it } from "vitest";
import { beyondTolerance, worsening } from "../../src/compare/rules.js";

describe("a worsening against its tolerance", () => {
  it("a drop of exactly max_drop passes, though 0.9 - 0.89 is 0.010000000000000009", () => {
    const rule = { direction: "higher" as const, max_drop: 0.01 };
    expect(0.9 - 0.89).toBeGreaterThan(0.01);
    expect(beyondTolerance(rule, worsening(0.9, 0.89, rule.direction))).toBeUndefined();
    expect(beyondTolerance(rule, worsening(0.9, 0.8899, rule.direction))).toMatch(
      /^drop 0\.0101 > max_drop 0\.01/,
    );
  });

  it("a rise of exactly max_rise_percent passes, a hair more fails", () => {
    const rule = { direction: "lower" as const, max_rise_percent: 10 };
    expect(beyondTolerance(rule, worsening(0.3, 0.33, rule.direction))).toBeUndefined();
    expect(beyondTolerance(rule, worsening(0.3, 0.3301, rule.direction))).toMatch(/max_rise_percent 10/);
  });
});
