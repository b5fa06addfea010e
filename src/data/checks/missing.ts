/** `missing`: how many values may be missing (empty, null, NA, …). */
import { percent, severity } from "../../checks/options.js";
import { Violations } from "../../checks/violations.js";
import {
  type BatchColumn,
  type CellSink,
  type ColumnCheck,
  diagnostic,
  MISSING_CELL,
  SCHEMA_RUBRIC,
} from "./column-check.js";

type MissingState = { count: number; examples: Violations["examples"] };

class MissingSink implements CellSink<MissingState> {
  /** Rows with a missing value, with the first examples. */
  readonly rows = new Violations();
  text(): void {}
  number(): void {}
  /** Only missing rows count, and those reach `missing`. */
  coded(): void {}
  missing(text: string, row: number, line: number, file: string): void {
    this.rows.add({ row, line, file, value: text });
  }
  batch(col: BatchColumn, rowBase: number, file: string): void {
    const { kind, batch } = col;
    for (let r = col.from; r < col.to; r++)
      if (kind[r] === MISSING_CELL)
        this.rows.add({ row: rowBase + r, line: batch.line[r]!, file, value: col.text(r) });
  }
  exportState(): MissingState {
    return { count: this.rows.count, examples: this.rows.examples };
  }
  mergeState(s: MissingState, rowOffset: number, lineOffset: number): void {
    this.rows.merge(s, rowOffset, lineOffset);
  }
}

/** The `missing` check. */
export const missingCheck: ColumnCheck<MissingSink> = {
  id: "missing",
  description: "At most `max` (or `max_percent`) values may be missing.",
  options: {
    missing: {
      type: "object",
      additionalProperties: false,
      description: "How many values may be missing (empty, null, NA).",
      properties: {
        max: { type: "integer", minimum: 0, description: "At most this many missing values." },
        max_percent: { ...percent, description: "At most this percentage of missing values." },
        severity: severity,
      },
    },
  },
  configured: (c) => c.missing !== undefined,
  create: () => new MissingSink(),
  verdict: ({ id, column, config, severity, profile, sink }) => {
    const m = config.missing!;
    const sev = m.severity ?? severity;
    const rows = profile.rows;
    const percentMissing = rows ? (100 * profile.missing) / rows : 0;
    const ok =
      (m.max === undefined || profile.missing <= m.max) &&
      (m.max_percent === undefined || percentMissing <= m.max_percent);
    const expected = [
      m.max !== undefined && `at most ${m.max}`,
      m.max_percent !== undefined && `at most ${m.max_percent}%`,
    ]
      .filter(Boolean)
      .join(" and ");
    return {
      id: `${id}/missing`,
      status: ok ? "passed" : "failed",
      severity: sev,
      message: `${column} missing: ${profile.missing} of ${rows} rows${ok ? "" : `, expected ${expected}`}`,
      observed: `${profile.missing} (${percentMissing.toFixed(2)}%)`,
      expected,
      rubric: SCHEMA_RUBRIC,
      diagnostics: ok
        ? []
        : sink.rows.examples.map((e) =>
            diagnostic(
              "data/missing",
              sev,
              `row ${e.row}, ${column}: missing${e.value ? ` ("${e.value}")` : ""}`,
              e,
            ),
          ),
    };
  },
};
