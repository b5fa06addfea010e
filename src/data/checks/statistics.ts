/**
 * The accumulators and the verdict shared by the column statistics (`mean`, `std`, `median`,
 * `quantiles`, `distinct`): each of those checks is its own definition file and uses these.
 *
 * - Moments: Welford's streaming mean and sum of squared deviations, parts merged with Chan et
 *   al.'s parallel formula (numerically stable, exact up to floating point).
 * - Values: the numbers themselves, up to VALUES_LIMIT, sorted once for exact order statistics
 *   (numpy's default linear interpolation); past the limit a deterministic mergeable quantile
 *   sketch (quantile-sketch.ts) whose rank error the verdict states, and decides a bound only
 *   when the values within that error all lie on one side of it.
 * - Distinct values: the strings as written, up to DISTINCT_LIMIT; past it the count is a lower
 *   bound ("at least N") and the verdict only decides what a lower bound can decide.
 */
import { formatCount, roundUp2 } from "../../report/format.js";
import type { CheckResult, Severity } from "../../report/types.js";
import {
  type BatchColumn,
  type CellSink,
  MISSING_CELL,
  NUMBER_CELL,
  SCHEMA_RUBRIC,
  type VerdictInput,
} from "./column-check.js";
import { QuantileSketch, SKETCH_K, type SketchState } from "./quantile-sketch.js";

/** `{ min, max, severity }` as written in mlgate.yml. */
export type StatBounds = { min?: number; max?: number; severity?: Severity };

/** Order statistics are exact up to this many non-missing numbers per column (8 MB), sketched past it. */
export const VALUES_LIMIT = 1_000_000;
/** Distinct values are counted exactly up to this many... */
export const DISTINCT_LIMIT = 1_000_000;
/** ...and this many characters in all (memory stays bounded whatever the values' lengths). */
export const DISTINCT_CHARS = 32_000_000;

type MomentState = { n: number; shift: number; mean: number; m2: number };

/**
 * Count, mean and sum of squared deviations of the column's numbers (Welford, parts merged with
 * Chan's formula). Values are taken relative to the first one (`shift`), so a column far from
 * zero (timestamps, ids near 1e9) keeps its digits.
 */
export class MomentSink implements CellSink<MomentState> {
  n = 0;
  shift = 0;
  /** Mean of the shifted values. */
  private m = 0;
  m2 = 0;
  private add(x: number): void {
    if (this.n === 0) this.shift = x;
    this.n++;
    const d = x - this.shift - this.m;
    this.m += d / this.n;
    this.m2 += d * (x - this.shift - this.m);
  }
  text(_text: string, n: number | undefined): void {
    if (n !== undefined && Number.isFinite(n)) this.add(n);
  }
  number(v: number): void {
    if (Number.isFinite(v)) this.add(v);
  }
  batch(col: BatchColumn): void {
    const { kind, num } = col;
    let n = this.n;
    let k = this.shift;
    let mean = this.m;
    let m2 = this.m2;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      const x = num[r]!;
      if (x - x !== 0) continue; // not finite
      if (n === 0) k = x;
      n++;
      const d = x - k - mean;
      mean += d / n;
      m2 += d * (x - k - mean);
    }
    this.n = n;
    this.shift = k;
    this.m = mean;
    this.m2 = m2;
  }
  exportState(): MomentState {
    return { n: this.n, shift: this.shift, mean: this.m, m2: this.m2 };
  }
  mergeState(s: MomentState): void {
    if (s.n === 0) return;
    if (this.n === 0) {
      this.n = s.n;
      this.shift = s.shift;
      this.m = s.mean;
      this.m2 = s.m2;
      return;
    }
    const n = this.n + s.n;
    const d = s.shift - this.shift + s.mean - this.m;
    this.m += (d * s.n) / n;
    this.m2 += s.m2 + (d * d * this.n * s.n) / n;
    this.n = n;
  }
  /** The mean; undefined without a number. */
  get mean(): number | undefined {
    return this.n ? this.shift + this.m : undefined;
  }
  /** Sample standard deviation (ddof = 1, as pandas); undefined below two numbers. */
  get std(): number | undefined {
    return this.n < 2 ? undefined : Math.sqrt(this.m2 / (this.n - 1));
  }
}

type ValuesState = { values: Float64Array; count: number; sketch?: SketchState };

/**
 * Where the q-quantile of `count` sorted numbers lies: between the order statistics `lo` and `hi`
 * (0-based ranks), at `t` from `lo` (numpy's default, linear interpolation).
 */
export function quantileRanks(count: number, q: number): { lo: number; hi: number; t: number } {
  const h = (count - 1) * q;
  const lo = Math.floor(h);
  return { lo, hi: Math.min(lo + 1, count - 1), t: h - lo };
}

/**
 * An order statistic from the sketch: the estimate, values certain to enclose the exact one, and
 * the sketch's rank error (the estimate is an order statistic within that many ranks of the two
 * numpy interpolates between).
 */
export type Approximate = { value: number; low: number; high: number; rankError: number; count: number };

/**
 * The column's finite numbers: kept and sorted for exact order statistics up to a limit; past it,
 * moved into a mergeable quantile sketch (quantile-sketch.ts) whose rank error the verdict states.
 */
export class ValuesSink implements CellSink<ValuesState> {
  values = new Float64Array(1024);
  /** Finite numbers seen. */
  count = 0;
  sorted = false;
  /** Past the limit: every number so far, summarised (then `values` is dropped). */
  sketch: QuantileSketch | undefined;
  /** Order statistics an engine measured (rank to value), in place of the values (a SQL source). */
  private ranked: Map<number, number> | undefined;
  constructor(
    readonly limit = VALUES_LIMIT,
    readonly sketchK = SKETCH_K,
  ) {}
  /** Whether the order statistics are approximate (more numbers than the limit). */
  get approximate(): boolean {
    return this.sketch !== undefined;
  }
  /**
   * Take the count and the order statistics from an engine that sorted the column itself (it
   * holds the quantileRanks of every level asked): exact whatever the count.
   */
  setRanked(count: number, ranked: Map<number, number>): void {
    this.count = count;
    this.ranked = ranked;
    this.sketch = undefined;
    this.values = new Float64Array(0);
    this.sorted = true;
  }
  /** Move the kept numbers into a new sketch. */
  private toSketch(): QuantileSketch {
    const sketch = new QuantileSketch(this.sketchK);
    sketch.addAll(this.values, this.count);
    this.values = new Float64Array(0);
    this.sketch = sketch;
    return sketch;
  }
  private add(x: number): void {
    if (this.sketch !== undefined || this.count === this.limit) {
      (this.sketch ?? this.toSketch()).add(x);
      this.count++;
      return;
    }
    const i = this.count++;
    if (i >= this.values.length) {
      const grown = new Float64Array(Math.min(this.limit, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[i] = x;
  }
  text(_text: string, n: number | undefined): void {
    if (n !== undefined && Number.isFinite(n)) this.add(n);
  }
  number(v: number): void {
    if (Number.isFinite(v)) this.add(v);
  }
  batch(col: BatchColumn): void {
    const { kind, num } = col;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      const x = num[r]!;
      if (x - x === 0) this.add(x);
    }
  }
  exportState(): ValuesState {
    if (this.sketch)
      return { values: new Float64Array(0), count: this.count, sketch: this.sketch.exportState() };
    return { values: this.values.slice(0, this.count), count: this.count };
  }
  mergeState(s: ValuesState): void {
    if (!this.sketch && !s.sketch && this.count + s.count <= this.limit) {
      for (let i = 0; i < s.count; i++) this.add(s.values[i]!);
      return;
    }
    const sketch = this.sketch ?? this.toSketch();
    if (s.sketch) sketch.merge(s.sketch);
    else sketch.addAll(s.values, s.count);
    this.count += s.count;
  }
  /** Sort once, after the merge. */
  finish(): void {
    if (this.sketch) this.sketch.freeze();
    if (this.sketch || this.sorted) return;
    this.values = this.values.slice(0, this.count).sort();
    this.sorted = true;
  }
  /**
   * The q-quantile by linear interpolation between order statistics (numpy's default); past the
   * limit, the sketch's estimate (see `estimate`).
   */
  quantile(q: number): number | undefined {
    if (this.sketch) return this.sketch.quantile(q)?.value;
    if (this.count === 0) return undefined;
    this.finish();
    const { lo, hi, t } = quantileRanks(this.count, q);
    const at = (i: number) => (this.ranked ? this.ranked.get(i) : this.values[i]);
    const a = at(lo);
    const b = at(hi);
    if (a === undefined || b === undefined) return undefined;
    // numpy's _lerp: a + t·(b − a), computed from the upper end when t ≥ 0.5.
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
  }
  /** The q-quantile: exact (a number), approximate past the limit, undefined without numbers. */
  measure(q: number): number | Approximate | undefined {
    if (!this.sketch) return this.quantile(q);
    const at = this.sketch.quantile(q);
    return at && { ...at, rankError: this.sketch.error, count: this.count };
  }
}

type DistinctState = { values: string[]; overflow: boolean };

/** The distinct non-missing values as written, kept up to a limit. */
export class DistinctSink implements CellSink<DistinctState> {
  readonly seen = new Set<string>();
  /** Whether a value arrived once the set was full: the count is then a lower bound. */
  overflow = false;
  /** Characters of the kept values. */
  chars = 0;
  /** The exact count an engine measured (a SQL source), in place of the set. */
  counted: number | undefined;
  constructor(
    readonly limit = DISTINCT_LIMIT,
    readonly charLimit = DISTINCT_CHARS,
  ) {}
  text(text: string): void {
    if (this.seen.has(text)) return;
    if (this.seen.size < this.limit && this.chars + text.length <= this.charLimit) {
      this.seen.add(text);
      this.chars += text.length;
    } else this.overflow = true;
  }
  number(v: number): void {
    this.text(String(v));
  }
  batch(col: BatchColumn): void {
    const { kind } = col;
    for (let r = col.from; r < col.to; r++) if (kind[r] !== MISSING_CELL) this.text(col.text(r));
  }
  exportState(): DistinctState {
    return { values: [...this.seen], overflow: this.overflow };
  }
  mergeState(s: DistinctState): void {
    if (s.overflow) this.overflow = true;
    for (const v of s.values) this.text(v);
  }
  /** Distinct values counted (a lower bound when `overflow`). */
  get size(): number {
    return this.counted ?? this.seen.size;
  }
}

/** A statistic for people to read: six significant digits (`41.2317`, `0.05`, `1.23457e+7`). */
export function formatStat(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}

/**
 * Why a statistic was not measured although the column has values: the engine that read it fed
 * nothing to the check (a SQL source measures only the checks that have a SQL form). Skipped,
 * never a verdict on nothing.
 */
export const NOT_FED =
  "the values were not read by this check (a SQL source measures only the checks with a SQL form)";

/** `>= 1 and <= 5`. */
export function describeBounds(b: StatBounds): string {
  return [b.min !== undefined && `>= ${b.min}`, b.max !== undefined && `<= ${b.max}`]
    .filter(Boolean)
    .join(" and ");
}

/** Whether a value lies within bounds. */
export function within(value: number, b: StatBounds): boolean {
  return (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
}

/** `approximate: rank error ≤ 0.025% of 8,000,000 values` (the percentage rounded up). */
export function describeApproximation(a: Approximate): string {
  return `approximate: rank error ≤ ${roundUp2((100 * a.rankError) / a.count)}% of ${formatCount(a.count)} values`;
}

/**
 * What an approximate statistic can decide about bounds: `passed` when every value its rank error
 * allows lies within them, `failed` when every one lies outside, else `undecided`.
 */
export function judgeApproximate(a: Approximate, b: StatBounds): "passed" | "failed" | "undecided" {
  if (within(a.low, b) && within(a.high, b)) return "passed";
  if ((b.min !== undefined && a.high < b.min) || (b.max !== undefined && a.low > b.max)) return "failed";
  return "undecided";
}

/** Why an approximate statistic decides nothing: the values its error allows lie on both sides. */
export function undecidedReason(a: Approximate, b: StatBounds): string {
  return `the exact value lies between ${formatStat(a.low)} and ${formatStat(a.high)}, on both sides of ${describeBounds(b)}`;
}

/**
 * The verdict of one statistic against its bounds: passed, failed, or skipped with the reason
 * when the statistic could not be measured (`value` undefined). An approximate statistic (an
 * order statistic past the exact limit) passes or fails only when its error cannot change the
 * outcome; otherwise it is skipped with the interval, never a guess.
 */
export function statVerdict(
  v: VerdictInput<unknown>,
  check: string,
  b: StatBounds,
  value: number | Approximate | undefined,
  notMeasured: string,
): CheckResult {
  const expected = describeBounds(b);
  const severity = b.severity ?? v.severity;
  const base = { id: `${v.id}/${check}`, severity, expected, rubric: SCHEMA_RUBRIC, diagnostics: [] };
  if (value === undefined)
    return { ...base, status: "skipped", message: `${v.column} ${check} not tested: ${notMeasured}` };
  if (typeof value !== "number") {
    const shown = formatStat(value.value);
    const approximate = { count: value.count, rankError: value.rankError };
    const verdict = judgeApproximate(value, b);
    const note = `(${describeApproximation(value)})`;
    if (verdict === "undecided")
      return {
        ...base,
        status: "skipped",
        message: `${v.column} ${check} not tested: about ${shown}, and ${undecidedReason(value, b)} ${note}`,
        observed: shown,
        approximate,
      };
    const failed = verdict === "failed";
    return {
      ...base,
      status: verdict,
      message: `${v.column} ${check}: ${shown}${failed ? `, expected ${expected}` : ""} ${note}`,
      observed: shown,
      approximate,
    };
  }
  const ok = within(value, b);
  const shown = formatStat(value);
  return {
    ...base,
    status: ok ? "passed" : "failed",
    message: `${v.column} ${check}: ${shown}${ok ? "" : `, expected ${expected}`}`,
    observed: shown,
  };
}
