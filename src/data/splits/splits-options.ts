/** The `splits:` option of a `data:` entry: a train and a test file checked against each other. */
import { severity } from "../../checks/options.js";
import type { Severity } from "../../report/types.js";

/** `splits:` as mlgate.yml writes it. */
export interface SplitsConfig {
  train: string;
  test: string;
  /** The columns two rows are the same on: a list, or every column (the default). */
  key?: "all_columns" | string[];
  /** The label column: class balance is compared between the splits. */
  label?: string;
  /** Test rows also in train that are tolerated (default 0). */
  max_leaked_rows?: number;
  /** Largest difference of a class's share between the splits, 0 to 1 (default 0.1). */
  max_class_shift?: number;
  /** Columns whose test values must all be seen in train: `auto` (text columns of few values), a list, or false. */
  categories?: "auto" | string[] | false;
  severity?: Severity;
}

/** ML Test Score items: a test set that holds training rows does not validate the model (infrastructure 4). */
export const LEAKAGE_RUBRIC = ["infrastructure.4"];

/** The schema of `splits:`, built into schemas/mlgate.schema.json by scripts/gen-config-schema.mjs. */
export const splitsSchema = {
  type: "object",
  additionalProperties: false,
  required: ["train", "test"],
  description:
    "Train and test files checked against each other (docs/checks-splits.md): rows in both (leakage), class balance, " +
    "test categories never seen in train, the same columns and types. An entry with `splits` takes no `path` or `source`.",
  properties: {
    train: { type: "string", minLength: 1, description: "The training split: one file in the repository." },
    test: { type: "string", minLength: 1, description: "The test split: one file in the repository." },
    key: {
      description:
        "The columns two rows are the same on: a list of columns, or `all_columns` (the default: whole rows).",
      anyOf: [{ const: "all_columns" }, { type: "array", items: { type: "string" }, minItems: 1 }],
    },
    label: { type: "string", minLength: 1, description: "The label column: its class shares are compared." },
    max_leaked_rows: {
      type: "integer",
      minimum: 0,
      description: "Test rows whose key is also in train that are tolerated (default 0).",
    },
    max_class_shift: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description:
        "Largest difference of one class's share of the rows between train and test, from 0 to 1 (default 0.1: ten points).",
    },
    categories: {
      description:
        "Columns whose test values must all appear in train: `auto` (the default: text columns with at most 1,000 distinct values in train and at least 10 rows per value), a list, or `false`.",
      anyOf: [{ const: "auto" }, { const: false }, { type: "array", items: { type: "string" }, minItems: 1 }],
    },
    severity,
  },
} as const;
