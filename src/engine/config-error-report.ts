/**
 * The report of a run stopped by an invalid mlgate.yml. It goes through the same renderers and
 * publishers as any other, so a broken config writes `--output`, the job summary, the PR comment
 * and the check run too, instead of leaving an earlier "passed" verdict standing.
 */
import { scoreFromItems } from "../report/ml-test-score.js";
import type { Diagnostic, EnvironmentInfo, Report, Section } from "../report/types.js";
import { sortDiagnostics } from "../schema/validate.js";
import { VERSION } from "../version.js";
import type { RunOutcome } from "./run-mlgate.js";

/** A run that stopped at its configuration. */
export type ConfigErrorOutcome = Extract<RunOutcome, { kind: "config-error" }>;

/** `N errors` (and warnings), for the verdict and the summary line. */
function countWords(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const words = [`${errors} error${errors === 1 ? "" : "s"}`];
  if (warnings) words.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  return words.join(", ");
}

/**
 * A failed report whose only section, `config`, holds the config's diagnostics. `flag` is the
 * `--env` / `environment` value: without a valid config it is all that can name the environment.
 */
export function buildConfigErrorReport(outcome: ConfigErrorOutcome, flag?: string): Report {
  const { configFile } = outcome;
  const diagnostics = sortDiagnostics([...outcome.diagnostics]);
  const counts = countWords(diagnostics);
  const ran = outcome.report;
  const message = `${configFile} is invalid (${counts}); ${ran ? "the checks it does not touch ran" : "nothing was checked"}`;
  const section: Section = {
    id: "config",
    title: "Configuration",
    status: "failed",
    summary: `${configFile}: ${counts}`,
    checks: [{ id: `config/${configFile}`, status: "failed", severity: "error", message, diagnostics }],
  };
  if (ran)
    // Names that match nothing: the rest of the run stands, under a failed configuration section.
    return {
      ...ran,
      status: "config-error",
      passed: false,
      gate: { ...ran.gate, passed: false, reasons: [`configuration error: ${message}`, ...ran.gate.reasons] },
      sections: [section, ...ran.sections],
    };
  const environment: EnvironmentInfo =
    flag === undefined
      ? {
          name: "unknown",
          source: "unresolved",
          detail: `${configFile} is invalid, so its environments are unknown`,
        }
      : { name: flag, source: "flag", detail: "--env / environment input" };
  return {
    version: 1,
    tool: { name: "mlgate", version: VERSION },
    status: "config-error",
    environment,
    passed: false,
    // fail_on cannot be read from a broken config; "error" is its default and what a broken config is.
    gate: { passed: false, failOn: "error", reasons: [`configuration error: ${message}`] },
    sections: [section],
    comparisons: [],
    mlTestScore: scoreFromItems([]),
    baseline: { source: "none", reason: "the configuration is invalid" },
  };
}
