/**
 * Split a large CSV file into byte ranges at line breaks and scan them on several threads at once
 * (this one and workers). The caller merges the parts in file order; if any part reports a
 * problem (a split inside a quoted field shows up as an unclosed quote) it reads the file in one
 * pass instead, so findings never depend on the number of threads.
 */
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Progress } from "../../io/progress.js";
import { readHeader, splitPoints } from "../../readers/csv-split.js";
import type { DatasetConfig, RowSink } from "../checks/dataset-check.js";
import { mergePart, type PartJob, type PartResult, planJob, scanPart } from "./csv-part.js";
import type { ScanPlan } from "./plan.js";

/** Files smaller than this are read on one thread: workers cost more than they save. */
export const MIN_PARALLEL_BYTES = 32 * 1024 * 1024;
/** The worker bundle sits next to the bundle that imports this module (dist/); absent from source. */
export const DATA_WORKER = new URL("./data-worker.js", import.meta.url);

/** Threads for one file: one per core, up to 4. */
export function dataThreads(requested?: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), 4));
}

/** Whether a parallel scan can run here (the worker bundle exists: it does in dist/). */
export function parallelAvailable(): boolean {
  return existsSync(fileURLToPath(DATA_WORKER));
}

/**
 * Scan the ranges: the first on this thread (by `here`), the others on workers; results in file
 * order. `onBytes` hears the bytes read so far by all of them together. A dataset's parts by
 * default; a split's (a job of kind "split") with its own scan (data-worker.ts picks by the kind).
 */
export async function scanParts<J extends object = PartJob, R = PartResult>(
  jobs: J[],
  onBytes?: (bytes: number) => void,
  here: (job: J, onBytes?: (bytes: number) => void) => Promise<R> = scanPart as never,
): Promise<R[]> {
  const read = jobs.map(() => 0);
  const tell = (k: number, bytes: number) => {
    read[k] = bytes;
    onBytes?.(read.reduce((a, b) => a + b, 0));
  };
  const workers = jobs.slice(1).map(
    (job, i) =>
      new Promise<R>((resolve, reject) => {
        const w = new Worker(DATA_WORKER, { workerData: job });
        w.on("message", (m: { progress: number } | { result: R }) => {
          if ("progress" in m) return tell(i + 1, m.progress);
          resolve(m.result);
          void w.terminate();
        });
        w.once("error", reject);
      }),
  );
  const first = await here(jobs[0]!, (bytes) => tell(0, bytes));
  return [first, ...(await Promise.all(workers))];
}

/**
 * A large CSV file scanned in byte ranges on several threads and merged in file order into `plan`
 * (placed by `onHeader`). Returns the rows read, or undefined when a part had a problem (a split
 * inside a quoted field, bad data): the caller then reads the file in one pass.
 */
export async function scanCsvParallel(
  abs: string,
  file: string,
  delimiter: string,
  threads: number,
  dataset: DatasetConfig,
  onHeader: (fields: string[], line: number) => ScanPlan,
  allSinks: RowSink[],
  progress: Progress,
  note?: (message: string) => void,
  scratch?: string,
): Promise<number | undefined> {
  const head = readHeader(abs, delimiter);
  if (!head) return undefined;
  const plan = onHeader(head.fields, 1);
  const points = splitPoints(abs, head.end, threads);
  const results = await scanParts(
    points.slice(0, -1).map((start, k) => ({
      ...planJob(plan, file, dataset, allSinks, scratch),
      path: abs,
      start,
      end: points[k + 1]!,
      delimiter,
    })),
    (bytes) => progress.update(head.end + bytes),
  );
  if (results.some((r) => r.error)) return undefined;
  const rows = mergeInOrder(results, head.line, (r, rowOffset, lineOffset) =>
    mergePart(plan, r, rowOffset, lineOffset),
  );
  progress.update(statSync(abs).size);
  // Clear the progress bar before the note (end() again later does nothing).
  progress.end();
  note?.(`${file}: read in ${results.length} parts on ${results.length} threads`);
  return rows;
}

/**
 * Merge the parts of one file in file order: each is told the row number before its first row and
 * the line before its first line (the header ends on line `headerLine`). The total of rows.
 */
export function mergeInOrder<P extends { rows: number; lines: number }>(
  parts: P[],
  headerLine: number,
  merge: (part: P, rowOffset: number, lineOffset: number) => void,
): number {
  let rows = 0;
  let lineStart = headerLine;
  for (const p of parts) {
    merge(p, 1 + rows, lineStart - 1);
    rows += p.rows;
    lineStart += p.lines;
  }
  return rows;
}
