/**
 * One byte range of a CSV file, checked on its own (in a worker thread, or the main one): the
 * parts of a large file are scanned in parallel and their measures merged in file order. A part
 * starts just after a line break; if that break was inside a quoted field, the part before it
 * ends in an unclosed quote, which is reported, and the caller then reads the file in one pass.
 */
import type { Example } from "../../checks/violations.js";
import { Violations } from "../../checks/violations.js";
import { makeTempDir } from "../../io/temp-space.js";
import { CsvByteScanner } from "../../readers/csv-bytes.js";
import { CsvError } from "../../readers/csv-parser.js";
import type { MakeSpillDir } from "../../readers/hash-set.js";
import type { ColumnConfig } from "../checks/column-check.js";
import type { DatasetConfig, RowSink } from "../checks/dataset-check.js";
import { DATASET_CHECKS } from "../checks/index.js";
import { ColumnKernel, type KernelState } from "../column-kernel.js";
import { DriftSample, type DriftState, type SampleLimits } from "../drift.js";
import { checkBatch, type ScanPlan } from "./plan.js";

/** What a part scan needs (sent to a worker: plain data). */
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
  /** The dataset's row-fed checks are made again from its config (rowSinksOf). */
  dataset: DatasetConfig;
  /** The placed row sinks: which of rowSinksOf(dataset) each is, and where its columns are. */
  rows: { index: number; at: number[] }[];
  /** Drift columns: where each is, its sample's seed and limits. */
  drift: { at: number; seed: number; limits?: SampleLimits }[];
  /** A folder of the run's temp space for this part's spilled hashes (the main thread removes it). */
  scratch?: string;
}

/** What a part measured; rows and lines count from the part's start. */
export interface PartResult {
  rows: number;
  /** Line breaks consumed (the next part starts that many lines later). */
  lines: number;
  columns: KernelState[];
  sinks: unknown[];
  drift: DriftState[];
  ragged: { count: number; examples: Example[] };
  error?: { message: string; line: number };
}

/** The row sinks of a dataset's checks, fresh, in registry order (the same on every thread). */
export function rowSinksOf(ds: DatasetConfig, spillDir?: MakeSpillDir): RowSink[] {
  return DATASET_CHECKS.flatMap((c) => (c.configured(ds) && c.rowSinks ? c.rowSinks(ds, spillDir) : []));
}

/** What a part's plan is made from: the placed checks of the main thread's plan, as plain data. */
export type PlanJob = Pick<PartJob, "file" | "width" | "columns" | "dataset" | "rows" | "drift" | "scratch">;

/** The plan of a part: fresh kernels, row sinks and drift samples placed as the main plan's are. */
export function partPlan(job: PlanJob): ScanPlan {
  const scratch = job.scratch;
  const spillDir = scratch === undefined ? undefined : () => makeTempDir(scratch, "unique-");
  const all = rowSinksOf(job.dataset, spillDir);
  const sinks = job.rows.map((r) => {
    const sink = all[r.index]!;
    sink.at = r.at;
    return sink;
  });
  return {
    file: job.file,
    width: job.width,
    ragged: new Violations(),
    columns: job.columns.map((c) => ({ at: c.at, kernel: new ColumnKernel(c.config, undefined, spillDir) })),
    drift: job.drift.map((d) => ({ at: d.at, sample: new DriftSample(d.seed, d.limits) })),
    rows: sinks,
  };
}

/** The plain-data form of `plan`'s placed checks, from which a worker makes its part's plan. */
export function planJob(
  plan: ScanPlan,
  file: string,
  dataset: DatasetConfig,
  allSinks: RowSink[],
  scratch?: string,
): PlanJob {
  return {
    file,
    width: plan.width,
    columns: plan.columns.map(({ at, kernel }) => ({ at, config: kernel.config })),
    dataset,
    rows: plan.rows.map((s) => ({ index: allSinks.indexOf(s), at: s.at })),
    drift: plan.drift.map((d) => ({ at: d.at, seed: d.sample.seed, limits: d.sample.limits })),
    ...(scratch === undefined ? {} : { scratch }),
  };
}

/** Merge a part's measures into `plan`, its rows and lines shifted by the offsets (partResult's inverse). */
export function mergePart(plan: ScanPlan, r: PartResult, rowOffset: number, lineOffset: number): void {
  plan.columns.forEach(({ kernel }, i) => {
    kernel.mergeState(r.columns[i]!, rowOffset, lineOffset);
  });
  plan.rows.forEach((s, i) => {
    s.mergeState(r.sinks[i], rowOffset, lineOffset);
  });
  plan.drift.forEach((d, i) => {
    d.sample.mergeState(r.drift[i]!);
  });
  plan.ragged.merge(r.ragged, rowOffset, lineOffset);
}

/** A part's measures, to send back and merge (`rows` and `lines` as the part counted them). */
export function partResult(plan: ScanPlan, rows: number, lines: number): PartResult {
  return {
    rows,
    lines,
    columns: plan.columns.map((c) => c.kernel.exportState()),
    sinks: plan.rows.map((s) => s.exportState()),
    drift: plan.drift.map((d) => d.sample.exportState()),
    ragged: { count: plan.ragged.count, examples: plan.ragged.examples },
  };
}

/** Scan bytes [start, end) of the file; `onBytes` hears how many of them have been read. */
export async function scanPart(job: PartJob, onBytes?: (bytes: number) => void): Promise<PartResult> {
  const plan = partPlan(job);
  let rows = 0;
  const scanner = new CsvByteScanner((batch) => {
    checkBatch(batch, 0, rows, plan);
    rows += batch.rows;
  }, job.delimiter);
  let error: PartResult["error"];
  try {
    await scanner.scanFile(job.path, job.start, job.end, onBytes);
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    error = { message: err.message, line: err.line };
  }
  return { ...partResult(plan, rows, scanner.currentLine - 1), ...(error ? { error } : {}) };
}
