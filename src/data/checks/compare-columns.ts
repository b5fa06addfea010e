/**
 * `compare_columns`: in every row, `left op right` holds between two columns (start_date <=
 * end_date, min_price < max_price). Rows where either side is missing are skipped and counted;
 * a pair that cannot be compared (text with `<`, a number against a date) violates the rule.
 */
import { severity } from "../../checks/options.js";
import { type Example, Violations } from "../../checks/violations.js";
import { isMissing } from "../../readers/values.js";
import type { CheckResult, Severity } from "../../report/types.js";
import { diagnostic, SCHEMA_RUBRIC } from "./column-check.js";
import { compareCells, OPS, type Op } from "./compare-values.js";
import { type DatasetCheck, type DatasetConfig, failed, type RowSink } from "./dataset-check.js";

/** One rule of `compare_columns`. */
export interface CompareRule {
  left: string;
  op: Op;
  right: string;
  max_percent?: number;
  severity?: Severity;
}

type CompareState = { count: number; examples: Example[]; skipped: number; incomparable: number };

/** Each side of an example is cut to this many characters. */
const SIDE_CHARS = 38;
const cut = (s: string) => (s.length > SIDE_CHARS ? `${s.slice(0, SIDE_CHARS - 1)}…` : s);
/** The two sides of an example are joined by a character no cell is expected to hold. */
const JOIN = "\u0001";

/** One rule: the rows where it does not hold. */
export class CompareSink implements RowSink<CompareState> {
  at: number[] = [];
  readonly cols: string[];
  readonly bad = new Violations();
  /** Rows where a side is missing. */
  skipped = 0;
  /** Violating rows whose sides cannot be compared with this operator. */
  incomparable = 0;
  constructor(readonly rule: CompareRule) {
    this.cols = [rule.left, rule.right];
  }
  row(cells: string[], row: number, line: number, file: string): void {
    const l = cells[0]!;
    const r = cells[1]!;
    if (isMissing(l) || isMissing(r)) {
      this.skipped++;
      return;
    }
    const ok = compareCells(l, this.rule.op, r);
    if (ok === true) return;
    if (ok === undefined) this.incomparable++;
    this.bad.add({ row, line, file, value: `${cut(l)}${JOIN}${cut(r)}` });
  }
  exportState(): CompareState {
    const { count, examples } = this.bad;
    return { count, examples, skipped: this.skipped, incomparable: this.incomparable };
  }
  mergeState(s: CompareState, rowOffset: number, lineOffset: number): void {
    this.bad.merge(s, rowOffset, lineOffset);
    this.skipped += s.skipped;
    this.incomparable += s.incomparable;
  }
}

/** The check id of a rule: `data/orders/start_date<=end_date/compare_columns`. */
export const ruleName = (r: CompareRule) => `${r.left}${r.op}${r.right}`;

/** The verdict of one rule from its counts (the file path and the SQL path alike). */
export function compareVerdict(
  base: string,
  ds: DatasetConfig,
  dsSeverity: Severity,
  rows: number,
  sink: CompareSink,
): CheckResult {
  const { rule, bad, skipped, incomparable } = sink;
  const id = `${base}/${ruleName(rule)}/compare_columns`;
  const sev = rule.severity ?? dsSeverity;
  const what = `${rule.left} ${rule.op} ${rule.right}`;
  if (sink.at.includes(-1)) {
    const absent = rule.left === rule.right || sink.at[0] === -1 ? rule.left : rule.right;
    return failed(id, `${ds.name}: ${what} names a missing column (${absent})`, sev, SCHEMA_RUBRIC);
  }
  const compared = rows - skipped;
  const tolerance = rule.max_percent ?? 0;
  const percent = compared ? (100 * bad.count) / compared : 0;
  const passed = bad.count === 0 || percent <= tolerance;
  const skippedNote = skipped ? `; ${skipped} row${skipped === 1 ? "" : "s"} skipped (a side missing)` : "";
  const incomparableNote = incomparable ? `, ${incomparable} of them not comparable` : "";
  return {
    id,
    status: passed ? "passed" : "failed",
    severity: sev,
    message: passed
      ? `${what}: holds in ${compared} of ${rows} rows${skippedNote}`
      : `${what}: ${bad.count} of ${compared} compared rows violate it${incomparableNote}${skippedNote}`,
    observed: `${bad.count} row${bad.count === 1 ? "" : "s"} (${percent.toFixed(2)}%), ${skipped} skipped`,
    expected: tolerance ? `${what}, up to ${tolerance}% of compared rows` : `${what} in every compared row`,
    rubric: [...SCHEMA_RUBRIC],
    diagnostics: passed
      ? []
      : bad.examples.map((e) => {
          const [l, r] = e.value.split(JOIN);
          const where = e.row >= 0 ? `row ${e.row}: ` : "";
          return diagnostic(
            "data/compare-columns",
            sev,
            `${where}${rule.left} "${l}" ${rule.op} ${rule.right} "${r ?? ""}" does not hold`,
            e,
          );
        }),
  };
}

/** The compare_columns check. */
export const compareColumnsCheck: DatasetCheck = {
  id: "compare_columns",
  description:
    "In every row, `left op right` holds between two columns (numbers or ISO dates/timestamps; rows with a side missing are skipped).",
  options: {
    compare_columns: {
      type: "array",
      description:
        'Rules between two columns of the same row, e.g. `{ left: start_date, op: "<=", right: end_date }`.',
      items: {
        type: "object",
        additionalProperties: false,
        required: ["left", "op", "right"],
        properties: {
          left: { type: "string", minLength: 1, description: "The column on the left." },
          op: {
            type: "string",
            enum: [...OPS],
            description:
              "`<`, `<=`, `==`, `!=`, `>=` or `>`: numbers compare as numbers, ISO dates/timestamps as instants, otherwise only `==`/`!=` apply (as text).",
          },
          right: { type: "string", minLength: 1, description: "The column on the right." },
          max_percent: {
            type: "number",
            minimum: 0,
            maximum: 100,
            description: "Percentage of compared rows allowed to violate the rule (default 0).",
          },
          severity,
        },
      },
    },
  },
  rubric: SCHEMA_RUBRIC,
  configured: (ds) => Array.isArray(ds.compare_columns) && ds.compare_columns.length > 0,
  rowSinks: (ds) => (ds.compare_columns as CompareRule[]).map((r) => new CompareSink(r)),
  verdict: ({ base, ds, severity: sev, rows, sinks }) =>
    (sinks as CompareSink[]).map((s) => compareVerdict(base, ds, sev, rows, s)),
};
