/**
 * Worker entry (dist/data-worker.js): scan one part of a file and send back its measures: a CSV
 * byte range (a dataset's checks, or a split's scan: a job of kind "split"), or runs of Parquet row
 * groups as the main thread hands them out (a job of kind "parquet").
 */
import { parentPort, workerData } from "node:worker_threads";
import type { FileMetaData } from "hyparquet";
import { type SplitPartJob, scanSplitPart } from "../splits/split-scan.js";
import { type PartJob, type PartResult, scanPart } from "./csv-part.js";
import {
  type FromParquetWorker,
  type ParquetPartJob,
  scanParquetGroups,
  type ToParquetWorker,
} from "./parquet-parallel.js";

/** The hash sets are the bulk of a result: their buffers are moved, not copied. */
function transferOf(result: PartResult): ArrayBuffer[] {
  const pairsOf = (state: unknown): ArrayBuffer[] =>
    state && typeof state === "object" && (state as { pairs?: unknown }).pairs instanceof Uint32Array
      ? [(state as { pairs: Uint32Array<ArrayBuffer> }).pairs.buffer]
      : [];
  return [...result.columns.flatMap((c) => c.sinks.flatMap(pairsOf)), ...result.sinks.flatMap(pairsOf)];
}

// Progress every 16 MB (the main thread adds up the parts for the progress line).
let told = 0;
const tell = (bytes: number) => {
  if (bytes - told < 1 << 24) return;
  told = bytes;
  parentPort?.postMessage({ progress: bytes });
};

const job = workerData as PartJob | SplitPartJob | ParquetPartJob;
if ("kind" in job && job.kind === "parquet") {
  const parquet = job;
  // Parquet: runs of row groups as the main thread hands them out, until it says done; the file's
  // footer is parsed once for them all.
  const footers = new Map<string, FileMetaData>();
  parentPort?.on("message", async (m: ToParquetWorker) => {
    if ("done" in m) {
      parentPort?.close();
      return;
    }
    const result = await scanParquetGroups(parquet, m.groups, footers);
    parentPort?.postMessage({ groups: m.groups, result } satisfies FromParquetWorker, transferOf(result));
  });
} else if ("kind" in job && job.kind === "split") {
  // Not top-level awaits: the bundle is CommonJS (scripts/build.mjs). A failure is the worker's
  // error event, as it was when the awaits threw.
  void scanSplitPart(job, tell).then((split) => {
    // The key records kept in memory (up to 16 MB): moved, not copied.
    parentPort?.postMessage({ result: split }, [split.keys.words.buffer as ArrayBuffer]);
  }, rethrow);
} else {
  void scanPart(job as PartJob, tell).then((result) => {
    parentPort?.postMessage({ result }, transferOf(result));
  }, rethrow);
}

/** Throw outside the promise, so that the failure ends the worker with an error event. */
function rethrow(err: unknown): void {
  setImmediate(() => {
    throw err;
  });
}
