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
    // A candidate that is not a letter or digit is the separator of the next word start.
    expect(compileWordFinder([".z", "y"])(" .y")).toBe("y");
    expect(compileWordFinder(["-a", "b"])("--b")).toBe("b");
    expect(compileWordFinder(["-a", "-b"])("x--b")).toBe("-b");
    // Case folds RE2 knows, in texts as short as the word: the Kelvin sign is k, a long s is s
    // (the marker is named as written, or as found when lowercasing does not give it back).
    expect(compileWordFinder(["k"])("\u212a")).toBe("k");
    expect(compileWordFinder(["st", "kelvin"])("\u017ft")).toBe("\u017ft");
    expect(compileWordFinder(["stk"])("\u017ft")).toBeUndefined();
  });
});

describe("the fast paths of the word finder (ASCII, texts shorter than every word)", () => {
  it("answers what RE2 answers on random texts and words", async () => {
    const { RE2JS } = await import("re2js");
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    // ſ (long s) and K (Kelvin sign) fold to s and k in RE2: one UTF-16 unit each, like the letters.
    const alphabet = "abAB1-_ /.:stkſ\u212a";
    const word = () =>
      Array.from({ length: 1 + rand(3) }, () => alphabet[rand(alphabet.length - 2)]).join("");
    for (let i = 0; i < 5000; i++) {
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
