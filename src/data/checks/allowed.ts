/** `allowed`: the only values a column may hold (categories). */
import { ByteDictionary } from "../../readers/csv-bytes.js";
import { toNumber } from "../../readers/values.js";
import {
  type BatchColumn,
  type ColumnCheck,
  columnViolations,
  example,
  MISSING_CELL,
  NUMBER_CELL,
  ViolationSink,
} from "./column-check.js";

/** Distinct values the byte path remembers verdicts for, per column (then strings). */
const MAX_ALLOWED_CODES = 4096;

class AllowedSink extends ViolationSink {
  private readonly allowed: Set<string>;
  /** Verdicts per distinct cell (the byte path); missing markers never reach the dictionary. */
  private readonly codes = new ByteDictionary("\u0000missing");
  private readonly verdicts: boolean[] = [];
  constructor(values: (string | number | boolean)[]) {
    super();
    this.allowed = new Set(values.map((v) => String(v)));
  }
  /** Whether a cell is allowed: as written, or as the number it reads as. */
  private isAllowed(text: string, n: number | undefined): boolean {
    return this.allowed.has(text) || (n !== undefined && this.allowed.has(String(n)));
  }
  violates(text: string, n: number | undefined): boolean {
    return !this.isAllowed(text, n);
  }
  text(text: string, n: number | undefined, row: number, line: number, file: string): void {
    if (!this.isAllowed(text, n)) this.bad.add(example(text, row, line, file));
  }
  number(v: number, row: number, file: string): void {
    const text = String(v);
    if (!this.isAllowed(text, v)) this.bad.add(example(text, row, row, file));
  }
  batch(col: BatchColumn, rowBase: number, file: string): void {
    const { kind, num, s, e, special, batch } = col;
    const b = batch.buf;
    const codes = this.codes;
    const verdicts = this.verdicts;
    for (let r = col.from; r < col.to; r++) {
      const k = kind[r];
      if (k === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r]!, k === NUMBER_CELL ? num[r] : undefined, rowBase + r, batch.line[r]!, file);
        continue;
      }
      // Allowed values are looked up by the cell's bytes; each distinct value is judged once.
      let ok: boolean;
      if (codes.values.length < MAX_ALLOWED_CODES) {
        const code = codes.codeOfBytes(b, s[r]!, e[r]!);
        let verdict = verdicts[code];
        if (verdict === undefined) {
          const t = codes.values[code]!;
          verdict = this.isAllowed(t, toNumber(t));
          verdicts[code] = verdict;
        }
        ok = verdict;
      } else ok = this.isAllowed(batch.slice(s[r]!, e[r]!), k === NUMBER_CELL ? num[r] : undefined);
      if (!ok) this.bad.add(example(batch.slice(s[r]!, e[r]!), rowBase + r, batch.line[r]!, file));
    }
  }
}

/** The `allowed` check. */
export const allowedCheck: ColumnCheck<AllowedSink> = {
  id: "allowed",
  description: "Every non-missing value must be one of the listed values.",
  options: {
    allowed: {
      type: "array",
      description: "The only values allowed (categories).",
      items: { type: ["string", "number", "boolean"] },
    },
  },
  configured: (c) => c.allowed !== undefined,
  create: (c) => new AllowedSink(c.allowed!),
  verdict: (v) =>
    columnViolations(
      v,
      "data/allowed",
      "values",
      `one of ${v.config.allowed!.join(", ")}`,
      "is not an allowed value",
    ),
};
