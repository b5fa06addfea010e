/** Files read row by row as records of text (delimited text off the byte path, JSON, JSON Lines). */
import type { Progress } from "../../io/progress.js";
import type { Workspace } from "../../io/workspace.js";
import { readerFor } from "../../readers/reader-for.js";
import { checkCells, type ScanPlan } from "./plan.js";

/** Read `file` row by row into the plan `onHeader` makes; returns the rows read. */
export async function scanRecords(
  workspace: Workspace,
  file: string,
  format: string | undefined,
  delimiter: string | undefined,
  onHeader: (fields: string[], line: number) => ScanPlan,
  wanted: Set<string> | undefined,
  progress: Progress,
): Promise<number> {
  let plan: ScanPlan | undefined;
  let rows = 0;
  await readerFor(file, format)!(
    workspace,
    file,
    (row) => {
      if (row.index === 0) {
        plan = onHeader(row.fields, row.line);
        return;
      }
      const p = plan!;
      rows++;
      if (row.fields.length !== p.width)
        p.ragged.add({ row: row.index, line: row.line, file, value: `${row.fields.length} fields` });
      const key = row.offset ?? row.index;
      for (const { at, kernel } of p.columns)
        kernel.add(row.fields[at] ?? "", row.index, row.line, file, key);
      checkCells((i) => row.fields[i] ?? "", row.index, row.line, key, p);
    },
    delimiter,
    (bytes) => progress.update(bytes),
    wanted,
  );
  return rows;
}
