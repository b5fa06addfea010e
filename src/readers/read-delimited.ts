/** Stream a CSV/TSV file (optionally .gz) from the workspace into a CsvParser, in bounded memory. */

import type { Workspace } from "../io/workspace.js";
import { CsvError, CsvParser, type CsvRow } from "./csv-parser.js";
import { failRead, openStream } from "./open-stream.js";

/** The file's delimiter when the config names none: tab for .tsv, comma otherwise. */
export function defaultDelimiter(file: string): string {
  return /\.tsv(\.gz)?$/i.test(file) ? "\t" : ",";
}

/**
 * Read `file` row by row. Resolves with the number of rows; rejects with CsvError (bad quoting,
 * invalid UTF-8, with the line) or WorkspaceError (missing, outside the repository, not gzip).
 */
export async function readDelimited(
  workspace: Workspace,
  file: string,
  onRow: (row: CsvRow) => void,
  delimiter = defaultDelimiter(file),
  /** Bytes of the file read so far (compressed bytes for .gz), for progress. */
  onBytes?: (bytes: number) => void,
): Promise<number> {
  const opened = await openStream(workspace, file);
  let rows = 0;
  const parser = new CsvParser((row) => {
    rows++;
    onRow(row);
  }, delimiter);
  // The parser drops a byte-order mark itself, counting its bytes (row offsets are file offsets).
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    for await (const chunk of opened.stream as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        // The line is the one the bad chunk starts on: close enough to find it, and cheap.
        throw new CsvError("the file is not valid UTF-8", parser.currentLine);
      }
      onBytes?.(opened.raw.bytesRead);
      parser.push(text);
    }
    parser.push(decoder.decode());
  } catch (err) {
    failRead(opened, file, err);
  }
  parser.end();
  return rows;
}
