import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { seeded } from "../../src/compare/significance.js";
import { compileLinear, patternProblem, UnsupportedPatternError } from "../../src/regex/linear-regex.js";
import { translatePattern } from "../../src/regex/translate-pattern.js";

/** RE2JS through the translation against V8's RegExp (u flag), on the same pattern and text. */
const agree = (pattern: string, text: string) =>
  expect(compileLinear(pattern).test(text), `/${pattern}/u on ${JSON.stringify(text)}`).toBe(
    new RegExp(pattern, "u").test(text),
  );

describe("linear regexes", () => {
  it("JavaScript syntax RE2 spells differently keeps its meaning", () => {
    const cases: [string, string[]][] = [
      ["^\\u0041\\u{1F600}\\uD83D\\uDE00$", ["A😀😀", "A😀", "a😀😀"]],
      ["^\\x41\\cA\\0$", ["A\u0001\u0000", "A\u0001"]],
      ["^[^]$", ["a", "\n", "😀", ""]],
      ["^[]$", ["", "a"]],
      ["^a.c$", ["abc", "a\nc", "a\rc", "a\u2028c", "a😀c"]],
      ["^\\s$", [" ", "\t", "\v", "\u00a0", "\u2028", "\ufeff", "x"]],
      ["^\\S$", [" ", "\v", "\u00a0", "x", "😀"]],
      ["^[\\s\\d]+$", ["1 2\u00a03", "1x"]],
      ["^[^\\S]$", ["\u3000", "a"]],
      ["^[\\S]$", ["\u3000", "a"]],
      ["^[[:a]+$", ["[:a", "x"]],
      ["^[\\b]$", ["\b", "b"]],
      ["\\bfoo\\B", ["foo", "foox", "a foox"]],
      ["^(?<year>\\d{4})-(\\d\\d)$", ["2024-05", "2024-5"]],
      ["^\\p{Lu}\\p{Script=Greek}\\P{L}$", ["Aα1", "aα1", "AaB"]],
      ["a$", ["a", "a\n"]],
      ["^\\/-?[a\\-z]$", ["/-", "/z", "/b"]],
      ["^(?:ab|cd){2,3}?$", ["abcd", "ab", "abcdabcd"]],
    ];
    for (const [pattern, texts] of cases) for (const t of texts) agree(pattern, t);
  });

  it("refuses what RE2 cannot run, naming the construct", () => {
    expect(patternProblem("^(a)\\1$")?.message).toMatch(/backreference \(\\1\)/);
    expect(patternProblem("^(?<x>a)\\k<x>$")?.message).toMatch(/backreference/);
    expect(patternProblem("^(?=a)")?.message).toMatch(/lookahead/);
    expect(patternProblem("(?<!a)b")?.message).toMatch(/lookbehind/);
    expect(patternProblem("^a{1001}$")?.message).toMatch(/repeat count over 1000/);
    expect(patternProblem("\\p{Letter}")?.message).toMatch(/Unicode property \\p\{Letter\}/);
    expect(patternProblem("((a{100}){100}){100}")?.message).toMatch(/RE2 refuses/);
    expect(patternProblem("(")?.message).toMatch(/Invalid regular expression/);
    expect(patternProblem("^[A-Z]{3}$")).toBeUndefined();
  });

  it("patterns linear on any engine (one way to match, one anchored run of a class) run on V8's; the rest on RE2", () => {
    // No quantifier, no alternation: RegExp's own verdicts, also on a long text.
    const long = `${"x".repeat(2_000_000)}s3://acme-prod/`;
    for (const [pattern, texts] of [
      ["^s3://acme-prod/", ["s3://acme-prod/x", "s3://acme-backtest/", long]],
      ["acme-prod/$", [long, "acme-prod/ "]],
      ["^\\d\\d-[a-z]\\.\\b$", ["12-a.", "12-ab"]],
    ] as [string, string[]][]) {
      for (const t of texts) agree(pattern, t);
    }
    // One run of one class between `^` and `$` (an identifier pattern): RegExp's verdicts too.
    const word = `${"a".repeat(1_000_000)}!`;
    for (const [pattern, texts] of [
      ["^[a-z0-9-]+$", ["run-42", "Run", "", word, "a".repeat(1_000_000)]],
      ["^id_[^/]*$", ["id_x", "id_", "id_/", "xid_"]],
      // One run among single characters (an environment name), anchored: backtracks once per character.
      ["^[A-Za-z][A-Za-z0-9_.-]*$", ["production", "9lives", "dev-1.2", word, `x${"a".repeat(1_000_000)}`]],
      ["^v\\d\\.[0-9]+-rc\\d$", ["v1.20-rc3", "v1.-rc3", `v1.${"2".repeat(1_000_000)}-rcx`]],
    ] as [string, string[]][]) {
      for (const t of texts) agree(pattern, t);
    }
    // Two runs of overlapping classes backtrack in n^k on V8's engine: those stay on RE2 and
    // answer at once (this one would take about 40^10 steps there).
    expect(compileLinear(`^${"[a]*".repeat(10)}b$`).test("a".repeat(40))).toBe(false);
    // Refusals do not depend on the engine: what RE2 refuses is refused whichever engine would run it.
    expect(patternProblem("^(a)\\1")?.message).toMatch(/backreference/);
    expect(patternProblem("^(?=a)b")?.message).toMatch(/lookahead/);
    // Alternation without a quantifier can still branch 2^n ways on a backtracking engine: these
    // must answer at once (they stay on RE2; on V8's engine the first takes 2^30 steps).
    const hostile = `${"(?:a|a)".repeat(30)}b`;
    expect(compileLinear(hostile).test("a".repeat(40))).toBe(false);
    expect(compileLinear("^(a|ab)(c|bcd)(d)$").test("abcd")).toBe(true);
  });

  it("random safe patterns agree with RegExp (1,500 patterns × 30 strings)", () => {
    const r = seeded(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const atoms = [
      "a",
      "b",
      "é",
      "😀",
      ".",
      "\\d",
      "\\w",
      "\\s",
      "\\S",
      "\\W",
      "[a-c]",
      "[^a\\s]",
      "[\\d😀]",
      "\\u00e9",
      "\\x20",
      "[^]",
      "\\b",
    ];
    // Not `\B`: V8 finds a non-boundary between the two halves of an emoji, RE2 (rightly) does not.
    const quantifiers = ["", "", "", "*", "+", "?", "{2}", "{1,2}", "{0,}", "*?", "+?"];
    const piece = (depth: number): string => {
      if (depth < 2 && r() < 0.2) {
        const alts = Array.from({ length: 1 + Math.floor(r() * 2) }, () => seq(depth + 1));
        return `${pick(["(", "(?:", "(?<g>"]).replace("<g>", `<g${Math.floor(r() * 1e9)}>`)}${alts.join("|")})${pick(quantifiers)}`;
      }
      const atom = pick(atoms);
      return atom === "\\b" ? atom : atom + pick(quantifiers);
    };
    const seq = (depth: number): string =>
      Array.from({ length: 1 + Math.floor(r() * 4) }, () => piece(depth)).join("");
    const alphabet = ["a", "b", "c", "é", "😀", "1", " ", "\n", "\r", "\v", "\u00a0", "\u2028", "_", "-"];
    for (let k = 0; k < 1500; k++) {
      const pattern = `${r() < 0.4 ? "^" : ""}${seq(0)}${r() < 0.4 ? "$" : ""}`;
      const compiled = compileLinear(pattern);
      const native = new RegExp(pattern, "u");
      for (let j = 0; j < 30; j++) {
        const text = Array.from({ length: Math.floor(r() * 8) }, () => pick(alphabet)).join("");
        expect(compiled.test(text), `/${pattern}/u on ${JSON.stringify(text)}`).toBe(native.test(text));
      }
    }
  });

  it("random syntax: whatever V8 accepts runs with its verdicts or is refused by name (40,000 tries)", () => {
    const r = seeded(3);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    // Tokens that are often invalid on their own, so the parser's corners are reached.
    const tokens = [
      "a",
      "b",
      "(",
      ")",
      "[",
      "]",
      "[^",
      "^",
      "$",
      "|",
      "*",
      "+",
      "?",
      "{2}",
      "{1,3}",
      "{0,}",
      ".",
      "\\",
      "\\d",
      "\\s",
      "\\S",
      "\\w",
      "\\b",
      "\\B",
      "\\u0041",
      "\\u{61}",
      "\\x62",
      "\\cJ",
      "\\0",
      "-",
      "(?:",
      "(?<n>",
      "(?=",
      "\\1",
      "\\k<n>",
      "\\/",
      "\\.",
      "\\]",
      "\\-",
      "\\p{L}",
      "\\P{Lu}",
      "é",
      " ",
      ":",
      "\\n",
      "\\v",
    ];
    const texts = [
      "",
      "a",
      "b",
      "ab",
      "aab",
      "A",
      " ",
      "\n",
      "\v",
      "é",
      "a-b",
      "]",
      "/",
      ".",
      "\u0000",
      "\u00a0",
      "ba b",
      "a\nb",
      ":-)",
    ];
    const bad: string[] = [];
    for (let k = 0; k < 40_000 && bad.length < 10; k++) {
      const pattern = Array.from({ length: 1 + Math.floor(r() * 7) }, () => pick(tokens)).join("");
      let native: RegExp;
      try {
        native = new RegExp(pattern, "u");
      } catch {
        continue;
      }
      try {
        const re = compileLinear(pattern);
        const differ = texts.find((t) => re.test(t) !== native.test(t));
        if (differ !== undefined) bad.push(`/${pattern}/u on ${JSON.stringify(differ)}`);
        // What is accepted without asking RE2 (patterns V8 runs linearly) RE2 accepts too.
        try {
          RE2JS.compile(translatePattern(pattern));
        } catch (err) {
          bad.push(`/${pattern}/u: accepted, but RE2 refuses it (${(err as Error).message})`);
        }
      } catch (err) {
        const named =
          err instanceof UnsupportedPatternError && /backreference|lookahead|lookbehind/.test(err.construct);
        if (!named) bad.push(`/${pattern}/u: ${(err as Error).message}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
