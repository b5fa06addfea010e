/**
 * A split's large CSV file read in byte ranges on threads (the data worker, dist/data-worker.js):
 * each range scanned by scanSplitPart, the parts merged in file order into the one scan, which
 * then holds what one pass would (the same counts, categories and key records). A part that cannot
 * be read on its own (a range starting inside a quoted field) sends the file back to one pass.
 */
import type { Workspace } from "../../io/workspace.js";
import { readHeader, splitPoints } from "../../readers/csv-split.js";
import { defaultDelimiter } from "../../readers/read-delimited.js";
import { MIN_PARALLEL_BYTES, mergeInOrder, parallelAvailable, scanParts } from "../scan/csv-parallel.js";
import { mergeSplitPart, type SplitPlan, type SplitScan, scanSplitPart } from "./split-scan.js";

/** What a split's parallel read needs from the run. */
export interface SplitThreads {
  workspace: Workspace;
  delimiter: string | undefined;
  threads: number;
  /** A folder of the run's temp space for the parts' spilled records. */
  scratch: () => string;
  /** Says the file was read in parts (as the dataset scan says it). */
  note?: (message: string) => void;
}

/** The plan's `parallel`: a split's file in parts on `threads` threads, or undefined (one pass). */
export function splitParallel(t: SplitThreads): SplitPlan["parallel"] {
  return async (file, start) => {
    if (t.threads < 2 || !parallelAvailable()) return undefined;
    if ((await t.workspace.size(file)) < MIN_PARALLEL_BYTES) return undefined;
    const abs = t.workspace.resolve(file);
    const delimiter = t.delimiter ?? defaultDelimiter(file);
    const head = readHeader(abs, delimiter);
    if (!head) return undefined;
    const scan: SplitScan = start(head.fields);
    const points = splitPoints(abs, head.end, t.threads);
    const scratch = t.scratch();
    const parts = await scanParts(
      points.slice(0, -1).map((from, k) => ({
        kind: "split" as const,
        path: abs,
        file,
        start: from,
        end: points[k + 1]!,
        delimiter,
        header: scan.header,
        key: scan.keyAt!,
        tracked: scan.categories.map((c) => c !== undefined),
        textOnly: scan.textOnly,
        scratch,
      })),
      undefined,
      scanSplitPart,
    );
    if (parts.some((p) => p.error)) return undefined;
    mergeInOrder(parts, head.line, (p, rowOffset, lineOffset) =>
      mergeSplitPart(scan, p, rowOffset, lineOffset),
    );
    t.note?.(`${file}: read in ${parts.length} parts on ${parts.length} threads`);
    return scan;
  };
}
