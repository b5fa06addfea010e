/**
 * A `regex` of mlgate.yml (JavaScript `u`-flag syntax, already checked by compileLinear) rewritten
 * for PostgreSQL's `~`, or refused. PostgreSQL's engine is a DFA/NFA hybrid that only backtracks
 * for back-references; none can be written here (every group becomes non-capturing and `\1` is
 * refused), so a match stays linear in the value, the promise the file path makes with RE2.
 * Only constructs whose meaning is the same in both are translated: `.`, `\d`, `\w`, `\s` spelled
 * out as JavaScript defines them; word boundaries, Unicode properties and lookarounds are refused.
 */

/** A construct this translation does not carry over to PostgreSQL. */
export class PostgresRegexError extends Error {}

/** PostgreSQL refuses bounds past 255 (RE_DUP_MAX). */
const MAX_BOUND = 255;

/** JavaScript's `\s` (ASCII whitespace and Unicode spaces) as bracket content. */
const SPACES = "\t\n\u000b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const CLASS: Record<string, string> = { d: "0-9", w: "0-9A-Za-z_", s: SPACES };
/** Characters that are literal after a backslash in both syntaxes. */
const PUNCT = "^$\\.*+?()[]{}|/-";
const CONTROL: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\u000b" };

/** A literal character in PostgreSQL syntax (punctuation escaped). */
const lit = (c: string) => (/^[\p{L}\p{N}\s]$/u.test(c) || c.codePointAt(0)! > 127 ? c : `\\${c}`);

/** Read a `\x`, `\u`, `\u{…}` or control escape at `i` (after the backslash): [char, next index]. */
function charEscape(p: string, i: number): [string, number] | undefined {
  const c = p[i]!;
  if (CONTROL[c]) return [CONTROL[c], i + 1];
  if (c === "x") return [String.fromCodePoint(Number.parseInt(p.slice(i + 1, i + 3), 16)), i + 3];
  if (c === "u" && p[i + 1] === "{") {
    const end = p.indexOf("}", i);
    return [String.fromCodePoint(Number.parseInt(p.slice(i + 2, end), 16)), end + 1];
  }
  if (c === "u") return [String.fromCodePoint(Number.parseInt(p.slice(i + 1, i + 5), 16)), i + 5];
  if (PUNCT.includes(c)) return [c, i + 1];
  return undefined;
}

function refuse(what: string): never {
  throw new PostgresRegexError(
    `${what} has no translation for PostgreSQL here (use \`engine: duckdb\`, whose regexes are RE2, or rewrite the pattern)`,
  );
}

/** A bracket expression starting at `i` (after `[`): [PostgreSQL text, next index]. */
function bracket(p: string, i: number): [string, number] {
  let out = "[";
  if (p[i] === "^") {
    out += "^";
    i++;
  }
  while (p[i] !== "]") {
    if (i >= p.length) refuse("an unterminated class");
    const c = p[i]!;
    if (c === "\\") {
      const e = p[i + 1]!;
      if (CLASS[e]) {
        out += CLASS[e];
        i += 2;
        continue;
      }
      const ch = charEscape(p, i + 1) ?? refuse(`\\${e} inside a class`);
      out += lit(ch[0]);
      i = ch[1];
      continue;
    }
    out += c === "-" ? "-" : lit(c);
    i += c.length;
  }
  return [`${out}]`, i + 1];
}

/** The pattern in PostgreSQL's advanced regex syntax; throws PostgresRegexError when it cannot be. */
export function toPostgresRegex(p: string): string {
  let out = "";
  let i = 0;
  while (i < p.length) {
    const c = String.fromCodePoint(p.codePointAt(i)!);
    if (c === "\\") {
      const e = p[i + 1]!;
      if (CLASS[e]) out += `[${CLASS[e]}]`;
      else if (CLASS[e.toLowerCase()] && e !== e.toLowerCase()) out += `[^${CLASS[e.toLowerCase()]}]`;
      else {
        const ch = charEscape(p, i + 1) ?? refuse(`\\${e}`);
        out += lit(ch[0]);
        i = ch[1];
        continue;
      }
      i += 2;
    } else if (c === "[") {
      const [text, next] = bracket(p, i + 1);
      out += text;
      i = next;
    } else if (c === "(") {
      if (p.startsWith("(?:", i)) i += 3;
      else if (p.startsWith("(?<", i) && !p.startsWith("(?<=", i) && !p.startsWith("(?<!", i))
        i = p.indexOf(">", i) + 1;
      else if (p[i + 1] === "?") refuse("a lookaround");
      else i += 1;
      out += "(?:";
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i))!;
      if (Number(m[1]) > MAX_BOUND || Number(m[3] || 0) > MAX_BOUND) refuse(`a count above ${MAX_BOUND}`);
      out += m[0];
      i += m[0].length;
    } else if (c === ".") {
      out += "[^\n\r\u2028\u2029]";
      i++;
    } else if ("^$|)*+?".includes(c)) {
      out += c;
      i++;
    } else {
      out += lit(c);
      i += c.length;
    }
  }
  return out;
}
