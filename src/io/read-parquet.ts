/**
 * Parquet as rows for the data checks, through hyparquet (pure JavaScript), one row group at a
 * time so memory stays bounded by the largest row group. Parquet has no lines: a row's `line` is
 * its 1-based row number, so findings still point somewhere a user can look.
 */
import { open } from "node:fs/promises";
import { type AsyncBuffer, parquetMetadataAsync, parquetRead, parquetSchema } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { CsvError, type CsvRow } from "../data/csv-parser.js";
import { type Workspace, WorkspaceError } from "./workspace.js";

/** A cell as text: null is missing, dates are ISO 8601, big integers keep every digit. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x));
  return String(v);
}

/** Read a .parquet file row by row. */
export async function readParquet(
  workspace: Workspace,
  file: string,
  onRow: (row: CsvRow) => void,
  _delimiter?: string,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  if (!(await workspace.exists(file))) throw new WorkspaceError(`${file} does not exist`);
  const handle = await open(workspace.resolve(file), "r");
  try {
    const { size } = await handle.stat();
    const buffer: AsyncBuffer = {
      byteLength: size,
      async slice(start, end = size) {
        const bytes = Buffer.alloc(Math.max(0, end - start));
        await handle.read(bytes, 0, bytes.length, start);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      },
    };
    let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
    try {
      metadata = await parquetMetadataAsync(buffer);
    } catch (err) {
      throw new CsvError(`not a readable Parquet file (${(err as Error).message})`, 1);
    }
    const header = parquetSchema(metadata).children.map((c) => c.element.name);
    onRow({ index: 0, line: 1, fields: header });
    let index = 1;
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      try {
        await parquetRead({
          file: buffer,
          metadata,
          rowStart: start,
          rowEnd: end,
          rowFormat: "array",
          // Snappy is built in; ZSTD, Brotli, LZ4 and gzip come from hyparquet-compressors.
          compressors,
          onComplete: (rows) => {
            for (const r of rows as unknown[][]) {
              onRow({ index, line: index, fields: r.map(cell) });
              index++;
            }
          },
        });
      } catch (err) {
        throw new CsvError(
          `cannot read the row group starting at row ${start + 1} (${(err as Error).message})`,
          start + 1,
        );
      }
      start = end;
      onBytes?.(Math.round((size * start) / Math.max(1, Number(metadata.num_rows))));
    }
  } finally {
    await handle.close();
  }
}
