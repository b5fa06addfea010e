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
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_HYYFA32R_exports = {};
__export(chunk_HYYFA32R_exports, {
  UnsupportedPatternError: () => UnsupportedPatternError,
  ajvRegExp: () => ajvRegExp,
  compileLinear: () => compileLinear,
  lazyAjvRegExp: () => lazyAjvRegExp,
  patternProblem: () => patternProblem,
  translatePattern: () => translatePattern
});
module.exports = __toCommonJS(chunk_HYYFA32R_exports);
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var SPACE_RANGES = [
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279]
];
var MAX_CODE_POINT = 1114111;
var MAX_REPEAT = 1e3;
var hex = (c) => `\\x{${c.toString(16)}}`;
var rangesText = (ranges) => ranges.map(([lo, hi]) => lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`).join("");
function complement(ranges) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}
var SPACE = rangesText(SPACE_RANGES);
var NOT_SPACE = rangesText(complement(SPACE_RANGES));
var ANY = `${hex(0)}-${hex(MAX_CODE_POINT)}`;
var DOT = `[^${hex(10)}${hex(13)}${hex(8232)}${hex(8233)}]`;
var CONTROL = { t: 9, n: 10, v: 11, f: 12, r: 13 };
var COUNT = /\{(\d+)(?:,(\d*))?\}/y;
var LOW_SURROGATE = /\\u([dD][c-fC-F][0-9a-fA-F]{2})/y;
var UnsupportedPatternError = class extends Error {
  constructor(pattern, construct) {
    super(`/${pattern}/ uses ${construct}, which the linear-time regex engine does not support`);
    this.pattern = pattern;
    this.construct = construct;
    this.name = "UnsupportedPatternError";
  }
  pattern;
  construct;
};
var Translator = class {
  constructor(p) {
    this.p = p;
  }
  p;
  i = 0;
  out = "";
  unsupported(construct) {
    throw new UnsupportedPatternError(this.p, construct);
  }
  run() {
    const p = this.p;
    while (this.i < p.length) {
      const ch = p[this.i];
      if (ch === "\\") this.out += this.escape(false);
      else if (ch === "[") this.out += this.charClass();
      else if (ch === "(") this.out += this.group();
      else if (ch === "{") this.out += this.repeat();
      else if (ch === ".") {
        this.out += DOT;
        this.i++;
      } else {
        const cp = p.codePointAt(this.i);
        this.out += String.fromCodePoint(cp);
        this.i += cp > 65535 ? 2 : 1;
      }
    }
    return this.out;
  }
  /** `(`: capturing and named groups become non-capturing; lookaround and modifiers are refused. */
  group() {
    const p = this.p;
    this.i++;
    if (p[this.i] !== "?") return "(?:";
    const rest = p.slice(this.i, this.i + 3);
    if (rest.startsWith("?:")) {
      this.i += 2;
      return "(?:";
    }
    if (rest.startsWith("?=") || rest.startsWith("?!"))
      this.unsupported(`a lookahead ((${rest.slice(0, 2)}…)`);
    if (rest === "?<=" || rest === "?<!") this.unsupported(`a lookbehind ((${rest}…)`);
    if (rest.startsWith("?<")) {
      this.i = p.indexOf(">", this.i) + 1;
      return "(?:";
    }
    return this.unsupported("an inline flag group ((?i:…))");
  }
  /** `{n}`, `{n,}`, `{n,m}`: the same in RE2, up to its count limit. */
  repeat() {
    COUNT.lastIndex = this.i;
    const m = COUNT.exec(this.p);
    for (const n of [m[1], m[2]])
      if (n && Number(n) > MAX_REPEAT) this.unsupported(`a repeat count over ${MAX_REPEAT} (${m[0]})`);
    this.i += m[0].length;
    return m[0];
  }
  /** `[...]`, from its bracket; set operations do not exist without the `v` flag. */
  charClass() {
    const p = this.p;
    this.i++;
    const negate = p[this.i] === "^";
    if (negate) this.i++;
    if (p[this.i] === "]") {
      this.i++;
      return negate ? `[${ANY}]` : `[^${ANY}]`;
    }
    let body = "";
    while (p[this.i] !== "]") {
      if (p[this.i] === "\\") body += this.escape(true);
      else {
        const cp = p.codePointAt(this.i);
        this.i += cp > 65535 ? 2 : 1;
        body += cp === 45 ? "-" : literal(cp);
      }
    }
    this.i++;
    return `[${negate ? "^" : ""}${body}]`;
  }
  /** A `\` escape at the cursor, in a class or not; returns its RE2 text. */
  escape(inClass) {
    const p = this.p;
    const c = p[this.i + 1];
    this.i += 2;
    if ("dDwW".includes(c)) return `\\${c}`;
    if (c === "b" || c === "B") return inClass ? hex(8) : `\\${c}`;
    if (c === "s") return inClass ? SPACE : `[${SPACE}]`;
    if (c === "S") return inClass ? NOT_SPACE : `[^${SPACE}]`;
    if (c >= "1" && c <= "9") this.unsupported(`a backreference (\\${c})`);
    if (c === "k") this.unsupported(`a backreference (\\k<…>)`);
    if (c === "0") return hex(0);
    if (CONTROL[c] !== void 0) return hex(CONTROL[c]);
    if (c === "c") return hex(p.charCodeAt(this.i++) % 32);
    if (c === "x") {
      const code = Number.parseInt(p.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return hex(code);
    }
    if (c === "u") return hex(this.unicodeEscape());
    if (c === "p" || c === "P") return this.property(c);
    return literal(c.codePointAt(0));
  }
  /** After `\u`: `{X…}`, `XXXX`, or a surrogate pair of two `\uXXXX` (one code point under `u`). */
  unicodeEscape() {
    const p = this.p;
    if (p[this.i] === "{") {
      const close = p.indexOf("}", this.i);
      const code2 = Number.parseInt(p.slice(this.i + 1, close), 16);
      this.i = close + 1;
      return code2;
    }
    const code = Number.parseInt(p.slice(this.i, this.i + 4), 16);
    this.i += 4;
    LOW_SURROGATE.lastIndex = this.i;
    const low = LOW_SURROGATE.exec(p);
    if (code >= 55296 && code <= 56319 && low) {
      this.i += 6;
      return 65536 + (code - 55296 << 10) + (Number.parseInt(low[1], 16) - 56320);
    }
    return code;
  }
  /** `\p{…}`: general categories by short name and scripts carry over; other properties do not. */
  property(c) {
    const close = this.p.indexOf("}", this.i);
    const body = this.p.slice(this.i + 1, close);
    this.i = close + 1;
    const eq = body.indexOf("=");
    const key = eq < 0 ? "" : body.slice(0, eq);
    const value = eq < 0 ? body : body.slice(eq + 1);
    const category = /^[A-Z][a-z]?$/.test(value) && (key === "" || key === "gc" || key === "General_Category");
    const script = (key === "sc" || key === "Script") && /^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/.test(value);
    if (!category && !script) this.unsupported(`the Unicode property \\${c}{${body}}`);
    return `\\${c}{${value}}`;
  }
};
function literal(cp) {
  if (cp < 128 && !/[A-Za-z0-9]/.test(String.fromCharCode(cp)))
    return cp < 32 ? hex(cp) : `\\${String.fromCharCode(cp)}`;
  return String.fromCodePoint(cp);
}
function translatePattern(source) {
  return new Translator(source).run();
}
function compileLinear(source, options = {}) {
  new RegExp(source, "u");
  const translated = translatePattern(source);
  const text = `/${source}/u`;
  if ((!BRANCHING.test(source) || isOneAnchoredRun(source)) && !PROPERTY.test(source)) {
    const native = new RegExp(source, options.ignoreCase ? "ui" : "u");
    return { test: (s) => native.test(s), toString: () => text };
  }
  const { RE2JS: engine } = (0, import_chunk_OWFBXHUW.re2js)();
  let re;
  try {
    re = engine.compile(translated, options.ignoreCase ? engine.CASE_INSENSITIVE : 0);
  } catch (err) {
    throw new UnsupportedPatternError(source, `a construct RE2 refuses (${err.message})`);
  }
  return { test: (s) => re.test(s), toString: () => text };
}
var BRANCHING = /[*+?{|]/;
var PROPERTY = /\\[pP]/;
var ONE_CHARACTER_ESCAPES = new Set("dDwWsSbB.-/\\^$*+?()[]{}|");
function isOneAnchoredRun(source) {
  const end = source.length - 1;
  if (source[0] !== "^" || source[end] !== "$" || source[end - 1] === "\\") return false;
  let runs = 0;
  let i = 1;
  while (i < end) {
    const c = source[i];
    if (c === "[") {
      const close = source.indexOf("]", i + 1);
      if (close < 0 || close >= end) return false;
      for (let k = i + 1; k < close; k++) if (source[k] === "\\" || source[k] === "[") return false;
      i = close + 1;
    } else if (c === "\\") {
      if (!ONE_CHARACTER_ESCAPES.has(source[i + 1])) return false;
      i += 2;
    } else if ("()[]{}|*+?^$".includes(c)) {
      return false;
    } else {
      i++;
    }
    if (source[i] === "*" || source[i] === "+") {
      if (++runs > 1) return false;
      i++;
    }
  }
  return i === end;
}
function patternProblem(source) {
  try {
    compileLinear(source);
    return void 0;
  } catch (err) {
    if (err instanceof UnsupportedPatternError) return { unsupported: true, message: err.message };
    if (err instanceof SyntaxError) return { unsupported: false, message: err.message };
    throw err;
  }
}
function ajvRegExp(source, _flags) {
  return compileLinear(source);
}
ajvRegExp.code = "linearRegExp";
function lazyAjvRegExp(source, _flags) {
  let compiled;
  const text = `/${source}/u`;
  return {
    test: (s) => {
      compiled ??= compileLinear(source);
      return compiled.test(s);
    },
    toString: () => text
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  UnsupportedPatternError,
  ajvRegExp,
  compileLinear,
  lazyAjvRegExp,
  patternProblem,
  translatePattern
});
