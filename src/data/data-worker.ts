/** Worker entry (dist/data-worker.js): scan one byte range of a CSV file and send back its measures. */
import { parentPort, workerData } from "node:worker_threads";
import { type PartJob, scanPart } from "./csv-part.js";

const result = await scanPart(workerData as PartJob);
// The hash sets are the bulk: move their buffers instead of copying them.
const transfer = [
  ...result.columns.flatMap((c) => (c.unique ? [c.unique.pairs.buffer] : [])),
  ...result.keys.map((k) => k.pairs.buffer),
];
parentPort?.postMessage(result, transfer as ArrayBuffer[]);
