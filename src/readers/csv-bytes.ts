/**
 * A byte-level CSV/TSV scanner for the hot paths (predictions, large datasets): it splits raw bytes
 * into rows and fields without building a string per field. Each chunk yields a batch of complete
 * rows as offsets into the bytes; numbers are parsed straight from the bytes and group columns are
 * dictionary-encoded from them. Same grammar as CsvParser (RFC 4180, quotes only at a field's
 * start, CR, LF or CRLF, blank lines skipped, BOM dropped); a test runs both on the same inputs.
 */
import { isAscii, isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
import { CsvError } from "./csv-parser.js";
import { RowGather } from "./row-gather.js";
import { cellNumber, isDecimalBytes, isMissing, toNumber } from "./values.js";

const QUOTE = 34;
/** Bytes read at a time by scanFile. */
const READ_CHUNK = 1 << 20;
const CR = 13;
const LF = 10;
/**
 * A cut row and the next chunk together up to this size are joined and scanned again (the next
 * chunk almost always ends the row); beyond it the row is gathered until it ends.
 */
const GATHER_ABOVE = 1 << 16;

/** A copy of `a` with twice the room. */
function twice(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Rows of one chunk: fields as [start, end) byte ranges into `buf`. */
export class CsvBatch {
  buf: Buffer = Buffer.alloc(0);
  rows = 0;
  /** Row r has fields fieldOf[r] .. fieldOf[r + 1] - 1. */
  fieldOf = new Int32Array(1024);
  start = new Int32Array(4096);
  end = new Int32Array(4096);
  /** 1-based line where each row starts. */
  line = new Int32Array(1024);
  /** Where each row starts in `buf`. */
  rowStart = new Int32Array(1024);
  /** The file offset of `buf[0]` (of the decompressed bytes for .gz). */
  base = 0;
  /**
   * Fields whose text is not a plain byte range (doubled quotes, text after a closing quote):
   * flagged here, their text decoded only when asked for (from [start, end) and the tail up to
   * tailEnd[f]).
   */
  specials = 0;
  private specialFlag = new Uint8Array(4096);
  private tailEnd = new Int32Array(4096);
  /** Index of the batch's first row among all rows of the file (the header is row 0). */
  firstIndex = 0;
  /** The batch's bytes are all ASCII: text is then decoded as Latin-1, which is the same and faster. */
  ascii = false;
  fields = 0;

  reset(buf: Buffer, firstIndex: number): void {
    this.buf = buf;
    this.rows = 0;
    if (this.specials > 0) this.specialFlag.fill(0);
    this.specials = 0;
    this.fields = 0;
    this.firstIndex = firstIndex;
    this.fieldOf[0] = 0;
  }

  addField(s: number, e: number): number {
    if (this.fields === this.start.length) this.grow();
    this.start[this.fields] = s;
    this.end[this.fields] = e;
    return this.fields++;
  }

  /** Twice the room for fields. */
  grow(): void {
    this.start = twice(this.start);
    this.end = twice(this.end);
    this.tailEnd = twice(this.tailEnd);
    const flags = new Uint8Array(this.specialFlag.length * 2);
    flags.set(this.specialFlag);
    this.specialFlag = flags;
  }

  endRow(line: number, start: number): void {
    if (this.rows + 2 > this.fieldOf.length) {
      this.fieldOf = twice(this.fieldOf);
      this.line = twice(this.line);
      this.rowStart = twice(this.rowStart);
    }
    this.line[this.rows] = line;
    this.rowStart[this.rows] = start;
    this.rows++;
    this.fieldOf[this.rows] = this.fields;
  }

  /** The file offset where row `r` starts: a key for sampling that no split of the file changes. */
  rowOffset(r: number): number {
    return this.base + this.rowStart[r]!;
  }

  /** Drop the last row (a blank line). */
  dropRow(): void {
    this.rows--;
    this.fields = this.fieldOf[this.rows]!;
  }

  /** Mark the quoted field just added as special: its text continues up to `tailEnd`. */
  markSpecial(f: number, tailEnd: number): void {
    this.specialFlag[f] = 1;
    this.tailEnd[f] = tailEnd;
    this.specials++;
  }

  /** Whether field `f`'s text is not simply its byte range. */
  isSpecial(f: number): boolean {
    return this.specials > 0 && this.specialFlag[f] === 1;
  }

  /** Field `f`'s text. */
  text(f: number): string {
    const s = this.start[f]!;
    const e = this.end[f]!;
    if (!this.isSpecial(f)) return this.slice(s, e);
    // Inside quotes a quote only appears doubled; the tail follows the closing quote.
    return (
      this.buf.toString("utf8", s, e).replaceAll('""', '"') +
      this.buf.toString("utf8", e + 1, this.tailEnd[f])
    );
  }

  /** Cell `i` of row `r` as text ("" past the end of a short row). */
  cell(r: number, i: number): string {
    const f = this.fieldOf[r]! + i;
    return f < this.fieldOf[r + 1]! ? this.text(f) : "";
  }

  /** Every cell of row `r` as text (a header). */
  rowTexts(r: number): string[] {
    return Array.from({ length: this.fieldOf[r + 1]! - this.fieldOf[r]! }, (_, i) => this.cell(r, i));
  }

  /** Bytes [s, e) as text. */
  slice(s: number, e: number): string {
    return this.buf.toString(this.ascii ? "latin1" : "utf8", s, e);
  }

  /** Field `f` as a number: NaN when empty, a missing marker, or not a number. */
  num(f: number): number {
    if (!this.isSpecial(f)) {
      const v = parseNumber(this.buf, this.start[f]!, this.end[f]!);
      if (!Number.isNaN(v)) return v;
    }
    return cellNumber(this.text(f));
  }
}

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * Parse a plain decimal (`-12.5`, `3`, `0.000123`, `1e-5`) from bytes, exactly as Number() would:
 * up to 15 significant digits and a power of ten up to 22 are exact in float64 (Clinger's fast
 * path); anything else returns NaN and the caller falls back to Number() on the text.
 */
export function parseNumber(b: Uint8Array, s: number, e: number): number {
  let i = s;
  if (i >= e) return Number.NaN;
  let neg = false;
  let c = b[i]!;
  if (c === 45 || c === 43) {
    neg = c === 45;
    if (++i >= e) return Number.NaN;
    c = b[i]!;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  for (; i < e; i++) {
    c = b[i]!;
    if (c < 48 || c > 57) break;
    any = true;
    if (mantissa !== 0 || c !== 48) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    }
  }
  if (i < e && b[i] === 46) {
    i++;
    for (; i < e; i++) {
      c = b[i]!;
      if (c < 48 || c > 57) break;
      any = true;
      if (mantissa !== 0 || c !== 48) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
      }
      scale--;
    }
  }
  if (!any || digits > 15) return Number.NaN;
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    i++;
    let eneg = false;
    if (i < e && (b[i] === 45 || b[i] === 43)) eneg = b[i++] === 45;
    let exp = 0;
    let expDigits = 0;
    for (; i < e; i++) {
      c = b[i]!;
      if (c < 48 || c > 57) break;
      exp = exp * 10 + (c - 48);
      expDigits++;
      if (exp > 400) return Number.NaN;
    }
    if (!expDigits) return Number.NaN;
    scale += eneg ? -exp : exp;
  }
  if (i !== e) return Number.NaN;
  let v: number;
  if (mantissa === 0) v = 0;
  else if (scale === 0) v = mantissa;
  else if (scale > 0 && scale <= 22) v = mantissa * POW10[scale]!;
  else if (scale < 0 && scale >= -22) v = mantissa / POW10[-scale]!;
  else return Number.NaN;
  return neg ? -v : v;
}

/**
 * The number a cell's bytes hold, or undefined when they are not a plain decimal number: the
 * exact fast path, else (a long or huge decimal) Number() on the text, as toNumber reads it.
 */
export function bytesNumber(b: Uint8Array, s: number, e: number): number | undefined {
  const v = parseNumber(b, s, e);
  if (!Number.isNaN(v)) return v;
  return isDecimalBytes(b, s, e)
    ? toNumber(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString("latin1"))
    : undefined;
}

/**
 * Push raw chunks; complete rows come back in batches through `onBatch`. The bytes of a row that a
 * chunk cuts are kept and scanned again with the next chunk; a row longer than that is gathered
 * (RowGather) until its end has come, then scanned once.
 */
export class CsvByteScanner {
  private carry: Buffer | undefined;
  private line = 1;
  private rowIndex = 0;
  private pendingCr = false;
  private first = true;
  private readonly batch = new CsvBatch();
  private readonly d: number;
  /** The file offset of the next byte to scan. */
  private base = 0;
  /** A row longer than the bytes that came with it, gathered until its end comes. */
  private readonly gather: RowGather;

  constructor(
    private readonly onBatch: (batch: CsvBatch) => void,
    delimiter = ",",
    /** Cut rows longer than this are gathered rather than joined again (tests make it 0). */
    private readonly gatherAbove = GATHER_ABOVE,
  ) {
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127)
      throw new Error("the delimiter must be one ASCII character");
    this.d = delimiter.charCodeAt(0);
    this.gather = new RowGather(this.d);
  }

  /** The 1-based line reached so far. */
  get currentLine(): number {
    return this.line;
  }

  push(chunk: Buffer): void {
    const buf = this.joinCarry(this.carry, chunk);
    this.carry = undefined;
    if (!buf) return;
    const data = this.dropBom(buf, false);
    if (data) this.scan(data, false);
    else this.carry = buf;
  }

  /**
   * The bytes to scan now: `chunk` after the cut row `carry`, or undefined while a long row is
   * still being gathered (its end has not come). A short carry is joined by a copy: it is
   * scanned again with the next chunk, which almost always ends it; a longer one is gathered.
   */
  private joinCarry(carry: Buffer | undefined, chunk: Buffer): Buffer | undefined {
    const g = this.gather;
    if (!carry?.length && !g.active) return chunk;
    if (!g.active) {
      if (carry!.length + chunk.length <= this.gatherAbove) return Buffer.concat([carry!, chunk]);
      g.begin(carry!);
    }
    g.append(chunk);
    return g.rowEnded() ? g.take() : undefined;
  }

  /**
   * `buf` without the byte-order mark when it holds the file's first bytes; undefined while fewer
   * than three bytes have come (a mark may still be forming), unless they are all there are.
   */
  private dropBom(buf: Buffer, final: boolean): Buffer | undefined {
    if (!this.first) return buf;
    if (buf.length < 3 && !final) return undefined;
    this.first = false;
    if (buf[0] !== 0xef || buf[1] !== 0xbb || buf[2] !== 0xbf) return buf;
    this.base += 3;
    return buf.subarray(3);
  }

  /**
   * Scan bytes [start, end) of a plain file through two reused buffers: the next read runs
   * while this chunk is scanned, and the row a chunk cuts is copied into the room left before
   * the next chunk, so there is no allocation or copy per chunk. Ends the scan. `onBytes` hears
   * the bytes read so far.
   */
  async scanFile(
    path: string,
    start = 0,
    end = Number.POSITIVE_INFINITY,
    onBytes?: (bytes: number) => void,
    /** Bytes per read (tests make it tiny to cut rows everywhere). */
    chunk = READ_CHUNK,
  ): Promise<void> {
    const handle = await open(path, "r");
    this.base = start;
    // Room for a cut row in front of each chunk; longer rows are joined by a copy.
    const room = Math.min(chunk, 1 << 16);
    const buffers = [Buffer.allocUnsafe(room + chunk), Buffer.allocUnsafe(room + chunk)];
    const read = (into: Buffer, position: number) => {
      const want = Math.min(chunk, end - position);
      return want > 0 ? handle.read(into, room, want, position) : Promise.resolve({ bytesRead: 0 });
    };
    let position = start;
    let current = 0;
    let pending = read(buffers[0]!, position);
    try {
      let carry: Buffer | undefined;
      for (;;) {
        const { bytesRead } = await pending;
        if (bytesRead === 0) break;
        position += bytesRead;
        onBytes?.(position - start);
        const buf = buffers[current]!;
        const fresh = buf.subarray(room, room + bytesRead);
        let data: Buffer | undefined;
        if (carry && carry.length <= Math.min(room, this.gatherAbove) && !this.gather.active) {
          carry.copy(buf, room - carry.length);
          data = buf.subarray(room - carry.length, room + bytesRead);
        } else data = this.joinCarry(carry, fresh);
        carry = undefined;
        // The other buffer holds nothing needed now (its cut row was just copied): read into it.
        current = 1 - current;
        pending = read(buffers[current]!, position);
        // A long row whose end has not come yet: wait for more.
        if (!data) continue;
        const scanned = this.dropBom(data, false);
        if (!scanned) {
          carry = Buffer.from(data);
          continue;
        }
        this.scan(scanned, false);
        carry = this.carry;
        this.carry = undefined;
      }
      // Copied: the final scan keeps nothing, but the bytes must not change under it.
      if (this.gather.active) carry = this.gather.take();
      if (carry?.length) this.scan(this.dropBom(Buffer.from(carry), true)!, true);
    } finally {
      // A read may still be under way when a scan throws: let it settle before closing.
      await pending.catch(() => undefined);
      await handle.close();
    }
  }

  end(): void {
    if (this.gather.active) this.carry = this.gather.take();
    if (this.carry) {
      const buf = this.carry;
      this.carry = undefined;
      this.scan(this.dropBom(buf, true)!, true);
    }
  }

  private scan(buf: Buffer, final: boolean): void {
    const b = this.batch;
    b.reset(buf, this.rowIndex);
    b.base = this.base;
    const n = buf.length;
    const d = this.d;
    // Bytes above the delimiter, LF and the quote end no field: one comparison for most bytes.
    const plain = Math.max(d, LF, QUOTE);
    let i = 0;
    let line = this.line;
    let consumed = 0;
    if (this.pendingCr && n > 0) {
      this.pendingCr = false;
      if (buf[0] === LF) i = consumed = 1;
    }
    // Where the next CR is (found by the native search, refreshed once passed): rows before it
    // take the fast path.
    let nextCr = -2;
    rows: while (i < n) {
      if (nextCr !== -1 && nextCr < i) nextCr = buf.indexOf(CR, i);
      const limit = nextCr !== -1 && nextCr < n ? nextCr : n;
      const firstField = b.fields;
      let from = i;
      let k = i;
      // Field ends go straight into the batch's arrays (addField's work, without a call each).
      let starts = b.start;
      let ends = b.end;
      let fields = firstField;
      /** The row's last field was quoted: its text is [lastStart, lastEnd). */
      let lastStart = -1;
      let lastEnd = -1;
      /** A field the fast path does not take (a doubled quote, text after the quote, …). */
      let general = false;
      for (; k < limit; k++) {
        const c = buf[k]!;
        if (c > plain) continue;
        if (c === d) {
          if (fields === starts.length) {
            b.fields = fields;
            b.grow();
            starts = b.start;
            ends = b.end;
          }
          starts[fields] = from;
          ends[fields] = k;
          fields++;
          from = k + 1;
        } else if (c === LF) break;
        else if (c === QUOTE && k === from) {
          // A quoted field (R's write.csv, Spark's quoteAll quote every string): taken here,
          // quotes stripped and no copy, when no quote is doubled, no line break is inside
          // and a delimiter or the row's end follows the closing quote.
          let q = k + 1;
          while (q < limit) {
            const x = buf[q]!;
            if (x === QUOTE || x === LF) break;
            q++;
          }
          const after = q + 1;
          if (q >= limit || buf[q] !== QUOTE || after > limit) {
            general = true;
            break;
          }
          const a = after < limit ? buf[after]! : CR;
          if (a === d) {
            if (fields === starts.length) {
              b.fields = fields;
              b.grow();
              starts = b.start;
              ends = b.end;
            }
            starts[fields] = k + 1;
            ends[fields] = q;
            fields++;
            from = after + 1;
            k = after;
          } else if (a === LF || (after === nextCr && after + 1 < n && buf[after + 1] === LF)) {
            lastStart = k + 1;
            lastEnd = q;
            k = after;
            break;
          } else {
            general = true;
            break;
          }
        }
      }
      b.fields = fields;
      let next = -1;
      if (!general) {
        if (k < limit) next = k + 1;
        else if (k === nextCr && k + 1 < n && buf[k + 1] === LF) next = k + 2;
      }
      if (next !== -1) {
        // A whole row without quotes that need the general path, ended by LF or CRLF.
        if (k === i) {
          // A blank line is not a row.
          line++;
          i = consumed = next;
          continue;
        }
        if (lastStart !== -1) b.addField(lastStart, lastEnd);
        else b.addField(from, k);
        b.endRow(line, i);
        line++;
        i = consumed = next;
        continue;
      }
      // The general path, from the field the fast path stopped in (the fields before it are
      // whole): quotes, a lone CR, or the chunk's end.
      const rowLine = line;
      let extraLines = 0;
      let j = from;
      let quotedAny = false;
      for (;;) {
        if (j < n && buf[j] === QUOTE) {
          quotedAny = true;
          let q = j + 1;
          let doubled = false;
          for (;;) {
            if (q >= n) {
              if (final)
                throw new CsvError("a quoted field is not closed before the end of the file", rowLine);
              break rows;
            }
            const c = buf[q]!;
            if (c === QUOTE) {
              if (q + 1 < n && buf[q + 1] === QUOTE) {
                doubled = true;
                q += 2;
                continue;
              }
              if (q + 1 >= n && !final) break rows;
              break;
            }
            // Lines inside a quoted field count at LF, as the string parser counts them.
            if (c === LF) extraLines++;
            q++;
          }
          const contentEnd = q;
          q++;
          const tailStart = q;
          while (q < n) {
            const c = buf[q]!;
            if (c === d || c === LF || c === CR) break;
            q++;
          }
          if (q >= n && !final) break rows;
          const f = b.addField(j + 1, contentEnd);
          if (doubled || q > tailStart) b.markSpecial(f, q);
          j = q;
        } else {
          let q = j;
          while (q < n) {
            const c = buf[q]!;
            if (c === d || c === LF || c === CR) break;
            q++;
          }
          if (q >= n && !final) break rows;
          b.addField(j, q);
          j = q;
        }
        if (j >= n) {
          // The file ends without a newline.
          line += extraLines;
          break;
        }
        const c = buf[j]!;
        if (c === d) {
          j++;
          continue;
        }
        // End of the row: CR, LF or CRLF.
        if (c === CR) {
          if (j + 1 < n) {
            if (buf[j + 1] === LF) j++;
          } else if (!final) this.pendingCr = true;
        }
        j++;
        line += 1 + extraLines;
        break;
      }
      b.endRow(rowLine, i);
      // A blank line is not a row.
      if (b.fields - firstField === 1 && !quotedAny && b.start[firstField] === b.end[firstField]) b.dropRow();
      i = j;
      consumed = j;
    }
    if (consumed < n) {
      if (final) throw new CsvError("unexpected end of the file", line);
      this.carry = buf.subarray(consumed);
    }
    // Whole rows end on ASCII bytes, so the consumed part is whole characters.
    b.ascii = isAscii(buf.subarray(0, consumed));
    if (!b.ascii && !isUtf8(buf.subarray(0, consumed))) {
      for (let r = 0; r < b.rows; r++) {
        const s = b.start[b.fieldOf[r]!] ?? 0;
        const e = r + 1 < b.rows ? b.start[b.fieldOf[r + 1]!]! : consumed;
        if (!isUtf8(buf.subarray(Math.max(0, s - 1), e)))
          throw new CsvError("the file is not valid UTF-8", b.line[r]!);
      }
      throw new CsvError("the file is not valid UTF-8", this.line);
    }
    this.line = line;
    this.base += consumed;
    this.rowIndex += b.rows;
    if (b.rows) this.onBatch(b);
  }
}

/** Dictionary codes for a column of few distinct values, looked up by bytes (no string per cell). */
export class ByteDictionary {
  readonly values: string[] = [];
  private readonly byText = new Map<string, number>();
  /**
   * Byte keys, end to end in one growing array (one array per key cost ~150 bytes each: a wide
   * file has a dictionary per column), where each starts and ends, and the code each stands for
   * (a missing marker's bytes stand for the missing code).
   */
  private keyArena = new Uint8Array(64);
  private arenaUsed = 0;
  private readonly keyStart: number[] = [];
  private readonly keyEnd: number[] = [];
  private readonly keyCode: number[] = [];
  /** Open addressing on a hash of the bytes: slot -> key index + 1 (small at first: one per column of a wide file). */
  private table = new Int32Array(8);

  constructor(private readonly missing = "(missing)") {}

  /** The code of a cell's text (missing markers share one code), added if new. */
  codeOfText(raw: string): number {
    const text = isMissing(raw) ? this.missing : raw;
    let c = this.byText.get(text);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(text);
      this.byText.set(text, c);
    }
    return c;
  }

  /** The code of field `f` of a batch. */
  codeOfField(batch: CsvBatch, f: number): number {
    if (batch.isSpecial(f)) return this.codeOfText(batch.text(f));
    return this.codeOfBytes(batch.buf, batch.start[f]!, batch.end[f]!);
  }

  /** The code a text already has, or -1. */
  codeOfExisting(raw: string): number {
    return this.byText.get(isMissing(raw) ? this.missing : raw) ?? -1;
  }

  /** The code of the UTF-8 text in bytes [s, e) of `buf`. */
  codeOfBytes(buf: Uint8Array, s: number, e: number): number {
    const known = this.lookup(buf, s, e);
    if (known >= 0) return known;
    const code = this.codeOfText(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString("utf8"));
    this.addKey(buf, s, e, code);
    return code;
  }

  /** The code these bytes were seen with before, or -1. */
  private lookup(buf: Uint8Array, s: number, e: number): number {
    const h = hashBytes(buf, s, e);
    const mask = this.table.length - 1;
    const arena = this.keyArena;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.table[slot]! - 1;
      if (k < 0) break;
      const ks = this.keyStart[k]!;
      const len = this.keyEnd[k]! - ks;
      if (len !== e - s) continue;
      // A byte loop: group values are short, and Buffer.compare's checks cost more than the work.
      let q = 0;
      while (q < len && arena[ks + q] === buf[s + q]) q++;
      if (q === len) return this.keyCode[k]!;
    }
    return -1;
  }

  private addKey(buf: Uint8Array, s: number, e: number, code: number): void {
    if (this.arenaUsed + (e - s) > this.keyArena.length) {
      const bigger = new Uint8Array(Math.max(this.keyArena.length * 2, this.arenaUsed + (e - s)));
      bigger.set(this.keyArena.subarray(0, this.arenaUsed));
      this.keyArena = bigger;
    }
    this.keyArena.set(buf.subarray(s, e), this.arenaUsed);
    this.keyStart.push(this.arenaUsed);
    this.arenaUsed += e - s;
    this.keyEnd.push(this.arenaUsed);
    this.keyCode.push(code);
    const keys = this.keyCode.length;
    if (keys * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 4);
      for (let k = 0; k < keys; k++) this.place(k);
    } else this.place(keys - 1);
  }

  private place(k: number): void {
    const mask = this.table.length - 1;
    let slot = hashBytes(this.keyArena, this.keyStart[k]!, this.keyEnd[k]!) & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = k + 1;
  }
}

/** FNV-1a over a byte range. */
function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 2166136261;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 16777619);
  return h >>> 0;
}
