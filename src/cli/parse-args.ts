/** Turn argv into Settings, or a one-line usage error. */
import path from "node:path";
import { parseArgs } from "node:util";
import type { Command } from "../engine/run-stages.js";
import { readTuning, type Settings } from "../engine/settings.js";
import { isFormat, RENDERERS } from "../render/index.js";
import { closest } from "../schema/suggest.js";
import { COMMANDS, type CommandName, isCommand, OPTIONS, type OptionName } from "./commands.js";
import { findConfigFolder, folderExists } from "./find-root.js";

/** What the command line asked for. */
export type CliRequest =
  | { kind: "help"; command?: CommandName }
  | { kind: "version" }
  | { kind: "schema" }
  | { kind: "init"; dir: string; force: boolean; dryRun: boolean }
  | { kind: "run"; settings: Settings; quiet: boolean };

/** A bad command line; the message is one line. */
export class UsageError extends Error {}

/** What node:util's parseArgs takes, from the table in commands.ts. */
const PARSER_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, o]) => [
    name,
    "short" in o ? { type: o.type, short: o.short } : { type: o.type },
  ]),
) as Record<OptionName, { type: "string" | "boolean"; short?: string }>;

type Values = Partial<Record<OptionName, string | boolean>>;

function nonEmpty(name: string, value: string | boolean | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  if (value.trim() === "") throw new UsageError(`--${name} needs a value`);
  return value;
}

/** `p` (typed relative to `from`) relative to `dir` with `/`, or a usage error when outside it. */
function inside(dir: string, from: string, p: string, what: string): string {
  const rel = path.relative(dir, path.resolve(from, p));
  if (rel.startsWith("..") || path.isAbsolute(rel))
    throw new UsageError(`${what} must be inside --dir (${dir})`);
  return rel.split(path.sep).join("/");
}

/** Parse `argv` (without node and the script) relative to `cwd`. */
export function parseCliArgs(
  argv: string[],
  cwd: string,
  environ: Record<string, string | undefined> = {},
): CliRequest {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: PARSER_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(describeParseError(err as Error));
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  const commands = Object.keys(COMMANDS);
  if (command !== undefined && !isCommand(command)) {
    const guess = closest(command, commands);
    throw new UsageError(
      `unknown command "${command}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${commands.join(", ")}`,
    );
  }
  if (values.help) return { kind: "help", command };
  if (values.version) return { kind: "version" };
  if (command === undefined) throw new UsageError(`missing command; expected one of ${commands.join(", ")}`);
  for (const name of Object.keys(values) as OptionName[]) {
    if (!(COMMANDS[command].options as OptionName[]).includes(name) && name !== "version")
      throw new UsageError(`mlgate ${command} does not take --${name}`);
  }
  if (extra.length && command !== "lint") throw new UsageError(`unexpected argument "${extra[0]}"`);
  const given = nonEmpty("dir", values.dir);
  const start = path.resolve(cwd, given ?? ".");
  if (!folderExists(start))
    throw new UsageError(`--dir ${given ?? start}: no such folder${given ? "" : ` (${start})`}`);
  if (command === "schema") return { kind: "schema" };
  if (command === "init")
    return { kind: "init", dir: start, force: values.force === true, dryRun: values["dry-run"] === true };
  return {
    kind: "run",
    settings: runSettings(command, values, extra, start, cwd, environ),
    quiet: values.quiet === true,
  };
}

/** Settings of check, lint, test and compare. */
function runSettings(
  command: Command,
  values: Values,
  extra: string[],
  start: string,
  cwd: string,
  environ: Record<string, string | undefined>,
): Settings {
  const format = nonEmpty("format", values.format) ?? "terminal";
  if (!isFormat(format)) {
    const names = Object.keys(RENDERERS);
    const guess = closest(format, names);
    throw new UsageError(
      `unknown format "${format}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${names.join(", ")}`,
    );
  }
  const config = nonEmpty("config", values.config);
  // A named config is taken where it is; otherwise mlgate.yml is looked for upwards, as git does.
  const dir = config === undefined ? findConfigFolder(start) : start;
  const settings: Settings = { command, dir, format, tuning: readTuning(environ) };
  // On a runner (a workflow step running the CLI), temp files go where the runner empties them.
  if (environ.RUNNER_TEMP) settings.temp = environ.RUNNER_TEMP;
  if (config !== undefined) settings.config = inside(dir, dir, config, `--config ${config}`);
  if (extra.length) settings.paths = extra.map((p) => inside(dir, cwd, p, p));
  const baselinePath = nonEmpty("baseline", values.baseline);
  const baselineRef = nonEmpty("baseline-ref", values["baseline-ref"]);
  if (baselinePath !== undefined && baselineRef !== undefined)
    throw new UsageError("--baseline and --baseline-ref both name a baseline; pass one");
  if (baselinePath !== undefined)
    settings.baseline = { path: inside(dir, cwd, baselinePath, `--baseline ${baselinePath}`) };
  if (baselineRef !== undefined) settings.baseline = { ref: baselineRef };
  const env = nonEmpty("env", values.env);
  if (env !== undefined) settings.environment = env;
  if (values.charts) settings.charts = true;
  const output = nonEmpty("output", values.output);
  if (output !== undefined) settings.output = path.resolve(cwd, output);
  return settings;
}

function describeParseError(err: Error): string {
  const code = (err as { code?: string }).code;
  const option = /'(-[^']*)'/.exec(err.message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    const names = Object.keys(OPTIONS).map((n) => `--${n}`);
    const guess = option.startsWith("--") ? closest(option, names) : undefined;
    return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    const long = /--[a-z][a-z-]*/.exec(option)?.[0] ?? option;
    return /argument missing/.test(err.message)
      ? `option ${long} needs a value`
      : `option ${long} does not take a value`;
  }
  return err.message.split("\n")[0]!;
}
