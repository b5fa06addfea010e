/**
 * The GitHub half of publishing: the sticky PR comment and the check run for one report. Their
 * problems are warnings, never a crash: the job summary and the gate work without them. A fork's
 * read-only token gets one warning for both, a pull request GitHub does not know gets its own, and
 * once the publishing budget has run out nothing more is tried.
 */
import { type GitHub, GitHubError } from "../github/client.js";
import { RENDERERS } from "../render/index.js";
import type { Report } from "../report/types.js";
import { publishCheckRun } from "./publishers/check-run.js";
import { type CommentMode, MAX_COMMENT, publishComment } from "./publishers/comment.js";
import { publishLog } from "./publishers/log.js";
import { publishOutputs } from "./publishers/outputs.js";
import type { PublishTarget, RunContext } from "./settings.js";

/** The pull request a report is about (none on a push), and the commit results attach to. */
export interface ReportTarget {
  number?: number;
  headSha: string;
}

/** What to publish on GitHub and how. */
export interface GitHubPublishInput {
  report: Report;
  run: RunContext;
  target: ReportTarget;
  gh: GitHub;
  token?: string;
  targets: Set<PublishTarget>;
  commentMode: CommentMode;
  commentKey: string;
  pathPrefix: string;
  /** How the full report can be found, for the comment's size note. */
  fullReport?: string;
  /** Markdown put before the scorecard in the comment and the check run (mode: publish's provenance). */
  preface?: string;
  /** The check run's name, and its conclusion and title when they are not the report's verdict. */
  check: { name: string; conclusion?: string; title?: string };
  /** Where the HTML report is, said under the comment and the check run's summary. */
  htmlReport?: string;
  /** The web page of the artifact that holds it, when the upload gave its id. */
  htmlReportUrl?: string;
}

/** Outcome, for outputs and the log. */
export interface PublishResult {
  commentUrl?: string;
  checkRunUrl?: string;
  notes: string[];
  warnings: string[];
  /** Every API call of the client, including any made before publishing (mode: publish's download). */
  calls: string[];
}

const FORK_HINT =
  'On pull requests from forks the token is read-only: use the two-workflow fork-safe pattern (README, "Fork PRs") so a workflow_run job posts the scorecard.';

/** A GitHub error as status and message (GitHub's detail included); anything else by its message. */
export function describeError(err: unknown): string {
  if (err instanceof GitHubError) return err.status ? `${err.status} ${err.message}` : err.message;
  return (err as Error).message;
}

/** A 403 on a write is what a fork's read-only token gets ("Resource not accessible by integration"). */
function looksLikeFork(err: unknown): boolean {
  return err instanceof GitHubError && err.status === 403;
}

/** The publishing budget ran out: nothing more is tried. */
function outOfBudget(err: unknown): err is GitHubError {
  return err instanceof GitHubError && err.kind === "budget";
}

/** Post the comment and the check run the targets ask for, then log what happened and set their outputs. */
export async function publishToGitHub(input: GitHubPublishInput): Promise<void> {
  const result = await postCommentAndCheck(input);
  publishLog([
    ...result.notes.map((note) => ({ info: `mlgate: ${note}` })),
    ...result.warnings.map((warning) => ({ warning })),
  ]);
  publishOutputs({ "comment-url": result.commentUrl, "check-run-url": result.checkRunUrl });
  const n = result.calls.length;
  publishLog([{ info: `mlgate: ${n} GitHub API call${n === 1 ? "" : "s"}` }]);
}

/** `markdown` after `preface` and a blank line, or alone. */
function prefaced(preface: string | undefined, markdown: string): string {
  return preface ? `${preface}\n\n${markdown}` : markdown;
}

async function postCommentAndCheck(input: GitHubPublishInput): Promise<PublishResult> {
  const { target, targets, gh } = input;
  const result: PublishResult = { notes: [], warnings: [], calls: gh.calls };
  if (!input.token) {
    if (targets.has("comment") || targets.has("check"))
      result.warnings.push("no github-token: the comment and the check run are not published");
    return result;
  }
  const failed: { comment?: unknown; check?: unknown } = {};
  if (targets.has("comment")) {
    if (!target.number) result.notes.push("not a pull request: no comment");
    else failed.comment = await postComment(input, target.number, result);
  }
  if (targets.has("check") && target.headSha && !outOfBudget(failed.comment))
    failed.check = await postCheckRun(input, result);
  result.warnings.push(...failureWarnings(input, failed));
  return result;
}

/** The sticky comment; its failure, if any. */
async function postComment(
  input: GitHubPublishInput,
  issue: number,
  result: PublishResult,
): Promise<unknown> {
  const { report, run, target } = input;
  const links = { serverUrl: run.serverUrl, repository: `${run.owner}/${run.repo}`, sha: target.headSha };
  const body = prefaced(
    input.preface,
    RENDERERS.markdown(report, {
      maxLength: MAX_COMMENT - (input.preface?.length ?? 0),
      links,
      pathPrefix: input.pathPrefix,
      fullReport: input.fullReport,
      htmlReport: input.htmlReport,
      htmlReportUrl: input.htmlReportUrl,
    }),
  );
  try {
    const r = await publishComment({
      gh: input.gh,
      owner: run.owner,
      repo: run.repo,
      issue,
      key: input.commentKey,
      body,
      mode: input.commentMode,
      passed: report.passed,
      fullReport: input.fullReport,
    });
    result.commentUrl = r.url;
    result.notes.push(`comment ${r.action}${r.url ? `: ${r.url}` : ""}${r.why ? ` (${r.why})` : ""}`);
    return undefined;
  } catch (err) {
    return err;
  }
}

/** The check run; its failure, if any. */
async function postCheckRun(input: GitHubPublishInput, result: PublishResult): Promise<unknown> {
  const { report, run, target } = input;
  const links = { serverUrl: run.serverUrl, repository: `${run.owner}/${run.repo}`, sha: target.headSha };
  try {
    const summary = prefaced(
      input.preface,
      RENDERERS.markdown(report, {
        maxLength: MAX_COMMENT - (input.preface?.length ?? 0),
        links,
        pathPrefix: input.pathPrefix,
        htmlReport: input.htmlReport,
        htmlReportUrl: input.htmlReportUrl,
      }),
    );
    const r = await publishCheckRun({
      gh: input.gh,
      owner: run.owner,
      repo: run.repo,
      sha: target.headSha,
      report,
      summary,
      pathPrefix: input.pathPrefix,
      ...input.check,
    });
    result.checkRunUrl = r.url;
    result.notes.push(`check run: ${r.url} (${r.requests} request${r.requests === 1 ? "" : "s"})`);
    return undefined;
  } catch (err) {
    return err;
  }
}

/** One warning per failure; one for both when a fork's token refused both; one when out of budget. */
function failureWarnings(
  input: GitHubPublishInput,
  failed: { comment?: unknown; check?: unknown },
): string[] {
  const { comment, check } = failed;
  const budget = [comment, check].find(outOfBudget);
  if (budget)
    return [`mlgate stopped publishing: ${budget.message}; the gate's verdict stands (see the job summary).`];
  if (looksLikeFork(comment) && looksLikeFork(check))
    return [
      `mlgate could not comment on the pull request nor create the check run (${describeError(comment)}). ${FORK_HINT}`,
    ];
  const warnings: string[] = [];
  if (comment !== undefined) {
    const notFound = comment instanceof GitHubError && comment.status === 404;
    warnings.push(
      notFound
        ? `mlgate could not comment: pull request #${input.target.number} was not found in ${input.run.owner}/${input.run.repo} (${describeError(comment)}). Check that the event is about a pull request of this repository and that the token can read it.`
        : `mlgate could not comment on the pull request (${describeError(comment)}).${looksLikeFork(comment) ? ` ${FORK_HINT}` : ""}`,
    );
  }
  if (check !== undefined)
    warnings.push(
      `mlgate could not create the check run (${describeError(check)}).${looksLikeFork(check) ? ` It needs \`checks: write\`; ${FORK_HINT}` : ""}`,
    );
  return warnings;
}
