import { describe, expect, it } from "vitest";
import { seeded } from "../../src/compare/significance.js";
import { compileByteRegex } from "../../src/data/byte-regex.js";

const matches = (pattern: string, text: string) => {
  const m = compileByteRegex(pattern)!;
  const b = Buffer.from(text, "latin1");
  return m(b, 0, b.length);
};

describe("byte regexes agree with RegExp (u flag) on ASCII", () => {
  it("the usual data-check shapes", () => {
    const cases: [string, string[]][] = [
      ["^[^@\\s]+@[^@\\s]+$", ["a@b", "a@b@c", "@b", "a@", "a b@c", "ana.1@example.com", ""]],
      ["^[A-Z]{3}$", ["ABC", "AB", "ABCD", "abc", "A1C"]],
      ["\\d{5}", ["12345", "x12345y", "1234", "a1b2c3d4e5"]],
      ["^C\\d{6}$", ["C000001", "C00001", "c000001"]],
      ["^[a-z0-9._-]+$", ["a.b-c_d", "A", "a b", "-"]],
      ["^\\w+\\.csv$", ["data.csv", "data.csvx", ".csv", "da ta.csv"]],
      ["^(?:x)$", []],
      ["[]", ["", "a"]],
      ["^[^]$", ["a", "", "ab"]],
      ["^a.c$", ["abc", "a\nc", "a\rc", "ac"]],
      ["^\\s*$", ["", "  \t", " x "]],
      ["ab?c+?", ["ac", "abc", "abbc", "xxacxx"]],
      ["^$", ["", "a"]],
    ];
    for (const [pattern, texts] of cases) {
      const m = compileByteRegex(pattern);
      if (pattern.includes("(")) {
        expect(m, pattern).toBeUndefined();
        continue;
      }
      expect(m, pattern).toBeDefined();
      for (const t of texts)
        expect(matches(pattern, t), `${pattern} on ${JSON.stringify(t)}`).toBe(
          new RegExp(pattern, "u").test(t),
        );
    }
  });

  it("random patterns on random strings (5,000 patterns × 40 strings)", () => {
    const r = seeded(99);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const atoms = [
      "a",
      "b",
      "c",
      "1",
      "@",
      ".",
      "\\d",
      "\\w",
      "\\s",
      "\\D",
      "\\W",
      "\\S",
      "[a-c]",
      "[^a]",
      "[\\d@]",
      "[^\\s@]",
      "\\.",
      "-",
      " ",
      "[b-]",
      "[-a]",
    ];
    const quants = ["", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}", "*?", "+?"];
    const alphabet = "abc1@. -\tXz";
    let compiled = 0;
    for (let n = 0; n < 5000; n++) {
      const len = 1 + Math.floor(r() * 5);
      let p = r() < 0.5 ? "^" : "";
      for (let k = 0; k < len; k++) p += pick(atoms) + pick(quants);
      if (r() < 0.5) p += "$";
      // Every other pattern with a cache of 2 states, so the uncached path is checked too.
      const m = compileByteRegex(p, n % 2 ? 2 : 512);
      if (!m) continue;
      compiled++;
      const re = new RegExp(p, "u");
      for (let t = 0; t < 40; t++) {
        let s = "";
        const sl = Math.floor(r() * 8);
        for (let k = 0; k < sl; k++) s += alphabet[Math.floor(r() * alphabet.length)];
        const b = Buffer.from(s, "latin1");
        expect(m(b, 0, b.length), `${p} on ${JSON.stringify(s)}`).toBe(re.test(s));
      }
    }
    expect(compiled).toBeGreaterThan(4000);
  });

  it("declines what it does not support", () => {
    for (const p of ["a|b", "(ab)+", "\\bword", "a{30}", "é", "\\x41", "[[:alpha:]]", "\\1"])
      expect(compileByteRegex(p), p).toBeUndefined();
  });
});
