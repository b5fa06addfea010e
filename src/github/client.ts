/**
 * The narrow GitHub interface publishers use, over Octokit with retries (5xx, network) and
 * throttling (primary and secondary rate limits). GITHUB_API_URL is honoured, so GitHub Enterprise
 * Server works; the token is only ever handed to Octokit and never printed.
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

/** A failed API call: status and GitHub's message, never the token or the headers. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly request: string,
  ) {
    super(message);
  }
}

/** One issue or pull request comment. */
export interface IssueComment {
  id: number;
  body: string;
  user: string;
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
  /** The token's own user, or undefined when the token cannot tell (the Actions token). */
  viewerLogin(): Promise<string | undefined>;
  listComments(owner: string, repo: string, issue: number): Promise<IssueComment[]>;
  createComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment>;
  updateComment(owner: string, repo: string, id: number, body: string): Promise<IssueComment>;
  createCheckRun(
    owner: string,
    repo: string,
    body: Record<string, unknown>,
  ): Promise<{ id: number; url: string }>;
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

const MyOctokit = Octokit.plugin(paginateRest, retry, throttling);

/** Options of the client. */
export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com by default. */
  baseUrl?: string;
  /** Base of the retry backoff in ms (tests make it small). */
  retryAfterBaseValue?: number;
  /** Where throttling notes go. */
  log?: (message: string) => void;
}

function toError(err: unknown, request: string): never {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = e.response?.data?.message ?? e.message ?? "request failed";
  throw new GitHubError(e.status ?? 0, message, request);
}

/** A GitHub client over the REST API. */
export function createGitHub(options: ClientOptions): GitHub {
  const log = options.log ?? (() => {});
  const octokit = new MyOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "mlgate",
    retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
    throttle: {
      onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        log(`GitHub rate limit on ${o.method} ${o.url}; retrying in ${after} s`);
        return count < 2;
      },
      onSecondaryRateLimit: (
        after: number,
        o: { method: string; url: string },
        _k: unknown,
        count: number,
      ) => {
        log(`GitHub secondary rate limit on ${o.method} ${o.url}; retrying in ${after} s`);
        return count < 2;
      },
    },
  });
  const calls: string[] = [];
  octokit.hook.before("request", (o) => {
    calls.push(
      `${o.method} ${String(o.url).replace(/\{[^}]+\}/g, (m) => String((o as Record<string, unknown>)[m.slice(1, -1)] ?? m))}`,
    );
  });
  const call = async <T>(route: string, params: Record<string, unknown>): Promise<T> => {
    try {
      return (await octokit.request(route, params)).data as T;
    } catch (err) {
      toError(err, route);
    }
  };
  const comment = (c: {
    id: number | bigint;
    body?: string;
    user?: { login?: string } | null;
    html_url: string;
  }): IssueComment => ({
    id: Number(c.id),
    body: c.body ?? "",
    user: c.user?.login ?? "",
    url: c.html_url,
  });
  return {
    calls,
    async viewerLogin() {
      try {
        return (await octokit.request("GET /user")).data.login;
      } catch (err) {
        // The Actions token is an installation token: /user is not for it.
        const status = (err as { status?: number }).status;
        if (status === 403 || status === 401 || status === 404) return undefined;
        toError(err, "GET /user");
      }
    },
    async listComments(owner, repo, issue) {
      try {
        const all = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
        });
        return all.map(comment);
      } catch (err) {
        toError(err, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments");
      }
    },
    async createComment(owner, repo, issue, body) {
      return comment(
        await call("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo,
          issue_number: issue,
          body,
        }),
      );
    },
    async updateComment(owner, repo, id, body) {
      return comment(
        await call("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          owner,
          repo,
          comment_id: id,
          body,
        }),
      );
    },
    async createCheckRun(owner, repo, body) {
      const r = await call<{ id: number; html_url: string }>("POST /repos/{owner}/{repo}/check-runs", {
        owner,
        repo,
        ...body,
      });
      return { id: r.id, url: r.html_url };
    },
    async updateCheckRun(owner, repo, id, body) {
      await call("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        owner,
        repo,
        check_run_id: id,
        ...body,
      });
    },
    async listWorkflowRuns(owner, repo, workflow, query, limit) {
      const runs: WorkflowRun[] = [];
      try {
        for await (const page of octokit.paginate.iterator(
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
          {
            owner,
            repo,
            workflow_id: workflow,
            per_page: Math.min(100, limit),
            ...query,
          } as never,
        )) {
          runs.push(...(page.data as unknown as WorkflowRun[]));
          if (runs.length >= limit) break;
        }
      } catch (err) {
        toError(err, "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs");
      }
      return runs.slice(0, limit);
    },
    async getWorkflowRun(owner, repo, id) {
      return call("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { owner, repo, run_id: id });
    },
    async listRunArtifacts(owner, repo, runId) {
      try {
        const all = await octokit.paginate("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
          owner,
          repo,
          run_id: runId,
          per_page: 100,
        });
        return all as unknown as Artifact[];
      } catch (err) {
        toError(err, "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts");
      }
    },
    async downloadArtifact(owner, repo, id, maxBytes) {
      const route = "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}";
      let data: unknown;
      try {
        data = (await octokit.request(route, { owner, repo, artifact_id: id, archive_format: "zip" })).data;
      } catch (err) {
        toError(err, route);
      }
      const bytes =
        data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data as ArrayBufferLike);
      if (bytes.length > maxBytes)
        throw new GitHubError(
          413,
          `the artifact is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
          route,
        );
      return bytes;
    },
    async getFile(owner, repo, file, ref, maxBytes) {
      let meta: { type?: string; size?: number; content?: string; encoding?: string; sha?: string };
      try {
        meta = (
          await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path: file, ref })
        ).data as typeof meta;
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        toError(err, "GET /repos/{owner}/{repo}/contents/{path}");
      }
      if (meta.type !== "file") return undefined;
      if ((meta.size ?? 0) > maxBytes)
        throw new GitHubError(
          413,
          `${file} is ${meta.size} bytes, over the ${maxBytes}-byte limit`,
          "GET contents",
        );
      if (meta.encoding === "base64" && meta.content)
        return new Uint8Array(Buffer.from(meta.content, "base64"));
      // Files over 1 MB come without content: read the blob.
      const blob = await call<{ content: string; encoding: string }>(
        "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
        {
          owner,
          repo,
          file_sha: meta.sha,
        },
      );
      return new Uint8Array(Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8"));
    },
    async resolveRef(owner, repo, ref) {
      try {
        const c = await call<{ sha: string }>("GET /repos/{owner}/{repo}/commits/{ref}", {
          owner,
          repo,
          ref,
        });
        return c.sha;
      } catch (err) {
        if (err instanceof GitHubError && (err.status === 404 || err.status === 422)) return undefined;
        throw err;
      }
    },
    async pullsForCommit(owner, repo, sha) {
      const pulls = await call<{ number: number; state: string }[]>(
        "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        {
          owner,
          repo,
          commit_sha: sha,
        },
      );
      return pulls.filter((p) => p.state === "open").map((p) => p.number);
    },
  };
}
