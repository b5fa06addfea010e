/**
 * The narrow GitHub interface publishers and baselines use, over the REST API (rest.ts: retries,
 * throttling, GITHUB_API_URL honoured so GitHub Enterprise Server works). Each endpoint group lives
 * in its own file; this one names the interface and puts the groups together.
 */
import { actionsApi } from "./actions-api.js";
import { checksApi } from "./checks-api.js";
import { commentsApi } from "./comments-api.js";
import { reposApi } from "./repos-api.js";
import { type ClientOptions, createRest } from "./rest.js";

export { BUDGET_MS, type ClientOptions, GitHubError, mayHaveWritten, REQUEST_TIMEOUT_MS } from "./rest.js";

/** One issue or pull request comment. */
export interface IssueComment {
  id: number;
  body: string;
  /** The author's login (`name[bot]` for a GitHub App). */
  user: string;
  /** The author is a bot (a GitHub App, the Actions token), as GitHub's `user.type` says. */
  bot: boolean;
  url: string;
}

/** An annotation of a check run (1-based lines). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "failure" | "warning" | "notice";
  message: string;
  title?: string;
}

/** A workflow run, as the baseline and publish paths need it. */
export interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string | null;
  conclusion: string | null;
  status: string | null;
  event: string;
  created_at: string;
  pull_requests: { number: number }[];
}

/** A run's artifact. */
export interface Artifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
}

/** What mlgate asks of GitHub. */
export interface GitHub {
  /**
   * The token's own login, from GraphQL's `viewer`, which answers for every kind of token (REST's
   * GET /user refuses installation tokens): a user's login, or `slug[bot]` for a GitHub App
   * installation token (`github-actions[bot]` for the Actions token). Undefined when GitHub does
   * not say.
   */
  viewerLogin(): Promise<string | undefined>;
  /** Every comment of an issue or pull request, oldest first. */
  listComments(owner: string, repo: string, issue: number): Promise<IssueComment[]>;
  /** Create a comment; never retried (a retry could post it twice). */
  createComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment>;
  updateComment(owner: string, repo: string, id: number, body: string): Promise<IssueComment>;
  /** Delete a comment; one already gone counts as deleted. */
  deleteComment(owner: string, repo: string, id: number): Promise<void>;
  /** Create a check run; never retried (a retry could create it twice). */
  createCheckRun(
    owner: string,
    repo: string,
    body: Record<string, unknown>,
  ): Promise<{ id: number; url: string }>;
  /** The check run of a commit with this name and `external_id`, if there is one (a create that failed may have made it). */
  findCheckRun(
    owner: string,
    repo: string,
    sha: string,
    name: string,
    externalId: string,
  ): Promise<{ id: number; url: string } | undefined>;
  /** Update a check run; never retried (an update appends its annotations: a retry could add them twice). */
  updateCheckRun(owner: string, repo: string, id: number, body: Record<string, unknown>): Promise<void>;
  /** Runs of a workflow on a branch, newest first, at most `limit`. */
  listWorkflowRuns(
    owner: string,
    repo: string,
    workflow: string | number,
    query: { branch?: string; status?: string; event?: string },
    limit: number,
  ): Promise<WorkflowRun[]>;
  getWorkflowRun(owner: string, repo: string, id: number): Promise<WorkflowRun>;
  listRunArtifacts(owner: string, repo: string, runId: number): Promise<Artifact[]>;
  /** An artifact's zip, refused above `maxBytes`. */
  downloadArtifact(owner: string, repo: string, id: number, maxBytes: number): Promise<Uint8Array>;
  pullsForCommit(owner: string, repo: string, sha: string): Promise<number[]>;
  /** A file at a ref through the contents API (the blob API for large ones); undefined if absent. */
  getFile(
    owner: string,
    repo: string,
    file: string,
    ref: string,
    maxBytes: number,
  ): Promise<Uint8Array | undefined>;
  /** The commit a ref points at. */
  resolveRef(owner: string, repo: string, ref: string): Promise<string | undefined>;
  /** API calls made so far ("GET /repos/..."), for tests and the log. */
  readonly calls: string[];
}

/** A GitHub client over the REST API. */
export function createGitHub(options: ClientOptions): GitHub {
  const calls: string[] = [];
  const rest = createRest(options, calls);
  return { calls, ...commentsApi(rest), ...checksApi(rest), ...actionsApi(rest), ...reposApi(rest) };
}
