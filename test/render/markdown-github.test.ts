/**
 * The markdown scorecard read by a real markdown parser (marked, GitHub-flavoured): every table
 * line parses as part of a table with the header's number of cells, and the only HTML is ours.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { lexer, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { RENDERERS } from "../../src/render/index.js";
import { sampleReport } from "../helpers/report.js";
import { ROOT, tempDir } from "../helpers/run-node.js";

/** Problems a GitHub reader would see: broken tables, stray HTML. */
function problems(markdown: string): string[] {
  const found: string[] = [];
  const tokens = lexer(markdown, { gfm: true });
  const tableLines = new Set<string>();
  const visit = (list: Token[]) => {
    for (const t of list) {
      if (t.type === "table") {
        const table = t as Tokens.Table;
        for (const line of table.raw.split("\n")) if (line.trim()) tableLines.add(line.trim());
        for (const row of table.rows)
          if (row.length !== table.header.length)
            found.push(`row with ${row.length} cells under ${table.header.length}: ${table.raw}`);
      }
      if (t.type === "html") {
        const tags = (t as Tokens.HTML).raw.match(/<\/?[a-z][^>]*>/gi) ?? [];
        for (const tag of tags)
          if (!/^<\/?(details|summary|sub)>$/.test(tag) && !/^<!-- mlgate:sticky [^>]* -->$/.test(tag))
            found.push(`HTML ${tag}`);
      }
      const children = (t as { tokens?: Token[] }).tokens;
      if (children) visit(children);
      const items = (t as { items?: { tokens: Token[] }[] }).items;
      if (items) for (const i of items) visit(i.tokens);
    }
  };
  visit(tokens);
  // A line that looks like a table row but is not inside a parsed table is a broken table.
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (!inFence && line.trim().startsWith("|") && !tableLines.has(line.trim()))
      found.push(`stray table line: ${line}`);
  }
  return found;
}

describe("the markdown scorecard as GitHub reads it", () => {
  it("hostile strings in a report break no table and inject no HTML", () => {
    const report = sampleReport();
    report.sections[0]!.tables = [
      {
        title: "evil | <img src=x>",
        columns: ["a|b", "c"],
        rows: [
          ["x | y", "<script>alert(1)</script>"],
          ["`code|`", "@team\nnew line"],
        ],
      },
    ];
    report.comparisons.push({
      metric: "m|<b>",
      base: 1,
      head: 0.5,
      delta: -0.5,
      direction: "higher",
      status: "failed",
      test: "t|x",
    });
    expect(problems(RENDERERS.markdown(report))).toEqual([]);
  });

  it("the examples' scorecards parse cleanly, also when shrunk to fit", () => {
    for (const dir of ["examples/churn-model", "examples/slice-regression", "examples/bad-data-pr"]) {
      let md: string;
      try {
        md = execFileSync(
          process.execPath,
          ["dist/cli.js", "check", "--dir", dir, "--env", "dev", "-f", "markdown"],
          {
            cwd: ROOT,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "ignore"],
          },
        );
      } catch (err) {
        md = (err as { stdout: string }).stdout;
      }
      expect(md.length, dir).toBeGreaterThan(500);
      expect(problems(md), dir).toEqual([]);
    }
    const big = RENDERERS.markdown(sampleReport(), { maxLength: 1500 });
    expect(big.length).toBeLessThanOrEqual(1500);
    expect(problems(big)).toEqual([]);
  });

  it("docs/scorecard-example.md is what scripts/gen-docs-scorecard.mjs writes", () => {
    const out = path.join(tempDir(), "scorecard.md");
    execFileSync(process.execPath, ["scripts/gen-docs-scorecard.mjs", out], { cwd: ROOT });
    expect(readFileSync(path.join(ROOT, "docs/scorecard-example.md"), "utf8")).toBe(
      readFileSync(out, "utf8"),
    );
  });
});
