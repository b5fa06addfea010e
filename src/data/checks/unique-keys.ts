/** A dataset's `unique`: compound keys whose combination of values may not repeat. */
import { Violations } from "../../checks/violations.js";
import { type MakeSpillDir, UniqueTracker } from "../../readers/hash-set.js";
import { SCHEMA_RUBRIC, violationCheck } from "./column-check.js";
import { type DatasetCheck, failed, type RowSink } from "./dataset-check.js";

type KeyState = ReturnType<UniqueTracker["exportState"]>;

/** Cells of a key are joined with a character no CSV cell is expected to hold. */
const JOIN = "\u0001";

/** One compound key: hashes of its rows' combinations (strings only to verify repeats). */
export class KeySink implements RowSink<KeyState> {
  at: number[] = [];
  readonly tracker: UniqueTracker;
  readonly duplicates = new Violations();
  /** `spillDir`: where the tracker spills past its in-memory size (the run's temp space). */
  constructor(
    readonly cols: string[],
    spillDir?: MakeSpillDir,
  ) {
    this.tracker = new UniqueTracker(undefined, undefined, spillDir);
  }
  row(cells: string[]): void {
    this.tracker.add(cells.join(JOIN));
  }
  /** The second pass: the same row again, when the first saw a hash twice. */
  verify(cells: string[], row: number, line: number, file: string): void {
    this.tracker.verify(cells.join(JOIN), { row, line, file });
  }
  exportState(): KeyState {
    return this.tracker.exportState();
  }
  mergeState(s: KeyState): void {
    this.tracker.mergeState(s);
  }
}

/** The compound-key check. */
export const uniqueKeysCheck: DatasetCheck = {
  id: "unique",
  description: "Each listed combination of columns must be unique across the rows.",
  options: {
    unique: {
      type: "array",
      description: "Compound keys: each entry is a list of columns whose combination must be unique.",
      items: { type: "array", items: { type: "string" }, minItems: 1 },
    },
  },
  configured: (ds) => (ds.unique?.length ?? 0) > 0,
  rowSinks: (ds, spillDir) => (ds.unique ?? []).map((cols) => new KeySink(cols, spillDir)),
  finish: (sinks) => {
    for (const k of sinks as KeySink[]) {
      for (const d of k.tracker.duplicates) k.duplicates.add({ ...d, value: d.value.replaceAll(JOIN, ", ") });
      k.duplicates.count = k.tracker.duplicateCount;
    }
  },
  verdict: ({ base, ds, severity, rows, sinks }) =>
    (sinks as KeySink[]).map((k) => {
      const name = k.cols.join("+");
      if (k.at.includes(-1))
        return failed(
          `${base}/${name}/unique`,
          `${ds.name}: key ${k.cols.join(", ")} names a missing column`,
          severity,
          SCHEMA_RUBRIC,
        );
      return violationCheck(
        `${base}/${name}/unique`,
        "data/duplicate",
        k.duplicates,
        rows,
        0,
        severity,
        `key (${k.cols.join(", ")})`,
        "unique combinations",
        (e) => `row ${e.row}: (${e.value}) appeared before`,
      );
    }),
};
