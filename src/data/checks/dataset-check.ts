/**
 * The contract of a dataset check: options on a `data:` entry (not on one column), judged from the
 * whole table (row count, header) or fed rows by position (compound keys, one-hot groups).
 */

import type { CheckDefinition } from "../../checks/definition.js";
import type { ConfigFinding } from "../../config/parse-config.js";
import type { Workspace } from "../../io/workspace.js";
import type { MakeSpillDir } from "../../readers/hash-set.js";
import type { CheckResult, Severity } from "../../report/types.js";
import type { ColumnConfig } from "./column-check.js";
import type { DriftPlan } from "./drift.js";

/** One dataset of `data:`. */
export interface DatasetConfig {
  name: string;
  /** The files; absent when `source` names a table or a query instead. */
  path?: string | string[];
  /** Data where it lives (src/data/sql/sql-source.ts). */
  source?: unknown;
  format?: string;
  delimiter?: string;
  row_count?: { min?: number; max?: number; severity?: Severity };
  columns?: Record<string, ColumnConfig>;
  allow_extra_columns?: boolean;
  unique?: string[][];
  one_hot?: string[][];
  drift?: DriftPlan["config"];
  severity?: Severity;
  [key: string]: unknown;
}

/** What a check fed rows keeps for one group of columns (a key, a one-hot group). */
export interface RowSink<S = unknown> {
  /** The columns, by name. */
  readonly cols: string[];
  /** Where they are in the current file's header (-1: missing). */
  at: number[];
  /** Columns chosen from the header (a sink of every column but some): set `cols` here. */
  place?(header: string[]): void;
  /** Whether `place` takes its columns from the header (readers must then decode every column). */
  readonly wantsHeader?: boolean;
  /** One row's cells of those columns. */
  row(cells: string[], row: number, line: number, file: string): void;
  exportState(): S;
  mergeState(s: S, rowOffset: number, lineOffset: number): void;
}

/** What a dataset check's verdict is told. */
export interface DatasetVerdictInput {
  /** `data/<dataset>`: check ids start with it. */
  base: string;
  ds: DatasetConfig;
  severity: Severity;
  rows: number;
  /** The first file's header, when any file had one. */
  header: string[] | undefined;
  /** This check's row sinks, as rowSinks() made them. */
  sinks: RowSink[];
  /** The columns whose checks run (an unusable column, such as one with an invalid regex, is not among them). */
  checked: ReadonlySet<string>;
  /** Drift, prepared before the scan (the reference read) and fed during it. */
  drift: DriftPlan | undefined;
  /** What this check's `prepare` returned (a foreign key's reference keys), when it has one. */
  prepared?: unknown;
  /** The commit's time (ms since the epoch) when the run has one, for column checks run by a dataset check. */
  commitTime?: number;
}

/** A dataset check. */
export interface DatasetCheck extends CheckDefinition {
  configured(ds: DatasetConfig): boolean;
  /** The row sinks it needs, fresh (one set per dataset, and per part on each thread). */
  rowSinks?(ds: DatasetConfig, spillDir?: MakeSpillDir): RowSink[];
  /**
   * Once every part is merged, before finish: a step that may read rows again (`fetch`: the cells
   * of some rows of one of the dataset's files), such as the text of examples; `prepared` is what
   * `prepare` returned.
   */
  secondPass?(
    sinks: RowSink[],
    fetch: (file: string, rows: number[]) => Promise<Map<number, string[]>>,
    prepared?: unknown,
  ): Promise<void>;
  /** Called once every part is merged and before the verdict (second passes, …). */
  finish?(sinks: RowSink[]): void;
  verdict(v: DatasetVerdictInput): CheckResult[];
  /** Valid but discouraged options (a deprecated form), with paths from the dataset's entry. */
  configWarnings?(ds: DatasetConfig): ConfigFinding[];
  /** Options the schema accepts but the check cannot use (errors: exit 2), with paths from the dataset's entry. */
  configErrors?(ds: DatasetConfig): ConfigFinding[];
  /**
   * Reads what the check needs before the scan (a reference file), from the repository; what it
   * spills goes to folders `spillDir` makes (the run's temp space).
   */
  prepare?(ds: DatasetConfig, workspace: Workspace, spillDir?: MakeSpillDir): Promise<unknown>;
}

/** A failed check with no measure, only a message (a misnamed column, …). */
export function failed(
  id: string,
  message: string,
  severity: Severity,
  rubric: readonly string[],
): CheckResult {
  return { id, status: "failed", severity, message, rubric: [...rubric], diagnostics: [] };
}
