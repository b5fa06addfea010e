/**
 * Drift of columns against a reference file. Values are collected in one pass into a seeded
 * uniform sample (at most SAMPLE values per column: exact below that, bounded memory above; the
 * same however the file is split between threads) and category counts, then compared with the method the config names, or with `auto`:
 *
 * - numeric column, smaller side under 1,000 values: Kolmogorov-Smirnov, drift when p < 0.05;
 * - numeric column, larger samples: PSI on the reference's deciles, drift when PSI > 0.2;
 * - categorical column, smaller side under 1,000 values: chi-square, drift when p < 0.05;
 * - categorical column, larger samples: Jensen-Shannon distance, drift when JS > 0.1.
 *
 * Why: tests (KS, chi-square) answer "is there a difference" and suit small samples; on large
 * samples every tiny shift becomes significant, so an effect size with a rule-of-thumb threshold
 * (PSI 0.2 is the usual "significant shift"; JS 0.1 is a modest one) says whether it matters.
 */

import { ByteDictionary, bytesNumber, type CsvBatch } from "../readers/csv-bytes.js";
import { isMissing, isMissingBytes, toNumber } from "../readers/values.js";
import {
  chiSquare,
  histogram,
  jensenShannon,
  ksPValue,
  ksStatistic,
  normalizedWasserstein,
  psi,
  quantileEdges,
} from "./drift-stats.js";
import { KeyedSample } from "./keyed-sample.js";

/** Values kept per column and side. */
export const SAMPLE = 100_000;
/** More distinct categories than this and a column is not compared as categorical. */
const MAX_CATEGORIES = 10_000;

/** A drift method. */
export type DriftMethod = "psi" | "ks" | "js" | "chi2" | "wasserstein";

/** What one part of a file gave a drift sample, for merging on another thread. */
export interface DriftState {
  seen: number;
  numericOnly: boolean;
  sample: { prio: number[]; items: number[] };
  counts: [string, number][];
}

/** One side of a comparison for one column. */
export class DriftSample {
  seen = 0;
  numericOnly = true;
  /** Numbers kept: a seeded sample keyed by where each row starts (exact below SAMPLE). */
  private readonly sample: KeyedSample<number>;
  private sorted: number[] | undefined;
  /** Distinct values (looked up by their bytes on the byte path) and how often each was seen. */
  private readonly dict = new ByteDictionary();
  private readonly tally: number[] = [];

  /** `seed` picks the sample (the same seed on every part of a file). */
  constructor(readonly seed: number) {
    this.sample = new KeyedSample(SAMPLE, seed >>> 0 || 1);
  }

  /** The numbers kept, in a fixed order. */
  get values(): number[] {
    this.sorted ??= this.sample.values();
    return this.sorted;
  }

  /** Category counts, kept while there are at most MAX_CATEGORIES + 1 distinct values (more: not categorical). */
  get counts(): Map<string, number> {
    const m = new Map<string, number>();
    this.dict.values.forEach((v, code) => {
      m.set(v, this.tally[code]!);
    });
    return m;
  }

  /** A cell's text; `key` says where its row is (the row's byte offset, or its number). */
  add(text: string, key: number): void {
    if (isMissing(text)) return;
    this.seen++;
    if (this.dict.values.length <= MAX_CATEGORIES) this.count(this.dict.codeOfText(text));
    this.keep(toNumber(text), key);
  }

  /**
   * Column `at` of rows [from, batch.rows) of a CSV batch: what add() does with each cell's
   * text, read from the bytes (a string only for a new category or an escaped field).
   */
  addColumn(batch: CsvBatch, at: number, from: number): void {
    const b = batch.buf;
    for (let r = from; r < batch.rows; r++) {
      const f = batch.fieldOf[r]! + at;
      if (f >= batch.fieldOf[r + 1]!) continue; // a short row: missing
      if (batch.isSpecial(f)) {
        this.add(batch.text(f), batch.rowOffset(r));
        continue;
      }
      const s = batch.start[f]!;
      const e = batch.end[f]!;
      if (isMissingBytes(b, s, e)) continue;
      this.seen++;
      if (this.dict.values.length <= MAX_CATEGORIES) this.count(this.dict.codeOfBytes(b, s, e));
      this.keep(bytesNumber(b, s, e), batch.rowOffset(r));
    }
  }

  /** This sample's state, to merge into the sample of the whole file. */
  exportState(): DriftState {
    return {
      seen: this.seen,
      numericOnly: this.numericOnly,
      sample: this.sample.exportState(),
      counts: [...this.counts],
    };
  }

  /** Merge the state of another part of the same file. */
  mergeState(state: DriftState): void {
    this.seen += state.seen;
    this.numericOnly &&= state.numericOnly;
    this.sample.merge(state.sample);
    this.sorted = undefined;
    for (const [text, n] of state.counts) {
      // As in one pass: no new category once there are more than MAX_CATEGORIES.
      if (this.dict.values.length > MAX_CATEGORIES && this.dict.codeOfExisting(text) < 0) continue;
      const code = this.dict.codeOfText(text);
      this.tally[code] = (this.tally[code] ?? 0) + n;
    }
  }

  private count(code: number): void {
    this.tally[code] = (this.tally[code] ?? 0) + 1;
  }

  private keep(n: number | undefined, key: number): void {
    if (n === undefined) {
      this.numericOnly = false;
      return;
    }
    this.sample.offer(key, n);
    this.sorted = undefined;
  }
}

/** The outcome for one column. */
export interface DriftResult {
  method: DriftMethod;
  value: number;
  /** Drift when value is above (effect sizes) or below (p-values) the threshold. */
  threshold: number;
  drifted: boolean;
  /** What the value is, for messages. */
  label: string;
}

const DEFAULT_THRESHOLD: Record<DriftMethod, number> = {
  ks: 0.05,
  chi2: 0.05,
  psi: 0.2,
  js: 0.1,
  wasserstein: 0.1,
};

/** Compare a column's current sample with its reference sample. */
export function compareColumn(
  reference: DriftSample,
  current: DriftSample,
  method: DriftMethod | "auto",
  threshold?: number,
): DriftResult | string {
  if (!reference.seen || !current.seen) return "no values to compare";
  const numeric = reference.numericOnly && current.numericOnly && reference.counts.size > 20;
  const small = Math.min(reference.seen, current.seen) < 1000;
  const m: DriftMethod =
    method !== "auto" ? method : numeric ? (small ? "ks" : "psi") : small ? "chi2" : "js";
  const t = threshold ?? DEFAULT_THRESHOLD[m];
  if ((m === "ks" || m === "psi" || m === "wasserstein") && !(reference.numericOnly && current.numericOnly)) {
    return `${m} needs numbers, and the column has text`;
  }
  if (
    (m === "chi2" || m === "js") &&
    (reference.counts.size > MAX_CATEGORIES || current.counts.size > MAX_CATEGORIES)
  ) {
    return `${m} needs categories, and the column has more than ${MAX_CATEGORIES} distinct values`;
  }
  const categories = () => {
    const keys = [...new Set([...reference.counts.keys(), ...current.counts.keys()])].sort();
    return [
      keys.map((k) => reference.counts.get(k) ?? 0),
      keys.map((k) => current.counts.get(k) ?? 0),
    ] as const;
  };
  switch (m) {
    case "ks": {
      const d = ksStatistic(reference.values, current.values);
      const p = ksPValue(d, reference.values.length, current.values.length);
      return {
        method: m,
        value: p,
        threshold: t,
        drifted: p < t,
        label: `KS p-value ${p.toPrecision(3)} (D = ${d.toFixed(4)})`,
      };
    }
    case "chi2": {
      const [r, c] = categories();
      const { statistic, pValue } = chiSquare(r, c);
      return {
        method: m,
        value: pValue,
        threshold: t,
        drifted: pValue < t,
        label: `chi-square p-value ${pValue.toPrecision(3)} (χ² = ${statistic.toFixed(2)})`,
      };
    }
    case "psi": {
      const edges = quantileEdges(reference.values);
      const v = psi(histogram(reference.values, edges), histogram(current.values, edges));
      return { method: m, value: v, threshold: t, drifted: v > t, label: `PSI ${v.toFixed(4)}` };
    }
    case "js": {
      const [r, c] = categories();
      const v = jensenShannon(r, c);
      return {
        method: m,
        value: v,
        threshold: t,
        drifted: v > t,
        label: `Jensen-Shannon distance ${v.toFixed(4)}`,
      };
    }
    case "wasserstein": {
      const v = normalizedWasserstein(reference.values, current.values);
      return {
        method: m,
        value: v,
        threshold: t,
        drifted: v > t,
        label: `normalised Wasserstein ${v.toFixed(4)}`,
      };
    }
  }
}
