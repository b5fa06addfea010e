/**
 * Worker entry (dist/data-worker.js): scan one part of a file (a CSV byte range, or a run of
 * Parquet row groups) and send back its measures.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type PartJob, scanPart } from "./csv-part.js";
import { type ParquetPartJob, scanParquetPart } from "./parquet-parallel.js";

// Progress every 16 MB (the main thread adds up the parts for the progress line).
let told = 0;
const job = workerData as PartJob | ParquetPartJob;
const result =
  "kind" in job
    ? await scanParquetPart(job)
    : await scanPart(job, (bytes) => {
        if (bytes - told < 1 << 24) return;
        told = bytes;
        parentPort?.postMessage({ progress: bytes });
      });
// The hash sets are the bulk: move their buffers instead of copying them.
const pairsOf = (state: unknown): ArrayBuffer[] =>
  state && typeof state === "object" && (state as { pairs?: unknown }).pairs instanceof Uint32Array
    ? [(state as { pairs: Uint32Array<ArrayBuffer> }).pairs.buffer]
    : [];
const transfer = [
  ...result.columns.flatMap((c) => c.sinks.flatMap(pairsOf)),
  ...result.sinks.flatMap(pairsOf),
];
parentPort?.postMessage({ result }, transfer as ArrayBuffer[]);
