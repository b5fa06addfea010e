/**
 * `unique`: no value appears twice. The first pass keeps 64-bit hashes only (spilling to disk past
 * a size); if a hash came twice, a second pass looks at the strings behind just those hashes.
 */
import { Violations } from "../../checks/violations.js";
import { type MakeSpillDir, UniqueTracker } from "../../readers/hash-set.js";
import {
  type BatchColumn,
  type CellSink,
  type ColumnCheck,
  example,
  MISSING_CELL,
  say,
  violationCheck,
} from "./column-check.js";

/** What a part sends: its hashes and the values it suspects. */
type UniqueState = ReturnType<UniqueTracker["exportState"]>;

/** The `unique` accumulator: the tracker, then the duplicates it confirmed. */
export class UniqueSink implements CellSink<UniqueState> {
  readonly tracker: UniqueTracker;
  readonly duplicates = new Violations();
  /** `spillDir`: where the tracker spills past its in-memory size (the run's temp space). */
  constructor(spillDir?: MakeSpillDir) {
    this.tracker = new UniqueTracker(undefined, undefined, spillDir);
  }
  text(text: string): void {
    this.tracker.add(text);
  }
  number(v: number): void {
    this.tracker.add(String(v));
  }
  batch(col: BatchColumn): void {
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    const unique = this.tracker;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) unique.add(col.texts[r]!);
      else if (!unique.addAscii(b, s[r]!, e[r]!)) unique.add(batch.slice(s[r]!, e[r]!));
    }
  }
  exportState(): UniqueState {
    return this.tracker.exportState();
  }
  mergeState(s: UniqueState): void {
    this.tracker.mergeState(s);
  }
}

/** The `unique` check on one column (compound keys are the dataset's `unique`). */
export const uniqueCheck: ColumnCheck<UniqueSink> = {
  id: "unique",
  description: "No value may appear twice (exact: hashes first, then the values behind repeated hashes).",
  options: { unique: { type: "boolean", description: "No value may appear twice." } },
  configured: (c) => c.unique === true,
  create: (_config, spillDir) => new UniqueSink(spillDir),
  finish: (sink) => {
    for (const d of sink.tracker.duplicates) sink.duplicates.add(example(d.value, d.row, d.line, d.file));
    sink.duplicates.count = sink.tracker.duplicateCount;
  },
  verdict: ({ id, column, severity, profile, sink }) =>
    violationCheck(
      `${id}/unique`,
      "data/duplicate",
      sink.duplicates,
      profile.rows,
      0,
      severity,
      `${column} uniqueness`,
      "unique values",
      say(column, "appeared before"),
    ),
};
