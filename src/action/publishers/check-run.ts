/**
 * Publisher: the check run. It carries the verdict, the summary and every annotation, 50 per
 * request as the API allows (workflow-command annotations show only 10 per severity).
 */
import { randomUUID } from "node:crypto";
import { type CheckAnnotation, type GitHub, mayHaveWritten } from "../../github/client.js";
import { redact } from "../../io/redact.js";
import { reportDiagnostics } from "../../render/diagnostics.js";
import type { Report } from "../../report/types.js";
import { capMarkdown, capString } from "./cap-text.js";

/** Annotations per check-run request (the API's limit). */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's `output.summary` (and `output.text`), in characters. */
const MAX_SUMMARY = 65_535;
/** GitHub's limit on an annotation's `message`: 64 KB. */
const MAX_ANNOTATION_MESSAGE = 64 * 1024;
/** GitHub's limit on an annotation's `title` (and a check run's name), in characters. */
const MAX_TITLE = 255;

/** The check run to create and where. */
export interface CheckRunInput {
  gh: GitHub;
  owner: string;
  repo: string;
  /** The commit the run is attached to. */
  sha: string;
  report: Report;
  /** The rendered scorecard. */
  summary: string;
  /** Where the checked folder sits in the repository, for annotation paths. */
  pathPrefix: string;
  /** The check's name (a branch protection rule requires it by name). */
  name: string;
  /** The conclusion and title, when the verdict is not the report's (mode: publish). */
  conclusion?: string;
  title?: string;
}

/** Create a completed check run with the verdict, the summary and all annotations; errors are thrown as GitHubError. */
export async function publishCheckRun(input: CheckRunInput): Promise<{ url: string; requests: number }> {
  const { gh, owner, repo, report } = input;
  const summary = redact(input.summary);
  const annotations = checkAnnotations(report, input.pathPrefix);
  const name = capString(input.name, MAX_TITLE);
  const title =
    input.title ??
    (report.status === "config-error"
      ? "mlgate: configuration error"
      : report.passed
        ? "mlgate passed"
        : `mlgate failed: ${report.gate.reasons.length} reason${report.gate.reasons.length === 1 ? "" : "s"}`);
  const capped = capMarkdown(summary, MAX_SUMMARY);
  const output = (batch: CheckAnnotation[]) => ({ title, summary: capped, annotations: batch });
  // Marks this run's check run, so a create that failed after GitHub made it is found, not repeated.
  const externalId = randomUUID();
  const create = () =>
    gh.createCheckRun(owner, repo, {
      name,
      head_sha: input.sha,
      external_id: externalId,
      status: "completed",
      conclusion: input.conclusion ?? (report.passed ? "success" : "failure"),
      output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
    });
  let created: { id: number; url: string };
  try {
    created = await create();
  } catch (err) {
    if (!mayHaveWritten(err)) throw err;
    created = (await gh.findCheckRun(owner, repo, input.sha, name, externalId)) ?? (await create());
  }
  let requests = 1;
  for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    // Each update appends its annotations to the run's.
    await gh.updateCheckRun(owner, repo, created.id, {
      output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)),
    });
    requests++;
  }
  return { url: created.url, requests };
}

/** Every finding of the report as a check-run annotation, paths from the repository root. */
function checkAnnotations(report: Report, pathPrefix: string): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const { diagnostic: d } of reportDiagnostics(report)) {
    const line = (d.range?.start.line ?? 0) + 1;
    const endLine = (d.range?.end.line ?? d.range?.start.line ?? 0) + 1;
    const a: CheckAnnotation = {
      path: pathPrefix ? `${pathPrefix}/${d.file}` : d.file,
      start_line: line,
      end_line: Math.max(line, endLine),
      annotation_level: d.severity === "error" ? "failure" : "warning",
      message: capString(
        redact(d.hint ? `${d.message}\n${d.hint}` : d.message),
        MAX_ANNOTATION_MESSAGE,
        "bytes",
      ),
      title: capString(`mlgate ${d.code}`, MAX_TITLE),
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
