/**
 * The CLI's commands and options, written once: the parser accepts, per command, exactly the
 * options listed here, and `mlgate COMMAND --help` is printed from the same table (the docs tests
 * hold the README and docs/ to it).
 */
import { RENDERERS } from "../render/index.js";

/** An option: its parser type, short letter, value name and one-line description. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in help (`DIR`); booleans have none. */
  value?: string;
  description: string;
}

const formats = Object.keys(RENDERERS).join(", ");

/** Every option the CLI knows, by long name. */
export const OPTIONS = {
  dir: {
    type: "string",
    short: "C",
    value: "DIR",
    description: "look for mlgate.yml in DIR, then up to the git root (default: the current folder)",
  },
  config: {
    type: "string",
    short: "c",
    value: "FILE",
    description: "config file, relative to --dir (default: mlgate.yml, looked for as --dir says)",
  },
  env: {
    type: "string",
    short: "e",
    value: "NAME",
    description: "environment to check for (default: chosen by branch, see mlgate.yml)",
  },
  format: {
    type: "string",
    short: "f",
    value: "NAME",
    description: `output format: ${formats} (default: terminal)`,
  },
  output: {
    type: "string",
    short: "o",
    value: "FILE",
    description: "write the formatted report to FILE; the scorecard still prints",
  },
  quiet: {
    type: "boolean",
    short: "q",
    description: "no progress and no scorecard; one line per reason when the gate fails",
  },
  charts: {
    type: "boolean",
    description: "draw the curves and histograms in the terminal scorecard (text plots)",
  },
  baseline: {
    type: "string",
    value: "PATH",
    description: "compare against a saved metrics file, or a folder laid out like the repository",
  },
  "baseline-ref": {
    type: "string",
    value: "REF",
    description: "compare against git REF (its merge base with HEAD; fetched if missing)",
  },
  force: { type: "boolean", description: "overwrite files that already exist" },
  "dry-run": { type: "boolean", description: "print what would be written, write nothing" },
  help: { type: "boolean", short: "h", description: "show this help" },
  version: { type: "boolean", short: "v", description: "print the version" },
} satisfies Record<string, OptionSpec>;

/** An option's long name. */
export type OptionName = keyof typeof OPTIONS;

/** A command: what it does, its synopsis, the options it takes and an example. */
export interface CommandSpec {
  summary: string;
  usage: string;
  /** More lines for its help, after the summary. */
  details?: string;
  options: OptionName[];
  /** Descriptions that differ for this command. */
  describe?: Partial<Record<OptionName, string>>;
  examples: string[];
}

const RUN_OPTIONS: OptionName[] = ["dir", "config", "env", "format", "output", "quiet", "charts"];
const BASELINE_OPTIONS: OptionName[] = ["baseline", "baseline-ref"];

/** The commands, in the order help lists them. */
export const COMMANDS = {
  check: {
    summary: "run every configured stage (lint, data, model, tests, compare) and the gate",
    usage: "mlgate check [options]",
    options: [...RUN_OPTIONS, ...BASELINE_OPTIONS, "help"],
    examples: ["mlgate check --dir examples/churn-model --env production"],
  },
  lint: {
    summary: "lint config files against their schemas and built-in rules",
    usage: "mlgate lint [FILE...] [options]",
    details: "Files named on the command line are linted alone (each must match a lint target).",
    options: [...RUN_OPTIONS, "help"],
    examples: ["mlgate lint configs/scoring.yaml --env production --format sarif --output mlgate.sarif"],
  },
  test: {
    summary: "run the data checks, model checks and the team's test suites",
    usage: "mlgate test [options]",
    options: [...RUN_OPTIONS, "help"],
    examples: ["mlgate test --dir examples/bad-data-pr --format markdown"],
  },
  compare: {
    summary: "compare metrics with the baseline of the target branch",
    usage: "mlgate compare [options]",
    options: [...RUN_OPTIONS, ...BASELINE_OPTIONS, "help"],
    examples: ["mlgate compare --baseline-ref main"],
  },
  init: {
    summary: "write a starter mlgate.yml (and the workflow) for the repository",
    usage: "mlgate init [options]",
    details:
      "Looks at the repository (configs, data files, metrics files, pytest suites) and writes a commented\nmlgate.yml, draft JSON Schemas for configs without a built-in one, and .github/workflows/mlgate.yml.\nExisting files are left alone unless --force is given.",
    options: ["dir", "force", "dry-run", "help"],
    describe: { dir: "the repository to set up (default: the current folder)" },
    examples: ["mlgate init --dry-run"],
  },
  schema: {
    summary: "print the JSON Schema of mlgate.yml",
    usage: "mlgate schema",
    options: ["help"],
    examples: ["mlgate schema > mlgate.schema.json"],
  },
} satisfies Record<string, CommandSpec>;

/** A command's name. */
export type CommandName = keyof typeof COMMANDS;

/** Whether `name` is a command. */
export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
