/**
 * A large Parquet file's row groups decoded on two threads at once: decoding (decompression,
 * dictionary indices) is most of a Parquet check's time, and each row group decodes on its own.
 *
 * This thread reads groups from the front, straight into the run's plan, as one thread would; a
 * data worker takes runs of groups from the back, each into a fresh plan whose measures it sends
 * back. The two meet wherever they meet: a worker starts about 0.2 s late (it loads its own
 * bundle), so a fixed half would leave this thread idle while the worker finishes; the last run
 * is the worker's from the start. The worker's groups are merged after this thread's, in file
 * order, and rows keep their numbers in the whole file, so the report is the one a single thread
 * makes, byte for byte (a test compares them).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileMetaData } from "hyparquet";
import type { Progress } from "../../io/progress.js";
import { createWorkspace, type Workspace } from "../../io/workspace.js";
import { parquetGroups } from "../../readers/read-parquet.js";
import type { DatasetConfig, RowSink } from "../checks/dataset-check.js";
import type { ColumnKernel } from "../column-kernel.js";
import { DATA_WORKER } from "./csv-parallel.js";
import { mergePart, type PartResult, type PlanJob, partPlan, partResult, planJob } from "./csv-part.js";
import { scanParquet } from "./parquet-chunks.js";
import type { ScanPlan } from "./plan.js";

/** Files smaller than this (compressed column chunks) are decoded on one thread: a worker's start costs more than it saves. */
export const MIN_PARALLEL_PARQUET_BYTES = 8 * 1024 * 1024;

/**
 * Threads for a Parquet file: `requested` (MLGATE_THREADS) when given, else two on machines with
 * more than two cores and one on two cores or fewer. Measured on an idle 2-core VM
 * (flights-3m.parquet, 13.5 MB, and the same rows four times over, 55 MB, 98 row groups): one
 * thread 1.33-1.39 s and 1.86-2.03 s, two 1.47-1.67 s and 2.19-2.21 s. The worker's start and its
 * cold compiler (decompression and decoding run interpreted until warm) cost 0.5 to 1.3 s of
 * CPU, which a second core that also runs V8's own threads does not give back.
 */
export function parquetThreads(requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, 2));
  return availableParallelism() > 2 ? 2 : 1;
}

/** What a data worker needs to decode groups of a Parquet file (plain data). */
export interface ParquetPartJob extends PlanJob {
  kind: "parquet";
  /** The workspace root (the file is `file` in it). */
  root: string;
  /** Each placed column's name, in plan order. */
  names: string[];
  /** Columns decoded. */
  wanted: string[];
  /** Whether checks need whole rows (drift, keys, groups). */
  rowWise: boolean;
}

/** Messages between this thread and a Parquet worker: a run of row groups [from, to), or done. */
export type ToParquetWorker = { groups: [number, number] } | { done: true };
export type FromParquetWorker = { groups: [number, number]; result: PartResult };

/**
 * Decode row groups [from, to) of the job's file into a fresh plan and return its measures.
 * `footers` keeps the file's parsed footer across the calls for one job.
 */
export async function scanParquetGroups(
  job: ParquetPartJob,
  groups: [number, number],
  footers: Map<string, FileMetaData>,
  workspace: Workspace = createWorkspace(job.root),
): Promise<PartResult> {
  const plan = partPlan(job);
  const names = new Map<string, ColumnKernel>(plan.columns.map(({ kernel }, i) => [job.names[i]!, kernel]));
  const rows = await scanParquet(
    workspace,
    job.file,
    () => plan,
    names,
    new Set(job.wanted),
    job.rowWise,
    { update() {}, end() {} },
    { groups, footers },
  );
  return partResult(plan, rows, rows);
}

/**
 * Check a large Parquet file on two threads (this one and a data worker). Returns the rows read,
 * or undefined when the file is too small or has a single row group: the caller reads it alone.
 */
export async function scanParquetParallel(
  workspace: Workspace,
  file: string,
  dataset: DatasetConfig,
  onHeader: (fields: string[], line: number) => ScanPlan,
  names: Map<string, ColumnKernel>,
  allSinks: RowSink[],
  wanted: Set<string>,
  rowWise: boolean,
  progress: Progress,
  note?: (message: string) => void,
  scratch?: string,
): Promise<number | undefined> {
  // The footer, parsed once here, serves this thread's read too.
  const parsed = new Map<string, FileMetaData>();
  const sizes = await parquetGroups(workspace, file, parsed);
  const bytes = sizes.reduce((sum, g) => sum + g.bytes, 0);
  if (sizes.length < 2 || bytes < MIN_PARALLEL_PARQUET_BYTES) return undefined;
  // Groups [0, front) are this thread's, [back, n) the worker's.
  const n = sizes.length;
  let front = 0;
  let back = n;
  // Runs of groups handed to the worker, [from, to), and what it returned for each by `from`.
  const runs: [number, number][] = [];
  const fromWorker = new Map<number, PartResult>();
  // A run is a sixteenth of the file: few messages and merges, and still a fine balance.
  const runLength = Math.max(1, Math.round(n / 16));
  let job: ParquetPartJob | undefined;
  let plan: ScanPlan | undefined;
  let worker: Worker | undefined;
  let stopped: Promise<void> = Promise.resolve();
  const startWorker = (placed: ScanPlan, fields: string[]) => {
    job = {
      ...planJob(placed, file, dataset, allSinks, scratch),
      kind: "parquet",
      root: workspace.root,
      names: placed.columns.map(({ at }) => fields[at]!),
      wanted: [...wanted],
      rowWise,
    };
    const w = new Worker(DATA_WORKER, { workerData: job });
    worker = w;
    // Settles once the worker has nothing in hand: told `done`, or failed (its groups are then
    // read here below).
    stopped = new Promise<void>((resolve) => {
      const next = () => {
        if (back - 1 >= front) {
          const run: [number, number] = [Math.max(front, back - runLength), back];
          back = run[0];
          runs.push(run);
          w.postMessage({ groups: run } satisfies ToParquetWorker);
        } else {
          w.postMessage({ done: true } satisfies ToParquetWorker);
          resolve();
        }
      };
      w.on("message", (m: FromParquetWorker) => {
        fromWorker.set(m.groups[0], m.result);
        next();
      });
      w.once("error", () => resolve());
      w.once("exit", () => resolve());
      // The last run is the worker's from the start (the message waits while it loads), so a
      // file past the threshold is always shared, whatever the machine's load.
      next();
    });
  };
  let rows = await scanParquet(
    workspace,
    file,
    (fields, line) => {
      plan = onHeader(fields, line);
      startWorker(plan, fields);
      return plan;
    },
    names,
    wanted,
    rowWise,
    progress,
    {
      footers: parsed,
      claim: (group) => {
        if (group >= back) return false;
        front = group + 1;
        return true;
      },
    },
  );
  await stopped;
  void worker?.terminate();
  if (!plan || !job) return rows;
  // The worker's runs in file order, after this thread's; any it did not return is read here.
  for (const run of runs.sort((a, b) => a[0] - b[0])) {
    const r = fromWorker.get(run[0]) ?? (await scanParquetGroups(job, run, parsed, workspace));
    // Rows were numbered in the whole file: nothing to shift.
    mergePart(plan, r, 0, 0);
    rows += r.rows;
  }
  progress.end();
  note?.(`${file}: row groups ${back + 1}-${n} of ${n} read by a second thread`);
  return rows;
}
