/** Derive a section's status from its checks. */
import type { CheckResult, SectionStatus } from "./types.js";

/** failed if any error-severity check failed or could not run; warning for warning-severity ones. */
export function sectionStatus(checks: CheckResult[]): SectionStatus {
  let status: SectionStatus = checks.length ? "passed" : "skipped";
  for (const c of checks) {
    if (c.status !== "failed" && c.status !== "error") continue;
    if (c.severity === "error") return "failed";
    status = "warning";
  }
  return status;
}
