/** The issue-comment endpoints, and the token's own login (the sticky comment is found by its author). */
import type { GitHub, IssueComment } from "./client.js";
import { GitHubError, type Rest } from "./rest.js";

/** GitHub's comment object as mlgate keeps it. */
function toComment(c: {
  id: number | bigint;
  body?: string;
  user?: { login?: string; type?: string } | null;
  html_url: string;
}): IssueComment {
  const user = c.user?.login ?? "";
  return { id: Number(c.id), body: c.body ?? "", user, bot: c.user?.type === "Bot", url: c.html_url };
}

/** viewerLogin, listComments, createComment, updateComment, deleteComment over `rest`. */
export function commentsApi({
  octokit,
  call,
  error,
  fail,
}: Rest): Pick<GitHub, "viewerLogin" | "listComments" | "createComment" | "updateComment" | "deleteComment"> {
  return {
    async viewerLogin() {
      try {
        const r = await octokit.graphql<{ viewer?: { login?: string } }>("query { viewer { login } }");
        return r.viewer?.login || undefined;
      } catch (err) {
        // Out of time is out of time; any other refusal only means the login is unknown.
        const e = error(err, "POST /graphql");
        if (e.kind === "budget") throw e;
        return undefined;
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
        return all.map(toComment);
      } catch (err) {
        return fail(err, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments");
      }
    },
    async createComment(owner, repo, issue, body) {
      return toComment(
        await call(
          "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
          { owner, repo, issue_number: issue, body },
          { once: true },
        ),
      );
    },
    async updateComment(owner, repo, id, body) {
      // Idempotent: the same body twice is one edit.
      return toComment(
        await call("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          owner,
          repo,
          comment_id: id,
          body,
        }),
      );
    },
    async deleteComment(owner, repo, id) {
      try {
        await call("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          owner,
          repo,
          comment_id: id,
        });
      } catch (err) {
        // A concurrent run deleted it first.
        if (!(err instanceof GitHubError && err.status === 404)) throw err;
      }
    },
  };
}
