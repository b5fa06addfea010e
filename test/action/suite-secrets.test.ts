/**
 * Item 3 of issue 15, through the bundled action against a fake GitHub: a suite runs without the
 * runner's and the action's tokens (unless mlgate.yml passes a variable by name), and what it
 * prints reaches no comment, summary, check run or log with a secret in it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, RUNTIME_TOKEN, startFakeGitHub } from "../helpers/fake-github.js";
import { tempDir } from "../helpers/run-node.js";
import { pullRequestEvent, runStep, STEP_TOKEN, writeFiles } from "../helpers/runner-step.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const DB_PASSWORD = "hunter2-correct-horse-battery";
const OIDC_TOKEN = "oidc-request-token-5f1e2d3c4b5a";
const OIDC_URL = "https://oidc.example/request?x=1";

/** The runner's variables a step of an action sees, and a secret the workflow gave the step. */
const RUNNER_ENV = {
  ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
  ACTIONS_RUNTIME_URL: "https://runtime.example/",
  ACTIONS_RESULTS_URL: "https://results.example/",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
  ACTIONS_ID_TOKEN_REQUEST_URL: OIDC_URL,
  GITHUB_TOKEN: STEP_TOKEN,
  GH_TOKEN: STEP_TOKEN,
  // The token again under a name that says nothing: gone too, by its value.
  MY_COPY: STEP_TOKEN,
  DB_PASSWORD,
  PLAIN_SETTING: "kept-as-it-is",
};

/** A suite that records its environment in seen-env.json and prints secrets, then fails. */
function leakyRepo(passEnv?: string): string {
  const dir = tempDir("mlgate-secrets-");
  writeFiles(dir, {
    "record-env.mjs":
      'import { writeFileSync } from "node:fs";\nwriteFileSync("seen-env.json", JSON.stringify(process.env));\n',
    "mlgate.yml": `version: 1
tests:
  - name: leaky
    category: data
    run: |
      node record-env.mjs
      echo "runtime=$ACTIONS_RUNTIME_TOKEN"
      echo "oidc=$ACTIONS_ID_TOKEN_REQUEST_TOKEN"
      printenv 'INPUT_GITHUB-TOKEN'
      echo "gh=$GITHUB_TOKEN copy=$MY_COPY"
      echo "db=$DB_PASSWORD"
      echo "json={\\"p\\": \\"$DB_PASSWORD\\"}"
      exit 3
${passEnv ?? ""}`,
  });
  return dir;
}

/** Every text the run left for people to read: log, job summary, comments, check runs. */
function published(r: { stdout: string; stderr: string; summary: string }): string {
  const comments = [...gh!.state.comments.values()].flat().map((c) => c.body);
  const checks = gh!.state.checkRuns.map((c) => JSON.stringify(c.output));
  return [r.stdout, r.stderr, r.summary, ...comments, ...checks].join("\n");
}

describe("suites run with a scrubbed environment; their output is redacted (dist/index.js)", {
  timeout: 30_000,
}, () => {
  it("a failing suite that prints tokens and a password: none reaches the comment, summary, check run or log", async () => {
    gh = await startFakeGitHub();
    const dir = leakyRepo();
    const r = await runStep(gh, dir, pullRequestEvent(), {}, RUNNER_ENV);
    expect(r.code).toBe(1);
    const text = published(r);
    // No secret: not the runtime token, the OIDC request token, the step's token, the password...
    for (const secret of [RUNTIME_TOKEN, OIDC_TOKEN, STEP_TOKEN, DB_PASSWORD])
      expect(text).not.toContain(secret);
    // ...while the suite's failure is shown, with its output.
    expect(gh.state.comments.get(7)?.[0]?.body).toContain("leaky");
    expect(text).toContain("db=***");
    // Nor the report file the action leaves (it is uploaded as an artifact by publish: artifact).
    expect(readFileSync(r.outputs["report-path"]!, "utf8")).not.toContain(DB_PASSWORD);
    // What the suite saw: no runner or action token, no input, no GitHub token; the rest as it was.
    const seen = JSON.parse(readFileSync(path.join(dir, "seen-env.json"), "utf8")) as Record<string, string>;
    for (const name of [
      "ACTIONS_RUNTIME_TOKEN",
      "ACTIONS_RUNTIME_URL",
      "ACTIONS_RESULTS_URL",
      "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
      "ACTIONS_ID_TOKEN_REQUEST_URL",
      "INPUT_GITHUB-TOKEN",
      "GITHUB_TOKEN",
      "GH_TOKEN",
      "MY_COPY",
    ])
      expect(seen, name).not.toHaveProperty(name);
    expect(Object.keys(seen).filter((k) => k.startsWith("INPUT_"))).toEqual([]);
    expect(Object.values(seen)).not.toContain(STEP_TOKEN);
    expect(seen).toMatchObject({
      DB_PASSWORD,
      PLAIN_SETTING: "kept-as-it-is",
      GITHUB_REPOSITORY: "acme/churn",
    });
    expect(seen.PATH).toBeTruthy();
  });

  it("tests[].pass_env hands named variables to the suite, and only those", async () => {
    gh = await startFakeGitHub();
    const dir = leakyRepo("    pass_env: [ACTIONS_ID_TOKEN_REQUEST_TOKEN, ACTIONS_ID_TOKEN_REQUEST_URL]\n");
    const r = await runStep(gh, dir, pullRequestEvent(), {}, RUNNER_ENV);
    expect(r.code).toBe(1);
    const seen = JSON.parse(readFileSync(path.join(dir, "seen-env.json"), "utf8")) as Record<string, string>;
    expect(seen).toMatchObject({
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_URL: OIDC_URL,
    });
    expect(seen).not.toHaveProperty("ACTIONS_RUNTIME_TOKEN");
    expect(seen).not.toHaveProperty("INPUT_GITHUB-TOKEN");
    // Passed, and still redacted wherever it is printed.
    const text = published(r);
    expect(text).toContain("oidc=***");
    expect(text).not.toContain(OIDC_TOKEN);
  });
});
