/**
 * What a scan of one file feeds, once its header has placed the columns: the column kernels, the
 * drift samples and the row sinks (compound keys, one-hot groups). Every scan strategy feeds the
 * same plan: the byte path batch by batch (checkBatch), the others row by row (checkRow).
 */
import { Violations } from "../../checks/violations.js";
import type { CsvBatch } from "../../readers/csv-bytes.js";
import type { RowSink } from "../checks/dataset-check.js";
import type { ColumnKernel } from "../column-kernel.js";
import type { DriftSample } from "../drift.js";

/** The checks one file feeds. */
export interface ScanPlan {
  file: string;
  /** Fields a row should have. */
  width: number;
  ragged: Violations;
  columns: { at: number; kernel: ColumnKernel }[];
  drift: { at: number; sample: DriftSample }[];
  /** Row sinks whose columns are all in this file. */
  rows: RowSink[];
}

/** An empty plan for `file` (filled once the header is known). */
export function emptyPlan(file: string): ScanPlan {
  return { file, width: 0, ragged: new Violations(), columns: [], drift: [], rows: [] };
}

/** Rows [from, batch.rows) of a batch through every check (row r is row rowBase + r). */
export function checkBatch(batch: CsvBatch, from: number, rowBase: number, p: ScanPlan): void {
  for (let r = from; r < batch.rows; r++) {
    const n = batch.fieldOf[r + 1]! - batch.fieldOf[r]!;
    if (n !== p.width)
      p.ragged.add({ row: rowBase + r, line: batch.line[r]!, file: p.file, value: `${n} fields` });
  }
  for (const { at, kernel } of p.columns) kernel.addColumn(batch, at, from, rowBase, p.file);
  for (const { at, sample } of p.drift) sample.addColumn(batch, at, from);
  if (p.rows.length)
    for (let r = from; r < batch.rows; r++)
      for (const sink of p.rows)
        sink.row(
          sink.at.map((i) => batch.cell(r, i)),
          rowBase + r,
          batch.line[r]!,
          p.file,
        );
}

/**
 * Drift samples and row sinks from a row's cells by position, off the CSV byte path (`key` places
 * the row for the drift samples: its byte offset, or its number).
 */
export function checkCells(
  cell: (i: number) => string,
  row: number,
  line: number,
  key: number,
  p: ScanPlan,
): void {
  for (const d of p.drift) d.sample.add(cell(d.at), key);
  for (const sink of p.rows)
    sink.row(
      sink.at.map((i) => cell(i)),
      row,
      line,
      p.file,
    );
}
