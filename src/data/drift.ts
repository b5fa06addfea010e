/**
 * Drift of columns against a reference file. Values are collected in one pass into a seeded
 * uniform sample (at most SAMPLE values per column: exact below that, bounded memory above; the
 * same however the file is split between threads) and category counts, then compared with the
 * method the config names, or with `auto`:
 *
 * - numeric column, smaller side under 1,000 values: Kolmogorov-Smirnov, drift when p < 0.05;
 * - numeric column, larger samples: PSI on the reference's deciles, drift when PSI > 0.2;
 * - categorical column, smaller side under 1,000 values: chi-square, drift when p < 0.05;
 * - categorical column, larger samples: Jensen-Shannon distance, drift when JS > 0.1.
 *
 * Those bounds are DEFAULT_THRESHOLDS; `drift.thresholds` sets each statistic's own.
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
/**
 * Memory is bounded by these budgets per side, not by the file's width: values sampled and
 * categories counted over all compared columns together. Up to 40 columns each keeps SAMPLE
 * values, up to 100 MAX_CATEGORIES categories; a wider file keeps fewer per column (before the budgets,
 * every column cost about 28 KB whatever the rows: 50,000 columns took 1.4 GB).
 */
const VALUE_BUDGET = 4_000_000;
const CATEGORY_BUDGET = 1_000_000;
/** A column keeps at least this many values, and at least 21 categories (what `auto` needs to call a column numeric). */
const MIN_SAMPLE = 50;
const MIN_CATEGORIES = 21;
/**
 * Drift of more columns than this is refused with a finding naming `drift.columns`: each compared
 * column still costs about 7 KB for its two samples' dictionaries (measured: 16,000 columns of
 * 10 rows 272 MB peak, 47,000 columns 731 MB), and 20,000 keeps a run well under 500 MB.
 */
export const MAX_DRIFT_COLUMNS = 20_000;

/** How much one column's sample keeps. */
export interface SampleLimits {
  /** Values kept. */
  values: number;
  /** Distinct categories counted (one more marks the column as not categorical). */
  categories: number;
}

/** The limits of each column's sample when `columns` columns are compared. */
export function sampleLimits(columns: number): SampleLimits {
  const share = (budget: number, min: number, max: number) =>
    Math.max(min, Math.min(max, Math.floor(budget / Math.max(1, columns))));
  return {
    values: share(VALUE_BUDGET, MIN_SAMPLE, SAMPLE),
    categories: share(CATEGORY_BUDGET, MIN_CATEGORIES, MAX_CATEGORIES),
  };
}

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
  constructor(
    readonly seed: number,
    readonly limits: SampleLimits = sampleLimits(1),
  ) {
    this.sample = new KeyedSample(limits.values, seed >>> 0 || 1);
  }

  /** The numbers kept, in a fixed order. */
  get values(): number[] {
    this.sorted ??= this.sample.values();
    return this.sorted;
  }

  /** Category counts, kept while there are at most `limits.categories` + 1 distinct values (more: not categorical). */
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
    if (this.dict.values.length <= this.limits.categories) this.count(this.dict.codeOfText(text));
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
      if (this.dict.values.length <= this.limits.categories) this.count(this.dict.codeOfBytes(b, s, e));
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
      // As in one pass: no new category once there are more than the limit.
      if (this.dict.values.length > this.limits.categories && this.dict.codeOfExisting(text) < 0) continue;
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

/** What `auto` saw when it picked the statistic: the column's kind and the smaller side's count. */
export interface AutoChoice {
  kind: "numeric" | "categorical";
  values: number;
}

/** The outcome for one column. */
export interface DriftResult {
  method: DriftMethod;
  value: number;
  /** Drift when value is above (effect sizes) or below (p-values) the threshold. */
  threshold: number;
  drifted: boolean;
  /** The value as messages show it (`0.0310`; p-values to 3 significant digits). */
  shown: string;
  /** The statistic behind a p-value (`D = 0.0300`), for messages. */
  detail?: string;
  /** What the value is, for messages: STATISTIC_NAME, `shown` and `detail`. */
  label: string;
  /** Set when `auto` picked the method: why it picked this one. */
  auto?: AutoChoice;
}

/** Statistics whose threshold is a lower bound on a p-value; the others bound the statistic from above. */
export const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set(["ks", "chi2"]);

/** What messages call each method's value. */
export const STATISTIC_NAME: Readonly<Record<DriftMethod, string>> = {
  ks: "KS p-value",
  chi2: "chi-square p-value",
  psi: "PSI",
  js: "Jensen-Shannon distance",
  wasserstein: "normalised Wasserstein",
};

/**
 * The threshold each statistic gets when the config gives none. Tests: p < 0.05, the usual
 * significance level. Effect sizes: PSI 0.2 is the usual "significant shift"; JS 0.1 and a
 * Wasserstein distance of 0.1 reference standard deviations are modest ones.
 */
export const DEFAULT_THRESHOLDS: Readonly<Record<DriftMethod, number>> = {
  ks: 0.05,
  chi2: 0.05,
  psi: 0.2,
  js: 0.1,
  wasserstein: 0.1,
};

/** Below this many values on the smaller side, `auto` tests (KS, chi-square) rather than measures. */
const SMALL_SAMPLE = 1000;

/**
 * Compare a column's current sample with its reference sample. `thresholds` holds the bound of
 * each statistic the config sets; the others take DEFAULT_THRESHOLDS.
 */
export function compareColumn(
  reference: DriftSample,
  current: DriftSample,
  method: DriftMethod | "auto",
  thresholds: Partial<Record<DriftMethod, number>> = {},
): DriftResult | string {
  if (!reference.seen || !current.seen) return "no values to compare";
  const numeric = reference.numericOnly && current.numericOnly && reference.counts.size > 20;
  const values = Math.min(reference.seen, current.seen);
  const small = values < SMALL_SAMPLE;
  const m: DriftMethod =
    method !== "auto" ? method : numeric ? (small ? "ks" : "psi") : small ? "chi2" : "js";
  if ((m === "ks" || m === "psi" || m === "wasserstein") && !(reference.numericOnly && current.numericOnly)) {
    return `${m} needs numbers, and the column has text`;
  }
  const categories = Math.min(reference.limits.categories, current.limits.categories);
  if (
    (m === "chi2" || m === "js") &&
    (reference.counts.size > categories || current.counts.size > categories)
  ) {
    return `${m} needs categories, and the column has more than ${categories} distinct values`;
  }
  const t = thresholds[m] ?? DEFAULT_THRESHOLDS[m];
  const { value, shown, detail } = measure(reference, current, m);
  const result: DriftResult = {
    method: m,
    value,
    threshold: t,
    drifted: P_VALUE_METHODS.has(m) ? value < t : value > t,
    shown,
    label: `${STATISTIC_NAME[m]} ${shown}${detail ? ` (${detail})` : ""}`,
  };
  if (detail) result.detail = detail;
  if (method === "auto") result.auto = { kind: numeric ? "numeric" : "categorical", values };
  return result;
}

/** The statistic `m` between the two samples, as a number and as messages show it. */
function measure(
  reference: DriftSample,
  current: DriftSample,
  m: DriftMethod,
): { value: number; shown: string; detail?: string } {
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
      return { value: p, shown: p.toPrecision(3), detail: `D = ${d.toFixed(4)}` };
    }
    case "chi2": {
      const [r, c] = categories();
      const { statistic, pValue } = chiSquare(r, c);
      return { value: pValue, shown: pValue.toPrecision(3), detail: `χ² = ${statistic.toFixed(2)}` };
    }
    case "psi": {
      const edges = quantileEdges(reference.values);
      const v = psi(histogram(reference.values, edges), histogram(current.values, edges));
      return { value: v, shown: v.toFixed(4) };
    }
    case "js": {
      const [r, c] = categories();
      const v = jensenShannon(r, c);
      return { value: v, shown: v.toFixed(4) };
    }
    case "wasserstein": {
      const v = normalizedWasserstein(reference.values, current.values);
      return { value: v, shown: v.toFixed(4) };
    }
  }
}
