/**
 * `string_length: { min, max }`: every non-missing value, as written, must be between `min` and
 * `max` characters long (Unicode code points, as pandas' `str.len()`). Violations are counted
 * with examples, up to the column's `max_percent`.
 */
import { bounds } from "../../checks/options.js";
import type { Example } from "../../checks/violations.js";
import {
  type BatchColumn,
  type CodedPage,
  type ColumnCheck,
  columnViolations,
  example,
  MISSING_CELL,
  ViolationSink,
} from "./column-check.js";
import { describeBounds, NOT_FED, type StatBounds, statVerdict } from "./statistics.js";

/** Code points of a string (a surrogate pair is one character). */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

class StringLengthSink extends ViolationSink {
  /** Non-missing values measured (none while values exist: the engine fed nothing, see NOT_FED). */
  measured = 0;
  constructor(
    private readonly lo: number,
    private readonly hi: number,
  ) {
    super();
  }
  violates(text: string): boolean {
    const n = codePoints(text);
    return n < this.lo || n > this.hi;
  }
  text(text: string, _n: number | undefined, row: number, line: number, file: string): void {
    this.measured++;
    if (this.violates(text)) this.bad.add(example(text, row, line, file));
  }
  override coded(page: CodedPage, rowBase: number, file: string): void {
    this.measured += page.present;
    super.coded(page, rowBase, file);
  }
  number(v: number, row: number, file: string): void {
    this.text(String(v), undefined, row, row, file);
  }
  batch(col: BatchColumn, rowBase: number, file: string): void {
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    const { lo, hi } = this;
    let measured = 0;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] === MISSING_CELL) continue;
      measured++;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r]!, undefined, rowBase + r, batch.line[r]!, file);
        measured--; // text() counted it
        continue;
      }
      const end = e[r]!;
      // UTF-8: one code point per byte that is not a continuation byte (10xxxxxx).
      let n = 0;
      for (let i = s[r]!; i < end; i++) if ((b[i]! & 0xc0) !== 0x80) n++;
      if (n < lo || n > hi) this.bad.add(example(batch.slice(s[r]!, end), rowBase + r, batch.line[r]!, file));
    }
    this.measured += measured;
  }
  override exportState(): { count: number; examples: Example[]; measured?: number } {
    return { ...super.exportState(), measured: this.measured };
  }
  override mergeState(
    s: { count: number; examples: Example[]; measured?: number },
    rowOffset: number,
    lineOffset: number,
  ): void {
    super.mergeState(s, rowOffset, lineOffset);
    this.measured += s.measured ?? 0;
  }
}

/** The `string_length` check. */
export const stringLengthCheck: ColumnCheck<StringLengthSink> = {
  id: "string_length",
  description: "Every non-missing value must be between `min` and `max` characters long.",
  options: {
    string_length: bounds("Bounds on the length in characters of each non-missing value, as written."),
  },
  configured: (c) => c.string_length !== undefined,
  create: (c) => {
    const b = c.string_length as StatBounds;
    return new StringLengthSink(b.min ?? 0, b.max ?? Number.POSITIVE_INFINITY);
  },
  verdict: (v) => {
    const b = v.config.string_length as StatBounds;
    const expected = `lengths ${describeBounds(b)}`;
    if (v.sink.measured === 0 && v.profile.rows > v.profile.missing)
      return statVerdict({ ...v, config: {} }, "string_length", b, undefined, NOT_FED);
    return columnViolations(
      { ...v, severity: b.severity ?? v.severity },
      "data/string_length",
      "string length",
      expected,
      `has a length outside ${describeBounds(b)}`,
    );
  },
};
