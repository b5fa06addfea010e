import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  chiSquare,
  histogram,
  jensenShannon,
  ksPValue,
  ksStatistic,
  normalizedWasserstein,
  psi,
  quantileEdges,
  wasserstein,
} from "../src/data/drift-stats.js";

/** Values computed by scipy/numpy for the same inputs (fixtures/drift/expected.py; versions inside). */
const ref = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures/drift/expected.json"), "utf8"),
) as {
  generator: string;
  numeric: {
    name: string;
    reference: number[];
    current: number[];
    ks: number;
    ks_p: number;
    wasserstein: number;
    normalized_wasserstein: number;
    edges: number[];
    reference_counts: number[];
    current_counts: number[];
    psi: number;
    js: number;
  }[];
  categorical: {
    name: string;
    reference: number[];
    current: number[];
    chi2: number;
    chi2_p: number;
    df: number;
    js: number;
  }[];
};

describe(`drift statistics match ${ref.generator}`, () => {
  it.each(ref.numeric.map((c) => [c.name, c]))("numeric: %s", (_, c) => {
    const d = ksStatistic(c.reference, c.current);
    expect(d).toBeCloseTo(c.ks, 12);
    expect(ksPValue(d, c.reference.length, c.current.length)).toBeCloseTo(c.ks_p, 10);
    expect(wasserstein(c.reference, c.current)).toBeCloseTo(c.wasserstein, 10);
    expect(normalizedWasserstein(c.reference, c.current)).toBeCloseTo(c.normalized_wasserstein, 10);
    const edges = quantileEdges(c.reference);
    expect(edges.length).toBe(c.edges.length);
    for (const [i, e] of edges.entries()) expect(e).toBeCloseTo(c.edges[i]!, 10);
    expect(histogram(c.reference, edges)).toEqual(c.reference_counts);
    expect(histogram(c.current, edges)).toEqual(c.current_counts);
    expect(psi(c.reference_counts, c.current_counts)).toBeCloseTo(c.psi, 10);
    expect(jensenShannon(c.reference_counts, c.current_counts)).toBeCloseTo(c.js, 10);
  });

  it.each(ref.categorical.map((c) => [c.name, c]))("categorical: %s", (_, c) => {
    const r = chiSquare(c.reference, c.current);
    expect(r.df).toBe(c.df);
    expect(r.statistic).toBeCloseTo(c.chi2, 10);
    expect(r.pValue).toBeCloseTo(c.chi2_p, 10);
    expect(jensenShannon(c.reference, c.current)).toBeCloseTo(c.js, 10);
  });
});
