/**
 * Fixed-width records of 32-bit words (a 128-bit hash first, then what the caller keeps: a row,
 * a line, a second hash), kept in memory up to a size and spilled past it to 64 partition files
 * by the hash's top bits, so that joining or grouping them needs one partition in memory at a
 * time: memory stays flat whatever the row count (the approach of `unique`, src/readers/hash-set.ts).
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { makeTempDir, tempRoot } from "../../io/temp-space.js";
import type { MakeSpillDir } from "../../readers/hash-set.js";

/** Partitions, by the top 6 bits of the hash's first word. */
export const PARTITIONS = 64;
/** Words kept in memory before the records spill to disk (16 MB). */
const SPILL_WORDS = 1 << 22;
/** Words buffered per partition before a write. */
const BUFFER_WORDS = 1 << 14;

/** What one set of partitions hands to another thread: files, and the offsets its rows take there. */
export interface PartitionState {
  words: Uint32Array;
  files?: string[];
}

/** One source of records: its words in memory or its partition files, and the shift of its rows. */
interface Source {
  words?: Uint32Array;
  dir?: string;
  /** Added to the words `shifted` names, in its order. */
  offsets: number[];
  /** In-memory words by partition, split once when first read back. */
  split?: Uint32Array[];
}

/** Records by partition, in one counting pass and one placing pass. */
function splitWords(all: Uint32Array, w: number): Uint32Array[] {
  const counts = new Uint32Array(PARTITIONS);
  for (let i = 0; i < all.length; i += w) counts[all[i]! >>> 26]!++;
  const parts = Array.from(counts, (c) => new Uint32Array(c * w));
  const fill = new Uint32Array(PARTITIONS);
  for (let i = 0; i < all.length; i += w) {
    const p = all[i]! >>> 26;
    const out = parts[p]!;
    let f = fill[p]!;
    for (let k = 0; k < w; k++) out[f++] = all[i + k]!;
    fill[p] = f;
  }
  return parts;
}

/**
 * Records of `width` words. `shifted` names the words holding numbers that count from a part's
 * start (a row, a line, a file index): merged parts give the offsets to add when read back.
 */
export class HashPartitions {
  private mem: Uint32Array;
  private n = 0;
  private dir: string | undefined;
  private buffers: Uint32Array[] | undefined;
  private fill = new Uint32Array(PARTITIONS);
  private fds: (number | undefined)[] = new Array(PARTITIONS).fill(undefined);
  private readonly adopted: Source[] = [];

  constructor(
    readonly width: number,
    readonly shifted: number[],
    private readonly spillDir: MakeSpillDir = () => makeTempDir(tempRoot(), "rows-"),
    private readonly spillWords = SPILL_WORDS,
  ) {
    this.mem = new Uint32Array(Math.min(1024 * width, spillWords));
  }

  /** Add one record (its first `width` words). */
  add(rec: Uint32Array): void {
    if (this.buffers) {
      this.spill(rec);
      return;
    }
    if (this.n + this.width > this.mem.length) {
      if (this.mem.length >= this.spillWords) {
        this.startSpilling();
        this.spill(rec);
        return;
      }
      const bigger = new Uint32Array(Math.min(this.mem.length * 2, this.spillWords));
      bigger.set(this.mem);
      this.mem = bigger;
      if (this.n + this.width > this.mem.length) {
        this.startSpilling();
        this.spill(rec);
        return;
      }
    }
    // A word at a time: a subarray per record cost more than the copy.
    const mem = this.mem;
    const n = this.n;
    for (let k = 0; k < this.width; k++) mem[n + k] = rec[k]!;
    this.n = n + this.width;
  }

  private startSpilling(): void {
    this.dir = this.spillDir();
    this.buffers = Array.from({ length: PARTITIONS }, () => new Uint32Array(BUFFER_WORDS));
    const kept = this.mem.subarray(0, this.n);
    this.mem = new Uint32Array(0);
    this.n = 0;
    for (let i = 0; i < kept.length; i += this.width) this.spill(kept.subarray(i, i + this.width));
  }

  private spill(rec: Uint32Array): void {
    const p = rec[0]! >>> 26;
    const buf = this.buffers![p]!;
    let f = this.fill[p]!;
    for (let k = 0; k < this.width; k++) buf[f++] = rec[k]!;
    this.fill[p] = f;
    if (f + this.width > buf.length) this.write(p);
  }

  private write(p: number): void {
    const f = this.fill[p]!;
    if (!f) return;
    this.fds[p] ??= openSync(path.join(this.dir!, `p${p}`), "a");
    const buf = this.buffers![p]!;
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, f * 4);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fds[p]!, bytes, at, bytes.length - at);
    this.fill[p] = 0;
  }

  private flush(): void {
    if (!this.buffers) return;
    for (let p = 0; p < PARTITIONS; p++) {
      this.write(p);
      if (this.fds[p] !== undefined) closeSync(this.fds[p]!);
      this.fds[p] = undefined;
    }
  }

  /** What this set holds, to merge into another thread's. */
  exportState(): PartitionState {
    this.flush();
    return { words: this.mem.slice(0, this.n), ...(this.dir ? { files: [this.dir] } : {}) };
  }

  /** Take over a later part's records (the words `shifted` names get `offsets` added). */
  mergeState(s: PartitionState, offsets: number[]): void {
    if (s.words.length) this.adopted.push({ words: s.words, offsets });
    for (const dir of s.files ?? []) this.adopted.push({ dir, offsets });
  }

  /**
   * Each partition's records in turn (rows and lines shifted to the whole file's), in the order
   * they were added within each source; partition files are deleted once read.
   */
  *partitions(): Generator<Uint32Array> {
    this.flush();
    const none = this.shifted.map(() => 0);
    const own: Source = { words: this.mem.subarray(0, this.n), offsets: none };
    const sources: Source[] = [this.dir ? { dir: this.dir, offsets: none } : own, ...this.adopted];
    if (this.dir && this.n) sources.push(own);
    const w = this.width;
    for (let p = 0; p < PARTITIONS; p++) {
      const parts: Uint32Array[] = [];
      for (const src of sources) {
        let words: Uint32Array;
        if (src.words) {
          src.split ??= splitWords(src.words, w);
          words = src.split[p]!;
        } else {
          const file = path.join(src.dir!, `p${p}`);
          let bytes: Buffer;
          try {
            bytes = readFileSync(file);
          } catch {
            continue;
          }
          rmSync(file, { force: true });
          words = new Uint32Array(bytes.byteLength / 4);
          new Uint8Array(words.buffer).set(bytes);
        }
        this.shifted.forEach((at, k) => {
          const by = src.offsets[k] ?? 0;
          if (by) for (let i = at; i < words.length; i += w) words[i]! += by;
        });
        parts.push(words);
      }
      let total = 0;
      for (const x of parts) total += x.length;
      const out = new Uint32Array(total);
      let at = 0;
      for (const x of parts) {
        out.set(x, at);
        at += x.length;
      }
      yield out;
    }
    for (const src of sources) if (src.dir) rmSync(src.dir, { recursive: true, force: true });
  }
}
