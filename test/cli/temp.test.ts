import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

const CLI = "dist/cli.js";

describe("temporary files (dist/cli.js)", () => {
  it("live under RUNNER_TEMP during the run and are gone after it", async () => {
    const dir = tempDir("mlgate-cli-temp-");
    const runnerTemp = tempDir("mlgate-runner-temp-");
    const osTemp = tempDir("mlgate-os-temp-");
    mkdirSync(path.join(dir, "base"));
    writeFileSync(path.join(dir, "m.json"), '{"accuracy": 0.9}\n');
    writeFileSync(path.join(dir, "base/m.json"), '{"accuracy": 0.9}\n');
    // The suite runs after the baseline is copied out and before the comparison: it sees the copy.
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1
tests:
  - name: look
    run: 'find "$RUNNER_TEMP" -name m.json > seen.txt'
compare:
  metrics: [m.json]
  rules: { accuracy: { direction: higher } }
`,
    );
    const r = await runNode(CLI, ["check", "--dir", dir, "--baseline", path.join(dir, "base")], {
      env: { RUNNER_TEMP: runnerTemp, TMPDIR: osTemp },
    });
    expect(r.code, r.stderr).toBe(0);
    const seen = readFileSync(path.join(dir, "seen.txt"), "utf8").trim().split("\n");
    expect(seen).toHaveLength(1);
    expect(path.relative(runnerTemp, seen[0]!)).toMatch(/^mlgate-baseline-\w+\/files\/m\.json$/);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(readdirSync(osTemp)).toEqual([]);
  });
});
