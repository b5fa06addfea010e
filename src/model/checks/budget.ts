/**
 * budget: computing budgets. A `thresholds:` entry whose name says latency, throughput, memory or
 * size is a budget rather than a quality bar; `model.artifact.max_size_mb` bounds the model file.
 */
import { severity as severitySchema } from "../../checks/options.js";
import type { ModelConfig } from "../../config/types.js";
import { formatMetric } from "../../report/format.js";
import type { CheckResult, Severity } from "../../report/types.js";
import type { ModelCheck } from "./model-check.js";
import { type BoundInput, judgeBound } from "./threshold.js";

/** ML Test Score monitoring.6: the model's computing performance has not regressed. */
const BUDGET = ["monitoring.6"];

/** Metric names that are computing budgets rather than quality. */
const BUDGET_NAME =
  /latency|throughput|qps|rps|memory|mem_|ram_|_ram|size_mb|inference_time|duration|p9[059]/i;

/** Whether a `thresholds:` entry is a budget (judged here) rather than a quality threshold. */
export function isBudgetName(pattern: string): boolean {
  return BUDGET_NAME.test(pattern);
}

/** The model files the runner found for `model.artifact` and their total size. */
export interface ArtifactInput {
  artifact: NonNullable<ModelConfig["artifact"]>;
  /** Files of `artifact.path` (a glob may name several) that exist. */
  present: string[];
  bytes: number;
  severity: Severity;
}

/** A budget entry of `thresholds:`, or the artifact. */
export type BudgetInput = ({ kind: "metric" } & BoundInput) | ({ kind: "artifact" } & ArtifactInput);

/** The artifact size against `max_size_mb` (reported without a verdict when no budget is set). */
function judgeArtifact({ artifact: a, present, bytes, severity }: ArtifactInput): CheckResult {
  const sev = a.severity ?? severity;
  const id = "model/budget/artifact";
  if (!present.length)
    return {
      id,
      status: "error",
      severity: sev,
      message: `model artifact ${a.path} does not exist`,
      diagnostics: [],
    };
  const mb = bytes / 1e6;
  const ok = a.max_size_mb === undefined || mb <= a.max_size_mb;
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: `model artifact ${a.path}: ${formatMetric(mb)} MB${a.max_size_mb === undefined ? "" : ok ? ` (budget ${a.max_size_mb} MB)` : `, over the ${a.max_size_mb} MB budget`}`,
    observed: `${formatMetric(mb)} MB`,
    expected: a.max_size_mb === undefined ? undefined : `<= ${a.max_size_mb} MB`,
    rubric: BUDGET,
    diagnostics: [],
  };
}

/** The budget check. */
export const budget: ModelCheck<BudgetInput> = {
  id: "budget",
  description:
    "A latency, throughput, memory or size metric is over its bound, or the model artifact is missing or over `max_size_mb`.",
  options: {
    artifact: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      description: "The model file and its size budget.",
      properties: {
        path: { type: "string", description: "Model artifact path." },
        max_size_mb: { type: "number", exclusiveMinimum: 0, description: "Largest allowed size in MB." },
        severity: severitySchema,
      },
    },
  },
  rubric: BUDGET,
  judge: (input) => (input.kind === "metric" ? judgeBound("budget", BUDGET, input) : [judgeArtifact(input)]),
};
