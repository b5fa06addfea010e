/** Stream a CSV/TSV file (optionally .gz) through the byte scanner: rows arrive in batches of offsets. */

import { type Workspace, WorkspaceError } from "../io/workspace.js";
import { type CsvBatch, CsvByteScanner } from "./csv-bytes.js";
import { failRead, openStream } from "./open-stream.js";
import { defaultDelimiter } from "./read-delimited.js";

/**
 * Read `file` batch by batch; rejects with CsvError (bad quoting, invalid UTF-8, with the line)
 * or WorkspaceError (missing, outside the repository, not gzip).
 */
export async function readCsvBatches(
  workspace: Workspace,
  file: string,
  onBatch: (batch: CsvBatch) => void,
  delimiter = defaultDelimiter(file),
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const scanner = new CsvByteScanner(onBatch, delimiter);
  if (!/\.gz$/i.test(file)) {
    // A plain file: read through two reused buffers (no stream).
    if (!(await workspace.exists(file))) throw new WorkspaceError(`${file} does not exist`);
    await scanner.scanFile(workspace.resolve(file), 0, Number.POSITIVE_INFINITY, onBytes);
    return;
  }
  const opened = await openStream(workspace, file);
  try {
    for await (const chunk of opened.stream as AsyncIterable<Buffer>) {
      onBytes?.(opened.raw.bytesRead);
      scanner.push(chunk);
    }
  } catch (err) {
    failRead(opened, file, err);
  }
  scanner.end();
}
