/**
 * Example ids of many rows, kept as one run of UTF-8 bytes and each id's end offset: no string
 * per row (millions of ids cost their bytes plus four bytes each). Ids from a CSV are copied
 * byte for byte; ids from strings (JSON, Parquet, escaped CSV fields) are encoded as UTF-8, so
 * the same text gives the same bytes whatever the file format.
 */
import { hash64Bytes } from "../readers/hash-set.js";

/** The ids of the rows read, in row order. */
export class IdColumn {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private ends = new Uint32Array(1024);
  /** Ids held. */
  count = 0;

  /** An id column holding `ids` (tests, small inputs). */
  static of(ids: string[]): IdColumn {
    const c = new IdColumn();
    for (const id of ids) c.pushText(id);
    return c;
  }

  /** Append the id in bytes [s, e) of `buf`. */
  pushBytes(buf: Uint8Array, s: number, e: number): void {
    this.room(e - s);
    this.bytes.set(buf.subarray(s, e), this.used);
    this.used += e - s;
    this.end();
  }

  /** Append an id given as text. */
  pushText(text: string): void {
    this.room(Buffer.byteLength(text));
    this.used += Buffer.from(this.bytes.buffer, this.bytes.byteOffset).write(text, this.used, "utf8");
    this.end();
  }

  /** Id `i` as text (messages). */
  text(i: number): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset).toString(
      "utf8",
      this.start(i),
      this.ends[i],
    );
  }

  /** Whether `other` holds the same ids in the same order. */
  sameAs(other: IdColumn): boolean {
    if (this.count !== other.count || this.used !== other.used) return false;
    const a = (x: IdColumn) => Buffer.from(x.bytes.buffer, x.bytes.byteOffset, x.used);
    const e = (x: IdColumn) => Buffer.from(x.ends.buffer, x.ends.byteOffset, x.count * 4);
    return a(this).equals(a(other)) && e(this).equals(e(other));
  }

  /** Two 32-bit hashes of id `i`, into `out`. */
  hash(i: number, out: Uint32Array): void {
    hash64Bytes(this.bytes, this.start(i), this.ends[i]!, out);
  }

  /** Whether id `i` equals id `j` of `other`. */
  equal(i: number, other: IdColumn, j: number): boolean {
    const s = this.start(i);
    const len = this.ends[i]! - s;
    const t = other.start(j);
    if (other.ends[j]! - t !== len) return false;
    for (let k = 0; k < len; k++) if (this.bytes[s + k] !== other.bytes[t + k]) return false;
    return true;
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]!;
  }

  private room(n: number): void {
    if (this.used + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.used + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.used));
    this.bytes = next;
  }

  private end(): void {
    if (this.count === this.ends.length) {
      const next = new Uint32Array(this.ends.length * 2);
      next.set(this.ends);
      this.ends = next;
    }
    this.ends[this.count++] = this.used;
  }
}
