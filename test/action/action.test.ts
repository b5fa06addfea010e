import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportSchemaErrors } from "../helpers/report-schema.js";
import { ROOT, readOutputs, runNode, tempDir } from "../helpers/run-node.js";

/** Run dist/index.js the way the runner does: inputs and context in the environment, files for outputs. */
async function runAction(
  inputs: Record<string, string>,
  event: { name: string; payload: object; env?: Record<string, string> },
  workspace = ROOT,
) {
  const tmp = tempDir("mlgate-runner-");
  const files = {
    output: path.join(tmp, "output.txt"),
    summary: path.join(tmp, "summary.md"),
    event: path.join(tmp, "event.json"),
  };
  for (const f of [files.output, files.summary]) writeFileSync(f, "");
  writeFileSync(files.event, JSON.stringify(event.payload));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: "acme/churn",
    RUNNER_TEMP: tmp,
    ...event.env,
  };
  // The runner passes `with:` inputs as INPUT_<NAME> with the name upper-cased, hyphens kept.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const result = await runNode("dist/index.js", [], { cwd: workspace, env });
  return { ...result, outputs: readOutputs(files.output), summary: readFileSync(files.summary, "utf8"), tmp };
}

const pullRequest = (base: string) => ({
  name: "pull_request",
  payload: { pull_request: { number: 7, base: { ref: base }, head: { sha: "abc" } } },
  env: { GITHUB_BASE_REF: base, GITHUB_HEAD_REF: "feature/x", GITHUB_REF: "refs/pull/7/merge" },
});

describe("the bundled action (dist/index.js) as a runner runs it", () => {
  it("checks the example on a PR into a feature branch: dev environment, gate passes", async () => {
    const r = await runAction({ "working-directory": "examples/churn-model" }, pullRequest("develop"));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: "true", environment: "dev", "ml-test-score": "1.5" });
    expect(r.outputs["report-path"]).toBe(path.join(r.tmp, "mlgate-report.json"));
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8"));
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.environment).toMatchObject({ name: "dev", source: "default" });
    expect(r.summary).toMatch(/^## ✅ mlgate passed · `dev`/);
    // The HTML report is written next to the JSON one, with the charts as inline SVG.
    const html = readFileSync(path.join(r.tmp, "mlgate-report.html"), "utf8");
    expect(html).toContain('<h2 id="charts">Charts</h2>');
    expect(r.stdout).toContain("Config lint");
    // The example writes drift thresholds per statistic: no deprecation to annotate.
    expect(r.stdout).not.toMatch(/config\/deprecated/);
  });

  it("targets production on a PR into main, where the stricter gate fails the step", async () => {
    const r = await runAction({ "working-directory": "examples/churn-model" }, pullRequest("main"));
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe("false");
    expect(r.outputs.environment).toBe("production");
    // fail_on: warning there, so the tolerances 300 pairs cannot see count too.
    expect(r.stdout).toMatch(
      /^::error::mlgate gate failed: Baseline comparison: accuracy: max_drop 0\.01 is below .*; ML Test Score 1\.5 is below the required 2/m,
    );
    expect(r.summary).toContain('pull request base "main" matches "main"');
  });

  it("uses the pushed branch on push, and the environment input over everything", async () => {
    const push = { name: "push", payload: {}, env: { GITHUB_REF: "refs/heads/release/1.2" } };
    const r = await runAction(
      { "working-directory": "examples/churn-model", "report-path": "out/r.json" },
      push,
    );
    expect(r.outputs.environment).toBe("staging");
    expect(r.outputs["report-path"]).toBe(path.join(ROOT, "examples/churn-model/out/r.json"));
    rmSync(path.join(ROOT, "examples/churn-model/out"), { recursive: true, force: true });
    const forced = await runAction(
      {
        "working-directory": "examples/churn-model",
        environment: "dev",
        "report-path": path.join(tempDir(), "r.json"),
      },
      push,
    );
    expect(forced.outputs.environment).toBe("dev");
  });

  it("turns a broken config into annotations and exit code 2", async () => {
    const ws = tempDir();
    writeFileSync(path.join(ws, "mlgate.yml"), "version: 1\ngates:\n  fail_on: sometimes\n");
    const r = await runAction({}, pullRequest("main"), ws);
    expect(r.code).toBe(2);
    expect(r.outputs.passed).toBe("false");
    expect(r.stdout).toMatch(
      /^::error title=mlgate schema\/enum,file=mlgate\.yml,line=3,endLine=3,col=12,endColumn=21::gates\.fail_on must be one of error, warning, never/m,
    );
    expect(r.stdout).toContain("::error::mlgate.yml is invalid; see the errors above");
  });

  it("annotates the first 10 errors and 10 warnings and says in the summary how many more exist", async () => {
    const ws = tempDir();
    writeFileSync(
      path.join(ws, "mlgate.yml"),
      'version: 1\nlint:\n  targets: [{ files: "configs/*.yaml", schema: schema.json }]\n  rules: { yaml-truthy: warning }\n',
    );
    writeFileSync(path.join(ws, "schema.json"), '{"properties": {"epochs": {"type": "integer"}}}');
    mkdirSync(path.join(ws, "configs"));
    for (let i = 0; i < 13; i++)
      writeFileSync(
        path.join(ws, "configs", `job-${String(i).padStart(2, "0")}.yaml`),
        "epochs: many\nshuffle: yes\n",
      );
    const r = await runAction({ "sarif-path": "out/mlgate.sarif" }, pullRequest("develop"), ws);
    expect(r.code).toBe(1);
    expect(r.outputs["sarif-path"]).toBe(path.join(ws, "out/mlgate.sarif"));
    expect(r.stdout.match(/^::error title=mlgate /gm)).toHaveLength(10);
    expect(r.stdout.match(/^::warning title=mlgate /gm)).toHaveLength(10);
    expect(r.summary).toContain("3 errors and 3 warnings more are not shown as annotations");
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-path"]!, "utf8"));
    expect(sarif.runs[0].results).toHaveLength(26);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8"));
    expect(report.sections[0].checks.flatMap((c: { diagnostics: unknown[] }) => c.diagnostics)).toHaveLength(
      26,
    );
  });

  it("rejects a bad input with a message that says what was expected", async () => {
    const r = await runAction(
      { command: "deploy", "working-directory": "examples/churn-model" },
      pullRequest("main"),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      "::error::Invalid command 'deploy'. Expected one of check, lint, test, compare.",
    );
    const outside = await runAction({ "working-directory": "../.." }, pullRequest("main"));
    expect(outside.code).toBe(2);
    expect(outside.stdout).toContain("Expected a folder inside the workspace.");
  });
});

/** The .ts files under `dirs`, relative to the repository root. */
function sourceFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `${dir}/${f.split(path.sep).join("/")}`),
  );
}

describe("action.yml", () => {
  it("is valid YAML and declares every input the code reads and every output it sets", async () => {
    const { parseDocument } = await import("yaml");
    const doc = parseDocument(readFileSync(path.join(ROOT, "action.yml"), "utf8"), { uniqueKeys: true });
    expect(doc.errors.map(String)).toEqual([]);
    const action = doc.toJS() as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    // Inputs are read in one module (settings.ts); outputs are set by name through one publisher.
    const code = readFileSync(path.join(ROOT, "src/action/settings.ts"), "utf8");
    const read = [...code.matchAll(/\binput\("([a-z-]+)"\)/g)].map((m) => m[1]!);
    const { OUTPUT_NAMES } = await import("../../src/action/publishers/outputs.js");
    expect(read.length).toBeGreaterThan(10);
    for (const name of read) expect(Object.keys(action.inputs), name).toContain(name);
    for (const name of Object.keys(action.inputs)) expect(read, name).toContain(name);
    expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(action.outputs).sort());
    // Only settings.ts reads inputs or the environment; every output goes through publishOutputs.
    for (const file of sourceFiles(["src/action", "src/github"])) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      if (file !== "src/action/settings.ts") expect(text, file).not.toMatch(/process\.env|getInput\(/);
      if (file !== "src/action/publishers/outputs.ts") expect(text, file).not.toMatch(/setOutput\(/);
    }
  });
});
