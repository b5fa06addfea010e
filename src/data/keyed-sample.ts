/**
 * A uniform sample of at most `size` items: the items with the smallest pseudo-random
 * priorities, where an item's priority is a hash of its key (the byte offset where its row
 * starts, or its row number) and a seed. The sample depends only on the items and their keys,
 * not on the order they arrive in: the samples of the parts of a file, taken on different
 * threads, merge into exactly the sample of the whole file (bottom-k sampling).
 */
export class KeyedSample<T> {
  /** A max-heap on priority: the root is the first to go. */
  private prio: number[] = [];
  private items: T[] = [];

  constructor(
    readonly size: number,
    private readonly seed: number,
  ) {}

  /** Items held. */
  get length(): number {
    return this.items.length;
  }

  /** The priority of the item with `key` (an integer below 2^53), in [0, 2^53). */
  priority(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    const a = mix(lo ^ Math.imul(hi, 0x9e3779b1) ^ this.seed);
    const b = mix(a ^ hi ^ 0x85ebca6b);
    return (a >>> 0) * 2097152 + ((b >>> 0) >>> 11);
  }

  /** Whether an item of priority `p` would be kept. */
  accepts(p: number): boolean {
    return this.items.length < this.size || p < this.prio[0]!;
  }

  /** Keep an item of priority `p` (call when accepts(p)). */
  put(p: number, item: T): void {
    if (this.items.length < this.size) {
      this.prio.push(p);
      this.items.push(item);
      this.up(this.items.length - 1);
    } else {
      this.prio[0] = p;
      this.items[0] = item;
      this.down(0);
    }
  }

  /** Offer the item with `key`. */
  offer(key: number, item: T): void {
    const p = this.priority(key);
    if (this.accepts(p)) this.put(p, item);
  }

  /** The items, in a fixed order (by priority): the same whatever the order they came in. */
  values(): T[] {
    const order = this.items.map((_, i) => i).sort((x, y) => this.prio[x]! - this.prio[y]!);
    return order.map((i) => this.items[i]!);
  }

  /** What a part kept, for merging elsewhere. */
  exportState(): { prio: number[]; items: T[] } {
    return { prio: this.prio, items: this.items };
  }

  /** Merge the sample of another part of the same data (same seed). */
  merge(state: { prio: number[]; items: T[] }): void {
    state.items.forEach((item, i) => {
      const p = state.prio[i]!;
      if (this.accepts(p)) this.put(p, item);
    });
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.prio[parent]! >= this.prio[i]!) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < n && this.prio[l]! > this.prio[top]!) top = l;
      if (r < n && this.prio[r]! > this.prio[top]!) top = r;
      if (top === i) return;
      this.swap(i, top);
      i = top;
    }
  }

  private swap(i: number, j: number): void {
    const p = this.prio[i]!;
    this.prio[i] = this.prio[j]!;
    this.prio[j] = p;
    const t = this.items[i]!;
    this.items[i] = this.items[j]!;
    this.items[j] = t;
  }
}

/** murmur3's 32-bit finaliser. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
