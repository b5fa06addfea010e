/**
 * Publisher: the sticky PR comment. It is found by a hidden marker **and** its author (the token's
 * own user), so another user's comment with the same marker is never edited; an unchanged body is
 * not written again, so a re-run with nothing changed does not touch the pull request.
 */
import type { GitHub, IssueComment } from "../../github/client.js";
import { redact } from "../../io/redact.js";

/** A comment body must stay under GitHub's 65,536 characters (the marker needs a little room). */
export const MAX_COMMENT = 65_000;

/** The author of comments made with the Actions token (GET /user is not allowed for it). */
const ACTIONS_BOT = "github-actions[bot]";

/** `scorecard.comment`. */
export type CommentMode = "always" | "on-change" | "on-failure" | "never";

/** The comment to post and where. */
export interface CommentInput {
  gh: GitHub;
  owner: string;
  repo: string;
  /** The pull request's number. */
  issue: number;
  /** Key of the sticky comment, so two mlgate jobs keep two comments. */
  key: string;
  /** The rendered scorecard. */
  body: string;
  mode: CommentMode;
  /** The gate's verdict, for `on-failure`. */
  passed: boolean;
}

/** What the comment publisher did. */
export interface CommentResult {
  action: "created" | "updated" | "unchanged" | "skipped";
  url?: string;
  why?: string;
}

/** Hidden marker of mlgate's comment for one key; characters that could end or break the HTML comment are replaced. */
function stickyMarker(key: string): string {
  return `<!-- mlgate:sticky ${key.replace(/-->/g, "").replace(/[^\w./:@ -]/g, "_")} -->`;
}

/** Create or update the sticky comment on a pull request; GitHub's errors are thrown as GitHubError. */
export async function publishComment(input: CommentInput): Promise<CommentResult> {
  const { gh, owner, repo, issue } = input;
  if (input.mode === "never") return { action: "skipped", why: "scorecard.comment is never" };
  const marker = stickyMarker(input.key);
  const full = `${redact(input.body).trimEnd()}\n\n${marker}\n`;
  const author = (await gh.viewerLogin()) ?? ACTIONS_BOT;
  const comments = await gh.listComments(owner, repo, issue);
  const ours: IssueComment | undefined = comments.find((c) => c.user === author && c.body.includes(marker));
  if (!ours && input.mode === "on-failure" && input.passed)
    return { action: "skipped", why: "the gate passed and scorecard.comment is on-failure" };
  if (ours && ours.body === full) return { action: "unchanged", url: ours.url };
  if (ours) {
    const updated = await gh.updateComment(owner, repo, ours.id, full);
    return { action: "updated", url: updated.url };
  }
  const created = await gh.createComment(owner, repo, issue, full);
  return { action: "created", url: created.url };
}
