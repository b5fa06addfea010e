/** Every diagnostic of a report with its check, in report order: the input of annotation formats. */
import type { CheckResult, Diagnostic, Report } from "../report/types.js";

/** Diagnostics of checks that did not pass (passing checks carry none that matter). */
export function reportDiagnostics(report: Report): { check: CheckResult; diagnostic: Diagnostic }[] {
  const out: { check: CheckResult; diagnostic: Diagnostic }[] = [];
  for (const section of report.sections) {
    for (const check of section.checks) {
      if (check.status === "passed" || check.status === "skipped") continue;
      for (const diagnostic of check.diagnostics) out.push({ check, diagnostic });
    }
  }
  return out;
}

/** `prefix/file`, with forward slashes and no leading `./`. */
export function prefixed(file: string, prefix?: string): string {
  const p = (prefix ?? "")
    .replace(/\\/g, "/")
    .replace(/^\.\/?/, "")
    .replace(/\/$/, "");
  return p ? `${p}/${file}` : file;
}
