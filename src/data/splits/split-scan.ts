/**
 * One pass over one split's file (train or test): the 128-bit hash of each row's key (into spilled
 * partitions), each column's type (numbers, integers, text), and the values of the columns whose
 * categories are compared, by dictionary (no string per cell on the CSV byte path). A large CSV
 * file is read in byte ranges on threads (split-parallel.ts): each range scanned here
 * (scanSplitPart), the parts merged in file order (mergeSplitPart) to what one pass measures.
 */
import { makeTempDir } from "../../io/temp-space.js";
import type { Workspace } from "../../io/workspace.js";
import { ByteDictionary, bytesNumber, type CsvBatch, CsvByteScanner } from "../../readers/csv-bytes.js";
import { CsvError } from "../../readers/csv-parser.js";
import type { MakeSpillDir } from "../../readers/hash-set.js";
import { readCsvBatches } from "../../readers/read-csv-batches.js";
import { readerFor } from "../../readers/reader-for.js";
import { isIntegerBytes, isMissing, isMissingBytes, toNumber } from "../../readers/values.js";
import { HashPartitions, type PartitionState } from "./hash-partitions.js";
import { RowHash } from "./row-hash.js";

/** Distinct values a column's categories are kept for; past it the column is not compared. */
export const CATEGORY_CAP = 10_000;

/** A column's values by dictionary code: rows per code, and the first row and line of each. */
export class CategoryCounts {
  readonly dict = new ByteDictionary();
  counts: number[] = [];
  first: [number, number][] = [];
  /** More than CATEGORY_CAP distinct values came: no longer tracked. */
  overflow = false;

  /** Count code `c` (from the dictionary) at a row. */
  count(c: number, row: number, line: number): void {
    if (c === this.counts.length) {
      this.counts.push(0);
      this.first.push([row, line]);
      if (this.counts.length > CATEGORY_CAP) this.overflow = true;
    }
    this.counts[c]!++;
  }
}

/** What a split's scan measured. */
export interface SplitScan {
  file: string;
  header: string[];
  rows: number;
  /** Records: hash (4 words), row, line. */
  keys: HashPartitions;
  /** Per column: non-missing cells that are integers, other numbers, text. */
  integers: number[];
  numbers: number[];
  texts: number[];
  /** Per column: its categories while tracked (undefined: not tracked). */
  categories: (CategoryCounts | undefined)[];
  /** Per column: whether a number ends its tracking. */
  textOnly: boolean[];
  /** The key's columns, by position (once the header is placed). */
  keyAt?: number[];
}

/** What to measure: the key's columns (by position) and the columns whose categories to track. */
export interface SplitPlan {
  key: (header: string[]) => number[] | string;
  tracked: (header: string[]) => boolean[];
  /** Columns whose tracking stops at their first number (`auto` categories are text columns). */
  textOnly?: (header: string[]) => boolean[];
  spillDir?: MakeSpillDir;
  /**
   * A large CSV file read in byte ranges on threads: the scan of the parts and their merge, or
   * undefined when the file is read in one pass instead (split-parallel.ts).
   */
  parallel?: (file: string, start: (header: string[]) => SplitScan) => Promise<SplitScan | undefined>;
}

/** A scan with nothing read yet. */
function emptyScan(file: string, spillDir: MakeSpillDir | undefined): SplitScan {
  return {
    file,
    header: [],
    rows: 0,
    keys: new HashPartitions(6, [4, 5], spillDir),
    integers: [],
    numbers: [],
    texts: [],
    categories: [],
    textOnly: [],
  };
}

/** Set a scan up for a header: counts per column, and categories for the tracked ones. */
function placeScan(scan: SplitScan, header: string[], tracked: boolean[], textOnly: boolean[]): void {
  scan.header = header;
  scan.integers = header.map(() => 0);
  scan.numbers = header.map(() => 0);
  scan.texts = header.map(() => 0);
  scan.categories = tracked.map((t) => (t ? new CategoryCounts() : undefined));
  scan.textOnly = textOnly;
}

/** The error a plan's key gives (a missing column), as thrown to the runner. */
export class SplitPlanError extends Error {}

/** Read a split's file once. */
export async function scanSplit(
  workspace: Workspace,
  file: string,
  format: string | undefined,
  delimiter: string | undefined,
  plan: SplitPlan,
): Promise<SplitScan> {
  const scan = emptyScan(file, plan.spillDir);
  let key: number[] = [];
  const hash = new RowHash();
  const rec = new Uint32Array(6);
  const start = (header: string[]) => {
    const k = plan.key(header);
    if (typeof k === "string") throw new SplitPlanError(k);
    key = k;
    placeScan(scan, header, plan.tracked(header), plan.textOnly?.(header) ?? header.map(() => false));
    scan.keyAt = key;
    return scan;
  };
  const csv = /\.(csv|tsv)$/i.test(file) && (!format || format === "csv" || format === "tsv");
  const parts = csv ? await plan.parallel?.(file, start) : undefined;
  if (parts) return parts;
  if (csv) {
    let started = false;
    await readCsvBatches(
      workspace,
      file,
      (batch) => {
        let from = 0;
        if (!started) {
          start(batch.rowTexts(0));
          started = true;
          from = 1;
        }
        scanBatch(scan, batch, from, key, hash, rec);
      },
      delimiter,
    );
  } else {
    await readerFor(file, format)!(
      workspace,
      file,
      (row) => {
        if (row.index === 0) return start(row.fields);
        scanFields(scan, row.fields, row.index, row.line, key, hash, rec);
      },
      delimiter,
    );
  }
  return scan;
}

/** Rows [from, batch.rows) of a CSV batch. */
function scanBatch(
  scan: SplitScan,
  batch: CsvBatch,
  from: number,
  key: number[],
  hash: RowHash,
  rec: Uint32Array,
): void {
  const { buf, fieldOf, start, end } = batch;
  const width = scan.header.length;
  const { integers, numbers, texts, categories } = scan;
  for (let r = from; r < batch.rows; r++) {
    const f0 = fieldOf[r]!;
    const f1 = fieldOf[r + 1]!;
    const row = batch.firstIndex + r;
    const line = batch.line[r]!;
    hash.reset();
    for (const i of key) {
      const f = f0 + i;
      if (f >= f1) hash.text("");
      else if (batch.isSpecial(f)) hash.text(batch.text(f));
      else hash.bytes(buf, start[f]!, end[f]!);
    }
    hash.digest(rec, 0);
    rec[4] = row;
    rec[5] = line;
    scan.keys.add(rec);
    for (let i = 0; i < width; i++) {
      const f = f0 + i;
      if (f >= f1) continue;
      if (batch.isSpecial(f)) {
        textCell(scan, i, batch.text(f), row, line);
        continue;
      }
      const s = start[f]!;
      const e = end[f]!;
      if (isMissingBytes(buf, s, e)) continue;
      let number = true;
      if (isIntegerBytes(buf, s, e)) integers[i]!++;
      else if (bytesNumber(buf, s, e) !== undefined) numbers[i]!++;
      else {
        texts[i]!++;
        number = false;
      }
      const c = categories[i];
      if (!c || c.overflow) continue;
      if (number && scan.textOnly[i]) categories[i] = undefined;
      else c.count(c.dict.codeOfBytes(buf, s, e), row, line);
    }
  }
  scan.rows += batch.rows - from;
}

/** One cell given as text. */
function textCell(scan: SplitScan, i: number, text: string, row: number, line: number): void {
  if (isMissing(text)) return;
  const n = toNumber(text);
  if (n === undefined) scan.texts[i]!++;
  else if (/^[-+]?[0-9]+$/.test(text)) scan.integers[i]!++;
  else scan.numbers[i]!++;
  const c = scan.categories[i];
  if (!c || c.overflow) return;
  if (n !== undefined && scan.textOnly[i]) scan.categories[i] = undefined;
  else c.count(c.dict.codeOfText(text), row, line);
}

/** One row read as text (JSON, JSON Lines, Parquet, compressed text). */
function scanFields(
  scan: SplitScan,
  fields: string[],
  row: number,
  line: number,
  key: number[],
  hash: RowHash,
  rec: Uint32Array,
): void {
  hash.reset();
  for (const i of key) hash.text(fields[i] ?? "");
  hash.digest(rec, 0);
  rec[4] = row;
  rec[5] = line;
  scan.keys.add(rec);
  for (let i = 0; i < scan.header.length; i++) textCell(scan, i, fields[i] ?? "", row, line);
  scan.rows++;
}

/** What the columns verdict reads of a split (a file's scan, or a table's aggregates). */
export type SplitColumns = Pick<SplitScan, "file" | "header" | "integers" | "numbers" | "texts">;

/** A column's type as the splits compare it: numeric, text, or empty (every cell missing). */
export function columnKind(scan: SplitColumns, i: number): "integer" | "number" | "string" | "empty" {
  if (scan.texts[i]) return "string";
  if (scan.numbers[i]) return "number";
  if (scan.integers[i]) return "integer";
  return "empty";
}

/** What a part of a CSV file's scan needs (sent to a worker: plain data). */
export interface SplitPartJob {
  kind: "split";
  /** Absolute path of the file. */
  path: string;
  file: string;
  start: number;
  end: number;
  delimiter: string;
  header: string[];
  key: number[];
  tracked: boolean[];
  textOnly: boolean[];
  /** A folder of the run's temp space for this part's spilled hashes (the main thread removes it). */
  scratch?: string;
}

/** A column's categories as a part sends them: by text, with the rows per value and the first of each. */
interface PartCategories {
  values: string[];
  counts: number[];
  first: [number, number][];
  overflow: boolean;
}

/** What a part measured; rows and lines count from the part's start. */
export interface SplitPartResult {
  rows: number;
  /** Line breaks consumed (the next part starts that many lines later). */
  lines: number;
  keys: PartitionState;
  integers: number[];
  numbers: number[];
  texts: number[];
  categories: (PartCategories | undefined)[];
  error?: { message: string; line: number };
}

/** Scan bytes [start, end) of a split's CSV file (no header in it). */
export async function scanSplitPart(
  job: SplitPartJob,
  onBytes?: (bytes: number) => void,
): Promise<SplitPartResult> {
  const scratch = job.scratch;
  const scan = emptyScan(job.file, scratch === undefined ? undefined : () => makeTempDir(scratch, "splits-"));
  placeScan(scan, job.header, job.tracked, job.textOnly);
  const hash = new RowHash();
  const rec = new Uint32Array(6);
  const scanner = new CsvByteScanner((batch) => scanBatch(scan, batch, 0, job.key, hash, rec), job.delimiter);
  let error: SplitPartResult["error"];
  try {
    await scanner.scanFile(job.path, job.start, job.end, onBytes);
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    error = { message: err.message, line: err.line };
  }
  return {
    rows: scan.rows,
    lines: scanner.currentLine - 1,
    keys: scan.keys.exportState(),
    integers: scan.integers,
    numbers: scan.numbers,
    texts: scan.texts,
    categories: scan.categories.map((c) =>
      c
        ? {
            values: c.dict.values.slice(0, c.counts.length),
            counts: c.counts,
            first: c.first,
            overflow: c.overflow,
          }
        : undefined,
    ),
    ...(error ? { error } : {}),
  };
}

/**
 * Add a part, the next in file order, to the scan: its rows and lines shifted by the offsets. A
 * column a part stopped tracking (a number in a text-only column) is no longer tracked; one that
 * overflowed in a part, or does once merged, is overflowed, as in one pass.
 */
export function mergeSplitPart(
  scan: SplitScan,
  part: SplitPartResult,
  rowOffset: number,
  lineOffset: number,
): void {
  scan.rows += part.rows;
  scan.keys.mergeState(part.keys, [rowOffset, lineOffset]);
  for (let i = 0; i < scan.header.length; i++) {
    scan.integers[i]! += part.integers[i]!;
    scan.numbers[i]! += part.numbers[i]!;
    scan.texts[i]! += part.texts[i]!;
    const c = scan.categories[i];
    const p = part.categories[i];
    if (!c || c.overflow) continue;
    if (!p) {
      scan.categories[i] = undefined;
      continue;
    }
    if (p.overflow) c.overflow = true;
    p.values.forEach((v, k) => {
      if (c.overflow) return;
      const code = c.dict.codeOfText(v);
      if (code === c.counts.length) {
        c.counts.push(0);
        c.first.push([p.first[k]![0] + rowOffset, p.first[k]![1] + lineOffset]);
        if (c.counts.length > CATEGORY_CAP) c.overflow = true;
      }
      c.counts[code]! += p.counts[k]!;
    });
  }
}
