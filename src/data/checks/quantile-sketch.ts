/**
 * A deterministic, mergeable quantile sketch: the order statistics of a column past the exact
 * limit (statistics.ts, VALUES_LIMIT).
 *
 * Why this scheme: it is the compactor hierarchy of Manku, Rajagopalan and Lindsay (1998), the
 * one KLL (Karnin, Lang, Liberty 2016) refines, with the half to keep chosen deterministically
 * (alternating) instead of at random. KLL's randomness buys a smaller sketch for an error bound
 * that holds only with high probability; here the bound holds always, the same input and the same
 * thread split give the same answer bit for bit, and the bound is not an a priori estimate but
 * the sum of the errors the run actually allowed itself, so the verdict can state it. The price
 * is a log factor in memory, which at mlgate's sizes is a couple of megabytes.
 *
 * How: level h holds up to `k` numbers, each standing for 2^h of the column's numbers. A full
 * level is sorted and every other number (starting at the first or the second, alternating) moves
 * up one level with twice the weight; the rest are dropped. For any value x, the estimated count
 * of numbers below x moves by at most 2^h in one such compaction (the kept half of a sorted prefix
 * is its ceiling or floor half), so the rank error of the whole sketch is at most the sum of 2^h
 * over its compactions (`error`). Merging two sketches appends each level of one to the same level
 * of the other, compacting as levels fill: the bound of the merge is the sum of both bounds and of
 * the merge's own compactions.
 *
 * Bounds: level h is compacted about n / (k·2^h) times, so each level adds about n/k to the error
 * and there are about log2(n/k) + 1 levels: the rank error is at most about (log2(n/k) + 1)·n/k
 * (with k = 32,768: 0.027% of 8,000,000 numbers, 0.05% of 10^9), and the memory is k numbers per
 * level, about k·(log2(n/k) + 2) doubles (2.25 MB at 8,000,000 numbers, 4 MB at 10^9, 6 MB at
 * 10^11), whatever the values.
 *
 * Cost: every number is sorted once in a block of k at level 0 (TypedArray sort, ~100 ns a
 * number on the benchmark machine; a hand-written radix sort saved only a quarter of that and was
 * left out); the levels above are merged from sorted runs in linear time.
 */

/** Numbers per level (even). See the bounds above. */
export const SKETCH_K = 32_768;

/** What a part of a file measured, as a worker sends it (structured-cloneable). */
export type SketchState = {
  k: number;
  n: number;
  min: number;
  max: number;
  error: number;
  levels: Float64Array[];
  toggles: number[];
};

/** Where a quantile lies: the estimate, and values certain to lie below and above the exact one. */
export type SketchQuantile = { value: number; low: number; high: number };

/** The sketch. Feed numbers with `add`, merge parts with `merge`, query after `freeze`. */
export class QuantileSketch {
  /** Numbers summarised. */
  n = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  /** The most ranks by which any estimated rank may be off (the sum of the compactions' weights). */
  error = 0;
  private levels: Float64Array[] = [];
  private sizes: number[] = [];
  /** Per level, whether the next compaction keeps the odd positions. */
  private toggles: number[] = [];
  /** After `freeze`: every kept number sorted, and the cumulative weight up to each. */
  private sorted: Float64Array | undefined;
  private cumulative: Float64Array | undefined;

  constructor(readonly k = SKETCH_K) {
    if (k < 2 || k % 2) throw new Error(`sketch capacity must be even and at least 2: ${k}`);
  }

  /** Add one finite number. */
  add(x: number): void {
    this.n++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.push(0, x);
  }

  /** Add the first `count` numbers of `values` (all finite): the kept numbers of an exact part. */
  addAll(values: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) {
      const x = values[i]!;
      if (x < this.min) this.min = x;
      if (x > this.max) this.max = x;
    }
    this.n += count;
    const buf = this.level(0);
    for (let from = 0; from < count; ) {
      const take = Math.min(this.k - this.sizes[0]!, count - from);
      buf.set(values.subarray(from, from + take), this.sizes[0]);
      from += take;
      this.sizes[0]! += take;
      if (this.sizes[0] === this.k) this.compact(0);
    }
  }

  private level(h: number): Float64Array {
    while (this.levels.length <= h) {
      this.levels.push(new Float64Array(this.k));
      this.sizes.push(0);
      this.toggles.push(0);
    }
    return this.levels[h]!;
  }

  private push(h: number, x: number): void {
    const buf = this.levels[h] ?? this.level(h);
    const i = this.sizes[h]!;
    buf[i] = x;
    this.sizes[h] = i + 1;
    if (i + 1 === this.k) this.compact(h);
  }

  /** Sort a full level and move every other number up one level. */
  private compact(h: number): void {
    const buf = sortLevel(this.levels[h]!);
    const offset = this.toggles[h]!;
    this.toggles[h] = offset ^ 1;
    // Emptied first: the level above may fill and compact while this one's numbers move up.
    this.sizes[h] = 0;
    for (let i = offset; i < this.k; i += 2) this.push(h + 1, buf[i]!);
    this.error += 2 ** h;
  }

  /** The state to send from a worker. */
  exportState(): SketchState {
    return {
      k: this.k,
      n: this.n,
      min: this.min,
      max: this.max,
      error: this.error,
      levels: this.levels.map((l, h) => l.slice(0, this.sizes[h])),
      toggles: [...this.toggles],
    };
  }

  /** Merge a part's state into this sketch (in file order, for a deterministic result). */
  merge(s: SketchState): void {
    if (s.k !== this.k) throw new Error(`sketches of different capacities: ${s.k} and ${this.k}`);
    this.n += s.n;
    this.error += s.error;
    if (s.min < this.min) this.min = s.min;
    if (s.max > this.max) this.max = s.max;
    s.levels.forEach((l, h) => {
      for (let i = 0; i < l.length; i++) this.push(h, l[i]!);
    });
  }

  /** A sketch from a part's state. */
  static fromState(s: SketchState): QuantileSketch {
    const sketch = new QuantileSketch(s.k);
    sketch.merge(s);
    sketch.toggles = s.toggles.slice();
    return sketch;
  }

  /** Sort the kept numbers once, after the merge; no number may be added afterwards. */
  freeze(): void {
    if (this.sorted) return;
    let merged: Float64Array = new Float64Array(0);
    let weights: Float64Array = new Float64Array(0);
    this.levels.forEach((l, h) => {
      const part = l.slice(0, this.sizes[h]).sort();
      [merged, weights] = mergeSorted(merged, weights, part, 2 ** h);
    });
    for (let i = 1; i < weights.length; i++) weights[i]! += weights[i - 1]!;
    this.sorted = merged;
    this.cumulative = weights;
  }

  /**
   * The number at (fractional, 0-based) rank `t`: one whose estimated rank range covers `t`, so
   * the order statistics at ranks ⌊t⌋ − error and ⌈t⌉ + error enclose it. Rank 0 and n − 1 are the
   * exact minimum and maximum.
   */
  atRank(t: number): number {
    this.freeze();
    if (t <= 0) return this.min;
    if (t >= this.n - 1) return this.max;
    const cum = this.cumulative!;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > t) hi = mid;
      else lo = mid + 1;
    }
    return this.sorted![lo]!;
  }

  /**
   * The q-quantile (numpy's linear interpolation between the order statistics at ranks lo and
   * hi = lo + 1 of (n − 1)·q): an estimate, and `low` ≤ the exact value ≤ `high` for certain
   * (the numbers `error` ranks below lo and above hi); levels 0 and 1 are exact.
   */
  quantile(q: number): SketchQuantile | undefined {
    if (this.n === 0) return undefined;
    const h = (this.n - 1) * q;
    // The two ends are kept exactly.
    if (h <= 0) return { value: this.min, low: this.min, high: this.min };
    if (h >= this.n - 1) return { value: this.max, low: this.max, high: this.max };
    const lo = Math.floor(h);
    return {
      value: this.atRank(h),
      low: this.atRank(lo - this.error),
      high: this.atRank(Math.min(lo + 1, this.n - 1) + this.error),
    };
  }
}

/** Merge two sorted runs, the second with one weight for all its numbers. */
function mergeSorted(
  a: Float64Array,
  wa: Float64Array,
  b: Float64Array,
  wb: number,
): [Float64Array, Float64Array] {
  const out = new Float64Array(a.length + b.length);
  const w = new Float64Array(out.length);
  let i = 0;
  let j = 0;
  for (let o = 0; o < out.length; o++) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      out[o] = a[i]!;
      w[o] = wa[i++]!;
    } else {
      out[o] = b[j++]!;
      w[o] = wb;
    }
  }
  return [out, w];
}

/**
 * Sort a full level in place. Above level 0 a level is filled by compactions of the level below,
 * each a sorted run of k/2 numbers, so it is most often two sorted runs: merged in linear time
 * (a merged part's numbers may break the runs; then it is sorted).
 */
function sortLevel(buf: Float64Array): Float64Array {
  let descents = 0;
  let cut = 0;
  for (let i = 1; i < buf.length && descents < 2; i++)
    if (buf[i]! < buf[i - 1]!) {
      descents++;
      cut = i;
    }
  if (descents === 0) return buf;
  if (descents > 1) return buf.sort();
  const left = buf.slice(0, cut);
  let i = 0;
  let j = cut;
  let o = 0;
  while (i < left.length && j < buf.length) buf[o++] = left[i]! <= buf[j]! ? left[i++]! : buf[j++]!;
  while (i < left.length) buf[o++] = left[i++]!;
  return buf;
}
