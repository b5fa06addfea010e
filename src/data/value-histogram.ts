/**
 * A column's numbers as a histogram whose bins are known before the column's range is: bin i of
 * level k holds the values in [i·2^k, (i+1)·2^k). A column keeps at most `SLOTS` bins; a value
 * outside the window widens the bins (k + 1: two neighbours become one, exactly) until the range
 * fits. The level a column ends at is the smallest k ≥ `MIN_LEVEL` at which its whole range fits,
 * whatever order the values came in, so parts read on threads merge into the same counts as one
 * pass (the golden reports compare both). Counts are exact; memory is `SLOTS` numbers.
 */

/** Bins a column keeps: between 32 and 64 bins over its range once it is wider than 64·2^MIN_LEVEL. */
export const SLOTS = 64;
/** The narrowest bin, 2^-30 (about 1e-9): columns of tiny values still spread over bins. */
const MIN_LEVEL = -30;
/** The widest bin: 2^1023 is the largest power of two a double holds. */
const MAX_LEVEL = 1023;

/** What a part of a file measured, sent between threads. */
export interface HistogramState {
  /** The bin width is 2^level. */
  level: number;
  /** The index of counts[0] at that level. */
  base: number;
  counts: number[];
}

/** The histogram as the report carries it: `counts[j]` values in [start + j·width, start + (j+1)·width). */
export interface HistogramBins {
  start: number;
  width: number;
  counts: number[];
}

/** An exact histogram of numbers in at most SLOTS power-of-two bins. */
export class ValueHistogram {
  private level = MIN_LEVEL;
  /** 2^-level: a value's bin is floor(v · scale); multiplying by a power of two is exact. */
  private scale = 2 ** -MIN_LEVEL;
  /** The bin index of counts[0]; NaN until the first value. */
  private base = Number.NaN;
  private counts = new Float64Array(SLOTS);
  /**
   * The lowest and highest bin index holding a value, brought up to date by `bounds()` only when
   * needed (a value outside the window, an export): the per-value path just counts.
   */
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;

  /** Count one finite number. */
  add(v: number): void {
    const j = Math.floor(v * this.scale) - this.base;
    if (j >= 0 && j < SLOTS) this.counts[j]!++;
    else this.place(v, 1);
  }

  /** Count `n` copies of one finite number (a dictionary entry and its rows). */
  addCount(v: number, n: number): void {
    const j = Math.floor(v * this.scale) - this.base;
    if (j >= 0 && j < SLOTS) this.counts[j]! += n;
    else this.place(v, n);
  }

  /** Count the numbers of rows [from, to) whose kind is `numberKind` (a decoded CSV batch column). */
  addBatch(kind: Uint8Array, num: Float64Array, numberKind: number, from: number, to: number): void {
    let scale = this.scale;
    let base = this.base;
    let counts = this.counts;
    for (let r = from; r < to; r++) {
      if (kind[r] !== numberKind) continue;
      const v = num[r]!;
      const j = Math.floor(v * scale) - base;
      if (j >= 0 && j < SLOTS) counts[j]!++;
      else {
        this.place(v, 1);
        scale = this.scale;
        base = this.base;
        counts = this.counts;
      }
    }
  }

  /** Bring lo and hi up to date from the counts (the window holds every counted value). */
  private bounds(): void {
    if (Number.isNaN(this.base)) return;
    let first = 0;
    while (first < SLOTS && !this.counts[first]) first++;
    if (first === SLOTS) return;
    let last = SLOTS - 1;
    while (!this.counts[last]) last--;
    this.lo = this.base + first;
    this.hi = this.base + last;
  }

  /** Count `n` copies of v, widening the bins until v's bin fits in the window. */
  private place(v: number, n: number): void {
    this.bounds();
    let i = Math.floor(v * this.scale);
    while (
      !Number.isFinite(i) ||
      (!Number.isNaN(this.base) && Math.max(this.hi, i) - Math.min(this.lo, i) >= SLOTS)
    ) {
      if (this.level >= MAX_LEVEL) return; // unreachable for finite doubles: 2^1023 bins hold them
      this.widen();
      i = Math.floor(v * this.scale);
    }
    if (Number.isNaN(this.base)) this.base = i;
    else if (i < this.base || i >= this.base + SLOTS) this.rebase(Math.min(this.lo, i));
    this.counts[i - this.base]! += n;
    if (i < this.lo) this.lo = i;
    if (i > this.hi) this.hi = i;
  }

  /** One level up: bins 2m and 2m + 1 become bin m. */
  private widen(): void {
    this.level++;
    this.scale = 2 ** -this.level;
    if (Number.isNaN(this.base)) return;
    const old = this.counts;
    const oldBase = this.base;
    this.counts = new Float64Array(SLOTS);
    this.lo = Math.floor(this.lo / 2);
    this.hi = Math.floor(this.hi / 2);
    this.base = this.lo;
    for (let j = 0; j < SLOTS; j++)
      if (old[j]) this.counts[Math.floor((oldBase + j) / 2) - this.base]! += old[j]!;
  }

  /** Move the window to start at bin `start` (every occupied bin stays inside it). */
  private rebase(start: number): void {
    const old = this.counts;
    const shift = this.base - start;
    this.counts = new Float64Array(SLOTS);
    for (let j = 0; j < SLOTS; j++) if (old[j]) this.counts[j + shift]! += old[j]!;
    this.base = start;
  }

  /** Measures to send to the main thread. */
  exportState(): HistogramState {
    this.bounds();
    if (Number.isNaN(this.base)) return { level: this.level, base: 0, counts: [] };
    const counts = Array.from(this.counts.subarray(this.lo - this.base, this.hi - this.base + 1));
    return { level: this.level, base: this.lo, counts };
  }

  /** Merge another part's histogram (order does not matter: counts add). */
  mergeState(s: HistogramState): void {
    this.bounds();
    while (this.level < s.level) this.widen();
    s.counts.forEach((c, j) => {
      // A bin of the other part at a level no higher than this one lies inside one bin of this
      // level: its count goes where its lower edge falls.
      if (c) this.place((s.base + j) * 2 ** s.level, c);
    });
  }

  /** The occupied bins, or undefined when no number came. */
  bins(): HistogramBins | undefined {
    this.bounds();
    if (Number.isNaN(this.base)) return undefined;
    const width = 2 ** this.level;
    return {
      start: this.lo * width,
      width,
      counts: Array.from(this.counts.subarray(this.lo - this.base, this.hi - this.base + 1)),
    };
  }
}
