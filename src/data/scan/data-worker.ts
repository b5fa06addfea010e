/**
 * Worker entry (dist/data-worker.js): scan one byte range of a CSV file and send back its
 * measures: a dataset's checks, or a split's scan (a job of kind "split").
 */
import { parentPort, workerData } from "node:worker_threads";
import { type SplitPartJob, scanSplitPart } from "../splits/split-scan.js";
import { type PartJob, scanPart } from "./csv-part.js";

// Progress every 16 MB (the main thread adds up the parts for the progress line).
let told = 0;
const tell = (bytes: number) => {
  if (bytes - told < 1 << 24) return;
  told = bytes;
  parentPort?.postMessage({ progress: bytes });
};
const job = workerData as PartJob | SplitPartJob;
if ("kind" in job && job.kind === "split") {
  const split = await scanSplitPart(job, tell);
  // The key records kept in memory (up to 16 MB): moved, not copied.
  parentPort?.postMessage({ result: split }, [split.keys.words.buffer as ArrayBuffer]);
} else {
  const result = await scanPart(job as PartJob, tell);
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
}
