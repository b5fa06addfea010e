"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_TOHZ7UWI_exports = {};
__export(chunk_TOHZ7UWI_exports, {
  ByteDictionary: () => ByteDictionary,
  CsvByteScanner: () => CsvByteScanner,
  EXAMPLES: () => EXAMPLES,
  UniqueTracker: () => UniqueTracker,
  Violations: () => Violations,
  bytesNumber: () => bytesNumber,
  hash64: () => hash64,
  hash64Bytes: () => hash64Bytes,
  readCsvBatches: () => readCsvBatches
});
module.exports = __toCommonJS(chunk_TOHZ7UWI_exports);
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_node_buffer = require("node:buffer");
var import_promises = require("node:fs/promises");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var EXAMPLES = 5;
var Violations = class {
  count = 0;
  examples = [];
  add(example) {
    this.count++;
    if (this.examples.length < EXAMPLES) this.examples.push(example);
  }
  /** Append a later part's violations; its rows and lines were counted from the part's start. */
  merge(other, rowOffset, lineOffset) {
    for (const e of other.examples)
      if (this.examples.length < EXAMPLES)
        this.examples.push({ ...e, row: e.row + rowOffset, line: e.line + lineOffset });
    this.count += other.count;
  }
};
var QUOTE = 34;
var CR = 13;
var LF = 10;
var FIELD_START = 0;
var UNQUOTED = 1;
var QUOTED = 2;
var QUOTE_SEEN = 3;
var RowGather = class {
  constructor(delimiter) {
    this.delimiter = delimiter;
  }
  delimiter;
  buf = Buffer.alloc(0);
  len = 0;
  /** Bytes already searched for the row's end, and the grammar state after them. */
  searched = 0;
  state = FIELD_START;
  /** Whether a row is being gathered. */
  active = false;
  /** Start gathering from the cut row `bytes` (which may lie in this gatherer's own buffer). */
  begin(bytes) {
    const inside = this.buf.length > 0 && bytes.buffer === this.buf.buffer;
    if (!inside) {
      const next = Buffer.allocUnsafeSlow(Math.max(bytes.length * 2, 1024));
      bytes.copy(next, 0);
      this.buf = next;
    } else bytes.copy(this.buf, 0);
    this.len = bytes.length;
    this.searched = 0;
    this.state = FIELD_START;
    this.active = true;
  }
  /** Add the next chunk's bytes. */
  append(chunk) {
    if (this.len + chunk.length > this.buf.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.len + chunk.length));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    this.buf.set(chunk, this.len);
    this.len += chunk.length;
  }
  /**
   * Whether the bytes so far hold the row's end (a line break outside quotes), searching only the
   * bytes added since the last call.
   */
  rowEnded() {
    const n = this.len;
    const b = this.buf.subarray(0, n);
    const d = this.delimiter;
    let state = this.state;
    let i = this.searched;
    let ended = false;
    while (i < n) {
      if (state === QUOTED) {
        const q = b.indexOf(QUOTE, i);
        if (q === -1) {
          i = n;
          break;
        }
        state = QUOTE_SEEN;
        i = q + 1;
        continue;
      }
      const c = b[i];
      if (c === LF || c === CR) {
        ended = true;
        break;
      }
      if (state === QUOTE_SEEN && c === QUOTE) state = QUOTED;
      else if (c === d) state = FIELD_START;
      else if (state === FIELD_START && c === QUOTE) state = QUOTED;
      else state = UNQUOTED;
      i++;
    }
    this.searched = i;
    this.state = state;
    return ended;
  }
  /** The gathered bytes (valid until the next begin or append), ending the gathering. */
  take() {
    this.active = false;
    return this.buf.subarray(0, this.len);
  }
};
var QUOTE2 = 34;
var READ_CHUNK = 1 << 20;
var CR2 = 13;
var LF2 = 10;
var GATHER_ABOVE = 1 << 16;
function twice(a) {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
var CsvBatch = class {
  buf = Buffer.alloc(0);
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
  specialFlag = new Uint8Array(4096);
  tailEnd = new Int32Array(4096);
  /** Index of the batch's first row among all rows of the file (the header is row 0). */
  firstIndex = 0;
  /** The batch's bytes are all ASCII: text is then decoded as Latin-1, which is the same and faster. */
  ascii = false;
  fields = 0;
  reset(buf, firstIndex) {
    this.buf = buf;
    this.rows = 0;
    if (this.specials > 0) this.specialFlag.fill(0);
    this.specials = 0;
    this.fields = 0;
    this.firstIndex = firstIndex;
    this.fieldOf[0] = 0;
  }
  addField(s, e) {
    if (this.fields === this.start.length) this.grow();
    this.start[this.fields] = s;
    this.end[this.fields] = e;
    return this.fields++;
  }
  /** Twice the room for fields. */
  grow() {
    this.start = twice(this.start);
    this.end = twice(this.end);
    this.tailEnd = twice(this.tailEnd);
    const flags = new Uint8Array(this.specialFlag.length * 2);
    flags.set(this.specialFlag);
    this.specialFlag = flags;
  }
  endRow(line, start) {
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
  rowOffset(r) {
    return this.base + this.rowStart[r];
  }
  /** Drop the last row (a blank line). */
  dropRow() {
    this.rows--;
    this.fields = this.fieldOf[this.rows];
  }
  /** Mark the quoted field just added as special: its text continues up to `tailEnd`. */
  markSpecial(f, tailEnd) {
    this.specialFlag[f] = 1;
    this.tailEnd[f] = tailEnd;
    this.specials++;
  }
  /** Whether field `f`'s text is not simply its byte range. */
  isSpecial(f) {
    return this.specials > 0 && this.specialFlag[f] === 1;
  }
  /** Field `f`'s text. */
  text(f) {
    const s = this.start[f];
    const e = this.end[f];
    if (!this.isSpecial(f)) return this.slice(s, e);
    return this.buf.toString("utf8", s, e).replaceAll('""', '"') + this.buf.toString("utf8", e + 1, this.tailEnd[f]);
  }
  /** Cell `i` of row `r` as text ("" past the end of a short row). */
  cell(r, i) {
    const f = this.fieldOf[r] + i;
    return f < this.fieldOf[r + 1] ? this.text(f) : "";
  }
  /** Every cell of row `r` as text (a header). */
  rowTexts(r) {
    return Array.from({ length: this.fieldOf[r + 1] - this.fieldOf[r] }, (_, i) => this.cell(r, i));
  }
  /** Bytes [s, e) as text. */
  slice(s, e) {
    return this.buf.toString(this.ascii ? "latin1" : "utf8", s, e);
  }
  /** Field `f` as a number: NaN when empty, a missing marker, or not a number. */
  num(f) {
    if (!this.isSpecial(f)) {
      const v = parseNumber(this.buf, this.start[f], this.end[f]);
      if (!Number.isNaN(v)) return v;
    }
    return (0, import_chunk_HOHXXIQW.cellNumber)(this.text(f));
  }
};
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18,
  1e19,
  1e20,
  1e21,
  1e22
];
function parseNumber(b, s, e) {
  let i = s;
  if (i >= e) return Number.NaN;
  let neg = false;
  let c = b[i];
  if (c === 45 || c === 43) {
    neg = c === 45;
    if (++i >= e) return Number.NaN;
    c = b[i];
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  for (; i < e; i++) {
    c = b[i];
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
      c = b[i];
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
      c = b[i];
      if (c < 48 || c > 57) break;
      exp = exp * 10 + (c - 48);
      expDigits++;
      if (exp > 400) return Number.NaN;
    }
    if (!expDigits) return Number.NaN;
    scale += eneg ? -exp : exp;
  }
  if (i !== e) return Number.NaN;
  let v;
  if (mantissa === 0) v = 0;
  else if (scale === 0) v = mantissa;
  else if (scale > 0 && scale <= 22) v = mantissa * POW10[scale];
  else if (scale < 0 && scale >= -22) v = mantissa / POW10[-scale];
  else return Number.NaN;
  return neg ? -v : v;
}
function bytesNumber(b, s, e) {
  const v = parseNumber(b, s, e);
  if (!Number.isNaN(v)) return v;
  return (0, import_chunk_HOHXXIQW.isDecimalBytes)(b, s, e) ? (0, import_chunk_HOHXXIQW.toNumber)(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString("latin1")) : void 0;
}
var CsvByteScanner = class {
  constructor(onBatch, delimiter = ",", gatherAbove = GATHER_ABOVE) {
    this.onBatch = onBatch;
    this.gatherAbove = gatherAbove;
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127)
      throw new Error("the delimiter must be one ASCII character");
    this.d = delimiter.charCodeAt(0);
    this.gather = new RowGather(this.d);
  }
  onBatch;
  gatherAbove;
  carry;
  line = 1;
  rowIndex = 0;
  pendingCr = false;
  first = true;
  batch = new CsvBatch();
  d;
  /** The file offset of the next byte to scan. */
  base = 0;
  /** A row longer than the bytes that came with it, gathered until its end comes. */
  gather;
  /** The 1-based line reached so far. */
  get currentLine() {
    return this.line;
  }
  push(chunk) {
    const buf = this.joinCarry(this.carry, chunk);
    this.carry = void 0;
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
  joinCarry(carry, chunk) {
    const g = this.gather;
    if (!carry?.length && !g.active) return chunk;
    if (!g.active) {
      if (carry.length + chunk.length <= this.gatherAbove) return Buffer.concat([carry, chunk]);
      g.begin(carry);
    }
    g.append(chunk);
    return g.rowEnded() ? g.take() : void 0;
  }
  /**
   * `buf` without the byte-order mark when it holds the file's first bytes; undefined while fewer
   * than three bytes have come (a mark may still be forming), unless they are all there are.
   */
  dropBom(buf, final) {
    if (!this.first) return buf;
    if (buf.length < 3 && !final) return void 0;
    this.first = false;
    if (buf[0] !== 239 || buf[1] !== 187 || buf[2] !== 191) return buf;
    this.base += 3;
    return buf.subarray(3);
  }
  /**
   * Scan bytes [start, end) of a plain file through two reused buffers: the next read runs
   * while this chunk is scanned, and the row a chunk cuts is copied into the room left before
   * the next chunk, so there is no allocation or copy per chunk. Ends the scan. `onBytes` hears
   * the bytes read so far.
   */
  async scanFile(path2, start = 0, end = Number.POSITIVE_INFINITY, onBytes, chunk = READ_CHUNK) {
    const handle = await (0, import_promises.open)(path2, "r");
    this.base = start;
    const room = Math.min(chunk, 1 << 16);
    const buffers = [Buffer.allocUnsafe(room + chunk), Buffer.allocUnsafe(room + chunk)];
    const read = (into, position2) => {
      const want = Math.min(chunk, end - position2);
      return want > 0 ? handle.read(into, room, want, position2) : Promise.resolve({ bytesRead: 0 });
    };
    let position = start;
    let current = 0;
    let pending = read(buffers[0], position);
    try {
      let carry;
      for (; ; ) {
        const { bytesRead } = await pending;
        if (bytesRead === 0) break;
        position += bytesRead;
        onBytes?.(position - start);
        const buf = buffers[current];
        const fresh = buf.subarray(room, room + bytesRead);
        let data;
        if (carry && carry.length <= Math.min(room, this.gatherAbove) && !this.gather.active) {
          carry.copy(buf, room - carry.length);
          data = buf.subarray(room - carry.length, room + bytesRead);
        } else data = this.joinCarry(carry, fresh);
        carry = void 0;
        current = 1 - current;
        pending = read(buffers[current], position);
        if (!data) continue;
        const scanned = this.dropBom(data, false);
        if (!scanned) {
          carry = Buffer.from(data);
          continue;
        }
        this.scan(scanned, false);
        carry = this.carry;
        this.carry = void 0;
      }
      if (this.gather.active) carry = this.gather.take();
      if (carry?.length) this.scan(this.dropBom(Buffer.from(carry), true), true);
    } finally {
      await pending.catch(() => void 0);
      await handle.close();
    }
  }
  end() {
    if (this.gather.active) this.carry = this.gather.take();
    if (this.carry) {
      const buf = this.carry;
      this.carry = void 0;
      this.scan(this.dropBom(buf, true), true);
    }
  }
  scan(buf, final) {
    const b = this.batch;
    b.reset(buf, this.rowIndex);
    b.base = this.base;
    const n = buf.length;
    const d = this.d;
    const plain = Math.max(d, LF2, QUOTE2);
    let i = 0;
    let line = this.line;
    let consumed = 0;
    if (this.pendingCr && n > 0) {
      this.pendingCr = false;
      if (buf[0] === LF2) i = consumed = 1;
    }
    let nextCr = -2;
    rows: while (i < n) {
      if (nextCr !== -1 && nextCr < i) nextCr = buf.indexOf(CR2, i);
      const limit = nextCr !== -1 && nextCr < n ? nextCr : n;
      const firstField = b.fields;
      let from = i;
      let k = i;
      let starts = b.start;
      let ends = b.end;
      let fields = firstField;
      let lastStart = -1;
      let lastEnd = -1;
      let general = false;
      for (; k < limit; k++) {
        const c = buf[k];
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
        } else if (c === LF2) break;
        else if (c === QUOTE2 && k === from) {
          let q = k + 1;
          while (q < limit) {
            const x = buf[q];
            if (x === QUOTE2 || x === LF2) break;
            q++;
          }
          const after = q + 1;
          if (q >= limit || buf[q] !== QUOTE2 || after > limit) {
            general = true;
            break;
          }
          const a = after < limit ? buf[after] : CR2;
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
          } else if (a === LF2 || after === nextCr && after + 1 < n && buf[after + 1] === LF2) {
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
        else if (k === nextCr && k + 1 < n && buf[k + 1] === LF2) next = k + 2;
      }
      if (next !== -1) {
        if (k === i) {
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
      const rowLine = line;
      let extraLines = 0;
      let j = from;
      let quotedAny = false;
      for (; ; ) {
        if (j < n && buf[j] === QUOTE2) {
          quotedAny = true;
          let q = j + 1;
          let doubled = false;
          for (; ; ) {
            if (q >= n) {
              if (final)
                throw new import_chunk_YFAPWZOQ.CsvError("a quoted field is not closed before the end of the file", rowLine);
              break rows;
            }
            const c2 = buf[q];
            if (c2 === QUOTE2) {
              if (q + 1 < n && buf[q + 1] === QUOTE2) {
                doubled = true;
                q += 2;
                continue;
              }
              if (q + 1 >= n && !final) break rows;
              break;
            }
            if (c2 === LF2) extraLines++;
            q++;
          }
          const contentEnd = q;
          q++;
          const tailStart = q;
          while (q < n) {
            const c2 = buf[q];
            if (c2 === d || c2 === LF2 || c2 === CR2) break;
            q++;
          }
          if (q >= n && !final) break rows;
          const f = b.addField(j + 1, contentEnd);
          if (doubled || q > tailStart) b.markSpecial(f, q);
          j = q;
        } else {
          let q = j;
          while (q < n) {
            const c2 = buf[q];
            if (c2 === d || c2 === LF2 || c2 === CR2) break;
            q++;
          }
          if (q >= n && !final) break rows;
          b.addField(j, q);
          j = q;
        }
        if (j >= n) {
          line += extraLines;
          break;
        }
        const c = buf[j];
        if (c === d) {
          j++;
          continue;
        }
        if (c === CR2) {
          if (j + 1 < n) {
            if (buf[j + 1] === LF2) j++;
          } else if (!final) this.pendingCr = true;
        }
        j++;
        line += 1 + extraLines;
        break;
      }
      b.endRow(rowLine, i);
      if (b.fields - firstField === 1 && !quotedAny && b.start[firstField] === b.end[firstField]) b.dropRow();
      i = j;
      consumed = j;
    }
    if (consumed < n) {
      if (final) throw new import_chunk_YFAPWZOQ.CsvError("unexpected end of the file", line);
      this.carry = buf.subarray(consumed);
    }
    b.ascii = (0, import_node_buffer.isAscii)(buf.subarray(0, consumed));
    if (!b.ascii && !(0, import_node_buffer.isUtf8)(buf.subarray(0, consumed))) {
      for (let r = 0; r < b.rows; r++) {
        const s = b.start[b.fieldOf[r]] ?? 0;
        const e = r + 1 < b.rows ? b.start[b.fieldOf[r + 1]] : consumed;
        if (!(0, import_node_buffer.isUtf8)(buf.subarray(Math.max(0, s - 1), e)))
          throw new import_chunk_YFAPWZOQ.CsvError("the file is not valid UTF-8", b.line[r]);
      }
      throw new import_chunk_YFAPWZOQ.CsvError("the file is not valid UTF-8", this.line);
    }
    this.line = line;
    this.base += consumed;
    this.rowIndex += b.rows;
    if (b.rows) this.onBatch(b);
  }
};
var ByteDictionary = class {
  constructor(missing = "(missing)") {
    this.missing = missing;
  }
  missing;
  values = [];
  byText = /* @__PURE__ */ new Map();
  /**
   * Byte keys, end to end in one growing array (one array per key cost ~150 bytes each: a wide
   * file has a dictionary per column), where each starts and ends, and the code each stands for
   * (a missing marker's bytes stand for the missing code).
   */
  keyArena = new Uint8Array(64);
  arenaUsed = 0;
  keyStart = [];
  keyEnd = [];
  keyCode = [];
  /** Open addressing on a hash of the bytes: slot -> key index + 1 (small at first: one per column of a wide file). */
  table = new Int32Array(8);
  /** The code of a cell's text (missing markers share one code), added if new. */
  codeOfText(raw) {
    const text = (0, import_chunk_HOHXXIQW.isMissing)(raw) ? this.missing : raw;
    let c = this.byText.get(text);
    if (c === void 0) {
      c = this.values.length;
      this.values.push(text);
      this.byText.set(text, c);
    }
    return c;
  }
  /** The code of field `f` of a batch. */
  codeOfField(batch, f) {
    if (batch.isSpecial(f)) return this.codeOfText(batch.text(f));
    return this.codeOfBytes(batch.buf, batch.start[f], batch.end[f]);
  }
  /** The code a text already has, or -1. */
  codeOfExisting(raw) {
    return this.byText.get((0, import_chunk_HOHXXIQW.isMissing)(raw) ? this.missing : raw) ?? -1;
  }
  /** The code of the UTF-8 text in bytes [s, e) of `buf`. */
  codeOfBytes(buf, s, e) {
    const known = this.lookup(buf, s, e);
    if (known >= 0) return known;
    const code = this.codeOfText(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString("utf8"));
    this.addKey(buf, s, e, code);
    return code;
  }
  /** The code these bytes were seen with before, or -1. */
  lookup(buf, s, e) {
    const h = hashBytes(buf, s, e);
    const mask = this.table.length - 1;
    const arena = this.keyArena;
    for (let slot = h & mask; ; slot = slot + 1 & mask) {
      const k = this.table[slot] - 1;
      if (k < 0) break;
      const ks = this.keyStart[k];
      const len = this.keyEnd[k] - ks;
      if (len !== e - s) continue;
      let q = 0;
      while (q < len && arena[ks + q] === buf[s + q]) q++;
      if (q === len) return this.keyCode[k];
    }
    return -1;
  }
  addKey(buf, s, e, code) {
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
  place(k) {
    const mask = this.table.length - 1;
    let slot = hashBytes(this.keyArena, this.keyStart[k], this.keyEnd[k]) & mask;
    while (this.table[slot] !== 0) slot = slot + 1 & mask;
    this.table[slot] = k + 1;
  }
};
function hashBytes(b, s, e) {
  let h = 2166136261;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 16777619);
  return h >>> 0;
}
async function readCsvBatches(workspace, file, onBatch, delimiter = (0, import_chunk_4HHBHUEK.defaultDelimiter)(file), onBytes) {
  const scanner = new CsvByteScanner(onBatch, delimiter);
  if (!/\.gz$/i.test(file)) {
    if (!await workspace.exists(file)) throw new import_chunk_TEV5JGM7.WorkspaceError(`${file} does not exist`);
    await scanner.scanFile(workspace.resolve(file), 0, Number.POSITIVE_INFINITY, onBytes);
    return;
  }
  const opened = await (0, import_chunk_4HHBHUEK.openStream)(workspace, file);
  try {
    for await (const chunk of opened.stream) {
      onBytes?.(opened.raw.bytesRead);
      scanner.push(chunk);
    }
  } catch (err) {
    (0, import_chunk_4HHBHUEK.failRead)(opened, file, err);
  }
  scanner.end();
}
var defaultSpillDir = () => (0, import_chunk_3B363WQ3.makeTempDir)((0, import_chunk_3B363WQ3.tempRoot)(), "unique-");
function hash64(s) {
  let a = 2166136261;
  let b = 2538058380 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
    b = b << 13 | b >>> 19;
  }
  b = Math.imul(b ^ b >>> 15, 739982445);
  return [a >>> 0 || 1, b >>> 0];
}
function hash64Bytes(bytes, s, e, out) {
  let a = 2166136261;
  let b = 2538058380 ^ e - s;
  let high = 0;
  for (let i = s; i < e; i++) {
    const c = bytes[i];
    high |= c;
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
    b = b << 13 | b >>> 19;
  }
  b = Math.imul(b ^ b >>> 15, 739982445);
  out[0] = a >>> 0 || 1;
  out[1] = b >>> 0;
  return high < 128;
}
var pair = new Uint32Array(2);
function fileSize(file) {
  try {
    return (0, import_node_fs.statSync)(file).size;
  } catch {
    return 0;
  }
}
var SPILL_AT = 1 << 19;
var PARTITIONS = 64;
var SPILL_BUFFER = 8192;
var HashSpill = class {
  buffers = Array.from({ length: PARTITIONS }, () => new Uint32Array(SPILL_BUFFER * 2));
  fill = new Uint32Array(PARTITIONS);
  /** Each partition's own file, open while pairs are being spilled. */
  fds = new Array(PARTITIONS).fill(void 0);
  /** Files per partition: this tracker's, and those adopted from other threads. */
  files;
  /** Spill into `dir`, a fresh folder this spill owns. */
  constructor(dir) {
    this.files = Array.from({ length: PARTITIONS }, (_, p) => [import_node_path.default.join(dir, `p${p}`)]);
  }
  add(a, b) {
    const p = a >>> 26;
    const buf = this.buffers[p];
    const n = this.fill[p];
    buf[n * 2] = a;
    buf[n * 2 + 1] = b;
    this.fill[p] = n + 1;
    if (n + 1 === SPILL_BUFFER) this.write(p);
  }
  write(p) {
    const n = this.fill[p];
    if (!n) return;
    const buf = this.buffers[p];
    this.fds[p] ??= (0, import_node_fs.openSync)(this.files[p][0], "a");
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, n * 8);
    for (let at = 0; at < bytes.length; ) at += (0, import_node_fs.writeSync)(this.fds[p], bytes, at, bytes.length - at);
    this.fill[p] = 0;
  }
  /** Write what is buffered, close the files and hand them over (to another thread's tracker). */
  flush() {
    for (let p = 0; p < PARTITIONS; p++) {
      this.write(p);
      const fd = this.fds[p];
      if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
      this.fds[p] = void 0;
    }
    return this.files.map((f) => [...f]);
  }
  /** Take over another tracker's partition files. */
  adopt(files) {
    files.forEach((list, p) => {
      this.files[p].push(...list);
    });
  }
  /** Read each partition back; report pairs seen twice; return the distinct count; delete the files. */
  finish(suspect) {
    this.flush();
    let distinct = 0;
    for (const list of this.files) {
      let bytes = 0;
      for (const file of list) bytes += fileSize(file);
      const set = new HashSet64(bytes / 8);
      for (const file of list) {
        let bytes2;
        try {
          bytes2 = (0, import_node_fs.readFileSync)(file);
        } catch {
          continue;
        }
        const aligned = bytes2.byteOffset % 4 === 0 ? bytes2 : Buffer.from(bytes2);
        const pairs = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
        for (let i = 0; i < pairs.length; i += 2)
          if (!set.add(pairs[i], pairs[i + 1])) suspect(`${pairs[i]}:${pairs[i + 1]}`);
        (0, import_node_fs.rmSync)(file, { force: true });
      }
      distinct += set.size;
    }
    for (const list of this.files)
      for (const f of list) (0, import_node_fs.rmSync)(import_node_path.default.dirname(f), { recursive: true, force: true });
    return distinct;
  }
};
var HashSet64 = class {
  slots;
  mask;
  size = 0;
  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.slots = new Uint32Array(n * 2);
    this.mask = n - 1;
  }
  /** Insert the pair; false when it was already there. */
  add(h1, h2) {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = (h1 ^ Math.imul(h2, 2654435761)) & this.mask;
    for (; ; ) {
      const a = this.slots[i * 2];
      if (a === 0) {
        this.slots[i * 2] = h1;
        this.slots[i * 2 + 1] = h2;
        this.size++;
        return true;
      }
      if (a === h1 && this.slots[i * 2 + 1] === h2) return false;
      i = i + 1 & this.mask;
    }
  }
  /** The occupied slots' pairs, for handing the set to another thread. */
  pairs() {
    const out = new Uint32Array(this.size * 2);
    let k = 0;
    for (let i = 0; i < this.slots.length; i += 2)
      if (this.slots[i] !== 0) {
        out[k++] = this.slots[i];
        out[k++] = this.slots[i + 1];
      }
    return out;
  }
  grow() {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = old.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.add(old[i], old[i + 1]);
  }
};
var UniqueTracker = class {
  /** `hash` is replaceable so tests can force collisions; `spillAt` is the in-memory limit. */
  constructor(hash = hash64, spillAt = SPILL_AT, spillDir = defaultSpillDir) {
    this.hash = hash;
    this.spillAt = spillAt;
    this.spillDir = spillDir;
  }
  hash;
  spillAt;
  spillDir;
  hashes = new HashSet64();
  /** Once the set outgrows memory: pairs go to 64 partition files by their top bits instead. */
  spill;
  /** Hash pairs seen more than once in the first pass. */
  suspects = /* @__PURE__ */ new Set();
  /** Second pass: per suspect hash, the distinct strings and where each first appeared. */
  resolved = /* @__PURE__ */ new Map();
  duplicates = [];
  duplicateCount = 0;
  extraDistinct = 0;
  /** Distinct pairs counted when the spilled partitions were read back. */
  spilledDistinct = 0;
  /** First pass. */
  add(text) {
    const [a, b] = this.hash(text);
    this.addHash(a, b);
  }
  /**
   * First pass, from the bytes [s, e) of a cell: when they are all ASCII each byte is its
   * character code, so this is hash64 of the text, computed without making it; false (nothing
   * added) when a byte is not ASCII or the tracker hashes otherwise (tests).
   */
  addAscii(bytes, s, e) {
    if (this.hash !== hash64 || !hash64Bytes(bytes, s, e, pair)) return false;
    this.addHash(pair[0], pair[1]);
    return true;
  }
  /** First pass, from a hash computed elsewhere. */
  addHash(a, b) {
    if (this.spill) {
      this.spill.add(a, b);
      return;
    }
    if (!this.hashes.add(a, b)) this.suspects.add(`${a}:${b}`);
    if (this.hashes.size >= this.spillAt) this.startSpilling();
  }
  startSpilling() {
    this.spill = new HashSpill(this.spillDir());
    const pairs = this.hashes.pairs();
    for (let i = 0; i < pairs.length; i += 2) this.spill.add(pairs[i], pairs[i + 1]);
    this.hashes = new HashSet64();
  }
  /**
   * End of the first pass: read the spilled partitions back one at a time (memory: one
   * partition's set) to find the pairs seen twice. Call before needsVerification and distinct.
   */
  finishFirstPass() {
    if (!this.spill) return;
    this.spilledDistinct = this.spill.finish((key) => this.suspects.add(key));
    this.spill = void 0;
  }
  /** The first pass's state, to merge into the tracker of another part of the same data. */
  exportState() {
    if (this.spill)
      return { pairs: new Uint32Array(0), suspects: [...this.suspects], files: this.spill.flush() };
    return { pairs: this.hashes.pairs(), suspects: [...this.suspects] };
  }
  /** Merge another part's first pass: a hash both parts saw is a suspect, like one seen twice here. */
  mergeState(state) {
    if (state.files) {
      if (!this.spill) this.startSpilling();
      this.spill.adopt(state.files);
    }
    for (let i = 0; i < state.pairs.length; i += 2) this.addHash(state.pairs[i], state.pairs[i + 1]);
    for (const s of state.suspects) this.suspects.add(s);
  }
  /** Whether the second pass is needed. */
  get needsVerification() {
    return this.suspects.size > 0;
  }
  /** Second pass, over the same rows in the same order. */
  verify(text, where) {
    const [a, b] = this.hash(text);
    const key = `${a}:${b}`;
    if (!this.suspects.has(key)) return;
    let strings = this.resolved.get(key);
    if (!strings) {
      strings = /* @__PURE__ */ new Map();
      this.resolved.set(key, strings);
    }
    if (strings.has(text)) {
      this.duplicateCount++;
      if (this.duplicates.length < 5) this.duplicates.push({ ...where, value: text });
    } else {
      if (strings.size > 0) this.extraDistinct++;
      strings.set(text, { ...where, value: text });
    }
  }
  /** Distinct values (exact once verification has run, when it was needed). */
  get distinct() {
    return this.hashes.size + this.spilledDistinct + this.extraDistinct;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ByteDictionary,
  CsvByteScanner,
  EXAMPLES,
  UniqueTracker,
  Violations,
  bytesNumber,
  hash64,
  hash64Bytes,
  readCsvBatches
});
