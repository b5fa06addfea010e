/** The minimum detectable change and the predicted failure rates (src/compare/detectable.ts). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  criticalValue,
  detectableChange,
  failProbability,
  mcnemarDetectable,
  normalQuantile,
} from "../../src/compare/detectable.js";
import { normalCdf, pairedBootstrap, seeded } from "../../src/compare/significance.js";

const expected = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/compare/expected.json"), "utf8"),
);
const quote = { confidence: 0.98, power: 0.8 };

describe("minimum detectable change", () => {
  it("the normal quantile equals scipy.stats.norm.ppf", () => {
    for (const { p, z } of expected.normal_ppf)
      expect(Math.abs(normalQuantile(p) - z), `p=${p}`).toBeLessThan(1e-12 * Math.max(1, Math.abs(z)));
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it("uses the one-sided level α/2 of the two-sided tests: z = 2.326 at confidence 0.98", () => {
    expect(criticalValue(0.98)).toBeCloseTo(2.3263478740408408, 12);
    expect(criticalValue(0.95)).toBeCloseTo(1.959963984540054, 12);
  });

  it("McNemar: (z_{1-α/2} + z_{1-β})·√(p_d/n), 300 pairs of which 30 disagree", () => {
    const d = mcnemarDetectable(300, 30, quote);
    const k = 2.3263478740408408 + 0.8416212335729143;
    expect(d.se).toBeCloseTo(Math.sqrt(30 / 300 / 300), 15);
    expect(d.change).toBeCloseTo(k * Math.sqrt(0.1 / 300), 12);
    expect(d).toMatchObject({ confidence: 0.98, power: 0.8, n: 300 });
    // 10,000 pairs, 5.6% discordant (the honesty simulation's stable seeds): 0.75 points.
    expect(mcnemarDetectable(10_000, 560, quote).change).toBeCloseTo(0.0075, 4);
  });

  it("McNemar with (almost) no discordant pairs: a drop makes its own, so the floor is k²/n", () => {
    const k = criticalValue(0.98) + normalQuantile(0.8);
    expect(mcnemarDetectable(1000, 0, quote).change).toBeCloseTo((k * k) / 1000, 12);
    expect(mcnemarDetectable(1000, 2, quote).change).toBeCloseTo((k * k) / 1000, 12);
    // Past the floor the discordant pairs decide.
    expect(mcnemarDetectable(1000, 50, quote).change).toBeGreaterThan((k * k) / 1000);
  });

  it("a worsening of exactly the detectable change is found with the configured power", () => {
    for (const power of [0.5, 0.8, 0.9]) {
      const d = detectableChange(0.004, 5000, { confidence: 0.98, power });
      expect(failProbability("significance", d.change, d.se, 0, 0.98)).toBeCloseTo(power, 10);
    }
  });

  it("predicts how often each kind of rule fails", () => {
    const se = 0.01;
    // Plain tolerance: the estimate alone; an unchanged metric fails when noise passes max_drop.
    expect(failProbability("tolerance", 0, se, 0.01, 0.98)).toBeCloseTo(0.15865525393145707, 12);
    expect(failProbability("tolerance", 0.01, se, 0.01, 0.98)).toBeCloseTo(0.5, 12);
    // Significance: the larger of the tolerance and z·se; under no change that is α/2.
    expect(failProbability("significance", 0, se, 0.001, 0.98)).toBeCloseTo(0.01, 10);
    // Interval: the worse end must stay within the tolerance, so noise alone fails it often.
    // (the worse end ŵ + z·se passes 0.01 when ŵ > 0.01 - 0.0233: Φ(z - 1) = 0.9076).
    expect(failProbability("interval", 0, se, 0.01, 0.98)).toBeCloseTo(
      normalCdf(criticalValue(0.98) - 1),
      12,
    );
    expect(normalCdf(criticalValue(0.98) - 1)).toBeCloseTo(0.9076, 4);
    expect(failProbability("tolerance", 0.02, 0, 0.01, 0.98)).toBe(1);
  });

  it("the paired bootstrap reports the resampled deltas' standard deviation", () => {
    // Head is base plus a fixed shift: the delta's spread is the spread of a mean of n values.
    const rand = seeded(3);
    const n = 4000;
    const x = Float64Array.from({ length: n }, () => rand());
    const r = pairedBootstrap(
      n,
      (rows, side) => {
        let s = 0;
        for (const i of rows) s += side === "head" ? 2 * x[i]! : x[i]!;
        return s / rows.length;
      },
      { resamples: 1000, confidence: 0.98, seed: 1 },
    )!;
    // sd(x) of U(0,1) is 1/√12; the delta (head - base = mean of x) has se (1/√12)/√n.
    expect(r.se / (1 / Math.sqrt(12) / Math.sqrt(n))).toBeGreaterThan(0.9);
    expect(r.se / (1 / Math.sqrt(12) / Math.sqrt(n))).toBeLessThan(1.1);
    // The percentile interval is about ±z·se wide.
    expect((r.high - r.low) / 2 / r.se).toBeCloseTo(criticalValue(0.98), 0);
  });
});
