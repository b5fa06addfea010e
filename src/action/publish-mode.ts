/**
 * `mode: publish`, the second half of the fork-safe pattern: in a `workflow_run` job on the
 * default branch, post the report artifact of the pull request's run. The artifact is whatever
 * the pull request's code left behind, so it decides nothing: the check run's conclusion and the
 * `passed` output are the triggering run's own conclusion, the check's name comes from this
 * workflow's inputs, and the comment shows the findings as that run's claims. This step never
 * fails on the verdict: the pull request's own run already did.
 */
import { createArtifactStore } from "../github/artifacts.js";
import { createGitHub } from "../github/client.js";
import { RENDERERS } from "../render/index.js";
import type { Report } from "../report/types.js";
import { describeError, publishToGitHub } from "./github-publish.js";
import { MAX_JOB_SUMMARY, publishJobSummary } from "./publishers/job-summary.js";
import { publishLog } from "./publishers/log.js";
import { publishOutputs } from "./publishers/outputs.js";
import { type ActionSettings, InputError, type RunContext } from "./settings.js";
import { fetchTriggeringReport, type TriggeringReport, type TriggeringRun } from "./triggering-report.js";

/** Workflow-run conclusions a check run cannot take, as the check conclusion closest to them. */
const CHECK_CONCLUSION: Record<string, string> = { startup_failure: "failure" };

/** Fetch the triggering run's report and publish it; a report that cannot be had is a warning. */
export async function publishTriggeringRun(settings: ActionSettings): Promise<void> {
  const { run, pathPrefix } = settings.runner;
  if (!run)
    throw new InputError(
      "mode: publish needs GITHUB_REPOSITORY: run it in GitHub Actions on a workflow_run event",
    );
  if (!settings.token) throw new InputError("mode: publish needs a github-token");
  const gh = createGitHub({ token: settings.token, baseUrl: run.apiUrl, ...settings.http });
  const store = createArtifactStore({ ...run, token: settings.token, gh });
  let fetched: TriggeringReport;
  try {
    fetched = await fetchTriggeringReport(run, settings.artifactName, gh, store);
  } catch (err) {
    fetched = { problem: `could not fetch the report: ${describeError(err)}` };
  }
  if ("problem" in fetched) {
    publishLog([{ warning: `mlgate: nothing published: ${fetched.problem}` }]);
    publishOutputs({ passed: "false" });
    return;
  }
  const { target, run: triggering } = fetched;
  const passed = triggering.conclusion === "success";
  // The artifact's heading would show its own `passed`: it shows the run's verdict instead.
  const report: Report = { ...fetched.report, passed };
  const preface = provenance(run, triggering, settings.artifactName);
  publishLog([{ info: `mlgate: ${plain(preface)}` }, { info: RENDERERS.terminal(report, { color: false }) }]);
  publishOutputs({ passed: String(passed), environment: settings.environment });
  if (settings.runner.stepSummary && settings.publish.has("summary"))
    await publishJobSummary(
      `${preface}\n\n${RENDERERS.markdown(report, { maxLength: MAX_JOB_SUMMARY - preface.length, pathPrefix })}`,
    );
  const workflowName = (run.payload.workflow_run as { name?: string } | undefined)?.name;
  await publishToGitHub({
    report,
    run,
    target,
    gh,
    token: settings.token,
    targets: settings.publish,
    commentMode: "on-change",
    commentKey: settings.commentKey ?? `${String(workflowName ?? run.workflow)}/mlgate`,
    pathPrefix,
    fullReport: `The full report is in the artifact ${settings.artifactName} of the pull request's run.`,
    preface,
    check: {
      name: settings.checkName ?? (settings.environment ? `mlgate (${settings.environment})` : "mlgate"),
      conclusion: CHECK_CONCLUSION[triggering.conclusion] ?? triggering.conclusion,
      title: `The pull request's run concluded ${triggering.conclusion}`,
    },
  });
}

/** The comment's first lines: whose verdict this is, and that the findings are the run's claims. */
function provenance(ctx: RunContext, run: TriggeringRun, artifactName: string): string {
  const url = `${ctx.serverUrl.replace(/\/+$/, "")}/${ctx.owner}/${ctx.repo}/actions/runs/${run.id}`;
  // The conclusion is one of GitHub's words; anything else is shown as a code span.
  const conclusion = /^[a-z_]+$/.test(run.conclusion) ? run.conclusion : "unknown";
  return [
    `> The pull request's run [${run.id}](${url}) concluded **${conclusion}**.`,
    `> Below is what that run reported in its artifact \`${artifactName.replace(/`/g, "'")}\`: its claims, which this workflow did not check.`,
  ].join("\n");
}

/** The preface as a plain log line. */
function plain(markdown: string): string {
  return markdown
    .replace(/^> /gm, "")
    .replace(/\[(\d+)\]\([^)]*\)/, "$1")
    .replace(/\*\*|`/g, "")
    .replace(/\n/g, " ");
}
