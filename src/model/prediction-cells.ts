/**
 * One row's cells, whatever the file format: the byte path for CSV (no string per cell unless a
 * check needs the text), strings for JSON, JSON Lines and Parquet.
 */
import type { ByteDictionary, CsvBatch } from "../readers/csv-bytes.js";
import { cellNumber } from "../readers/values.js";
import type { IdColumn } from "./id-column.js";

/** The cells of the current row, by column index. */
export interface Cells {
  text(col: number): string;
  /** NaN when missing or not a number. */
  num(col: number): number;
  code(col: number, dict: ByteDictionary): number;
  /** 0 or 1 when the cell is exactly that one character, else -1 (then read the text). */
  bit(col: number): number;
  /** Append the cell to `ids`. */
  id(col: number, ids: IdColumn): void;
}

/** Rows a CSV file will hold, from the bytes per row of its first batch (a little over, never under much). */
export function estimateRows(batch: CsvBatch, fileSize: number): number {
  const last = batch.fieldOf[batch.rows]! - 1;
  const bytes = last >= 0 ? batch.end[last]! + 1 : 0;
  if (batch.rows < 100 || bytes <= 0) return 0;
  return Math.ceil((fileSize / bytes) * batch.rows * 1.02);
}

/** Cells of a row of a CSV batch; `at` moves it to another row without allocating. */
export class BatchCells implements Cells {
  batch!: CsvBatch;
  private base = 0;
  private width = 0;
  /** Point at row `r` of `batch`. */
  at(batch: CsvBatch, r: number): void {
    this.batch = batch;
    this.base = batch.fieldOf[r]!;
    this.width = batch.fieldOf[r + 1]! - this.base;
  }
  /** Cells in the row. */
  get count(): number {
    return this.width;
  }
  text(col: number): string {
    return col < this.width ? this.batch.text(this.base + col) : "";
  }
  num(col: number): number {
    return col < this.width ? this.batch.num(this.base + col) : Number.NaN;
  }
  code(col: number, dict: ByteDictionary): number {
    return col < this.width ? dict.codeOfField(this.batch, this.base + col) : dict.codeOfText("");
  }
  id(col: number, ids: IdColumn): void {
    const f = this.base + col;
    if (col >= this.width || this.batch.isSpecial(f)) ids.pushText(this.text(col));
    else ids.pushBytes(this.batch.buf, this.batch.start[f]!, this.batch.end[f]!);
  }
  bit(col: number): number {
    if (col >= this.width) return -1;
    const f = this.base + col;
    if (this.batch.end[f]! - this.batch.start[f]! !== 1 || this.batch.isSpecial(f)) return -1;
    const c = this.batch.buf[this.batch.start[f]!]!;
    return c === 48 ? 0 : c === 49 ? 1 : -1;
  }
}

/** Cells of a row of strings (JSON, JSON Lines, Parquet). */
export class StringCells implements Cells {
  fields: string[] = [];
  text(col: number): string {
    return this.fields[col] ?? "";
  }
  num(col: number): number {
    return cellNumber(this.fields[col] ?? "");
  }
  code(col: number, dict: ByteDictionary): number {
    return dict.codeOfText(this.fields[col] ?? "");
  }
  id(col: number, ids: IdColumn): void {
    ids.pushText(this.fields[col] ?? "");
  }
  bit(col: number): number {
    const t = this.fields[col];
    return t === "0" ? 0 : t === "1" ? 1 : -1;
  }
}
