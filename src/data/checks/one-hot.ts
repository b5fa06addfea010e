/** `one_hot`: in each row exactly one column of a group is 1, the others 0. */
import { type Example, Violations } from "../../checks/violations.js";
import { SCHEMA_RUBRIC, violationCheck } from "./column-check.js";
import { type DatasetCheck, failed, type RowSink } from "./dataset-check.js";

/** One-hot: exactly one 1 among the cells, every other a 0 (1/0, 1.0/0.0, true/false). */
export function isOneHot(cells: string[]): boolean {
  let ones = 0;
  for (const v of cells) {
    if (v === "1" || v === "1.0" || v === "true" || v === "True") ones++;
    else if (!(v === "0" || v === "0.0" || v === "false" || v === "False")) return false;
  }
  return ones === 1;
}

type GroupState = { count: number; examples: Example[] };

/** One group: the rows where it is not one-hot. */
class GroupSink implements RowSink<GroupState> {
  at: number[] = [];
  readonly bad = new Violations();
  constructor(readonly cols: string[]) {}
  row(cells: string[], row: number, line: number, file: string): void {
    if (!isOneHot(cells)) this.bad.add({ row, line, file, value: cells.join(", ") });
  }
  exportState(): GroupState {
    return { count: this.bad.count, examples: this.bad.examples };
  }
  mergeState(s: GroupState, rowOffset: number, lineOffset: number): void {
    this.bad.merge(s, rowOffset, lineOffset);
  }
}

/** The one-hot check. */
export const oneHotCheck: DatasetCheck = {
  id: "one_hot",
  description: "In each row, exactly one column of each group is 1 and the others 0.",
  options: {
    one_hot: {
      type: "array",
      description: "One-hot groups: in each row exactly one column of the group is 1.",
      items: { type: "array", items: { type: "string" }, minItems: 2 },
    },
  },
  configured: (ds) => (ds.one_hot?.length ?? 0) > 0,
  rowSinks: (ds) => (ds.one_hot ?? []).map((cols) => new GroupSink(cols)),
  verdict: ({ base, ds, severity, rows, sinks }) =>
    (sinks as GroupSink[]).map((g) => {
      const name = g.cols.join("+");
      if (g.at.includes(-1))
        return failed(
          `${base}/${name}/one_hot`,
          `${ds.name}: one-hot group ${g.cols.join(", ")} names a missing column`,
          severity,
          SCHEMA_RUBRIC,
        );
      return violationCheck(
        `${base}/${name}/one_hot`,
        "data/one-hot",
        g.bad,
        rows,
        0,
        severity,
        `one-hot (${g.cols.join(", ")})`,
        "exactly one 1 per row",
        (e) => `row ${e.row}: (${e.value}) is not exactly one 1 among 0s`,
      );
    }),
};
