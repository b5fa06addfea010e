/** `type`: every non-missing value parses as the column's type. */
import { hasType, isDateBytes, isIntegerBytes, type ValueType } from "../../readers/values.js";
import {
  type BatchColumn,
  type ColumnCheck,
  columnViolations,
  example,
  MISSING_CELL,
  NUMBER_CELL,
  ViolationSink,
} from "./column-check.js";

/** How the byte loop tests a type: 0 never fails (string), 1 integer, 2 date, 3 number, 4 by its text. */
function typeCode(type: ValueType): number {
  return type === "string" ? 0 : type === "integer" ? 1 : type === "date" ? 2 : type === "number" ? 3 : 4;
}

class TypeSink extends ViolationSink {
  private readonly code: number;
  constructor(private readonly type: ValueType) {
    super();
    this.code = typeCode(type);
  }
  violates(text: string, n: number | undefined, typed: boolean): boolean {
    // String(v) is an integer's digits below 1e21, exponent notation from there.
    if (typed) return this.type === "integer" && !(Number.isInteger(n) && Math.abs(n!) < 1e21);
    return !hasType(text, this.type);
  }
  text(text: string, n: number | undefined, row: number, line: number, file: string): void {
    if (this.violates(text, n, false)) this.bad.add(example(text, row, line, file));
  }
  number(v: number, row: number, file: string): void {
    if (this.violates("", v, true)) this.bad.add(example(String(v), row, row, file));
  }
  batch(col: BatchColumn, rowBase: number, file: string): void {
    const code = this.code;
    if (code === 0) return;
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    for (let r = col.from; r < col.to; r++) {
      const k = kind[r];
      if (k === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r]!, undefined, rowBase + r, batch.line[r]!, file);
        continue;
      }
      const ok =
        code === 1
          ? isIntegerBytes(b, s[r]!, e[r]!)
          : code === 2
            ? isDateBytes(b, s[r]!, e[r]!)
            : code === 3
              ? k === NUMBER_CELL
              : hasType(batch.slice(s[r]!, e[r]!), this.type);
      if (!ok) this.bad.add(example(batch.slice(s[r]!, e[r]!), rowBase + r, batch.line[r]!, file));
    }
  }
}

/** The `type` check. */
export const typeCheck: ColumnCheck<TypeSink> = {
  id: "type",
  description: "Every non-missing value must parse as the column's type.",
  options: {
    type: {
      type: "string",
      enum: ["integer", "number", "string", "boolean", "date", "timestamp"],
      description: "Every non-missing value must parse as this type.",
    },
  },
  configured: (c) => c.type !== undefined,
  // Booleans, dates and timestamps are judged on their text.
  needsText: (c) =>
    c.type !== undefined && c.type !== "integer" && c.type !== "number" && c.type !== "string",
  create: (c) => new TypeSink(c.type!),
  verdict: (v) =>
    columnViolations(
      v,
      "data/type",
      "type",
      `values of type ${v.config.type}`,
      `is not of type ${v.config.type}`,
    ),
};
