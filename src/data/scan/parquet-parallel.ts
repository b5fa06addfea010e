/**
 * A large Parquet file's row groups split into runs of consecutive groups and decoded on several
 * threads at once (this one and data workers), their measures merged in file order. Decoding
 * (decompression, dictionary indices) is most of a Parquet check's time and each row group decodes
 * on its own, so two threads take about half of it; rows keep their numbers in the whole file, so
 * findings and examples are the same on any number of threads.
 */

import type { Progress } from "../../io/progress.js";
import { createWorkspace, type Workspace } from "../../io/workspace.js";
import { type GroupSize, parquetGroups } from "../../readers/read-parquet.js";
import type { DatasetConfig, RowSink } from "../checks/dataset-check.js";
import type { ColumnKernel } from "../column-kernel.js";
import { scanParts } from "./csv-parallel.js";
import { type PartResult, type PlanJob, partPlan, partResult } from "./csv-part.js";
import { scanParquet } from "./parquet-chunks.js";
import type { ScanPlan } from "./plan.js";

/**
 * Files smaller than this (compressed column chunks) are decoded on one thread: a worker's start
 * (loading its bundle, a cold compiler) costs about as much as decoding 4 MB.
 */
export const MIN_PARALLEL_PARQUET_BYTES = 8 * 1024 * 1024;

/** One run of row groups of a Parquet file, checked on its own (plain data: it goes to a worker). */
export interface ParquetPartJob extends PlanJob {
  kind: "parquet";
  /** The workspace root and the file's path in it. */
  root: string;
  /** Row groups [from, to). */
  groups: [number, number];
  /** Each placed column's name, in plan order. */
  names: string[];
  /** Columns decoded. */
  wanted: string[];
  /** Whether checks need whole rows (drift, keys, groups). */
  rowWise: boolean;
}

/**
 * Split `sizes` into at most `parts` runs of consecutive groups of about equal bytes: the cut
 * points, from 0 to sizes.length. Fewer runs when there are fewer groups.
 */
export function groupRuns(sizes: GroupSize[], wanted: number): number[] {
  const parts = Math.min(wanted, sizes.length);
  const total = sizes.reduce((sum, g) => sum + g.bytes, 0);
  const cuts = [0];
  let acc = 0;
  for (let g = 0; g < sizes.length; g++) {
    acc += sizes[g]!.bytes;
    const k = cuts.length;
    // Cut after this group once its run holds its share, leaving a group for every later run.
    if (k < parts && acc >= (total * k) / parts && sizes.length - (g + 1) >= parts - k) cuts.push(g + 1);
  }
  if (cuts[cuts.length - 1] !== sizes.length) cuts.push(sizes.length);
  return cuts;
}

/** Decode row groups [from, to) of the job's file into a fresh plan and return its measures. */
export async function scanParquetPart(job: ParquetPartJob, workspace?: Workspace): Promise<PartResult> {
  const plan = partPlan(job);
  const names = new Map<string, ColumnKernel>(plan.columns.map(({ kernel }, i) => [job.names[i]!, kernel]));
  const rows = await scanParquet(
    workspace ?? createWorkspace(job.root),
    job.file,
    () => plan,
    names,
    new Set(job.wanted),
    job.rowWise,
    { update() {}, end() {} },
    job.groups,
  );
  return partResult(plan, rows, rows);
}

/**
 * Check a large Parquet file on `threads` threads. Returns the rows read, or undefined when the
 * file is too small or has too few row groups to split (the caller reads it in one pass).
 */
export async function scanParquetParallel(
  workspace: Workspace,
  file: string,
  threads: number,
  dataset: DatasetConfig,
  onHeader: (fields: string[], line: number) => ScanPlan,
  allSinks: RowSink[],
  wanted: Set<string>,
  rowWise: boolean,
  progress: Progress,
  note?: (message: string) => void,
  scratch?: string,
): Promise<number | undefined> {
  const sizes = await parquetGroups(workspace, file);
  const bytes = sizes.reduce((sum, g) => sum + g.bytes, 0);
  if (sizes.length < 2 || bytes < MIN_PARALLEL_PARQUET_BYTES) return undefined;
  const cuts = groupRuns(sizes, threads);
  let plan: ScanPlan | undefined;
  let fields: string[] = [];
  // The header (and with it the plan) comes from reading the footer of the first run.
  await scanParquet(
    workspace,
    file,
    (all, line) => {
      fields = all;
      plan = onHeader(all, line);
      return plan;
    },
    new Map(),
    new Set(),
    false,
    { update() {}, end() {} },
    [0, 0],
  );
  if (!plan) return undefined;
  const placed = plan;
  const base = {
    kind: "parquet" as const,
    root: workspace.root,
    file,
    width: placed.width,
    columns: placed.columns.map(({ at, kernel }) => ({ at, config: kernel.config })),
    names: placed.columns.map(({ at }) => fields[at]!),
    dataset,
    rows: placed.rows.map((s) => ({ index: allSinks.indexOf(s), at: s.at })),
    drift: placed.drift.map((d) => ({ at: d.at, seed: d.sample.seed, limits: d.sample.limits })),
    wanted: [...wanted],
    rowWise,
    ...(scratch === undefined ? {} : { scratch }),
  };
  const jobs: ParquetPartJob[] = cuts
    .slice(0, -1)
    .map((from, k) => ({ ...base, groups: [from, cuts[k + 1]!] as [number, number] }));
  const results = await scanParts(jobs, (job) => scanParquetPart(job, workspace));
  let rows = 0;
  for (const r of results) {
    // Rows were numbered in the whole file by every part: nothing to shift.
    placed.columns.forEach(({ kernel }, i) => {
      kernel.mergeState(r.columns[i]!, 0, 0);
    });
    placed.rows.forEach((s, i) => {
      s.mergeState(r.sinks[i], 0, 0);
    });
    placed.drift.forEach((d, i) => {
      d.sample.mergeState(r.drift[i]!);
    });
    rows += r.rows;
  }
  progress.end();
  note?.(`${file}: read in ${results.length} parts on ${results.length} threads`);
  return rows;
}
