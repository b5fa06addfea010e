/**
 * docs/checks-relationships.md runs: each `<!-- example: … -->` section's files (a "`name`:"
 * line, then its code block) are written to a temp repository, `mlgate check` runs there through
 * the bundled CLI (`npm run build` first), and every line of the section's `text` block must be
 * in its output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runNode, tempDir } from "../helpers/run-node.js";

const page = readFileSync(path.join(ROOT, "docs/checks-relationships.md"), "utf8");
const sections = page.split("<!-- example: ").slice(1);

describe("docs/checks-relationships.md examples", () => {
  it("has one example per check", () => {
    expect(sections.map((s) => s.slice(0, s.indexOf(" -->")))).toEqual([
      "compare_columns",
      "where",
      "foreign_key",
    ]);
  });

  for (const section of sections) {
    const name = section.slice(0, section.indexOf(" -->"));
    it(`${name}: prints what the page says`, async () => {
      const dir = tempDir("mlgate-doc-rel-");
      const files = [...section.matchAll(/^`([^`]+)`:\n\n```\w+\n([\s\S]*?)```/gm)];
      expect(files.map((f) => f[1])).toContain("mlgate.yml");
      for (const [, file, text] of files) writeFileSync(path.join(dir, file!), text!);
      const shown = /```text\n([\s\S]*?)```/.exec(section)![1]!.trim().split("\n");
      const r = await runNode("dist/cli.js", ["check"], { cwd: dir, env: { NO_COLOR: "1" } });
      expect(r.code).toBe(1);
      const printed = r.stdout.split("\n").map((l) => l.trim());
      for (const line of shown) expect(printed).toContain(line);
    });
  }
});
