/** `regex`: every non-missing value matches a regular expression. */
import { compileByteRegex } from "../byte-regex.js";
import {
  type BatchColumn,
  type ColumnCheck,
  columnViolations,
  example,
  MISSING_CELL,
  ViolationSink,
} from "./column-check.js";

/** Cell text longer than this is not tested against regexes (no ReDoS on huge cells). */
const MAX_CELL = 10_000;

class RegexSink extends ViolationSink {
  private readonly pattern: RegExp;
  private readonly bytePattern: ((b: Uint8Array, s: number, e: number) => boolean) | undefined;
  /** Throws a SyntaxError on an invalid pattern. */
  constructor(source: string) {
    super();
    this.pattern = new RegExp(source, "u");
    this.bytePattern = compileByteRegex(source);
  }
  text(text: string, _n: number | undefined, row: number, line: number, file: string): void {
    if (text.length > MAX_CELL || !this.pattern.test(text)) this.bad.add(example(text, row, line, file));
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
      const ok =
        ce - cs <= MAX_CELL &&
        (bytePattern !== undefined ? bytePattern(b, cs, ce) : pattern.test(batch.slice(cs, ce)));
      if (!ok) this.bad.add(example(batch.slice(cs, ce), rowBase + r, batch.line[r]!, file));
    }
  }
}

/** The `regex` check. */
export const regexCheck: ColumnCheck<RegexSink> = {
  id: "regex",
  description: "Every non-missing value must match the regular expression.",
  options: {
    regex: { type: "string", description: "Every non-missing value must match this regular expression." },
  },
  configured: (c) => c.regex !== undefined,
  create: (c) => new RegexSink(c.regex!),
  verdict: (v) =>
    columnViolations(
      v,
      "data/regex",
      "format",
      `a match for /${v.config.regex}/`,
      `does not match /${v.config.regex}/`,
    ),
};
