/**
 * A 128-bit hash of a row's cells (four 32-bit lanes over the cells' UTF-8 bytes, each cell
 * followed by its length so that ("ab", "c") and ("a", "bc") differ). Leakage and conflicting
 * labels compare rows by this hash alone: two different rows share one with probability about
 * n² / 2^129 (under 10^-24 for ten million rows), so the counts are exact unless that happens;
 * the example rows shown are confirmed against their text.
 */

/** Hashes one row at a time: reset(), cells, then digest(out, at). */
export class RowHash {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  /** Start a new row. */
  reset(): void {
    this.a = 0x811c9dc5;
    this.b = 0x9747b28c;
    this.c = 0x85ebca6b;
    this.d = 0x27d4eb2f;
  }

  /** One cell from bytes [s, e) (UTF-8). */
  bytes(buf: Uint8Array, s: number, e: number): void {
    let { a, b, c, d } = this;
    for (let i = s; i < e; i++) {
      const x = buf[i]!;
      a = Math.imul(a ^ x, 0x01000193);
      b = Math.imul(b ^ x, 0x5bd1e995);
      b = (b << 13) | (b >>> 19);
      c = Math.imul(c + x, 0xcc9e2d51);
      c = (c << 15) | (c >>> 17);
      d = Math.imul(d ^ (x + 0x9e), 0x1b873593);
      d = (d << 11) | (d >>> 21);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.end(e - s);
  }

  /** One cell as text (hashed as its UTF-8 bytes, like bytes()). */
  text(s: string): void {
    let ascii = true;
    for (let i = 0; i < s.length; i++)
      if (s.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    if (!ascii) {
      const b = Buffer.from(s, "utf8");
      this.bytes(b, 0, b.length);
      return;
    }
    let { a, b, c, d } = this;
    for (let i = 0; i < s.length; i++) {
      const x = s.charCodeAt(i);
      a = Math.imul(a ^ x, 0x01000193);
      b = Math.imul(b ^ x, 0x5bd1e995);
      b = (b << 13) | (b >>> 19);
      c = Math.imul(c + x, 0xcc9e2d51);
      c = (c << 15) | (c >>> 17);
      d = Math.imul(d ^ (x + 0x9e), 0x1b873593);
      d = (d << 11) | (d >>> 21);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.end(s.length);
  }

  /** The end of a cell: its length mixed into every lane. */
  private end(n: number): void {
    this.a = Math.imul(this.a ^ n ^ 0xff, 0x01000193);
    this.b = Math.imul(this.b ^ n, 0x5bd1e995);
    this.c = Math.imul(this.c + n + 1, 0xcc9e2d51);
    this.d = Math.imul(this.d ^ (n + 0x3c), 0x1b873593);
  }

  /** The row's hash into out[at .. at + 4) (never all zero: zero marks an empty slot). */
  digest(out: Uint32Array, at: number): void {
    // murmur3's finaliser per lane, each lane folded with the others so that every bit counts.
    const a = fmix(this.a ^ this.d);
    const b = fmix(this.b ^ a);
    const c = fmix(this.c ^ b);
    const d = fmix(this.d ^ c);
    out[at] = a >>> 0 || 1;
    out[at + 1] = b >>> 0;
    out[at + 2] = c >>> 0;
    out[at + 3] = d >>> 0;
  }
}

/** murmur3's 32-bit finaliser. */
function fmix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
