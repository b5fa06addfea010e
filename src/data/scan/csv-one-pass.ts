/** The CSV byte path in one pass: no string per field; cells become strings only where a check needs one. */
import type { Progress } from "../../io/progress.js";
import type { Workspace } from "../../io/workspace.js";
import { readCsvBatches } from "../../readers/read-csv-batches.js";
import { checkBatch, type ScanPlan } from "./plan.js";

/** Read `file` batch by batch into the plan `onHeader` makes from its header; returns the rows read. */
export async function scanCsvOnePass(
  workspace: Workspace,
  file: string,
  delimiter: string | undefined,
  onHeader: (fields: string[], line: number) => ScanPlan,
  progress: Progress,
): Promise<number> {
  let plan: ScanPlan | undefined;
  let rows = 0;
  await readCsvBatches(
    workspace,
    file,
    (batch) => {
      let from = 0;
      if (!plan) {
        plan = onHeader(batch.rowTexts(0), batch.line[0]!);
        from = 1;
      }
      rows += batch.rows - from;
      checkBatch(batch, from, batch.firstIndex, plan);
    },
    delimiter,
    (bytes) => progress.update(bytes),
  );
  return rows;
}
