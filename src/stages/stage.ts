/** A stage turns one block of mlgate.yml into one report section. */

import type { GitHubContext } from "../baseline/artifact-baseline.js";
import type { Baseline, NoBaseline } from "../baseline/baseline.js";
import type { BaselineRequest, CompareOutput } from "../compare/compare-stage.js";
import type { MlgateConfig } from "../config/types.js";
import type { ProgressSink } from "../io/progress.js";
import type { Workspace } from "../io/workspace.js";
import type { Predictions } from "../model/predictions.js";
import type { EnvironmentInfo, Section, SectionId } from "../report/types.js";

/** What every stage receives. */
export interface StageContext {
  config: MlgateConfig;
  environment: EnvironmentInfo;
  /** File access confined to the repository. */
  workspace: Workspace;
  /** The config file (repo-relative), for messages about what it names. */
  configFile: string;
  /** Files named on the command line (`mlgate lint FILE...`), repo-relative. */
  paths?: string[];
  /** Performance knobs; defaults when absent. */
  tuning?: Tuning;
  /** Where long scans report progress; silent when absent. */
  progress?: ProgressSink;
  /** Where the comparison's baseline comes from (flags, the pull request's base branch). */
  baselineRequest?: BaselineRequest;
  /** The run's baseline, resolved once for every stage that needs it (compare, drift). */
  sharedBaseline?: () => Promise<Baseline | NoBaseline>;
  /** What more than one stage of a run reads, read once (shared by reference between stages). */
  runCache?: RunCache;
  /** GitHub access when running as the action with a token: artifact baselines. */
  github?: GitHubContext;
  /** Receives the comparisons and the baseline for the report (the compare stage calls it). */
  compareOutput?: (out: CompareOutput) => void;
}

/** Performance knobs that never change results (tests compare outputs across them). */
export interface Tuning {
  /** Threads for linting (default: one per core). */
  threads?: number;
  /** Prove clean YAML files clean with the fast parser first (default true). */
  fastPath?: boolean;
}

/** A stage definition; `run` is absent while this build cannot run the stage. */
export interface Stage {
  id: SectionId;
  title: string;
  /** The `mlgate.yml` key that configures it. */
  key: keyof MlgateConfig;
  configured(config: MlgateConfig): boolean;
  run?: (ctx: StageContext) => Promise<Section>;
}

/** Whether `config` has a non-empty block under `key`. */
export function hasBlock(config: MlgateConfig, key: keyof MlgateConfig): boolean {
  const value = config[key];
  if (Array.isArray(value)) return value.length > 0;
  return (
    value !== undefined && value !== null && (typeof value !== "object" || Object.keys(value).length > 0)
  );
}

/** A run's reads that two stages share. */
export interface RunCache {
  /**
   * The head predictions as the model stage read them, with example ids when the paired tests
   * will want them (same file, same id column): the comparison then does not read them again.
   */
  predictions?: { path: string; id: string; value: Promise<Predictions> };
}
