/**
 * The `tests:` block as a stage: run each of the team's suites, then read its JUnit report. A suite
 * passes only when the command exits 0 and the report (when one is named) has no failure or error;
 * a report the command did not write in this run is a finding, not a pass. Suites run without
 * the runner's and the action's tokens (io/suite-env.ts), what they print and report is redacted
 * (io/redact.ts), and where the checked-out code may be a fork's while the token can write, none
 * runs unless the workflow opted in (StageContext.suitesRefused).
 */
import { statSync } from "node:fs";
import { durationMs } from "../config/duration.js";
import type { TestSuiteConfig } from "../config/types.js";
import { redact } from "../io/redact.js";
import { runCommand } from "../io/run-command.js";
import { sectionStatus } from "../report/section-status.js";
import type { CheckResult, Diagnostic, Section, Severity, Table } from "../report/types.js";
import { FILE_START } from "../source/source-document.js";
import { type Stage, type StageContext, stageHead } from "../stages/stage.js";
import { type JunitResult, parseJunit } from "./junit.js";
import { XmlError } from "./xml.js";

/** The ML Test Score item a suite of each category automates (Breck et al., 2017). */
export const RUBRIC_BY_CATEGORY: Record<NonNullable<TestSuiteConfig["category"]>, string> = {
  // "All code that creates input features is tested."
  data: "data.7",
  // "Model specification code is unit tested."
  model: "infrastructure.2",
  // "The full ML pipeline is integration tested."
  infrastructure: "infrastructure.3",
  // "Data invariants hold in training and serving inputs."
  monitoring: "monitoring.2",
};

/** Default timeout of a suite. */
export const DEFAULT_TIMEOUT = "30m";
/** JUnit reports larger than this are refused. */
const MAX_JUNIT_BYTES = 64 * 1024 * 1024;
/** Lines of output shown when a suite fails. */
const TAIL_LINES = 30;
/** Failed test cases named per suite. */
const MAX_CASES = 20;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function lastLines(text: string, n: number): string {
  const lines = text.replace(/\s+$/, "").split(/\r?\n/);
  return lines.slice(-n).join("\n");
}

/** Run one suite and turn what happened into one check. */
async function runSuite(
  suite: TestSuiteConfig,
  ctx: StageContext,
): Promise<{ check: CheckResult; table?: Table }> {
  const severity: Severity = suite.severity ?? "error";
  const category = suite.category ?? "model";
  const id = `tests/${category}/${suite.name}`;
  const timeout = suite.timeout ?? DEFAULT_TIMEOUT;
  const timeoutMs = durationMs(timeout);
  const junitAbs = suite.junit ? safeResolve(ctx, suite.junit) : undefined;
  if (suite.junit && !junitAbs)
    return {
      check: {
        id,
        status: "error",
        severity,
        message: `${suite.name}: the junit path ${suite.junit} is outside the repository`,
        diagnostics: [],
      },
    };
  const before = junitAbs ? mtime(junitAbs) : undefined;
  ctx.progress?.note?.(`running test suite "${suite.name}" (timeout ${timeout}): ${suite.run}`);
  const r = await runCommand(suite.run, {
    cwd: ctx.workspace.root,
    timeoutMs,
    env: suite.env,
    passEnv: suite.pass_env,
  });
  ctx.progress?.note?.(
    `test suite "${suite.name}" ${r.timedOut ? "timed out" : `exited with ${r.code ?? r.signal}`} after ${r.seconds.toFixed(1)} s`,
  );
  const tail = r.output ? lastLines(r.output, TAIL_LINES) : undefined;
  const base = { id, severity, rubric: [RUBRIC_BY_CATEGORY[category]] };
  if (r.spawnError)
    return {
      check: {
        ...base,
        status: "error",
        message: `${suite.name}: could not start: ${r.spawnError}`,
        diagnostics: [],
      },
    };
  if (r.timedOut)
    return {
      check: {
        ...base,
        status: "failed",
        message: `${suite.name}: killed after the ${timeout} timeout`,
        details: tail,
        diagnostics: [],
      },
    };
  // The report: read only if this run wrote it (an old file from an earlier run proves nothing).
  let junit: JunitResult | undefined;
  const diagnostics: Diagnostic[] = [];
  let junitProblem: string | undefined;
  if (suite.junit && junitAbs) {
    const after = mtime(junitAbs);
    if (after === undefined) junitProblem = `the command did not write ${suite.junit}`;
    else if (before !== undefined && after === before)
      junitProblem = `${suite.junit} was not rewritten by this run (it is from an earlier one)`;
    else {
      try {
        junit = redactJunit(parseJunit(await ctx.workspace.readText(suite.junit, MAX_JUNIT_BYTES)));
      } catch (err) {
        if (err instanceof XmlError) {
          const at = { line: err.line - 1, column: err.column - 1 };
          diagnostics.push({
            code: "tests/junit",
            severity,
            message: err.message,
            file: suite.junit,
            range: { start: at, end: at },
          });
          junitProblem = `${suite.junit} is not valid XML: ${err.message}`;
        } else if (err instanceof Error) junitProblem = `${suite.junit}: ${err.message}`;
        else throw err;
      }
    }
    if (junitProblem && !diagnostics.length)
      diagnostics.push({
        code: "tests/junit",
        severity,
        message: junitProblem,
        file: ctx.configFile,
        range: FILE_START,
      });
  }
  const exitOk = r.code === 0;
  const casesOk = !junit || junit.failures + junit.errors === 0;
  const counts = junit
    ? [
        `${junit.tests - junit.failures - junit.errors - junit.skipped} passed${junit.flaky ? ` (${junit.flaky} after a rerun)` : ""}`,
        junit.failures && `${junit.failures} failed`,
        junit.errors && `${plural(junit.errors, "error")}`,
        junit.skipped && `${junit.skipped} skipped`,
      ]
        .filter(Boolean)
        .join(", ")
    : undefined;
  const exitText = r.code === null ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  let status: CheckResult["status"];
  let message: string;
  if (junitProblem) {
    status = "error";
    message = `${suite.name}: ${junitProblem}${exitOk ? "" : `; the command ${exitText}`}`;
  } else if (exitOk && casesOk) {
    status = "passed";
    message = `${suite.name}: ${counts ?? "exited with 0"} (${r.seconds.toFixed(1)} s)`;
  } else {
    status = "failed";
    message = `${suite.name}: ${[counts, !exitOk && `the command ${exitText}`].filter(Boolean).join("; ")}`;
  }
  for (const c of (junit?.failed ?? []).slice(0, MAX_CASES)) {
    const at = c.line ? { line: c.line - 1, column: 0 } : undefined;
    const file = c.file && (safeResolve(ctx, c.file) ? c.file : undefined);
    diagnostics.push({
      code: `tests/${c.kind}`,
      severity,
      message: `${c.classname ? `${c.classname}.` : ""}${c.name} ${c.kind === "error" ? "errored" : "failed"}${c.message ? `: ${c.message}` : ""}`,
      file: file ?? suite.junit!,
      range: file && at ? { start: at, end: at } : FILE_START,
    });
  }
  const showOutput = status !== "passed";
  const check: CheckResult = {
    ...base,
    status,
    message,
    observed: counts,
    details: showOutput ? tail : undefined,
    diagnostics,
  };
  const table: Table | undefined = junit?.failed.length
    ? {
        title: `${suite.name}: failing tests`,
        columns: ["test", "kind", "message"],
        rows: junit.failed
          .slice(0, MAX_CASES)
          .map((c) => [
            `${c.classname ? `${c.classname}.` : ""}${c.name}`,
            c.kind,
            c.message.split("\n")[0]!.slice(0, 200),
          ]),
      }
    : undefined;
  return { check, table };
}

/** A failure message can quote the environment as much as the output can: redacted alike. */
function redactJunit(junit: JunitResult): JunitResult {
  const failed = junit.failed.map((c) => ({
    ...c,
    name: redact(c.name),
    classname: c.classname === undefined ? undefined : redact(c.classname),
    message: redact(c.message),
    detail: redact(c.detail),
  }));
  return { ...junit, failed };
}

function safeResolve(ctx: StageContext, relative: string): string | undefined {
  try {
    return ctx.workspace.resolve(relative);
  } catch {
    return undefined;
  }
}

function mtime(abs: string): number | undefined {
  try {
    return statSync(abs).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The suites not run, as one failed check that says why (see StageContext.suitesRefused). */
function refusedSection(ctx: StageContext, why: string): Section {
  const suites = ctx.config.tests ?? [];
  const check: CheckResult = {
    id: "tests/refused",
    status: "error",
    severity: "error",
    message: `${plural(suites.length, "suite")} not run: ${why}`,
    diagnostics: [],
  };
  return {
    id: "tests",
    title: testsStage.title,
    status: sectionStatus([check]),
    summary: `${plural(suites.length, "suite")} not run`,
    checks: [check],
  };
}

/** Run every suite, in order. */
export async function runTests(ctx: StageContext): Promise<Section> {
  if (ctx.suitesRefused !== undefined) return refusedSection(ctx, ctx.suitesRefused);
  const suites = ctx.config.tests ?? [];
  const checks: CheckResult[] = [];
  const tables: Table[] = [];
  for (const suite of suites) {
    const r = await runSuite(suite, ctx);
    checks.push(r.check);
    if (r.table) tables.push(r.table);
  }
  const failed = checks.filter((c) => c.status !== "passed").length;
  const summary = `${plural(suites.length, "suite")}${failed ? `, ${failed} not passing` : ""}`;
  return { id: "tests", title: testsStage.title, status: sectionStatus(checks), summary, tables, checks };
}

/** Test suites. */
export const testsStage: Stage = { ...stageHead("tests"), run: runTests };
