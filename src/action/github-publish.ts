/**
 * What the action publishes to GitHub: the sticky PR comment and the check run, and, in
 * `mode: publish`, the report of another run (the fork-safe pattern). Publishing problems are
 * warnings, never a crash: the job summary and the gate work without them.
 */
import { unzipSync } from "fflate";
import { createGitHub, type GitHub, GitHubError } from "../github/client.js";
import type { CommentMode } from "../github/publish.js";
import { checkAnnotations, publishCheckRun, publishComment } from "../github/publish.js";
import { RENDERERS } from "../render/index.js";
import { parseJsonReport } from "../report/json-form.js";
import type { Report } from "../report/types.js";
import type { RunContext } from "./settings.js";

/** A comment body must stay under GitHub's 65,536 characters (the marker needs a little room). */
export const MAX_COMMENT = 65_000;
/** Downloaded reports are capped: they are input we did not write. */
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

/** What to publish. */
export interface PublishSettings {
  token?: string;
  targets: Set<string>;
  commentMode: CommentMode;
  commentKey: string;
  pathPrefix: string;
  /** How the full report can be found, for the comment's size note. */
  fullReport?: string;
}

/** Outcome, for outputs and the log. */
export interface PublishResult {
  commentUrl?: string;
  checkRunUrl?: string;
  notes: string[];
  warnings: string[];
  calls: string[];
}

const FORK_HINT =
  'On pull requests from forks the token is read-only: use the two-workflow fork-safe pattern (README, "Fork PRs") so a workflow_run job posts the scorecard.';

function describe(err: unknown): string {
  if (err instanceof GitHubError) return `${err.status} ${err.message}`;
  return (err as Error).message;
}

/** Post the comment and the check run for `report`. */
export async function publishReport(
  report: Report,
  ctx: RunContext,
  target: { number?: number; headSha: string },
  settings: PublishSettings,
  gh: GitHub = createGitHub({ token: settings.token ?? "", baseUrl: ctx.apiUrl }),
): Promise<PublishResult> {
  const result: PublishResult = { notes: [], warnings: [], calls: gh.calls };
  if (!settings.token) {
    if (settings.targets.has("comment") || settings.targets.has("check"))
      result.warnings.push("no github-token: the comment and the check run are not published");
    return result;
  }
  const links = { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha: target.headSha };
  if (settings.targets.has("comment")) {
    if (!target.number) result.notes.push("not a pull request: no comment");
    else {
      const body = RENDERERS.markdown(report, {
        maxLength: MAX_COMMENT,
        links,
        pathPrefix: settings.pathPrefix,
        fullReport: settings.fullReport,
      });
      try {
        const r = await publishComment(
          gh,
          { owner: ctx.owner, repo: ctx.repo, issue: target.number, key: settings.commentKey },
          body,
          { mode: settings.commentMode, passed: report.passed },
        );
        result.commentUrl = r.url;
        result.notes.push(`comment ${r.action}${r.url ? `: ${r.url}` : ""}${r.why ? ` (${r.why})` : ""}`);
      } catch (err) {
        const fork = err instanceof GitHubError && (err.status === 403 || err.status === 404);
        result.warnings.push(
          `mlgate could not comment on the pull request (${describe(err)}).${fork ? ` ${FORK_HINT}` : ""}`,
        );
      }
    }
  }
  if (settings.targets.has("check") && target.headSha) {
    try {
      const summary = RENDERERS.markdown(report, {
        maxLength: MAX_COMMENT,
        links,
        pathPrefix: settings.pathPrefix,
      });
      const r = await publishCheckRun(
        gh,
        { owner: ctx.owner, repo: ctx.repo, sha: target.headSha },
        report,
        summary,
        checkAnnotations(report, settings.pathPrefix),
      );
      result.checkRunUrl = r.url;
      result.notes.push(`check run: ${r.url} (${r.requests} request${r.requests === 1 ? "" : "s"})`);
    } catch (err) {
      const fork = err instanceof GitHubError && (err.status === 403 || err.status === 404);
      result.warnings.push(
        `mlgate could not create the check run (${describe(err)}).${fork ? ` It needs \`checks: write\`; ${FORK_HINT}` : ""}`,
      );
    }
  }
  return result;
}

/**
 * `mode: publish` (a `workflow_run` job on the default branch): fetch the report artifact of the
 * run that triggered this one, validate it against the report schema (it is untrusted), find the
 * pull request from its head commit, and publish it.
 */
export async function fetchTriggeringReport(
  ctx: RunContext,
  token: string,
  artifactName: string,
  gh: GitHub = createGitHub({ token, baseUrl: ctx.apiUrl }),
): Promise<{ report: Report; target: { number?: number; headSha: string } } | { problem: string }> {
  const run = ctx.payload.workflow_run as
    | { id?: number; head_sha?: string; pull_requests?: { number: number }[]; conclusion?: string }
    | undefined;
  if (!run?.id || !run.head_sha)
    return { problem: "mode: publish runs on a workflow_run event; this event has no workflow_run" };
  const artifacts = await gh.listRunArtifacts(ctx.owner, ctx.repo, run.id);
  const artifact = artifacts.find((a) => a.name === artifactName);
  if (!artifact) return { problem: `run ${run.id} has no artifact named ${artifactName}` };
  if (artifact.expired) return { problem: `the artifact ${artifactName} of run ${run.id} has expired` };
  if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES)
    return {
      problem: `the artifact ${artifactName} is ${artifact.size_in_bytes} bytes, over the ${MAX_ARTIFACT_BYTES}-byte limit`,
    };
  const zip = await gh.downloadArtifact(ctx.owner, ctx.repo, artifact.id, MAX_ARTIFACT_BYTES);
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(zip, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_ARTIFACT_BYTES) throw new Error("the artifact unpacks to more than the size limit");
        return f.name.endsWith(".json");
      },
    });
  } catch (err) {
    return { problem: `the artifact ${artifactName} is not a valid zip: ${(err as Error).message}` };
  }
  const names = Object.keys(files).sort();
  if (!names.length) return { problem: `the artifact ${artifactName} holds no .json report` };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(files[names[0]!]!));
  } catch (err) {
    return { problem: `${names[0]} in the artifact is not JSON: ${(err as Error).message}` };
  }
  const parsed = parseJsonReport(value);
  if (!parsed.report)
    return {
      problem: `${names[0]} in the artifact is not an mlgate report: ${parsed.errors.slice(0, 3).join("; ")}`,
    };
  let number = run.pull_requests?.[0]?.number;
  if (!number) number = (await gh.pullsForCommit(ctx.owner, ctx.repo, run.head_sha))[0];
  return { report: parsed.report, target: { number, headSha: run.head_sha } };
}
