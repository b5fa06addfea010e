/** `regex`: every non-missing value matches a regular expression. */
import { compileLinear, type LinearRegex, patternProblem } from "../../regex/linear-regex.js";
import { compileByteRegex } from "../byte-regex.js";
import {
  type BatchColumn,
  type ColumnCheck,
  columnViolations,
  example,
  MISSING_CELL,
  ViolationSink,
} from "./column-check.js";

/** Distinct values whose verdicts are remembered per column (categorical text repeats; then no memo). */
const MAX_MEMO = 4096;

class RegexSink extends ViolationSink {
  /** Verdicts of values seen through `text` (Parquet dictionaries hand the same strings again and again). */
  private readonly memo = new Map<string, boolean>();
  private readonly pattern: LinearRegex;
  private readonly bytePattern: ((b: Uint8Array, s: number, e: number) => boolean) | undefined;
  /**
   * Both engines are linear in the cell, so every cell is tested whatever its length. Throws on a
   * pattern that is invalid or that RE2 cannot run (config loading has refused those already).
   */
  constructor(source: string) {
    super();
    this.pattern = compileLinear(source);
    this.bytePattern = compileByteRegex(source);
  }
  violates(text: string): boolean {
    return !this.pattern.test(text);
  }
  text(text: string, _n: number | undefined, row: number, line: number, file: string): void {
    let ok = this.memo.get(text);
    if (ok === undefined) {
      ok = this.pattern.test(text);
      if (this.memo.size < MAX_MEMO) this.memo.set(text, ok);
    }
    if (!ok) this.bad.add(example(text, row, line, file));
  }
  number(v: number, row: number, file: string): void {
    const text = String(v);
    if (!this.pattern.test(text)) this.bad.add(example(text, row, row, file));
  }
  batch(col: BatchColumn, rowBase: number, file: string): void {
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    const pattern = this.pattern;
    // ASCII cells of a simple pattern are matched on the bytes: no string per cell.
    const bytePattern = batch.ascii ? this.bytePattern : undefined;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r]!, undefined, rowBase + r, batch.line[r]!, file);
        continue;
      }
      const cs = s[r]!;
      const ce = e[r]!;
      const ok = bytePattern !== undefined ? bytePattern(b, cs, ce) : pattern.test(batch.slice(cs, ce));
      if (!ok) this.bad.add(example(batch.slice(cs, ce), rowBase + r, batch.line[r]!, file));
    }
  }
}

/** The `regex` check. */
export const regexCheck: ColumnCheck<RegexSink> = {
  id: "regex",
  description: "Every non-missing value must match the regular expression.",
  options: {
    regex: {
      type: "string",
      description:
        "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround).",
    },
  },
  configured: (c) => c.regex !== undefined,
  create: (c) => new RegexSink(c.regex!),
  // Refused at load, at its line: a pattern RE2 cannot run never falls back to a backtracking engine.
  configErrors: (c) => {
    const problem = c.regex === undefined ? undefined : patternProblem(c.regex);
    if (problem === undefined) return [];
    const { unsupported, message } = problem;
    return [
      {
        severity: "error",
        code: unsupported ? "config/unsupported-regex" : "config/invalid-regex",
        message: unsupported ? `regex ${message}` : `regex is not a valid regular expression: ${message}`,
        path: ["regex"],
        hint: unsupported
          ? "mlgate matches data regexes with RE2, in time linear in the cell: write the pattern without backreferences or lookaround."
          : "Fix the pattern's syntax (JavaScript regular expressions with the u flag).",
      },
    ];
  },
  verdict: (v) =>
    columnViolations(
      v,
      "data/regex",
      "format",
      `a match for \`${v.config.regex}\``,
      `does not match /${v.config.regex}/`,
    ),
};
