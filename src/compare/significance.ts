/**
 * Paired tests of head against baseline predictions on the same examples:
 * - McNemar's exact test for accuracy (two-sided binomial test on the discordant pairs, as
 *   statsmodels' `mcnemar(exact=True)`),
 * - DeLong's test for two correlated ROC AUCs (DeLong, DeLong & Clarke-Pearson 1988; the
 *   structural components computed by sorting, as in Sun & Xu 2014),
 * - a seeded paired bootstrap percentile interval for the delta of any metric.
 */
import { sortFloat64 } from "../model/radix-sort.js";

/** log Γ by Lanczos (g = 7, n = 9): enough for binomial tails to ~1e-13 relative. */
function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
    12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X <= k) for X ~ Binomial(n, 1/2), summed in log space. */
export function binomialCdfHalf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const logN = logGamma(n + 1) - n * Math.LN2;
  // Sum from the largest term down for accuracy.
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(logN - logGamma(i + 1) - logGamma(n - i + 1));
  return Math.min(1, sum);
}

/** McNemar's exact test from the discordant counts: b = head right/base wrong, c = the reverse. */
export function mcnemarExact(b: number, c: number): { statistic: number; pValue: number } {
  const n = b + c;
  if (n === 0) return { statistic: 0, pValue: 1 };
  const k = Math.min(b, c);
  return { statistic: k, pValue: Math.min(1, 2 * binomialCdfHalf(k, n)) };
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 is too coarse for p-values: use erfc by series). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Complementary error function: W. J. Cody's rational approximations below 4, a continued fraction above. */
function erfc(x: number): number {
  const ax = Math.abs(x);
  let r: number;
  if (ax < 0.5) {
    const t = x * x;
    const top =
      (((0.18577770618460315 * t + 3.1611237438705655) * t + 113.86415415105016) * t + 377.485237685302) * t +
      3209.3775891384694;
    const bot =
      (((t + 23.601290952344122) * t + 244.02463793444417) * t + 1282.6165260773723) * t + 2844.236833439171;
    return 1 - (x * top) / bot;
  }
  if (ax < 4) {
    const top =
      ((((((-1.368648573827167e-7 * ax + 0.564195517478974) * ax + 7.2117582508830935) * ax +
        43.162227222056735) *
        ax +
        152.9892850469404) *
        ax +
        339.3208167343437) *
        ax +
        451.9189537118729) *
        ax +
      300.4592610201616;
    const bot =
      ((((((ax + 12.782727319629423) * ax + 77.00015293522948) * ax + 277.58544474398866) * ax +
        638.9802644656312) *
        ax +
        931.35409485061) *
        ax +
        790.9509253278981) *
        ax +
      300.4592609569833;
    r = (Math.exp(-ax * ax) * top) / bot;
  } else {
    // The continued fraction erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
    // evaluated from the tail: 80 terms are exact to the last bit for x >= 4.
    let k = ax;
    for (let i = 80; i >= 1; i--) k = ax + i / 2 / k;
    r = Math.exp(-ax * ax) / (Math.sqrt(Math.PI) * k);
  }
  return x < 0 ? 2 - r : r;
}

/** Midranks of `x` (1-based, ties get their average rank). */
function midranks(x: Float64Array): Float64Array {
  const n = x.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && x[idx[j]!] === x[idx[i]!]) j++;
    const r = (i + j + 1) / 2;
    for (let k = i; k < j; k++) ranks[idx[k]!] = r;
    i = j;
  }
  return ranks;
}

/** One model's AUC and its DeLong structural components. */
function structural(
  pos: Float64Array,
  neg: Float64Array,
): { auc: number; v10: Float64Array; v01: Float64Array } {
  const m = pos.length;
  const n = neg.length;
  const all = new Float64Array(m + n);
  all.set(pos);
  all.set(neg, m);
  const rAll = midranks(all);
  const rPos = midranks(pos);
  const rNeg = midranks(neg);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    v10[i] = (rAll[i]! - rPos[i]!) / n;
    sum += rAll[i]!;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (rAll[m + j]! - rNeg[j]!) / m;
  const auc = (sum - (m * (m + 1)) / 2) / (m * n);
  return { auc, v10, v01 };
}

function covariance(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1);
}

/**
 * DeLong's test: AUC of `head` minus AUC of `base` on the same labelled examples, its standard
 * error, z and the two-sided p-value. Undefined with fewer than two positives or negatives.
 */
export function delong(
  label: Uint8Array,
  head: Float64Array,
  base: Float64Array,
): { aucHead: number; aucBase: number; delta: number; se: number; z: number; pValue: number } | undefined {
  let m = 0;
  for (let i = 0; i < label.length; i++) m += label[i]!;
  const n = label.length - m;
  if (m < 2 || n < 2) return undefined;
  const split = (s: Float64Array) => {
    const pos = new Float64Array(m);
    const neg = new Float64Array(n);
    let p = 0;
    let q = 0;
    for (let i = 0; i < label.length; i++) {
      if (label[i]) pos[p++] = s[i]!;
      else neg[q++] = s[i]!;
    }
    return structural(pos, neg);
  };
  const h = split(head);
  const b = split(base);
  // Var(AUC_h - AUC_b) = (S10_hh + S10_bb - 2 S10_hb) / m + (S01_hh + S01_bb - 2 S01_hb) / n.
  const s10 = covariance(h.v10, h.v10) + covariance(b.v10, b.v10) - 2 * covariance(h.v10, b.v10);
  const s01 = covariance(h.v01, h.v01) + covariance(b.v01, b.v01) - 2 * covariance(h.v01, b.v01);
  const variance = s10 / m + s01 / n;
  const delta = h.auc - b.auc;
  const se = Math.sqrt(Math.max(variance, 0));
  if (se === 0) return { aucHead: h.auc, aucBase: b.auc, delta, se, z: 0, pValue: delta === 0 ? 1 : 0 };
  const z = delta / se;
  return { aucHead: h.auc, aucBase: b.auc, delta, se, z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}

/** A small seeded generator (mulberry32): the same seed gives the same intervals everywhere. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Paired bootstrap percentile interval of `metric(head) - metric(base)`: each resample draws the
 * same rows for both sides. `metric(rows, side)` computes the metric on the listed rows.
 */
export function pairedBootstrap(
  n: number,
  metric: (rows: Uint32Array, side: "head" | "base") => number | undefined,
  options: { resamples: number; confidence: number; seed: number },
): { low: number; high: number; confidence: number; resamples: number; se: number } | undefined {
  const rand = seeded(options.seed);
  const deltas: number[] = [];
  const rows = new Uint32Array(n);
  for (let r = 0; r < options.resamples; r++) {
    for (let i = 0; i < n; i++) rows[i] = Math.floor(rand() * n);
    const h = metric(rows, "head");
    const b = metric(rows, "base");
    if (h === undefined || b === undefined || Number.isNaN(h) || Number.isNaN(b)) continue;
    deltas.push(h - b);
  }
  if (deltas.length < options.resamples / 2) return undefined;
  const sorted = sortFloat64(Float64Array.from(deltas));
  const alpha = (1 - options.confidence) / 2;
  const at = (q: number) => {
    // Linear interpolation between order statistics (numpy's default percentile).
    const pos = q * (sorted.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
  };
  // The resampled deltas' standard deviation: the standard error the minimum detectable change uses.
  let mean = 0;
  for (const d of deltas) mean += d;
  mean /= deltas.length;
  let ss = 0;
  for (const d of deltas) ss += (d - mean) ** 2;
  const se = Math.sqrt(ss / (deltas.length - 1));
  return {
    low: at(alpha),
    high: at(1 - alpha),
    confidence: options.confidence,
    resamples: deltas.length,
    se,
  };
}
