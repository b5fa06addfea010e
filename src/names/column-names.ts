/**
 * Column names in mlgate.yml resolved against the headers of the files they are read from: a
 * dataset's `columns`, compound `unique` keys, `one_hot` groups, `drift.columns` and `labels`'
 * label, features and exclusions; a train/test pair's `splits` key, label and categories (against
 * the train file); the predictions file's `label`, `prediction`, `score(s)`, `id`, and slice and
 * fairness `by`.
 */
import type { DatasetConfig } from "../config/types.js";
import type { PredictionsConfig } from "../model/predictions.js";
import type { JsonPath } from "../source/locate.js";
import type { NameSink } from "./name-sink.js";

/** One file's header. */
export interface FileHeader {
  file: string;
  fields: string[];
}

/** The first file (of those read) whose header lacks `name`, if any. */
function lacking(name: string, headers: FileHeader[]): FileHeader | undefined {
  return headers.find((h) => !h.fields.includes(name));
}

/** Report `name` at `site` when some file lacks it. */
function checkColumn(
  sink: NameSink,
  headers: FileHeader[],
  name: string,
  path: JsonPath,
  key: boolean,
  what: string,
  drop?: JsonPath,
): boolean {
  const h = lacking(name, headers);
  if (!h) return true;
  sink.unknown(
    { path, key },
    "names/column",
    `${what} "${name}" is not a column of ${h.file}`,
    name,
    h.fields,
    drop,
  );
  return false;
}

/** One column name at a value in mlgate.yml against one file's header (nothing is left out). */
export function resolveColumn(
  sink: NameSink,
  header: FileHeader,
  name: string,
  path: JsonPath,
  what: string,
): void {
  checkColumn(sink, [header], name, path, false, what);
}

/** The columns a dataset names, against the header of each of its files. */
export function resolveDatasetColumns(
  sink: NameSink,
  ds: DatasetConfig,
  index: number,
  headers: FileHeader[],
): void {
  if (!headers.length) return;
  const base = ["data", index];
  for (const name of Object.keys((ds.columns ?? {}) as Record<string, unknown>))
    checkColumn(sink, headers, name, [...base, "columns", name], true, "the column", [
      ...base,
      "columns",
      name,
    ]);
  const lists: [string, unknown][] = [
    ["unique", ds.unique],
    ["one_hot", ds.one_hot],
  ];
  for (const [key, value] of lists) {
    if (!Array.isArray(value)) continue;
    value.forEach((group: unknown, g) => {
      if (!Array.isArray(group)) return;
      group.forEach((name: unknown, k) => {
        if (typeof name !== "string") return;
        const what = key === "unique" ? "the key column" : "the one-hot column";
        checkColumn(sink, headers, name, [...base, key, g, k], false, what, [...base, key, g]);
      });
    });
  }
  const drift = ds.drift as { columns?: unknown } | undefined;
  if (Array.isArray(drift?.columns))
    drift.columns.forEach((name: unknown, k) => {
      if (typeof name !== "string") return;
      const path = [...base, "drift", "columns", k];
      checkColumn(sink, headers, name, path, false, "the drift column", path);
    });
  resolveLabelColumns(sink, ds.labels, base, headers);
}

/** `labels:`: the label, the features and the excluded columns (a misnamed one leaves `labels` out). */
function resolveLabelColumns(sink: NameSink, labels: unknown, base: JsonPath, headers: FileHeader[]): void {
  if (labels === null || typeof labels !== "object") return;
  const cfg = labels as { column?: unknown; features?: unknown; exclude?: unknown };
  const at = [...base, "labels"];
  if (typeof cfg.column === "string")
    checkColumn(sink, headers, cfg.column, [...at, "column"], false, "the label column", at);
  for (const [key, what] of [
    ["features", "the feature column"],
    ["exclude", "the excluded column"],
  ] as const) {
    const list = cfg[key];
    if (Array.isArray(list))
      list.forEach((name: unknown, k) => {
        if (typeof name === "string") checkColumn(sink, headers, name, [...at, key, k], false, what, at);
      });
  }
}

/**
 * A train/test pair's `splits:` columns (key, label, categories) against the train file's header
 * (a column train has and test lacks is the data's finding, not the config's); a misnamed one
 * leaves the entry out.
 */
export function resolveSplitColumns(sink: NameSink, splits: unknown, index: number, train: FileHeader): void {
  if (splits === null || typeof splits !== "object") return;
  const cfg = splits as { key?: unknown; label?: unknown; categories?: unknown };
  const entry = ["data", index];
  const at = [...entry, "splits"];
  const headers = [train];
  for (const [key, what] of [
    ["key", "the key column"],
    ["categories", "the category column"],
  ] as const) {
    const list = cfg[key];
    if (Array.isArray(list))
      list.forEach((name: unknown, k) => {
        if (typeof name === "string") checkColumn(sink, headers, name, [...at, key, k], false, what, entry);
      });
  }
  if (typeof cfg.label === "string")
    checkColumn(sink, headers, cfg.label, [...at, "label"], false, "the label column", entry);
}

/** The columns the predictions block names, against the predictions file's header. */
export function resolvePredictionColumns(sink: NameSink, cfg: PredictionsConfig, header: FileHeader): void {
  const base = ["model", "predictions"];
  const headers = [header];
  // Without these the predictions cannot be read at all: reported, never left out.
  for (const key of ["label", "prediction", "score", "id"] as const) {
    const name = cfg[key];
    if (typeof name === "string")
      checkColumn(sink, headers, name, [...base, key], false, `the ${key} column`);
  }
  for (const [cls, name] of Object.entries(cfg.scores ?? {}))
    checkColumn(sink, headers, name, [...base, "scores", cls], false, `the score column of class ${cls}`);
  for (const list of ["slices", "fairness"] as const)
    (cfg[list] ?? []).forEach((s, i) => {
      if (typeof s.by === "string")
        checkColumn(
          sink,
          headers,
          s.by,
          [...base, list, i, "by"],
          false,
          `the ${list === "slices" ? "slice" : "fairness"} column`,
          [...base, list, i],
        );
    });
}
