/** The gate: a pure decision over a report. */
import type { FailOn, MlgateConfig } from "../config/types.js";
import type { GateResult, Report, Severity } from "../report/types.js";

/** What makes the gate fail. */
export interface GatePolicy {
  failOn: FailOn;
  minMlTestScore?: number;
}

/** `gates.fail_on` / `min_ml_test_score`, overridden by `gates.environments.<env>`. */
export function gatePolicy(config: MlgateConfig, environment: string): GatePolicy {
  const base = config.gates ?? {};
  const env = base.environments?.[environment] ?? {};
  const policy: GatePolicy = { failOn: env.fail_on ?? base.fail_on ?? "error" };
  const min = env.min_ml_test_score ?? base.min_ml_test_score;
  if (min !== undefined) policy.minMlTestScore = min;
  return policy;
}

function counts(severity: Severity, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return failOn === "warning" || severity === "error";
}

/**
 * Decide whether `report` passes under `policy`. Reasons list every failing item, in report order,
 * so the scorecard can say exactly why.
 */
export function evaluateGate(
  report: Pick<Report, "sections" | "comparisons" | "mlTestScore">,
  policy: GatePolicy,
): GateResult {
  const reasons: string[] = [];
  for (const section of report.sections) {
    if (section.status === "incomplete" && counts("warning", policy.failOn)) {
      reasons.push(`${section.title}: did not run (${section.note ?? "incomplete"})`);
    }
    for (const check of section.checks) {
      if ((check.status === "failed" || check.status === "error") && counts(check.severity, policy.failOn)) {
        reasons.push(`${section.title}: ${check.message}`);
      }
    }
  }
  // A comparison the compare stage already turned into a check (`compare/<metric>`) counts once;
  // only failed and warning comparisons count, so `not gated` ones (no rule) never fail the gate.
  const asChecks = new Set(report.sections.flatMap((s) => s.checks.map((c) => c.id)));
  for (const c of report.comparisons) {
    if (asChecks.has(`compare/${c.metric}`)) continue;
    const severity =
      c.status === "failed" ? (c.severity ?? "error") : c.status === "warning" ? "warning" : undefined;
    if (severity && counts(severity, policy.failOn)) reasons.push(`Compare: ${c.metric} regressed`);
  }
  const min = policy.minMlTestScore;
  if (min !== undefined && policy.failOn !== "never" && report.mlTestScore.final < min) {
    reasons.push(`ML Test Score ${report.mlTestScore.final} is below the required ${min}`);
  }
  const result: GateResult = { passed: reasons.length === 0, failOn: policy.failOn, reasons };
  if (min !== undefined) result.minMlTestScore = min;
  return result;
}
