/** The one settings type that CLI flags and action inputs both fill. */
import type { FormatName } from "../render/index.js";
import type { Command } from "../stages/run-stages.js";

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
  /** Files named on the command line (`mlgate lint FILE...`), relative to `dir`. */
  paths?: string[];
}

/** Config file names looked for at the repository root, in order. */
export const CONFIG_NAMES = ["mlgate.yml", "mlgate.yaml"];
