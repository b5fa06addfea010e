/**
 * The typed columns a predictions file is read into (labels, predictions, scores, groups), the
 * per-row function that fills them, and the finished columns per task.
 */
import { ByteDictionary } from "../readers/csv-bytes.js";
import { isMissing } from "../readers/values.js";
import { IdColumn } from "./id-column.js";
import type { Cells } from "./prediction-cells.js";
import type { GroupColumn, Predictions, PredictionsConfig } from "./predictions.js";
import { type Typed, TypedColumn } from "./typed-column.js";

/** More distinct values than this in a slice column means it is not a grouping column. */
export const MAX_GROUPS = 1000;

/** What the per-row function returns when a group column has too many values (the reader stops). */
export const TOO_MANY = "tooMany:";

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
export function wantedColumns(cfg: PredictionsConfig): string[] {
  const cols = [cfg.label];
  if (cfg.id) cols.push(cfg.id);
  if (cfg.prediction) cols.push(cfg.prediction);
  if (cfg.score) cols.push(cfg.score);
  for (const c of Object.values(cfg.scores ?? {})) cols.push(c);
  for (const s of cfg.slices ?? []) cols.push(s.by);
  for (const f of cfg.fairness ?? []) cols.push(f.by);
  return [...new Set(cols)];
}

const column = <T extends Typed>(data: T) => new TypedColumn(data);

/** The columns being filled; `at` holds the file's column index of each (-1 when absent). */
export class PredictionColumns {
  readonly label8 = column(new Uint8Array(1024));
  readonly pred8 = column(new Uint8Array(1024));
  readonly label32 = column(new Uint32Array(1024));
  readonly pred32 = column(new Uint32Array(1024));
  readonly labelF = column(new Float64Array(1024));
  readonly predF = column(new Float64Array(1024));
  readonly score = column(new Float64Array(1024));
  /** Multiclass: each class's probability column. */
  readonly classScores: { cls: string; column: string; values: TypedColumn<Float64Array>; at: number }[];
  /** Multiclass: class names to codes, in first-seen order (recoded to sorted order at the end). */
  readonly classDict = new ByteDictionary();
  /** Slice and fairness columns, as codes into each one's dictionary. */
  readonly groups: { name: string; dict: ByteDictionary; codes: TypedColumn<Uint16Array>; at: number }[];
  /** Example ids, only when asked for (pairing with the baseline): one run of bytes for all rows. */
  readonly ids: IdColumn | undefined;
  readonly at = { label: -1, prediction: -1, score: -1, id: -1 };

  constructor(
    readonly cfg: PredictionsConfig,
    withIds: boolean,
  ) {
    const groupNames = [...new Set([...(cfg.slices ?? []), ...(cfg.fairness ?? [])].map((s) => s.by))];
    this.groups = groupNames.map((name) => ({
      name,
      dict: new ByteDictionary(),
      codes: column(new Uint16Array(1024)),
      at: -1,
    }));
    this.classScores = Object.entries(cfg.scores ?? {}).map(([cls, column]) => ({
      cls,
      column,
      values: new TypedColumn(new Float64Array(1024)),
      at: -1,
    }));
    for (const s of this.classScores) this.classDict.codeOfText(s.cls);
    this.ids = cfg.id && withIds ? new IdColumn() : undefined;
  }

  /** Find every column in a header row; returns the columns the config names that it lacks. */
  locate(header: string[]): string[] {
    const { cfg, at } = this;
    at.label = header.indexOf(cfg.label);
    at.prediction = cfg.prediction ? header.indexOf(cfg.prediction) : -1;
    at.score = cfg.score ? header.indexOf(cfg.score) : -1;
    at.id = cfg.id ? header.indexOf(cfg.id) : -1;
    for (const s of this.classScores) s.at = header.indexOf(s.column);
    for (const g of this.groups) g.at = header.indexOf(g.name);
    return wantedColumns(cfg).filter((c) => !header.includes(c));
  }

  /** Room for `n` more rows in every column this task fills. */
  reserve(n: number): void {
    const { cfg } = this;
    const cols: TypedColumn<Typed>[] =
      cfg.task === "binary"
        ? [this.label8, this.pred8, ...(cfg.score ? [this.score] : [])]
        : cfg.task === "multiclass"
          ? [this.label32, this.pred32, ...this.classScores.map((c) => c.values)]
          : [this.labelF, this.predF];
    for (const c of [...cols, ...this.groups.map((g) => g.codes)]) c.reserve(c.length + n);
  }

  /** The filled columns of the task; multiclass codes recoded so they follow the sorted class order. */
  finish(): { columns: Predictions["columns"]; groups: Map<string, GroupColumn> } {
    const { cfg } = this;
    const groups = new Map<string, GroupColumn>();
    for (const g of this.groups)
      groups.set(g.name, { name: g.name, values: g.dict.values, codes: g.codes.done() });
    if (cfg.task === "binary") {
      const label = this.label8.done();
      const score = cfg.score ? this.score.done() : undefined;
      return { columns: { n: label.length, label, prediction: this.pred8.done(), score }, groups };
    }
    if (cfg.task === "multiclass") {
      const names = this.classDict.values;
      const classes = sortClasses(names);
      const recode = Uint32Array.from(names, (nm) => classes.indexOf(nm));
      const label = this.label32.done().map((c) => recode[c]!);
      const prediction = this.pred32.done().map((c) => recode[c]!);
      const proba = cfg.scores
        ? classes.map((cls) => this.classScores.find((s) => s.cls === cls)?.values.done())
        : undefined;
      return { columns: { n: label.length, classes, label, prediction, proba }, groups };
    }
    return {
      columns: { n: this.labelF.length, label: this.labelF.done(), prediction: this.predF.done() },
      groups,
    };
  }
}

/**
 * The function that reads one data row into the columns; returns why the row was left out, or
 * undefined. One closure over local constants, as before the split: it runs once per row, so it
 * adds no call and no allocation per row (bench/model/run.mjs measures it).
 */
export function rowReader(cols: PredictionColumns): (c: Cells) => string | undefined {
  const { cfg, at, ids, groups, classScores, classDict } = cols;
  const { label8, pred8, label32, pred32, labelF, predF, score } = cols;
  const readLabel = binaryLabel(cfg.positive);
  const defaultPositive = cfg.positive === undefined;
  const threshold = cfg.threshold ?? 0.5;
  const probs = new Float64Array(classScores.length);
  return (c) => {
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
      if (code >= MAX_GROUPS) return `${TOO_MANY}${g.name}`;
      g.codes.push(code);
    }
    return undefined;
  };
}
