/**
 * The last cap before text reaches GitHub: whatever the input, the result is within the limit
 * (characters or UTF-8 bytes), never splits a surrogate pair, keeps what fits and says what it did.
 */
import { describe, expect, it } from "vitest";
import { capMarkdown, capString, sizeOf } from "../../src/action/publishers/cap-text.js";

describe("capMarkdown", () => {
  it("leaves text that fits untouched", () => {
    expect(capMarkdown("## ok\n\n| a | b |\n", 100)).toBe("## ok\n\n| a | b |\n");
  });

  it("cuts long lines in the middle, keeping both ends of a table row, and says so", () => {
    const row = `| ${"x".repeat(30_000)} | 0.5 | ❌ |`;
    const text = [
      "## ❌ mlgate failed",
      "",
      "| metric | value | status |",
      "| --- | --- | --- |",
      row,
      row,
      row,
    ].join("\n");
    const out = capMarkdown(text, 65_536);
    expect(out.length).toBeLessThanOrEqual(65_536);
    expect(out).toMatch(/^## ❌ mlgate failed\n/);
    expect(out.split("\n").filter((l) => l.endsWith("| 0.5 | ❌ |"))).toHaveLength(3);
    expect(out).toContain(`(${row.length - 1200} characters left out)`);
    expect(out).toContain(
      "> ✂️ mlgate shortened this text to fit GitHub's limit of 65,536 characters: 3 lines over 2,000 characters cut in the middle.",
    );
  });

  it("cuts at a line end when short lines alone are too many, closing an open code fence", () => {
    const text = `intro\n\`\`\`\n${"line of code\n".repeat(10_000)}\`\`\`\n`;
    const out = capMarkdown(text, 10_000, "chars", "The full report is in the job summary.");
    expect(out.length).toBeLessThanOrEqual(10_000);
    expect(out).toMatch(
      /line of code\n```\n\n> ✂️ .*: the end left out\. The full report is in the job summary\.\n$/,
    );
  });

  it("counts UTF-8 bytes when asked, and never splits a surrogate pair", () => {
    const text = `${"📈".repeat(5_000)}\n${"é".repeat(50_000)}`;
    for (const max of [10_000, 10_001, 10_002, 10_003]) {
      const out = capMarkdown(text, max, "bytes");
      expect(sizeOf(out, "bytes")).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe("capString", () => {
  it("ends a cut string with an ellipsis within the limit", () => {
    expect(capString("abcdef", 10)).toBe("abcdef");
    expect(capString("abcdefghijkl", 10)).toBe("abcdefghi…");
    const out = capString("😀".repeat(100), 101, "bytes");
    expect(sizeOf(out, "bytes")).toBeLessThanOrEqual(101);
    expect(out).toBe(`${"😀".repeat(24)}…`);
  });
});
