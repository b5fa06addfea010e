/**
 * `outliers`: values far from the bulk of the column, by z-score (mean and standard deviation over
 * every value) and/or Tukey's fences (Q1, Q3 of the column's sample). The share of outliers is
 * counted on a seeded sample, exact when the column has no more than OUTLIER_SAMPLE numbers.
 */
import { percent, severity } from "../../checks/options.js";
import { type Example, Violations } from "../../checks/violations.js";
import { KeyedSample } from "../keyed-sample.js";
import {
  type BatchColumn,
  type CellSink,
  type ColumnCheck,
  diagnostic,
  example,
  NUMBER_CELL,
  SCHEMA_RUBRIC,
} from "./column-check.js";

/** Numeric values kept per column: counts are exact up to this many values, estimated above. */
export const OUTLIER_SAMPLE = 100_000;

type Kept = { value: number; example: Example };
type SampleState = ReturnType<KeyedSample<Kept>["exportState"]>;

/**
 * A seeded sample of numeric values with where they were, keyed by where each row starts: the
 * same however the file is split between threads.
 */
export class OutlierSink implements CellSink<SampleState> {
  private readonly kept = new KeyedSample<Kept>(OUTLIER_SAMPLE, 2463534242);
  private keptValues: Kept[] | undefined;
  text(text: string, n: number | undefined, row: number, line: number, file: string, key: number): void {
    if (n !== undefined) this.keep(n, row, line, file, text, key);
  }
  number(v: number, row: number, file: string): void {
    this.keep(v, row, row, file, String(v), row);
  }
  batch(col: BatchColumn, rowBase: number, file: string): void {
    const { kind, num, s, e, special, batch } = col;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      // The cell's text is made only for a value the sample keeps.
      const p = this.kept.priority(batch.rowOffset(r));
      if (!this.kept.accepts(p)) continue;
      const text = col.anySpecial && special[r] === 1 ? col.texts[r]! : batch.slice(s[r]!, e[r]!);
      this.put(p, num[r]!, example(text, rowBase + r, batch.line[r]!, file));
    }
  }
  private keep(n: number, row: number, line: number, file: string, text: string, key: number): void {
    const p = this.kept.priority(key);
    if (this.kept.accepts(p)) this.put(p, n, example(text, row, line, file));
  }
  private put(p: number, value: number, ex: Example): void {
    this.kept.put(p, { value, example: ex });
    this.keptValues = undefined;
  }
  exportState(): SampleState {
    return this.kept.exportState();
  }
  mergeState(s: SampleState, rowOffset: number, lineOffset: number): void {
    this.kept.merge({
      prio: s.prio,
      items: s.items.map(({ value, example: e }) => ({
        value,
        example: { ...e, row: e.row + rowOffset, line: e.line + lineOffset },
      })),
    });
    this.keptValues = undefined;
  }
  /** The values kept, with where they were (in a fixed order). */
  get sample(): Kept[] {
    this.keptValues ??= this.kept.values();
    return this.keptValues;
  }
}

/** The `outliers` check. */
export const outliersCheck: ColumnCheck<OutlierSink> = {
  id: "outliers",
  description: "At most `max_percent` of values may be outliers (z-score and/or Tukey's fences).",
  options: {
    outliers: {
      type: "object",
      additionalProperties: false,
      description: "Values far from the bulk of the column.",
      properties: {
        zscore: {
          type: "number",
          exclusiveMinimum: 0,
          description: "A value more than this many standard deviations from the mean is an outlier.",
        },
        iqr: {
          type: "number",
          exclusiveMinimum: 0,
          description:
            "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual).",
        },
        max_percent: { ...percent, description: "Percentage of outliers tolerated." },
        severity,
      },
    },
  },
  configured: (c) => c.outliers !== undefined,
  create: () => new OutlierSink(),
  verdict: ({ id, column, config, severity: sev, profile, sink }) => {
    const o = config.outliers!;
    const n = profile.numeric;
    const mean = n ? profile.sum / n : 0;
    const sd = n ? Math.sqrt(Math.max(0, profile.sumSq / n - mean * mean)) : 0;
    const sample = sink.sample;
    const values = sample.map((s) => s.value).sort((a, b) => a - b);
    const quantile = (q: number) => {
      const pos = q * (values.length - 1);
      const lo = Math.floor(pos);
      return (
        values[lo]! +
        ((values[Math.min(lo + 1, values.length - 1)] ?? values[lo]!) - values[lo]!) * (pos - lo)
      );
    };
    const q1 = values.length ? quantile(0.25) : 0;
    const q3 = values.length ? quantile(0.75) : 0;
    const fence = o.iqr === undefined ? undefined : [q1 - o.iqr * (q3 - q1), q3 + o.iqr * (q3 - q1)];
    const isOutlier = (v: number) =>
      (o.zscore !== undefined && sd > 0 && Math.abs(v - mean) / sd > o.zscore) ||
      (fence !== undefined && (v < fence[0]! || v > fence[1]!));
    const bad = new Violations();
    for (const s of [...sample].sort((a, b) => a.example.row - b.example.row))
      if (isOutlier(s.value)) bad.add(s.example);
    const share = sample.length ? (100 * bad.count) / sample.length : 0;
    const tolerance = o.max_percent ?? 0;
    const ok = share <= tolerance;
    const rule = [
      o.zscore !== undefined && `more than ${o.zscore} standard deviations from the mean`,
      fence && `outside Tukey's fences (k = ${o.iqr})`,
    ]
      .filter(Boolean)
      .join(" or ");
    const sampled =
      n > sample.length ? ` (estimated on a sample of ${sample.length.toLocaleString("en")} values)` : "";
    return {
      id: `${id}/outliers`,
      status: ok ? "passed" : "failed",
      severity: o.severity ?? sev,
      message: `${column} outliers: ${share.toFixed(2)}% of values ${rule}${sampled}${ok ? "" : `, over ${tolerance}%`}`,
      observed: `${share.toFixed(2)}%`,
      expected: `<= ${tolerance}%`,
      rubric: SCHEMA_RUBRIC,
      diagnostics: ok
        ? []
        : bad.examples.map((e) =>
            diagnostic(
              "data/outlier",
              o.severity ?? sev,
              `row ${e.row}, ${column}: "${e.value}" is an outlier`,
              e,
            ),
          ),
    };
  },
};
