/** The issue-comment endpoints, and the token's own user (the sticky comment is found by its author). */
import type { GitHub, IssueComment } from "./client.js";
import { type Rest, toError } from "./rest.js";

/** GitHub's comment object as mlgate keeps it. */
function toComment(c: {
  id: number | bigint;
  body?: string;
  user?: { login?: string } | null;
  html_url: string;
}): IssueComment {
  return { id: Number(c.id), body: c.body ?? "", user: c.user?.login ?? "", url: c.html_url };
}

/** viewerLogin, listComments, createComment, updateComment over `rest`. */
export function commentsApi({
  octokit,
  call,
}: Rest): Pick<GitHub, "viewerLogin" | "listComments" | "createComment" | "updateComment"> {
  return {
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
        return all.map(toComment);
      } catch (err) {
        toError(err, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments");
      }
    },
    async createComment(owner, repo, issue, body) {
      return toComment(
        await call("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo,
          issue_number: issue,
          body,
        }),
      );
    },
    async updateComment(owner, repo, id, body) {
      return toComment(
        await call("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          owner,
          repo,
          comment_id: id,
          body,
        }),
      );
    },
  };
}
