/** The row reader for a data file: by an explicit format, else by the file's extension. */

import type { Workspace } from "../io/workspace.js";
import type { CsvRow } from "./csv-parser.js";
import { readDelimited } from "./read-delimited.js";
import { readJsonArray, readJsonLines } from "./read-records.js";

/** Reads a file row by row; row 0 is the header. */
export type Reader = (
  ws: Workspace,
  file: string,
  onRow: (row: CsvRow) => void,
  delimiter?: string,
  onBytes?: (bytes: number) => void,
  /** Columns the caller reads; readers that can skip the others (Parquet) do. */
  wanted?: Set<string>,
) => Promise<unknown>;

/**
 * Parquet's row reader, loaded on first use: hyparquet and the page decoder are a tenth of the CLI
 * bundle, which commands without Parquet files need not compile.
 */
export const readParquetRows: Reader = async (...args) =>
  (await import("./read-parquet.js")).readParquet(...args);

/** The reader for a file, by the dataset's `format` or the file's extension; undefined if none yet. */
export function readerFor(file: string, format?: string): Reader | undefined {
  const kind = format ?? /\.(csv|tsv|jsonl|ndjson|json|parquet)(\.gz)?$/i.exec(file)?.[1]?.toLowerCase();
  if (kind === "csv" || kind === "tsv") return readDelimited;
  if (kind === "jsonl" || kind === "ndjson") return readJsonLines;
  if (kind === "json" && !/\.gz$/i.test(file)) return readJsonArray;
  if (kind === "parquet" && !/\.gz$/i.test(file)) return readParquetRows;
  return undefined;
}
