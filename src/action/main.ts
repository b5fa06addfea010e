/** The GitHub Action: read inputs, run the engine, publish the scorecard, set outputs, fail on the gate. */

import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { asList } from "../config/as-list.js";
import type { MlgateConfig } from "../config/types.js";
import { runMlgate } from "../engine/run-mlgate.js";
import { createGitHub, GitHubError } from "../github/client.js";
import { uploadArtifact } from "../github/upload-artifact.js";
import { readBranchContext } from "../io/branch-context.js";
import { createProgress } from "../io/progress.js";
import { createWorkspace } from "../io/workspace.js";
import { workspacePrefix } from "../io/workspace-prefix.js";
import { location } from "../render/common.js";
import { prefixed } from "../render/diagnostics.js";
import { RENDERERS } from "../render/index.js";
import type { Diagnostic, Report } from "../report/types.js";
import { hiddenNote, selectAnnotations } from "./annotations.js";
import {
  fetchTriggeringReport,
  type PublishResult,
  publishReport,
  pullRequestOf,
  type RunContext,
  readRunContext,
} from "./github-publish.js";
import { type ActionSettings, InputError, readInputs } from "./inputs.js";

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
    const runContext = readRunContext(process.env);
    if (settings.mode === "publish") return await publishMode(settings, runContext, prefix);
    // The runner's log is no terminal: a progress line every few seconds on long scans.
    const progress = createProgress({ write: (t) => core.info(t.trimEnd()), tty: false });
    const workflowFile = /\/\.github\/workflows\/([^@/]+)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? "")?.[1];
    const github =
      runContext && settings.token
        ? {
            gh: createGitHub({ token: settings.token, baseUrl: runContext.apiUrl, log: (m) => core.info(m) }),
            owner: runContext.owner,
            repo: runContext.repo,
            workflow: workflowFile ?? "",
            artifactName: settings.baselineArtifact,
            pathPrefix: prefix,
          }
        : undefined;
    const outcome = await runMlgate(
      settings,
      await readBranchContext(process.env, settings.dir),
      createWorkspace(settings.dir),
      progress,
      { github },
    );
    if (outcome.kind === "usage-error") return failUsage(outcome.message);
    if (outcome.kind === "config-error") {
      for (const d of outcome.diagnostics) {
        annotate(d, prefix);
        core.info(`${location(d)} ${d.severity} ${d.code} ${d.message}`);
      }
      return failUsage(`${outcome.configFile} is invalid; see the errors above`);
    }
    const { report, config, configFile } = outcome;
    // Warnings about mlgate.yml itself (a glob that matches nothing) are not in the report.
    for (const d of outcome.warnings) {
      annotate(d, prefix);
      core.info(`${location(d)} ${d.severity} ${d.code} ${d.message}`);
    }
    core.info(RENDERERS.terminal(report, { color: !process.env.NO_COLOR }));
    const { shown, hidden } = selectAnnotations(report);
    for (const d of shown) annotate(d, prefix);
    await writeReport(settings.reportPath, RENDERERS.json(report));
    if (settings.sarifPath) {
      await writeReport(settings.sarifPath, RENDERERS.sarif(report, { pathPrefix: prefix }));
      core.setOutput("sarif-path", settings.sarifPath);
    }
    if (process.env.GITHUB_STEP_SUMMARY && settings.publish.has("summary"))
      await core.summary
        .addRaw(
          RENDERERS.markdown(report, { maxLength: MAX_SUMMARY, pathPrefix: prefix }) + hiddenNote(hidden),
        )
        .write();
    setReportOutputs(report);
    core.setOutput("report-path", settings.reportPath);
    const onPullRequest = runContext !== undefined && pullRequestOf(runContext).number !== undefined;
    let baselineDir: string | undefined;
    if (config.compare && !onPullRequest) {
      // Outside pull requests (a push to the baseline branch), lay out what a later PR compares
      // against, to keep as the baseline artifact.
      baselineDir = await writeBaselineDir(settings, config, RENDERERS.json(report));
      core.setOutput("baseline-dir", baselineDir);
    }
    if (settings.publish.has("artifact")) await uploadArtifacts(settings, baselineDir);
    if (runContext) {
      const published = await publishReport(report, runContext, pullRequestOf(runContext), {
        token: settings.token,
        targets: settings.publish,
        commentMode: config.scorecard?.comment ?? "on-change",
        commentKey:
          settings.commentKey ?? `${runContext.workflow}/${prefix ? `${prefix}/` : ""}${configFile}`,
        pathPrefix: prefix,
        fullReport:
          "The full report is in the job summary and in the JSON report named by the report-path output.",
      });
      logPublished(published);
    }
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

/** Copy the compared files and the report into a folder laid out like the repository. */
async function writeBaselineDir(
  settings: ActionSettings,
  config: MlgateConfig,
  reportJson: string,
): Promise<string> {
  const out = path.join(process.env.RUNNER_TEMP ?? path.dirname(settings.reportPath), "mlgate-baseline");
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "mlgate-report.json"), reportJson);
  const sig = config.compare?.significance as { predictions?: string } | undefined;
  const predictions = sig?.predictions ?? (config.model?.predictions as { path?: string } | undefined)?.path;
  const files = [
    ...asList(config.compare?.metrics),
    ...asList(config.compare?.params),
    ...(sig && predictions ? [predictions] : []),
  ];
  for (const file of files) {
    const from = path.resolve(settings.dir, file);
    if (path.relative(settings.dir, from).startsWith("..")) continue;
    try {
      await mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await copyFile(from, path.join(out, file));
    } catch {
      core.warning(`mlgate: ${file} is not there to record in the baseline`);
    }
  }
  return out;
}

/** `publish: artifact`: the report (for the fork-safe pattern), and the baseline folder on pushes. */
async function uploadArtifacts(settings: ActionSettings, baselineDir: string | undefined): Promise<void> {
  const uploads: [string, Record<string, Uint8Array>][] = [
    [settings.artifactName, { "mlgate-report.json": new Uint8Array(await readFile(settings.reportPath)) }],
  ];
  if (baselineDir) uploads.push([settings.baselineArtifact, await folderFiles(baselineDir)]);
  for (const [name, files] of uploads) {
    try {
      const r = await uploadArtifact(name, files, process.env);
      core.info(`mlgate: artifact ${name} uploaded (${r.size} bytes${r.id ? `, id ${r.id}` : ""})`);
    } catch (err) {
      core.warning(`mlgate could not upload the artifact ${name}: ${(err as Error).message}`);
    }
  }
}

/** Every file under `dir`, by its path relative to it. */
async function folderFiles(dir: string, sub = ""): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, await folderFiles(dir, rel));
    else if (entry.isFile()) out[rel] = new Uint8Array(await readFile(path.join(dir, rel)));
  }
  return out;
}

/** The job summary is refused above about 1 MiB. */
const MAX_SUMMARY = 1_000_000;

function setReportOutputs(report: Report): void {
  core.setOutput("passed", String(report.passed));
  core.setOutput("environment", report.environment.name);
  core.setOutput("ml-test-score", String(report.mlTestScore.final));
  const checks = report.sections.flatMap((s) => s.checks).filter((c) => c.status !== "skipped");
  const passed = checks.filter((c) => c.status === "passed").length;
  core.setOutput("score", String(checks.length ? Math.round((100 * passed) / checks.length) : 100));
}

function logPublished(r: PublishResult): void {
  for (const n of r.notes) core.info(`mlgate: ${n}`);
  for (const w of r.warnings) core.warning(w);
  if (r.commentUrl) core.setOutput("comment-url", r.commentUrl);
  if (r.checkRunUrl) core.setOutput("check-run-url", r.checkRunUrl);
  core.info(`mlgate: ${r.calls.length} GitHub API call${r.calls.length === 1 ? "" : "s"}`);
}

/** `mode: publish`: post the report of the run that triggered this workflow_run job. */
async function publishMode(
  settings: ActionSettings,
  ctx: RunContext | undefined,
  prefix: string,
): Promise<void> {
  if (!ctx)
    return failUsage(
      "mode: publish needs GITHUB_REPOSITORY: run it in GitHub Actions on a workflow_run event",
    );
  if (!settings.token) return failUsage("mode: publish needs a github-token");
  const gh = createGitHub({ token: settings.token, baseUrl: ctx.apiUrl });
  let fetched: Awaited<ReturnType<typeof fetchTriggeringReport>>;
  try {
    fetched = await fetchTriggeringReport(ctx, settings.token, settings.artifactName, gh);
  } catch (err) {
    fetched = {
      problem: `could not fetch the report: ${err instanceof GitHubError ? `${err.status} ${err.message}` : (err as Error).message}`,
    };
  }
  if ("problem" in fetched) {
    core.warning(`mlgate: nothing published: ${fetched.problem}`);
    core.setOutput("passed", "false");
    return;
  }
  const { report, target } = fetched;
  core.info(RENDERERS.terminal(report, { color: false }));
  setReportOutputs(report);
  if (process.env.GITHUB_STEP_SUMMARY && settings.publish.has("summary"))
    await core.summary
      .addRaw(RENDERERS.markdown(report, { maxLength: MAX_SUMMARY, pathPrefix: prefix }))
      .write();
  const published = await publishReport(
    report,
    ctx,
    target,
    {
      token: settings.token,
      targets: settings.publish,
      commentMode: "on-change",
      commentKey:
        settings.commentKey ??
        `${String((ctx.payload.workflow_run as { name?: string } | undefined)?.name ?? ctx.workflow)}/mlgate`,
      pathPrefix: prefix,
      fullReport: `The full report is in the artifact ${settings.artifactName} of the pull request's run.`,
    },
    gh,
  );
  logPublished(published);
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
