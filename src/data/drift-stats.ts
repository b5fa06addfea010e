/**
 * Drift statistics between a reference sample and a current one: Kolmogorov-Smirnov, Wasserstein,
 * population stability index, Jensen-Shannon distance, chi-square. Pure functions over numbers or
 * category counts; test/fixtures/drift holds the values scipy computes for the same inputs.
 */

/** Ascending copy. */
function sorted(xs: ArrayLike<number>): Float64Array {
  return Float64Array.from(xs).sort();
}

/** Two-sample Kolmogorov-Smirnov statistic: the largest gap between the two empirical CDFs. */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const x = sorted(a);
  const y = sorted(b);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/**
 * Asymptotic p-value of a two-sample KS statistic: the Kolmogorov distribution's survival function
 * at sqrt(n·m/(n+m))·D (scipy's `kstwobign.sf`). Drift checks compare large samples, where this is
 * the right regime.
 */
export function ksPValue(d: number, n: number, m: number): number {
  const lambda = Math.sqrt((n * m) / (n + m)) * d;
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-16) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/** First Wasserstein distance between two samples (scipy's `wasserstein_distance`). */
export function wasserstein(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const x = sorted(a);
  const y = sorted(b);
  const all = sorted([...x, ...y]);
  let i = 0;
  let j = 0;
  let total = 0;
  for (let k = 0; k < all.length - 1; k++) {
    const v = all[k]!;
    while (i < x.length && x[i]! <= v) i++;
    while (j < y.length && y[j]! <= v) j++;
    total += Math.abs(i / x.length - j / y.length) * (all[k + 1]! - v);
  }
  return total;
}

/** Wasserstein distance divided by the reference's standard deviation, so one threshold fits any unit. */
export function normalizedWasserstein(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const n = reference.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += reference[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (reference[i]! - mean) ** 2;
  const sd = Math.sqrt(ss / n);
  const w = wasserstein(reference, current);
  return sd > 0 ? w / sd : w === 0 ? 0 : Number.POSITIVE_INFINITY;
}

/** Bin edges at the reference's deciles (or fewer bins when values repeat), for PSI and JS on numbers. */
export function quantileEdges(reference: ArrayLike<number>, bins = 10): number[] {
  const x = sorted(reference);
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    // Linear interpolation between order statistics, as numpy.quantile's default.
    const pos = (k / bins) * (x.length - 1);
    const lo = Math.floor(pos);
    const v = x[lo]! + (x[Math.min(lo + 1, x.length - 1)]! - x[lo]!) * (pos - lo);
    if (!edges.length || v > edges[edges.length - 1]!) edges.push(v);
  }
  return edges;
}

/** Counts per bin: bin k holds values in (edges[k-1], edges[k]] (numpy.digitize with right=True). */
export function histogram(xs: ArrayLike<number>, edges: number[]): number[] {
  const counts = new Array(edges.length + 1).fill(0);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i]!;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v <= edges[mid]!) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]++;
  }
  return counts;
}

/** Proportions, with empty bins floored at `epsilon` so logarithms stay finite. */
function proportions(counts: number[], epsilon: number): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => Math.max(c / total, epsilon));
}

/** Population stability index of two binned distributions (counts over the same bins). */
export function psi(reference: number[], current: number[], epsilon = 1e-4): number {
  const p = proportions(reference, epsilon);
  const q = proportions(current, epsilon);
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (q[i]! - p[i]!) * Math.log(q[i]! / p[i]!);
  return s;
}

/** Jensen-Shannon distance (base 2, so within [0, 1]) of two count vectors over the same categories. */
export function jensenShannon(reference: number[], current: number[]): number {
  const p = proportions(reference, 0);
  const q = proportions(current, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    if (p[i]! > 0) js += 0.5 * p[i]! * Math.log2(p[i]! / m);
    if (q[i]! > 0) js += 0.5 * q[i]! * Math.log2(q[i]! / m);
  }
  return Math.sqrt(Math.max(0, js));
}

/** Regularized upper incomplete gamma Q(a, x) (series below a+1, continued fraction above). */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnGammaA = lnGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - lnGammaA);
  }
  // Lentz's continued fraction.
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGammaA) * h;
}

/**
 * ln Γ(a) for a positive multiple of 1/2 (all the chi-square distribution needs), exactly by
 * recursion: Γ(1) = 1, Γ(1/2) = √π, Γ(a + 1) = a·Γ(a).
 */
function lnGamma(a: number): number {
  if (a <= 0 || Math.round(a * 2) !== a * 2)
    throw new Error(`lnGamma is only defined here for positive halves, not ${a}`);
  let x = a;
  let s = 0;
  while (x > 1) {
    x -= 1;
    s += Math.log(x);
  }
  return x === 0.5 ? s + 0.5 * Math.log(Math.PI) : s;
}

/** Survival function of the chi-square distribution with `df` degrees of freedom. */
export function chiSquareSf(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}

/**
 * Pearson's chi-square test of homogeneity on a 2×k table (reference and current counts per
 * category), as scipy's `chi2_contingency` without Yates' correction (k > 2, or asked for).
 */
export function chiSquare(
  reference: number[],
  current: number[],
): { statistic: number; pValue: number; df: number } {
  const cols = reference
    .map((r, i) => r + current[i]!)
    .map((c, i) => [c, i] as const)
    .filter(([c]) => c > 0);
  const n1 = reference.reduce((s, v) => s + v, 0);
  const n2 = current.reduce((s, v) => s + v, 0);
  const n = n1 + n2;
  let statistic = 0;
  for (const [colTotal, i] of cols) {
    for (const [rowTotal, observed] of [
      [n1, reference[i]!],
      [n2, current[i]!],
    ] as const) {
      const expected = (rowTotal * colTotal) / n;
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  const df = cols.length - 1;
  return { statistic, pValue: df > 0 ? chiSquareSf(statistic, df) : 1, df };
}
