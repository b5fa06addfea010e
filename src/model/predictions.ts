/**
 * Read a predictions file (any format the data stage reads) into typed columns: labels, predicted
 * labels or values, scores, and the group columns slices and fairness measures need. Rows that
 * cannot be used (a missing label, a score that is not a number) are counted and left out, with up
 * to five examples, so one bad row never hides the rest.
 */

import { type Example, Violations } from "../checks/violations.js";
import type { MlgateConfig } from "../config/types.js";
import { filesFor } from "../io/files-for.js";
import type { ProgressSink } from "../io/progress.js";
import { SILENT } from "../io/progress.js";
import type { Workspace } from "../io/workspace.js";
import { CsvError } from "../readers/csv-parser.js";
import { readCsvBatches } from "../readers/read-csv-batches.js";
import { type Reader, readerFor } from "../readers/reader-for.js";
import type { Severity } from "../report/types.js";
import type { BinaryColumns } from "./binary-metrics.js";
import type { IdColumn } from "./id-column.js";
import type { MulticlassColumns } from "./multiclass-metrics.js";
import { BatchCells, type Cells, estimateRows, StringCells } from "./prediction-cells.js";
import { MAX_GROUPS, PredictionColumns, rowReader, TOO_MANY, wantedColumns } from "./prediction-columns.js";
import type { RegressionColumns } from "./regression-metrics.js";

/** The `model.predictions` block. */
export interface PredictionsConfig {
  path: string;
  task: "binary" | "multiclass" | "regression";
  label: string;
  prediction?: string;
  score?: string;
  scores?: Record<string, string>;
  positive?: string | number | boolean;
  threshold?: number;
  id?: string;
  metrics?: Record<string, { min?: number; max?: number; severity?: Severity }>;
  slices?: SliceConfig[];
  fairness?: FairnessConfig[];
}

/** One entry of `slices:`. */
export interface SliceConfig {
  by: string;
  metric: string;
  min?: number;
  max?: number;
  max_gap?: number;
  min_size?: number;
  severity?: Severity;
}

/** One entry of `fairness:`. */
export interface FairnessConfig {
  by: string;
  demographic_parity_difference?: number;
  equal_opportunity_difference?: number;
  equalized_odds_difference?: number;
  severity?: Severity;
}

/** A column of group values as codes into `values`. */
export interface GroupColumn {
  name: string;
  values: string[];
  codes: Uint16Array;
}

/** What reading a predictions file gives. */
export interface Predictions {
  task: PredictionsConfig["task"];
  columns: BinaryColumns | MulticlassColumns | RegressionColumns;
  groups: Map<string, GroupColumn>;
  /** Rows left out, with examples. */
  skipped: Violations;
  /** Data rows read (used and skipped). */
  rows: number;
  /** Columns the config names that the file lacks. */
  missingColumns: string[];
  /** Each used row's id (the `id` column), when reading for a paired comparison. */
  ids?: IdColumn;
}

/** A problem that stops reading the predictions (missing file, bad quoting, too many groups). */
export class PredictionsError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly file?: string,
  ) {
    super(message);
  }
}

/**
 * The predictions file and id column the comparison's paired tests read
 * (`compare.significance`, defaulting to `model.predictions`'s), when they are configured.
 */
export function pairedSource(config: MlgateConfig): { path: string; id: string | undefined } | undefined {
  const sig = config.compare?.significance as { predictions?: string; id?: string } | undefined;
  const model = config.model?.predictions as PredictionsConfig | undefined;
  if (!sig || !model) return undefined;
  return { path: sig.predictions ?? model.path, id: sig.id ?? model.id };
}

/** The state of one read across the files of a glob. */
interface Reading {
  cols: PredictionColumns;
  /** Reads one data row into `cols`; returns why it was left out, or undefined. */
  onRow: (c: Cells) => string | undefined;
  skipped: Violations;
  rows: number;
  header: string[] | undefined;
  missingColumns: string[];
}

/** The first file's header locates the columns; a later file's must be the same. */
function onHeader(r: Reading, fields: string[], line: number, file: string): void {
  if (r.header && fields.join("\0") !== r.header.join("\0"))
    throw new PredictionsError(`${file}: its header differs from the first file's`, line, file);
  r.header = fields;
  r.missingColumns = r.cols.locate(fields);
}

/** One data row: counted, then read into the columns or left out with the reason. */
function onDataRow(r: Reading, c: Cells, index: number, line: number, file: string): void {
  r.rows++;
  if (r.missingColumns.length) return;
  const why = r.onRow(c);
  if (why === undefined) return;
  if (why.startsWith(TOO_MANY))
    throw new PredictionsError(
      `column ${why.slice(TOO_MANY.length)} has more than ${MAX_GROUPS} distinct values: slices and fairness need a column of groups`,
      line,
      file,
    );
  // Nothing was pushed for a row left out: every check returns before the first push.
  r.skipped.add({ row: index, line, file, value: why } satisfies Example);
}

/** A CSV or TSV file through the byte scanner, with the columns sized from the first batch. */
async function readCsvFile(
  workspace: Workspace,
  file: string,
  r: Reading,
  size: number,
  onBytes: (bytes: number) => void,
): Promise<void> {
  // A compressed file's size says nothing of its rows.
  const gz = /\.gz$/i.test(file);
  const cells = new BatchCells();
  let seenHeader = false;
  await readCsvBatches(
    workspace,
    file,
    (batch) => {
      if (batch.firstIndex === 0 && !gz) r.cols.reserve(estimateRows(batch, size));
      for (let i = 0; i < batch.rows; i++) {
        cells.at(batch, i);
        if (!seenHeader) {
          seenHeader = true;
          const names: string[] = [];
          for (let k = 0; k < cells.count; k++) names.push(cells.text(k));
          onHeader(r, names, batch.line[i]!, file);
          continue;
        }
        onDataRow(r, cells, batch.firstIndex + i, batch.line[i]!, file);
      }
    },
    undefined,
    onBytes,
  );
}

/** A JSON, JSON Lines or Parquet file through its row reader. */
async function readRowsFile(
  workspace: Workspace,
  file: string,
  reader: Reader,
  r: Reading,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const cells = new StringCells();
  await reader(
    workspace,
    file,
    (row) => {
      if (row.index === 0) return onHeader(r, row.fields, row.line, file);
      cells.fields = row.fields;
      onDataRow(r, cells, row.index, row.line, file);
    },
    undefined,
    onBytes,
    // Parquet decodes only these columns.
    new Set(wantedColumns(r.cols.cfg)),
  );
}

/** One file of the predictions, with a progress bar; a CSV quoting error becomes a PredictionsError. */
async function readPredictionsFile(
  workspace: Workspace,
  file: string,
  r: Reading,
  progress: ProgressSink,
): Promise<void> {
  const csv = /\.(csv|tsv)(\.gz)?$/i.test(file);
  const reader = csv ? undefined : readerFor(file);
  if (!csv && !reader)
    throw new PredictionsError(
      `cannot read ${file}: expected .csv, .tsv, .jsonl, .json or .parquet (optionally .gz)`,
    );
  const size = await workspace.size(file);
  const bar = progress.start(file, size);
  const onBytes = (bytes: number) => bar.update(bytes);
  try {
    if (reader) await readRowsFile(workspace, file, reader, r, onBytes);
    else await readCsvFile(workspace, file, r, size, onBytes);
  } catch (err) {
    if (err instanceof CsvError) throw new PredictionsError(`${file}: ${err.message}`, err.line, file);
    throw err;
  } finally {
    bar.end();
  }
}

/** The columns a task needs to be named at all (a config mistake, found before any row is read). */
function checkNamedColumns(cfg: PredictionsConfig): void {
  if (cfg.task !== "regression" && !cfg.prediction && !cfg.score && !cfg.scores)
    throw new PredictionsError(
      "name a `prediction` column, or a `score` (binary) or `scores` (multiclass) to derive it from",
    );
  if (cfg.task === "regression" && !cfg.prediction)
    throw new PredictionsError("a regression needs a `prediction` column");
}

/** Read the predictions of `cfg` (one file or a glob of files with one header). */
export async function readPredictions(
  workspace: Workspace,
  cfg: PredictionsConfig,
  progress: ProgressSink = SILENT,
  withIds = false,
): Promise<Predictions> {
  const files = await filesFor(workspace, cfg.path);
  if (!files.length) throw new PredictionsError(`no predictions file matches ${cfg.path}`);
  checkNamedColumns(cfg);
  const cols = new PredictionColumns(cfg, withIds);
  const r: Reading = {
    cols,
    onRow: rowReader(cols),
    skipped: new Violations(),
    rows: 0,
    header: undefined,
    missingColumns: [],
  };
  for (const file of files) await readPredictionsFile(workspace, file, r, progress);
  if (!r.header) throw new PredictionsError(`${cfg.path}: the file is empty (no header row)`);
  const { columns, groups } = cols.finish();
  return {
    task: cfg.task,
    columns,
    groups,
    skipped: r.skipped,
    rows: r.rows,
    missingColumns: r.missingColumns,
    ...(cols.ids ? { ids: cols.ids } : {}),
  };
}
