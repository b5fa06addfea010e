/** The markdown scorecard for PR comments and job summaries: each thing said once. */

import type { CheckResult, Diagnostic, Report, Section, SectionStatus, Table } from "../report/types.js";
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
import { codeSpan, escapeHtmlText, escapeMarkdown, linkUrl, markdownText } from "./escape-markdown.js";
import { mermaidCharts } from "./mermaid.js";
import type { Renderer, RenderOptions } from "./renderer.js";

/** Preformatted text in a folded fence longer than any backtick run inside it. */
function codeBlock(text: string, indent: string): string[] {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const body = text
    .replace(/\r/g, "")
    .split("\n")
    .map((l) => `${indent}${l}`);
  return [
    "",
    `${indent}<details><summary>output</summary>`,
    "",
    `${indent}${fence}text`,
    ...body,
    `${indent}${fence}`,
    `${indent}</details>`,
    "",
  ];
}

const EMOJI: Record<SectionStatus, string> = {
  passed: "✅",
  failed: "❌",
  warning: "⚠️",
  skipped: "➖",
  incomplete: "❔",
};

/** The paper's reading of a final ML Test Score, in our words. */
export function scoreBand(score: number): string {
  if (score <= 0) return "closer to a research project than a production system";
  if (score <= 1) return "some tests, but likely serious gaps in reliability";
  if (score <= 2) return "a first pass at production readiness; more investment needed";
  if (score <= 3) return "reasonably tested; more of it could be automated";
  if (score <= 5) return "strong automated testing and monitoring, fit for critical systems";
  return "exceptional automated testing and monitoring";
}

/** How much detail a rendering keeps: 0 everything, 3 the verdict and counts only. */
type Level = 0 | 1 | 2 | 3;

const LEFT_OUT: Record<Exclude<Level, 0>, string> = {
  1: "the charts, the detail tables and the list of passed checks",
  2: "the charts, the detail tables, the per-finding lines and all but the first 100 problems",
  3: "everything but the verdict, the counts and the reasons",
};

/** Findings listed under one failing check before the rest are counted. */
const FINDINGS_PER_CHECK = 10;

/** A link to a file and line at the PR's head, or the plain location. */
function where(d: Diagnostic, options: RenderOptions): string {
  const text = codeSpan(location(d));
  const l = options.links;
  if (!l) return text;
  const file = [options.pathPrefix, d.file].filter(Boolean).join("/");
  const path = (p: string) => p.split("/").map(encodeURIComponent).join("/");
  const url = `${l.serverUrl.replace(/\/+$/, "")}/${path(l.repository)}/blob/${encodeURIComponent(l.sha)}/${path(
    file,
  )}${d.range ? `#L${d.range.start.line + 1}` : ""}`;
  return `[${text}](${linkUrl(url)})`;
}

/** One finding under its check: where, code, what (unless the check said it), how to fix it. */
function findingLine(d: Diagnostic, check: CheckResult, options: RenderOptions): string[] {
  const said = d.message === check.message ? "" : ` ${markdownText(d.message)}`;
  const out = [`  - ${where(d, options)} ${codeSpan(d.code)}${said}`];
  if (d.hint) out[0] += `  \n    ↳ ${markdownText(d.hint)}`;
  return out;
}

/** Each failing check once: its message, then its findings with location and hint. */
function problems(report: Report, options: RenderOptions, level: Level): string[] {
  const failing = failingChecks(report);
  const others = otherReasons(report);
  if (!failing.length && !others.length) return [];
  const out = ["", "### Problems", ""];
  // Trimmed renderings name the first 100 failing checks and count the rest.
  const shown = level >= 2 ? failing.slice(0, 100) : failing;
  for (const { section, check } of shown) {
    const mark = check.severity === "error" ? "❌" : "⚠️";
    out.push(`- ${mark} **${escapeMarkdown(section.title)}:** ${markdownText(check.message)}`);
    if (level >= 2) continue;
    for (const d of check.diagnostics.slice(0, FINDINGS_PER_CHECK))
      out.push(...findingLine(d, check, options));
    const more = check.diagnostics.length - FINDINGS_PER_CHECK;
    if (more > 0) out.push(`  - … and ${more} more in the full report`);
    if (check.details) out.push(...codeBlock(check.details, "  "));
  }
  if (shown.length < failing.length) out.push(`- … and ${failing.length - shown.length} more failing checks`);
  for (const r of others) out.push(`- ❌ ${markdownText(r)}`);
  return out;
}

/**
 * A suite's time at the end of its message ("3 passed (0.6 s)"): left out of the passed list, so a
 * re-run with nothing changed renders the same comment and does not touch it.
 */
const DURATION = / \(\d+(\.\d+)? s\)$/;

/** Passed checks as counts, their messages folded. */
function passedChecks(report: Report, level: Level): string[] {
  const passed: { section: Section; check: CheckResult }[] = [];
  for (const section of report.sections)
    for (const check of section.checks) if (check.status === "passed") passed.push({ section, check });
  if (!passed.length) return [];
  const title = `✅ ${passed.length} check${passed.length === 1 ? "" : "s"} passed`;
  if (level > 0) return ["", title];
  const out = ["", `<details><summary>${title}</summary>`, ""];
  for (const { section, check } of passed)
    out.push(`- **${escapeMarkdown(section.title)}:** ${markdownText(check.message.replace(DURATION, ""))}`);
  out.push("", "</details>");
  return out;
}

/** The comparison table; a column no row fills (Test, when no paired test ran) is left out. */
function comparisonTable(report: Report): string[] {
  if (!report.comparisons.length) return [];
  // Regressions first, then the rest in report order.
  const order = (c: (typeof report.comparisons)[number]) =>
    c.status === "failed" ? 0 : c.status === "warning" ? 1 : 2;
  const rows = [...report.comparisons]
    .sort((a, b) => order(a) - order(b))
    .map((c) => {
      const x = comparisonCells(c);
      const mark = c.status === "failed" ? "❌ " : c.status === "warning" ? "⚠️ " : "";
      return [
        escapeMarkdown(x.metric),
        x.base,
        x.head,
        x.delta,
        escapeMarkdown(x.test),
        `${mark}${x.status}`,
      ];
    });
  const table = markdownTable(["Metric", "Base", "Head", "Δ", "Test", "Status"], rows, [
    "---",
    "---:",
    "---:",
    "---:",
    "---",
    "---",
  ]);
  const out = ["", "### Metrics against baseline", "", ...table];
  const detectable = detectableLines(report);
  if (detectable.length) out.push("", ...detectable.map((l) => `- ${escapeMarkdown(l)}`));
  return out;
}

/** A markdown table of already-escaped cells, without the columns no row fills. */
function markdownTable(columns: string[], rows: string[][], align?: string[]): string[] {
  const keep = columns.map((_, j) => rows.some((r) => (r[j] ?? "").trim() !== ""));
  const pick = <T>(cells: T[]) => cells.filter((_, j) => keep[j]);
  return [
    `| ${pick(columns).join(" | ")} |`,
    `| ${pick(align ?? columns.map(() => "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${pick(columns.map((_, j) => r[j] ?? "")).join(" | ")} |`),
  ];
}

/** A section's detail table, folded. */
function detailTable(section: Section, t: Table): string[] {
  const rows = t.rows.map((r) => r.map((c) => escapeMarkdown(c)));
  return [
    "",
    `<details><summary>${escapeHtmlText(`${section.title}: ${t.title}`)}</summary>`,
    "",
    ...markdownTable(t.columns.map(escapeMarkdown), rows),
    "",
    "</details>",
  ];
}

/** Verdict, environment, baseline, score and the stage table. */
function header(report: Report): string[] {
  // Nothing ran on a broken config: a baseline and a score of 0 would read as findings.
  const broken = report.status === "config-error";
  const env = broken ? "" : ` · ${codeSpan(report.environment.name)}`;
  const out = [`## ${report.passed ? "✅" : "❌"} mlgate ${verdict(report)}${env}`, ""];
  out.push(`**Environment:** ${markdownText(environmentLine(report))}  `);
  if (!broken) {
    const baseline = baselineLine(report);
    if (baseline !== undefined) out.push(`**Baseline:** ${markdownText(baseline)}  `);
    const gated = gatedLine(report);
    if (gated) out.push(`**Comparison:** ${gated}  `);
    out.push(`**ML Test Score:** ${report.mlTestScore.final} (${scoreBand(report.mlTestScore.final)})`);
  }
  out.push("", "| Stage | Status | Checks |", "| --- | --- | --- |");
  for (const s of report.sections) {
    out.push(
      `| ${escapeMarkdown(s.title)} | ${EMOJI[s.status]} ${STATUS_WORD[s.status]} | ${markdownText(checkCounts(s), true)} |`,
    );
  }
  return out;
}

/** The ML Test Score's section sums, folded. */
function scoreTable(report: Report): string[] {
  if (report.status === "config-error") return [];
  const s = report.mlTestScore.sections;
  return [
    "",
    "<details><summary>ML Test Score</summary>",
    "",
    "| Data | Model | Infrastructure | Monitoring | Final (minimum) |",
    "| ---: | ---: | ---: | ---: | ---: |",
    `| ${s.data} | ${s.model} | ${s.infrastructure} | ${s.monitoring} | **${report.mlTestScore.final}** |`,
    "",
    "</details>",
  ];
}

/** At level 3 only the gate's reasons are left to say what failed. */
function reasonList(report: Report): string[] {
  if (!report.gate.reasons.length) return [];
  const reasons = report.gate.reasons.slice(0, 20);
  const out = ["", "### Why the gate failed", "", ...reasons.map((r) => `- ${markdownText(r)}`)];
  if (reasons.length < report.gate.reasons.length)
    out.push(`- … and ${report.gate.reasons.length - reasons.length} more`);
  return out;
}

function render(report: Report, options: RenderOptions, level: Level): string {
  const out = header(report);
  if (level < 3) out.push(...problems(report, options, level), ...comparisonTable(report));
  else out.push(...reasonList(report));
  if (level < 1) out.push(...mermaidCharts(report));
  if (level === 0)
    for (const section of report.sections)
      for (const t of section.tables ?? []) out.push(...detailTable(section, t));
  if (level < 3) out.push(...passedChecks(report, level));
  out.push(...scoreTable(report));
  if (level > 0) {
    out.push(
      "",
      `> [!NOTE]\n> To fit GitHub's size limit this leaves out ${LEFT_OUT[level as 1 | 2 | 3]}.${
        options.fullReport ? ` ${markdownText(options.fullReport)}` : ""
      }`,
    );
  }
  if (options.htmlReport)
    out.push(
      "",
      options.htmlReportUrl
        ? `📄 [${markdownText(options.htmlReport)}](${linkUrl(options.htmlReportUrl)})`
        : `📄 ${markdownText(options.htmlReport)}`,
    );
  out.push(
    "",
    `<sub>mlgate ${escapeMarkdown(report.tool.version)} · fail_on: ${escapeMarkdown(report.gate.failOn)}</sub>`,
  );
  return `${out.join("\n")}\n`;
}

/**
 * GitHub-flavoured markdown; every user string escaped, no timestamps. With `maxLength`, detail
 * is dropped in stages (charts and tables, then per-finding lines, then all but counts) until it
 * fits, and a note says what was left out; markdown is never cut in the middle.
 */
export const renderMarkdown: Renderer = (report, options = {}) => {
  let text = render(report, options, 0);
  const max = options.maxLength;
  if (max === undefined) return text;
  for (const level of [1, 2, 3] as const) {
    if (text.length <= max) return text;
    text = render(report, options, level);
  }
  return text;
};
