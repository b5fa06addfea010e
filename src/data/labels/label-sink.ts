/**
 * The row sink of `labels`: per row, the 128-bit hash of its features and a hash of its label
 * into spilled partitions (conflicting labels), and each feature's measures (target leakage).
 */
import { hash64, type MakeSpillDir } from "../../readers/hash-set.js";
import { isMissing, toNumber } from "../../readers/values.js";
import type { RowSink } from "../checks/dataset-check.js";
import { HashPartitions, type PartitionState } from "../splits/hash-partitions.js";
import { RowHash } from "../splits/row-hash.js";
import { type FeatureState, FeatureStats } from "./feature-stats.js";

/** Label classes kept; past it the label is neither binary nor compared by class. */
export const CLASS_CAP = 1000;

/** `labels:` as mlgate.yml writes it. */
export interface LabelsConfig {
  column: string;
  features?: string[];
  exclude?: string[];
  conflicts?: boolean;
  leakage?: boolean;
  max_score?: number;
  severity?: "error" | "warning";
}

/** What a part sends. */
export interface LabelState {
  classes: string[];
  classCounts: number[];
  classOverflow: boolean;
  labelNumeric: boolean;
  missingLabels: number;
  rows: number;
  files: string[];
  records: PartitionState;
  features: FeatureState[];
}

/** Record words: feature hash (4), label hash (2), file, row, line. */
export const RECORD = 9;

/** The label, then the features: those listed, else every column of the header but the label and `exclude`. */
export function labelColumns(config: LabelsConfig, header: string[]): string[] {
  if (config.features !== undefined) return [config.column, ...config.features];
  const out = new Set([config.column, ...(config.exclude ?? [])]);
  return [config.column, ...header.filter((h) => !out.has(h))];
}

/** Label and features of every row. */
export class LabelSink implements RowSink<LabelState> {
  at: number[] = [];
  /** The label, then the features (set from the header when the config lists none). */
  cols: string[];
  readonly wantsHeader: boolean;
  classes: string[] = [];
  classCounts: number[] = [];
  classOverflow = false;
  labelNumeric = true;
  missingLabels = 0;
  rows = 0;
  files: string[] = [];
  readonly records: HashPartitions;
  features: FeatureStats[] = [];
  private readonly classIndex = new Map<string, number>();
  private readonly hash = new RowHash();
  private readonly rec = new Uint32Array(RECORD);

  constructor(
    readonly config: LabelsConfig,
    spillDir?: MakeSpillDir,
  ) {
    this.wantsHeader = config.features === undefined;
    this.cols = [config.column, ...(config.features ?? [])];
    this.records = new HashPartitions(RECORD, [6, 7, 8], spillDir);
  }

  /** The features from the header: every column but the label and the excluded ones. */
  place(header: string[]): void {
    if (this.wantsHeader) this.cols = labelColumns(this.config, header);
  }

  row(cells: string[], row: number, line: number, file: string): void {
    const label = cells[0] ?? "";
    if (isMissing(label)) {
      this.missingLabels++;
      return;
    }
    this.rows++;
    let cls = this.classIndex.get(label);
    if (cls === undefined) {
      if (this.classes.length < CLASS_CAP) {
        cls = this.classes.length;
        this.classIndex.set(label, cls);
        this.classes.push(label);
        this.classCounts.push(0);
      } else {
        this.classOverflow = true;
        cls = -1;
      }
    }
    if (cls >= 0) this.classCounts[cls]!++;
    const y = toNumber(label) ?? Number.NaN;
    if (Number.isNaN(y)) this.labelNumeric = false;
    const n = cells.length - 1;
    while (this.features.length < n) this.features.push(new FeatureStats());
    const h = this.hash;
    h.reset();
    for (let i = 1; i < cells.length; i++) {
      const v = cells[i]!;
      h.text(v);
      if (this.config.leakage !== false && !isMissing(v)) this.features[i - 1]!.add(v, toNumber(v), cls, y);
    }
    let f = this.files.indexOf(file);
    if (f === -1) f = this.files.push(file) - 1;
    if (this.config.conflicts === false) return;
    const rec = this.rec;
    h.digest(rec, 0);
    const [a, b] = hash64(label);
    rec[4] = a;
    rec[5] = b;
    rec[6] = f;
    rec[7] = row;
    rec[8] = line;
    this.records.add(rec);
  }

  exportState(): LabelState {
    return {
      classes: this.classes,
      classCounts: this.classCounts,
      classOverflow: this.classOverflow,
      labelNumeric: this.labelNumeric,
      missingLabels: this.missingLabels,
      rows: this.rows,
      files: this.files,
      records: this.records.exportState(),
      features: this.features.map((f) => f.exportState()),
    };
  }

  mergeState(s: LabelState, rowOffset: number, lineOffset: number): void {
    const code = s.classes.map((c, k) => {
      let i = this.classIndex.get(c);
      if (i === undefined) {
        if (this.classes.length >= CLASS_CAP) {
          this.classOverflow = true;
          return -1;
        }
        i = this.classes.length;
        this.classIndex.set(c, i);
        this.classes.push(c);
        this.classCounts.push(0);
      }
      this.classCounts[i]! += s.classCounts[k]!;
      return i;
    });
    this.classOverflow ||= s.classOverflow;
    this.labelNumeric &&= s.labelNumeric;
    this.missingLabels += s.missingLabels;
    this.rows += s.rows;
    // A part is a byte range of one file: its file index 0 becomes that file's index here.
    let fileIndex = 0;
    if (s.files[0] !== undefined) {
      fileIndex = this.files.indexOf(s.files[0]);
      if (fileIndex === -1) fileIndex = this.files.push(s.files[0]) - 1;
    }
    this.records.mergeState(s.records, [fileIndex, rowOffset, lineOffset]);
    const swap = code[0] === 1 && (code[1] === undefined || code[1] === 0);
    s.features.forEach((f, i) => {
      while (this.features.length <= i) this.features.push(new FeatureStats());
      this.features[i]!.mergeState(f, swap);
    });
  }
}
