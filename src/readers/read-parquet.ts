/**
 * Parquet as rows for the data checks, through hyparquet (pure JavaScript), one row group at a
 * time so memory stays bounded by the largest row group. Parquet has no lines: a row's `line` is
 * its 1-based row number, so findings still point somewhere a user can look.
 */
import { type FileHandle, open } from "node:fs/promises";
import {
  type AsyncBuffer,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from "hyparquet";
import { DEFAULT_PARSERS } from "hyparquet/src/convert.js";
import { getTreePath, isFlatColumn } from "hyparquet/src/schema.js";
import type { ColumnDecoder } from "hyparquet/src/types.js";
import { type Workspace, WorkspaceError } from "../io/workspace.js";
import { CsvError, type CsvRow } from "./csv-parser.js";
import { codecsFor } from "./parquet-codecs.js";
import { chunkValue, type ParquetChunk, readFlatColumn } from "./parquet-flat.js";
import { parquetText } from "./values.js";

/** A decoded row group: rows [start, end) (0-based data rows) and each read column's chunks. */
export interface ParquetGroup {
  start: number;
  end: number;
  chunks: Map<string, ParquetChunk[]>;
}

/** How readParquetGroups decodes: which columns, and whether flat columns take the typed-array path. */
export interface ParquetReadOptions {
  /** Only these columns are decoded (all when undefined). */
  wanted?: Set<string>;
  /** When given, each chunk is handed over as it is decoded and not kept for onGroup. */
  onChunk?: (column: string, chunk: ParquetChunk) => void;
  /** Flat columns through src/readers/parquet-flat.ts (else every column through hyparquet's rows). */
  flat?: boolean;
  /** Only row groups [from, to) are read (rows keep their numbers in the whole file). */
  groups?: [number, number];
  /** Asked before each row group is read: false stops the reading there (another thread reads the rest). */
  claim?: (group: number) => boolean;
  /**
   * Footers already parsed, by path: a worker reading a file's row groups in several requests
   * parses its footer once (on a file of 98 row groups it was a twentieth of the worker's time).
   */
  footers?: Map<string, FileMetaData>;
}

/** A row group's rows and compressed bytes, as the file's footer gives them. */
export interface GroupSize {
  rows: number;
  bytes: number;
}

/**
 * The row groups of a .parquet file, from its footer (the data pages are not read); the footer is
 * kept in `footers` for the read that follows. The same errors as readParquetGroups.
 */
export async function parquetGroups(
  workspace: Workspace,
  file: string,
  footers?: Map<string, FileMetaData>,
): Promise<GroupSize[]> {
  const { handle, buffer, path } = await openParquet(workspace, file);
  try {
    const metadata = await footerOf(buffer, path, footers);
    return metadata.row_groups.map((g) => ({
      rows: Number(g.num_rows),
      bytes: g.columns.reduce((sum, c) => sum + Number(c.meta_data?.total_compressed_size ?? 0), 0),
    }));
  } finally {
    await handle.close();
  }
}

/** Open a .parquet file of the workspace (a WorkspaceError when it is not there). */
async function openParquet(workspace: Workspace, file: string) {
  if (!(await workspace.exists(file))) throw new WorkspaceError(`${file} does not exist`);
  const path = workspace.resolve(file);
  const handle = await open(path, "r");
  try {
    return { handle, path, buffer: handleBuffer(handle, (await handle.stat()).size) };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** The file's footer, from `footers` when parsed before; a CsvError when the file is not Parquet. */
async function footerOf(
  buffer: AsyncBuffer,
  path: string,
  footers?: Map<string, FileMetaData>,
): Promise<FileMetaData> {
  let metadata = footers?.get(path);
  try {
    metadata ??= await parquetMetadataAsync(buffer);
  } catch (err) {
    throw new CsvError(`not a readable Parquet file (${(err as Error).message})`, 1);
  }
  footers?.set(path, metadata);
  return metadata;
}

/** hyparquet's view of an open file: byte ranges read on demand. */
function handleBuffer(handle: FileHandle, size: number): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start, end = size) {
      const bytes = Buffer.alloc(Math.max(0, Math.min(end, size) - start));
      await handle.read(bytes, 0, bytes.length, start);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
  };
}

/**
 * Read a .parquet file one row group at a time: `onHeader` gets every column name, `onGroup`
 * each group's column chunks.
 */
export async function readParquetGroups(
  workspace: Workspace,
  file: string,
  onHeader: (fields: string[]) => void,
  onGroup: (group: ParquetGroup) => void,
  onBytes?: (bytes: number) => void,
  options: ParquetReadOptions = {},
): Promise<void> {
  const { handle, buffer, path } = await openParquet(workspace, file);
  try {
    const size = buffer.byteLength;
    const metadata = await footerOf(buffer, path, options.footers);
    const tree = parquetSchema(metadata);
    const header = tree.children.map((c) => c.element.name);
    onHeader(header);
    // Decoding only the columns the checks read is most of the work saved on wide files.
    const { wanted, onChunk, flat, groups, claim } = options;
    const [from, to] = groups ?? [0, metadata.row_groups.length];
    const columns = wanted ? header.filter((h) => wanted.has(h)) : header;
    const isFlat = (name: string) => flat === true && isFlatColumn(getTreePath(tree, [name]));
    const nested = columns.filter((c) => !isFlat(c));
    const flatColumns = new Set(columns.filter(isFlat));
    const read = new Set(columns);
    const compressors = await codecsFor(
      metadata.row_groups
        .slice(from, to)
        .flatMap((g) => g.columns)
        .filter((c) => c.meta_data && read.has(c.meta_data.path_in_schema[0]!))
        .map((c) => c.meta_data!.codec),
    );
    let start = 0;
    for (const [g, group] of metadata.row_groups.entries()) {
      const end = start + Number(group.num_rows);
      if (g < from || g >= to) {
        start = end;
        continue;
      }
      if (claim && !claim(g)) break;
      // Columns arrive as chunks: no row objects are built.
      const chunks = new Map<string, ParquetChunk[]>();
      const take = (name: string, chunk: ParquetChunk) => {
        if (onChunk) return onChunk(name, chunk);
        const list = chunks.get(name) ?? [];
        list.push(chunk);
        chunks.set(name, list);
      };
      try {
        for (const chunk of group.columns) {
          const meta = chunk.meta_data;
          const name = meta?.path_in_schema.length === 1 ? meta.path_in_schema[0] : undefined;
          if (!meta || name === undefined || !flatColumns.has(name)) continue;
          const schemaPath = getTreePath(tree, meta.path_in_schema);
          const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
          const bytes = new Uint8Array(await buffer.slice(from, from + Number(meta.total_compressed_size)));
          const decoder: ColumnDecoder = {
            pathInSchema: meta.path_in_schema,
            element: schemaPath[schemaPath.length - 1]!.element,
            schemaPath,
            type: meta.type,
            codec: meta.codec,
            parsers: DEFAULT_PARSERS,
            compressors,
          };
          readFlatColumn(bytes, decoder, start, end - start, (c) => take(name, c));
        }
        if (nested.length)
          await parquetRead({
            file: buffer,
            metadata,
            rowStart: start,
            rowEnd: end,
            columns: nested,
            compressors,
            onChunk: (c) =>
              take(c.columnName, {
                rowStart: c.rowStart,
                rowEnd: c.rowEnd,
                data: c.columnData as ArrayLike<unknown>,
              }),
          });
      } catch (err) {
        throw new CsvError(
          `cannot read the row group starting at row ${start + 1} (${(err as Error).message})`,
          start + 1,
        );
      }
      onGroup({ start, end, chunks });
      start = end;
      onBytes?.(Math.round((size * start) / Math.max(1, Number(metadata.num_rows))));
    }
  } finally {
    await handle.close();
  }
}

/** One column's cells as text, asked for by increasing row, off its chunks ("" where none covers). */
export function columnCells(list: ParquetChunk[]): (row: number) => string {
  let at = 0;
  return (row) => {
    while (at < list.length && list[at]!.rowEnd <= row) at++;
    const chunk = list[at];
    return chunk && row >= chunk.rowStart ? parquetText(chunkValue(chunk, row - chunk.rowStart)) : "";
  };
}

/** Read a .parquet file row by row (cells as text; row 0 is the header). */
export async function readParquet(
  workspace: Workspace,
  file: string,
  onRow: (row: CsvRow) => void,
  _delimiter?: string,
  onBytes?: (bytes: number) => void,
  /** Only these columns are decoded; the others read as empty (the header lists them all). */
  wanted?: Set<string>,
): Promise<void> {
  let header: string[] = [];
  let positions: number[] = [];
  let columns: string[] = [];
  await readParquetGroups(
    workspace,
    file,
    (fields) => {
      header = fields;
      columns = wanted ? header.filter((h) => wanted.has(h)) : header;
      positions = columns.map((c) => header.indexOf(c));
      onRow({ index: 0, line: 1, fields: header });
    },
    ({ start, end, chunks }) => {
      // Rows are read off the column chunks with one reused array: little garbage per row.
      const fields = new Array<string>(header.length).fill("");
      const cells = columns.map((c) => columnCells(chunks.get(c) ?? []));
      for (let row = start; row < end; row++) {
        for (let k = 0; k < positions.length; k++) fields[positions[k]!] = cells[k]!(row);
        onRow({ index: row + 1, line: row + 1, fields });
      }
    },
    onBytes,
    { wanted },
  );
}
