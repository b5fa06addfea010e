/** The GitHub Action: read settings, run the engine, publish the report, and fail the step on the gate. */
import * as core from "@actions/core";
import type { GitHubContext } from "../baseline/artifact-baseline.js";
import { runMlgate } from "../engine/run-mlgate.js";
import { createArtifactStore } from "../github/artifacts.js";
import { createGitHub } from "../github/client.js";
import { readBranchContext } from "../io/branch-context.js";
import { createProgress } from "../io/progress.js";
import { redact } from "../io/redact.js";
import { createWorkspace } from "../io/workspace.js";
import { publishTriggeringRun } from "./publish-mode.js";
import { publishConfigDiagnostics, publishConfigError, publishRun } from "./publish-run.js";
import { publishLog } from "./publishers/log.js";
import { publishOutputs } from "./publishers/outputs.js";
import { type ActionSettings, InputError, readSettings } from "./settings.js";

/** Exit code for usage and configuration errors, as in the CLI. */
const EXIT_USAGE = 2;

/** Run the action once. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    if (settings.mode === "publish") return await publishTriggeringRun(settings);
    const prefix = settings.runner.pathPrefix;
    // The runner's log is no terminal: a progress line every few seconds on long scans.
    const progress = createProgress({ write: (t) => publishLog([{ info: t.trimEnd() }]), tty: false });
    const github = baselineContext(settings);
    const outcome = await runMlgate(
      settings,
      await readBranchContext(settings.runner.branch, settings.dir),
      createWorkspace(settings.dir),
      progress,
      { github, env: settings.env },
    );
    if (outcome.kind === "usage-error") return failUsage(outcome.message);
    if (outcome.kind === "config-error") {
      await publishConfigError(outcome, settings);
      return failUsage(`${outcome.configFile} is invalid; see the errors above`);
    }
    // Warnings about a valid config (a deprecated form): annotated where they are, as the CLI prints them.
    publishConfigDiagnostics(outcome.warnings, prefix);
    await publishRun(outcome, settings);
    const { report } = outcome;
    if (!report.passed) core.setFailed(redact(`mlgate gate failed: ${report.gate.reasons.join("; ")}`));
  } catch (err) {
    if (err instanceof InputError) return failUsage(err.message);
    const e = err as Error;
    core.setFailed(
      redact(`mlgate: internal error: ${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ""}`),
    );
    if (e.stack) core.debug(e.stack);
  }
}

/** Where artifact and REST baselines come from: this repository, with the workflow token. */
function baselineContext(settings: ActionSettings): GitHubContext | undefined {
  const { run, workflowFile, pathPrefix } = settings.runner;
  if (!run || !settings.token) return undefined;
  const gh = createGitHub({
    token: settings.token,
    baseUrl: run.apiUrl,
    log: (m) => publishLog([{ info: m }]),
    ...settings.http,
  });
  return {
    gh,
    owner: run.owner,
    repo: run.repo,
    workflow: workflowFile ?? "",
    artifactName: settings.baselineArtifact,
    artifacts: createArtifactStore({ ...run, token: settings.token, gh }),
    pathPrefix,
  };
}

/** A usage or configuration error: `passed` is false, the step fails, and the exit code is 2. */
function failUsage(message: string): void {
  publishOutputs({ passed: "false" });
  core.setFailed(redact(message));
  process.exitCode = EXIT_USAGE;
}
