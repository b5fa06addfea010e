/** `min` / `max`: numeric values inside bounds. */
import {
  type BatchColumn,
  type ColumnCheck,
  columnViolations,
  example,
  NUMBER_CELL,
  ViolationSink,
} from "./column-check.js";

class RangeSink extends ViolationSink {
  constructor(
    private readonly lo: number,
    private readonly hi: number,
  ) {
    super();
  }
  violates(_text: string, n: number | undefined): boolean {
    return n !== undefined && (n < this.lo || n > this.hi);
  }
  text(text: string, n: number | undefined, row: number, line: number, file: string): void {
    if (this.violates(text, n)) this.bad.add(example(text, row, line, file));
  }
  number(v: number, row: number, file: string): void {
    if (v < this.lo || v > this.hi) this.bad.add(example(String(v), row, row, file));
  }
  batch(col: BatchColumn, rowBase: number, file: string): void {
    const { kind, num, s, e, special, batch } = col;
    const lo = this.lo;
    const hi = this.hi;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      const v = num[r]!;
      if (!(v < lo || v > hi)) continue;
      const text = col.anySpecial && special[r] === 1 ? col.texts[r]! : batch.slice(s[r]!, e[r]!);
      this.bad.add(example(text, rowBase + r, batch.line[r]!, file));
    }
  }
}

/** `>= 0 and <= 120`. */
function bounds(min: number | undefined, max: number | undefined): string {
  return [min !== undefined && `>= ${min}`, max !== undefined && `<= ${max}`].filter(Boolean).join(" and ");
}

/** The range check (`min`, `max`). */
export const rangeCheck: ColumnCheck<RangeSink> = {
  id: "range",
  description: "Numeric values must lie within `min` and `max`.",
  options: {
    min: { type: "number", description: "Smallest allowed value." },
    max: { type: "number", description: "Largest allowed value." },
  },
  configured: (c) => c.min !== undefined || c.max !== undefined,
  create: (c) => new RangeSink(c.min ?? Number.NEGATIVE_INFINITY, c.max ?? Number.POSITIVE_INFINITY),
  verdict: (v) => {
    const expected = bounds(v.config.min, v.config.max);
    return columnViolations(v, "data/range", "range", `values ${expected}`, `is outside ${expected}`);
  },
};
