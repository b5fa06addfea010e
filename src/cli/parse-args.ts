/** Turn argv into Settings, or a one-line usage error. */
import path from "node:path";
import { parseArgs } from "node:util";
import { type Command, STAGES_BY_COMMAND } from "../engine/run-stages.js";
import { readTuning, type Settings } from "../engine/settings.js";
import { isFormat, RENDERERS } from "../render/index.js";
import { closest } from "../schema/suggest.js";

/** What the command line asked for. */
export type CliRequest = { kind: "help" } | { kind: "version" } | { kind: "run"; settings: Settings };

/** A bad command line; the message is one line. */
export class UsageError extends Error {}

const OPTIONS = {
  dir: { type: "string", short: "C" },
  config: { type: "string", short: "c" },
  env: { type: "string", short: "e" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  charts: { type: "boolean" },
  baseline: { type: "string" },
  "baseline-ref": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === "") throw new UsageError(`--${name} needs a value`);
  return value;
}

/** Parse `argv` (without node and the script) relative to `cwd`. */
export function parseCliArgs(
  argv: string[],
  cwd: string,
  environ: Record<string, string | undefined> = {},
): CliRequest {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(describeParseError(err as Error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const commands = Object.keys(STAGES_BY_COMMAND);
  const [command, ...extra] = positionals;
  if (command === undefined) throw new UsageError(`missing command; expected one of ${commands.join(", ")}`);
  if (!commands.includes(command)) {
    const guess = closest(command, commands);
    throw new UsageError(
      `unknown command "${command}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${commands.join(", ")}`,
    );
  }
  if (extra.length && command !== "lint") throw new UsageError(`unexpected argument "${extra[0]}"`);
  const format = nonEmpty("format", values.format) ?? "terminal";
  if (!isFormat(format)) {
    const names = Object.keys(RENDERERS);
    const guess = closest(format, names);
    throw new UsageError(
      `unknown format "${format}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${names.join(", ")}`,
    );
  }
  const dir = path.resolve(cwd, nonEmpty("dir", values.dir) ?? ".");
  const settings: Settings = { command: command as Command, dir, format, tuning: readTuning(environ) };
  // On a runner (a workflow step running the CLI), temp files go where the runner empties them.
  if (environ.RUNNER_TEMP) settings.temp = environ.RUNNER_TEMP;
  const config = nonEmpty("config", values.config);
  if (config !== undefined) {
    const rel = path.relative(dir, path.resolve(cwd, config));
    if (rel.startsWith("..") || path.isAbsolute(rel))
      throw new UsageError(`--config ${config} must be inside --dir (${dir})`);
    settings.config = rel.split(path.sep).join("/");
  }
  if (extra.length) {
    settings.paths = extra.map((p) => {
      const rel = path.relative(dir, path.resolve(cwd, p));
      if (rel.startsWith("..") || path.isAbsolute(rel))
        throw new UsageError(`${p} is outside --dir (${dir})`);
      return rel.split(path.sep).join("/");
    });
  }
  const baselinePath = nonEmpty("baseline", values.baseline);
  const baselineRef = nonEmpty("baseline-ref", values["baseline-ref"]);
  if (baselinePath !== undefined && baselineRef !== undefined)
    throw new UsageError("--baseline and --baseline-ref both name a baseline; pass one");
  if (baselinePath !== undefined) {
    const rel = path.relative(dir, path.resolve(cwd, baselinePath));
    if (rel.startsWith("..") || path.isAbsolute(rel))
      throw new UsageError(`--baseline ${baselinePath} must be inside --dir (${dir})`);
    settings.baseline = { path: rel.split(path.sep).join("/") };
  }
  if (baselineRef !== undefined) settings.baseline = { ref: baselineRef };
  const env = nonEmpty("env", values.env);
  if (env !== undefined) settings.environment = env;
  if (values.charts) settings.charts = true;
  const output = nonEmpty("output", values.output);
  if (output !== undefined) settings.output = path.resolve(cwd, output);
  return { kind: "run", settings };
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
