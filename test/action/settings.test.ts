/**
 * The action's settings: every input (INPUT_<NAME>, as the runner passes `with:`) and every
 * environment variable the action uses lands in one typed object; an empty input is undefined; a
 * bad value is an InputError that says what was expected.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InputError, pullRequestOf, readSettings } from "../../src/action/settings.js";
import { tempDir } from "../helpers/run-node.js";

/** Pass `inputs` the way the runner does; core.getInput reads them from process.env. */
function withInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, value);
}

/** A workspace with a subfolder, and an event payload file. */
function workspace(payload: object = {}): { ws: string; event: string } {
  const ws = tempDir("mlgate-settings-");
  mkdirSync(path.join(ws, "app"));
  const event = path.join(ws, "event.json");
  writeFileSync(event, JSON.stringify(payload));
  return { ws, event };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("readSettings", () => {
  it("maps every input", () => {
    const { ws } = workspace();
    withInputs({
      command: "lint",
      config: "ci/mlgate.yml",
      environment: "production",
      "working-directory": "app",
      "report-path": "out/report.json",
      "sarif-path": "out/mlgate.sarif",
      "github-token": "ghs_secret",
      publish: "comment check, artifact",
      mode: "publish",
      "comment-key": "nightly",
      "artifact-name": "my-report",
      "baseline-artifact": "my-baseline",
      baseline: "saved/metrics.json",
    });
    const s = readSettings({ GITHUB_WORKSPACE: ws });
    const dir = path.join(ws, "app");
    expect(s).toMatchObject({
      command: "lint",
      config: "ci/mlgate.yml",
      environment: "production",
      dir,
      format: "terminal",
      reportPath: path.join(dir, "out/report.json"),
      sarifPath: path.join(dir, "out/mlgate.sarif"),
      token: "ghs_secret",
      mode: "publish",
      commentKey: "nightly",
      artifactName: "my-report",
      baselineArtifact: "my-baseline",
      baseline: { path: "saved/metrics.json" },
    });
    expect([...s.publish]).toEqual(["comment", "check", "artifact"]);
    vi.stubEnv("INPUT_BASELINE", "");
    vi.stubEnv("INPUT_BASELINE-REF", "origin/main");
    expect(readSettings({ GITHUB_WORKSPACE: ws }).baseline).toEqual({ ref: "origin/main" });
  });

  it("maps every environment variable", () => {
    const { ws, event } = workspace({ pull_request: { number: 7, head: { sha: "abc" } } });
    const env = {
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: "acme/churn",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: "f00",
      GITHUB_API_URL: "https://ghe.example/api/v3",
      GITHUB_SERVER_URL: "https://ghe.example",
      GITHUB_WORKFLOW: "ml",
      GITHUB_WORKFLOW_REF: "acme/churn/.github/workflows/ml.yml@refs/pull/7/merge",
      GITHUB_BASE_REF: "main",
      GITHUB_REF: "refs/pull/7/merge",
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: path.join(ws, "summary.md"),
      RUNNER_TEMP: path.join(ws, "tmp"),
      ACTIONS_RUNTIME_TOKEN: "runtime",
      ACTIONS_RESULTS_URL: "https://results.example",
      MLGATE_THREADS: "3",
      MLGATE_FAST_PATH: "0",
      NO_COLOR: "1",
    };
    withInputs({ "working-directory": "app" });
    const s = readSettings(env);
    expect(s.tuning).toEqual({ threads: 3, fastPath: false });
    expect(s.reportPath).toBe(path.join(ws, "tmp", "mlgate-report.json"));
    expect(s.runner).toEqual({
      pathPrefix: "app",
      run: {
        owner: "acme",
        repo: "churn",
        eventName: "pull_request",
        payload: { pull_request: { number: 7, head: { sha: "abc" } } },
        sha: "f00",
        apiUrl: "https://ghe.example/api/v3",
        serverUrl: "https://ghe.example",
        workflow: "ml",
      },
      workflowFile: "ml.yml",
      branch: {
        GITHUB_BASE_REF: "main",
        GITHUB_REF: "refs/pull/7/merge",
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: "pull_request",
      },
      temp: path.join(ws, "tmp"),
      stepSummary: path.join(ws, "summary.md"),
      color: false,
      results: { runtimeToken: "runtime", resultsUrl: "https://results.example" },
    });
    expect(pullRequestOf(s.runner.run!)).toEqual({ number: 7, headSha: "abc" });
  });

  it("uses the defaults when inputs are empty or missing: an empty input is undefined", () => {
    const { ws } = workspace();
    withInputs({ config: "", environment: "  ", "github-token": "", "comment-key": "", "sarif-path": "" });
    const s = readSettings({ GITHUB_WORKSPACE: ws });
    expect(s).toMatchObject({
      command: "check",
      dir: ws,
      mode: "run",
      artifactName: "mlgate-report",
      baselineArtifact: "mlgate-baseline",
      reportPath: path.join(ws, "mlgate-report.json"),
      tuning: {},
    });
    expect([...s.publish]).toEqual(["comment", "check", "summary"]);
    for (const key of ["config", "environment", "token", "commentKey", "sarifPath", "baseline"] as const)
      expect(s, key).not.toHaveProperty(key);
    // Outside GitHub Actions: no run, no workflow file, no prefix, colour on.
    expect(s.runner).toEqual({
      pathPrefix: "",
      branch: {},
      color: true,
      results: {},
    });
    expect(s.runner.run).toBeUndefined();
  });

  it("publishes nothing for `none`, and reads a payload it cannot parse as empty", () => {
    const { ws, event } = workspace();
    writeFileSync(event, "{not json");
    withInputs({ publish: "none" });
    const s = readSettings({
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: "acme/churn",
      GITHUB_EVENT_PATH: event,
    });
    expect(s.publish.size).toBe(0);
    expect(s.runner.run).toMatchObject({
      payload: {},
      apiUrl: "https://api.github.com",
      serverUrl: "https://github.com",
      workflow: "mlgate",
    });
    expect(pullRequestOf(s.runner.run!)).toEqual({ number: undefined, headSha: "" });
  });

  it.each([
    [{ command: "deploy" }, "Invalid command 'deploy'. Expected one of check, lint, test, compare."],
    [{ mode: "later" }, "Invalid mode 'later'. Expected run or publish."],
    [
      { publish: "comment,tweet" },
      "Invalid publish target 'tweet'. Expected a list of comment, check, summary, artifact (or none).",
    ],
    [
      { "working-directory": "../elsewhere" },
      "Invalid working-directory '../elsewhere'. Expected a folder inside the workspace.",
    ],
    [
      { baseline: "../../etc/passwd" },
      "Invalid baseline '../../etc/passwd'. Expected a path inside working-directory.",
    ],
    [{ baseline: "m.json", "baseline-ref": "main" }, "Both baseline and baseline-ref are set. Pass one."],
  ])("rejects %o with a message that says what was expected", (inputs, message) => {
    const { ws } = workspace();
    withInputs(inputs);
    expect(() => readSettings({ GITHUB_WORKSPACE: ws })).toThrow(InputError);
    expect(() => readSettings({ GITHUB_WORKSPACE: ws })).toThrow(message);
  });
});

describe("readSettings: limits of GitHub requests", () => {
  it("MLGATE_HTTP_TIMEOUT and MLGATE_PUBLISH_BUDGET are seconds; unset leaves the client's defaults", () => {
    const { ws } = workspace();
    expect(readSettings({ GITHUB_WORKSPACE: ws }).http).toEqual({});
    expect(
      readSettings({ GITHUB_WORKSPACE: ws, MLGATE_HTTP_TIMEOUT: "1.5", MLGATE_PUBLISH_BUDGET: "300" }).http,
    ).toEqual({ timeoutMs: 1500, budgetMs: 300_000 });
  });

  it("a value that is not a positive number of seconds says what was expected", () => {
    const { ws } = workspace();
    for (const bad of ["0", "-1", "soon", "Infinity"])
      expect(() => readSettings({ GITHUB_WORKSPACE: ws, MLGATE_PUBLISH_BUDGET: bad })).toThrow(
        new InputError(`Invalid MLGATE_PUBLISH_BUDGET '${bad}'. Expected a number of seconds above 0.`),
      );
  });
});
