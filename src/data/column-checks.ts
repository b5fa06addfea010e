/**
 * One streaming pass per column: every configured expectation becomes an accumulator fed each
 * cell once (counts, min/max, violations with the first examples), so a file is read once
 * whatever the number of checks, in memory bounded by the columns (and the distinct values of
 * `unique` columns).
 */

import { type Example, Violations } from "../checks/violations.js";
import { ByteDictionary, bytesNumber, type CsvBatch } from "../readers/csv-bytes.js";
import { UniqueTracker } from "../readers/hash-set.js";
import {
  hasType,
  isDateBytes,
  isIntegerBytes,
  isMissing,
  isMissingBytes,
  parquetText,
  toNumber,
  type ValueType,
} from "../readers/values.js";
import type { Severity } from "../report/types.js";
import { compileByteRegex } from "./byte-regex.js";
import { KeyedSample } from "./keyed-sample.js";

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
}

/** Numeric values kept per column for `outliers`: counts are exact up to this many values, estimated above. */
export const OUTLIER_SAMPLE = 100_000;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Cell text longer than this is truncated in examples and not tested against regexes (no ReDoS on huge cells). */
const MAX_CELL = 10_000;

/** Distinct values the byte path remembers verdicts for, per `allowed` column (then strings). */
const MAX_ALLOWED_CODES = 4096;

/** An example, with long values cut. */
function example(text: string, row: number, line: number, file: string): Example {
  return { row, line, file, value: text.length > 80 ? `${text.slice(0, 79)}…` : text };
}

/** What a part of a file measured for one column, sent between threads. */
export interface AccumulatorState {
  rows: number;
  missing: number;
  numeric: number;
  sum: number;
  sumSq: number;
  min: number | undefined;
  max: number | undefined;
  newest: number | undefined;
  violations: Record<
    "type" | "range" | "allowed" | "regex" | "missingRows",
    { count: number; examples: Example[] }
  >;
  unique?: { pairs: Uint32Array; suspects: string[] };
  /** The `outliers` sample (rows and lines from the part's start). */
  sample: { prio: number[]; items: { value: number; example: Example }[] };
}

/** Everything measured about one column. */
export class ColumnAccumulator {
  rows = 0;
  missing = 0;
  numeric = 0;
  sum = 0;
  min: number | undefined;
  max: number | undefined;
  /** Newest timestamp seen (ms since the epoch), for `freshness`. */
  newest: number | undefined;
  /** Sum of squares of the numeric values, for the standard deviation. */
  sumSq = 0;
  /**
   * A seeded sample of numeric values with where they were, for `outliers` (exact below its
   * size), keyed by where each row starts: the same however the file is split between threads.
   */
  private readonly kept = new KeyedSample<{ value: number; example: Example }>(OUTLIER_SAMPLE, 2463534242);
  private keptValues: { value: number; example: Example }[] | undefined;
  readonly type = new Violations();
  readonly range = new Violations();
  readonly allowed = new Violations();
  readonly regex = new Violations();
  readonly duplicates = new Violations();
  /** Rows with a missing value, kept only when `missing` is checked. */
  readonly missingRows = new Violations();
  /** Duplicate detection for `unique` (hashes first, strings only to verify). */
  readonly unique: UniqueTracker | undefined;
  private readonly allowedSet: Set<string> | undefined;
  private readonly pattern: RegExp | undefined;
  private readonly bytePattern: ((b: Uint8Array, s: number, e: number) => boolean) | undefined;

  constructor(readonly config: ColumnConfig) {
    if (config.unique) this.unique = new UniqueTracker();
    if (config.allowed) {
      this.allowedSet = new Set(config.allowed.map((v) => String(v)));
      // Missing markers are never judged by the dictionary (they return earlier), so the
      // dictionary's own missing code is never used.
      this.allowedCodes = new ByteDictionary("\u0000missing");
    }
    if (config.regex !== undefined) {
      this.pattern = new RegExp(config.regex, "u");
      this.bytePattern = compileByteRegex(config.regex);
    }
  }

  /** Feed one cell (arguments, not an object: this runs for every cell of every row). */
  add(text: string, row: number, line: number, file: string, key = row): void {
    this.rows++;
    if (isMissing(text)) {
      this.missing++;
      if (this.config.missing) this.missingRows.add({ row, line, file, value: text });
      return;
    }
    const c = this.config;
    if (c.type && !hasType(text, c.type)) this.type.add(example(text, row, line, file));
    if (c.freshness) this.noteTimestamp(text);
    const n = toNumber(text);
    if (n !== undefined) {
      this.numeric++;
      this.sum += n;
      this.sumSq += n * n;
      if (c.outliers) this.keep(n, row, line, file, text, key);
      if (this.min === undefined || n < this.min) this.min = n;
      if (this.max === undefined || n > this.max) this.max = n;
      if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max))
        this.range.add(example(text, row, line, file));
    }
    if (this.allowedSet && !this.isAllowed(text, n)) this.allowed.add(example(text, row, line, file));
    if (this.pattern && (text.length > MAX_CELL || !this.pattern.test(text)))
      this.regex.add(example(text, row, line, file));
    this.unique?.add(text);
  }

  /**
   * Feed column `at` of rows [from, batch.rows) of a CSV batch (row r is row rowBase + r): the
   * measures of add(), in one loop per column and batch that reads the bytes, keeps its counters
   * in locals and makes a cell's string only when a check needs it (examples, the RegExp
   * fallback, non-ASCII values). Cells with text that is not a byte range go through add().
   */
  addColumn(batch: CsvBatch, at: number, from: number, rowBase: number, file: string): void {
    const c = this.config;
    const b = batch.buf;
    const fieldOf = batch.fieldOf;
    const starts = batch.start;
    const ends = batch.end;
    const specials = batch.specials > 0;
    const keepMissing = c.missing !== undefined;
    const type = c.type;
    const typeCode =
      type === undefined || type === "string"
        ? 0
        : type === "integer"
          ? 1
          : type === "date"
            ? 2
            : type === "number"
              ? 3
              : 4;
    const lo = c.min ?? Number.NEGATIVE_INFINITY;
    const hi = c.max ?? Number.POSITIVE_INFINITY;
    const fresh = c.freshness !== undefined;
    const outliers = c.outliers !== undefined;
    const allowedSet = this.allowedSet;
    const codes = this.allowedCodes;
    const verdicts = this.allowedVerdicts;
    const pattern = this.pattern;
    const bytePattern = batch.ascii ? this.bytePattern : undefined;
    const unique = this.unique;
    let rows = this.rows;
    let missing = this.missing;
    let numeric = this.numeric;
    let sum = this.sum;
    let sumSq = this.sumSq;
    let min = this.min ?? Number.POSITIVE_INFINITY;
    let max = this.max ?? Number.NEGATIVE_INFINITY;
    for (let r = from; r < batch.rows; r++) {
      const f = fieldOf[r]! + at;
      if (f >= fieldOf[r + 1]! || (specials && batch.isSpecial(f))) {
        // A short row or a quoted field with escapes: the string path, counters handed over.
        this.store(rows, missing, numeric, sum, sumSq, min, max);
        this.add(
          f >= fieldOf[r + 1]! ? "" : batch.text(f),
          rowBase + r,
          batch.line[r]!,
          file,
          batch.rowOffset(r),
        );
        rows = this.rows;
        missing = this.missing;
        numeric = this.numeric;
        sum = this.sum;
        sumSq = this.sumSq;
        min = this.min ?? Number.POSITIVE_INFINITY;
        max = this.max ?? Number.NEGATIVE_INFINITY;
        continue;
      }
      const s = starts[f]!;
      const e = ends[f]!;
      rows++;
      if (isMissingBytes(b, s, e)) {
        missing++;
        if (keepMissing)
          this.missingRows.add({ row: rowBase + r, line: batch.line[r]!, file, value: batch.slice(s, e) });
        continue;
      }
      const parsed = bytesNumber(b, s, e);
      const isNumber = parsed !== undefined;
      const v = parsed ?? 0;
      if (typeCode !== 0) {
        const ok =
          typeCode === 1
            ? isIntegerBytes(b, s, e)
            : typeCode === 2
              ? isDateBytes(b, s, e)
              : typeCode === 3
                ? isNumber
                : hasType(batch.slice(s, e), type!);
        if (!ok) this.type.add(example(batch.slice(s, e), rowBase + r, batch.line[r]!, file));
      }
      if (fresh) this.noteTimestamp(batch.slice(s, e));
      if (isNumber) {
        numeric++;
        sum += v;
        sumSq += v * v;
        if (outliers) {
          // The cell's text is made only for a value the sample keeps.
          const p = this.kept.priority(batch.rowOffset(r));
          if (this.kept.accepts(p))
            this.putKept(p, v, example(batch.slice(s, e), rowBase + r, batch.line[r]!, file));
        }
        if (v < min) min = v;
        if (v > max) max = v;
        if (v < lo || v > hi) this.range.add(example(batch.slice(s, e), rowBase + r, batch.line[r]!, file));
      }
      if (allowedSet !== undefined) {
        // Allowed values are looked up by the cell's bytes; each distinct value is judged once.
        let ok: boolean;
        if (codes !== undefined && codes.values.length < MAX_ALLOWED_CODES) {
          const code = codes.codeOfBytes(b, s, e);
          let verdict = verdicts[code];
          if (verdict === undefined) {
            const t = codes.values[code]!;
            verdict = this.isAllowed(t, toNumber(t));
            verdicts[code] = verdict;
          }
          ok = verdict;
        } else ok = this.isAllowed(batch.slice(s, e), parsed);
        if (!ok) this.allowed.add(example(batch.slice(s, e), rowBase + r, batch.line[r]!, file));
      }
      if (pattern !== undefined) {
        // ASCII cells of a simple pattern are matched on the bytes: no string per cell.
        const ok =
          e - s <= MAX_CELL &&
          (bytePattern !== undefined ? bytePattern(b, s, e) : pattern.test(batch.slice(s, e)));
        if (!ok) this.regex.add(example(batch.slice(s, e), rowBase + r, batch.line[r]!, file));
      }
      if (unique !== undefined && !unique.addAscii(b, s, e)) unique.add(batch.slice(s, e));
    }
    this.store(rows, missing, numeric, sum, sumSq, min, max);
  }

  /** Counters kept in locals by addColumn, back into the fields (min/max: infinities when none). */
  private store(
    rows: number,
    missing: number,
    numeric: number,
    sum: number,
    sumSq: number,
    min: number,
    max: number,
  ): void {
    this.rows = rows;
    this.missing = missing;
    this.numeric = numeric;
    this.sum = sum;
    this.sumSq = sumSq;
    this.min = numeric ? min : undefined;
    this.max = numeric ? max : undefined;
  }

  /**
   * Feed decoded values (a Parquet column chunk), entries [from, to): value k is row and line
   * rowBase + k. Finite numbers are measured as numbers, with no text made unless a check needs
   * it; everything else goes through add() as the text a reader would show (null is missing,
   * NaN reads as "NaN", which is missing too).
   */
  addValues(data: ArrayLike<unknown>, from: number, to: number, rowBase: number, file: string): void {
    const c = this.config;
    const type = c.type;
    const typed = type === "integer" || type === "number" || type === undefined || type === "string";
    const lo = c.min ?? Number.NEGATIVE_INFINITY;
    const hi = c.max ?? Number.POSITIVE_INFINITY;
    const needsText =
      this.allowedSet !== undefined || this.pattern !== undefined || this.unique !== undefined;
    for (let k = from; k < to; k++) {
      const raw = data[k];
      const row = rowBase + k;
      // INT64 columns decode as bigint: within 2^53 the number has the same digits.
      const v =
        typeof raw === "bigint" && raw <= MAX_SAFE && raw >= -MAX_SAFE ? Number(raw) : (raw as number);
      if (typeof v !== "number" || !Number.isFinite(v) || !typed || c.freshness !== undefined) {
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
      // String(v) is an integer's digits below 1e21, exponent notation from there.
      if (type === "integer" && !(Number.isInteger(v) && Math.abs(v) < 1e21))
        this.type.add(example(String(v), row, row, file));
      if (c.outliers) this.keep(v, row, row, file, String(v), row);
      if (v < lo || v > hi) this.range.add(example(String(v), row, row, file));
      if (needsText) {
        const text = String(v);
        if (this.allowedSet && !this.isAllowed(text, v)) this.allowed.add(example(text, row, row, file));
        if (this.pattern && !this.pattern.test(text)) this.regex.add(example(text, row, row, file));
        this.unique?.add(text);
      }
    }
  }

  /** Whether a cell is one of the `allowed` values: as written, or as the number it reads as. */
  private isAllowed(text: string, n: number | undefined): boolean {
    return this.allowedSet!.has(text) || (n !== undefined && this.allowedSet!.has(String(n)));
  }

  /** Keep the newest timestamp, for `freshness`. */
  private noteTimestamp(text: string): void {
    if (!hasType(text, "timestamp")) return;
    const t = Date.parse(text.replace(" ", "T"));
    if (!Number.isNaN(t) && (this.newest === undefined || t > this.newest)) this.newest = t;
  }

  /** This accumulator's measures, for merging into the main thread's. */
  exportState(): AccumulatorState {
    const v = (x: Violations) => ({ count: x.count, examples: x.examples });
    return {
      rows: this.rows,
      missing: this.missing,
      numeric: this.numeric,
      sum: this.sum,
      sumSq: this.sumSq,
      min: this.min,
      max: this.max,
      newest: this.newest,
      violations: {
        type: v(this.type),
        range: v(this.range),
        allowed: v(this.allowed),
        regex: v(this.regex),
        missingRows: v(this.missingRows),
      },
      unique: this.unique?.exportState(),
      sample: this.kept.exportState(),
    };
  }

  /** Merge the measures of a later part of the file (parts are merged in file order). */
  mergeState(s: AccumulatorState, rowOffset: number, lineOffset: number): void {
    this.rows += s.rows;
    this.missing += s.missing;
    this.numeric += s.numeric;
    this.sum += s.sum;
    this.sumSq += s.sumSq;
    if (s.min !== undefined && (this.min === undefined || s.min < this.min)) this.min = s.min;
    if (s.max !== undefined && (this.max === undefined || s.max > this.max)) this.max = s.max;
    if (s.newest !== undefined && (this.newest === undefined || s.newest > this.newest))
      this.newest = s.newest;
    this.type.merge(s.violations.type, rowOffset, lineOffset);
    this.range.merge(s.violations.range, rowOffset, lineOffset);
    this.allowed.merge(s.violations.allowed, rowOffset, lineOffset);
    this.regex.merge(s.violations.regex, rowOffset, lineOffset);
    this.missingRows.merge(s.violations.missingRows, rowOffset, lineOffset);
    if (s.unique) this.unique?.mergeState(s.unique);
    this.kept.merge({
      prio: s.sample.prio,
      items: s.sample.items.map(({ value, example: e }) => ({
        value,
        example: { ...e, row: e.row + rowOffset, line: e.line + lineOffset },
      })),
    });
    this.keptValues = undefined;
  }

  /** Allowed-value verdicts per distinct cell (the byte path). */
  private readonly allowedCodes: ByteDictionary | undefined;
  private readonly allowedVerdicts: boolean[] = [];

  private keep(n: number, row: number, line: number, file: string, text: string, key: number): void {
    const p = this.kept.priority(key);
    if (this.kept.accepts(p)) this.putKept(p, n, example(text, row, line, file));
  }

  private putKept(p: number, value: number, ex: Example): void {
    this.kept.put(p, { value, example: ex });
    this.keptValues = undefined;
  }

  /** The values kept for `outliers`, with where they were (in a fixed order). */
  get sample(): { value: number; example: Example }[] {
    this.keptValues ??= this.kept.values();
    return this.keptValues;
  }

  /** Second pass for `unique`: the same cell again, when the first pass saw a hash twice. */
  verify(text: string, row: number, line: number, file: string): void {
    if (isMissing(text)) return;
    this.unique?.verify(text, { row, line, file });
  }

  /** Fill `duplicates` from the tracker once the passes are done. */
  finish(): void {
    if (!this.unique) return;
    for (const d of this.unique.duplicates) this.duplicates.add(example(d.value, d.row, d.line, d.file));
    this.duplicates.count = this.unique.duplicateCount;
  }

  /** Distinct non-missing values, when tracked. */
  get distinct(): number | undefined {
    return this.unique?.distinct;
  }
}
