"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_MJ6LNWCQ_exports = {};
__export(chunk_MJ6LNWCQ_exports, {
  CannotLocate: () => CannotLocate,
  MAX_DEPTH: () => MAX_DEPTH,
  countLines: () => countLines,
  leanLocate: () => leanLocate,
  nestingDepth: () => nestingDepth,
  offsetsToRange: () => offsetsToRange,
  parseLeanYaml: () => parseLeanYaml,
  parseYaml: () => parseYaml,
  parseYamlFile: () => parseYamlFile
});
module.exports = __toCommonJS(chunk_MJ6LNWCQ_exports);
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var MAX_DEPTH = 256;
function nestingDepth(text) {
  let depth = 0;
  let max = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote || c === "\n") quote = "";
      continue;
    }
    if (c === '"' || c === "'" && /[\s,[{:]/.test(text[i - 1] ?? " ")) quote = c;
    else if (c === "#" && /\s/.test(text[i - 1] ?? "\n")) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? text.length : nl - 1;
    } else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  let indent = 0;
  for (const m of text.matchAll(/^( *)(?:- )*\S/gm))
    indent = Math.max(indent, m[1].length / 2 + (m[0].length - m[1].length) / 2);
  return Math.max(max, Math.floor(indent));
}
function offsetsToRange(lineCounter, start, end) {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { start: { line: a.line - 1, column: a.col - 1 }, end: { line: b.line - 1, column: b.col - 1 } };
}
var LineStarts = class {
  constructor(starts) {
    this.starts = starts;
  }
  starts;
  linePos(offset) {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return { line: 0, col: offset };
    return { line: lo, col: offset - this.starts[lo - 1] + 1 };
  }
};
function countLines(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return new LineStarts(starts);
}
var DIRECTIVE_LINE = /^%/m;
var YAML_DIRECTIVE = /^%YAML(?:[ \t]|$)/;
function findDirectiveProblems(text) {
  if (!DIRECTIVE_LINE.test(text)) return [];
  const out = [];
  let pending = [];
  for (const token of new ((0, import_chunk_OWFBXHUW.yamlLib)()).Parser().parse(text)) {
    if (token.type === "document") {
      pending = [];
    } else if (token.type === "directive") {
      const { offset, source } = token;
      if (YAML_DIRECTIVE.test(source) && pending.some((d) => YAML_DIRECTIVE.test(d.source))) {
        out.push({ start: offset, end: offset + source.length, message: "the %YAML directive is repeated" });
      }
      pending.push(token);
    }
  }
  const first = pending[0];
  if (first) {
    out.push({
      start: first.offset,
      end: first.offset + first.source.length,
      message: "directives must be followed by a document (`---`)"
    });
  }
  return out;
}
var WORDS = "yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF";
var TRUTHY_WORD = new RegExp(`^(?:${WORDS})$`);
var TRUTHY_IN_TEXT = new RegExp(`(?:^|[\\s:[{,-])(?:${WORDS})(?=[ \\t]*(?:$|[#,\\]}:]))`, "m");
function keyText(pair) {
  const k = pair.key;
  if ((0, import_chunk_OWFBXHUW.yamlLib)().isScalar(k)) return typeof k.value === "symbol" ? "<<" : String(k.value);
  return typeof k === "string" || typeof k === "number" ? String(k) : void 0;
}
function yamlSourceDocument(doc, lineCounter, data) {
  const { isAlias, isMap, isPair, isSeq } = (0, import_chunk_OWFBXHUW.yamlLib)();
  const rangeOf = (node) => {
    const r = node?.range;
    return r ? offsetsToRange(lineCounter, r[0], r[1]) : void 0;
  };
  const deref = (node, via) => {
    let n = node;
    for (let hops = 0; isAlias(n) && hops < 100; hops++) {
      via.range ??= rangeOf(n);
      n = n.resolve(doc);
    }
    return n;
  };
  const indexes = /* @__PURE__ */ new WeakMap();
  const indexOf = (map) => {
    let index = indexes.get(map);
    if (index) return index;
    index = { own: /* @__PURE__ */ new Map(), merges: [] };
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const text = keyText(p);
      if (text === "<<") index.merges.push(p);
      else if (text !== void 0) index.own.set(text, p);
    }
    indexes.set(map, index);
    return index;
  };
  const findPair = (map, key2, via, seen = /* @__PURE__ */ new Set()) => {
    if (!isMap(map) || seen.has(map)) return void 0;
    seen.add(map);
    const { own, merges } = indexOf(map);
    const found = own.get(key2);
    if (found) return found;
    for (const p of merges) {
      const sources = isSeq(p.value) ? p.value.items : [p.value];
      for (const source of sources) {
        const mergeVia = {};
        const target = deref(source, mergeVia);
        const found2 = findPair(target, key2, mergeVia, seen);
        if (found2) {
          via.range ??= mergeVia.range ?? rangeOf(p.key);
          return found2;
        }
      }
    }
    return void 0;
  };
  return {
    data,
    locate(path, preferKey) {
      const via = {};
      let node = doc.contents;
      let key2;
      for (const segment of path) {
        node = deref(node, via);
        let next;
        let nextKey;
        if (isMap(node)) {
          const pair = findPair(node, String(segment), via);
          if (!pair) break;
          next = pair.value;
          nextKey = rangeOf(pair.key);
          if (next === null || next === void 0) {
            return { range: nextKey ?? import_chunk_Y3HCMOLU.FILE_START, ...via.range ? { via: via.range } : {} };
          }
        } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== void 0) {
          next = node.items[segment];
        } else {
          break;
        }
        node = next;
        key2 = nextKey;
      }
      const value = rangeOf(deref(node, via));
      const range = (preferKey ? key2 ?? value : value ?? key2) ?? import_chunk_Y3HCMOLU.FILE_START;
      return via.range ? { range, via: via.range } : { range };
    }
  };
}
function findTruthy(doc, lineCounter) {
  const out = [];
  const { isPair, isSeq, Scalar, visit } = (0, import_chunk_OWFBXHUW.yamlLib)();
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (node.type !== Scalar.PLAIN || typeof node.value !== "string" || !TRUTHY_WORD.test(node.value) || !node.range)
        return;
      const chain = [...ancestors, node];
      const path = [];
      for (let i = 1; i < chain.length; i++) {
        const el = chain[i];
        const parent = chain[i - 1];
        if (isPair(el)) path.push(keyText(el) ?? String(el.key));
        else if (isSeq(parent)) path.push(parent.items.indexOf(el));
      }
      out.push({ path, text: node.value, range: offsetsToRange(lineCounter, node.range[0], node.range[1]) });
    }
  });
  return out;
}
function findDuplicateKeys(doc, lineCounter) {
  const out = [];
  (0, import_chunk_OWFBXHUW.yamlLib)().visit(doc, {
    Map(_key, map) {
      const first = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const k = pair.key;
        if (!(0, import_chunk_OWFBXHUW.yamlLib)().isScalar(k) || !k.range) continue;
        const seen = first.get(k.value);
        if (seen === void 0) {
          first.set(k.value, k.range[0]);
          continue;
        }
        out.push({
          key: String(k.value),
          firstLine: lineCounter.linePos(seen).line - 1,
          range: offsetsToRange(lineCounter, k.range[0], k.range[1])
        });
      }
    }
  });
  return out;
}
var Unsupported = class extends Error {
};
var fail = () => {
  throw new Unsupported();
};
var INT = /^[-+]?[0-9]+$/;
var OCT = /^0o[0-7]+$/;
var HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var INF = /^[-+]?\.(?:inf|Inf|INF)$/;
var NAN = /^\.(?:nan|NaN|NAN)$/;
function isTruthy(s) {
  return s.length <= 3 && TRUTHY_WORD.test(s);
}
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) {
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
  if (s === "~") return null;
  if (INT.test(s)) return Number(s);
  if (OCT.test(s)) return Number.parseInt(s.slice(2), 8);
  if (HEX.test(s)) return Number.parseInt(s.slice(2), 16);
  if (FLOAT.test(s)) return Number.parseFloat(s);
  if (INF.test(s)) return s.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (NAN.test(s)) return Number.NaN;
  return s;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "",
  _: " ",
  L: "\u2028",
  P: "\u2029"
};
function setKey(obj, key2, value) {
  if (Object.hasOwn(obj, key2)) fail();
  if (key2 === "__proto__")
    Object.defineProperty(obj, key2, { value, enumerable: true, writable: true, configurable: true });
  else obj[key2] = value;
}
var Parser = class {
  constructor(text, rejectTruthy = false, codes) {
    this.rejectTruthy = rejectTruthy;
    this.t = text;
    this.b = codes !== void 0 && codes.length === text.length ? codes : charCodes(text);
    this.table = new Array(ENTRY * Math.min(8192, Math.max(32, text.length >> 4)));
    this.lineAt(0, 0);
  }
  rejectTruthy;
  // Entries are kept flat: per entry, ENTRY numbers in `table` (its parent entry, then line/start/
  // end of key and of value, -1 when absent) and its path segment; paths are built only if a finding
  // needs them. One table sized from the text, not arrays grown by push: growing them was half of
  // what a lint run allocated (measured on bench/lint's corpus: 20 of 43 KB a file). A plain array
  // of small integers, not an Int32Array, whose off-heap buffer cost more to allocate per file.
  table;
  count = 0;
  segments = [];
  t;
  /** The text's UTF-16 code units: what `t.charCodeAt(i)` gives, read without a call. */
  b;
  /** The current line: its number, start offset, length (without its `\r\n` or `\n`) and the next line's start. */
  n = 0;
  ls = 0;
  ll = 0;
  next = 0;
  /** Make line `n`, starting at offset `start`, the current line (past the end: no line). */
  lineAt(n, start) {
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
  advance() {
    this.lineAt(this.n + 1, this.next);
  }
  /** Whether there is a current line (the text's last line may be empty). */
  get inText() {
    return this.ls <= this.t.length;
  }
  /** The character code at column `col` of the current line; -1 past its end. */
  c(col) {
    return col < this.ll && col >= 0 ? this.b[this.ls + col] : -1;
  }
  /** Columns `from` to `to` of the current line. */
  cut(from, to) {
    return this.t.slice(this.ls + from, this.ls + to);
  }
  /** The current line as a string, for the rarer one-line forms (quoted scalars, flow collections). */
  line() {
    return this.t.slice(this.ls, this.ls + this.ll);
  }
  add(parent, segment) {
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
  setRange(id, which, start, end) {
    const at = id * ENTRY + 1 + which;
    this.table[at] = this.n;
    this.table[at + 1] = start;
    this.table[at + 2] = end;
  }
  /** Skip blank and comment lines; the indent of the next content line, or -1 at the end. */
  nextIndent() {
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
  parseDocument() {
    const indent = this.nextIndent();
    if (indent < 0) fail();
    const value = this.isDash(indent) ? this.parseSeq(indent, -1, 0) : this.parseMap(indent, -1, 0);
    if (this.nextIndent() >= 0) fail();
    return value;
  }
  /** Whether the current line has a sequence dash at `col`. */
  isDash(col) {
    return this.c(col) === 45 && (col + 1 === this.ll || this.c(col + 1) === 32);
  }
  /** The end column of the key keyAt() read last, and the column after its `:`. */
  keyEnd = 0;
  keyAfter = 0;
  /**
   * The key starting at `col` (its end and the column after `:` in keyEnd and keyAfter: fields,
   * not an object per key); undefined if none.
   */
  keyAt(col) {
    const c = this.c(col);
    if (c === 34 || c === 39) {
      const q = parseQuoted(this.line(), col);
      if (!q) return void 0;
      let i = q.end;
      while (this.c(i) === 32) i++;
      if (this.c(i) !== 58 || i + 1 < this.ll && this.c(i + 1) !== 32) return void 0;
      this.keyEnd = q.end;
      this.keyAfter = i + 1;
      return q.value;
    }
    if (c < 0 || this.startsWithIndicator(col)) return void 0;
    if (col === 0 && this.ll >= 3 && (this.t.startsWith("---", this.ls) || this.t.startsWith("...", this.ls)))
      fail();
    let hash = 0;
    const b = this.b;
    const base = this.ls;
    const n = this.ll;
    for (let i = col; i < n; i++) {
      const ch = b[base + i];
      if (ch === 58 && (i + 1 === n || b[base + i + 1] === 32)) {
        let end = i;
        while (end > 0 && b[base + end - 1] === 32) end--;
        this.keyEnd = end;
        this.keyAfter = i + 1;
        return this.keyName(col, end, hash);
      }
      if (ch === 35 && i > 0 && b[base + i - 1] === 32) return void 0;
      hash = Math.imul(hash, 31) + ch | 0;
    }
    return void 0;
  }
  /**
   * The plain key at columns `from` to `to`, whose characters up to its `:` hash to `hash`. Config
   * files repeat the same keys (within a file and across a lint run), and setting a property
   * hashes a new key string each time: a key seen before is taken from KEYS instead, already
   * checked and already known to the engine as a property name. Measured on bench/lint's corpus:
   * the parse about 8% faster.
   */
  keyName(from, to, hash) {
    const slot = hash & KEYS.length - 1;
    const seen = KEYS[slot];
    if (seen !== void 0 && seen.length === to - from) {
      let k = 0;
      const b = this.b;
      const at = this.ls + from;
      while (k < seen.length && seen.charCodeAt(k) === b[at + k]) k++;
      if (k === seen.length) return seen;
    }
    const name = this.cut(from, to);
    if (name === "<<" || resolvePlain(name) !== name) fail();
    if (isTruthy(name)) {
      if (this.rejectTruthy) fail();
    } else if (name.length <= MAX_KEPT_KEY) {
      KEYS[slot] = name;
    }
    return name;
  }
  /** Whether a plain scalar or key at `col` of the current line would start with a YAML indicator. */
  startsWithIndicator(col) {
    return isIndicatorStart(this.c(col), this.c(col + 1));
  }
  /** The mapping at column `col` of the current line; `firstKey` when the caller already read it. */
  parseMap(col, parent, depth, firstKey) {
    if (depth > MAX_DEPTH) fail();
    const obj = {};
    for (let first = true; ; first = false) {
      if (!first) {
        const indent = this.nextIndent();
        if (indent < col) return obj;
        if (indent > col) fail();
      }
      const name = first && firstKey !== void 0 ? firstKey : this.keyAt(col) ?? fail();
      const after = this.keyAfter;
      const id = this.add(parent, name);
      this.setRange(id, 0, col, this.keyEnd);
      setKey(obj, name, this.parseValue(after, col, id, true, depth));
    }
  }
  parseSeq(col, parent, depth) {
    if (depth > MAX_DEPTH) fail();
    const items = [];
    for (let first = true; ; first = false) {
      if (!first) {
        const indent = this.nextIndent();
        if (indent < col) return items;
        if (indent > col || !this.isDash(col)) {
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
  parseValue(from, owner, id, isMapValue, depth) {
    let v = from;
    while (this.c(v) === 32) v++;
    if (v >= this.ll || this.c(v) === 35) {
      this.advance();
      const indent = this.nextIndent();
      if (indent < 0) return null;
      if (indent > owner || isMapValue && indent === owner && this.isDash(indent)) {
        return this.isDash(indent) ? this.parseSeq(indent, id, depth + 1) : this.parseMap(indent, id, depth + 1);
      }
      return null;
    }
    if (!isMapValue) {
      if (this.isDash(v)) return this.parseSeq(v, id, depth + 1);
      const key2 = this.keyAt(v);
      if (key2 !== void 0) return this.parseMap(v, id, depth + 1, key2);
    }
    const c = this.c(v);
    if (c === 124 || c === 62) return this.parseBlockScalar(v, owner);
    let value;
    let end;
    if (c === 91 || c === 123) {
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
      if (this.c(end - 1) === 58) fail();
      const raw = this.cut(v, end);
      if (this.rejectTruthy && isTruthy(raw)) fail();
      value = resolvePlain(raw);
      this.setRange(id, 3, v, end);
    }
    let rest = end;
    while (this.c(rest) === 32) rest++;
    if (rest < this.ll && (this.c(rest) !== 35 || rest === end)) fail();
    this.advance();
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
  parseBlockScalar(v, owner) {
    const folded = this.c(v) === 62;
    let h = v + 1;
    const strip = this.c(h) === 45;
    if (strip) h++;
    if (h < this.ll) {
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
    if (indent <= owner || widestBlank > indent) fail();
    let out = "\n".repeat(this.n - header - 1);
    let blanks = -1;
    for (; this.inText; this.advance()) {
      let c = 0;
      while (c < indent && this.c(c) === 32) c++;
      if (c === this.ll) {
        if (blanks >= 0) blanks++;
        continue;
      }
      if (c < indent) break;
      if (this.c(indent) === 32 && (folded || this.line().trim() === "")) fail();
      const text = this.cut(indent, this.ll);
      if (blanks < 0) out += text;
      else if (folded) out += (blanks === 0 ? " " : "\n".repeat(blanks)) + text;
      else out += "\n".repeat(blanks + 1) + text;
      blanks = 0;
      if (this.next > this.t.length) fail();
    }
    if (this.nextIndent() > owner) fail();
    return strip ? out : `${out}
`;
  }
};
var ENTRY = 7;
var KEYS = new Array(4096).fill(void 0);
var MAX_KEPT_KEY = 64;
var INDICATOR = new Uint8Array(128);
for (const ch of "[]{},#&*!|>'\"%@`") INDICATOR[ch.charCodeAt(0)] = 1;
function isIndicatorStart(c, next) {
  if (INDICATOR[c] === 1) return true;
  return (c === 45 || c === 63 || c === 58) && (next === 32 || !(next >= 0));
}
function parseQuoted(line, col) {
  const q = line[col];
  const close = line.indexOf(q, col + 1);
  if (close !== -1 && (q === "'" ? line[close + 1] !== "'" : !line.slice(col + 1, close).includes("\\"))) {
    return { value: line.slice(col + 1, close), end: close + 1 };
  }
  let out = "";
  for (let i = col + 1; i < line.length; i++) {
    const c = line[i];
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
    if (e === void 0) return void 0;
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
  return void 0;
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
var FlowParser = class {
  constructor(line, pos, rejectTruthy) {
    this.line = line;
    this.pos = pos;
    this.rejectTruthy = rejectTruthy;
  }
  line;
  pos;
  rejectTruthy;
  /** The character code at `at`; NaN past the end. */
  code(at) {
    return this.line.charCodeAt(at);
  }
  ws() {
    while (this.code(this.pos) === 32) this.pos++;
  }
  parse(depth = 0) {
    if (depth > MAX_DEPTH) fail();
    const isSeq = this.code(this.pos) === 91;
    this.pos++;
    const close = isSeq ? 93 : 125;
    const seq = [];
    const map = {};
    for (; ; ) {
      this.ws();
      if (this.code(this.pos) === close) {
        this.pos++;
        return isSeq ? seq : map;
      }
      if (isSeq) seq.push(this.item(depth));
      else {
        const key2 = this.item(depth, true);
        if (typeof key2 !== "string" || key2 === "<<") fail();
        this.ws();
        if (this.code(this.pos) !== 58) fail();
        this.pos++;
        this.ws();
        const next = this.code(this.pos);
        setKey(map, key2, next === 44 || next === close ? null : this.item(depth));
      }
      this.ws();
      if (this.code(this.pos) === 44) this.pos++;
      else if (this.code(this.pos) !== close) fail();
    }
  }
  item(depth, isKey = false) {
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
        const next = this.code(this.pos + 1);
        if (next === 32 || Number.isNaN(next) || isFlowIndicator(next)) break;
      }
      if (ch === 35 && this.code(this.pos - 1) === 32) fail();
      this.pos++;
    }
    const raw = this.line.slice(start, this.pos).trim();
    if (raw === "" || isIndicatorStart(raw.charCodeAt(0), raw.charCodeAt(1))) fail();
    if (!isKey && this.code(this.pos) === 58) fail();
    if (this.rejectTruthy && isTruthy(raw)) fail();
    return isKey ? resolvePlain(raw) === raw ? raw : fail() : resolvePlain(raw);
  }
};
function entryAt(p, i) {
  const range = (at) => {
    const base = i * ENTRY + 1 + at;
    const line = p.table[base];
    if (line < 0) return void 0;
    return {
      start: { line, column: p.table[base + 1] },
      end: { line, column: p.table[base + 2] }
    };
  };
  const entry = {};
  const key2 = range(0);
  const value = range(3);
  if (key2) entry.key = key2;
  if (value) entry.value = value;
  return entry;
}
function buildIndex(p) {
  const index = /* @__PURE__ */ new Map();
  const paths = [];
  for (let i = 0; i < p.count; i++) {
    const parent = p.table[i * ENTRY];
    const path = parent < 0 ? [p.segments[i]] : [...paths[parent], p.segments[i]];
    paths.push(path);
    index.set(path.join("\0"), entryAt(p, i));
  }
  return index;
}
function findEntry(p, path) {
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
    if (found < 0) return void 0;
    parent = found;
    from = found + 1;
  }
  return entryAt(p, parent);
}
var DIRECT_LOOKUPS = 8;
var LeanParse = class {
  constructor(data, parser) {
    this.data = data;
    this.parser = parser;
  }
  data;
  parser;
  built;
  lookups = 0;
  get index() {
    this.built ??= buildIndex(this.parser);
    return this.built;
  }
  entry(path) {
    if (this.built || ++this.lookups > DIRECT_LOOKUPS) return this.index.get(path.join("\0"));
    return findEntry(this.parser, path);
  }
};
function charCodes(text) {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}
function parseLeanYaml(text, options = {}) {
  if (text.includes("	")) return void 0;
  const parser = new Parser(text, options.rejectTruthy, options.bytes);
  try {
    return new LeanParse(parser.parseDocument(), parser);
  } catch (err) {
    if (err instanceof Unsupported || err instanceof RangeError) return void 0;
    throw err;
  }
}
var CannotLocate = class extends Error {
};
var key = (path) => path.join("\0");
function leanLocate(index, path, preferKey) {
  const entry = typeof index === "function" ? index(path) : index.get(key(path));
  const range = preferKey ? entry?.key ?? entry?.value : entry?.value;
  if (!range) throw new CannotLocate(path.join("."));
  return range;
}
var MAX_ALIAS_COUNT = 100;
var PARSE_OPTIONS = {
  uniqueKeys: false,
  prettyErrors: false,
  merge: true,
  schema: "core",
  resolveKnownTags: false
};
function duplicateDiagnostics(doc, file, lineCounter, lastWins) {
  return findDuplicateKeys(doc, lineCounter).map(({ key: key2, firstLine, range }) => ({
    code: "yaml/duplicate-key",
    severity: "error",
    message: `duplicate key ${JSON.stringify(key2)} (first at line ${firstLine + 1})${lastWins ? "; the last value is used, as YAML 1.2 loaders do" : ""}`,
    file,
    range
  }));
}
var UNRESOLVED_TAG_HINT = "YAML 1.2's core schema has no such type: the value is checked as the plain mapping, list or string it is written as.";
function toDiagnostic(error, file, lineCounter) {
  const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return {
    code: "yaml/parse",
    severity: "error",
    message,
    file,
    range: offsetsToRange(lineCounter, error.pos[0], error.pos[1]),
    ...error.code === "TAG_RESOLVE_FAILED" ? { hint: UNRESOLVED_TAG_HINT } : {}
  };
}
function directiveDiagnostics(text, file, lineCounter) {
  return findDirectiveProblems(text).map(({ start, end, message }) => ({
    code: "yaml/parse",
    severity: "error",
    message,
    file,
    range: offsetsToRange(lineCounter, start, end)
  }));
}
function fileDiagnostic(code, message, file, hint) {
  return { code, severity: "error", message, file, range: import_chunk_Y3HCMOLU.FILE_START, ...hint ? { hint } : {} };
}
function tooDeep(text, file) {
  const depth = nestingDepth(text);
  if (depth <= MAX_DEPTH) return void 0;
  return fileDiagnostic(
    "file/too-deep",
    `nesting is about ${depth} levels deep, over the limit of ${MAX_DEPTH}`,
    file
  );
}
function toData(doc, file, diagnostics) {
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      diagnostics.push(fileDiagnostic("file/too-deep", "nesting is too deep to read", file));
    } else {
      diagnostics.push(
        fileDiagnostic(
          "yaml/alias-bomb",
          `aliases expand too much: ${err.message}`,
          file,
          "Repeat the values instead of nesting aliases."
        )
      );
    }
    return { ok: false, data: void 0 };
  }
}
function parseYaml(text, file) {
  const lean = parseLeanYaml(text);
  if (lean) {
    const data = lean.data;
    let full;
    const locate = (path, preferKey) => {
      try {
        return { range: leanLocate((p) => lean.entry(p), path, preferKey) };
      } catch (err) {
        if (!(err instanceof CannotLocate)) throw err;
        full ??= parseFullYaml(text, file).document;
        return full.locate(path, preferKey);
      }
    };
    return { data, document: { data, locate }, diagnostics: [] };
  }
  return parseFullYaml(text, file);
}
function parseFullYaml(text, file) {
  const deep = tooDeep(text, file);
  const yaml = (0, import_chunk_OWFBXHUW.yamlLib)();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(deep ? "" : text, { ...PARSE_OPTIONS, lineCounter });
  const diagnostics = deep ? [deep] : [
    ...doc.errors.map((e) => toDiagnostic(e, file, lineCounter)),
    ...directiveDiagnostics(text, file, lineCounter)
  ];
  if (!deep) diagnostics.push(...duplicateDiagnostics(doc, file, lineCounter, false));
  for (const w of doc.warnings)
    diagnostics.push({ ...toDiagnostic(w, file, lineCounter), severity: "warning" });
  const data = diagnostics.some((d) => d.severity === "error") ? void 0 : toData(doc, file, diagnostics).data;
  return { data, document: yamlSourceDocument(doc, lineCounter, data), diagnostics };
}
function parseYamlFile(text, file) {
  const result = { format: "yaml", documents: [], diagnostics: [], truthy: [] };
  const deep = tooDeep(text, file);
  if (deep) {
    result.diagnostics.push(deep);
    return result;
  }
  const yaml = (0, import_chunk_OWFBXHUW.yamlLib)();
  const lineCounter = new yaml.LineCounter();
  const docs = yaml.parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  result.diagnostics.push(...directiveDiagnostics(text, file, lineCounter));
  for (const doc of Array.isArray(docs) ? docs : []) {
    const errors = doc.errors.map((e) => toDiagnostic(e, file, lineCounter));
    result.diagnostics.push(...errors);
    for (const w of doc.warnings)
      result.diagnostics.push({ ...toDiagnostic(w, file, lineCounter), severity: "warning" });
    result.truthy.push(...findTruthy(doc, lineCounter));
    if (errors.length) continue;
    result.diagnostics.push(...duplicateDiagnostics(doc, file, lineCounter, true));
    const { ok, data } = toData(doc, file, result.diagnostics);
    if (ok) result.documents.push(yamlSourceDocument(doc, lineCounter, data));
  }
  return result;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CannotLocate,
  MAX_DEPTH,
  countLines,
  leanLocate,
  nestingDepth,
  offsetsToRange,
  parseLeanYaml,
  parseYaml,
  parseYamlFile
});
