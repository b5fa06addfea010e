/** The GitHub Action: read settings, run the engine, publish the report, and fail the step on the gate. */
import * as core from "@actions/core";
import { runMlgate } from "../engine/run-mlgate.js";
import { createGitHub } from "../github/client.js";
import { readBranchContext } from "../io/branch-context.js";
import { createProgress } from "../io/progress.js";
import { createWorkspace } from "../io/workspace.js";
import { publishTriggeringRun } from "./publish-mode.js";
import { publishConfigDiagnostics, publishConfigError, publishRun } from "./publish-run.js";
import { publishOutputs } from "./publishers/outputs.js";
import { InputError, readSettings } from "./settings.js";

/** Exit code for usage and configuration errors, as in the CLI. */
const EXIT_USAGE = 2;

/** Run the action once. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    if (settings.mode === "publish") return await publishTriggeringRun(settings);
    const { run: runContext, pathPrefix: prefix } = settings.runner;
    // The runner's log is no terminal: a progress line every few seconds on long scans.
    const progress = createProgress({ write: (t) => core.info(t.trimEnd()), tty: false });
    const github =
      runContext && settings.token
        ? {
            gh: createGitHub({ token: settings.token, baseUrl: runContext.apiUrl, log: (m) => core.info(m) }),
            owner: runContext.owner,
            repo: runContext.repo,
            workflow: settings.runner.workflowFile ?? "",
            artifactName: settings.baselineArtifact,
            pathPrefix: prefix,
          }
        : undefined;
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
    if (!report.passed) core.setFailed(`mlgate gate failed: ${report.gate.reasons.join("; ")}`);
  } catch (err) {
    if (err instanceof InputError) return failUsage(err.message);
    const e = err as Error;
    core.setFailed(
      `mlgate: internal error: ${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ""}`,
    );
    if (e.stack) core.debug(e.stack);
  }
}

/** A usage or configuration error: `passed` is false, the step fails, and the exit code is 2. */
function failUsage(message: string): void {
  publishOutputs({ passed: "false" });
  core.setFailed(message);
  process.exitCode = EXIT_USAGE;
}
