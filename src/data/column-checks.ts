/**
 * One streaming pass per column: every configured expectation becomes an accumulator fed each
 * cell once (counts, min/max, violations with the first examples), so a file is read once
 * whatever the number of checks, in memory bounded by the columns (and the distinct values of
 * `unique` columns).
 */
import type { Severity } from "../report/types.js";
import { compileByteRegex } from "./byte-regex.js";
import { ByteDictionary, type CsvBatch, parseNumber } from "./csv-bytes.js";
import { hash64Ascii, UniqueTracker } from "./hash-set.js";
import {
  hasType,
  isDateBytes,
  isDecimalBytes,
  isIntegerBytes,
  isMissing,
  isMissingBytes,
  toNumber,
  type ValueType,
} from "./values.js";

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

/** Up to this many example rows are kept per check. */
export const EXAMPLES = 5;
/** Cell text longer than this is truncated in examples and not tested against regexes (no ReDoS on huge cells). */
const MAX_CELL = 10_000;

/** Distinct values the byte path remembers verdicts for, per `allowed` column (then strings). */
const MAX_ALLOWED_CODES = 4096;

/** A violation example: where and what. */
export interface Example {
  row: number;
  line: number;
  file: string;
  value: string;
}

/** An example, with long values cut. */
function example(text: string, row: number, line: number, file: string): Example {
  return { row, line, file, value: text.length > 80 ? `${text.slice(0, 79)}…` : text };
}

/** A counter of violations with its first examples. */
export class Violations {
  count = 0;
  readonly examples: Example[] = [];
  add(example: Example): void {
    this.count++;
    if (this.examples.length < EXAMPLES) this.examples.push(example);
  }

  /** Append a later part's violations; its rows and lines were counted from the part's start. */
  merge(other: { count: number; examples: Example[] }, rowOffset: number, lineOffset: number): void {
    for (const e of other.examples)
      if (this.examples.length < EXAMPLES)
        this.examples.push({ ...e, row: e.row + rowOffset, line: e.line + lineOffset });
    this.count += other.count;
  }
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
  /** A seeded sample of numeric values with where they were, for `outliers` (exact below its size). */
  readonly sample: { value: number; example: Example }[] = [];
  private sampleState = 2463534242;
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
  add(text: string, row: number, line: number, file: string): void {
    this.rows++;
    if (isMissing(text)) {
      this.missing++;
      if (this.config.missing) this.missingRows.add({ row, line, file, value: text });
      return;
    }
    const c = this.config;
    if (c.type && !hasType(text, c.type)) this.type.add(example(text, row, line, file));
    if (c.freshness && hasType(text, "timestamp")) {
      const t = Date.parse(text.replace(" ", "T"));
      if (!Number.isNaN(t) && (this.newest === undefined || t > this.newest)) this.newest = t;
    }
    const n = toNumber(text);
    if (n !== undefined) {
      this.numeric++;
      this.sum += n;
      this.sumSq += n * n;
      if (c.outliers) this.keep(n, row, line, file, text);
      if (this.min === undefined || n < this.min) this.min = n;
      if (this.max === undefined || n > this.max) this.max = n;
      if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max))
        this.range.add(example(text, row, line, file));
    }
    if (
      this.allowedSet &&
      !this.allowedSet.has(text) &&
      !(n !== undefined && this.allowedSet.has(String(n)))
    ) {
      this.allowed.add(example(text, row, line, file));
    }
    if (this.pattern && (text.length > MAX_CELL || !this.pattern.test(text)))
      this.regex.add(example(text, row, line, file));
    this.unique?.add(text);
  }

  /**
   * Feed field `f` of a CSV batch: the same measures as add(), reading the bytes where it can and
   * making the cell's string only when a check needs it (regex, allowed values, examples).
   */
  addField(batch: CsvBatch, f: number, row: number, line: number, file: string): void {
    if (batch.special.size && batch.special.has(f)) {
      this.add(batch.text(f), row, line, file);
      return;
    }
    const b = batch.buf;
    const s = batch.start[f]!;
    const e = batch.end[f]!;
    this.rows++;
    let text: string | undefined;
    const str = (): string => {
      text ??= batch.slice(s, e);
      return text;
    };
    if (isMissingBytes(b, s, e)) {
      this.missing++;
      if (this.config.missing) this.missingRows.add({ row, line, file, value: str() });
      return;
    }
    const c = this.config;
    let n: number | undefined;
    if (isDecimalBytes(b, s, e)) {
      const v = parseNumber(b, s, e);
      n = Number.isNaN(v) ? toNumber(str()) : v;
    }
    if (c.type) {
      const ok =
        c.type === "integer"
          ? isIntegerBytes(b, s, e)
          : c.type === "date"
            ? isDateBytes(b, s, e)
            : c.type === "number"
              ? n !== undefined
              : hasType(str(), c.type);
      if (!ok) this.type.add(example(str(), row, line, file));
    }
    if (c.freshness && hasType(str(), "timestamp")) {
      const t = Date.parse(str().replace(" ", "T"));
      if (!Number.isNaN(t) && (this.newest === undefined || t > this.newest)) this.newest = t;
    }
    if (n !== undefined) {
      this.numeric++;
      this.sum += n;
      this.sumSq += n * n;
      if (c.outliers) this.keep(n, row, line, file, str());
      if (this.min === undefined || n < this.min) this.min = n;
      if (this.max === undefined || n > this.max) this.max = n;
      if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max))
        this.range.add(example(str(), row, line, file));
    }
    if (this.allowedSet) {
      // Allowed values are looked up by the cell's bytes; each distinct value is judged once.
      let ok: boolean;
      if (this.allowedCodes && this.allowedCodes.values.length < MAX_ALLOWED_CODES) {
        const code = this.allowedCodes.codeOfField(batch, f);
        let verdict = this.allowedVerdicts[code];
        if (verdict === undefined) {
          const t = this.allowedCodes.values[code]!;
          const m = toNumber(t);
          verdict = this.allowedSet.has(t) || (m !== undefined && this.allowedSet.has(String(m)));
          this.allowedVerdicts[code] = verdict;
        }
        ok = verdict;
      } else ok = this.allowedSet.has(str()) || (n !== undefined && this.allowedSet.has(String(n)));
      if (!ok) this.allowed.add(example(str(), row, line, file));
    }
    if (this.pattern) {
      // ASCII cells of a simple pattern are matched on the bytes: no string per cell.
      const ok =
        e - s <= MAX_CELL &&
        (this.bytePattern && batch.ascii ? this.bytePattern(b, s, e) : this.pattern.test(str()));
      if (!ok) this.regex.add(example(str(), row, line, file));
    }
    if (this.unique) {
      const h = this.unique.standardHash ? hash64Ascii(b, s, e) : undefined;
      if (h) this.unique.addHash(h[0], h[1]);
      else this.unique.add(str());
    }
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
  }

  /** Allowed-value verdicts per distinct cell (the byte path). */
  private readonly allowedCodes: ByteDictionary | undefined;
  private readonly allowedVerdicts: boolean[] = [];

  /** Second pass for `unique` on the byte path. */
  verifyField(batch: CsvBatch, f: number, row: number, line: number, file: string): void {
    this.verify(batch.text(f), row, line, file);
  }

  private keep(n: number, row: number, line: number, file: string, text: string): void {
    // Reservoir sampling (Algorithm R) with xorshift32, so the same file gives the same sample.
    if (this.sample.length < OUTLIER_SAMPLE) {
      this.sample.push({ value: n, example: example(text, row, line, file) });
      return;
    }
    let x = this.sampleState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.sampleState = x >>> 0;
    const j = Math.floor((this.sampleState / 4294967296) * this.numeric);
    if (j < OUTLIER_SAMPLE) this.sample[j] = { value: n, example: example(text, row, line, file) };
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
