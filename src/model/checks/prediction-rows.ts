/** prediction-rows: every row of the predictions file is usable (a label, a number for a score). */
import type { Example } from "../../checks/violations.js";
import type { CheckResult, Severity } from "../../report/types.js";
import type { ModelCheck } from "./model-check.js";

/** The rows the reader left out, out of all it read. */
export interface PredictionRowsInput {
  skipped: { count: number; examples: Example[] };
  /** Data rows read, used and left out. */
  rows: number;
  severity: Severity;
}

/** The usable-rows check. */
export const predictionRows: ModelCheck<PredictionRowsInput> = {
  id: "prediction-rows",
  description: "Rows of the predictions file cannot be used (a missing label, a score that is not a number).",
  // It runs whenever `model.predictions` is read; the columns it names are the runner's input.
  options: {},
  judge({ skipped, rows, severity }) {
    if (!skipped.count) return [];
    const result: CheckResult = {
      id: "model/predictions/rows",
      status: "failed",
      severity,
      message: `${skipped.count} of ${rows} prediction rows cannot be used and were left out`,
      observed: `${skipped.count} rows`,
      expected: "every row usable",
      diagnostics: skipped.examples.map((e) => {
        const at = { line: e.line - 1, column: 0 };
        return {
          code: "model/predictions-row",
          severity,
          message: `row ${e.row}: ${e.value}`,
          file: e.file,
          range: { start: at, end: at },
        };
      }),
    };
    return [result];
  },
};
