/**
 * Publishers: the sticky PR comment and the check run. The comment is found by a hidden marker
 * **and** its author (the token's own user), so another user's comment with the same marker is
 * never edited; an unchanged body is not written again. The check run carries every annotation,
 * 50 per request as the API allows.
 */
import { reportDiagnostics } from "../render/diagnostics.js";
import type { Report } from "../report/types.js";
import type { CheckAnnotation, GitHub, IssueComment } from "./client.js";

/** The author of comments made with the Actions token (GET /user is not allowed for it). */
export const ACTIONS_BOT = "github-actions[bot]";

/** Hidden marker of mlgate's comment for one key (workflow and config), so two jobs keep two comments. */
export function stickyMarker(key: string): string {
  return `<!-- mlgate:sticky ${key.replace(/-->/g, "").replace(/[^\w./:@ -]/g, "_")} -->`;
}

/** `scorecard.comment`. */
export type CommentMode = "always" | "on-change" | "on-failure" | "never";

/** What the comment publisher did. */
export interface CommentResult {
  action: "created" | "updated" | "unchanged" | "skipped";
  url?: string;
  why?: string;
}

/** Create or update the sticky comment on a pull request. */
export async function publishComment(
  gh: GitHub,
  target: { owner: string; repo: string; issue: number; key: string },
  body: string,
  options: { mode: CommentMode; passed: boolean; author?: string },
): Promise<CommentResult> {
  if (options.mode === "never") return { action: "skipped", why: "scorecard.comment is never" };
  const marker = stickyMarker(target.key);
  const full = `${body.trimEnd()}\n\n${marker}\n`;
  const author = options.author ?? (await gh.viewerLogin()) ?? ACTIONS_BOT;
  const comments = await gh.listComments(target.owner, target.repo, target.issue);
  const ours: IssueComment | undefined = comments.find((c) => c.user === author && c.body.includes(marker));
  if (!ours && options.mode === "on-failure" && options.passed)
    return { action: "skipped", why: "the gate passed and scorecard.comment is on-failure" };
  if (ours && ours.body === full) return { action: "unchanged", url: ours.url };
  if (ours) {
    const updated = await gh.updateComment(target.owner, target.repo, ours.id, full);
    return { action: "updated", url: updated.url };
  }
  const created = await gh.createComment(target.owner, target.repo, target.issue, full);
  return { action: "created", url: created.url };
}

/** Annotations per check-run request (the API's limit). */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Limits of a check run's output fields. */
const MAX_SUMMARY = 65_535;

/** Every finding of the report as a check-run annotation, paths from the repository root. */
export function checkAnnotations(report: Report, pathPrefix = ""): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const { diagnostic: d } of reportDiagnostics(report)) {
    const line = (d.range?.start.line ?? 0) + 1;
    const endLine = (d.range?.end.line ?? d.range?.start.line ?? 0) + 1;
    const a: CheckAnnotation = {
      path: pathPrefix ? `${pathPrefix}/${d.file}` : d.file,
      start_line: line,
      end_line: Math.max(line, endLine),
      annotation_level: d.severity === "error" ? "failure" : "warning",
      message: (d.hint ? `${d.message}\n${d.hint}` : d.message).slice(0, 64_000),
      title: `mlgate ${d.code}`,
    };
    // Columns are allowed only on one-line annotations.
    if (d.range && a.start_line === a.end_line) {
      a.start_column = d.range.start.column + 1;
      a.end_column = Math.max(d.range.end.column + 1, a.start_column);
    }
    out.push(a);
  }
  return out;
}

/** Create a completed check run with the verdict, the summary and all annotations. */
export async function publishCheckRun(
  gh: GitHub,
  target: { owner: string; repo: string; sha: string },
  report: Report,
  summary: string,
  annotations: CheckAnnotation[],
): Promise<{ url: string; requests: number }> {
  const name = `mlgate (${report.environment.name})`;
  const title = report.passed
    ? "mlgate passed"
    : `mlgate failed: ${report.gate.reasons.length} reason${report.gate.reasons.length === 1 ? "" : "s"}`;
  const output = (batch: CheckAnnotation[]) => ({
    title,
    summary:
      summary.length > MAX_SUMMARY
        ? `${summary.slice(0, MAX_SUMMARY - 200)}\n\n(summary cut at GitHub's limit)`
        : summary,
    annotations: batch,
  });
  const created = await gh.createCheckRun(target.owner, target.repo, {
    name,
    head_sha: target.sha,
    status: "completed",
    conclusion: report.passed ? "success" : "failure",
    output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
  });
  let requests = 1;
  for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    // Each update appends its annotations to the run's.
    await gh.updateCheckRun(target.owner, target.repo, created.id, {
      output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)),
    });
    requests++;
  }
  return { url: created.url, requests };
}
