/**
 * Regexes from mlgate.yml on hostile cells: every run ends (bounded by the runner's timeout, no
 * timing assertion) with the right verdict, on the CSV byte path and on the text readers alike.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { runData } from "../../src/data/data-stage.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { tempDir } from "../helpers/run-node.js";

/** The `regex` check's status and bad values for one column `v` of `cells` under `pattern`. */
async function check(pattern: string, cells: string[], fastPath: boolean) {
  const dir = tempDir("mlgate-regex-");
  writeFileSync(path.join(dir, "d.csv"), `v\n${cells.join("\n")}\n`);
  const yaml = `version: 1\ndata:\n  - name: d\n    path: d.csv\n    columns:\n      v: { regex: ${JSON.stringify(pattern)} }\n`;
  const { config, diagnostics } = parseConfig(yaml, "mlgate.yml");
  if (!config) throw new Error(JSON.stringify(diagnostics));
  const section = await runData({
    config,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
    tuning: { fastPath },
  });
  const result = section.checks.find((c) => c.id === "data/d/v/regex")!;
  return { status: result.status, lines: result.diagnostics.map((d) => d.range!.start.line + 1) };
}

describe.each([true, false])("regex on hostile cells (CSV byte path: %s)", (fastPath) => {
  it("(a+)+$ on a 30- and a 5,000-character cell ends with the right verdict", async () => {
    // Each bad cell is a run of `a` and one `!`: a backtracking engine tries every split of the run.
    const cells = ["aaa", `${"a".repeat(29)}!`, `${"a".repeat(4999)}!`, "a".repeat(5000)];
    expect(await check("(a+)+$", cells, fastPath)).toEqual({ status: "failed", lines: [3, 4] });
  });

  it("a 10,001-character cell is tested, not counted as a mismatch", async () => {
    expect(await check("^x+$", ["x".repeat(10_001)], fastPath)).toEqual({ status: "passed", lines: [] });
    expect(await check("^x+$", [`${"x".repeat(10_000)}y`], fastPath)).toEqual({
      status: "failed",
      lines: [2],
    });
  });
});
