/**
 * A compact set of 64-bit string hashes (two 32-bit halves in one typed array, open addressing),
 * for exact duplicate detection in bounded memory per value: 8 bytes a slot instead of a string.
 * Equal strings always hash equal, so a value reported new is new; a value reported seen may be a
 * hash collision, which callers verify against the real strings (see UniqueTracker).
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { makeTempDir, tempRoot } from "../io/temp-space.js";

/**
 * Makes the folder a tracker spills to. The run passes one that makes it in its temp space (under
 * RUNNER_TEMP, removed at the end even when a scan fails); the default is for callers outside a run.
 */
export type MakeSpillDir = () => string;

const defaultSpillDir: MakeSpillDir = () => makeTempDir(tempRoot(), "unique-");

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
 * hash64 over bytes [s, e), into out[0] and out[1]; returns whether every byte is ASCII (each
 * byte is then its character code, and the hash equals hash64 of the text).
 */
export function hash64Bytes(bytes: Uint8Array, s: number, e: number, out: Uint32Array): boolean {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ (e - s);
  let high = 0;
  for (let i = s; i < e; i++) {
    const c = bytes[i]!;
    high |= c;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  out[0] = a >>> 0 || 1;
  out[1] = b >>> 0;
  return high < 128;
}

/** Room for hash64Bytes' answer on the hot path. */
const pair = new Uint32Array(2);

/** A file's size, 0 when it does not exist (a partition nothing was spilled to). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Pairs kept in memory per tracker before spilling to disk (8 MB of table at this size). */
export const SPILL_AT = 1 << 19;
/** Partitions of spilled pairs, by the top bits of the first hash. */
const PARTITIONS = 64;
/** Pairs buffered per partition before a write. */
const SPILL_BUFFER = 8192;

/**
 * Hash pairs on disk, split into partitions by their top bits, so that finding the pairs seen
 * twice needs one partition's set in memory at a time: memory stays flat whatever the row count.
 */
class HashSpill {
  private readonly buffers = Array.from({ length: PARTITIONS }, () => new Uint32Array(SPILL_BUFFER * 2));
  private readonly fill = new Uint32Array(PARTITIONS);
  /** Each partition's own file, open while pairs are being spilled. */
  private readonly fds: (number | undefined)[] = new Array(PARTITIONS).fill(undefined);
  /** Files per partition: this tracker's, and those adopted from other threads. */
  private readonly files: string[][];

  /** Spill into `dir`, a fresh folder this spill owns. */
  constructor(dir: string) {
    this.files = Array.from({ length: PARTITIONS }, (_, p) => [path.join(dir, `p${p}`)]);
  }

  add(a: number, b: number): void {
    const p = a >>> 26;
    const buf = this.buffers[p]!;
    const n = this.fill[p]!;
    buf[n * 2] = a;
    buf[n * 2 + 1] = b;
    this.fill[p] = n + 1;
    if (n + 1 === SPILL_BUFFER) this.write(p);
  }

  private write(p: number): void {
    const n = this.fill[p]!;
    if (!n) return;
    const buf = this.buffers[p]!;
    this.fds[p] ??= openSync(this.files[p]![0]!, "a");
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, n * 8);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fds[p]!, bytes, at, bytes.length - at);
    this.fill[p] = 0;
  }

  /** Write what is buffered, close the files and hand them over (to another thread's tracker). */
  flush(): string[][] {
    for (let p = 0; p < PARTITIONS; p++) {
      this.write(p);
      const fd = this.fds[p];
      if (fd !== undefined) closeSync(fd);
      this.fds[p] = undefined;
    }
    return this.files.map((f) => [...f]);
  }

  /** Take over another tracker's partition files. */
  adopt(files: string[][]): void {
    files.forEach((list, p) => {
      this.files[p]!.push(...list);
    });
  }

  /** Read each partition back; report pairs seen twice; return the distinct count; delete the files. */
  finish(suspect: (key: string) => void): number {
    this.flush();
    let distinct = 0;
    for (const list of this.files) {
      let bytes = 0;
      for (const file of list) bytes += fileSize(file);
      const set = new HashSet64(bytes / 8);
      for (const file of list) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch {
          continue;
        }
        // A Uint32Array view needs 4-byte alignment; copy in the rare case the buffer is not.
        const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
        const pairs = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
        for (let i = 0; i < pairs.length; i += 2)
          if (!set.add(pairs[i]!, pairs[i + 1]!)) suspect(`${pairs[i]}:${pairs[i + 1]}`);
        rmSync(file, { force: true });
      }
      distinct += set.size;
    }
    for (const list of this.files)
      for (const f of list) rmSync(path.dirname(f), { recursive: true, force: true });
    return distinct;
  }
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
  private hashes = new HashSet64();
  /** Once the set outgrows memory: pairs go to 64 partition files by their top bits instead. */
  private spill: HashSpill | undefined;

  /** `hash` is replaceable so tests can force collisions; `spillAt` is the in-memory limit. */
  constructor(
    private readonly hash: (s: string) => [number, number] = hash64,
    private readonly spillAt = SPILL_AT,
    private readonly spillDir: MakeSpillDir = defaultSpillDir,
  ) {}
  /** Hash pairs seen more than once in the first pass. */
  private readonly suspects = new Set<string>();
  /** Second pass: per suspect hash, the distinct strings and where each first appeared. */
  private readonly resolved = new Map<string, Map<string, Seen>>();
  readonly duplicates: Seen[] = [];
  duplicateCount = 0;
  private extraDistinct = 0;
  /** Distinct pairs counted when the spilled partitions were read back. */
  private spilledDistinct = 0;

  /** First pass. */
  add(text: string): void {
    const [a, b] = this.hash(text);
    this.addHash(a, b);
  }

  /**
   * First pass, from the bytes [s, e) of a cell: when they are all ASCII each byte is its
   * character code, so this is hash64 of the text, computed without making it; false (nothing
   * added) when a byte is not ASCII or the tracker hashes otherwise (tests).
   */
  addAscii(bytes: Uint8Array, s: number, e: number): boolean {
    if (this.hash !== hash64 || !hash64Bytes(bytes, s, e, pair)) return false;
    this.addHash(pair[0]!, pair[1]!);
    return true;
  }

  /** First pass, from a hash computed elsewhere. */
  addHash(a: number, b: number): void {
    if (this.spill) {
      this.spill.add(a, b);
      return;
    }
    if (!this.hashes.add(a, b)) this.suspects.add(`${a}:${b}`);
    if (this.hashes.size >= this.spillAt) this.startSpilling();
  }

  private startSpilling(): void {
    this.spill = new HashSpill(this.spillDir());
    const pairs = this.hashes.pairs();
    for (let i = 0; i < pairs.length; i += 2) this.spill.add(pairs[i]!, pairs[i + 1]!);
    this.hashes = new HashSet64();
  }

  /**
   * End of the first pass: read the spilled partitions back one at a time (memory: one
   * partition's set) to find the pairs seen twice. Call before needsVerification and distinct.
   */
  finishFirstPass(): void {
    if (!this.spill) return;
    this.spilledDistinct = this.spill.finish((key) => this.suspects.add(key));
    this.spill = undefined;
  }

  /** The first pass's state, to merge into the tracker of another part of the same data. */
  exportState(): { pairs: Uint32Array; suspects: string[]; files?: string[][] } {
    if (this.spill)
      return { pairs: new Uint32Array(0), suspects: [...this.suspects], files: this.spill.flush() };
    return { pairs: this.hashes.pairs(), suspects: [...this.suspects] };
  }

  /** Merge another part's first pass: a hash both parts saw is a suspect, like one seen twice here. */
  mergeState(state: { pairs: Uint32Array; suspects: string[]; files?: string[][] }): void {
    if (state.files) {
      if (!this.spill) this.startSpilling();
      this.spill!.adopt(state.files);
    }
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
    return this.hashes.size + this.spilledDistinct + this.extraDistinct;
  }
}
