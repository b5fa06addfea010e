import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/data/data-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/checks/violations.ts
var EXAMPLES = 5;
var Violations = class {
  count = 0;
  examples = [];
  add(example2) {
    this.count++;
    if (this.examples.length < EXAMPLES) this.examples.push(example2);
  }
  /** Append a later part's violations; its rows and lines were counted from the part's start. */
  merge(other, rowOffset, lineOffset) {
    for (const e of other.examples)
      if (this.examples.length < EXAMPLES)
        this.examples.push({ ...e, row: e.row + rowOffset, line: e.line + lineOffset });
    this.count += other.count;
  }
};

// src/readers/csv-bytes.ts
import { isAscii, isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";

// src/readers/csv-parser.ts
var CsvError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};

// src/readers/values.ts
var MISSING = /* @__PURE__ */ new Set([
  "",
  "NA",
  "N/A",
  "n/a",
  "NaN",
  "nan",
  "-NaN",
  "-nan",
  "NULL",
  "null",
  "None",
  "<NA>",
  "#N/A",
  "#NA"
]);
var MISSING_MAX_LENGTH = Math.max(...[...MISSING].map((m) => m.length));
function isMissing(text) {
  return text.length <= MISSING_MAX_LENGTH && MISSING.has(text);
}
function cellNumber(text) {
  const t = text.trim();
  return t === "" || isMissing(t) ? Number.NaN : Number(t);
}
function parquetText(v) {
  if (v === null || v === void 0) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return JSON.stringify(v, (_, x) => typeof x === "bigint" ? x.toString() : x);
  return String(v);
}
function isOneHot(cells) {
  let ones = 0;
  for (const v of cells) {
    if (v === "1" || v === "1.0" || v === "true" || v === "True") ones++;
    else if (!(v === "0" || v === "0.0" || v === "false" || v === "False")) return false;
  }
  return ones === 1;
}
var BOOLEAN = /^(?:true|false|TRUE|FALSE|True|False|0|1|yes|no|Yes|No|YES|NO)$/;
var TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$/;
function isDecimal(text) {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i);
  let digits2 = 0;
  while (c >= 48 && c <= 57) {
    digits2++;
    c = text.charCodeAt(++i);
  }
  if (c === 46) {
    c = text.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      digits2++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits2 === 0) return false;
  if (c === 101 || c === 69) {
    c = text.charCodeAt(++i);
    if (c === 43 || c === 45) c = text.charCodeAt(++i);
    let exp = 0;
    while (c >= 48 && c <= 57) {
      exp++;
      c = text.charCodeAt(++i);
    }
    if (exp === 0) return false;
  }
  return i === n;
}
function toNumber(text) {
  if (!isDecimal(text)) return void 0;
  const n = Number(text);
  return Number.isFinite(n) ? n : void 0;
}
function isInteger(text) {
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) i++;
  if (i >= text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function digits(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
function isDate(text) {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  return y >= 0 && m >= 0 && d >= 0 && validDate(y, m, d);
}
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]);
}
function hasType(text, type) {
  switch (type) {
    case "string":
      return true;
    case "integer":
      return isInteger(text);
    case "number":
      return toNumber(text) !== void 0;
    case "boolean":
      return BOOLEAN.test(text);
    case "date":
      return isDate(text);
    case "timestamp":
      return TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text.replace(" ", "T")));
  }
}
var MISSING_BYTES = [];
for (const m of MISSING) {
  MISSING_BYTES[m.length] ??= [];
  MISSING_BYTES[m.length].push(new TextEncoder().encode(m));
}
var MISSING_FIRST = new Uint8Array(256);
for (const m of MISSING) if (m) MISSING_FIRST[m.charCodeAt(0)] = 1;
function isMissingBytes(b, s, e) {
  const len = e - s;
  if (len === 0) return true;
  if (len > MISSING_MAX_LENGTH || MISSING_FIRST[b[s]] === 0) return false;
  const candidates = MISSING_BYTES[len];
  if (!candidates) return false;
  outer: for (const m of candidates) {
    for (let i = 0; i < len; i++) if (m[i] !== b[s + i]) continue outer;
    return true;
  }
  return false;
}
function isIntegerBytes(b, s, e) {
  let i = s;
  if (b[i] === 43 || b[i] === 45) i++;
  if (i >= e) return false;
  for (; i < e; i++) if (b[i] < 48 || b[i] > 57) return false;
  return true;
}
function isDecimalBytes(b, s, e) {
  let i = s;
  if (b[i] === 43 || b[i] === 45) i++;
  let digits2 = 0;
  while (i < e && b[i] >= 48 && b[i] <= 57) {
    digits2++;
    i++;
  }
  if (i < e && b[i] === 46) {
    i++;
    while (i < e && b[i] >= 48 && b[i] <= 57) {
      digits2++;
      i++;
    }
  }
  if (digits2 === 0) return false;
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    i++;
    if (i < e && (b[i] === 43 || b[i] === 45)) i++;
    let exp = 0;
    while (i < e && b[i] >= 48 && b[i] <= 57) {
      exp++;
      i++;
    }
    if (exp === 0) return false;
  }
  return i === e;
}
function isDateBytes(b, s, e) {
  if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return false;
  const y = digitsAt(b, s, s + 4);
  const m = digitsAt(b, s + 5, s + 7);
  const d = digitsAt(b, s + 8, s + 10);
  return y >= 0 && m >= 0 && d >= 0 && validDate(y, m, d);
}
function digitsAt(b, s, e) {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// src/readers/csv-bytes.ts
var QUOTE = 34;
var READ_CHUNK = 1 << 20;
var CR = 13;
var LF = 10;
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
    return cellNumber(this.text(f));
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
  let digits2 = 0;
  let scale = 0;
  let any = false;
  for (; i < e; i++) {
    c = b[i];
    if (c < 48 || c > 57) break;
    any = true;
    if (mantissa !== 0 || c !== 48) {
      mantissa = mantissa * 10 + (c - 48);
      digits2++;
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
        digits2++;
      }
      scale--;
    }
  }
  if (!any || digits2 > 15) return Number.NaN;
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
  return isDecimalBytes(b, s, e) ? toNumber(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString("latin1")) : void 0;
}
var CsvByteScanner = class {
  constructor(onBatch, delimiter = ",") {
    this.onBatch = onBatch;
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127)
      throw new Error("the delimiter must be one ASCII character");
    this.d = delimiter.charCodeAt(0);
  }
  onBatch;
  carry;
  line = 1;
  rowIndex = 0;
  pendingCr = false;
  first = true;
  batch = new CsvBatch();
  d;
  /** The file offset of the next byte to scan. */
  base = 0;
  /** The 1-based line reached so far. */
  get currentLine() {
    return this.line;
  }
  push(chunk) {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = void 0;
    const data = this.dropBom(buf, false);
    if (data) this.scan(data, false);
    else this.carry = buf;
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
    const handle = await open(path2, "r");
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
        let data;
        if (!carry) data = buf.subarray(room, room + bytesRead);
        else if (carry.length <= room) {
          carry.copy(buf, room - carry.length);
          data = buf.subarray(room - carry.length, room + bytesRead);
        } else data = Buffer.concat([carry, buf.subarray(room, room + bytesRead)]);
        current = 1 - current;
        pending = read(buffers[current], position);
        const scanned = this.dropBom(data, false);
        if (!scanned) {
          carry = Buffer.from(data);
          continue;
        }
        this.scan(scanned, false);
        carry = this.carry;
        this.carry = void 0;
      }
      if (carry?.length) this.scan(this.dropBom(Buffer.from(carry), true), true);
    } finally {
      await pending.catch(() => void 0);
      await handle.close();
    }
  }
  end() {
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
    const plain = Math.max(d, LF);
    let i = 0;
    let line = this.line;
    let consumed = 0;
    if (this.pendingCr && n > 0) {
      this.pendingCr = false;
      if (buf[0] === LF) i = consumed = 1;
    }
    let nextQuote = -2;
    let nextCr = -2;
    rows: while (i < n) {
      if (nextQuote !== -1 && nextQuote < i) nextQuote = buf.indexOf(QUOTE, i);
      if (nextCr !== -1 && nextCr < i) nextCr = buf.indexOf(CR, i);
      let limit = n;
      if (nextQuote !== -1 && nextQuote < limit) limit = nextQuote;
      if (nextCr !== -1 && nextCr < limit) limit = nextCr;
      const firstField = b.fields;
      let from = i;
      let k = i;
      let starts = b.start;
      let ends = b.end;
      let fields = firstField;
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
        } else if (c === LF) break;
      }
      b.fields = fields;
      let next = -1;
      if (k < limit) next = k + 1;
      else if (k === nextCr && k !== nextQuote && k + 1 < n && buf[k + 1] === LF) next = k + 2;
      if (next !== -1) {
        if (k === i) {
          line++;
          i = consumed = next;
          continue;
        }
        b.addField(from, k);
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
        if (j < n && buf[j] === QUOTE) {
          quotedAny = true;
          let q = j + 1;
          let doubled = false;
          for (; ; ) {
            if (q >= n) {
              if (final)
                throw new CsvError("a quoted field is not closed before the end of the file", rowLine);
              break rows;
            }
            const c2 = buf[q];
            if (c2 === QUOTE) {
              if (q + 1 < n && buf[q + 1] === QUOTE) {
                doubled = true;
                q += 2;
                continue;
              }
              if (q + 1 >= n && !final) break rows;
              break;
            }
            if (c2 === LF) extraLines++;
            q++;
          }
          const contentEnd = q;
          q++;
          const tailStart = q;
          while (q < n) {
            const c2 = buf[q];
            if (c2 === d || c2 === LF || c2 === CR) break;
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
            if (c2 === d || c2 === LF || c2 === CR) break;
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
      if (b.fields - firstField === 1 && !quotedAny && b.start[firstField] === b.end[firstField]) b.dropRow();
      i = j;
      consumed = j;
    }
    if (consumed < n) {
      if (final) throw new CsvError("unexpected end of the file", line);
      this.carry = buf.subarray(consumed);
    }
    b.ascii = isAscii(buf.subarray(0, consumed));
    if (!b.ascii && !isUtf8(buf.subarray(0, consumed))) {
      for (let r = 0; r < b.rows; r++) {
        const s = b.start[b.fieldOf[r]] ?? 0;
        const e = r + 1 < b.rows ? b.start[b.fieldOf[r + 1]] : consumed;
        if (!isUtf8(buf.subarray(Math.max(0, s - 1), e)))
          throw new CsvError("the file is not valid UTF-8", b.line[r]);
      }
      throw new CsvError("the file is not valid UTF-8", this.line);
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
  /** Byte keys and the code each stands for (a missing marker's bytes stand for the missing code). */
  keyBytes = [];
  keyCode = [];
  /** Open addressing on a hash of the bytes: slot -> key index + 1. */
  table = new Int32Array(64);
  /** The code of a cell's text (missing markers share one code), added if new. */
  codeOfText(raw) {
    const text = isMissing(raw) ? this.missing : raw;
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
    return this.byText.get(isMissing(raw) ? this.missing : raw) ?? -1;
  }
  /** The code of the UTF-8 text in bytes [s, e) of `buf`. */
  codeOfBytes(buf, s, e) {
    const known = this.lookup(buf, s, e);
    if (known >= 0) return known;
    const code = this.codeOfText(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString("utf8"));
    this.addKey(new Uint8Array(buf.subarray(s, e)), code);
    return code;
  }
  /** The code these bytes were seen with before, or -1. */
  lookup(buf, s, e) {
    const h = hashBytes(buf, s, e);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = slot + 1 & mask) {
      const k = this.table[slot] - 1;
      if (k < 0) break;
      const key = this.keyBytes[k];
      if (key.length !== e - s) continue;
      let q = 0;
      while (q < key.length && key[q] === buf[s + q]) q++;
      if (q === key.length) return this.keyCode[k];
    }
    return -1;
  }
  addKey(bytes, code) {
    this.keyBytes.push(bytes);
    this.keyCode.push(code);
    if (this.keyBytes.length * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 4);
      for (let k = 0; k < this.keyBytes.length; k++) this.place(k);
    } else this.place(this.keyBytes.length - 1);
  }
  place(k) {
    const key = this.keyBytes[k];
    const mask = this.table.length - 1;
    let slot = hashBytes(key, 0, key.length) & mask;
    while (this.table[slot] !== 0) slot = slot + 1 & mask;
    this.table[slot] = k + 1;
  }
};
function hashBytes(b, s, e) {
  let h = 2166136261;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 16777619);
  return h >>> 0;
}

// src/readers/hash-set.ts
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
    return statSync(file).size;
  } catch {
    return 0;
  }
}
var SPILL_AT = 1 << 19;
var PARTITIONS = 64;
var SPILL_BUFFER = 8192;
var HashSpill = class {
  dir = mkdtempSync(path.join(tmpdir(), "mlgate-unique-"));
  buffers = Array.from({ length: PARTITIONS }, () => new Uint32Array(SPILL_BUFFER * 2));
  fill = new Uint32Array(PARTITIONS);
  /** Each partition's own file, open while pairs are being spilled. */
  fds = new Array(PARTITIONS).fill(void 0);
  /** Files per partition: this tracker's, and those adopted from other threads. */
  files = Array.from({ length: PARTITIONS }, (_, p) => [
    path.join(this.dir, `p${p}`)
  ]);
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
    this.fds[p] ??= openSync(this.files[p][0], "a");
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, n * 8);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fds[p], bytes, at, bytes.length - at);
    this.fill[p] = 0;
  }
  /** Write what is buffered, close the files and hand them over (to another thread's tracker). */
  flush() {
    for (let p = 0; p < PARTITIONS; p++) {
      this.write(p);
      const fd = this.fds[p];
      if (fd !== void 0) closeSync(fd);
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
          bytes2 = readFileSync(file);
        } catch {
          continue;
        }
        const aligned = bytes2.byteOffset % 4 === 0 ? bytes2 : Buffer.from(bytes2);
        const pairs = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
        for (let i = 0; i < pairs.length; i += 2)
          if (!set.add(pairs[i], pairs[i + 1])) suspect(`${pairs[i]}:${pairs[i + 1]}`);
        rmSync(file, { force: true });
      }
      distinct += set.size;
    }
    for (const list of this.files)
      for (const f of list) rmSync(path.dirname(f), { recursive: true, force: true });
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
  constructor(hash = hash64, spillAt = SPILL_AT) {
    this.hash = hash;
    this.spillAt = spillAt;
  }
  hash;
  spillAt;
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
    this.spill = new HashSpill();
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

// src/data/byte-regex.ts
var MAX_STATES = 31;
var MAX_REPEAT = 20;
function setOf(test) {
  const s = new Uint8Array(128);
  for (let c = 0; c < 128; c++) s[c] = test(c) ? 1 : 0;
  return s;
}
var isDigit = (c) => c >= 48 && c <= 57;
var isWord = (c) => isDigit(c) || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isSpace = (c) => c >= 9 && c <= 13 || c === 32;
var ESCAPES = {
  d: isDigit,
  D: (c) => !isDigit(c),
  w: isWord,
  W: (c) => !isWord(c),
  s: isSpace,
  S: (c) => !isSpace(c)
};
var IDENTITY = /* @__PURE__ */ new Set([..."^$\\.*+?()[]{}|/-"]);
var CONTROL = { t: 9, n: 10, v: 11, f: 12, r: 13 };
function compileByteRegex(pattern, maxDfa = 512) {
  for (let i2 = 0; i2 < pattern.length; i2++) if (pattern.charCodeAt(i2) > 127) return void 0;
  let i = 0;
  const anchoredStart = pattern[0] === "^";
  if (anchoredStart) i = 1;
  let end = pattern.length;
  const anchoredEnd = end > i && pattern[end - 1] === "$" && pattern[end - 2] !== "\\";
  if (anchoredEnd) end--;
  const items = [];
  while (i < end) {
    let set;
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === void 0) return void 0;
      if (ESCAPES[next]) set = setOf(ESCAPES[next]);
      else if (CONTROL[next] !== void 0) {
        const code = CONTROL[next];
        set = setOf((c) => c === code);
      } else if (IDENTITY.has(next)) {
        const code = next.charCodeAt(0);
        set = setOf((c) => c === code);
      } else return void 0;
      i += 2;
    } else if (ch === "[") {
      const parsed = parseClass(pattern, i + 1, end);
      if (!parsed) return void 0;
      set = parsed.set;
      i = parsed.next;
    } else if (ch === ".") {
      set = setOf((c) => c !== 10 && c !== 13);
      i++;
    } else if ("()|*+?{}^$]".includes(ch)) {
      return void 0;
    } else {
      const code = ch.charCodeAt(0);
      set = setOf((c) => c === code);
      i++;
    }
    let min = 1;
    let max = 1;
    const q = pattern[i];
    if (q === "*" || q === "+" || q === "?") {
      min = q === "+" ? 1 : 0;
      max = q === "?" ? 1 : Number.POSITIVE_INFINITY;
      i++;
    } else if (q === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, end));
      if (!m) return void 0;
      min = Number(m[1]);
      max = m[2] === void 0 ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      if (max < min || min > MAX_REPEAT || max !== Number.POSITIVE_INFINITY && max > MAX_REPEAT)
        return void 0;
      i += m[0].length;
    }
    if (pattern[i] === "?" && q && "*+?{".includes(q)) i++;
    if (pattern[i] === "*" || pattern[i] === "+" || pattern[i] === "{") return void 0;
    for (let k = 0; k < min; k++) items.push({ set, kind: "one" });
    if (max === Number.POSITIVE_INFINITY) items.push({ set, kind: "star" });
    else for (let k = min; k < max; k++) items.push({ set, kind: "optional" });
    if (items.length > MAX_STATES - 1) return void 0;
  }
  return automaton(items, anchoredStart, anchoredEnd, maxDfa);
}
function parseClass(p, from, end) {
  let i = from;
  const negate = p[i] === "^";
  if (negate) i++;
  const member = new Uint8Array(128);
  while (i < end && p[i] !== "]") {
    let lo;
    if (p[i] === "\\") {
      const next = p[i + 1];
      if (next === void 0) return void 0;
      if (ESCAPES[next]) {
        for (let c = 0; c < 128; c++) if (ESCAPES[next](c)) member[c] = 1;
        i += 2;
        continue;
      }
      if (CONTROL[next] !== void 0) lo = CONTROL[next];
      else if (IDENTITY.has(next)) lo = next.charCodeAt(0);
      else return void 0;
      i += 2;
    } else if (p[i] === "[") return void 0;
    else {
      lo = p.charCodeAt(i);
      i++;
    }
    if (p[i] === "-" && p[i + 1] !== void 0 && p[i + 1] !== "]") {
      let hi;
      if (p[i + 1] === "\\") {
        const next = p[i + 2];
        if (next === void 0 || ESCAPES[next]) return void 0;
        if (CONTROL[next] !== void 0) hi = CONTROL[next];
        else if (IDENTITY.has(next)) hi = next.charCodeAt(0);
        else return void 0;
        i += 3;
      } else {
        hi = p.charCodeAt(i + 1);
        i += 2;
      }
      if (hi < lo) return void 0;
      for (let c = lo; c <= hi; c++) member[c] = 1;
    } else member[lo] = 1;
  }
  if (p[i] !== "]") return void 0;
  const set = negate ? member.map((v) => v ? 0 : 1) : member;
  return { set, next: i + 1 };
}
function automaton(items, anchoredStart, anchoredEnd, maxDfa) {
  const k = items.length;
  const accept = 1 << k;
  const close = (states) => {
    let s = states;
    for (let j = 0; j < k; j++) if (s & 1 << j && items[j].kind !== "one") s |= 1 << j + 1;
    return s;
  };
  const start = close(1);
  const step = (states, c) => {
    let next = 0;
    for (let j = 0; j < k; j++) {
      if (!(states & 1 << j)) continue;
      const item = items[j];
      if (!item.set[c]) continue;
      next |= item.kind === "star" ? 1 << j : 1 << j + 1;
    }
    if (!anchoredStart) next |= 1;
    return close(next);
  };
  const setOfId = [];
  const idOfSet = /* @__PURE__ */ new Map();
  let table = new Int32Array(128 * 16).fill(-1);
  const idOf = (set) => {
    let id = idOfSet.get(set);
    if (id === void 0) {
      id = setOfId.length;
      setOfId.push(set);
      idOfSet.set(set, id);
      if ((id + 1) * 128 > table.length) {
        const bigger = new Int32Array(table.length * 2).fill(-1);
        bigger.set(table);
        table = bigger;
      }
    }
    return id;
  };
  const verdict = (set) => !anchoredEnd && set & accept ? 1 : set === 0 ? 2 : 0;
  const startRow = idOf(start) * 128;
  const startVerdict = verdict(start);
  return (b, s, e) => {
    if (startVerdict !== 0) return startVerdict === 1;
    let t = table;
    let row = startRow;
    for (let p = s; p < e; p++) {
      const c = b[p];
      if (c > 127) return false;
      let entry = t[row + c];
      if (entry < 0) {
        const set = step(setOfId[row >> 7], c);
        if (setOfId.length >= maxDfa && !idOfSet.has(set)) {
          let states = set;
          for (let q = p + 1; q < e && states !== 0; q++) {
            if (b[q] > 127) return false;
            if (!anchoredEnd && states & accept) return true;
            states = step(states, b[q]);
          }
          return (states & accept) !== 0;
        }
        const next = idOf(set);
        entry = next * 128 << 2 | verdict(set);
        t = table;
        t[row + c] = entry;
      }
      if ((entry & 3) !== 0) return (entry & 3) === 1;
      row = entry >> 2;
    }
    return (setOfId[row >> 7] & accept) !== 0;
  };
}

// src/data/keyed-sample.ts
var KeyedSample = class {
  constructor(size, seed) {
    this.size = size;
    this.seed = seed;
    this.prio = new Float64Array(Math.min(2 * size, 1024));
  }
  size;
  seed;
  /**
   * Candidates: the kept items and those offered since the last compaction (up to twice the
   * size), with their priorities; `threshold` is the largest priority kept at the last
   * compaction (anything above it can never make the sample).
   */
  prio;
  items = [];
  n = 0;
  threshold = Number.POSITIVE_INFINITY;
  /** Items held. */
  get length() {
    this.compact();
    return this.n;
  }
  /** The priority of the item with `key` (an integer below 2^53), in [0, 2^53). */
  priority(key) {
    const lo = key >>> 0;
    const hi = key / 4294967296 >>> 0;
    const a = mix(lo ^ Math.imul(hi, 2654435761) ^ this.seed);
    const b = mix(a ^ hi ^ 2246822507);
    return (a >>> 0) * 2097152 + (b >>> 0 >>> 11);
  }
  /** Whether an item of priority `p` may be kept. */
  accepts(p) {
    return p < this.threshold;
  }
  /** Keep an item of priority `p` (call when accepts(p)). */
  put(p, item) {
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
  offer(key, item) {
    const p = this.priority(key);
    if (this.accepts(p)) this.put(p, item);
  }
  /** The items, in a fixed order (by priority): the same whatever the order they came in. */
  values() {
    this.compact();
    const order = Array.from({ length: this.n }, (_, i) => i).sort((x, y) => this.prio[x] - this.prio[y]);
    return order.map((i) => this.items[i]);
  }
  /** What a part kept, for merging elsewhere. */
  exportState() {
    this.compact();
    return { prio: Array.from(this.prio.subarray(0, this.n)), items: this.items.slice(0, this.n) };
  }
  /** Merge the sample of another part of the same data (same seed). */
  merge(state) {
    state.items.forEach((item, i) => {
      const p = state.prio[i];
      if (this.accepts(p)) this.put(p, item);
    });
  }
  /** Keep only the `size` candidates of smallest priority (a quickselect: linear on average). */
  compact() {
    if (this.n <= this.size) return;
    const prio = this.prio;
    const order = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) order[i] = i;
    let lo = 0;
    let hi = this.n - 1;
    const k = this.size - 1;
    while (lo < hi) {
      const pivot = prio[order[lo + hi >> 1]];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (prio[order[i]] < pivot) i++;
        while (prio[order[j]] > pivot) j--;
        if (i <= j) {
          const t = order[i];
          order[i] = order[j];
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
    const keptItems = new Array(this.size);
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < this.size; i++) {
      const p = prio[order[i]];
      keptPrio[i] = p;
      keptItems[i] = this.items[order[i]];
      if (p > max) max = p;
    }
    this.prio = keptPrio;
    this.items = keptItems;
    this.n = this.size;
    this.threshold = max;
  }
};
function mix(x) {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h;
}

// src/data/column-checks.ts
var OUTLIER_SAMPLE = 1e5;
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
var MAX_CELL = 1e4;
var MAX_ALLOWED_CODES = 4096;
function example(text, row, line, file) {
  return { row, line, file, value: text.length > 80 ? `${text.slice(0, 79)}…` : text };
}
var ColumnAccumulator = class {
  constructor(config) {
    this.config = config;
    if (config.unique) this.unique = new UniqueTracker();
    if (config.allowed) {
      this.allowedSet = new Set(config.allowed.map((v) => String(v)));
      this.allowedCodes = new ByteDictionary("\0missing");
    }
    if (config.regex !== void 0) {
      this.pattern = new RegExp(config.regex, "u");
      this.bytePattern = compileByteRegex(config.regex);
    }
  }
  config;
  rows = 0;
  missing = 0;
  numeric = 0;
  sum = 0;
  min;
  max;
  /** Newest timestamp seen (ms since the epoch), for `freshness`. */
  newest;
  /** Sum of squares of the numeric values, for the standard deviation. */
  sumSq = 0;
  /**
   * A seeded sample of numeric values with where they were, for `outliers` (exact below its
   * size), keyed by where each row starts: the same however the file is split between threads.
   */
  kept = new KeyedSample(OUTLIER_SAMPLE, 2463534242);
  keptValues;
  type = new Violations();
  range = new Violations();
  allowed = new Violations();
  regex = new Violations();
  duplicates = new Violations();
  /** Rows with a missing value, kept only when `missing` is checked. */
  missingRows = new Violations();
  /** Duplicate detection for `unique` (hashes first, strings only to verify). */
  unique;
  allowedSet;
  pattern;
  bytePattern;
  /** Feed one cell (arguments, not an object: this runs for every cell of every row). */
  add(text, row, line, file, key = row) {
    this.rows++;
    if (isMissing(text)) {
      this.missing++;
      if (this.config.missing) this.missingRows.add({ row, line, file, value: text });
      return;
    }
    const c = this.config;
    if (c.type && !hasType(text, c.type)) this.type.add(example(text, row, line, file));
    if (c.freshness) this.noteTimestamp(text);
    const n = toNumber(text);
    if (n !== void 0) {
      this.numeric++;
      this.sum += n;
      this.sumSq += n * n;
      if (c.outliers) this.keep(n, row, line, file, text, key);
      if (this.min === void 0 || n < this.min) this.min = n;
      if (this.max === void 0 || n > this.max) this.max = n;
      if (c.min !== void 0 && n < c.min || c.max !== void 0 && n > c.max)
        this.range.add(example(text, row, line, file));
    }
    if (this.allowedSet && !this.isAllowed(text, n)) this.allowed.add(example(text, row, line, file));
    if (this.pattern && (text.length > MAX_CELL || !this.pattern.test(text)))
      this.regex.add(example(text, row, line, file));
    this.unique?.add(text);
  }
  /**
   * Feed column `at` of rows [from, batch.rows) of a CSV batch (row r is row rowBase + r): the
   * measures of add(), in one loop per column and batch that reads the bytes, keeps its counters
   * in locals and makes a cell's string only when a check needs it (examples, the RegExp
   * fallback, non-ASCII values). Cells with text that is not a byte range go through add().
   */
  addColumn(batch, at, from, rowBase, file) {
    const c = this.config;
    const b = batch.buf;
    const fieldOf = batch.fieldOf;
    const starts = batch.start;
    const ends = batch.end;
    const specials = batch.specials > 0;
    const keepMissing = c.missing !== void 0;
    const type = c.type;
    const typeCode = type === void 0 || type === "string" ? 0 : type === "integer" ? 1 : type === "date" ? 2 : type === "number" ? 3 : 4;
    const lo = c.min ?? Number.NEGATIVE_INFINITY;
    const hi = c.max ?? Number.POSITIVE_INFINITY;
    const fresh = c.freshness !== void 0;
    const outliers = c.outliers !== void 0;
    const allowedSet = this.allowedSet;
    const codes = this.allowedCodes;
    const verdicts = this.allowedVerdicts;
    const pattern = this.pattern;
    const bytePattern = batch.ascii ? this.bytePattern : void 0;
    const unique = this.unique;
    let rows = this.rows;
    let missing = this.missing;
    let numeric = this.numeric;
    let sum = this.sum;
    let sumSq = this.sumSq;
    let min = this.min ?? Number.POSITIVE_INFINITY;
    let max = this.max ?? Number.NEGATIVE_INFINITY;
    for (let r = from; r < batch.rows; r++) {
      const f = fieldOf[r] + at;
      if (f >= fieldOf[r + 1] || specials && batch.isSpecial(f)) {
        this.store(rows, missing, numeric, sum, sumSq, min, max);
        this.add(
          f >= fieldOf[r + 1] ? "" : batch.text(f),
          rowBase + r,
          batch.line[r],
          file,
          batch.rowOffset(r)
        );
        rows = this.rows;
        missing = this.missing;
        numeric = this.numeric;
        sum = this.sum;
        sumSq = this.sumSq;
        min = this.min ?? Number.POSITIVE_INFINITY;
        max = this.max ?? Number.NEGATIVE_INFINITY;
        continue;
      }
      const s = starts[f];
      const e = ends[f];
      rows++;
      if (isMissingBytes(b, s, e)) {
        missing++;
        if (keepMissing)
          this.missingRows.add({ row: rowBase + r, line: batch.line[r], file, value: batch.slice(s, e) });
        continue;
      }
      const parsed = bytesNumber(b, s, e);
      const isNumber = parsed !== void 0;
      const v = parsed ?? 0;
      if (typeCode !== 0) {
        const ok = typeCode === 1 ? isIntegerBytes(b, s, e) : typeCode === 2 ? isDateBytes(b, s, e) : typeCode === 3 ? isNumber : hasType(batch.slice(s, e), type);
        if (!ok) this.type.add(example(batch.slice(s, e), rowBase + r, batch.line[r], file));
      }
      if (fresh) this.noteTimestamp(batch.slice(s, e));
      if (isNumber) {
        numeric++;
        sum += v;
        sumSq += v * v;
        if (outliers) {
          const p = this.kept.priority(batch.rowOffset(r));
          if (this.kept.accepts(p))
            this.putKept(p, v, example(batch.slice(s, e), rowBase + r, batch.line[r], file));
        }
        if (v < min) min = v;
        if (v > max) max = v;
        if (v < lo || v > hi) this.range.add(example(batch.slice(s, e), rowBase + r, batch.line[r], file));
      }
      if (allowedSet !== void 0) {
        let ok;
        if (codes !== void 0 && codes.values.length < MAX_ALLOWED_CODES) {
          const code = codes.codeOfBytes(b, s, e);
          let verdict = verdicts[code];
          if (verdict === void 0) {
            const t = codes.values[code];
            verdict = this.isAllowed(t, toNumber(t));
            verdicts[code] = verdict;
          }
          ok = verdict;
        } else ok = this.isAllowed(batch.slice(s, e), parsed);
        if (!ok) this.allowed.add(example(batch.slice(s, e), rowBase + r, batch.line[r], file));
      }
      if (pattern !== void 0) {
        const ok = e - s <= MAX_CELL && (bytePattern !== void 0 ? bytePattern(b, s, e) : pattern.test(batch.slice(s, e)));
        if (!ok) this.regex.add(example(batch.slice(s, e), rowBase + r, batch.line[r], file));
      }
      if (unique !== void 0 && !unique.addAscii(b, s, e)) unique.add(batch.slice(s, e));
    }
    this.store(rows, missing, numeric, sum, sumSq, min, max);
  }
  /** Counters kept in locals by addColumn, back into the fields (min/max: infinities when none). */
  store(rows, missing, numeric, sum, sumSq, min, max) {
    this.rows = rows;
    this.missing = missing;
    this.numeric = numeric;
    this.sum = sum;
    this.sumSq = sumSq;
    this.min = numeric ? min : void 0;
    this.max = numeric ? max : void 0;
  }
  /**
   * Feed decoded values (a Parquet column chunk), entries [from, to): value k is row and line
   * rowBase + k. Finite numbers are measured as numbers, with no text made unless a check needs
   * it; everything else goes through add() as the text a reader would show (null is missing,
   * NaN reads as "NaN", which is missing too).
   */
  addValues(data, from, to, rowBase, file) {
    const c = this.config;
    const type = c.type;
    const typed = type === "integer" || type === "number" || type === void 0 || type === "string";
    const lo = c.min ?? Number.NEGATIVE_INFINITY;
    const hi = c.max ?? Number.POSITIVE_INFINITY;
    const needsText = this.allowedSet !== void 0 || this.pattern !== void 0 || this.unique !== void 0;
    for (let k = from; k < to; k++) {
      const raw = data[k];
      const row = rowBase + k;
      const v = typeof raw === "bigint" && raw <= MAX_SAFE && raw >= -MAX_SAFE ? Number(raw) : raw;
      if (typeof v !== "number" || !Number.isFinite(v) || !typed || c.freshness !== void 0) {
        this.add(parquetText(raw), row, row, file);
        continue;
      }
      this.rows++;
      this.numeric++;
      this.sum += v;
      this.sumSq += v * v;
      if (this.min === void 0 || v < this.min) this.min = v;
      if (this.max === void 0 || v > this.max) this.max = v;
      if (type === "integer" && !(Number.isInteger(v) && Math.abs(v) < 1e21))
        this.type.add(example(String(v), row, row, file));
      if (c.outliers) this.keep(v, row, row, file, String(v), row);
      if (v < lo || v > hi) this.range.add(example(String(v), row, row, file));
      if (needsText) {
        const text = String(v);
        if (this.allowedSet && !this.isAllowed(text, v)) this.allowed.add(example(text, row, row, file));
        if (this.pattern && !this.pattern.test(text)) this.regex.add(example(text, row, row, file));
        this.unique?.add(text);
      }
    }
  }
  /** Whether a cell is one of the `allowed` values: as written, or as the number it reads as. */
  isAllowed(text, n) {
    return this.allowedSet.has(text) || n !== void 0 && this.allowedSet.has(String(n));
  }
  /** Keep the newest timestamp, for `freshness`. */
  noteTimestamp(text) {
    if (!hasType(text, "timestamp")) return;
    const t = Date.parse(text.replace(" ", "T"));
    if (!Number.isNaN(t) && (this.newest === void 0 || t > this.newest)) this.newest = t;
  }
  /** This accumulator's measures, for merging into the main thread's. */
  exportState() {
    const v = (x) => ({ count: x.count, examples: x.examples });
    return {
      rows: this.rows,
      missing: this.missing,
      numeric: this.numeric,
      sum: this.sum,
      sumSq: this.sumSq,
      min: this.min,
      max: this.max,
      newest: this.newest,
      violations: {
        type: v(this.type),
        range: v(this.range),
        allowed: v(this.allowed),
        regex: v(this.regex),
        missingRows: v(this.missingRows)
      },
      unique: this.unique?.exportState(),
      sample: this.kept.exportState()
    };
  }
  /** Merge the measures of a later part of the file (parts are merged in file order). */
  mergeState(s, rowOffset, lineOffset) {
    this.rows += s.rows;
    this.missing += s.missing;
    this.numeric += s.numeric;
    this.sum += s.sum;
    this.sumSq += s.sumSq;
    if (s.min !== void 0 && (this.min === void 0 || s.min < this.min)) this.min = s.min;
    if (s.max !== void 0 && (this.max === void 0 || s.max > this.max)) this.max = s.max;
    if (s.newest !== void 0 && (this.newest === void 0 || s.newest > this.newest))
      this.newest = s.newest;
    this.type.merge(s.violations.type, rowOffset, lineOffset);
    this.range.merge(s.violations.range, rowOffset, lineOffset);
    this.allowed.merge(s.violations.allowed, rowOffset, lineOffset);
    this.regex.merge(s.violations.regex, rowOffset, lineOffset);
    this.missingRows.merge(s.violations.missingRows, rowOffset, lineOffset);
    if (s.unique) this.unique?.mergeState(s.unique);
    this.kept.merge({
      prio: s.sample.prio,
      items: s.sample.items.map(({ value, example: e }) => ({
        value,
        example: { ...e, row: e.row + rowOffset, line: e.line + lineOffset }
      }))
    });
    this.keptValues = void 0;
  }
  /** Allowed-value verdicts per distinct cell (the byte path). */
  allowedCodes;
  allowedVerdicts = [];
  keep(n, row, line, file, text, key) {
    const p = this.kept.priority(key);
    if (this.kept.accepts(p)) this.putKept(p, n, example(text, row, line, file));
  }
  putKept(p, value, ex) {
    this.kept.put(p, { value, example: ex });
    this.keptValues = void 0;
  }
  /** The values kept for `outliers`, with where they were (in a fixed order). */
  get sample() {
    this.keptValues ??= this.kept.values();
    return this.keptValues;
  }
  /** Second pass for `unique`: the same cell again, when the first pass saw a hash twice. */
  verify(text, row, line, file) {
    if (isMissing(text)) return;
    this.unique?.verify(text, { row, line, file });
  }
  /** Fill `duplicates` from the tracker once the passes are done. */
  finish() {
    if (!this.unique) return;
    for (const d of this.unique.duplicates) this.duplicates.add(example(d.value, d.row, d.line, d.file));
    this.duplicates.count = this.unique.duplicateCount;
  }
  /** Distinct non-missing values, when tracked. */
  get distinct() {
    return this.unique?.distinct;
  }
};

// src/data/drift.ts
var SAMPLE = 1e5;
var MAX_CATEGORIES = 1e4;
var DriftSample = class {
  /** `seed` picks the sample (the same seed on every part of a file). */
  constructor(seed) {
    this.seed = seed;
    this.sample = new KeyedSample(SAMPLE, seed >>> 0 || 1);
  }
  seed;
  seen = 0;
  numericOnly = true;
  /** Numbers kept: a seeded sample keyed by where each row starts (exact below SAMPLE). */
  sample;
  sorted;
  /** Distinct values (looked up by their bytes on the byte path) and how often each was seen. */
  dict = new ByteDictionary();
  tally = [];
  /** The numbers kept, in a fixed order. */
  get values() {
    this.sorted ??= this.sample.values();
    return this.sorted;
  }
  /** Category counts, kept while there are at most MAX_CATEGORIES + 1 distinct values (more: not categorical). */
  get counts() {
    const m = /* @__PURE__ */ new Map();
    this.dict.values.forEach((v, code) => {
      m.set(v, this.tally[code]);
    });
    return m;
  }
  /** A cell's text; `key` says where its row is (the row's byte offset, or its number). */
  add(text, key) {
    if (isMissing(text)) return;
    this.seen++;
    if (this.dict.values.length <= MAX_CATEGORIES) this.count(this.dict.codeOfText(text));
    this.keep(toNumber(text), key);
  }
  /**
   * Column `at` of rows [from, batch.rows) of a CSV batch: what add() does with each cell's
   * text, read from the bytes (a string only for a new category or an escaped field).
   */
  addColumn(batch, at, from) {
    const b = batch.buf;
    for (let r = from; r < batch.rows; r++) {
      const f = batch.fieldOf[r] + at;
      if (f >= batch.fieldOf[r + 1]) continue;
      if (batch.isSpecial(f)) {
        this.add(batch.text(f), batch.rowOffset(r));
        continue;
      }
      const s = batch.start[f];
      const e = batch.end[f];
      if (isMissingBytes(b, s, e)) continue;
      this.seen++;
      if (this.dict.values.length <= MAX_CATEGORIES) this.count(this.dict.codeOfBytes(b, s, e));
      this.keep(bytesNumber(b, s, e), batch.rowOffset(r));
    }
  }
  /** This sample's state, to merge into the sample of the whole file. */
  exportState() {
    return {
      seen: this.seen,
      numericOnly: this.numericOnly,
      sample: this.sample.exportState(),
      counts: [...this.counts]
    };
  }
  /** Merge the state of another part of the same file. */
  mergeState(state) {
    this.seen += state.seen;
    this.numericOnly &&= state.numericOnly;
    this.sample.merge(state.sample);
    this.sorted = void 0;
    for (const [text, n] of state.counts) {
      if (this.dict.values.length > MAX_CATEGORIES && this.dict.codeOfExisting(text) < 0) continue;
      const code = this.dict.codeOfText(text);
      this.tally[code] = (this.tally[code] ?? 0) + n;
    }
  }
  count(code) {
    this.tally[code] = (this.tally[code] ?? 0) + 1;
  }
  keep(n, key) {
    if (n === void 0) {
      this.numericOnly = false;
      return;
    }
    this.sample.offer(key, n);
    this.sorted = void 0;
  }
};

// src/data/csv-part.ts
function checkBatch(batch, from, rowBase, c) {
  for (let r = from; r < batch.rows; r++) {
    const n = batch.fieldOf[r + 1] - batch.fieldOf[r];
    if (n !== c.width)
      c.ragged.add({ row: rowBase + r, line: batch.line[r], file: c.file, value: `${n} fields` });
  }
  for (const { at, acc } of c.columns) acc.addColumn(batch, at, from, rowBase, c.file);
  for (const { at, sample } of c.drift) sample.addColumn(batch, at, from);
  if (c.keys.length || c.groups.length)
    for (let r = from; r < batch.rows; r++) {
      const cell = (i) => batch.cell(r, i);
      for (const k of c.keys) k.tracker.add(k.at.map(cell).join(""));
      for (const g of c.groups) {
        const cells = g.at.map(cell);
        if (!isOneHot(cells))
          g.bad.add({ row: rowBase + r, line: batch.line[r], file: c.file, value: cells.join(", ") });
      }
    }
}
async function scanPart(job, onBytes) {
  const checks = {
    file: job.file,
    width: job.width,
    ragged: new Violations(),
    columns: job.columns.map((c) => ({ at: c.at, acc: new ColumnAccumulator(c.config) })),
    drift: job.drift.map((d) => ({ at: d.at, sample: new DriftSample(d.seed) })),
    keys: job.keys.map((k) => ({ at: k.at, tracker: new UniqueTracker() })),
    groups: job.groups.map((g) => ({ at: g.at, bad: new Violations() }))
  };
  let rows = 0;
  const scanner = new CsvByteScanner((batch) => {
    checkBatch(batch, 0, rows, checks);
    rows += batch.rows;
  }, job.delimiter);
  let error;
  try {
    await scanner.scanFile(job.path, job.start, job.end, onBytes);
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    error = { message: err.message, line: err.line };
  }
  return {
    rows,
    lines: scanner.currentLine - 1,
    columns: checks.columns.map((c) => c.acc.exportState()),
    keys: checks.keys.map((k) => k.tracker.exportState()),
    groups: checks.groups.map((g) => ({ count: g.bad.count, examples: g.bad.examples })),
    drift: checks.drift.map((d) => d.sample.exportState()),
    ragged: { count: checks.ragged.count, examples: checks.ragged.examples },
    ...error ? { error } : {}
  };
}

// src/data/data-worker.ts
var told = 0;
var result = await scanPart(workerData, (bytes) => {
  if (bytes - told < 1 << 24) return;
  told = bytes;
  parentPort?.postMessage({ progress: bytes });
});
var transfer = [
  ...result.columns.flatMap((c) => c.unique ? [c.unique.pairs.buffer] : []),
  ...result.keys.map((k) => k.pairs.buffer)
];
parentPort?.postMessage({ result }, transfer);
