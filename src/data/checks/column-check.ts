/**
 * The contract of a column check (one file each in this folder) and what the engines hand it.
 * A column's cells reach a check three ways, whichever engine reads the file: as text (the text
 * parser, JSON, JSON Lines, unusual Parquet values), as typed numbers (Parquet), or as a decoded
 * batch of CSV bytes (the byte scanner, one loop per check and batch, no string per cell unless
 * the check needs one). Parts of a file read on several threads merge in file order.
 */

import type { CheckDefinition } from "../../checks/definition.js";
import { type Example, Violations } from "../../checks/violations.js";
import type { ConfigFinding } from "../../config/parse-config.js";
import type { CsvBatch } from "../../readers/csv-bytes.js";
import type { MakeSpillDir } from "../../readers/hash-set.js";
import type { ValueType } from "../../readers/values.js";
import type { CheckResult, Diagnostic, Severity } from "../../report/types.js";

/** The options of one column (the `columns:` entries of mlgate.yml). */
export interface ColumnConfig {
  type?: ValueType;
  format?: string;
  min?: number;
  max?: number;
  missing?: { max?: number; max_percent?: number; severity?: Severity };
  unique?: boolean;
  allowed?: (string | number | boolean)[];
  regex?: string;
  outliers?: { zscore?: number; iqr?: number; max_percent?: number; severity?: Severity };
  freshness?: unknown;
  max_percent?: number;
  severity?: Severity;
  /** Options of checks that declare their own type (e.g. `not_constant`). */
  [option: string]: unknown;
}

/** How a cell of a decoded batch column reads: empty or a missing marker (NA, null, …). */
export const MISSING_CELL = 0;
/** A number: `num[r]` holds it. */
export const NUMBER_CELL = 1;
/** Text that is not a number. */
export const TEXT_CELL = 2;
/** In a dictionary's entries: text that reads as a number (a string column holding "42"). */
export const NUMERIC_TEXT_CELL = 3;

/**
 * A Parquet dictionary's distinct values, each read once: `kind` is MISSING_CELL, NUMBER_CELL (a
 * typed number, `num`), TEXT_CELL or NUMERIC_TEXT_CELL (text reading as the number `num`); `text`
 * is the value as text (String(v) for a typed number).
 */
export interface DictionaryEntries {
  kind: Uint8Array;
  num: Float64Array;
  text: string[];
}

/** A dictionary-coded page: row rowBase + k holds entry codes[k] (-1: missing), k in [from, to). */
export interface CodedPage {
  entries: DictionaryEntries;
  codes: Int32Array;
  from: number;
  to: number;
  /** How many of its rows hold a value that is not missing. */
  present: number;
}

/**
 * One column of a CSV batch as the kernel decoded it, rows [from, to): what each cell is, its
 * bytes and its number. Checks loop over it; the arrays are reused from batch to batch. A cell
 * whose text is not its byte range (escaped quotes, past the end of a short row) is flagged in
 * `special`, its text in `texts`; checks read those through their text path, as the text
 * readers would (kind and num then say how that text reads).
 */
export class BatchColumn {
  batch!: CsvBatch;
  from = 0;
  to = 0;
  /** Whether any cell of this batch column is special (most batches have none). */
  anySpecial = false;
  special = new Uint8Array(1024);
  kind = new Uint8Array(1024);
  num = new Float64Array(1024);
  s = new Int32Array(1024);
  e = new Int32Array(1024);
  /** The text of Special cells. */
  texts: string[] = [];

  /** Room for `rows` rows. */
  ensure(rows: number): void {
    if (rows <= this.kind.length) return;
    let n = this.kind.length;
    while (n < rows) n *= 2;
    this.kind = new Uint8Array(n);
    this.special = new Uint8Array(n);
    this.num = new Float64Array(n);
    this.s = new Int32Array(n);
    this.e = new Int32Array(n);
  }

  /** Row r's cell as text (a Special cell's decoded text). */
  text(r: number): string {
    return this.special[r] === 1 ? this.texts[r]! : this.batch.slice(this.s[r]!, this.e[r]!);
  }
}

/** What a check keeps for one column: fed cells by whichever engine reads, merged across parts. */
export interface CellSink<S = unknown> {
  /** A non-missing cell's text and the number it reads as (undefined when none). */
  text(text: string, n: number | undefined, row: number, line: number, file: string, key: number): void;
  /** A missing cell, for the checks that count them. */
  missing?(text: string, row: number, line: number, file: string): void;
  /** A finite number from typed input (Parquet), whose text is String(v); row and line are equal. */
  number(v: number, row: number, file: string): void;
  /** The rows of a decoded CSV batch column (row r is row rowBase + r). */
  batch(col: BatchColumn, rowBase: number, file: string): void;
  /**
   * The non-missing rows of a dictionary-coded page (missing ones still reach `missing`), for
   * checks that judge a distinct value once; without it the kernel feeds text/number per row.
   */
  coded?(page: CodedPage, rowBase: number, file: string): void;
  /** Measures to send to the main thread (structured-cloneable). */
  exportState(): S;
  /** Merge a later part's measures (parts merge in file order; its rows count from its start). */
  mergeState(s: S, rowOffset: number, lineOffset: number): void;
}

/** What the profile of a column measured: every check's verdict may read it. */
export interface ColumnProfile {
  rows: number;
  missing: number;
  numeric: number;
  sum: number;
  sumSq: number;
  min: number | undefined;
  max: number | undefined;
}

/** What a verdict is told. */
export interface VerdictInput<K> {
  /** `data/<dataset>/<column>`: the check's id is this plus `/<check id>`. */
  id: string;
  column: string;
  config: ColumnConfig;
  /** The column's severity (its own, else the dataset's). */
  severity: Severity;
  profile: ColumnProfile;
  sink: K;
  /** The commit's time (ms since the epoch) when the run has one; for `freshness: { since: commit }`. */
  commitTime?: number;
}

/** A column check: its definition, when it applies, its accumulator and its verdict. */
export interface ColumnCheck<K extends CellSink = CellSink> extends CheckDefinition {
  /** Whether a column's options ask for this check. */
  configured(config: ColumnConfig): boolean;
  /** Whether numbers must reach it as text (the Parquet engine then skips its number path). */
  needsText?(config: ColumnConfig): boolean;
  /**
   * A fresh accumulator (one per column, and one per part on each thread); may throw a config
   * error. `spillDir` makes a folder in the run's temp space, for accumulators that spill to disk.
   */
  create(config: ColumnConfig, spillDir?: MakeSpillDir): K;
  /** Called once every part is merged, before the verdict (second passes, sorting). */
  finish?(sink: K): void;
  /** Options the schema accepts but the check cannot use, with paths from the column's options. */
  configErrors?(config: ColumnConfig): ConfigFinding[];
  /** The check's result. */
  verdict(v: VerdictInput<K>): CheckResult;
}

/** ML Test Score item most data checks automate: "feature expectations are captured in a schema". */
export const SCHEMA_RUBRIC = ["data.1"];

/** Cell text in examples is cut to this many characters. */
const EXAMPLE_CHARS = 80;

/** An example, with long values cut. */
export function example(text: string, row: number, line: number, file: string): Example {
  return {
    row,
    line,
    file,
    value: text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text,
  };
}

/** A diagnostic at an example's line. */
export function diagnostic(
  code: string,
  severity: Severity,
  message: string,
  ex: { file: string; line: number },
): Diagnostic {
  const at = { line: ex.line - 1, column: 0 };
  return { code, severity, message, file: ex.file, range: { start: at, end: at } };
}

/** A check from a violation counter and a tolerance in percent of the rows. */
export function violationCheck(
  id: string,
  code: string,
  v: Violations,
  rows: number,
  tolerancePercent: number,
  severity: Severity,
  what: string,
  expected: string,
  describe: (e: Example) => string,
  rubric: readonly string[] = SCHEMA_RUBRIC,
): CheckResult {
  const percent = rows ? (100 * v.count) / rows : 0;
  const passed = v.count === 0 || percent <= tolerancePercent;
  return {
    id,
    status: passed ? "passed" : "failed",
    severity,
    message: passed ? `${what}: ${expected}` : `${what}: ${v.count} of ${rows} rows violate ${expected}`,
    observed: `${v.count} row${v.count === 1 ? "" : "s"} (${percent.toFixed(2)}%)`,
    expected: tolerancePercent ? `${expected}, up to ${tolerancePercent}% of rows` : expected,
    rubric: [...rubric],
    diagnostics: passed ? [] : v.examples.map((e) => diagnostic(code, severity, describe(e), e)),
  };
}

/** The message of an example: `row 12, age: "-3" is outside …`. */
export const say = (column: string, what: string) => (e: Example) =>
  `row ${e.row}, ${column}: "${e.value}" ${what}`;

/**
 * A sink that only counts violations: the common shape of type, range, allowed and regex. Its
 * state is the counter; subclasses say which cells violate.
 */
export abstract class ViolationSink implements CellSink<{ count: number; examples: Example[] }> {
  readonly bad = new Violations();
  /** The verdicts of the last dictionary's entries (1: violates). */
  private judged: { entries: DictionaryEntries; bad: Uint8Array; any: boolean } | undefined;
  /**
   * Whether a non-missing value violates the check, judged on the value alone: its text and the
   * number it reads as, `typed` when it came as a number (Parquet), whose text is String(n).
   */
  abstract violates(text: string, n: number | undefined, typed: boolean): boolean;
  abstract text(text: string, n: number | undefined, row: number, line: number, file: string): void;
  abstract number(v: number, row: number, file: string): void;
  abstract batch(col: BatchColumn, rowBase: number, file: string): void;
  /** Each distinct value judged once; then one pass over the codes finds the rows. */
  coded(page: CodedPage, rowBase: number, file: string): void {
    const { entries, codes } = page;
    if (this.judged?.entries !== entries) {
      const { kind, num, text } = entries;
      const bad = new Uint8Array(kind.length);
      let any = false;
      for (let c = 0; c < kind.length; c++) {
        const k = kind[c]!;
        if (k === MISSING_CELL) continue;
        bad[c] = this.violates(text[c]!, k === TEXT_CELL ? undefined : num[c], k === NUMBER_CELL) ? 1 : 0;
        any ||= bad[c] === 1;
      }
      this.judged = { entries, bad, any };
    }
    // No distinct value violates: no row does.
    if (!this.judged.any) return;
    const bad = this.judged.bad;
    for (let k = page.from; k < page.to; k++) {
      const c = codes[k]!;
      if (c >= 0 && bad[c] === 1) this.bad.add(example(entries.text[c]!, rowBase + k, rowBase + k, file));
    }
  }
  exportState(): { count: number; examples: Example[] } {
    return { count: this.bad.count, examples: this.bad.examples };
  }
  mergeState(s: { count: number; examples: Example[] }, rowOffset: number, lineOffset: number): void {
    this.bad.merge(s, rowOffset, lineOffset);
  }
}

/**
 * The verdict of a check that counts violating cells (type, range, allowed, regex): failed when
 * more than the column's `max_percent` of its rows violate it, with the first examples.
 */
export function columnViolations(
  v: VerdictInput<ViolationSink>,
  code: string,
  what: string,
  expected: string,
  violates: string,
): CheckResult {
  const check = code.slice("data/".length);
  return violationCheck(
    `${v.id}/${check}`,
    code,
    v.sink.bad,
    v.profile.rows,
    v.config.max_percent ?? 0,
    v.severity,
    `${v.column} ${what}`,
    expected,
    say(v.column, violates),
  );
}
