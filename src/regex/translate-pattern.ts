/**
 * JavaScript `u`-flag pattern syntax (what `mlgate.yml` regexes and JSON Schema patterns are
 * written in) rewritten into RE2 syntax with the same matches, or the construct RE2 cannot run.
 * The caller has already checked the pattern with `new RegExp(source, "u")`, so the grammar here
 * is the strict `u`-mode one: no octal escapes, no lone `{`, `}` or `]`, no identity escapes of
 * letters. Groups become non-capturing: a check only asks whether a value matches.
 */

/** JavaScript's `\s`: ASCII whitespace and Unicode spaces (RE2's `\s` is only `[\t\n\f\r ]`). */
const SPACE_RANGES: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const MAX_CODE_POINT = 0x10ffff;
/** RE2 refuses counted repetitions above 1000 (its program would grow with the count). */
const MAX_REPEAT = 1000;

const hex = (c: number): string => `\\x{${c.toString(16)}}`;
const rangesText = (ranges: [number, number][]): string =>
  ranges.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join("");

/** The code points outside `ranges` (sorted, disjoint), for `\S` inside a class. */
function complement(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

const SPACE = rangesText(SPACE_RANGES);
const NOT_SPACE = rangesText(complement(SPACE_RANGES));
const ANY = `${hex(0)}-${hex(MAX_CODE_POINT)}`;
/** JavaScript's `.` without the `s` flag: anything but the four line terminators. */
const DOT = `[^${hex(0x0a)}${hex(0x0d)}${hex(0x2028)}${hex(0x2029)}]`;
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
// Sticky, read at the cursor: slicing the rest of the pattern at each one would be quadratic.
const COUNT = /\{(\d+)(?:,(\d*))?\}/y;
const LOW_SURROGATE = /\\u([dD][c-fC-F][0-9a-fA-F]{2})/y;

/** A pattern RE2 cannot run: `construct` names what, for the user's message. */
export class UnsupportedPatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly construct: string,
  ) {
    super(`/${pattern}/ uses ${construct}, which the linear-time regex engine does not support`);
    this.name = "UnsupportedPatternError";
  }
}

/** Rewrites one pattern; a class so the cursor and the output are not threaded through every helper. */
class Translator {
  private i = 0;
  private out = "";
  constructor(private readonly p: string) {}

  private unsupported(construct: string): never {
    throw new UnsupportedPatternError(this.p, construct);
  }

  run(): string {
    const p = this.p;
    while (this.i < p.length) {
      const ch = p[this.i]!;
      if (ch === "\\") this.out += this.escape(false);
      else if (ch === "[") this.out += this.charClass();
      else if (ch === "(") this.out += this.group();
      else if (ch === "{") this.out += this.repeat();
      else if (ch === ".") {
        this.out += DOT;
        this.i++;
      } else {
        // ^ $ | ) * + ? mean the same in both syntaxes (RE2's ^ and $ without the m flag are the
        // ends of the text, as in JavaScript); other characters are literals, copied whole.
        const cp = p.codePointAt(this.i)!;
        this.out += String.fromCodePoint(cp);
        this.i += cp > 0xffff ? 2 : 1;
      }
    }
    return this.out;
  }

  /** `(`: capturing and named groups become non-capturing; lookaround and modifiers are refused. */
  private group(): string {
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
  private repeat(): string {
    COUNT.lastIndex = this.i;
    const m = COUNT.exec(this.p)!;
    for (const n of [m[1], m[2]])
      if (n && Number(n) > MAX_REPEAT) this.unsupported(`a repeat count over ${MAX_REPEAT} (${m[0]})`);
    this.i += m[0].length;
    return m[0];
  }

  /** `[...]`, from its bracket; set operations do not exist without the `v` flag. */
  private charClass(): string {
    const p = this.p;
    this.i++;
    const negate = p[this.i] === "^";
    if (negate) this.i++;
    // `[]` matches nothing and `[^]` anything; RE2 reads `]` there as a member.
    if (p[this.i] === "]") {
      this.i++;
      return negate ? `[${ANY}]` : `[^${ANY}]`;
    }
    let body = "";
    while (p[this.i] !== "]") {
      if (p[this.i] === "\\") body += this.escape(true);
      else {
        const cp = p.codePointAt(this.i)!;
        this.i += cp > 0xffff ? 2 : 1;
        // `-` between members is a range in both; other punctuation is escaped so RE2 cannot
        // read it as its own syntax (`[[:alpha:]]` is a POSIX class in RE2, three members here).
        body += cp === 0x2d ? "-" : literal(cp);
      }
    }
    this.i++;
    return `[${negate ? "^" : ""}${body}]`;
  }

  /** A `\` escape at the cursor, in a class or not; returns its RE2 text. */
  private escape(inClass: boolean): string {
    const p = this.p;
    const c = p[this.i + 1]!;
    this.i += 2;
    if ("dDwW".includes(c)) return `\\${c}`; // ASCII in both without the i flag
    if (c === "b" || c === "B") return inClass ? hex(8) : `\\${c}`; // [\b] is backspace
    if (c === "s") return inClass ? SPACE : `[${SPACE}]`;
    if (c === "S") return inClass ? NOT_SPACE : `[^${SPACE}]`;
    if (c >= "1" && c <= "9") this.unsupported(`a backreference (\\${c})`);
    if (c === "k") this.unsupported(`a backreference (\\k<…>)`);
    if (c === "0") return hex(0);
    if (CONTROL[c] !== undefined) return hex(CONTROL[c]);
    if (c === "c") return hex(p.charCodeAt(this.i++) % 32);
    if (c === "x") {
      const code = Number.parseInt(p.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return hex(code);
    }
    if (c === "u") return hex(this.unicodeEscape());
    if (c === "p" || c === "P") return this.property(c);
    // An identity escape of a syntax character (or `-` in a class).
    return literal(c.codePointAt(0)!);
  }

  /** After `\u`: `{X…}`, `XXXX`, or a surrogate pair of two `\uXXXX` (one code point under `u`). */
  private unicodeEscape(): number {
    const p = this.p;
    if (p[this.i] === "{") {
      const close = p.indexOf("}", this.i);
      const code = Number.parseInt(p.slice(this.i + 1, close), 16);
      this.i = close + 1;
      return code;
    }
    const code = Number.parseInt(p.slice(this.i, this.i + 4), 16);
    this.i += 4;
    LOW_SURROGATE.lastIndex = this.i;
    const low = LOW_SURROGATE.exec(p);
    if (code >= 0xd800 && code <= 0xdbff && low) {
      this.i += 6;
      return 0x10000 + ((code - 0xd800) << 10) + (Number.parseInt(low[1]!, 16) - 0xdc00);
    }
    return code;
  }

  /** `\p{…}`: general categories by short name and scripts carry over; other properties do not. */
  private property(c: string): string {
    const close = this.p.indexOf("}", this.i);
    const body = this.p.slice(this.i + 1, close);
    this.i = close + 1;
    const eq = body.indexOf("=");
    const key = eq < 0 ? "" : body.slice(0, eq);
    const value = eq < 0 ? body : body.slice(eq + 1);
    // RE2 knows the one- and two-letter category names and the long script names (Greek, Latin);
    // a lone name in JavaScript is a category or a binary property, which RE2 does not know.
    const category =
      /^[A-Z][a-z]?$/.test(value) && (key === "" || key === "gc" || key === "General_Category");
    const script = (key === "sc" || key === "Script") && /^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/.test(value);
    if (!category && !script) this.unsupported(`the Unicode property \\${c}{${body}}`);
    return `\\${c}{${value}}`;
  }
}

/** A literal code point in RE2 syntax: ASCII punctuation escaped, everything else as itself. */
function literal(cp: number): string {
  if (cp < 0x80 && !/[A-Za-z0-9]/.test(String.fromCharCode(cp)))
    return cp < 0x20 ? hex(cp) : `\\${String.fromCharCode(cp)}`;
  return String.fromCodePoint(cp);
}

/** RE2 syntax for a pattern that `new RegExp(source, "u")` accepts; throws UnsupportedPatternError. */
export function translatePattern(source: string): string {
  return new Translator(source).run();
}
