/** What a finding is made of: a severity, a place in a file, and the message a user acts on. */

/** How bad a finding is; the gate compares it with `gates.fail_on`. */
export type Severity = "error" | "warning";

/** A 0-based position inside a file (line and column count UTF-16 code units, like editors). */
export interface Position {
  line: number;
  column: number;
}

/** A 0-based half-open range inside a file. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * Something a user must fix. `code` is a stable id (`schema/required`, `yaml/duplicate-key`,
 * `env-leak`, `data/range`) that users grep for and suppress by.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** JSON path of the offending value inside the file, when the file is structured. */
  path?: (string | number)[];
  /** 0-based range; rendered 1-based. */
  range?: Range;
  /** What to do about it. */
  hint?: string;
}
