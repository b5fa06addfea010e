/**
 * Read a predictions file (any format the data stage reads) into typed columns: labels, predicted
 * labels or values, scores, and the group columns slices and fairness measures need. Rows that
 * cannot be used (a missing label, a score that is not a number) are counted and left out, with up
 * to five examples, so one bad row never hides the rest.
 */
import { type Example, Violations } from "../data/column-checks.js";
import { CsvError } from "../data/csv-parser.js";
import { isMissing } from "../data/values.js";
import type { ProgressSink } from "../io/progress.js";
import { SILENT } from "../io/progress.js";
import { readerFor } from "../io/reader-for.js";
import type { Workspace } from "../io/workspace.js";
import type { Severity } from "../report/types.js";
import type { BinaryColumns } from "./binary-metrics.js";
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
  codes: Uint32Array;
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

/** A Float64Array that grows. */
class Floats {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** A Uint32Array (or Uint8Array) that grows. */
class Ints<T extends Uint8Array | Uint32Array> {
  length = 0;
  constructor(public data: T) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
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

/** Parse a number cell (NaN when it is not one). */
function num(text: string): number {
  return text === "" || isMissing(text) ? Number.NaN : Number(text);
}

/** Sort class names the way scikit-learn's unique_labels does: numerically when all are numbers. */
export function sortClasses(names: string[]): string[] {
  const numeric = names.every((n) => n.trim() !== "" && Number.isFinite(Number(n)));
  return [...names].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every column the config reads. */
function wantedColumns(cfg: PredictionsConfig): string[] {
  const cols = [cfg.label];
  if (cfg.prediction) cols.push(cfg.prediction);
  if (cfg.score) cols.push(cfg.score);
  for (const c of Object.values(cfg.scores ?? {})) cols.push(c);
  for (const s of cfg.slices ?? []) cols.push(s.by);
  for (const f of cfg.fairness ?? []) cols.push(f.by);
  return [...new Set(cols)];
}

/** Read the predictions of `cfg` (one file or a glob of files with one header). */
export async function readPredictions(
  workspace: Workspace,
  cfg: PredictionsConfig,
  progress: ProgressSink = SILENT,
): Promise<Predictions> {
  const files = /[*?[{]/.test(cfg.path) ? await workspace.glob([cfg.path]) : [cfg.path];
  if (!files.length) throw new PredictionsError(`no predictions file matches ${cfg.path}`);
  if (cfg.task !== "regression" && !cfg.prediction && !cfg.score && !cfg.scores)
    throw new PredictionsError(
      "name a `prediction` column, or a `score` (binary) or `scores` (multiclass) to derive it from",
    );
  if (cfg.task === "regression" && !cfg.prediction)
    throw new PredictionsError("a regression needs a `prediction` column");
  const skipped = new Violations();
  const groupNames = [...new Set([...(cfg.slices ?? []), ...(cfg.fairness ?? [])].map((s) => s.by))];
  const groups = new Map(
    groupNames.map((name) => [
      name,
      { dict: new Map<string, number>(), codes: new Ints(new Uint32Array(1024)) },
    ]),
  );
  const label8 = new Ints(new Uint8Array(1024));
  const pred8 = new Ints(new Uint8Array(1024));
  const label32 = new Ints(new Uint32Array(1024));
  const pred32 = new Ints(new Uint32Array(1024));
  const labelF = new Floats();
  const predF = new Floats();
  const score = new Floats();
  const classScores = Object.entries(cfg.scores ?? {}).map(([cls, column]) => ({
    cls,
    column,
    values: new Floats(),
    at: -1,
  }));
  const classDict = new Map<string, number>();
  const classCode = (t: string): number => {
    let c = classDict.get(t);
    if (c === undefined) {
      c = classDict.size;
      classDict.set(t, c);
    }
    return c;
  };
  for (const s of classScores) classCode(s.cls);
  const readLabel = binaryLabel(cfg.positive);
  const threshold = cfg.threshold ?? 0.5;
  let missingColumns: string[] = [];
  let rows = 0;
  let header: string[] | undefined;

  for (const file of files) {
    const reader = readerFor(file);
    if (!reader)
      throw new PredictionsError(
        `cannot read ${file}: expected .csv, .tsv, .jsonl, .json or .parquet (optionally .gz)`,
      );
    let at = { label: -1, prediction: -1, score: -1 };
    let groupAt: { at: number; g: { dict: Map<string, number>; codes: Ints<Uint32Array> } }[] = [];
    const bar = progress.start(file, await workspace.size(file));
    const skip = (row: { index: number; line: number }, value: string): void => {
      skipped.add({ row: row.index, line: row.line, file, value } satisfies Example);
    };
    try {
      await reader(
        workspace,
        file,
        (row) => {
          const f = row.fields;
          if (row.index === 0) {
            if (header && f.join("\0") !== header.join("\0"))
              throw new PredictionsError(`${file}: its header differs from the first file's`, row.line, file);
            header = f;
            missingColumns = wantedColumns(cfg).filter((c) => !f.includes(c));
            if (missingColumns.length) return;
            at = {
              label: f.indexOf(cfg.label),
              prediction: cfg.prediction ? f.indexOf(cfg.prediction) : -1,
              score: cfg.score ? f.indexOf(cfg.score) : -1,
            };
            for (const s of classScores) s.at = f.indexOf(s.column);
            groupAt = [...groups.values()].map((g, i) => ({ at: f.indexOf(groupNames[i]!), g }));
            return;
          }
          rows++;
          if (missingColumns.length) return;
          const labelText = f[at.label] ?? "";
          if (isMissing(labelText)) return skip(row, `${cfg.label} is missing`);
          if (cfg.task === "binary") {
            const y = readLabel(labelText);
            if (y < 0)
              return skip(
                row,
                `${cfg.label} is ${JSON.stringify(labelText)}, expected 0/1 or true/false (set \`positive\` for other labels)`,
              );
            let s = Number.NaN;
            if (at.score >= 0) {
              s = num(f[at.score] ?? "");
              if (Number.isNaN(s))
                return skip(row, `${cfg.score} is ${JSON.stringify(f[at.score] ?? "")}, not a number`);
            }
            let p: number;
            if (at.prediction >= 0) {
              p = readLabel(f[at.prediction] ?? "");
              if (p < 0)
                return skip(
                  row,
                  `${cfg.prediction} is ${JSON.stringify(f[at.prediction] ?? "")}, expected 0/1 or true/false`,
                );
            } else p = s >= threshold ? 1 : 0;
            label8.push(y);
            pred8.push(p);
            if (at.score >= 0) score.push(s);
          } else if (cfg.task === "multiclass") {
            const probs: number[] = [];
            for (const s of classScores) {
              const v = num(f[s.at] ?? "");
              if (Number.isNaN(v))
                return skip(row, `${s.column} is ${JSON.stringify(f[s.at] ?? "")}, not a number`);
              probs.push(v);
            }
            let p: number;
            if (at.prediction >= 0) {
              const t = f[at.prediction] ?? "";
              if (isMissing(t)) return skip(row, `${cfg.prediction} is missing`);
              p = classCode(t);
            } else {
              let best = 0;
              for (let j = 1; j < probs.length; j++) if (probs[j]! > probs[best]!) best = j;
              p = classCode(classScores[best]!.cls);
            }
            label32.push(classCode(labelText));
            pred32.push(p);
            for (let j = 0; j < classScores.length; j++) classScores[j]!.values.push(probs[j]!);
          } else {
            const y = num(labelText);
            if (!Number.isFinite(y))
              return skip(row, `${cfg.label} is ${JSON.stringify(labelText)}, not a number`);
            const t = f[at.prediction] ?? "";
            const p = num(t);
            if (!Number.isFinite(p))
              return skip(row, `${cfg.prediction} is ${JSON.stringify(t)}, not a number`);
            labelF.push(y);
            predF.push(p);
          }
          for (const { at: i, g } of groupAt) {
            const t = f[i] ?? "";
            const key = isMissing(t) ? "(missing)" : t;
            let code = g.dict.get(key);
            if (code === undefined) {
              code = g.dict.size;
              if (code >= MAX_GROUPS)
                throw new PredictionsError(
                  `column ${groupNames[groupAt.findIndex((x) => x.g === g)]} has more than ${MAX_GROUPS} distinct values: slices and fairness need a column of groups`,
                  row.line,
                  file,
                );
              g.dict.set(key, code);
            }
            g.codes.push(code);
          }
        },
        undefined,
        (bytes) => bar.update(bytes),
      );
    } catch (err) {
      if (err instanceof CsvError) throw new PredictionsError(`${file}: ${err.message}`, err.line, file);
      throw err;
    } finally {
      bar.end();
    }
  }
  if (!header) throw new PredictionsError(`${cfg.path}: the file is empty (no header row)`);
  const groupColumns = new Map<string, GroupColumn>();
  groupNames.forEach((name) => {
    const g = groups.get(name)!;
    const values = [...g.dict.keys()];
    groupColumns.set(name, { name, values, codes: g.codes.done() });
  });
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
    const names = [...classDict.keys()];
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
  return { task: cfg.task, columns, groups: groupColumns, skipped, rows, missingColumns };
}
