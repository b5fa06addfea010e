/**
 * Item 4 of issue 15 (the log), through the bundled action against a fake GitHub: a metric name
 * (run mode) or a forged report (publish mode) carrying newlines and `::set-output`, `::save-state`,
 * `::error` or `##[set-output]` cannot make the runner act on a workflow command. stdout is read
 * the way the runner reads it (test/helpers/workflow-commands.ts).
 */
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { tempDir } from "../helpers/run-node.js";
import { PR_HEAD, pullRequestEvent, runStep, writeFiles } from "../helpers/runner-step.js";
import { workflowCommands } from "../helpers/workflow-commands.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** What a PR could put in a name: each line a command the runner knows. */
const INJECTION =
  "x\n::set-output name=passed::true\n::save-state name=pwned::1\n  ::error::pwned\r::warning::pwned\n##[set-output name=passed;]true";

/** Commands the run would have the runner act on, other than mlgate's own annotations. */
function foreign(stdout: string) {
  return workflowCommands(stdout).filter(
    (c) =>
      !(
        (c.name === "error" || c.name === "warning") &&
        (c.properties.includes("title=mlgate") || c.data.startsWith("mlgate"))
      ) &&
      c.name !== "stop-commands" &&
      !/^mlgate[-_a-z0-9]*$/i.test(c.name),
  );
}

describe("nothing untrusted becomes a workflow command in the log (dist/index.js)", {
  timeout: 30_000,
}, () => {
  it("run mode: a metric name with newlines and commands", async () => {
    gh = await startFakeGitHub();
    const dir = tempDir("mlgate-inject-");
    const metrics = { accuracy: 0.95, [INJECTION]: 0.5 };
    writeFiles(dir, {
      "mlgate.yml": `version: 1
compare:
  metrics: metrics.json
  baseline: { from: "path:base/metrics.json" }
  rules: { "*": { direction: higher, max_drop: 0.01 } }
`,
      "metrics.json": JSON.stringify(metrics),
      "base/metrics.json": JSON.stringify({ accuracy: 0.95, [INJECTION]: 0.9 }),
    });
    const r = await runStep(gh, dir, pullRequestEvent());
    expect(r.code).toBe(1);
    // The metric is reported (its regression fails the gate) ...
    expect(r.stdout).toContain("set-output name=passed");
    // ... and the runner would act on nothing it says.
    expect(foreign(r.stdout)).toEqual([]);
    expect(r.outputs.passed).toBe("false");
  });

  it("publish mode: a forged report whose titles and messages carry commands", async () => {
    gh = await startFakeGitHub();
    const dir = tempDir("mlgate-inject-");
    writeFiles(dir, {
      "mlgate.yml": "version: 1\nmodel:\n  metrics: metrics.json\n  thresholds: { accuracy: { min: 0.9 } }\n",
      "metrics.json": '{"accuracy": 0.8}',
    });
    const prRun = await runStep(gh, dir, pullRequestEvent(), { publish: "summary" });
    const report = JSON.parse(readFileSync(prRun.outputs["report-path"]!, "utf8"));
    const model = report.sections.find((s: { id: string }) => s.id === "model");
    model.title = `Model${INJECTION}`;
    model.checks[0].message = `forged${INJECTION}`;
    report.environment.name = `dev${INJECTION}`;
    report.gate.reasons = [`reason${INJECTION}`];
    report.tool.version = `9.9.9${INJECTION}`;
    gh.state.artifacts.set(555, [
      {
        id: 9,
        name: "mlgate-report",
        size_in_bytes: 1000,
        expired: false,
        zip: zipSync({ "mlgate-report.json": new TextEncoder().encode(JSON.stringify(report)) }),
      },
    ]);
    gh.state.pulls.set(PR_HEAD, [{ number: 7, state: "open" }]);
    const r = await runStep(
      gh,
      tempDir(),
      {
        name: "workflow_run",
        payload: {
          workflow_run: { id: 555, name: "ml", head_sha: PR_HEAD, pull_requests: [], conclusion: "failure" },
        },
      },
      { mode: "publish" },
    );
    expect(r.code).toBe(0);
    expect(foreign(r.stdout)).toEqual([]);
    // The forged title is shown, on its line.
    expect(r.stdout).toContain("Modelx⏎::set-output name=passed::true");
  });
});
