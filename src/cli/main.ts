/** The `mlgate` command: parse flags, run the engine, print, exit 0/1/2. */
import { writeFile } from "node:fs/promises";
import { buildConfigErrorReport } from "../engine/config-error-report.js";
import { runMlgate } from "../engine/run-mlgate.js";
import type { Settings } from "../engine/settings.js";
import { readBranchContext } from "../io/branch-context.js";
import { createProgress } from "../io/progress.js";
import { createWorkspace } from "../io/workspace.js";
import { workspacePrefix } from "../io/workspace-prefix.js";
import { location } from "../render/common.js";
import { RENDERERS } from "../render/index.js";
import type { Diagnostic, Report } from "../report/types.js";
import { VERSION } from "../version.js";
import { helpText } from "./help.js";
import { parseCliArgs, UsageError } from "./parse-args.js";

/** Exit codes everywhere: 0 passed, 1 gate failed, 2 usage or configuration error. */
export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

function printDiagnostic(d: Diagnostic): void {
  process.stderr.write(`${location(d)} ${d.severity} ${d.code} ${d.message}\n`);
  if (d.hint) process.stderr.write(`  hint: ${d.hint}\n`);
}

/** Run the CLI with `argv` and return the exit code. */
export async function main(argv: string[]): Promise<number> {
  let request: ReturnType<typeof parseCliArgs>;
  try {
    request = parseCliArgs(argv, process.cwd(), process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`mlgate: ${err.message} (see mlgate --help)\n`);
    return EXIT.usage;
  }
  if (request.kind === "help") {
    process.stdout.write(helpText(VERSION));
    return EXIT.passed;
  }
  if (request.kind === "version") {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.passed;
  }
  const { settings } = request;
  // Progress goes to stderr, so that stdout stays the report.
  const progress = createProgress({
    write: (t) => process.stderr.write(t),
    tty: Boolean(process.stderr.isTTY),
  });
  // The branch picks the environment and the baseline; `lint --env E` needs neither, and asking
  // git costs two or three processes (about a tenth of a second) before the first file is read.
  const needsBranch = settings.command !== "lint" || settings.environment === undefined;
  const outcome = await runMlgate(
    settings,
    needsBranch ? await readBranchContext(process.env, settings.dir) : {},
    createWorkspace(settings.dir),
    progress,
  );
  if (outcome.kind === "usage-error") {
    process.stderr.write(`mlgate: ${outcome.message}\n`);
    return EXIT.usage;
  }
  if (outcome.kind === "config-error") {
    for (const d of outcome.diagnostics) printDiagnostic(d);
    // Names that match nothing leave the rest of the run standing: its scorecard is shown on the
    // terminal (without the diagnostics again: they are above).
    if (outcome.report && (settings.output || settings.format === "terminal")) {
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(RENDERERS.terminal(outcome.report, { color }));
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
  await writeReport(outcome.report, settings, true);
  return outcome.report.passed ? EXIT.passed : EXIT.failed;
}

/**
 * Print `report` in the chosen format, or write it to --output and print the terminal scorecard;
 * without `scorecard` nothing goes to the terminal that stderr already said.
 */
async function writeReport(report: Report, settings: Settings, scorecard: boolean): Promise<void> {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const pathPrefix = workspacePrefix(process.env.GITHUB_WORKSPACE, settings.dir);
  const text = RENDERERS[settings.format](report, { color, pathPrefix });
  if (settings.output) {
    await writeFile(settings.output, text);
    if (scorecard) process.stdout.write(RENDERERS.terminal(report, { color }));
  } else if (scorecard || settings.format !== "terminal") {
    process.stdout.write(text);
  }
}
