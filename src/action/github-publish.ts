/**
 * The GitHub half of publishing: the sticky PR comment and the check run for one report. Their
 * problems are warnings, never a crash: the job summary and the gate work without them.
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
  /** Where the HTML report is, said under the comment and the check run's summary. */
  htmlReport?: string;
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

/** A GitHub error as status and message; anything else by its message. */
export function describeError(err: unknown): string {
  if (err instanceof GitHubError) return `${err.status} ${err.message}`;
  return (err as Error).message;
}

/** A 403 or 404 on a write is what a fork's read-only token gets. */
function looksLikeFork(err: unknown): boolean {
  return err instanceof GitHubError && (err.status === 403 || err.status === 404);
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

async function postCommentAndCheck(input: GitHubPublishInput): Promise<PublishResult> {
  const { report, run, target, targets, gh } = input;
  const result: PublishResult = { notes: [], warnings: [], calls: gh.calls };
  if (!input.token) {
    if (targets.has("comment") || targets.has("check"))
      result.warnings.push("no github-token: the comment and the check run are not published");
    return result;
  }
  const links = { serverUrl: run.serverUrl, repository: `${run.owner}/${run.repo}`, sha: target.headSha };
  if (targets.has("comment")) {
    if (!target.number) result.notes.push("not a pull request: no comment");
    else {
      const body = RENDERERS.markdown(report, {
        maxLength: MAX_COMMENT,
        links,
        pathPrefix: input.pathPrefix,
        fullReport: input.fullReport,
        htmlReport: input.htmlReport,
      });
      try {
        const r = await publishComment({
          gh,
          owner: run.owner,
          repo: run.repo,
          issue: target.number,
          key: input.commentKey,
          body,
          mode: input.commentMode,
          passed: report.passed,
        });
        result.commentUrl = r.url;
        result.notes.push(`comment ${r.action}${r.url ? `: ${r.url}` : ""}${r.why ? ` (${r.why})` : ""}`);
      } catch (err) {
        result.warnings.push(
          `mlgate could not comment on the pull request (${describeError(err)}).${looksLikeFork(err) ? ` ${FORK_HINT}` : ""}`,
        );
      }
    }
  }
  if (targets.has("check") && target.headSha) {
    try {
      const summary = RENDERERS.markdown(report, {
        maxLength: MAX_COMMENT,
        links,
        pathPrefix: input.pathPrefix,
        htmlReport: input.htmlReport,
      });
      const r = await publishCheckRun({
        gh,
        owner: run.owner,
        repo: run.repo,
        sha: target.headSha,
        report,
        summary,
        pathPrefix: input.pathPrefix,
      });
      result.checkRunUrl = r.url;
      result.notes.push(`check run: ${r.url} (${r.requests} request${r.requests === 1 ? "" : "s"})`);
    } catch (err) {
      result.warnings.push(
        `mlgate could not create the check run (${describeError(err)}).${looksLikeFork(err) ? ` It needs \`checks: write\`; ${FORK_HINT}` : ""}`,
      );
    }
  }
  return result;
}
