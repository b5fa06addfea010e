/**
 * A lean parser for plain block YAML, the shape nearly every ML config has: mappings and sequences
 * by indentation, one-line scalars (plain, 'single', "double"), literal and folded block scalars
 * (`|`, `>-`), one-line flow collections, comments.
 * In one pass it builds the data (YAML 1.2 core schema, as yaml@2 does) and the ranges of keys and
 * one-line scalars. Anything outside that subset (anchors, aliases, tags, merge keys, multi-line
 * plain or quoted scalars, block scalars with keep chomping or an indentation indicator, duplicate
 * or non-string keys, several documents, tabs) makes it return undefined, and the caller uses
 * yaml@2: what it accepts is valid YAML, read as yaml@2 reads it.
 * Tests compare its data and ranges with yaml@2's, also on generated YAML, and run the official
 * YAML test suite through it.
 */
import type { Range } from "./diagnostic.js";
import type { JsonPath } from "./locate.js";
import { MAX_DEPTH } from "./nesting.js";
import { TRUTHY_WORD } from "./truthy.js";

/** A key's range, and its value's when the value is a one-line scalar. */
export interface LeanEntry {
  key?: Range;
  value?: Range;
}

/** The parse: data plus ranges by path (segments joined with NUL), built on first use. */
export interface LeanYaml {
  data: unknown;
  readonly index: Map<string, LeanEntry>;
  /** The ranges of one path (as `index.get(path.join("\0"))`), without building the index for a few. */
  entry(path: JsonPath): LeanEntry | undefined;
}

/** Thrown inside the parser when the text leaves the subset; never escapes parseLeanYaml. */
class Unsupported extends Error {}

const fail = (): never => {
  throw new Unsupported();
};

const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

/** A YAML 1.1 boolean word, as the yaml-truthy rule defines it. */
function isTruthy(s: string): boolean {
  return s.length <= 3 && TRUTHY_WORD.test(s);
}

/** Resolve a plain scalar by the YAML 1.2 core schema. */
export function resolvePlain(s: string): unknown {
  // Most scalars start with a letter: only null, true and false (at most 5 letters) are not strings.
  const c = s.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    if (s.length < 4 || s.length > 5) return s;
    switch (s) {
      case "null":
      case "Null":
      case "NULL":
        return null;
      case "true":
      case "True":
      case "TRUE":
        return true;
      case "false":
      case "False":
      case "FALSE":
        return false;
      default:
        return s;
    }
  }
  // Not a letter: of the null and boolean words only `~` is left.
  if (s === "~") return null;
  if (INT.test(s)) return Number(s);
  if (OCT.test(s)) return Number.parseInt(s.slice(2), 8);
  if (HEX.test(s)) return Number.parseInt(s.slice(2), 16);
  if (FLOAT.test(s)) return Number.parseFloat(s);
  if (INF.test(s)) return s.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (NAN.test(s)) return Number.NaN;
  return s;
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(obj, key)) fail(); // a duplicate key: yaml@2 reports it
  // A `__proto__` key must be data, not a prototype; every other key is a plain (fast) assignment.
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * The parser reads the text in place: a line is its start and end offsets, columns count from the
 * line's start, and strings are cut only for keys and values. Measured on bench/lint's corpus
 * (10,000 files, 21 MB): scanning line strings (`split`, a slice per value, `includes` on it) was
 * three quarters of the parse; with offsets into the one flat string the parse took 296 ms, not 378.
 * Characters are read from an array of their codes (the file's own bytes when it is ASCII), not
 * with `charCodeAt`, and the loops over a line's characters read them inline rather than through
 * c(), a call per character until the JIT inlines it; a line's end is found with the string's own
 * indexOf, which beat the array's (parse of the corpus 170 against 186-195 ms once warm). The lint
 * phase of bench/lint's run went from 888 to 754 ms (medians of 13 alternating runs).
 */
class Parser {
  // Entries are kept flat: per entry, ENTRY numbers in `table` (its parent entry, then line/start/
  // end of key and of value, -1 when absent) and its path segment; paths are built only if a finding
  // needs them. One table sized from the text, not arrays grown by push: growing them was half of
  // what a lint run allocated (measured on bench/lint's corpus: 20 of 43 KB a file). A plain array
  // of small integers, not an Int32Array, whose off-heap buffer cost more to allocate per file.
  table: number[];
  count = 0;
  readonly segments: (string | number)[] = [];
  private readonly t: string;
  /** The text's UTF-16 code units: what `t.charCodeAt(i)` gives, read without a call. */
  private readonly b: Uint8Array | Uint16Array;
  /** The current line: its number, start offset, length (without its `\r\n` or `\n`) and the next line's start. */
  private n = 0;
  private ls = 0;
  private ll = 0;
  private next = 0;

  constructor(
    text: string,
    /** Decline the text when it has a bare yes/no/on/off, which only the full parse reports. */
    private readonly rejectTruthy = false,
    codes?: Uint8Array,
  ) {
    this.t = text;
    this.b = codes !== undefined && codes.length === text.length ? codes : charCodes(text);
    // About one entry a line, lines of 16 characters or more: room for most texts without growing.
    // Capped: a larger preallocated array would be a slow dictionary; past it, it grows in order.
    this.table = new Array(ENTRY * Math.min(8192, Math.max(32, text.length >> 4)));
    this.lineAt(0, 0);
  }

  /** Make line `n`, starting at offset `start`, the current line (past the end: no line). */
  private lineAt(n: number, start: number): void {
    this.n = n;
    this.ls = start;
    if (start > this.t.length) {
      this.ll = 0;
      this.next = start;
      return;
    }
    const nl = this.t.indexOf("\n", start);
    let end = nl === -1 ? this.t.length : nl;
    this.next = nl === -1 ? this.t.length + 1 : nl + 1;
    if (end > start && this.b[end - 1] === 13) end--;
    this.ll = end - start;
  }

  private advance(): void {
    this.lineAt(this.n + 1, this.next);
  }

  /** Whether there is a current line (the text's last line may be empty). */
  private get inText(): boolean {
    return this.ls <= this.t.length;
  }

  /** The character code at column `col` of the current line; -1 past its end. */
  private c(col: number): number {
    return col < this.ll && col >= 0 ? this.b[this.ls + col]! : -1;
  }

  /** Columns `from` to `to` of the current line. */
  private cut(from: number, to: number): string {
    return this.t.slice(this.ls + from, this.ls + to);
  }

  /** The current line as a string, for the rarer one-line forms (quoted scalars, flow collections). */
  private line(): string {
    return this.t.slice(this.ls, this.ls + this.ll);
  }

  private add(parent: number, segment: string | number): number {
    const id = this.count++;
    const t = this.table;
    const at = id * ENTRY;
    t[at] = parent;
    t[at + 1] = -1;
    t[at + 2] = -1;
    t[at + 3] = -1;
    t[at + 4] = -1;
    t[at + 5] = -1;
    t[at + 6] = -1;
    this.segments.push(segment);
    return id;
  }

  private setRange(id: number, which: 0 | 3, start: number, end: number): void {
    const at = id * ENTRY + 1 + which;
    this.table[at] = this.n;
    this.table[at + 1] = start;
    this.table[at + 2] = end;
  }

  /** Skip blank and comment lines; the indent of the next content line, or -1 at the end. */
  private nextIndent(): number {
    const b = this.b;
    for (; this.inText; this.advance()) {
      const base = this.ls;
      const n = this.ll;
      let c = 0;
      while (c < n && b[base + c] === 32) c++;
      if (c < n && b[base + c] !== 35) return c;
    }
    return -1;
  }

  parseDocument(): unknown {
    const indent = this.nextIndent();
    if (indent < 0) fail(); // empty: left to yaml@2, whose notion of an empty document decides
    const value = this.isDash(indent) ? this.parseSeq(indent, -1, 0) : this.parseMap(indent, -1, 0);
    if (this.nextIndent() >= 0) fail(); // content after the root collection
    return value;
  }

  /** Whether the current line has a sequence dash at `col`. */
  private isDash(col: number): boolean {
    return this.c(col) === 45 && (col + 1 === this.ll || this.c(col + 1) === 32);
  }

  /** The end column of the key keyAt() read last, and the column after its `:`. */
  private keyEnd = 0;
  private keyAfter = 0;

  /**
   * The key starting at `col` (its end and the column after `:` in keyEnd and keyAfter: fields,
   * not an object per key); undefined if none.
   */
  private keyAt(col: number): string | undefined {
    const c = this.c(col);
    if (c === 34 || c === 39) {
      const q = parseQuoted(this.line(), col);
      if (!q) return undefined;
      let i = q.end;
      while (this.c(i) === 32) i++;
      if (this.c(i) !== 58 || (i + 1 < this.ll && this.c(i + 1) !== 32)) return undefined;
      this.keyEnd = q.end;
      this.keyAfter = i + 1;
      return q.value;
    }
    if (c < 0 || this.startsWithIndicator(col)) return undefined;
    // `---` or `...` at the start of a line marks a document, never a key (`--- &a x: 1`).
    if (col === 0 && this.ll >= 3 && (this.t.startsWith("---", this.ls) || this.t.startsWith("...", this.ls)))
      fail();
    let hash = 0;
    const b = this.b;
    const base = this.ls;
    const n = this.ll;
    for (let i = col; i < n; i++) {
      const ch = b[base + i]!;
      if (ch === 58 /* : */ && (i + 1 === n || b[base + i + 1] === 32)) {
        let end = i;
        while (end > 0 && b[base + end - 1] === 32) end--;
        this.keyEnd = end;
        this.keyAfter = i + 1;
        return this.keyName(col, end, hash);
      }
      if (ch === 35 /* # */ && i > 0 && b[base + i - 1] === 32) return undefined;
      hash = (Math.imul(hash, 31) + ch) | 0;
    }
    return undefined;
  }

  /**
   * The plain key at columns `from` to `to`, whose characters up to its `:` hash to `hash`. Config
   * files repeat the same keys (within a file and across a lint run), and setting a property
   * hashes a new key string each time: a key seen before is taken from KEYS instead, already
   * checked and already known to the engine as a property name. Measured on bench/lint's corpus:
   * the parse about 8% faster.
   */
  private keyName(from: number, to: number, hash: number): string {
    const slot = hash & (KEYS.length - 1);
    const seen = KEYS[slot];
    if (seen !== undefined && seen.length === to - from) {
      let k = 0;
      const b = this.b;
      const at = this.ls + from;
      while (k < seen.length && seen.charCodeAt(k) === b[at + k]) k++;
      if (k === seen.length) return seen;
    }
    const name = this.cut(from, to);
    // Only keys that stay strings: yaml@2 would turn `1:` or `null:` into other key types.
    if (name === "<<" || resolvePlain(name) !== name) fail();
    if (isTruthy(name)) {
      if (this.rejectTruthy) fail();
    } else if (name.length <= MAX_KEPT_KEY) {
      KEYS[slot] = name; // kept only once checked, and never a truthy word (whose check depends on the run)
    }
    return name;
  }

  /** Whether a plain scalar or key at `col` of the current line would start with a YAML indicator. */
  private startsWithIndicator(col: number): boolean {
    return isIndicatorStart(this.c(col), this.c(col + 1));
  }

  /** The mapping at column `col` of the current line; `firstKey` when the caller already read it. */
  private parseMap(col: number, parent: number, depth: number, firstKey?: string): Record<string, unknown> {
    if (depth > MAX_DEPTH) fail();
    const obj: Record<string, unknown> = {};
    for (let first = true; ; first = false) {
      if (!first) {
        const indent = this.nextIndent();
        if (indent < col) return obj;
        if (indent > col) fail();
      }
      // The caller's keyAt() read the first key (keyEnd and keyAfter are still its own).
      const name = first && firstKey !== undefined ? firstKey : (this.keyAt(col) ?? fail());
      const after = this.keyAfter;
      const id = this.add(parent, name);
      this.setRange(id, 0, col, this.keyEnd);
      setKey(obj, name, this.parseValue(after, col, id, true, depth));
    }
  }

  private parseSeq(col: number, parent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) fail();
    const items: unknown[] = [];
    for (let first = true; ; first = false) {
      if (!first) {
        const indent = this.nextIndent();
        if (indent < col) return items;
        if (indent > col || !this.isDash(col)) {
          // The sequence of a key may sit at the key's indent; the key's mapping continues after it.
          if (indent === col) return items;
          fail();
        }
      }
      const id = this.add(parent, items.length);
      items.push(this.parseValue(col + 1, col, id, false, depth));
    }
  }

  /**
   * The value starting after column `from` of the current line (after `key:` or `- `) of entry
   * `id`, owned by a node at column `owner`. Consumes its lines and leaves the parser on the next
   * content line.
   */
  private parseValue(from: number, owner: number, id: number, isMapValue: boolean, depth: number): unknown {
    let v = from;
    while (this.c(v) === 32) v++;
    if (v >= this.ll || this.c(v) === 35) {
      this.advance();
      const indent = this.nextIndent();
      if (indent < 0) return null;
      // A mapping value may be a sequence at the key's own indent.
      if (indent > owner || (isMapValue && indent === owner && this.isDash(indent))) {
        return this.isDash(indent)
          ? this.parseSeq(indent, id, depth + 1)
          : this.parseMap(indent, id, depth + 1);
      }
      return null;
    }
    if (!isMapValue) {
      if (this.isDash(v)) return this.parseSeq(v, id, depth + 1);
      const key = this.keyAt(v);
      if (key !== undefined) return this.parseMap(v, id, depth + 1, key);
    }
    const c = this.c(v);
    if (c === 124 /* | */ || c === 62 /* > */) return this.parseBlockScalar(v, owner);
    let value: unknown;
    let end: number;
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const flow = new FlowParser(this.line(), v, this.rejectTruthy);
      value = flow.parse();
      end = flow.pos;
    } else if (c === 34 || c === 39) {
      const q = parseQuoted(this.line(), v) ?? fail();
      value = q.value;
      end = q.end;
      this.setRange(id, 3, v, end);
    } else {
      if (this.startsWithIndicator(v)) fail();
      // One pass to the comment (` #`) or the line's end; `: ` before it makes the text a mapping,
      // which this parser does not read on one line.
      const b = this.b;
      const base = this.ls;
      const n = this.ll;
      end = n;
      for (let i = v; i < n; i++) {
        const ch = b[base + i];
        if (ch === 32) {
          if (i + 1 < n && b[base + i + 1] === 35) {
            end = i;
            break;
          }
        } else if (ch === 58 && i + 1 < n && b[base + i + 1] === 32) fail();
      }
      while (end > v && b[base + end - 1] === 32) end--;
      if (this.c(end - 1) === 58) fail(); // `a:` at the end: a key, not a scalar
      const raw = this.cut(v, end);
      if (this.rejectTruthy && isTruthy(raw)) fail();
      value = resolvePlain(raw);
      this.setRange(id, 3, v, end);
    }
    let rest = end;
    while (this.c(rest) === 32) rest++;
    // A comment needs a space before it: `"value"# c` and `[1]#c` are errors.
    if (rest < this.ll && (this.c(rest) !== 35 || rest === end)) fail();
    this.advance();
    // A deeper line right after a one-line value would continue it over several lines.
    if (this.nextIndent() > owner) fail();
    return value;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at column `v` of the current line,
   * owned by a node at column `owner`; consumes its lines and leaves the parser on the next content
   * line. Clip and strip chomping with detected indentation, the forms configs use (a `cmd:` or a
   * query). Declined, as rare and subtle: an indentation indicator, keep chomping (`+`), blank
   * lines with more spaces than the content's indentation (an error before the first line), more-
   * indented lines in folded text, and content ending the text without a line break.
   */
  private parseBlockScalar(v: number, owner: number): string {
    const folded = this.c(v) === 62;
    let h = v + 1;
    const strip = this.c(h) === 45;
    if (strip) h++;
    if (h < this.ll) {
      // Only a comment may follow the header, after a space.
      if (this.c(h) !== 32) fail();
      while (this.c(h) === 32) h++;
      if (h < this.ll && this.c(h) !== 35) fail();
    }
    const header = this.n;
    this.advance();
    let indent = -1;
    let widestBlank = 0;
    for (; this.inText; this.advance()) {
      let c = 0;
      while (this.c(c) === 32) c++;
      if (c < this.ll) {
        indent = c;
        break;
      }
      widestBlank = Math.max(widestBlank, c);
    }
    // No content (an empty scalar), or leading blank lines wider than the content: yaml@2 decides.
    if (indent <= owner || widestBlank > indent) fail();
    let out = "\n".repeat(this.n - header - 1);
    let blanks = -1; // blank lines since the last content line; -1 before the first
    for (; this.inText; this.advance()) {
      let c = 0;
      while (c < indent && this.c(c) === 32) c++;
      if (c === this.ll) {
        if (blanks >= 0) blanks++;
        continue;
      }
      if (c < indent) break;
      // A more-indented line: folded text keeps its breaks, and an all-space line keeps spaces.
      if (this.c(indent) === 32 && (folded || this.line().trim() === "")) fail();
      const text = this.cut(indent, this.ll);
      if (blanks < 0) out += text;
      else if (folded) out += (blanks === 0 ? " " : "\n".repeat(blanks)) + text;
      else out += "\n".repeat(blanks + 1) + text;
      blanks = 0;
      // Content on the text's last line has no line break after it.
      if (this.next > this.t.length) fail();
    }
    if (this.nextIndent() > owner) fail();
    return strip ? out : `${out}\n`;
  }
}

/** Numbers per entry in the parser's table: parent, then line/start/end of key and of value. */
const ENTRY = 7;

/** Keys seen before, by hash (see Parser.keyName); bounded in count and length. */
const KEYS: (string | undefined)[] = new Array(4096).fill(undefined);
const MAX_KEPT_KEY = 64;

/** Characters that start a YAML indicator wherever they stand: `[]{},#&*!|>'"%@` and backquote. */
const INDICATOR = new Uint8Array(128);
for (const ch of "[]{},#&*!|>'\"%@`") INDICATOR[ch.charCodeAt(0)] = 1;

/**
 * Whether a plain scalar or key whose first character has code `c`, followed by `next` (negative
 * or NaN at the end of the line), would start with a YAML indicator.
 */
function isIndicatorStart(c: number, next: number): boolean {
  if (INDICATOR[c] === 1) return true;
  return (c === 45 || c === 63 || c === 58) && (next === 32 || !(next >= 0));
}

/** A one-line quoted scalar at `col`: its value and end; undefined when it does not close on the line. */
function parseQuoted(line: string, col: number): { value: string; end: number } | undefined {
  const q = line[col]!;
  // The common case, no escapes: one slice.
  const close = line.indexOf(q, col + 1);
  if (close !== -1 && (q === "'" ? line[close + 1] !== "'" : !line.slice(col + 1, close).includes("\\"))) {
    return { value: line.slice(col + 1, close), end: close + 1 };
  }
  let out = "";
  for (let i = col + 1; i < line.length; i++) {
    const c = line[i]!;
    if (q === "'") {
      if (c === "'") {
        if (line[i + 1] === "'") {
          out += "'";
          i++;
          continue;
        }
        return { value: out, end: i + 1 };
      }
      out += c;
      continue;
    }
    if (c === '"') return { value: out, end: i + 1 };
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = line[++i];
    if (e === undefined) return undefined;
    if (e === "x" || e === "u" || e === "U") {
      const len = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = line.slice(i + 1, i + 1 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) fail();
      out += String.fromCodePoint(Number.parseInt(hex, 16));
      i += len;
    } else {
      out += ESCAPES[e] ?? fail();
    }
  }
  return undefined;
}

/** `,`, `[`, `]`, `{`, `}`: what ends a plain scalar in a flow collection. */
function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/**
 * One-line flow collections: `[a, "b", {c: 1}]`. Characters are compared as codes: as strings
 * (`",[]{}".includes(line[i])`) each one cost a lookup, a fifth of the first files' lint time
 * before the JIT got to it (bench/lint's corpus has a flow list in every file).
 */
class FlowParser {
  constructor(
    private readonly line: string,
    public pos: number,
    private readonly rejectTruthy: boolean,
  ) {}

  /** The character code at `at`; NaN past the end. */
  private code(at: number): number {
    return this.line.charCodeAt(at);
  }

  private ws(): void {
    while (this.code(this.pos) === 32) this.pos++;
  }

  parse(depth = 0): unknown {
    if (depth > MAX_DEPTH) fail();
    const isSeq = this.code(this.pos) === 91; // `[`, else `{`
    this.pos++;
    const close = isSeq ? 93 : 125;
    const seq: unknown[] = [];
    const map: Record<string, unknown> = {};
    for (;;) {
      this.ws();
      if (this.code(this.pos) === close) {
        this.pos++;
        return isSeq ? seq : map;
      }
      if (isSeq) seq.push(this.item(depth));
      else {
        const key = this.item(depth, true);
        if (typeof key !== "string" || key === "<<") fail();
        this.ws();
        if (this.code(this.pos) !== 58) fail();
        this.pos++;
        this.ws();
        const next = this.code(this.pos);
        setKey(map, key as string, next === 44 || next === close ? null : this.item(depth));
      }
      this.ws();
      if (this.code(this.pos) === 44) this.pos++;
      else if (this.code(this.pos) !== close) fail();
    }
  }

  private item(depth: number, isKey = false): unknown {
    const c = this.code(this.pos);
    if (c === 91 || c === 123) return isKey ? fail() : this.parse(depth + 1);
    if (c === 34 || c === 39) {
      const q = parseQuoted(this.line, this.pos) ?? fail();
      this.pos = q.end;
      return q.value;
    }
    const start = this.pos;
    const length = this.line.length;
    while (this.pos < length) {
      const ch = this.code(this.pos);
      if (isFlowIndicator(ch)) break;
      if (ch === 58) {
        // `:` then a space, an indicator or the end: a pair's colon, not part of the scalar.
        const next = this.code(this.pos + 1);
        if (next === 32 || Number.isNaN(next) || isFlowIndicator(next)) break;
      }
      if (ch === 35 && this.code(this.pos - 1) === 32) fail();
      this.pos++;
    }
    const raw = this.line.slice(start, this.pos).trim();
    if (raw === "" || isIndicatorStart(raw.charCodeAt(0), raw.charCodeAt(1))) fail();
    if (!isKey && this.code(this.pos) === 58) fail(); // `[a: 1]`, a flow pair
    if (this.rejectTruthy && isTruthy(raw)) fail();
    return isKey ? (resolvePlain(raw) === raw ? raw : fail()) : resolvePlain(raw);
  }
}

/** The recorded ranges of entry `i`. */
function entryAt(p: Parser, i: number): LeanEntry {
  const range = (at: number): Range | undefined => {
    const base = i * ENTRY + 1 + at;
    const line = p.table[base]!;
    if (line < 0) return undefined;
    return {
      start: { line, column: p.table[base + 1]! },
      end: { line, column: p.table[base + 2]! },
    };
  };
  const entry: LeanEntry = {};
  const key = range(0);
  const value = range(3);
  if (key) entry.key = key;
  if (value) entry.value = value;
  return entry;
}

/** Key the recorded ranges by path. */
function buildIndex(p: Parser): Map<string, LeanEntry> {
  const index = new Map<string, LeanEntry>();
  const paths: JsonPath[] = [];
  for (let i = 0; i < p.count; i++) {
    const parent = p.table[i * ENTRY]!;
    const path = parent < 0 ? [p.segments[i]!] : [...paths[parent]!, p.segments[i]!];
    paths.push(path);
    index.set(path.join("\0"), entryAt(p, i));
  }
  return index;
}

/**
 * The entry at `path`, found by following the recorded parents (an entry comes after its parent):
 * what buildIndex would key by `path.join("\0")`, so segments compare as strings and the empty
 * path is the path of one empty key.
 */
function findEntry(p: Parser, path: JsonPath): LeanEntry | undefined {
  let parent = -1;
  let from = 0;
  for (const segment of path.length ? path : [""]) {
    const want = String(segment);
    let found = -1;
    for (let i = from; i < p.count; i++) {
      if (p.table[i * ENTRY] === parent && String(p.segments[i]) === want) {
        found = i;
        break;
      }
    }
    if (found < 0) return undefined;
    parent = found;
    from = found + 1;
  }
  return entryAt(p, parent);
}

/**
 * Lookups answered by following parents before the index is built: each costs a pass over the
 * entries, and most files with findings have one or two (measured on bench/lint's corpus, whose
 * failing files had their whole index built for one finding: 44 ms of a 10,000-file run).
 */
const DIRECT_LOOKUPS = 8;

/**
 * A parse whose index is built on first use. A class, not an object literal with a getter: V8 puts
 * a literal's accessor pair in old space, and the closure it points to kept every file's parser
 * (its lines and ranges) alive through two scavenges, promoting it all (measured: 3x the bytes).
 */
class LeanParse implements LeanYaml {
  private built: Map<string, LeanEntry> | undefined;
  private lookups = 0;
  constructor(
    readonly data: unknown,
    private readonly parser: Parser,
  ) {}
  get index(): Map<string, LeanEntry> {
    this.built ??= buildIndex(this.parser);
    return this.built;
  }
  entry(path: JsonPath): LeanEntry | undefined {
    if (this.built || ++this.lookups > DIRECT_LOOKUPS) return this.index.get(path.join("\0"));
    return findEntry(this.parser, path);
  }
}

/** The UTF-16 code units of `text`, for texts whose bytes are not given (or not ASCII). */
function charCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/**
 * Parse `text` if it is plain block YAML; undefined otherwise (use yaml@2). `bytes`, the UTF-8
 * bytes `text` was decoded from, spare a copy of its character codes when they are the same (an
 * ASCII text: as many bytes as characters).
 */
export function parseLeanYaml(
  text: string,
  options: { rejectTruthy?: boolean; bytes?: Uint8Array } = {},
): LeanYaml | undefined {
  // A tab is indentation (an error), separation or content depending on where it stands, and this
  // parser's whitespace is spaces only: `a: 1\t` or `- \t-` would read wrong. One native scan
  // declines such text (rare in configs) instead of a tab check at every step.
  if (text.includes("\t")) return undefined;
  const parser = new Parser(text, options.rejectTruthy, options.bytes);
  try {
    return new LeanParse(parser.parseDocument(), parser);
  } catch (err) {
    if (err instanceof Unsupported || err instanceof RangeError) return undefined;
    throw err;
  }
}
