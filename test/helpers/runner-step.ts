/**
 * The bundled action (dist/index.js) run as one step of a GitHub runner: GITHUB_* and INPUT_*
 * variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, against a fake
 * GitHub on 127.0.0.1.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FakeGitHub } from "./fake-github.js";
import { type RunResult, readOutputs, runNode, tempDir } from "./run-node.js";

/** The token the step is given (INPUT_GITHUB-TOKEN). */
export const STEP_TOKEN = "ghs_steptoken_0123456789abcdefXYZ";

/** The head commit of the pull request events below. */
export const PR_HEAD = "a".repeat(40);

/** Write `files` under `dir`; a value `{ link }` makes a symbolic link to that target. */
export function writeFiles(dir: string, files: Record<string, string | { link: string }>): void {
  for (const [name, content] of Object.entries(files)) {
    const at = path.join(dir, name);
    mkdirSync(path.dirname(at), { recursive: true });
    if (typeof content === "string") writeFileSync(at, content);
    else symlinkSync(content.link, at);
  }
}

/** A pull_request event (or another name with the same payload) for PR 7 of acme/churn. */
export function pullRequestEvent(name = "pull_request", extra: object = {}) {
  return {
    name,
    payload: { pull_request: { number: 7, head: { sha: PR_HEAD }, base: { ref: "main" } }, ...extra },
  };
}

/** What one step did, with its outputs and job summary. */
export interface StepResult extends RunResult {
  outputs: Record<string, string>;
  summary: string;
}

/** Run the action in `workspace` for `event`; `inputs` become INPUT_* (hyphens kept, as the runner does). */
export function runStep(
  gh: FakeGitHub,
  workspace: string,
  event: { name: string; payload: object },
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<StepResult> {
  return runStepAt(gh.url, workspace, event, inputs, extraEnv, STEP_TOKEN);
}

/** `runStep` against the GitHub API at `apiUrl`, with `token` as the step's INPUT_GITHUB-TOKEN. */
export async function runStepAt(
  apiUrl: string,
  workspace: string,
  event: { name: string; payload: object },
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
  token: string,
): Promise<StepResult> {
  const tmp = tempDir("mlgate-runner-");
  const files = {
    output: path.join(tmp, "output.txt"),
    summary: path.join(tmp, "summary.md"),
    event: path.join(tmp, "event.json"),
  };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  writeFileSync(files.event, JSON.stringify(event.payload));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: "acme/churn",
    GITHUB_SHA: "f".repeat(40),
    GITHUB_WORKFLOW: "ml",
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: "https://github.example",
    RUNNER_TEMP: tmp,
    "INPUT_GITHUB-TOKEN": token,
  };
  if (event.name.startsWith("pull_request")) env.GITHUB_BASE_REF = "main";
  Object.assign(env, extraEnv);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const result = await runNode("dist/index.js", [], { cwd: workspace, env }, 60_000);
  return { ...result, outputs: readOutputs(files.output), summary: readFileSync(files.summary, "utf8") };
}
