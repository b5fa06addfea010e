/**
 * `mode: publish`, the second half of the fork-safe pattern: in a `workflow_run` job on the
 * default branch, post the report artifact of the pull request's run. This step never fails on
 * the report's verdict: the pull request's own run already did.
 */
import { createGitHub } from "../github/client.js";
import { RENDERERS } from "../render/index.js";
import { describeError, publishToGitHub } from "./github-publish.js";
import { MAX_JOB_SUMMARY, publishJobSummary } from "./publishers/job-summary.js";
import { publishLog } from "./publishers/log.js";
import { publishOutputs, reportOutputs } from "./publishers/outputs.js";
import { type ActionSettings, InputError } from "./settings.js";
import { fetchTriggeringReport, type TriggeringReport } from "./triggering-report.js";

/** Fetch the triggering run's report and publish it; a report that cannot be had is a warning. */
export async function publishTriggeringRun(settings: ActionSettings): Promise<void> {
  const { run, pathPrefix } = settings.runner;
  if (!run)
    throw new InputError(
      "mode: publish needs GITHUB_REPOSITORY: run it in GitHub Actions on a workflow_run event",
    );
  if (!settings.token) throw new InputError("mode: publish needs a github-token");
  const gh = createGitHub({ token: settings.token, baseUrl: run.apiUrl, ...settings.http });
  let fetched: TriggeringReport;
  try {
    fetched = await fetchTriggeringReport(run, settings.artifactName, gh);
  } catch (err) {
    fetched = { problem: `could not fetch the report: ${describeError(err)}` };
  }
  if ("problem" in fetched) {
    publishLog([{ warning: `mlgate: nothing published: ${fetched.problem}` }]);
    publishOutputs({ passed: "false" });
    return;
  }
  const { report, target } = fetched;
  publishLog([{ info: RENDERERS.terminal(report, { color: false }) }]);
  publishOutputs(reportOutputs(report));
  if (settings.runner.stepSummary && settings.publish.has("summary"))
    await publishJobSummary(RENDERERS.markdown(report, { maxLength: MAX_JOB_SUMMARY, pathPrefix }));
  const triggering = run.payload.workflow_run as { name?: string } | undefined;
  await publishToGitHub({
    report,
    run,
    target,
    gh,
    token: settings.token,
    targets: settings.publish,
    commentMode: "on-change",
    commentKey: settings.commentKey ?? `${String(triggering?.name ?? run.workflow)}/mlgate`,
    pathPrefix,
    fullReport: `The full report is in the artifact ${settings.artifactName} of the pull request's run.`,
  });
}
