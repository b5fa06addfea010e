/** The GitHub Action: read inputs, run the engine, publish the scorecard, set outputs, fail on the gate. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { readBranchContext } from "../io/branch-context.js";
import { createProgress } from "../io/progress.js";
import { createWorkspace } from "../io/workspace.js";
import { workspacePrefix } from "../io/workspace-prefix.js";
import { location } from "../render/common.js";
import { prefixed } from "../render/diagnostics.js";
import { RENDERERS } from "../render/index.js";
import type { Diagnostic } from "../report/types.js";
import { runMlgate } from "../run-mlgate.js";
import { hiddenNote, selectAnnotations } from "./annotations.js";
import { InputError, readInputs } from "./inputs.js";

/** Exit code for usage and configuration errors, as in the CLI. */
const EXIT_USAGE = 2;

function annotate(d: Diagnostic, prefix: string): void {
  const props: core.AnnotationProperties = { title: `mlgate ${d.code}`, file: prefixed(d.file, prefix) };
  if (d.range) {
    Object.assign(props, { startLine: d.range.start.line + 1, endLine: d.range.end.line + 1 });
    // GitHub ignores columns on annotations that span several lines.
    if (d.range.start.line === d.range.end.line)
      Object.assign(props, { startColumn: d.range.start.column + 1, endColumn: d.range.end.column + 1 });
  }
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  if (d.severity === "error") core.error(message, props);
  else core.warning(message, props);
}

/** Run the action once. */
export async function run(): Promise<void> {
  try {
    const settings = readInputs(process.env);
    const prefix = workspacePrefix(process.env.GITHUB_WORKSPACE, settings.dir);
    // The runner's log is no terminal: a progress line every few seconds on long scans.
    const progress = createProgress({ write: (t) => core.info(t.trimEnd()), tty: false });
    const outcome = await runMlgate(
      settings,
      await readBranchContext(process.env, settings.dir),
      createWorkspace(settings.dir),
      progress,
    );
    if (outcome.kind === "usage-error") return failUsage(outcome.message);
    if (outcome.kind === "config-error") {
      for (const d of outcome.diagnostics) {
        annotate(d, prefix);
        core.info(`${location(d)} ${d.severity} ${d.code} ${d.message}`);
      }
      return failUsage(`${outcome.configFile} is invalid; see the errors above`);
    }
    const { report } = outcome;
    core.info(RENDERERS.terminal(report, { color: !process.env.NO_COLOR }));
    const { shown, hidden } = selectAnnotations(report);
    for (const d of shown) annotate(d, prefix);
    await writeReport(settings.reportPath, RENDERERS.json(report));
    if (settings.sarifPath) {
      await writeReport(settings.sarifPath, RENDERERS.sarif(report, { pathPrefix: prefix }));
      core.setOutput("sarif-path", settings.sarifPath);
    }
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(RENDERERS.markdown(report) + hiddenNote(hidden)).write();
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

async function writeReport(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

function failUsage(message: string): void {
  core.setOutput("passed", "false");
  core.setFailed(message);
  process.exitCode = EXIT_USAGE;
}
