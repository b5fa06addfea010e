/** The scorecard for a terminal or a CI log. */
import type { Section, SectionStatus, Table } from "../report/types.js";
import { reportCharts } from "./charts.js";
import {
  baselineLine,
  checkCounts,
  comparisonCells,
  detectableLines,
  environmentLine,
  failingChecks,
  gatedLine,
  location,
  otherReasons,
  STATUS_WORD,
  verdict,
} from "./common.js";
import type { Renderer } from "./renderer.js";
import { textChart } from "./text-chart.js";

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

const ICON: Record<SectionStatus, [string, Style]> = {
  passed: ["✔", "green"],
  failed: ["✖", "red"],
  warning: ["!", "yellow"],
  skipped: ["-", "dim"],
  incomplete: ["?", "yellow"],
};

/** Control characters other than tab and newline: they could move the cursor or forge colours. */
const CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/** What ends a line for a terminal, an editor or the Actions runner (which splits at a lone \r). */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * User text (a name, a message) as one line: control characters removed, each line break shown
 * as ⏎, so a metric name cannot start a line of its own (a forged "Gate passed", or a workflow
 * command in a CI log: the action's log publisher guards the log as well).
 */
function clean(text: string): string {
  return text.replace(LINE_BREAK, "⏎").replace(CONTROL, "").replace(/\t/g, " ");
}

/** User text of several lines (a suite's output), one entry per line, each cleaned. */
function cleanLines(text: string): string[] {
  return text.split(LINE_BREAK).map(clean);
}

/** A table as aligned text rows: text left, numbers right; at most 20 rows, the rest counted. */
function alignTable(t: Table): string[] {
  const MAX_ROWS = 20;
  const rows = [t.columns, ...t.rows.slice(0, MAX_ROWS)].map((r) => r.map(clean));
  const widths = t.columns.map((_, j) => Math.max(...rows.map((r) => (r[j] ?? "").length)));
  const numeric = /^-?[0-9.]+(e[-+]?[0-9]+)?%?$|^n\/a$/;
  // A column of numbers is right-aligned, its header too.
  const right = t.columns.map(
    (_, j) => rows.length > 1 && rows.slice(1).every((r) => numeric.test(r[j] ?? "")),
  );
  const out = rows.map((r) =>
    r
      .map((cell, j) => (right[j] ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!)))
      .join("  ")
      .trimEnd(),
  );
  if (t.rows.length > MAX_ROWS)
    out.push(`... ${t.rows.length - MAX_ROWS} more rows in the JSON or markdown report`);
  return out;
}

/**
 * With the whole report written elsewhere (`fullReport`, said in its place: the CLI's --output
 * file), checks with problems listed in full up to this many in each section, the rest counted: a
 * lint of thousands of files with hundreds failing printed thousands of lines (bench/lint's corpus:
 * 4,500 lines, 330 KB, which also took 40 ms to render and hand to a pipe). Per section, so that
 * one stage's many failures do not hide another's.
 */
const MAX_PROBLEM_CHECKS = 50;

/**
 * The gate's reasons that repeat a check with problems (or a regressed metric), listed at most,
 * as in the markdown scorecard; the others (a low ML Test Score, a stage that did not run) are
 * said nowhere else and are always listed.
 */
const MAX_REASONS = 20;

/** Plain text scorecard; ANSI colour only when `options.color`. */
export const renderTerminal: Renderer = (report, options = {}) => {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  lines.push(paint("bold", `mlgate ${clean(report.tool.version)}`));
  lines.push(`environment  ${clean(environmentLine(report))}`);
  const baseline = baselineLine(report);
  if (baseline !== undefined) lines.push(`baseline     ${clean(baseline)}`);
  const gated = gatedLine(report);
  if (gated) lines.push(`compare      ${clean(gated)}`);
  lines.push("");
  const width = Math.max(...report.sections.map((s) => clean(s.title).length), 5);
  for (const s of report.sections) {
    const [icon, style] = ICON[s.status];
    const word = STATUS_WORD[s.status].padEnd(9);
    lines.push(
      `  ${paint(style, icon)} ${clean(s.title).padEnd(width)}  ${paint(style, word)} ${clean(checkCounts(s))}`,
    );
  }
  const failing = failingChecks(report);
  if (failing.length) {
    lines.push("", paint("bold", "Problems"));
    const perSection = new Map<Section, number>();
    const hidden = new Map<Section, { checks: number; findings: number }>();
    const listed = failing.filter(({ section, check }) => {
      const n = (perSection.get(section) ?? 0) + 1;
      perSection.set(section, n);
      if (options.fullReport === undefined || n <= MAX_PROBLEM_CHECKS) return true;
      const h = hidden.get(section) ?? { checks: 0, findings: 0 };
      h.checks++;
      h.findings += check.diagnostics.length;
      hidden.set(section, h);
      return false;
    });
    for (const { section, check } of listed) {
      const style: Style = check.severity === "error" ? "red" : "yellow";
      lines.push(
        `  ${paint(style, check.severity === "error" ? "✖" : "!")} ${clean(section.title)}: ${clean(check.message)}`,
      );
      for (const d of check.diagnostics) {
        lines.push(
          `      ${clean(location(d))} ${paint(style, d.severity)} ${clean(d.code)} ${clean(d.message)}`,
        );
        if (d.hint) lines.push(paint("dim", `        ${clean(d.hint)}`));
      }
      if (check.details) for (const l of cleanLines(check.details)) lines.push(paint("dim", `      │ ${l}`));
    }
    if (hidden.size) {
      const parts = [...hidden].map(([section, { checks, findings }]) => {
        const found = findings ? ` (${findings} finding${findings === 1 ? "" : "s"})` : "";
        return `${checks} more checks with problems in ${clean(section.title)}${found}`;
      });
      lines.push(paint("dim", `  … and ${parts.join("; ")}. ${clean(options.fullReport ?? "")}`));
    }
  }
  for (const section of report.sections) {
    for (const t of section.tables ?? []) {
      if (!t.compact || !t.rows.length) continue;
      lines.push("", paint("bold", `${clean(section.title)}: ${clean(t.title)}`));
      for (const row of alignTable(t)) lines.push(`  ${row}`);
    }
  }
  if (report.comparisons.length) {
    lines.push("", paint("bold", "Metrics against baseline"));
    const cells = report.comparisons.map(comparisonCells);
    const table: Table = {
      title: "",
      columns: ["metric", "base", "head", "delta", "test", "status"],
      rows: cells.map((c) => [c.metric, c.base, c.head, c.delta, c.test, c.status]),
    };
    for (const row of alignTable(table)) lines.push(`  ${row}`);
    for (const l of detectableLines(report)) lines.push(`  ${clean(l)}`);
  }
  if (options.charts)
    for (const chart of reportCharts(report)) lines.push("", ...textChart(chart, options.color));
  const s = report.mlTestScore.sections;
  // A broken config ran nothing: a score of 0 would read as a finding.
  if (report.status !== "config-error")
    lines.push(
      "",
      `ML Test Score ${report.mlTestScore.final}  (data ${s.data} · model ${s.model} · infrastructure ${s.infrastructure} · monitoring ${s.monitoring})`,
    );
  const line = `Gate ${verdict(report)} · fail_on: ${clean(report.gate.failOn)}`;
  lines.push("", report.passed ? paint("green", line) : paint("red", line));
  const others = new Set(otherReasons(report));
  let repeated = 0;
  for (const r of report.gate.reasons) {
    if (others.has(r) || ++repeated <= MAX_REASONS) lines.push(`  - ${clean(r)}`);
  }
  if (repeated > MAX_REASONS) lines.push(`  - … and ${repeated - MAX_REASONS} more`);
  return `${lines.join("\n")}\n`;
};
