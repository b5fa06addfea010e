/**
 * The `model:` block's schema: the inputs the runner reads (metrics files, the predictions file and
 * its columns, the block's severity) and the options of each check in checks/, put together in the
 * order schemas/mlgate.schema.json documents them.
 */
import type { JsonSchema } from "../checks/definition.js";
import { severity as severitySchema } from "../checks/options.js";
import { MODEL_CHECKS } from "./checks/index.js";

/** What the runner itself reads, keyed like check options (paths under `model:`). */
export const MODEL_INPUT_OPTIONS: Record<string, JsonSchema> = {
  metrics: {
    type: ["string", "array"],
    items: { type: "string" },
    description: "Metrics file(s), JSON or YAML; nested keys are flattened with dots (`latency_ms.p95`).",
  },
  predictions: {
    type: "object",
    additionalProperties: false,
    required: ["path", "task", "label"],
    description: "A predictions file from which mlgate computes metrics itself.",
    properties: {
      path: { type: "string", description: "Predictions file (csv, jsonl, parquet)." },
      task: { type: "string", enum: ["binary", "multiclass", "regression"], description: "Kind of model." },
      label: { type: "string", description: "Column with the true label or target." },
      prediction: { type: "string", description: "Column with the predicted label or value." },
      score: { type: "string", description: "Column with the probability of the positive class (binary)." },
      scores: {
        type: "object",
        additionalProperties: { type: "string" },
        description: "Multiclass: class label to the column holding its probability.",
      },
      positive: {
        type: ["string", "number", "boolean"],
        description: "The positive class label (binary; default 1).",
      },
      threshold: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "Decision threshold on `score` when `prediction` is absent (default 0.5).",
      },
      id: {
        type: "string",
        description: "Column identifying each example (used to pair predictions with the baseline).",
      },
    },
  },
  severity: severitySchema,
};

/** Top-level keys of `model:` in documented order; a check's nested option goes under its parent. */
const ORDER = ["metrics", "thresholds", "predictions", "baseline_model", "artifact", "severity"];

/**
 * The whole `model:` schema from the inputs and every check's options: an option `a.b` becomes
 * property `b` of input `a`, after the input's own; top-level keys follow ORDER.
 */
export function modelOptionsSchema(
  checks: readonly { options: Record<string, JsonSchema> }[] = MODEL_CHECKS,
): JsonSchema {
  const top: Record<string, JsonSchema> = { ...MODEL_INPUT_OPTIONS };
  const nested: Record<string, Record<string, JsonSchema>> = {};
  for (const c of checks)
    for (const [key, schema] of Object.entries(c.options)) {
      const [parent, child] = key.split(".") as [string, string | undefined];
      if (child === undefined) top[parent] = schema;
      else nested[parent] = { ...nested[parent], [child]: schema };
    }
  for (const [parent, children] of Object.entries(nested)) {
    const input = top[parent]!;
    top[parent] = { ...input, properties: { ...(input.properties as object), ...children } };
  }
  const keys = [...new Set([...ORDER, ...Object.keys(top)])].filter((k) => k in top);
  return {
    type: "object",
    additionalProperties: false,
    description: "Model quality: metric thresholds, metrics computed from predictions, slices, budgets.",
    properties: Object.fromEntries(keys.map((k) => [k, top[k]!])),
  };
}
