/** A stage turns one block of mlgate.yml into one report section. */

import type { RunBaseline } from "../baseline/resolved-baseline.js";
import type { MlgateConfig } from "../config/types.js";
import type { ProgressSink } from "../io/progress.js";
import type { TempSpace } from "../io/temp-space.js";
import type { Workspace } from "../io/workspace.js";
import type {
  BaselineInfo,
  Comparison,
  EnvironmentInfo,
  Section,
  SectionId,
  TrendSeries,
} from "../report/types.js";

/** What every stage receives: values only, resolved before the stages run. */
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
  /**
   * The run's baseline (compare, drift against the baseline) or why there is none; absent when
   * no stage of the run needs one.
   */
  baseline?: RunBaseline;
  /** HEAD's committer time in ms, for `freshness.since: commit`; absent outside git or unasked. */
  commitTime?: number;
  /** The run's scratch space (spilled hashes); removed by the engine when the stages are done. */
  temp?: TempSpace;
  /**
   * The environment variables SQL sources may name (`url: env:NAME`), read by the shell; stages
   * never read process.env themselves.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** What more than one stage of a run reads, read once (shared by reference between stages). */
  runCache?: RunCache;
  /**
   * Why the team's suites must not run in this run (an event where the checked-out code may be a
   * fork's while the token can write, without the workflow's opt-in); the tests stage reports it.
   */
  suitesRefused?: string;
}

/**
 * A run's reads that two stages share. The folder whose type a slot holds declares the slot
 * (`declare module` augmentation, see compare/shared-head.ts), so that this folder, which every
 * stage imports, imports no stage.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the slots are declared where their types live
export interface RunCache {}

/** Performance knobs that never change results (tests compare outputs across them). */
export interface Tuning {
  /** Threads for linting (default: one per core). */
  threads?: number;
  /** Prove clean YAML files clean with the fast parser first (default true). */
  fastPath?: boolean;
}

/** What the comparison adds at the top of the report besides its section. */
export interface CompareOutput {
  comparisons: Comparison[];
  baseline: BaselineInfo;
  trend?: TrendSeries[];
}

/** A section, and what the stage adds to the report outside it (only the comparison adds anything). */
export interface StageResult {
  section: Section;
  compared?: CompareOutput;
}

/** A stage definition; `run` is absent while this build cannot run the stage. */
export interface Stage {
  id: SectionId;
  title: string;
  /** The `mlgate.yml` key that configures it. */
  key: keyof MlgateConfig;
  configured(config: MlgateConfig): boolean;
  run?: (ctx: StageContext) => Promise<Section | StageResult>;
}

/** Whether `config` has a non-empty block under `key`. */
export function hasBlock(config: MlgateConfig, key: keyof MlgateConfig): boolean {
  const value = config[key];
  if (Array.isArray(value)) return value.length > 0;
  return (
    value !== undefined && value !== null && (typeof value !== "object" || Object.keys(value).length > 0)
  );
}

/** The stages' ids, in report order. */
export type StageId = Exclude<SectionId, "config">;

/** Each stage's title and the mlgate.yml key that configures it: its module and the engine's card of it read them here. */
const HEADS: Record<StageId, { title: string; key: keyof MlgateConfig }> = {
  lint: { title: "Config lint", key: "lint" },
  data: { title: "Data", key: "data" },
  model: { title: "Model", key: "model" },
  tests: { title: "Test suites", key: "tests" },
  compare: { title: "Baseline comparison", key: "compare" },
};

/** A stage's id, title, key, and whether a config configures it (a non-empty block under the key). */
export function stageHead(id: StageId): Omit<Stage, "run"> {
  const { title, key } = HEADS[id];
  return { id, title, key, configured: (config) => hasBlock(config, key) };
}
