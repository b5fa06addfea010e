/**
 * Publishing a run's report, as one explicit list of publishers in the order they go: the step
 * log, the report files, the outputs, the baseline folder, the artifacts, the job summary, then
 * GitHub (comment and check run); the summary and the comment link to the report artifact. Each text is rendered (src/render) right before its publisher.
 * An invalid config publishes its configuration-error report the same way, so no earlier verdict
 * is left standing.
 */
import path from "node:path";
import type { MlgateConfig } from "../config/types.js";
import { buildConfigErrorReport, type ConfigErrorOutcome } from "../engine/config-error-report.js";
import { createGitHub } from "../github/client.js";
import { location } from "../render/common.js";
import { codeSpan } from "../render/escape-markdown.js";
import { RENDERERS } from "../render/index.js";
import type { Diagnostic, Report } from "../report/types.js";
import { hiddenNote, selectAnnotations } from "./annotations.js";
import { publishToGitHub } from "./github-publish.js";
import { artifactUrl, publishArtifacts } from "./publishers/artifacts.js";
import { publishBaselineFolder } from "./publishers/baseline-folder.js";
import { MAX_JOB_SUMMARY, publishJobSummary } from "./publishers/job-summary.js";
import { publishLog } from "./publishers/log.js";
import { publishOutputs, reportOutputs } from "./publishers/outputs.js";
import { publishReportFile } from "./publishers/report-file.js";
import { type ActionSettings, pullRequestOf } from "./settings.js";

/** What is published: a report, the config file it came from, and the config when it was valid. */
export interface Publishable {
  report: Report;
  configFile: string;
  config?: MlgateConfig;
}

/** Publish `outcome` everywhere `settings` asks for; publishing problems are warnings in the log. */
export async function publishRun(outcome: Publishable, settings: ActionSettings): Promise<void> {
  const { report, config, configFile } = outcome;
  const { runner } = settings;
  const prefix = runner.pathPrefix;
  const { shown, hidden } = selectAnnotations(report);
  publishLog(
    [{ info: RENDERERS.terminal(report, { color: runner.color }) }, ...shown.map((d) => ({ annotate: d }))],
    prefix,
  );
  const reportJson = RENDERERS.json(report);
  await publishReportFile(settings.reportPath, reportJson);
  // The HTML report next to the JSON one, and in the report artifact when there is one.
  const htmlPath = `${settings.reportPath.replace(/\.json$/i, "")}.html`;
  await publishReportFile(htmlPath, RENDERERS.html(report));
  const htmlReport = settings.publish.has("artifact")
    ? `Every finding and chart: \`mlgate-report.html\` in this run's artifact \`${settings.artifactName}\`.`
    : undefined;
  if (settings.sarifPath) {
    await publishReportFile(settings.sarifPath, RENDERERS.sarif(report, { pathPrefix: prefix }));
    publishOutputs({ "sarif-path": settings.sarifPath });
  }
  publishOutputs({ ...reportOutputs(report), "report-path": settings.reportPath });
  const run = runner.run;
  const onPullRequest = run !== undefined && pullRequestOf(run).number !== undefined;
  let baselineFolder: string | undefined;
  if (config?.compare && !onPullRequest) {
    baselineFolder = await publishBaselineFolder({
      folder: path.join(runner.temp ?? path.dirname(settings.reportPath), "mlgate-baseline"),
      dir: settings.dir,
      reportJson,
      config,
    });
    publishOutputs({ "baseline-dir": baselineFolder });
  }
  // The artifacts before the summary and the comment: they link to the report artifact's page.
  const uploaded = settings.publish.has("artifact")
    ? await publishArtifacts({
        report: { name: settings.artifactName, json: reportJson, html: htmlPath },
        baseline: baselineFolder ? { name: settings.baselineArtifact, folder: baselineFolder } : undefined,
        service: runner.results,
        serverUrl: run?.serverUrl ?? "https://github.com",
      })
    : {};
  const htmlReportUrl = run ? artifactUrl(run, uploaded.reportId) : undefined;
  if (runner.stepSummary && settings.publish.has("summary"))
    await publishJobSummary(
      RENDERERS.markdown(report, {
        maxLength: MAX_JOB_SUMMARY,
        pathPrefix: prefix,
        htmlReport,
        htmlReportUrl,
      }) + hiddenNote(hidden),
    );
  if (run)
    await publishToGitHub({
      report,
      run,
      target: pullRequestOf(run),
      // A client of its own, so the log's count of API calls is publishing's alone.
      gh: createGitHub({ token: settings.token ?? "", baseUrl: run.apiUrl, ...settings.http }),
      token: settings.token,
      targets: settings.publish,
      // A broken config cannot say `scorecard.comment`: its default replaces a stale verdict.
      commentMode: config?.scorecard?.comment ?? "on-change",
      commentKey:
        settings.commentKey ??
        `${run.workflow}/${prefix ? `${prefix}/` : ""}${configFile}${settings.shard ? `#${settings.shard}` : ""}`,
      pathPrefix: prefix,
      fullReport:
        "The full report is in the job summary and in the JSON report named by the report-path output.",
      check: {
        name:
          settings.checkName ??
          `mlgate (${report.environment.name}${settings.shard ? `, ${settings.shard}` : ""})`,
      },
      // A matrix job's comment and check run say which job they are.
      ...(settings.shard ? { preface: `Matrix job ${codeSpan(settings.shard)}` } : {}),
      htmlReport,
      htmlReportUrl,
    });
}

/** Diagnostics of the config (errors of an invalid one, warnings of a valid one): an annotation on its line, then a line of the log. */
export function publishConfigDiagnostics(diagnostics: Diagnostic[], pathPrefix: string): void {
  const line = (d: Diagnostic) => `${location(d)} ${d.severity} ${d.code} ${d.message}`;
  publishLog(
    diagnostics.flatMap((d) => [{ annotate: d }, { info: line(d) }]),
    pathPrefix,
  );
}

/** An invalid config: its configuration-error report, published like any other report. */
export async function publishConfigError(
  outcome: ConfigErrorOutcome,
  settings: ActionSettings,
): Promise<void> {
  const report = buildConfigErrorReport(outcome, settings.environment);
  await publishRun({ report, configFile: outcome.configFile }, settings);
}
