/**
 * Run the bundled action (dist/index.js) as a runner runs it: GITHUB_* and INPUT_* variables, an
 * event payload file, output and summary files in a runner temp folder, against a fake GitHub.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readOutputs, runNode, tempDir } from "./run-node.js";

/** The workflow token the runs get; no log may show it. */
export const ACTION_TOKEN = "ghs_faketoken1234567890";

/** What one run of the action did. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Write `files` (path → text) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** Run the action in `workspace` for `event` against the fake GitHub at `apiUrl`. */
export async function runAction(
  apiUrl: string,
  workspace: string,
  event: { name: string; payload: object },
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
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
    "INPUT_GITHUB-TOKEN": ACTION_TOKEN,
  };
  if (event.name === "pull_request") env.GITHUB_BASE_REF = "main";
  Object.assign(env, extraEnv);
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const result = await runNode("dist/index.js", [], { cwd: workspace, env }, 60_000);
  if ((result.stdout + result.stderr).includes(ACTION_TOKEN)) throw new Error("the log shows the token");
  return { ...result, outputs: readOutputs(files.output), summary: readFileSync(files.summary, "utf8") };
}
