/**
 * The `splits:` option of a `data:` entry: a train and a test split checked against each other,
 * two files of the repository or two SQL sources of one engine (data/sql/splits-sql.ts).
 */

import { severity } from "../../checks/options.js";
import type { ConfigFinding } from "../../config/parse-config.js";
import type { Severity } from "../../report/types.js";
import { type SqlSource, sourceProblem, sqlSourceSchema } from "../sql/sql-source.js";

/** `splits:` as mlgate.yml writes it. */
export interface SplitsConfig {
  /** A file of the repository, or a table or query (the same shape as `data[].source`). */
  train: string | SqlSource;
  test: string | SqlSource;
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
    "Train and test splits checked against each other (docs/checks-splits.md): rows in both (leakage), class balance, " +
    "test categories never seen in train, the same columns and types. Two files, or two SQL sources of one engine and database. " +
    "An entry with `splits` takes no `path` or `source`.",
  properties: {
    train: {
      description:
        "The training split: one file in the repository, or a table or query where the data lives (as `data[].source`; `test` then names the same engine and database).",
      anyOf: [{ type: "string", minLength: 1 }, sqlSourceSchema],
    },
    test: {
      description:
        "The test split: one file in the repository, or a table or query of train's engine and database.",
      anyOf: [{ type: "string", minLength: 1 }, sqlSourceSchema],
    },
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

/** Whether both splits are SQL sources (else both are files: a mix is a configuration error). */
export function sqlSplits(cfg: SplitsConfig): cfg is SplitsConfig & { train: SqlSource; test: SqlSource } {
  return typeof cfg.train === "object" && typeof cfg.test === "object";
}

/**
 * What the schema cannot say of `splits`: a file with a SQL source (leakage is a join inside one
 * engine; copying a file into it, or a table out of it, is not done), two engines or databases,
 * and a source's keys that do not go together (`sourceProblem`).
 */
export function splitsConfigErrors(splits: unknown): ConfigFinding[] {
  if (typeof splits !== "object" || splits === null) return [];
  const cfg = splits as SplitsConfig;
  const error = (message: string, at: string[]): ConfigFinding => ({
    severity: "error",
    code: "config/splits",
    message,
    path: ["splits", ...at],
  });
  const sides = [cfg.train, cfg.test].filter((s): s is SqlSource => typeof s === "object" && s !== null);
  if (sides.length === 0) return [];
  if (sides.length === 1)
    return [
      error(
        "train and test must both be files or both be SQL sources of one engine: leakage is a join inside one engine (docs/checks-splits.md#splits-in-a-database)",
        [typeof cfg.train === "object" ? "test" : "train"],
      ),
    ];
  const [train, test] = sides as [SqlSource, SqlSource];
  const out: ConfigFinding[] = [];
  for (const [side, s] of [
    ["train", train],
    ["test", test],
  ] as const) {
    const problem = sourceProblem(s);
    if (problem) out.push(error(`${side} ${problem}`, [side]));
  }
  if (out.length) return out;
  const same = (k: "engine" | "url" | "database", what: string) =>
    train[k] === test[k]
      ? []
      : [
          error(
            `test must name train's ${what} (${k}: ${train[k] ?? "none"}): both splits are read through one connection`,
            ["test", ...(test[k] === undefined ? [] : [k])],
          ),
        ];
  out.push(...same("engine", "engine"));
  if (!out.length && train.engine === "postgres") out.push(...same("url", "database"));
  if (!out.length && train.engine === "duckdb" && train.database !== undefined && test.database !== undefined)
    out.push(...same("database", "database file"));
  return out;
}
