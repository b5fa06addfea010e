/**
 * Regexes from configs and schemas, matched by RE2JS: time linear in the text, whatever the
 * pattern (DESIGN.md, "Security model"); patterns without quantifiers or alternation, linear on
 * any engine, run on V8's own. A pattern is checked with JavaScript's own parser first,
 * so what is a syntax error stays the same, then translated to RE2 syntax.
 */
import type { RE2JS } from "re2js";
import { re2js } from "../vendor/lazy-module.js";
import { translatePattern, UnsupportedPatternError } from "./translate-pattern.js";

export { UnsupportedPatternError } from "./translate-pattern.js";

/** A compiled pattern: `test` finds a match anywhere in the text, like `RegExp.prototype.test`. */
export interface LinearRegex {
  test(text: string): boolean;
  /** `/source/u`, as ajv keys its patterns by it. */
  toString(): string;
}

/**
 * Compile a JavaScript `u`-flag pattern onto RE2JS. Throws a SyntaxError for an invalid pattern
 * and an UnsupportedPatternError for one RE2 cannot run (a backreference, a lookaround).
 */
export function compileLinear(source: string, options: { ignoreCase?: boolean } = {}): LinearRegex {
  // Only parsed, never run: V8 compiles a RegExp lazily, at its first match.
  new RegExp(source, "u");
  const translated = translatePattern(source);
  const text = `/${source}/u`;
  if ((!BRANCHING.test(source) || isOneAnchoredRun(source)) && !PROPERTY.test(source)) {
    // A pattern with no quantifier and no alternation has one way to match at each start, so
    // V8's own engine is linear on it too (the text's length times the pattern's); so is
    // `^[a-z][a-z0-9_-]*$`, whose one start and one run backtrack at most once per character.
    // Either runs with JavaScript's semantics exactly. Measured on bench/lint's corpus: a schema's
    // `^s3://bucket/` and `^[a-z0-9-]+$` on RE2JS took about as long as the validator's own code.
    // What RE2 refuses beyond what translatePattern refuses (backreferences, lookarounds) is a
    // count past its program size or a property name it does not know, neither possible here:
    // RE2 is not asked (a test compiles such patterns on it all the same), so a run with only
    // such patterns never builds RE2JS's tables (about 15 ms of bench/lint's start).
    const native = new RegExp(source, options.ignoreCase ? "ui" : "u");
    return { test: (s) => native.test(s), toString: () => text };
  }
  // Loaded outside the try: a missing engine is mlgate's fault, not the pattern's.
  const { RE2JS: engine } = re2js();
  let re: RE2JS;
  try {
    re = engine.compile(translated, options.ignoreCase ? engine.CASE_INSENSITIVE : 0);
  } catch (err) {
    // What the translation lets through and RE2 still refuses: nested counts past its program
    // size, a script name it does not know.
    throw new UnsupportedPatternError(source, `a construct RE2 refuses (${(err as Error).message})`);
  }
  return { test: (s) => re.test(s), toString: () => text };
}

/**
 * Characters that can make a backtracking engine try more than one way: quantifiers (`*`, `+`,
 * `?`, `{`) and alternation (`|`), counted wherever they stand (escaped, in a class, in `(?:`), to
 * stay on the safe side.
 */
const BRANCHING = /[*+?{|]/;

/** A Unicode property escape (`\p{...}`, `\P{...}`): RE2 knows fewer names than JavaScript. */
const PROPERTY = /\\[pP]/;

/** Escapes that stand for one character (or a word boundary) in `u` mode: `\d`, `\.`, `\/`, ... */
const ONE_CHARACTER_ESCAPES = new Set("dDwWsSbB.-/\\^$*+?()[]{}|");

/**
 * `^`, then single characters (literal, `.`, a one-character escape, a bracket class with no escape
 * or bracket inside), one of them repeated with `+` or `*`, then `$`: the shape of most identifier
 * patterns in schemas (`^[a-z0-9-]+$`, `^[A-Za-z][A-Za-z0-9_.-]*$`). Anchored, it is tried at one
 * start, and its one run gives back at most a character per step: linear on a backtracking
 * engine. Read in one pass (a regex here could itself backtrack on a long pattern).
 */
function isOneAnchoredRun(source: string): boolean {
  const end = source.length - 1;
  if (source[0] !== "^" || source[end] !== "$" || source[end - 1] === "\\") return false;
  let runs = 0;
  let i = 1;
  while (i < end) {
    const c = source[i]!;
    if (c === "[") {
      const close = source.indexOf("]", i + 1);
      if (close < 0 || close >= end) return false;
      for (let k = i + 1; k < close; k++) if (source[k] === "\\" || source[k] === "[") return false;
      i = close + 1;
    } else if (c === "\\") {
      if (!ONE_CHARACTER_ESCAPES.has(source[i + 1]!)) return false;
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

/** Why `source` cannot be used (a syntax error, or a construct RE2 cannot run), or undefined when it can. */
export function patternProblem(source: string): { unsupported: boolean; message: string } | undefined {
  try {
    compileLinear(source);
    return undefined;
  } catch (err) {
    if (err instanceof UnsupportedPatternError) return { unsupported: true, message: err.message };
    if (err instanceof SyntaxError) return { unsupported: false, message: err.message };
    throw err;
  }
}

/** ajv's `code.regExp` engine: every `pattern` and `patternProperties` key runs on RE2JS. */
export function ajvRegExp(source: string, _flags: string): LinearRegex {
  return compileLinear(source);
}
// ajv writes this name where standalone code calls the engine; compiled at run time it only has to
// differ from "new RegExp" (scripts/gen-config-schema.mjs gives the generated validator its import).
ajvRegExp.code = "linearRegExp";

/**
 * The engine of the generated config validator: its patterns are mlgate's own (a test compiles
 * each), created when the module loads and compiled at their first match, so a config that never
 * reaches a pattern does not pay RE2JS's compiler for it at start-up.
 */
export function lazyAjvRegExp(source: string, _flags: string): LinearRegex {
  let compiled: LinearRegex | undefined;
  const text = `/${source}/u`;
  return {
    test: (s) => {
      compiled ??= compileLinear(source);
      return compiled.test(s);
    },
    toString: () => text,
  };
}
