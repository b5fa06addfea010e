/**
 * Publisher: the sticky PR comment. It is found by a hidden marker **and** its author, so another
 * user's comment with the same marker is never edited. The author is the token's own login
 * (GraphQL's `viewer`: a user, or `slug[bot]` for a GitHub App installation token); when GitHub
 * does not say, only a bot's comment (a GitHub App: what installation tokens write as) can be ours.
 * An unchanged body is not written again, so a re-run with nothing changed does not touch the pull
 * request. A create is never retried blindly: after a failure that may have written it, the
 * comments are listed again first. After creating, the comments are listed again and runs that
 * raced converge on one: the oldest is kept (with the newest body) and the rest deleted.
 */
import { type GitHub, type IssueComment, mayHaveWritten } from "../../github/client.js";
import { redact } from "../../io/redact.js";
import { capMarkdown } from "./cap-text.js";

/** The renderer's target for a comment body: under GitHub's 65,536 characters, with room for the marker. */
export const MAX_COMMENT = 65_000;

/** GitHub rejects comment bodies over 65,536 characters (422 "body is too long"). */
const GITHUB_MAX_COMMENT = 65_536;

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
  /** Where the full report is, for the note when the body had to be shortened. */
  fullReport?: string;
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

/** Which comments are ours: the marker, and the token's login (any bot's when the login is unknown). */
function ownedBy(login: string | undefined, marker: string): (c: IssueComment) => boolean {
  return (c) => c.body.includes(marker) && (login === undefined ? c.bot : c.user === login);
}

/** Oldest first (GitHub's comment ids grow with time). */
function oldestFirst(comments: IssueComment[]): IssueComment[] {
  return [...comments].sort((a, b) => a.id - b.id);
}

/** Create or update the sticky comment on a pull request; GitHub's errors are thrown as GitHubError. */
export async function publishComment(input: CommentInput): Promise<CommentResult> {
  const { gh, owner, repo, issue } = input;
  if (input.mode === "never") return { action: "skipped", why: "scorecard.comment is never" };
  const marker = stickyMarker(input.key);
  const room = GITHUB_MAX_COMMENT - marker.length - 4;
  const full = `${capMarkdown(redact(input.body).trimEnd(), room, "chars", input.fullReport).trimEnd()}\n\n${marker}\n`;
  const login = await gh.viewerLogin();
  const isOurs = ownedBy(login, marker);
  const [first, ...extra] = oldestFirst((await gh.listComments(owner, repo, issue)).filter(isOurs));
  if (!first && input.mode === "on-failure" && input.passed)
    return { action: "skipped", why: "the gate passed and scorecard.comment is on-failure" };
  if (first) {
    // Left by runs that raced before this one: the oldest stays. Only when the login is known: a
    // bot's comment is not surely ours, and deleting is not undone.
    if (login !== undefined) for (const c of extra) await gh.deleteComment(owner, repo, c.id);
    if (first.body === full) return { action: "unchanged", url: first.url };
    const updated = await gh.updateComment(owner, repo, first.id, full);
    return { action: "updated", url: updated.url };
  }
  let mine: IssueComment;
  try {
    mine = await gh.createComment(owner, repo, issue, full);
  } catch (err) {
    if (!mayHaveWritten(err)) throw err;
    // GitHub may have created it before failing: look before writing again.
    const found = oldestFirst((await gh.listComments(owner, repo, issue)).filter(isOurs))[0];
    mine = found ?? (await gh.createComment(owner, repo, issue, full));
  }
  return converge(input, ownedBy(login ?? mine.user, marker), full, mine);
}

/** After a create: list again, keep the oldest of ours (with `full` as its body) and delete the rest. */
async function converge(
  { gh, owner, repo, issue }: CommentInput,
  isOurs: (c: IssueComment) => boolean,
  full: string,
  mine: IssueComment,
): Promise<CommentResult> {
  const listed = (await gh.listComments(owner, repo, issue)).filter(isOurs);
  const ours = oldestFirst([mine, ...listed.filter((c) => c.id !== mine.id)]);
  const keep = ours[0]!;
  for (const c of ours.slice(1)) await gh.deleteComment(owner, repo, c.id);
  if (keep.id === mine.id) return { action: "created", url: mine.url };
  // Another run created the oldest: it stays, with this run's body.
  if (keep.body !== full) await gh.updateComment(owner, repo, keep.id, full);
  return { action: "updated", url: keep.url };
}
