/** The scorecard for a terminal or a CI log. */
import type { SectionStatus, Table } from "../report/types.js";
import {
  baselineLine,
  checkCounts,
  comparisonCells,
  detectableLines,
  environmentLine,
  failingChecks,
  gatedLine,
  location,
  STATUS_WORD,
  verdict,
} from "./common.js";
import type { Renderer } from "./renderer.js";

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

const ICON: Record<SectionStatus, [string, Style]> = {
  passed: ["✔", "green"],
  failed: ["✖", "red"],
  warning: ["!", "yellow"],
  skipped: ["-", "dim"],
  incomplete: ["?", "yellow"],
};

/** Strip control characters from user text so it cannot move the cursor or forge colours. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
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

/** Plain text scorecard; ANSI colour only when `options.color`. */
export const renderTerminal: Renderer = (report, options = {}) => {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  lines.push(paint("bold", `mlgate ${report.tool.version}`));
  lines.push(`environment  ${clean(environmentLine(report))}`);
  const baseline = baselineLine(report);
  if (baseline !== undefined) lines.push(`baseline     ${clean(baseline)}`);
  const gated = gatedLine(report);
  if (gated) lines.push(`compare      ${gated}`);
  lines.push("");
  const width = Math.max(...report.sections.map((s) => s.title.length), 5);
  for (const s of report.sections) {
    const [icon, style] = ICON[s.status];
    const word = STATUS_WORD[s.status].padEnd(9);
    lines.push(
      `  ${paint(style, icon)} ${s.title.padEnd(width)}  ${paint(style, word)} ${clean(checkCounts(s))}`,
    );
  }
  const failing = failingChecks(report);
  if (failing.length) {
    lines.push("", paint("bold", "Problems"));
    for (const { section, check } of failing) {
      const style: Style = check.severity === "error" ? "red" : "yellow";
      lines.push(
        `  ${paint(style, check.severity === "error" ? "✖" : "!")} ${section.title}: ${clean(check.message)}`,
      );
      for (const d of check.diagnostics) {
        lines.push(`      ${location(d)} ${paint(style, d.severity)} ${d.code} ${clean(d.message)}`);
        if (d.hint) lines.push(paint("dim", `        ${clean(d.hint)}`));
      }
      if (check.details)
        for (const l of clean(check.details).split("\n")) lines.push(paint("dim", `      │ ${l}`));
    }
  }
  for (const section of report.sections) {
    for (const t of section.tables ?? []) {
      if (!t.compact || !t.rows.length) continue;
      lines.push("", paint("bold", `${section.title}: ${clean(t.title)}`));
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
  const s = report.mlTestScore.sections;
  // A broken config ran nothing: a score of 0 would read as a finding.
  if (report.status !== "config-error")
    lines.push(
      "",
      `ML Test Score ${report.mlTestScore.final}  (data ${s.data} · model ${s.model} · infrastructure ${s.infrastructure} · monitoring ${s.monitoring})`,
    );
  const line = `Gate ${verdict(report)} · fail_on: ${report.gate.failOn}`;
  lines.push("", report.passed ? paint("green", line) : paint("red", line));
  for (const r of report.gate.reasons) lines.push(`  - ${clean(r)}`);
  return `${lines.join("\n")}\n`;
};
