/** Wording shared by the renderers, so every format says the same thing. */
import { formatEstimate, formatMetric } from "../report/format.js";
import type { CheckResult, Comparison, Diagnostic, Report, Section, SectionStatus } from "../report/types.js";

/** Status words as users read them. */
export const STATUS_WORD: Record<SectionStatus, string> = {
  passed: "passed",
  failed: "failed",
  warning: "warnings",
  skipped: "skipped",
  incomplete: "not run",
};

/** `file:line:column` (1-based), or just the file. */
export function location(d: Diagnostic): string {
  if (!d.range) return d.file;
  return `${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1}`;
}

/** "3 passed, 1 failed" for a section. */
export function checkCounts(section: Section): string {
  if (section.status === "skipped" || section.status === "incomplete") return section.note ?? "";
  if (section.summary) return section.summary;
  const n = { passed: 0, failed: 0, skipped: 0, error: 0 };
  for (const c of section.checks) n[c.status]++;
  const parts = [`${n.passed} passed`];
  if (n.failed) parts.push(`${n.failed} failed`);
  if (n.error) parts.push(`${n.error} could not run`);
  if (n.skipped) parts.push(`${n.skipped} skipped`);
  return parts.join(", ");
}

/** Checks that did not pass, errors before warnings, in report order otherwise. */
export function failingChecks(report: Report): { section: Section; check: CheckResult }[] {
  const out: { section: Section; check: CheckResult }[] = [];
  for (const section of report.sections) {
    for (const check of section.checks) {
      if (check.status === "failed" || check.status === "error") out.push({ section, check });
    }
  }
  return out.sort((a, b) =>
    a.check.severity === b.check.severity ? 0 : a.check.severity === "error" ? -1 : 1,
  );
}

/** The verdict sentence. */
export function verdict(report: Report): string {
  if (report.status === "config-error") return "configuration error";
  if (report.passed) {
    const notRun = report.sections.filter((s) => s.status === "incomplete").length;
    if (notRun) return `passed, but ${notRun} configured stage${notRun === 1 ? "" : "s"} did not run`;
    return report.gate.failOn === "never" ? "passed (gate set to never fail)" : "passed";
  }
  const n = report.gate.reasons.length;
  return `failed (${n} reason${n === 1 ? "" : "s"})`;
}

/** Where the environment choice came from, in words. */
export function environmentLine(report: Report): string {
  const e = report.environment;
  return `${e.name}${e.deploy ? " (deploys)" : ""}${e.detail ? `: ${e.detail}` : ""}`;
}

/**
 * The baseline in words; undefined when nothing was compared and no comparison was meant to run
 * (`mlgate lint`, `mlgate test`, a broken config: no compare section), where "none" only puzzles.
 */
export function baselineLine(report: Report): string | undefined {
  const b = report.baseline;
  if (b.source === "none" && !report.sections.some((s) => s.id === "compare")) return undefined;
  if (b.source === "none") return `none (${b.reason ?? "not found"})`;
  const where =
    b.source === "git"
      ? `git ${b.ref}${b.sha ? ` at ${b.sha.slice(0, 7)}` : ""}`
      : b.source === "path"
        ? `the files in ${b.ref}`
        : [`artifact`, b.ref, b.sha?.slice(0, 7)].filter(Boolean).join(" ");
  return `${where}${b.reason ? ` (${b.reason})` : ""}`;
}

/** A comparison as display cells: metric, base, head, delta, the test's verdict, and status. */
export function comparisonCells(c: Comparison): {
  metric: string;
  base: string;
  head: string;
  delta: string;
  test: string;
  status: string;
} {
  const num = (v: number | null) => (v === null ? "–" : formatMetric(v));
  const sign = (v: number) => (v > 0 ? "+" : "");
  const arrow = c.direction === "higher" ? " ↑" : c.direction === "lower" ? " ↓" : "";
  let delta = "";
  if (c.delta !== null) {
    delta = `${sign(c.delta)}${formatMetric(c.delta)}`;
    if (c.deltaPercent != null && c.delta !== 0)
      delta += ` (${sign(c.deltaPercent)}${formatMetric(c.deltaPercent)}%)`;
  }
  let test = "";
  if (c.pValue !== undefined) test = `p = ${formatMetric(c.pValue)}`;
  if (c.interval)
    test = `${Math.round(c.interval.confidence * 100)}% CI [${formatMetric(c.interval.low)}, ${formatMetric(c.interval.high)}]`;
  if (test && c.test) test += ` (${c.test.replace(/ \(.*\)$/, "")})`;
  const status =
    c.status === "failed" ? "regressed" : c.status === "warning" ? "regressed (warning)" : c.status;
  return { metric: `${c.metric}${arrow}`, base: num(c.base), head: num(c.head), delta, test, status };
}

/**
 * "3 of 7 compared metrics gated": a metric without a rule is never checked, so the header says
 * how many were (a rule lost to a typo shows up here). Undefined without comparisons.
 */
export function gatedLine(report: Report): string | undefined {
  const n = report.comparisons.length;
  if (!n) return undefined;
  const gated = report.comparisons.filter((c) => c.direction !== "none").length;
  return `${gated} of ${n} compared metric${n === 1 ? "" : "s"} gated`;
}

/**
 * What each gated metric's paired test can detect, one sentence per metric ("accuracy: this gate
 * can see drops of 0.013 (1.5%) or more, with 80% power at 98% confidence on 10,000 pairs").
 */
export function detectableLines(report: Report): string[] {
  const pct = (v: number) => `${formatMetric(100 * v)}%`;
  const out: string[] = [];
  for (const c of report.comparisons) {
    const d = c.detectable;
    if (!d) continue;
    const word = c.direction === "lower" ? "rises" : "drops";
    const relative = c.base ? ` (${formatEstimate((100 * d.change) / Math.abs(c.base))}%)` : "";
    out.push(
      `${c.metric}: this gate can see ${word} of ${formatEstimate(d.change)}${relative} or more, with ${pct(d.power)} power at ${pct(d.confidence)} confidence on ${d.n.toLocaleString("en-US")} pairs`,
    );
  }
  return out;
}

/**
 * The gate's reasons that no failing check and no regressed comparison row already says (a low
 * ML Test Score, a stage that did not run), so the scorecard names each failure once.
 */
export function otherReasons(report: Report): string[] {
  const failing = failingChecks(report);
  // The gate words a check's reason `<section>: <message>`: looked up, not compared with every
  // message (a lint of thousands of files has as many reasons and checks).
  const said = new Set(failing.map(({ section, check }) => `${section.title}: ${check.message}`));
  for (const c of report.comparisons)
    if (c.status === "failed" || c.status === "warning") said.add(`Compare: ${c.metric} regressed`);
  const messages = failing.map(({ check }) => `: ${check.message}`);
  return report.gate.reasons.filter((r) => !said.has(r) && !messages.some((m) => r.endsWith(m)));
}
