/** Publisher: the step's outputs, as action.yml declares them. */
import * as core from "@actions/core";
import type { Report } from "../../report/types.js";

/** Every output the action sets; action.yml declares each (a test holds the two together). */
export const OUTPUT_NAMES = [
  "passed",
  "report-path",
  "environment",
  "ml-test-score",
  "score",
  "comment-url",
  "check-run-url",
  "baseline-dir",
  "sarif-path",
] as const;

/** Output values by name; an undefined one is not set. */
export type ActionOutputs = Partial<Record<(typeof OUTPUT_NAMES)[number], string>>;

/**
 * Set `outputs` in the order given. Callers set each as soon as it is known, so a later failure
 * still leaves it for a `needs:` job.
 */
export function publishOutputs(outputs: ActionOutputs): void {
  for (const [name, value] of Object.entries(outputs)) if (value !== undefined) core.setOutput(name, value);
}

/** The outputs that come from the report itself. */
export function reportOutputs(report: Report): ActionOutputs {
  const checks = report.sections.flatMap((s) => s.checks).filter((c) => c.status !== "skipped");
  const passed = checks.filter((c) => c.status === "passed").length;
  return {
    passed: String(report.passed),
    environment: report.environment.name,
    "ml-test-score": String(report.mlTestScore.final),
    score: String(checks.length ? Math.round((100 * passed) / checks.length) : 100),
  };
}
