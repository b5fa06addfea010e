/**
 * Read a predictions file (any format the data stage reads) into typed columns: labels, predicted
 * labels or values, scores, and the group columns slices and fairness measures need. Rows that
 * cannot be used (a missing label, a score that is not a number) are counted and left out, with up
 * to five examples, so one bad row never hides the rest.
 */

import { type Example, Violations } from "../checks/violations.js";
import type { MlgateConfig } from "../config/types.js";
import { filesFor } from "../io/files-for.js";
import type { ProgressSink } from "../io/progress.js";
import { SILENT } from "../io/progress.js";
import type { Workspace } from "../io/workspace.js";
import { ByteDictionary, type CsvBatch } from "../readers/csv-bytes.js";
import { CsvError } from "../readers/csv-parser.js";
import { readCsvBatches } from "../readers/read-csv-batches.js";
import { readerFor } from "../readers/reader-for.js";
import { cellNumber, isMissing } from "../readers/values.js";
import type { Severity } from "../report/types.js";
import type { BinaryColumns } from "./binary-metrics.js";
import { IdColumn } from "./id-column.js";
import type { MulticlassColumns } from "./multiclass-metrics.js";
import type { RegressionColumns } from "./regression-metrics.js";

/** The `model.predictions` block. */
export interface PredictionsConfig {
  path: string;
  task: "binary" | "multiclass" | "regression";
  label: string;
  prediction?: string;
  score?: string;
  scores?: Record<string, string>;
  positive?: string | number | boolean;
  threshold?: number;
  id?: string;
  metrics?: Record<string, { min?: number; max?: number; severity?: Severity }>;
  slices?: SliceConfig[];
  fairness?: FairnessConfig[];
}

/** One entry of `slices:`. */
export interface SliceConfig {
  by: string;
  metric: string;
  min?: number;
  max?: number;
  max_gap?: number;
  min_size?: number;
  severity?: Severity;
}

/** One entry of `fairness:`. */
export interface FairnessConfig {
  by: string;
  demographic_parity_difference?: number;
  equal_opportunity_difference?: number;
  equalized_odds_difference?: number;
  severity?: Severity;
}

/** A column of group values as codes into `values`. */
export interface GroupColumn {
  name: string;
  values: string[];
  codes: Uint16Array;
}

/** What reading a predictions file gives. */
export interface Predictions {
  task: PredictionsConfig["task"];
  columns: BinaryColumns | MulticlassColumns | RegressionColumns;
  groups: Map<string, GroupColumn>;
  /** Rows left out, with examples. */
  skipped: Violations;
  /** Data rows read (used and skipped). */
  rows: number;
  /** Columns the config names that the file lacks. */
  missingColumns: string[];
  /** Each used row's id (the `id` column), when reading for a paired comparison. */
  ids?: IdColumn;
}

/** More distinct values than this in a slice column means it is not a grouping column. */
export const MAX_GROUPS = 1000;

/** A problem that stops reading the predictions (missing file, bad quoting, too many groups). */
export class PredictionsError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly file?: string,
  ) {
    super(message);
  }
}

type Typed = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** A typed array that grows by half, or to a reserved size estimated from the file. */
class Column<T extends Typed> {
  length = 0;
  constructor(public data: T) {}
  push(v: number): void {
    if (this.length === this.data.length) this.resize(Math.ceil(this.data.length * 1.5) + 1024);
    this.data[this.length++] = v;
  }
  /** Make room for `n` values in all (no-op when there is room). */
  reserve(n: number): void {
    if (n > this.data.length) this.resize(n);
  }
  private resize(n: number): void {
    const next = new (this.data.constructor as new (n: number) => T)(n);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const TRUE_WORDS = new Set(["1", "1.0", "true", "True", "TRUE", "yes", "Yes"]);
const FALSE_WORDS = new Set(["0", "0.0", "false", "False", "FALSE", "no", "No", "-1"]);

/** Binary label reading: 1, 0, or -1 when the text is neither. */
function binaryLabel(positive: PredictionsConfig["positive"]): (text: string) => number {
  if (positive === undefined) return (t) => (TRUE_WORDS.has(t) ? 1 : FALSE_WORDS.has(t) ? 0 : -1);
  const p = String(positive);
  const pn = Number(p);
  return (t) => (t === p || (t !== "" && Number(t) === pn) ? 1 : 0);
}

/** Sort class names the way scikit-learn's unique_labels does: numerically when all are numbers. */
export function sortClasses(names: string[]): string[] {
  const numeric = names.every((n) => n.trim() !== "" && Number.isFinite(Number(n)));
  return [...names].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every column the config reads. */
function wantedColumns(cfg: PredictionsConfig): string[] {
  const cols = [cfg.label];
  if (cfg.id) cols.push(cfg.id);
  if (cfg.prediction) cols.push(cfg.prediction);
  if (cfg.score) cols.push(cfg.score);
  for (const c of Object.values(cfg.scores ?? {})) cols.push(c);
  for (const s of cfg.slices ?? []) cols.push(s.by);
  for (const f of cfg.fairness ?? []) cols.push(f.by);
  return [...new Set(cols)];
}

/** One row's cells, whatever the file format: the byte path for CSV, strings for the rest. */
interface Cells {
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
function estimateRows(batch: CsvBatch, fileSize: number): number {
  const last = batch.fieldOf[batch.rows]! - 1;
  const bytes = last >= 0 ? batch.end[last]! + 1 : 0;
  if (batch.rows < 100 || bytes <= 0) return 0;
  return Math.ceil((fileSize / bytes) * batch.rows * 1.02);
}

/** Cells of a row of a CSV batch. */
class BatchCells implements Cells {
  batch!: CsvBatch;
  private base = 0;
  private width = 0;
  at(batch: CsvBatch, r: number): void {
    this.batch = batch;
    this.base = batch.fieldOf[r]!;
    this.width = batch.fieldOf[r + 1]! - this.base;
  }
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
class StringCells implements Cells {
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

/**
 * The predictions file and id column the comparison's paired tests read
 * (`compare.significance`, defaulting to `model.predictions`'s), when they are configured.
 */
export function pairedSource(config: MlgateConfig): { path: string; id: string | undefined } | undefined {
  const sig = config.compare?.significance as { predictions?: string; id?: string } | undefined;
  const model = config.model?.predictions as PredictionsConfig | undefined;
  if (!sig || !model) return undefined;
  return { path: sig.predictions ?? model.path, id: sig.id ?? model.id };
}

/** Read the predictions of `cfg` (one file or a glob of files with one header). */
export async function readPredictions(
  workspace: Workspace,
  cfg: PredictionsConfig,
  progress: ProgressSink = SILENT,
  withIds = false,
): Promise<Predictions> {
  const files = await filesFor(workspace, cfg.path);
  if (!files.length) throw new PredictionsError(`no predictions file matches ${cfg.path}`);
  if (cfg.task !== "regression" && !cfg.prediction && !cfg.score && !cfg.scores)
    throw new PredictionsError(
      "name a `prediction` column, or a `score` (binary) or `scores` (multiclass) to derive it from",
    );
  if (cfg.task === "regression" && !cfg.prediction)
    throw new PredictionsError("a regression needs a `prediction` column");
  const skipped = new Violations();
  const groupNames = [...new Set([...(cfg.slices ?? []), ...(cfg.fairness ?? [])].map((s) => s.by))];
  const groups = groupNames.map((name) => ({
    name,
    dict: new ByteDictionary(),
    codes: new Column(new Uint16Array(1024)),
    at: -1,
  }));
  const label8 = new Column(new Uint8Array(1024));
  const pred8 = new Column(new Uint8Array(1024));
  const label32 = new Column(new Uint32Array(1024));
  const pred32 = new Column(new Uint32Array(1024));
  const labelF = new Column(new Float64Array(1024));
  const predF = new Column(new Float64Array(1024));
  const score = new Column(new Float64Array(1024));
  const classScores = Object.entries(cfg.scores ?? {}).map(([cls, column]) => ({
    cls,
    column,
    values: new Column(new Float64Array(1024)),
    at: -1,
  }));
  const classDict = new ByteDictionary();
  for (const s of classScores) classDict.codeOfText(s.cls);
  const readLabel = binaryLabel(cfg.positive);
  const defaultPositive = cfg.positive === undefined;
  const threshold = cfg.threshold ?? 0.5;
  let missingColumns: string[] = [];
  let rows = 0;
  let header: string[] | undefined;
  let at = { label: -1, prediction: -1, score: -1, id: -1 };
  // Example ids, only when asked for (pairing with the baseline): one string per row.
  const ids: IdColumn | undefined = cfg.id && withIds ? new IdColumn() : undefined;
  const probs = new Float64Array(classScores.length);

  const onHeader = (f: string[], line: number, file: string): void => {
    if (header && f.join("\0") !== header.join("\0"))
      throw new PredictionsError(`${file}: its header differs from the first file's`, line, file);
    header = f;
    missingColumns = wantedColumns(cfg).filter((c) => !f.includes(c));
    at = {
      label: f.indexOf(cfg.label),
      prediction: cfg.prediction ? f.indexOf(cfg.prediction) : -1,
      score: cfg.score ? f.indexOf(cfg.score) : -1,
      id: cfg.id ? f.indexOf(cfg.id) : -1,
    };
    for (const s of classScores) s.at = f.indexOf(s.column);
    for (const g of groups) g.at = f.indexOf(g.name);
  };

  /** One data row; returns why it was left out, or undefined. */
  const onRow = (c: Cells): string | undefined => {
    if (cfg.task === "binary") {
      let y = defaultPositive ? c.bit(at.label) : -1;
      if (y < 0) {
        const t = c.text(at.label);
        if (isMissing(t)) return `${cfg.label} is missing`;
        y = readLabel(t);
        if (y < 0)
          return `${cfg.label} is ${JSON.stringify(t)}, expected 0/1 or true/false (set \`positive\` for other labels)`;
      }
      let s = Number.NaN;
      if (at.score >= 0) {
        s = c.num(at.score);
        if (Number.isNaN(s)) return `${cfg.score} is ${JSON.stringify(c.text(at.score))}, not a number`;
      }
      let p: number;
      if (at.prediction >= 0) {
        p = defaultPositive ? c.bit(at.prediction) : -1;
        if (p < 0) {
          const t = c.text(at.prediction);
          p = readLabel(t);
          if (p < 0) return `${cfg.prediction} is ${JSON.stringify(t)}, expected 0/1 or true/false`;
        }
      } else p = s >= threshold ? 1 : 0;
      label8.push(y);
      pred8.push(p);
      if (at.score >= 0) score.push(s);
    } else if (cfg.task === "multiclass") {
      if (isMissing(c.text(at.label))) return `${cfg.label} is missing`;
      for (let j = 0; j < classScores.length; j++) {
        const v = c.num(classScores[j]!.at);
        if (Number.isNaN(v))
          return `${classScores[j]!.column} is ${JSON.stringify(c.text(classScores[j]!.at))}, not a number`;
        probs[j] = v;
      }
      let p: number;
      if (at.prediction >= 0) {
        if (isMissing(c.text(at.prediction))) return `${cfg.prediction} is missing`;
        p = c.code(at.prediction, classDict);
      } else {
        let best = 0;
        for (let j = 1; j < probs.length; j++) if (probs[j]! > probs[best]!) best = j;
        p = classDict.codeOfText(classScores[best]!.cls);
      }
      label32.push(c.code(at.label, classDict));
      pred32.push(p);
      for (let j = 0; j < classScores.length; j++) classScores[j]!.values.push(probs[j]!);
    } else {
      const y = c.num(at.label);
      if (!Number.isFinite(y)) return `${cfg.label} is ${JSON.stringify(c.text(at.label))}, not a number`;
      const p = c.num(at.prediction);
      if (!Number.isFinite(p))
        return `${cfg.prediction} is ${JSON.stringify(c.text(at.prediction))}, not a number`;
      labelF.push(y);
      predF.push(p);
    }
    if (ids) c.id(at.id, ids);
    for (const g of groups) {
      const code = c.code(g.at, g.dict);
      if (code >= MAX_GROUPS) return `tooMany:${g.name}`;
      g.codes.push(code);
    }
    return undefined;
  };

  /** Room for `n` more rows in every column this task fills. */
  const reserve = (n: number): void => {
    const cols: Column<Typed>[] =
      cfg.task === "binary"
        ? [label8, pred8, ...(cfg.score ? [score] : [])]
        : cfg.task === "multiclass"
          ? [label32, pred32, ...classScores.map((c) => c.values)]
          : [labelF, predF];
    for (const c of [...cols, ...groups.map((g) => g.codes)]) c.reserve(c.length + n);
  };

  for (const file of files) {
    const kind = /\.(csv|tsv)(\.gz)?$/i.test(file) ? "csv" : undefined;
    const reader = kind ? undefined : readerFor(file);
    if (!kind && !reader)
      throw new PredictionsError(
        `cannot read ${file}: expected .csv, .tsv, .jsonl, .json or .parquet (optionally .gz)`,
      );
    const size = await workspace.size(file);
    const gz = /\.gz$/i.test(file);
    const bar = progress.start(file, size);
    const handle = (c: Cells, index: number, line: number): void => {
      rows++;
      if (missingColumns.length) return;
      const why = onRow(c);
      if (why === undefined) return;
      if (why.startsWith("tooMany:"))
        throw new PredictionsError(
          `column ${why.slice(8)} has more than ${MAX_GROUPS} distinct values: slices and fairness need a column of groups`,
          line,
          file,
        );
      // Nothing was pushed for a row left out: every check returns before the first push.
      skipped.add({ row: index, line, file, value: why } satisfies Example);
    };
    try {
      if (kind) {
        const cells = new BatchCells();
        let seenHeader = false;
        await readCsvBatches(
          workspace,
          file,
          (batch) => {
            if (batch.firstIndex === 0 && !gz) reserve(estimateRows(batch, size));
            for (let r = 0; r < batch.rows; r++) {
              cells.at(batch, r);
              if (!seenHeader) {
                seenHeader = true;
                const names: string[] = [];
                for (let k = 0; k < cells.count; k++) names.push(cells.text(k));
                onHeader(names, batch.line[r]!, file);
                continue;
              }
              handle(cells, batch.firstIndex + r, batch.line[r]!);
            }
          },
          undefined,
          (bytes) => bar.update(bytes),
        );
      } else {
        const cells = new StringCells();
        await reader!(
          workspace,
          file,
          (row) => {
            if (row.index === 0) return onHeader(row.fields, row.line, file);
            cells.fields = row.fields;
            handle(cells, row.index, row.line);
          },
          undefined,
          (bytes) => bar.update(bytes),
          // Parquet decodes only these columns.
          new Set(wantedColumns(cfg)),
        );
      }
    } catch (err) {
      if (err instanceof CsvError) throw new PredictionsError(`${file}: ${err.message}`, err.line, file);
      throw err;
    } finally {
      bar.end();
    }
  }
  if (!header) throw new PredictionsError(`${cfg.path}: the file is empty (no header row)`);
  const groupColumns = new Map<string, GroupColumn>();
  for (const g of groups)
    groupColumns.set(g.name, { name: g.name, values: g.dict.values, codes: g.codes.done() });
  let columns: Predictions["columns"];
  if (cfg.task === "binary") {
    const n = label8.length;
    columns = {
      n,
      label: label8.done(),
      prediction: pred8.done(),
      score: cfg.score ? score.done() : undefined,
    };
  } else if (cfg.task === "multiclass") {
    // Recode so that class codes follow the sorted class order.
    const names = classDict.values;
    const classes = sortClasses(names);
    const recode = Uint32Array.from(names, (nm) => classes.indexOf(nm));
    const label = label32.done().map((c) => recode[c]!);
    const prediction = pred32.done().map((c) => recode[c]!);
    const proba = cfg.scores
      ? classes.map((cls) => classScores.find((s) => s.cls === cls)?.values.done())
      : undefined;
    columns = { n: label.length, classes, label, prediction, proba };
  } else {
    columns = { n: labelF.length, label: labelF.done(), prediction: predF.done() };
  }
  return {
    task: cfg.task,
    columns,
    groups: groupColumns,
    skipped,
    rows,
    missingColumns,
    ...(ids ? { ids } : {}),
  };
}
