/**
 * Split a large CSV file into byte ranges at line breaks and scan them on several threads at once
 * (this one and workers). The caller merges the parts in file order; if any part reports a
 * problem (a split inside a quoted field shows up as an unclosed quote) it reads the file in one
 * pass instead, so findings never depend on the number of threads.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CsvParser, type CsvRow } from "../readers/csv-parser.js";
import { type PartJob, type PartResult, scanPart } from "./csv-part.js";

/** Files smaller than this are read on one thread: workers cost more than they save. */
export const MIN_PARALLEL_BYTES = 32 * 1024 * 1024;
/** The worker bundle sits next to the bundle that imports this module (dist/); absent from source. */
const WORKER = new URL("./data-worker.js", import.meta.url);

/** Threads for one file: one per core, up to 4. */
export function dataThreads(requested?: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), 4));
}

/** Whether a parallel scan can run here (the worker bundle exists: it does in dist/). */
export function parallelAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER));
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** The header row and the byte offset and line where the data starts. */
export function readHeader(
  path: string,
  delimiter: string,
): { fields: string[]; end: number; line: number } | undefined {
  const fd = openSync(path, "r");
  try {
    const head = readAt(fd, 0, 1 << 20);
    let start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    let quoted = false;
    let lines = 0;
    for (let i = start; i < head.length; i++) {
      const c = head[i]!;
      if (c === 34) quoted = !quoted;
      else if (c === 10) {
        lines++;
        if (!quoted) {
          let row: CsvRow | undefined;
          const p = new CsvParser((r) => {
            row ??= r;
          }, delimiter);
          p.push(head.toString("utf8", start, i + 1));
          p.end();
          if (!row) {
            // A blank first line: the header is further down; leave such files to the one-pass read.
            return undefined;
          }
          start = i + 1;
          return { fields: row.fields, end: start, line: lines + 1 };
        }
      }
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The share of the first range (this thread's) against 1 for each worker's: workers start
 * later (a new isolate loads its bundle), so this thread takes a little more and all finish
 * together (measured: a worker begins scanning about 0.15 s after this thread does).
 */
const FIRST_SHARE = 1.06;

/** Byte offsets splitting [from, size) into `parts` ranges, each starting after a line break. */
export function splitPoints(path: string, from: number, parts: number): number[] {
  const size = statSync(path).size;
  const points = [from];
  const fd = openSync(path, "r");
  const total = FIRST_SHARE + (parts - 1);
  try {
    for (let k = 1; k < parts; k++) {
      const guess = from + Math.floor(((size - from) * (FIRST_SHARE + k - 1)) / total);
      const window = readAt(fd, guess, 1 << 16);
      const nl = window.indexOf(10);
      if (nl === -1) break;
      const at = guess + nl + 1;
      if (at > points[points.length - 1]! && at < size) points.push(at);
    }
  } finally {
    closeSync(fd);
  }
  points.push(size);
  return points;
}

/**
 * Scan the ranges: the first on this thread, the others on workers; results in file order.
 * `onBytes` hears the bytes read so far by all of them together.
 */
export async function scanParts(jobs: PartJob[], onBytes?: (bytes: number) => void): Promise<PartResult[]> {
  const read = jobs.map(() => 0);
  const tell = (k: number, bytes: number) => {
    read[k] = bytes;
    onBytes?.(read.reduce((a, b) => a + b, 0));
  };
  const workers = jobs.slice(1).map(
    (job, i) =>
      new Promise<PartResult>((resolve, reject) => {
        const w = new Worker(WORKER, { workerData: job });
        w.on("message", (m: { progress: number } | { result: PartResult }) => {
          if ("progress" in m) return tell(i + 1, m.progress);
          resolve(m.result);
          void w.terminate();
        });
        w.once("error", reject);
      }),
  );
  const first = await scanPart(jobs[0]!, (bytes) => tell(0, bytes));
  return [first, ...(await Promise.all(workers))];
}
