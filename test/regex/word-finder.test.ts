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
