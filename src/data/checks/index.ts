/**
 * The data checks, in report order. Adding a column check: write its file in this folder (a
 * definition following column-check.ts), add it to COLUMN_CHECKS, add a fixture folder under
 * test/fixtures/data-checks/, run `node scripts/gen-config-schema.mjs` (docs/contributing.md).
 */
import type { ConfigFinding } from "../../config/parse-config.js";
import type { MlgateConfig } from "../../config/types.js";
import { splitsConfigErrors } from "../splits/splits-options.js";
import { allowedCheck } from "./allowed.js";
import type { ColumnCheck } from "./column-check.js";
import { compareColumnsCheck } from "./compare-columns.js";
import type { DatasetCheck, DatasetConfig } from "./dataset-check.js";
import { distinctCheck } from "./distinct.js";
import { driftCheck } from "./drift.js";
import { extraColumnsCheck } from "./extra-columns.js";
import { foreignKeyCheck } from "./foreign-key.js";
import { freshnessCheck } from "./freshness.js";
import { labelsCheck } from "./labels.js";
import { meanCheck } from "./mean.js";
import { medianCheck } from "./median.js";
import { missingCheck } from "./missing.js";
import { notConstantCheck } from "./not-constant.js";
import { oneHotCheck } from "./one-hot.js";
import { outliersCheck } from "./outliers.js";
import { quantilesCheck } from "./quantiles.js";
import { rangeCheck } from "./range.js";
import { regexCheck } from "./regex.js";
import { rowCountCheck } from "./row-count.js";
import { stdCheck } from "./std.js";
import { stringLengthCheck } from "./string-length.js";
import { typeCheck } from "./type.js";
import { uniqueCheck } from "./unique.js";
import { uniqueKeysCheck } from "./unique-keys.js";
import { whereCheck } from "./where.js";

/** Every column check, in the order their results are reported. */
export const COLUMN_CHECKS: readonly ColumnCheck[] = [
  typeCheck,
  rangeCheck,
  allowedCheck,
  regexCheck,
  uniqueCheck,
  outliersCheck,
  freshnessCheck,
  missingCheck,
  notConstantCheck,
  meanCheck,
  stdCheck,
  medianCheck,
  quantilesCheck,
  distinctCheck,
  stringLengthCheck,
] as ColumnCheck[];

/** Every dataset check, in the order their results are reported (before the columns'). */
export const DATASET_CHECKS: readonly DatasetCheck[] = [
  rowCountCheck,
  extraColumnsCheck,
  driftCheck,
  uniqueKeysCheck,
  oneHotCheck,
  labelsCheck,
  compareColumnsCheck,
  foreignKeyCheck,
  // Column checks on a subset of rows: given the column checks lazily (where.ts reaches this file back).
  whereCheck(() => COLUMN_CHECKS),
];

/**
 * The checks' findings about `data:` in a config the schema accepts (parseConfig positions them):
 * the dataset checks' warnings and the column checks' unusable options.
 */
export function dataConfigFindings(config: MlgateConfig): ConfigFinding[] {
  return (config.data ?? []).flatMap((ds, i) => [
    ...DATASET_CHECKS.flatMap((check) =>
      [
        ...(check.configWarnings?.(ds as DatasetConfig) ?? []),
        ...(check.configured(ds as DatasetConfig) ? (check.configErrors?.(ds as DatasetConfig) ?? []) : []),
      ].map((w) => ({
        ...w,
        path: ["data", i, ...w.path],
      })),
    ),
    ...splitsConfigErrors(ds.splits).map((e) => ({ ...e, path: ["data", i, ...e.path] })),
    ...Object.entries(ds.columns ?? {}).flatMap(([name, column]) =>
      COLUMN_CHECKS.flatMap((check) =>
        (check.configErrors?.(column) ?? []).map((e) => ({
          ...e,
          path: ["data", i, "columns", name, ...e.path],
        })),
      ),
    ),
  ]);
}
