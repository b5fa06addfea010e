/** Core data model: one Report that every stage fills and every renderer reads. */

/** How bad a finding is; the gate compares it with `gates.fail_on`. */
export type Severity = "error" | "warning";

/** A 0-based position inside a file (line and column count UTF-16 code units, like editors). */
export interface Position {
  line: number;
  column: number;
}

/** A 0-based half-open range inside a file. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * Something a user must fix. `code` is a stable id (`schema/required`, `yaml/duplicate-key`,
 * `env-leak`, `data/range`) that users grep for and suppress by.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** JSON path of the offending value inside the file, when the file is structured. */
  path?: (string | number)[];
  /** 0-based range; rendered 1-based. */
  range?: Range;
  /** What to do about it. */
  hint?: string;
}

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

/** Report sections follow the stages. */
export type SectionId = "lint" | "data" | "model" | "tests" | "compare";

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
  checks: CheckResult[];
}

/** Direction in which a metric improves. */
export type Direction = "higher" | "lower" | "none";

/** One metric, head against baseline. */
export interface Comparison {
  metric: string;
  base: number | null;
  head: number | null;
  delta: number | null;
  deltaPercent?: number | null;
  direction: Direction;
  status: "passed" | "failed" | "warning" | "added" | "removed" | "unchanged";
  severity?: Severity;
  /** Confidence interval of the delta, when a paired test ran. */
  interval?: { low: number; high: number; confidence: number };
  pValue?: number;
  test?: string;
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
  source: "flag" | "branch" | "default" | "fallback";
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
