/**
 * Exact `unique`: the first pass kept hashes only; if any hash came twice, a second pass over the
 * same files looks at the strings behind just those hashes. Spilled hash partitions are read
 * back first, one at a time.
 */

import type { Workspace } from "../../io/workspace.js";
import { isReadError } from "../../readers/read-error.js";
import { readerFor } from "../../readers/reader-for.js";
import { isMissing } from "../../readers/values.js";
import type { UniqueSink } from "../checks/unique.js";
import type { KeySink } from "../checks/unique-keys.js";

/** Finish the first pass of every tracker and, when one saw a repeated hash, read the files again. */
export async function verifyUnique(
  workspace: Workspace,
  files: string[],
  format: string | undefined,
  delimiter: string | undefined,
  columns: Map<string, UniqueSink>,
  keys: KeySink[],
): Promise<void> {
  for (const u of columns.values()) u.tracker.finishFirstPass();
  for (const k of keys) k.tracker.finishFirstPass();
  const uniques = [...columns].filter(([, u]) => u.tracker.needsVerification);
  const keysToVerify = keys.filter((k) => k.tracker.needsVerification);
  if (!uniques.length && !keysToVerify.length) return;
  for (const file of files) {
    let at: [UniqueSink, number][] = [];
    try {
      await readerFor(file, format)!(
        workspace,
        file,
        (row) => {
          if (row.index === 0) {
            at = uniques.map(([name, u]) => [u, row.fields.indexOf(name)]);
            for (const k of keysToVerify) k.at = k.cols.map((c) => row.fields.indexOf(c));
            return;
          }
          for (const [u, i] of at) {
            const text = row.fields[i] ?? "";
            if (i >= 0 && !isMissing(text)) u.tracker.verify(text, { row: row.index, line: row.line, file });
          }
          for (const k of keysToVerify) {
            if (k.at.includes(-1)) continue;
            k.verify(
              k.at.map((i) => row.fields[i] ?? ""),
              row.index,
              row.line,
              file,
            );
          }
        },
        delimiter,
      );
    } catch (err) {
      // The first pass already reported a file that cannot be read.
      if (!isReadError(err)) throw err;
    }
  }
}
