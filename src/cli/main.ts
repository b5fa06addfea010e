/** The `mlgate` command: parse flags, run the engine, print, exit 0/1/2. */
import { writeFile } from "node:fs";
import type { Worker } from "node:worker_threads";
import { buildConfigErrorReport } from "../engine/config-error-report.js";
import { runMlgate } from "../engine/run-mlgate.js";
import type { Settings } from "../engine/settings.js";
import { readBranchContext } from "../io/branch-context.js";
import { logSafe } from "../io/log-text.js";
import { createProgress, SILENT } from "../io/progress.js";
import { createWorkspace } from "../io/workspace.js";
import { workspacePrefix } from "../io/workspace-prefix.js";
import { endStartedWorkers, offerStartedWorkers } from "../lint/worker-start.js";
import { location } from "../render/common.js";
import { RENDERERS } from "../render/index.js";
import type { Diagnostic, Report } from "../report/types.js";
import { VERSION } from "../version.js";
import { useColor } from "./color.js";
import { isCommand } from "./commands.js";
import { commandHelpText, helpText } from "./help.js";
import { parseCliArgs, UsageError } from "./parse-args.js";

/** Exit codes everywhere: 0 passed, 1 gate failed, 2 usage or configuration error. */
export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

/**
 * Human text that holds names and messages from the repository under test. Run as a step of a
 * GitHub Actions job (`npx mlgate check`), the runner reads the step's output for workflow
 * commands, so such text goes out inside a stop-commands block when it could hold one (the action
 * does the same through its log publisher). Machine formats (`--format github` is made of
 * commands; json, sarif, markdown may be redirected to a file) are written as they are.
 */
function forLog(text: string): string {
  if (process.env.GITHUB_ACTIONS !== "true" || text === "") return text;
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const safe = logSafe(body);
  return safe === body ? text : `${safe}\n`;
}

function printDiagnostic(d: Diagnostic): void {
  const hint = d.hint ? `  hint: ${d.hint}\n` : "";
  process.stderr.write(forLog(`${location(d)} ${d.severity} ${d.code} ${d.message}\n${hint}`));
}

/** What the binary's entry started before loading this bundle. */
export interface Started {
  /** Lint workers waiting for a job (src/lint/worker-start.ts). */
  lintWorkers?: Worker[];
}

/** Run the CLI with `argv` and return the exit code; workers started ahead and not used are ended. */
export async function main(argv: string[], started: Started = {}): Promise<number> {
  offerStartedWorkers(started.lintWorkers ?? []);
  try {
    return await run(argv);
  } finally {
    endStartedWorkers();
  }
}

async function run(argv: string[]): Promise<number> {
  let request: ReturnType<typeof parseCliArgs>;
  try {
    request = parseCliArgs(argv, process.cwd(), process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const command = argv.find((a) => !a.startsWith("-") && isCommand(a));
    process.stderr.write(`mlgate: ${err.message} (see mlgate${command ? ` ${command}` : ""} --help)\n`);
    return EXIT.usage;
  }
  if (request.kind === "help") {
    process.stdout.write(request.command ? commandHelpText(request.command, VERSION) : helpText(VERSION));
    return EXIT.passed;
  }
  if (request.kind === "schema") {
    const { default: mlgateSchema } = await import("../../schemas/mlgate.schema.json", {
      with: { type: "json" },
    });
    process.stdout.write(`${JSON.stringify(mlgateSchema, null, 2)}\n`);
    return EXIT.passed;
  }
  // `mlgate init` reads every kind of file; its code loads only when asked for.
  if (request.kind === "init") return (await import("./init-command.js")).runInitCommand(request);
  if (request.kind === "version") {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.passed;
  }
  const { settings, quiet } = request;
  // Progress goes to stderr, so that stdout stays the report.
  const progress = quiet
    ? SILENT
    : createProgress({ write: (t) => process.stderr.write(t), tty: Boolean(process.stderr.isTTY) });
  // The branch picks the environment (only without --env) and, in a pull request, the baseline's
  // branch (GITHUB_BASE_REF, no git). Locally asking git costs two or three processes (about a
  // tenth of a second) before the first file is read, and with --env nothing would use the answer:
  // a baseline that needs the default branch asks git for it itself (baseline/resolve-baseline.ts).
  const needsBranch = settings.environment === undefined || Boolean(process.env.GITHUB_BASE_REF);
  const outcome = await runMlgate(
    settings,
    needsBranch ? await readBranchContext(process.env, settings.dir) : {},
    createWorkspace(settings.dir),
    progress,
    { env: process.env },
  );
  if (outcome.kind === "usage-error") {
    process.stderr.write(`mlgate: ${outcome.message}\n`);
    return EXIT.usage;
  }
  if (outcome.kind === "config-error") {
    for (const d of outcome.diagnostics) printDiagnostic(d);
    // Names that match nothing leave the rest of the run standing: its scorecard is shown on the
    // terminal (without the diagnostics again: they are above).
    if (outcome.report && !quiet && (settings.output || settings.format === "terminal")) {
      process.stdout.write(forLog(RENDERERS.terminal(outcome.report, { color: stdoutColor() })));
    }
    const n = outcome.diagnostics.filter((d) => d.severity === "error").length;
    process.stderr.write(
      `mlgate: ${outcome.configFile} has ${n} error${n === 1 ? "" : "s"}; ${outcome.report ? `the checks ${n === 1 ? "it does" : "they do"} not touch ran (the report above); ` : ""}fix ${n === 1 ? "it" : "them"} and run again\n`,
    );
    // The lines above are the terminal's view; files and machine formats still get the whole
    // report, so a script reading --output or `--format json` sees the failure, not a missing file.
    await writeReport(buildConfigErrorReport(outcome, settings.environment), settings, false);
    return EXIT.usage;
  }
  for (const d of outcome.warnings) printDiagnostic(d);
  if (!(await writeReport(outcome.report, settings, !quiet))) return EXIT.usage;
  if (quiet && !outcome.report.passed)
    for (const reason of outcome.report.gate.reasons)
      process.stderr.write(forLog(`mlgate: gate failed: ${reason}\n`));
  return outcome.report.passed ? EXIT.passed : EXIT.failed;
}

/** Colour on stdout: FORCE_COLOR and NO_COLOR first, else whether it is a terminal. */
function stdoutColor(): boolean {
  return useColor(process.env, Boolean(process.stdout.isTTY));
}

/**
 * Print `report` in the chosen format, or write it to --output and print the terminal scorecard;
 * without `scorecard` nothing goes to the terminal that stderr already said. False when --output
 * could not be written (said on stderr).
 */
async function writeReport(report: Report, settings: Settings, scorecard: boolean): Promise<boolean> {
  const color = stdoutColor();
  const pathPrefix = workspacePrefix(process.env.GITHUB_WORKSPACE, settings.dir);
  const charts = settings.charts;
  const text = RENDERERS[settings.format](report, { color, pathPrefix, charts });
  const output = settings.output;
  if (output) {
    // Written on libuv's thread pool while the scorecard is rendered, which is printed once the
    // file is there (it says so; a report written to /dev/stdout comes first). The callback API
    // writes in one call; fs/promises' writeFile writes in chunks, which took twice as long
    // (bench/lint's 1 MB JSON report: 47 ms, not 20).
    const written = new Promise<NodeJS.ErrnoException | null>((done) => writeFile(output, text, done));
    const fullReport = `The whole report is in ${output}.`;
    const card = scorecard ? RENDERERS.terminal(report, { color, charts, fullReport }) : undefined;
    const err = await written;
    if (err) {
      // Nothing is lost: the terminal gets the whole scorecard instead.
      if (scorecard) process.stdout.write(forLog(RENDERERS.terminal(report, { color, charts })));
      process.stderr.write(forLog(`mlgate: cannot write the report to ${output}: ${writeProblem(err)}\n`));
      return false;
    }
    if (card !== undefined) process.stdout.write(forLog(card));
  } else if (scorecard || settings.format !== "terminal") {
    process.stdout.write(settings.format === "terminal" ? forLog(text) : text);
  }
  return true;
}

/** Why a file could not be written, and what to do, in words. */
function writeProblem(err: NodeJS.ErrnoException): string {
  if (err.code === "ENOENT") return "its folder does not exist; create it or pass another --output";
  if (err.code === "EISDIR") return "it is a folder; pass a file name to --output";
  if (err.code === "EACCES" || err.code === "EPERM")
    return "permission denied; pass a path you can write to --output";
  return `${err.message}; pass another --output`;
}
