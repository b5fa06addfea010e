/** A data or predictions file's column names, read off its first row (or Parquet schema) alone. */
import type { Workspace } from "../io/workspace.js";
import { isReadError } from "../readers/read-error.js";
import { readJsonArray } from "../readers/read-records.js";
import { readerFor } from "../readers/reader-for.js";

/** Thrown from the row callback once the header is in hand: it stops the reader before any data row. */
class HeaderFound {
  constructor(readonly fields: string[]) {}
}

/**
 * The header of `file`, or undefined when it cannot be had cheaply or at all (a JSON array must be
 * parsed whole; a missing or malformed file is the stage's finding, not name resolution's).
 */
export async function readHeader(
  workspace: Workspace,
  file: string,
  format?: string,
  delimiter?: string,
): Promise<string[] | undefined> {
  const reader = readerFor(file, format);
  if (!reader || reader === readJsonArray) return undefined;
  try {
    await reader(
      workspace,
      file,
      (row) => {
        throw new HeaderFound([...row.fields]);
      },
      delimiter,
    );
    return undefined; // an empty file has no header
  } catch (err) {
    if (err instanceof HeaderFound) return err.fields;
    if (isReadError(err)) return undefined;
    throw err;
  }
}
