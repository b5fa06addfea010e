/**
 * A compact set of 64-bit string hashes (two 32-bit halves in one typed array, open addressing),
 * for exact duplicate detection in bounded memory per value: 8 bytes a slot instead of a string.
 * Equal strings always hash equal, so a value reported new is new; a value reported seen may be a
 * hash collision, which callers verify against the real strings (see UniqueTracker).
 */

/** Two independent 32-bit hashes of a string (FNV-1a, and a multiply-rotate mix). */
export function hash64(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  // (0, 0) marks an empty slot.
  return [a >>> 0 || 1, b >>> 0];
}

/**
 * hash64 of the text of bytes [s, e) when they are all ASCII (then each byte is its character
 * code, so the value equals hash64 of the string); undefined otherwise.
 */
export function hash64Ascii(bytes: Uint8Array, s: number, e: number): [number, number] | undefined {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ (e - s);
  for (let i = s; i < e; i++) {
    const c = bytes[i]!;
    if (c > 127) return undefined;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  return [a >>> 0 || 1, b >>> 0];
}

/** An open-addressing set of (h1, h2) pairs; grows at half full. */
export class HashSet64 {
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.slots = new Uint32Array(n * 2);
    this.mask = n - 1;
  }

  /** Insert the pair; false when it was already there. */
  add(h1: number, h2: number): boolean {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    for (;;) {
      const a = this.slots[i * 2]!;
      if (a === 0) {
        this.slots[i * 2] = h1;
        this.slots[i * 2 + 1] = h2;
        this.size++;
        return true;
      }
      if (a === h1 && this.slots[i * 2 + 1] === h2) return false;
      i = (i + 1) & this.mask;
    }
  }

  /** The occupied slots' pairs, for handing the set to another thread. */
  pairs(): Uint32Array {
    const out = new Uint32Array(this.size * 2);
    let k = 0;
    for (let i = 0; i < this.slots.length; i += 2)
      if (this.slots[i] !== 0) {
        out[k++] = this.slots[i]!;
        out[k++] = this.slots[i + 1]!;
      }
    return out;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = old.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.add(old[i]!, old[i + 1]!);
  }
}

/** Where a value was seen, for examples. */
export interface Seen {
  row: number;
  line: number;
  file: string;
  value: string;
}

/**
 * Exact duplicate detection in two steps: the first pass keeps only hashes and notes the hashes
 * seen twice (true duplicates or, rarely, collisions); if there are any, a second pass over the
 * same rows looks at the real strings of just those hashes.
 */
export class UniqueTracker {
  private readonly hashes = new HashSet64();

  /** `hash` is replaceable so tests can force collisions. */
  constructor(private readonly hash: (s: string) => [number, number] = hash64) {}
  /** Hash pairs seen more than once in the first pass. */
  private readonly suspects = new Set<string>();
  /** Second pass: per suspect hash, the distinct strings and where each first appeared. */
  private readonly resolved = new Map<string, Map<string, Seen>>();
  readonly duplicates: Seen[] = [];
  duplicateCount = 0;
  private extraDistinct = 0;

  /** First pass. */
  add(text: string): void {
    const [a, b] = this.hash(text);
    this.addHash(a, b);
  }

  /** First pass, from a hash computed elsewhere (hash64Ascii on bytes: the same values). */
  addHash(a: number, b: number): void {
    if (!this.hashes.add(a, b)) this.suspects.add(`${a}:${b}`);
  }

  /** Whether this tracker hashes with hash64 (bytes may then be hashed directly). */
  get standardHash(): boolean {
    return this.hash === hash64;
  }

  /** The first pass's state, to merge into the tracker of another part of the same data. */
  exportState(): { pairs: Uint32Array; suspects: string[] } {
    return { pairs: this.hashes.pairs(), suspects: [...this.suspects] };
  }

  /** Merge another part's first pass: a hash both parts saw is a suspect, like one seen twice here. */
  mergeState(state: { pairs: Uint32Array; suspects: string[] }): void {
    for (let i = 0; i < state.pairs.length; i += 2) this.addHash(state.pairs[i]!, state.pairs[i + 1]!);
    for (const s of state.suspects) this.suspects.add(s);
  }

  /** Whether the second pass is needed. */
  get needsVerification(): boolean {
    return this.suspects.size > 0;
  }

  /** Second pass, over the same rows in the same order. */
  verify(text: string, where: Omit<Seen, "value">): void {
    const [a, b] = this.hash(text);
    const key = `${a}:${b}`;
    if (!this.suspects.has(key)) return;
    let strings = this.resolved.get(key);
    if (!strings) {
      strings = new Map();
      this.resolved.set(key, strings);
    }
    if (strings.has(text)) {
      this.duplicateCount++;
      if (this.duplicates.length < 5) this.duplicates.push({ ...where, value: text });
    } else {
      if (strings.size > 0) this.extraDistinct++; // a genuine collision: two strings, one hash
      strings.set(text, { ...where, value: text });
    }
  }

  /** Distinct values (exact once verification has run, when it was needed). */
  get distinct(): number {
    return this.hashes.size + this.extraDistinct;
  }
}
