/**
 * `npx mlgate check` run as a plain step of a GitHub Actions job (GITHUB_ACTIONS=true): the
 * runner reads the step's stdout and stderr for workflow commands, so a metric name from the pull
 * request that holds newlines and `::set-output` must not become one. Read the way the runner
 * reads it (test/helpers/workflow-commands.ts); off Actions the text is printed as it is.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";
import { workflowCommands } from "../helpers/workflow-commands.js";

const INJECTION =
  "x\n::set-output name=passed::true\n  ::error::pwned\r::warning::pwned\n##[set-output name=passed;]true";

function repoWithInjectedMetric(): string {
  const dir = tempDir("mlgate-cli-inject-");
  const files: Record<string, string> = {
    "mlgate.yml": `version: 1
compare:
  metrics: metrics.json
  baseline: { from: "path:base/metrics.json" }
  rules: { "*": { direction: higher, max_drop: 0.01 } }
`,
    "metrics.json": JSON.stringify({ accuracy: 0.95, [INJECTION]: 0.5 }),
    "base/metrics.json": JSON.stringify({ accuracy: 0.95, [INJECTION]: 0.9 }),
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

describe("the CLI as a workflow step (dist/cli.js)", () => {
  it("a metric name with newlines and commands becomes no workflow command", async () => {
    const dir = repoWithInjectedMetric();
    const r = await runNode("dist/cli.js", ["check", "--dir", dir], { env: { GITHUB_ACTIONS: "true" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("set-output name=passed");
    const acted = [...workflowCommands(r.stdout), ...workflowCommands(r.stderr)].filter(
      (c) => c.name !== "stop-commands" && !/^mlgate-[0-9a-f]+$/.test(c.name),
    );
    expect(acted).toEqual([]);
  });

  it("off GitHub Actions the scorecard is printed as it is (no stop-commands lines)", async () => {
    const dir = repoWithInjectedMetric();
    const r = await runNode("dist/cli.js", ["check", "--dir", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("::stop-commands::");
  });
});
