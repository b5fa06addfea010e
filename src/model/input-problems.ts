/**
 * Results about the model stage's inputs rather than the model: a metrics file that cannot be
 * read, a predictions block naming metrics its task lacks, a predictions file that cannot be read
 * or lacks a column. They are errors of the configuration or the files, so the checks that need
 * those inputs do not run.
 */
import { WorkspaceError } from "../io/workspace.js";
import type { CheckResult, Diagnostic, Severity } from "../report/types.js";
import { FILE_START } from "../source/source-document.js";
import { type PredictionsConfig, PredictionsError } from "./predictions.js";
import { checkMetricName } from "./slices.js";

/** A metrics file that is missing or does not parse. */
export function metricsFileProblem(d: Diagnostic, severity: Severity): CheckResult {
  return {
    id: `model/metrics-file/${d.file}`,
    status: "error",
    severity,
    message: `${d.file}: ${d.message}`,
    diagnostics: [{ ...d, severity }],
  };
}

/** The predictions block without its unusable entries, and one error for each entry left out. */
export interface UsablePredictions {
  cfg: PredictionsConfig;
  problems: CheckResult[];
}

/**
 * Metric names the task does not have and fairness on a non-binary model, one error each; the
 * entry is left out and the rest is judged (one typo never switches the other checks off). The
 * engine finds these first with their position (src/engine/resolve-names.ts); this is for the
 * stage run on its own.
 */
export function predictionsConfigProblems(cfg: PredictionsConfig, configFile: string): UsablePredictions {
  const messages: string[] = [];
  const known = (name: string) => {
    const why = checkMetricName(cfg.task, name);
    if (why) messages.push(why);
    return why === undefined;
  };
  const metrics = Object.fromEntries(Object.entries(cfg.metrics ?? {}).filter(([name]) => known(name)));
  const slices = (cfg.slices ?? []).filter((s) => known(s.metric));
  let fairness = cfg.fairness;
  if (fairness?.length && cfg.task !== "binary") {
    messages.push("fairness measures need a binary model");
    fairness = [];
  }
  const problems: CheckResult[] = messages.map((message, i) => ({
    id: `model/predictions/config/${i}`,
    status: "error",
    severity: "error",
    message,
    diagnostics: [
      { code: "model/unknown-metric", severity: "error", message, file: configFile, range: FILE_START },
    ],
  }));
  return { cfg: { ...cfg, metrics, slices, fairness }, problems };
}

/** Whether `err` is a problem with the predictions file (reported) rather than a bug (re-thrown). */
export function isPredictionsProblem(err: unknown): err is PredictionsError | WorkspaceError {
  return err instanceof PredictionsError || err instanceof WorkspaceError;
}

/** The predictions file could not be read: at the line that stopped the reader when it knows it. */
export function predictionsReadProblem(
  err: PredictionsError | WorkspaceError,
  path: string,
  severity: Severity,
): CheckResult {
  const file = err instanceof PredictionsError && err.file ? err.file : path;
  const line = err instanceof PredictionsError ? err.line : undefined;
  const at = { line: (line ?? 1) - 1, column: 0 };
  return {
    id: "model/predictions/read",
    status: "error",
    severity,
    message: `predictions: ${err.message}`,
    diagnostics: [
      {
        code: "model/predictions",
        severity,
        message: err.message,
        file,
        range: line ? { start: at, end: at } : FILE_START,
      },
    ],
  };
}

/** Columns the config names that the predictions file's header lacks. */
export function missingColumnsProblem(path: string, missing: string[], severity: Severity): CheckResult {
  return {
    id: "model/predictions/columns",
    status: "error",
    severity,
    message: `${path} has no column ${missing.join(", ")}`,
    diagnostics: [
      {
        code: "model/predictions-column",
        severity,
        message: `the predictions file has no column ${missing.join(", ")}`,
        file: path,
        range: FILE_START,
        hint: "check `label`, `prediction`, `score(s)` and slice columns in mlgate.yml against the file's header",
      },
    ],
  };
}
