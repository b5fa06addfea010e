/** The GitHub Action: read inputs, run the engine, publish the scorecard, set outputs, fail on the gate. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { readBranchContext } from "../io/branch-context.js";
import { createWorkspace } from "../io/workspace.js";
import { location } from "../render/common.js";
import { RENDERERS } from "../render/index.js";
import { runMlgate } from "../run-mlgate.js";
import { InputError, readInputs } from "./inputs.js";

/** Exit code for usage and configuration errors, as in the CLI. */
const EXIT_USAGE = 2;

/** Run the action once. */
export async function run(): Promise<void> {
  try {
    const settings = readInputs(process.env);
    const outcome = await runMlgate(
      settings,
      await readBranchContext(process.env, settings.dir),
      createWorkspace(settings.dir),
    );
    if (outcome.kind === "usage-error") return failUsage(outcome.message);
    if (outcome.kind === "config-error") {
      for (const d of outcome.diagnostics) {
        const line = `${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ""}`;
        const props = {
          title: `mlgate: ${d.code}`,
          file: path.relative(process.env.GITHUB_WORKSPACE ?? settings.dir, path.join(settings.dir, d.file)),
          startLine: (d.range?.start.line ?? 0) + 1,
          startColumn: (d.range?.start.column ?? 0) + 1,
        };
        if (d.severity === "error") core.error(line, props);
        else core.warning(line, props);
        core.info(`${location(d)} ${d.severity} ${line}`);
      }
      return failUsage(`${outcome.configFile} is invalid; see the errors above`);
    }
    const { report } = outcome;
    core.info(RENDERERS.terminal(report, { color: !process.env.NO_COLOR }));
    await mkdir(path.dirname(settings.reportPath), { recursive: true });
    await writeFile(settings.reportPath, RENDERERS.json(report));
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(RENDERERS.markdown(report)).write();
    core.setOutput("passed", String(report.passed));
    core.setOutput("report-path", settings.reportPath);
    core.setOutput("environment", report.environment.name);
    core.setOutput("ml-test-score", String(report.mlTestScore.final));
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

function failUsage(message: string): void {
  core.setOutput("passed", "false");
  core.setFailed(message);
  process.exitCode = EXIT_USAGE;
}
