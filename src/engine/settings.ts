/** The one settings type that CLI flags and action inputs both fill. */
import type { FormatName } from "../render/index.js";
import type { Tuning } from "../stages/stage.js";
import type { Command } from "./run-stages.js";

/** What a run was asked to do. */
export interface Settings {
  command: Command;
  /** Repository root (absolute). */
  dir: string;
  /** Config path relative to `dir`; found automatically when undefined. */
  config?: string;
  /** Environment forced by `--env` / the `environment` input. */
  environment?: string;
  /** Format printed (CLI) or logged (action). */
  format: FormatName;
  /** Where the formatted report is written, when not stdout. */
  output?: string;
  /** Draw the report's charts as text plots in the terminal scorecard (`--charts`). */
  charts?: boolean;
  /** Files named on the command line (`mlgate lint FILE...`), relative to `dir`. */
  paths?: string[];
  /** Performance knobs (MLGATE_THREADS, MLGATE_FAST_PATH). */
  tuning?: Tuning;
  /** `--baseline FILE|DIR` and `--baseline-ref REF`. */
  baseline?: { path?: string; ref?: string };
  /** Where the run's temporary files go (RUNNER_TEMP on a runner); the OS temp folder when undefined. */
  temp?: string;
  /** Why the tests stage must run no command (set by the action: see StageContext.suitesRefused). */
  suitesRefused?: string;
}

/**
 * Performance knobs from the environment, for benchmarks and debugging: MLGATE_THREADS=N caps the
 * lint threads, MLGATE_FAST_PATH=0 turns the fast path off. Neither changes any result.
 */
export function readTuning(env: Record<string, string | undefined>): Tuning {
  const tuning: Tuning = {};
  const threads = Number(env.MLGATE_THREADS);
  if (env.MLGATE_THREADS && Number.isInteger(threads) && threads > 0) tuning.threads = threads;
  if (env.MLGATE_FAST_PATH === "0") tuning.fastPath = false;
  return tuning;
}

/** Config file names looked for at the repository root, in order. */
export const CONFIG_NAMES = ["mlgate.yml", "mlgate.yaml"];
