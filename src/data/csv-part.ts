/**
 * One byte range of a CSV file, checked on its own (in a worker thread, or the main one): the
 * parts of a large file are scanned in parallel and their measures merged in file order. A part
 * starts just after a line break; if that break was inside a quoted field, the part before it
 * ends in an unclosed quote, which is reported, and the caller then reads the file in one pass.
 */

import { type Example, Violations } from "../checks/violations.js";
import { type CsvBatch, CsvByteScanner } from "../readers/csv-bytes.js";
import { CsvError } from "../readers/csv-parser.js";
import { UniqueTracker } from "../readers/hash-set.js";
import { isOneHot } from "../readers/values.js";
import { type AccumulatorState, ColumnAccumulator, type ColumnConfig } from "./column-checks.js";
import { DriftSample, type DriftState } from "./drift.js";

/** What a part scan needs. */
export interface PartJob {
  /** Absolute path of the file. */
  path: string;
  /** The file's name in findings. */
  file: string;
  start: number;
  end: number;
  delimiter: string;
  width: number;
  columns: { at: number; config: ColumnConfig }[];
  keys: { at: number[] }[];
  groups: { at: number[] }[];
  /** Drift columns: where each is and its sample's seed. */
  drift: { at: number; seed: number }[];
}

/** What a part measured; rows and lines count from the part's start. */
export interface PartResult {
  rows: number;
  /** Line breaks consumed (the next part starts that many lines later). */
  lines: number;
  columns: AccumulatorState[];
  keys: { pairs: Uint32Array; suspects: string[] }[];
  groups: { count: number; examples: Example[] }[];
  drift: DriftState[];
  ragged: { count: number; examples: Example[] };
  error?: { message: string; line: number };
}

/** What the byte path checks on each batch of rows: the same on one thread and in each part. */
export interface BatchChecks {
  file: string;
  /** Fields a row should have. */
  width: number;
  ragged: Violations;
  columns: { at: number; acc: ColumnAccumulator }[];
  drift: { at: number; sample: DriftSample }[];
  keys: { at: number[]; tracker: UniqueTracker }[];
  groups: { at: number[]; bad: Violations }[];
}

/** Rows [from, batch.rows) of a batch through every check (row r is row rowBase + r). */
export function checkBatch(batch: CsvBatch, from: number, rowBase: number, c: BatchChecks): void {
  for (let r = from; r < batch.rows; r++) {
    const n = batch.fieldOf[r + 1]! - batch.fieldOf[r]!;
    if (n !== c.width)
      c.ragged.add({ row: rowBase + r, line: batch.line[r]!, file: c.file, value: `${n} fields` });
  }
  for (const { at, acc } of c.columns) acc.addColumn(batch, at, from, rowBase, c.file);
  for (const { at, sample } of c.drift) sample.addColumn(batch, at, from);
  if (c.keys.length || c.groups.length)
    for (let r = from; r < batch.rows; r++) {
      const cell = (i: number) => batch.cell(r, i);
      for (const k of c.keys) k.tracker.add(k.at.map(cell).join("\u0001"));
      for (const g of c.groups) {
        const cells = g.at.map(cell);
        if (!isOneHot(cells))
          g.bad.add({ row: rowBase + r, line: batch.line[r]!, file: c.file, value: cells.join(", ") });
      }
    }
}

/** Scan bytes [start, end) of the file; `onBytes` hears how many of them have been read. */
export async function scanPart(job: PartJob, onBytes?: (bytes: number) => void): Promise<PartResult> {
  const checks: BatchChecks = {
    file: job.file,
    width: job.width,
    ragged: new Violations(),
    columns: job.columns.map((c) => ({ at: c.at, acc: new ColumnAccumulator(c.config) })),
    drift: job.drift.map((d) => ({ at: d.at, sample: new DriftSample(d.seed) })),
    keys: job.keys.map((k) => ({ at: k.at, tracker: new UniqueTracker() })),
    groups: job.groups.map((g) => ({ at: g.at, bad: new Violations() })),
  };
  let rows = 0;
  const scanner = new CsvByteScanner((batch) => {
    checkBatch(batch, 0, rows, checks);
    rows += batch.rows;
  }, job.delimiter);
  let error: PartResult["error"];
  try {
    await scanner.scanFile(job.path, job.start, job.end, onBytes);
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    error = { message: err.message, line: err.line };
  }
  return {
    rows,
    lines: scanner.currentLine - 1,
    columns: checks.columns.map((c) => c.acc.exportState()),
    keys: checks.keys.map((k) => k.tracker.exportState()),
    groups: checks.groups.map((g) => ({ count: g.bad.count, examples: g.bad.examples })),
    drift: checks.drift.map((d) => d.sample.exportState()),
    ragged: { count: checks.ragged.count, examples: checks.ragged.examples },
    ...(error ? { error } : {}),
  };
}
