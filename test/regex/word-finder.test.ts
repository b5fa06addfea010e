import { describe, expect, it } from "vitest";
import { compileWordFinder } from "../../src/regex/word-finder.js";

describe("word finder (env-leak markers)", () => {
  it("finds a word at a word start, ignoring case, as the marker is written", () => {
    const find = compileWordFinder(["backtest", "dev.local", "a+b"]);
    expect(find("s3://acme-Backtest/")).toBe("backtest");
    expect(find("backtesting")).toBe("backtest");
    expect(find("xbacktest")).toBeUndefined();
    expect(find("http://DEV.LOCAL:8080")).toBe("dev.local");
    expect(find("devxlocal")).toBeUndefined();
    expect(find("1 a+b")).toBe("a+b");
    expect(find(`${"-".repeat(100_000)}x`)).toBeUndefined();
  });
});

describe("the ASCII fast path of the word finder", () => {
  it("answers what RE2 answers on random texts and words", async () => {
    const { RE2JS } = await import("re2js");
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const alphabet = "abAB1-_ /.:st";
    const word = () => Array.from({ length: 1 + rand(3) }, () => alphabet[rand(alphabet.length)]).join("");
    for (let i = 0; i < 3000; i++) {
      const words = Array.from({ length: 1 + rand(3) }, word);
      const text = Array.from({ length: rand(20) }, () => alphabet[rand(alphabet.length)]).join("");
      const re = RE2JS.compile(`(?:^|[^A-Za-z0-9])((?i:${words.map((w) => RE2JS.quote(w)).join("|")}))`);
      const m = re.exec(text);
      const expected = m
        ? (words.find((w) => w.toLowerCase() === String(m[1]).toLowerCase()) ?? String(m[1]))
        : undefined;
      expect([words, text, compileWordFinder(words)(text)]).toEqual([words, text, expected]);
    }
  });
});
