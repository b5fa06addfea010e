/** Parquet: column chunks measured column by column; numbers stay numbers. */
import type { Progress } from "../../io/progress.js";
import type { Workspace } from "../../io/workspace.js";
import type { ParquetChunk } from "../../readers/parquet-flat.js";
import { columnCells, type ParquetReadOptions, readParquetGroups } from "../../readers/read-parquet.js";
import type { ColumnKernel } from "../column-kernel.js";
import { checkCells, type ScanPlan } from "./plan.js";

/**
 * Read `file`'s row groups into the plan `onHeader` makes; returns the rows read. `names` maps
 * each checked column to its kernel (chunks arrive by column name); `rowWise` says whether any
 * check needs whole rows (drift, keys, one-hot groups): otherwise chunks are measured as decoded.
 */
export async function scanParquet(
  workspace: Workspace,
  file: string,
  onHeader: (fields: string[], line: number) => ScanPlan,
  names: Map<string, ColumnKernel>,
  wanted: Set<string>,
  rowWise: boolean,
  progress: Progress,
  /** Which row groups (a file shared with other threads), and footers already parsed. */
  share: Pick<ParquetReadOptions, "groups" | "claim" | "footers"> = {},
): Promise<number> {
  let plan: ScanPlan | undefined;
  let fields: string[] = [];
  let rows = 0;
  /** Per column, the row its streamed chunks reached. */
  const covered = new Map<string, number>();
  const placed = () => new Map(plan!.columns.map(({ kernel }) => [kernel, true]));
  let isPlaced = new Map<ColumnKernel, boolean>();
  const byName = () => [...names].filter(([, k]) => isPlaced.has(k));
  await readParquetGroups(
    workspace,
    file,
    (all) => {
      fields = all;
      plan = onHeader(all, 1);
      isPlaced = placed();
    },
    ({ start, end, chunks }) => {
      rows += end - start;
      for (const [name, kernel] of byName()) {
        // Rows a column's chunks did not cover (none in practice) read as missing.
        let next = covered.get(name) ?? start;
        for (const c of chunks.get(name) ?? []) {
          addChunk(kernel, c, file);
          next = c.rowEnd;
        }
        for (let row = Math.max(next, start); row < end; row++) kernel.add("", row + 1, row + 1, file);
      }
      covered.clear();
      if (rowWise) {
        // Row-wise cells for drift, keys and groups, off the chunks of each column read.
        const cellsOf = new Map<number, (row: number) => string>();
        for (const name of wanted) {
          const i = fields.indexOf(name);
          if (i >= 0) cellsOf.set(i, columnCells(chunks.get(name) ?? []));
        }
        for (let row = start; row < end; row++)
          checkCells((i) => cellsOf.get(i)?.(row) ?? "", row + 1, row + 1, row + 1, plan!);
      }
    },
    (bytes) => progress.update(bytes),
    {
      wanted,
      flat: true,
      ...share,
      onChunk: rowWise
        ? undefined
        : (name, c) => {
            // Nothing needs whole rows: measure each chunk as it is decoded and let it go.
            const kernel = names.get(name);
            if (!kernel || !isPlaced.has(kernel)) return;
            addChunk(kernel, c, file);
            covered.set(name, c.rowEnd);
          },
    },
  );
  return rows;
}

/** Measure a chunk: dictionary-coded pages by their codes, others value by value. */
function addChunk(kernel: ColumnKernel, c: ParquetChunk, file: string): void {
  const n = c.rowEnd - c.rowStart;
  if (c.dict === undefined) kernel.addValues(c.data, 0, n, c.rowStart + 1, file);
  else kernel.addCoded(c.dict, c.codes, 0, n, c.rowStart + 1, file);
}
