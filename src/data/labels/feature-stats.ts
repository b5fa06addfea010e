/**
 * What single-feature target leakage needs of one feature, in one pass and mergeable across
 * threads: per distinct value (up to VALUE_CAP) the rows of each of the first two label classes
 * and the numeric label's mean and sum of squares (Welford, Chan's merge), and for a numeric
 * feature the co-moments of feature and label. Rows whose feature or label is missing are left out.
 */

/** Distinct values kept per feature; past it a numeric feature's AUC is not judged. */
export const VALUE_CAP = 100_000;
/** Values per record: rows, rows of class 0, rows of class 1, label mean, label M2. */
const W = 5;

/** Welford/Chan state of one feature against a numeric label. */
export interface CoMoments {
  n: number;
  mx: number;
  my: number;
  m2x: number;
  m2y: number;
  cxy: number;
}

/** What a part sends. */
export interface FeatureState {
  values: string[];
  data: Float64Array;
  overflow: boolean;
  numeric: boolean;
  co: CoMoments;
}

/** Add (x, y) to co-moments. */
function addCo(c: CoMoments, x: number, y: number): void {
  c.n++;
  const dx = x - c.mx;
  c.mx += dx / c.n;
  const dy = y - c.my;
  c.my += dy / c.n;
  c.m2x += dx * (x - c.mx);
  c.m2y += dy * (y - c.my);
  c.cxy += dx * (y - c.my);
}

/** Merge co-moments b into a (Chan et al.). */
function mergeCo(a: CoMoments, b: CoMoments): void {
  if (!b.n) return;
  const n = a.n + b.n;
  const dx = b.mx - a.mx;
  const dy = b.my - a.my;
  const f = (a.n * b.n) / n;
  a.m2x += b.m2x + dx * dx * f;
  a.m2y += b.m2y + dy * dy * f;
  a.cxy += b.cxy + dx * dy * f;
  a.mx += (dx * b.n) / n;
  a.my += (dy * b.n) / n;
  a.n = n;
}

/** One feature's measures. */
export class FeatureStats {
  private index = new Map<string, number>();
  values: string[] = [];
  data = new Float64Array(64 * W);
  overflow = false;
  /** Every non-missing value read as a number so far. */
  numeric = true;
  co: CoMoments = { n: 0, mx: 0, my: 0, m2x: 0, m2y: 0, cxy: 0 };

  /** The slot of value `v`, made on first sight; undefined (and the values dropped) past the cap. */
  private slotOf(v: string): number | undefined {
    let k = this.index.get(v);
    if (k !== undefined) return k;
    if (this.values.length >= VALUE_CAP) {
      this.drop();
      return undefined;
    }
    k = this.values.length;
    this.index.set(v, k);
    this.values.push(v);
    if ((k + 1) * W > this.data.length) {
      const bigger = new Float64Array(Math.max(this.data.length * 2, (k + 1) * W));
      bigger.set(this.data);
      this.data = bigger;
    }
    return k;
  }

  /**
   * One row: the feature's text `v` and number `x` (undefined: not a number), the label's class
   * code (0, 1, or more) and number `y` (NaN: not a number).
   */
  add(v: string, x: number | undefined, cls: number, y: number): void {
    if (x === undefined) this.numeric = false;
    else if (!Number.isNaN(y)) addCo(this.co, x, y);
    if (this.overflow) return;
    const k = this.slotOf(v);
    if (k === undefined) return;
    const d = this.data;
    const o = k * W;
    d[o]!++;
    if (cls === 0) d[o + 1]!++;
    else if (cls === 1) d[o + 2]!++;
    if (!Number.isNaN(y)) {
      // Welford over the rows with a numeric label: their count is d[o] when every label is numeric.
      const n = d[o]!;
      const delta = y - d[o + 3]!;
      d[o + 3]! += delta / n;
      d[o + 4]! += delta * (y - d[o + 3]!);
    }
  }

  private drop(): void {
    this.overflow = true;
    this.index = new Map();
    this.values = [];
    this.data = new Float64Array(0);
  }

  exportState(): FeatureState {
    return {
      values: this.values,
      data: this.data.slice(0, this.values.length * W),
      overflow: this.overflow,
      numeric: this.numeric,
      co: this.co,
    };
  }

  /** Merge a part's measures; `swap` when the part's classes 0 and 1 are this one's 1 and 0. */
  mergeState(s: FeatureState, swap: boolean): void {
    this.numeric &&= s.numeric;
    mergeCo(this.co, s.co);
    if (this.overflow) return;
    if (s.overflow) {
      this.drop();
      return;
    }
    s.values.forEach((v, j) => {
      const o2 = j * W;
      const k = this.slotOf(v);
      if (k === undefined || this.overflow) return;
      const d = this.data;
      const o = k * W;
      const na = d[o]!;
      const nb = s.data[o2]!;
      const n = na + nb;
      d[o + 1]! += s.data[o2 + (swap ? 2 : 1)]!;
      d[o + 2]! += s.data[o2 + (swap ? 1 : 2)]!;
      const delta = s.data[o2 + 3]! - d[o + 3]!;
      d[o + 4]! += s.data[o2 + 4]! + (delta * delta * na * nb) / (n || 1);
      d[o + 3]! += (delta * nb) / (n || 1);
      d[o] = n;
    });
  }

  /** Per value: rows, class-0 rows, class-1 rows, label mean, label M2. */
  record(k: number): [number, number, number, number, number] {
    const o = k * W;
    const d = this.data;
    return [d[o]!, d[o + 1]!, d[o + 2]!, d[o + 3]!, d[o + 4]!];
  }
}

/** AUC of a score against class 1 from groups of equal score (ties count half), as roc_auc_score. */
export function aucOfGroups(groups: { score: number; c0: number; c1: number }[]): number {
  const sorted = [...groups].sort((a, b) => a.score - b.score);
  let n0 = 0;
  let n1 = 0;
  let num = 0;
  for (let i = 0; i < sorted.length; ) {
    let g0 = 0;
    let g1 = 0;
    const s = sorted[i]!.score;
    while (i < sorted.length && sorted[i]!.score === s) {
      g0 += sorted[i]!.c0;
      g1 += sorted[i]!.c1;
      i++;
    }
    num += g1 * (n0 + 0.5 * g0);
    n0 += g0;
    n1 += g1;
  }
  return n0 && n1 ? num / (n0 * n1) : Number.NaN;
}

/** R² of predicting the label by the feature's per-value mean (η²), from the value records. */
export function etaSquared(f: FeatureStats): number {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  let within = 0;
  for (let k = 0; k < f.values.length; k++) {
    const [nb, , , mb, m2b] = f.record(k);
    if (!nb) continue;
    within += m2b;
    const total = n + nb;
    const delta = mb - mean;
    m2 += m2b + (delta * delta * n * nb) / total;
    mean += (delta * nb) / total;
    n = total;
  }
  return m2 > 0 ? 1 - within / m2 : Number.NaN;
}

/** R² of the least-squares line of the label on a numeric feature (Pearson's r²). */
export function pearsonR2(c: CoMoments): number {
  return c.m2x > 0 && c.m2y > 0 ? (c.cxy * c.cxy) / (c.m2x * c.m2y) : Number.NaN;
}
