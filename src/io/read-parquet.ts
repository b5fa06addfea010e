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
  /** Only these columns are decoded; the others read as empty (the header lists them all). */
  wanted?: Set<string>,
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
    // Decoding only the columns the checks read is most of the work saved on wide files.
    const columns = wanted ? header.filter((h) => wanted.has(h)) : header;
    const positions = columns.map((c) => header.indexOf(c));
    let index = 1;
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      try {
        // Columns arrive as chunks (onChunk, no row objects built); rows are then read off them
        // with one reused array, which keeps garbage low on millions of rows.
        const chunks = new Map<string, { rowStart: number; rowEnd: number; data: ArrayLike<unknown> }[]>();
        await parquetRead({
          file: buffer,
          metadata,
          rowStart: start,
          rowEnd: end,
          columns,
          // Snappy is built in; ZSTD, Brotli, LZ4 and gzip come from hyparquet-compressors.
          compressors,
          onChunk: (c) => {
            const list = chunks.get(c.columnName) ?? [];
            list.push({ rowStart: c.rowStart, rowEnd: c.rowEnd, data: c.columnData as ArrayLike<unknown> });
            chunks.set(c.columnName, list);
          },
        });
        const fields = new Array<string>(header.length).fill("");
        const cursors = columns.map((c) => ({ list: chunks.get(c) ?? [], at: 0 }));
        for (let row = start; row < end; row++) {
          for (let k = 0; k < positions.length; k++) {
            const cur = cursors[k]!;
            while (cur.at < cur.list.length && cur.list[cur.at]!.rowEnd <= row) cur.at++;
            const chunk = cur.list[cur.at];
            fields[positions[k]!] =
              chunk && row >= chunk.rowStart ? cell(chunk.data[row - chunk.rowStart]) : "";
          }
          onRow({ index, line: index, fields });
          index++;
        }
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
