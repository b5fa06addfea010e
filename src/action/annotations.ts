/** Pick the annotations a step can show: GitHub displays only 10 errors and 10 warnings per step. */

import { reportDiagnostics } from "../render/diagnostics.js";
import type { Diagnostic, Report } from "../report/types.js";

/** Annotations GitHub shows per step and severity. */
export const SHOWN_PER_SEVERITY = 10;

/** The diagnostics to annotate, and how many of each severity are left out. */
export function selectAnnotations(report: Report): {
  shown: Diagnostic[];
  hidden: { error: number; warning: number };
} {
  const shown: Diagnostic[] = [];
  const hidden = { error: 0, warning: 0 };
  const count = { error: 0, warning: 0 };
  for (const { diagnostic } of reportDiagnostics(report)) {
    if (count[diagnostic.severity]++ < SHOWN_PER_SEVERITY) shown.push(diagnostic);
    else hidden[diagnostic.severity]++;
  }
  return { shown, hidden };
}

/** The job-summary note for findings that did not become annotations, or "" when none were left out. */
export function hiddenNote(hidden: { error: number; warning: number }): string {
  const parts = [
    hidden.error && `${hidden.error} error${hidden.error === 1 ? "" : "s"}`,
    hidden.warning && `${hidden.warning} warning${hidden.warning === 1 ? "" : "s"}`,
  ].filter(Boolean);
  if (!parts.length) return "";
  return `\n> [!NOTE]\n> ${parts.join(" and ")} more are not shown as annotations (GitHub shows ${SHOWN_PER_SEVERITY} errors and ${SHOWN_PER_SEVERITY} warnings per step). Every finding is listed above, in the step log, and in the JSON report.\n`;
}
