import { describe, expect, it } from "vitest";
import { seeded } from "../../src/compare/significance.js";
import { PATTERNS, secretKind, URL_PASSWORD } from "../../src/lint/rules/secrets.js";

describe("secrets", () => {
  it("finds the shortest password in a URL, and nothing shorter can be one", () => {
    expect(secretKind("url", "s://a:b@")).toBe("password inside a URL");
    // Values under 7 characters skip the patterns: none of them can match such a value.
    const r = seeded(11);
    const pieces = [
      "://",
      ":",
      "@",
      "a",
      "A",
      "0",
      "-",
      "_",
      "=",
      "/",
      "xox",
      "sk-",
      "hf_",
      "gh",
      "AKIA",
      "AIza",
      " ",
    ];
    for (let i = 0; i < 50_000; i++) {
      let text = "";
      while (text.length < 7) {
        const next = text + pieces[Math.floor(r() * pieces.length)]!;
        if (next.length > 6) break;
        text = next;
      }
      for (const [kind, re] of PATTERNS) expect(re.test(text), `${kind} on ${text}`).toBe(false);
      expect(URL_PASSWORD.test(text), text).toBe(false);
      expect(secretKind("password", text)).toBeUndefined();
    }
  });
});
