/**
 * A uniform sample of at most `size` items: the items with the smallest pseudo-random
 * priorities, where an item's priority is a hash of its key (the byte offset where its row
 * starts, or its row number) and a seed. The sample depends only on the items and their keys,
 * not on the order they arrive in: the samples of the parts of a file, taken on different
 * threads, merge into exactly the sample of the whole file (bottom-k sampling).
 */
export class KeyedSample<T> {
  /**
   * Candidates: the kept items and those offered since the last compaction (up to twice the
   * size), with their priorities; `threshold` is the largest priority kept at the last
   * compaction (anything above it can never make the sample).
   */
  private prio: Float64Array;
  private items: T[] = [];
  private n = 0;
  private threshold = Number.POSITIVE_INFINITY;

  constructor(
    readonly size: number,
    private readonly seed: number,
  ) {
    // Small at first and doubled as items come: a wide file has a sample per column.
    this.prio = new Float64Array(Math.min(2 * size, 16));
  }

  /** Items held. */
  get length(): number {
    this.compact();
    return this.n;
  }

  /** The priority of the item with `key` (an integer below 2^53), in [0, 2^53). */
  priority(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    const a = mix(lo ^ Math.imul(hi, 0x9e3779b1) ^ this.seed);
    const b = mix(a ^ hi ^ 0x85ebca6b);
    return (a >>> 0) * 2097152 + ((b >>> 0) >>> 11);
  }

  /** Whether an item of priority `p` may be kept. */
  accepts(p: number): boolean {
    return p < this.threshold;
  }

  /** Keep an item of priority `p` (call when accepts(p)). */
  put(p: number, item: T): void {
    if (this.n === this.prio.length) {
      if (this.n < 2 * this.size) {
        const bigger = new Float64Array(Math.min(2 * this.size, this.prio.length * 2));
        bigger.set(this.prio);
        this.prio = bigger;
      } else {
        this.compact();
        if (!(p < this.threshold)) return;
      }
    }
    this.prio[this.n] = p;
    this.items[this.n++] = item;
  }

  /** Offer the item with `key`. */
  offer(key: number, item: T): void {
    const p = this.priority(key);
    if (this.accepts(p)) this.put(p, item);
  }

  /** The items, in a fixed order (by priority): the same whatever the order they came in. */
  values(): T[] {
    this.compact();
    const order = Array.from({ length: this.n }, (_, i) => i).sort((x, y) => this.prio[x]! - this.prio[y]!);
    return order.map((i) => this.items[i]!);
  }

  /** What a part kept, for merging elsewhere. */
  exportState(): { prio: number[]; items: T[] } {
    this.compact();
    return { prio: Array.from(this.prio.subarray(0, this.n)), items: this.items.slice(0, this.n) };
  }

  /** Merge the sample of another part of the same data (same seed). */
  merge(state: { prio: number[]; items: T[] }): void {
    state.items.forEach((item, i) => {
      const p = state.prio[i]!;
      if (this.accepts(p)) this.put(p, item);
    });
  }

  /** Keep only the `size` candidates of smallest priority (a quickselect: linear on average). */
  private compact(): void {
    if (this.n <= this.size) return;
    const prio = this.prio;
    const order = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) order[i] = i;
    let lo = 0;
    let hi = this.n - 1;
    const k = this.size - 1;
    while (lo < hi) {
      const pivot = prio[order[(lo + hi) >> 1]!]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (prio[order[i]!]! < pivot) i++;
        while (prio[order[j]!]! > pivot) j--;
        if (i <= j) {
          const t = order[i]!;
          order[i] = order[j]!;
          order[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else break;
    }
    const keptPrio = new Float64Array(prio.length);
    const keptItems: T[] = new Array(this.size);
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < this.size; i++) {
      const p = prio[order[i]!]!;
      keptPrio[i] = p;
      keptItems[i] = this.items[order[i]!]!;
      if (p > max) max = p;
    }
    this.prio = keptPrio;
    this.items = keptItems;
    this.n = this.size;
    this.threshold = max;
  }
}

/** murmur3's 32-bit finaliser (row-hash.ts mixes with it too). */
export function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
