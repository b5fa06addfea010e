/**
 * The column kernel: one pass per column that measures its profile (rows, missing, numbers, sum,
 * min, max, a histogram of its numbers, counts of its text values when it is a category) and
 * hands each cell, once, to the accumulators of the checks its options ask for.
 * On the CSV byte path it decodes a batch column once (missing or not, the number) into reused
 * arrays; each check then runs its own tight loop over that decoded column.
 */

import { bytesNumber, type CsvBatch } from "../readers/csv-bytes.js";
import type { MakeSpillDir } from "../readers/hash-set.js";
import { isMissing, isMissingBytes, parquetText, toNumber } from "../readers/values.js";
import {
  BatchColumn,
  type CellSink,
  type ColumnCheck,
  type ColumnConfig,
  type ColumnProfile,
  type DictionaryEntries,
  MISSING_CELL,
  NUMBER_CELL,
  NUMERIC_TEXT_CELL,
  TEXT_CELL,
} from "./checks/column-check.js";
import { COLUMN_CHECKS } from "./checks/index.js";
import { TopValues, type TopValuesState } from "./top-values.js";
import { type HistogramState, ValueHistogram } from "./value-histogram.js";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** What a part of a file measured for one column, sent between threads. */
export interface KernelState {
  profile: ColumnProfile;
  histogram: HistogramState;
  top: TopValuesState;
  sinks: unknown[];
}

/** Everything measured about one column. */
export class ColumnKernel implements ColumnProfile {
  rows = 0;
  missing = 0;
  numeric = 0;
  sum = 0;
  /** Sum of squares of the numeric values, for the standard deviation. */
  sumSq = 0;
  min: number | undefined;
  max: number | undefined;
  /** The numbers' distribution, for the report's profile. */
  readonly histogram = new ValueHistogram();
  /** The text values' counts, for the report's profile. */
  readonly top = new TopValues();
  /** The checks this column's options ask for, in report order, and their accumulators. */
  readonly checks: ColumnCheck[];
  readonly sinks: CellSink[];
  private readonly missingSinks: CellSink[];
  /** Some check needs numbers as text: typed input then goes through the text path. */
  private readonly textOnly: boolean;
  private readonly col = new BatchColumn();
  /** The checks that take dictionary-coded pages whole, and those fed row by row. */
  private readonly codedSinks: CellSink[];
  private readonly rowSinks: CellSink[];
  private dict: ArrayLike<unknown> | undefined;
  private entries: DictionaryEntries | undefined;
  /** Rows per dictionary entry of the page being measured (index 0: nulls). */
  private counts = new Int32Array(0);

  /** Throws when an option cannot be used (an invalid regex); `spillDir` is for checks that spill. */
  constructor(
    readonly config: ColumnConfig,
    registry: readonly ColumnCheck[] = COLUMN_CHECKS,
    spillDir?: MakeSpillDir,
  ) {
    this.checks = registry.filter((c) => c.configured(config));
    this.sinks = this.checks.map((c) => c.create(config, spillDir));
    this.missingSinks = this.sinks.filter((s) => s.missing !== undefined);
    this.textOnly = this.checks.some((c) => c.needsText?.(config));
    this.codedSinks = this.sinks.filter((s) => s.coded !== undefined);
    this.rowSinks = this.sinks.filter((s) => s.coded === undefined);
  }

  /** The accumulator of check `id`, when configured. */
  sinkOf<K extends CellSink>(id: string): K | undefined {
    const i = this.checks.findIndex((c) => c.id === id);
    return i === -1 ? undefined : (this.sinks[i] as K);
  }

  /** Feed one cell as text (`key` places the row for samples: its byte offset, or its number). */
  add(text: string, row: number, line: number, file: string, key = row): void {
    this.rows++;
    if (isMissing(text)) {
      this.missing++;
      for (const s of this.missingSinks) s.missing!(text, row, line, file);
      return;
    }
    const n = toNumber(text);
    if (n !== undefined) {
      this.numeric++;
      this.sum += n;
      this.sumSq += n * n;
      if (this.min === undefined || n < this.min) this.min = n;
      if (this.max === undefined || n > this.max) this.max = n;
      this.histogram.add(n);
    } else this.top.add(text);
    for (const s of this.sinks) s.text(text, n, row, line, file, key);
  }

  /**
   * Feed column `at` of rows [from, batch.rows) of a CSV batch (row r is row rowBase + r): the
   * cells are decoded once, the profile kept in locals, then each check loops over the result.
   */
  addColumn(batch: CsvBatch, at: number, from: number, rowBase: number, file: string): void {
    const col = this.col;
    col.ensure(batch.rows);
    col.batch = batch;
    col.from = from;
    col.to = batch.rows;
    col.anySpecial = false;
    const { kind, num, s: starts, e: ends, special } = col;
    const b = batch.buf;
    const fieldOf = batch.fieldOf;
    const bs = batch.start;
    const be = batch.end;
    const specials = batch.specials > 0;
    let missing = this.missing;
    let numeric = this.numeric;
    let sum = this.sum;
    let sumSq = this.sumSq;
    let min = this.min ?? Number.POSITIVE_INFINITY;
    let max = this.max ?? Number.NEGATIVE_INFINITY;
    for (let r = from; r < batch.rows; r++) {
      const f = fieldOf[r]! + at;
      let v: number | undefined;
      if (f >= fieldOf[r + 1]! || (specials && batch.isSpecial(f))) {
        // A short row or a quoted field with escapes: read as its text, as the text readers would.
        const text = f >= fieldOf[r + 1]! ? "" : batch.text(f);
        special[r] = 1;
        col.anySpecial = true;
        col.texts[r] = text;
        if (isMissing(text)) {
          kind[r] = MISSING_CELL;
          missing++;
          continue;
        }
        v = toNumber(text);
      } else {
        special[r] = 0;
        const s = bs[f]!;
        const e = be[f]!;
        starts[r] = s;
        ends[r] = e;
        if (isMissingBytes(b, s, e)) {
          kind[r] = MISSING_CELL;
          missing++;
          continue;
        }
        v = bytesNumber(b, s, e);
      }
      if (v === undefined) {
        kind[r] = TEXT_CELL;
        continue;
      }
      kind[r] = NUMBER_CELL;
      num[r] = v;
      numeric++;
      sum += v;
      sumSq += v * v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    this.rows += batch.rows - from;
    this.missing = missing;
    this.numeric = numeric;
    this.sum = sum;
    this.sumSq = sumSq;
    this.min = numeric ? min : undefined;
    this.max = numeric ? max : undefined;
    this.histogram.addBatch(kind, num, NUMBER_CELL, from, batch.rows);
    this.top.addBatch(col);
    for (const s of this.sinks) s.batch(col, rowBase, file);
  }

  /**
   * Feed decoded values (a Parquet column chunk), entries [from, to): value k is row and line
   * rowBase + k. Finite numbers are measured as numbers, with no text made unless a check needs
   * it; everything else goes through add() as the text a reader would show (null is missing,
   * NaN reads as "NaN", which is missing too).
   */
  addValues(data: ArrayLike<unknown>, from: number, to: number, rowBase: number, file: string): void {
    for (let k = from; k < to; k++) {
      const raw = data[k];
      const row = rowBase + k;
      // INT64 columns decode as bigint: within 2^53 the number has the same digits.
      const v =
        typeof raw === "bigint" && raw <= MAX_SAFE && raw >= -MAX_SAFE ? Number(raw) : (raw as number);
      if (typeof v !== "number" || !Number.isFinite(v) || this.textOnly) {
        this.add(parquetText(raw), row, row, file);
        continue;
      }
      // String(v) of a finite number is always a plain decimal that reads back as v, so this is
      // what add(String(v)) measures.
      this.rows++;
      this.numeric++;
      this.sum += v;
      this.sumSq += v * v;
      if (this.min === undefined || v < this.min) this.min = v;
      if (this.max === undefined || v > this.max) this.max = v;
      this.histogram.add(v);
      for (const s of this.sinks) s.number(v, row, file);
    }
  }

  /**
   * Feed a dictionary-coded Parquet page, entries [from, to): row rowBase + k holds
   * `dict[codes[k]]` (-1 is missing). Each distinct value is read once (missing or not, its
   * number, its text) and the rows are counted per entry; the profile is measured from the
   * counts (sums too when every partial sum is an integer below 2^53, so exact in any order; else
   * in row order, as addValues adds). Checks with a `coded` path judge each distinct value once;
   * the others are fed row by row as addValues feeds them.
   */
  addCoded(
    dict: ArrayLike<unknown>,
    codes: Int32Array,
    from: number,
    to: number,
    rowBase: number,
    file: string,
  ): void {
    const entries = this.entriesOf(dict);
    const { kind, num } = entries;
    const size = kind.length;
    if (this.counts.length < size + 1) this.counts = new Int32Array(size + 1);
    const counts = this.counts;
    counts.fill(0, 0, size + 1);
    for (let k = from; k < to; k++) counts[codes[k]! + 1]!++;
    let missing = counts[0]!;
    let numeric = 0;
    let sum = 0;
    let sumSq = 0;
    let maxSq = 0;
    let integers = Number.isInteger(this.sum) && Number.isInteger(this.sumSq);
    let min = this.min ?? Number.POSITIVE_INFINITY;
    let max = this.max ?? Number.NEGATIVE_INFINITY;
    for (let c = 0; c < size; c++) {
      const m = counts[c + 1]!;
      if (m === 0) continue;
      const what = kind[c]!;
      if (what === MISSING_CELL) {
        missing += m;
        continue;
      }
      // The profile's distributions, from the counts: one entry, m rows.
      if (what === TEXT_CELL) {
        this.top.add(entries.text[c]!, m);
        continue;
      }
      const v = num[c]!;
      this.histogram.addCount(v, m);
      numeric += m;
      if (v < min) min = v;
      if (v > max) max = v;
      if (!Number.isInteger(v)) integers = false;
      sum += v * m;
      sumSq += v * v * m;
      if (v * v > maxSq) maxSq = v * v;
    }
    const rows = to - from;
    // |v| <= v² for integers: the bound on the squares bounds the plain sum too.
    if (integers && Math.abs(this.sum) + maxSq * rows < 2 ** 53 && this.sumSq + maxSq * rows < 2 ** 53) {
      this.sum += sum;
      this.sumSq += sumSq;
    } else this.sumInRowOrder(entries, codes, from, to);
    const present = rows - missing;
    this.rows += rows;
    this.missing += missing;
    this.numeric += numeric;
    this.min = this.numeric ? min : undefined;
    this.max = this.numeric ? max : undefined;
    if (missing > 0 && this.missingSinks.length) this.codedMissing(entries, codes, from, to, rowBase, file);
    if (this.rowSinks.length) this.codedRows(entries, codes, from, to, rowBase, file);
    const page = { entries, codes, from, to, present };
    for (const s of this.codedSinks) s.coded!(page, rowBase, file);
  }

  private sumInRowOrder(entries: DictionaryEntries, codes: Int32Array, from: number, to: number): void {
    const { kind, num } = entries;
    let sum = this.sum;
    let sumSq = this.sumSq;
    for (let k = from; k < to; k++) {
      const c = codes[k]!;
      if (c < 0 || kind[c] === MISSING_CELL || kind[c] === TEXT_CELL) continue;
      const v = num[c]!;
      sum += v;
      sumSq += v * v;
    }
    this.sum = sum;
    this.sumSq = sumSq;
  }

  /** A coded page's missing rows, to the checks that count them. */
  private codedMissing(
    e: DictionaryEntries,
    codes: Int32Array,
    from: number,
    to: number,
    rowBase: number,
    file: string,
  ) {
    for (let k = from; k < to; k++) {
      const c = codes[k]!;
      if (c >= 0 && e.kind[c] !== MISSING_CELL) continue;
      const t = c < 0 ? "" : e.text[c]!;
      for (const s of this.missingSinks) s.missing!(t, rowBase + k, rowBase + k, file);
    }
  }

  /** A coded page's present rows, one by one, to the checks without a coded path. */
  private codedRows(
    e: DictionaryEntries,
    codes: Int32Array,
    from: number,
    to: number,
    rowBase: number,
    file: string,
  ) {
    const { kind, num, text } = e;
    for (let k = from; k < to; k++) {
      const c = codes[k]!;
      const what = c < 0 ? MISSING_CELL : kind[c]!;
      if (what === MISSING_CELL) continue;
      const row = rowBase + k;
      if (what === NUMBER_CELL) for (const s of this.rowSinks) s.number(num[c]!, row, file);
      else
        for (const s of this.rowSinks)
          s.text(text[c]!, what === TEXT_CELL ? undefined : num[c], row, row, file, row);
    }
  }

  /** The last dictionary's entries as cells (a column chunk's pages share one dictionary). */
  private entriesOf(dict: ArrayLike<unknown>): DictionaryEntries {
    if (this.dict === dict && this.entries) return this.entries;
    const size = dict.length;
    const entries: DictionaryEntries = {
      kind: new Uint8Array(size),
      num: new Float64Array(size),
      text: new Array<string>(size),
    };
    for (let c = 0; c < size; c++) {
      const raw = dict[c];
      // As addValues reads a value: finite numbers (and big integers within 2^53) as numbers.
      const v = typeof raw === "bigint" && raw <= MAX_SAFE && raw >= -MAX_SAFE ? Number(raw) : raw;
      if (typeof v === "number" && Number.isFinite(v) && !this.textOnly) {
        entries.kind[c] = NUMBER_CELL;
        entries.num[c] = v;
        entries.text[c] = String(v);
        continue;
      }
      const t = parquetText(raw);
      entries.text[c] = t;
      const n = isMissing(t) ? undefined : toNumber(t);
      entries.kind[c] = isMissing(t) ? MISSING_CELL : n === undefined ? TEXT_CELL : NUMERIC_TEXT_CELL;
      entries.num[c] = n ?? 0;
    }
    this.dict = dict;
    this.entries = entries;
    return entries;
  }

  /** This column's measures, for merging into the main thread's. */
  exportState(): KernelState {
    const { rows, missing, numeric, sum, sumSq, min, max } = this;
    return {
      profile: { rows, missing, numeric, sum, sumSq, min, max },
      histogram: this.histogram.exportState(),
      top: this.top.exportState(),
      sinks: this.sinks.map((s) => s.exportState()),
    };
  }

  /** Merge the measures of a later part of the file (parts are merged in file order). */
  mergeState(state: KernelState, rowOffset: number, lineOffset: number): void {
    const p = state.profile;
    this.rows += p.rows;
    this.missing += p.missing;
    this.numeric += p.numeric;
    this.sum += p.sum;
    this.sumSq += p.sumSq;
    if (p.min !== undefined && (this.min === undefined || p.min < this.min)) this.min = p.min;
    if (p.max !== undefined && (this.max === undefined || p.max > this.max)) this.max = p.max;
    this.histogram.mergeState(state.histogram);
    this.top.mergeState(state.top);
    this.sinks.forEach((s, i) => {
      s.mergeState(state.sinks[i], rowOffset, lineOffset);
    });
  }

  /** Once every part is in: each check's last step (duplicates from the second pass, …). */
  finish(): void {
    this.checks.forEach((c, i) => {
      c.finish?.(this.sinks[i]!);
    });
  }
}
