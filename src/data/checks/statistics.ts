/**
 * The accumulators and the verdict shared by the column statistics (`mean`, `std`, `median`,
 * `quantiles`, `distinct`): each of those checks is its own definition file and uses these.
 *
 * - Moments: Welford's streaming mean and sum of squared deviations, parts merged with Chan et
 *   al.'s parallel formula (numerically stable, exact up to floating point).
 * - Values: the numbers themselves, up to VALUES_LIMIT, sorted once for exact order statistics
 *   (numpy's default linear interpolation); past the limit the verdict is "not tested".
 * - Distinct values: the strings as written, up to DISTINCT_LIMIT; past it the count is a lower
 *   bound ("at least N") and the verdict only decides what a lower bound can decide.
 */
import type { CheckResult, Severity } from "../../report/types.js";
import {
  type BatchColumn,
  type CellSink,
  MISSING_CELL,
  NUMBER_CELL,
  SCHEMA_RUBRIC,
  type VerdictInput,
} from "./column-check.js";

/** `{ min, max, severity }` as written in mlgate.yml. */
export type StatBounds = { min?: number; max?: number; severity?: Severity };

/** Order statistics are exact up to this many non-missing numbers per column. */
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

type ValuesState = { values: Float64Array; count: number };

/**
 * Where the q-quantile of `count` sorted numbers lies: between the order statistics `lo` and `hi`
 * (0-based ranks), at `t` from `lo` (numpy's default, linear interpolation).
 */
export function quantileRanks(count: number, q: number): { lo: number; hi: number; t: number } {
  const h = (count - 1) * q;
  const lo = Math.floor(h);
  return { lo, hi: Math.min(lo + 1, count - 1), t: h - lo };
}

/** The column's finite numbers, kept up to a limit (past it only counted). */
export class ValuesSink implements CellSink<ValuesState> {
  values = new Float64Array(1024);
  /** Finite numbers seen (may exceed the limit; then `values` is dropped). */
  count = 0;
  sorted = false;
  /** Order statistics an engine measured (rank to value), in place of the values (a SQL source). */
  private ranked: Map<number, number> | undefined;
  constructor(readonly limit = VALUES_LIMIT) {}
  get overflow(): boolean {
    return this.ranked === undefined && this.count > this.limit;
  }
  /**
   * Take the count and the order statistics from an engine that sorted the column itself (it
   * holds the quantileRanks of every level asked): exact whatever the count.
   */
  setRanked(count: number, ranked: Map<number, number>): void {
    this.count = count;
    this.ranked = ranked;
    this.values = new Float64Array(0);
    this.sorted = true;
  }
  private add(x: number): void {
    const i = this.count++;
    if (i >= this.limit) {
      if (this.values.length) this.values = new Float64Array(0);
      return;
    }
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
    return {
      values: this.overflow ? new Float64Array(0) : this.values.slice(0, this.count),
      count: this.count,
    };
  }
  mergeState(s: ValuesState): void {
    if (this.count + s.count > this.limit) {
      this.count += s.count;
      this.values = new Float64Array(0);
      return;
    }
    for (let i = 0; i < s.count; i++) this.add(s.values[i]!);
  }
  /** Sort once, after the merge. */
  finish(): void {
    if (this.overflow || this.sorted) return;
    this.values = this.values.slice(0, this.count).sort();
    this.sorted = true;
  }
  /** The q-quantile by linear interpolation between order statistics (numpy's default). */
  quantile(q: number): number | undefined {
    if (this.overflow || this.count === 0) return undefined;
    this.finish();
    const { lo, hi, t } = quantileRanks(this.count, q);
    const at = (i: number) => (this.ranked ? this.ranked.get(i) : this.values[i]);
    const a = at(lo);
    const b = at(hi);
    if (a === undefined || b === undefined) return undefined;
    // numpy's _lerp: a + t·(b − a), computed from the upper end when t ≥ 0.5.
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
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

/**
 * The verdict of one statistic against its bounds: passed, failed, or skipped with the reason
 * when the statistic could not be measured (`value` undefined).
 */
export function statVerdict(
  v: VerdictInput<unknown>,
  check: string,
  b: StatBounds,
  value: number | undefined,
  notMeasured: string,
): CheckResult {
  const expected = describeBounds(b);
  const severity = b.severity ?? v.severity;
  const base = { id: `${v.id}/${check}`, severity, expected, rubric: SCHEMA_RUBRIC, diagnostics: [] };
  if (value === undefined)
    return { ...base, status: "skipped", message: `${v.column} ${check} not tested: ${notMeasured}` };
  const ok = within(value, b);
  const shown = formatStat(value);
  return {
    ...base,
    status: ok ? "passed" : "failed",
    message: `${v.column} ${check}: ${shown}${ok ? "" : `, expected ${expected}`}`,
    observed: shown,
  };
}
