/** Core data model: one Report that every stage fills and every renderer reads. */

// The types a finding is made of live with the parsers that produce the first findings, so that
// source/ and schema/ need nothing from the report; everything else keeps importing them from here.
export type { Diagnostic, Position, Range, Severity } from "../source/diagnostic.js";

import type { Diagnostic, Severity } from "../source/diagnostic.js";

/** Outcome of one check: `error` means the check itself could not run (missing file, bad input). */
export type CheckStatus = "passed" | "failed" | "skipped" | "error";

/** Rubric sections of The ML Test Score (Breck et al., 2017). */
export type RubricSection = "data" | "model" | "infrastructure" | "monitoring";

/** One check: a lint target, a data expectation, a metric threshold, a test suite, a comparison rule. */
export interface CheckResult {
  /** Stable id, unique within its section (`data/training set/age/range`). */
  id: string;
  status: CheckStatus;
  severity: Severity;
  message: string;
  /** What was measured, for display (`0.912`, `3 rows`). */
  observed?: string;
  /** What was expected, for display (`>= 0.85`). */
  expected?: string;
  /** Preformatted text that explains the result (the tail of a failed command's output). */
  details?: string;
  /** ML Test Score items this check automates, such as `data.1`. */
  rubric?: string[];
  /**
   * Set when the observed value is approximate (an order statistic past the exact limit, from a
   * quantile sketch): the numbers it summarises and the most ranks by which it may be off.
   */
  approximate?: { count: number; rankError: number };
  diagnostics: Diagnostic[];
}

/** A small table of details; cells are display text. */
export interface Table {
  title: string;
  /** Small enough to show in the terminal scorecard too (a confusion matrix, slices). */
  compact?: boolean;
  columns: string[];
  rows: string[][];
}

/** Report sections follow the stages; `config` is the only section of a configuration-error report. */
export type SectionId = "config" | "lint" | "data" | "model" | "tests" | "compare";

/**
 * `skipped`: the stage is not configured. `incomplete`: it is configured but did not run
 * (this build cannot run it yet, or it was cut short); it never counts as passed.
 */
export type SectionStatus = "passed" | "failed" | "warning" | "skipped" | "incomplete";

/** The checks of one stage. */
export interface Section {
  id: SectionId;
  title: string;
  status: SectionStatus;
  /** Why the section is skipped or incomplete. */
  note?: string;
  /** What the stage looked at, in a few words ("12 files: 11 clean, 1 with findings"). */
  summary?: string;
  /** Values the stage measured, at full precision (model metrics computed from predictions). */
  metrics?: Record<string, number>;
  /** Detail tables (a data profile, a confusion matrix), shown folded in the scorecard. */
  tables?: Table[];
  /** Pictures of what the stage measured (curves, slice bars, drift histograms), drawn by renderers. */
  charts?: Chart[];
  /** Each checked column's profile with its distribution (the data stage, files it read). */
  profiles?: ColumnSummary[];
  checks: CheckResult[];
}

/**
 * One column of a dataset as the data stage measured it: its counts, and what its values look
 * like: the numbers in equal bins, the text values by frequency when it is a category.
 */
export interface ColumnSummary {
  dataset: string;
  column: string;
  /** Cells read, missing ones included. */
  rows: number;
  missing: number;
  /** Cells that read as numbers. */
  numeric: number;
  min?: number;
  max?: number;
  /** To 10 significant digits. */
  mean?: number;
  /** `counts[j]` numbers in [start + j·width, start + (j+1)·width); exact, at most 64 bins. */
  histogram?: { start: number; width: number; counts: number[] };
  /**
   * The most frequent text values (at most 10), exact; absent when the column holds more distinct
   * text values than a category would (see `src/data/top-values.ts`).
   */
  top?: { values: { value: string; count: number }[]; other: number; distinct: number };
}

/** What a chart shows, so a `scorecard.charts` switch can turn it off. */
export type ChartKind = "roc" | "pr" | "calibration" | "slices" | "drift" | "histogram" | "trend";

/** One line or set of bars: a value per x position (`null`: no value there). */
export interface ChartSeries {
  /** "head", "base", "reference", "current", a metric. */
  name: string;
  values: (number | null)[];
}

/**
 * A small chart as data. The x axis is either a numeric range whose positions are evenly spaced
 * from `min` to `max` (one per value) or named categories; charts with the same `id` from several
 * sections are one chart (the compare stage adds the baseline's series to the model's curves).
 */
export interface Chart {
  /** Stable id (`model/roc`, `data/training set/age/drift`). */
  id: string;
  kind: ChartKind;
  title: string;
  style: "line" | "bar";
  x: { label: string; min?: number; max?: number; categories?: string[] };
  y: { label: string; min: number; max: number };
  series: ChartSeries[];
  /** A figure that belongs in the title or legend, per series name (the exact AUC). */
  area?: Record<string, number>;
  /** The statistic that ranked a drift chart, to keep the columns that moved most. */
  score?: number;
}

/** Direction in which a metric improves. */
export type Direction = "higher" | "lower" | "none";

/**
 * The smallest worsening a paired test detects with probability `power` at `confidence`, for the
 * pairs and the noise of this comparison (src/compare/detectable.ts derives it).
 */
export interface Detectable {
  /** The minimum detectable worsening, in the metric's units (a drop for `higher`, a rise for `lower`). */
  change: number;
  confidence: number;
  power: number;
  /** Pairs the test used (the bootstrap's subsample on large sets). */
  n: number;
  /** Standard error of the delta that the test works with. */
  se: number;
}

/**
 * How a metric compared. `not gated`: no rule gives it a direction, so it is shown and never
 * fails (it is not "passed": nothing was checked).
 */
export type ComparisonStatus =
  | "passed"
  | "failed"
  | "warning"
  | "not gated"
  | "added"
  | "removed"
  | "unchanged";

/** One metric, head against baseline. */
export interface Comparison {
  metric: string;
  base: number | null;
  head: number | null;
  delta: number | null;
  deltaPercent?: number | null;
  direction: Direction;
  status: ComparisonStatus;
  severity?: Severity;
  /** Confidence interval of the delta, when a paired test ran. */
  interval?: { low: number; high: number; confidence: number };
  pValue?: number;
  test?: string;
  /** What the paired test can detect, for a gated metric with a test. */
  detectable?: Detectable;
}

/** One metric over past baselines and this change, oldest first. */
export interface TrendSeries {
  metric: string;
  points: { label: string; value: number }[];
}

/** Where the comparison baseline came from, or why there is none. */
export interface BaselineInfo {
  source: "artifact" | "git" | "path" | "none";
  /** Run id, ref, sha or file; whatever identifies it. */
  ref?: string;
  sha?: string;
  /** The web page of the run an artifact baseline came from. */
  url?: string;
  reason?: string;
}

/** One rubric item and the points it earned. */
export interface RubricItem {
  id: string;
  section: RubricSection;
  points: number;
  how: "automated" | "manual";
  by: string;
}

/** The ML Test Score: per-section sums and the final score, the minimum of the four. */
export interface MlTestScore {
  sections: Record<RubricSection, number>;
  final: number;
  items: RubricItem[];
}

/** How the environment was chosen. */
export interface EnvironmentInfo {
  name: string;
  /** `unresolved`: mlgate.yml is invalid, so its `environments` could not be read. */
  source: "flag" | "branch" | "default" | "fallback" | "unresolved";
  /** The branch matched, the glob or the flag. */
  detail?: string;
  deploy?: boolean;
}

/** Why the gate decided as it did. */
export interface GateResult {
  passed: boolean;
  failOn: "error" | "warning" | "never";
  minMlTestScore?: number;
  reasons: string[];
}

/** The one report: JSON form is the public contract, described by schemas/report.schema.json. */
export interface Report {
  version: 1;
  tool: { name: "mlgate"; version: string };
  /**
   * `config-error`: mlgate.yml is invalid and no stage ran; the `config` section holds its
   * diagnostics. Absent on a report whose stages ran.
   */
  status?: "config-error";
  environment: EnvironmentInfo;
  passed: boolean;
  gate: GateResult;
  sections: Section[];
  comparisons: Comparison[];
  mlTestScore: MlTestScore;
  baseline: BaselineInfo;
  /** Key metrics over past baselines and this change, when artifact baselines give a history. */
  trend?: TrendSeries[];
}
