/** A second, short read of a file: the text of a few rows (examples), stopping after the last. */
import type { Workspace } from "../../io/workspace.js";
import { readerFor } from "../../readers/reader-for.js";

/** Thrown to stop reading once every wanted row has come. */
class Enough extends Error {}

/** The cells of rows `wanted` (row numbers, 1-based after the header) of `file`. */
export async function fetchRows(
  workspace: Workspace,
  file: string,
  format: string | undefined,
  delimiter: string | undefined,
  wanted: Iterable<number>,
): Promise<Map<number, string[]>> {
  const want = new Set(wanted);
  const out = new Map<number, string[]>();
  if (!want.size) return out;
  const last = Math.max(...want);
  try {
    await readerFor(file, format)!(
      workspace,
      file,
      (row) => {
        if (want.has(row.index)) out.set(row.index, [...row.fields]);
        if (row.index >= last) throw new Enough();
      },
      delimiter,
    );
  } catch (err) {
    if (!(err instanceof Enough)) throw err;
  }
  return out;
}
