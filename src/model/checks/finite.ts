/** finite: no metric in the metrics files is NaN or infinite (a diverged run writes them). */
import type { CheckResult, Severity } from "../../report/types.js";
import type { Metric } from "../metrics-files.js";
import type { ModelCheck } from "./model-check.js";

/** The metrics files that were read and their metrics. */
export interface FiniteInput {
  metrics: Metric[];
  /** Files read; with none there is nothing to judge. */
  files: string[];
  severity: Severity;
}

/** ML Test Score monitoring.5: the model does not produce NaNs or infinities. */
const FINITE = ["monitoring.5"];

/** How metrics-files.ts describes a NaN or infinite value (other problems are strings, not numbers). */
const NOT_FINITE = /^is (-?Infinity|NaN)$/;

/** The finite-metrics check. */
export const finite: ModelCheck<FiniteInput> = {
  id: "finite",
  description: "A metric in the metrics files is NaN or infinite.",
  // It runs whenever `model.metrics` names files; it has no options of its own.
  options: {},
  rubric: FINITE,
  judge({ metrics, files, severity }) {
    if (!files.length) return [];
    const bad = metrics.filter((m) => m.problem && NOT_FINITE.test(m.problem));
    const result: CheckResult = {
      id: "model/metrics/finite",
      status: bad.length ? "failed" : "passed",
      severity,
      message: bad.length
        ? `${bad.length} metric${bad.length === 1 ? " is" : "s are"} NaN or infinite: ${bad.map((m) => m.name).join(", ")}`
        : `every metric in ${files.join(", ")} is finite`,
      rubric: FINITE,
      diagnostics: bad.map((m) => ({
        code: "model/metric-not-finite",
        severity,
        message: `${m.name} ${m.problem}`,
        file: m.file,
        range: m.range,
      })),
    };
    return [result];
  },
};
