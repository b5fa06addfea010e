/** The markdown scorecard for PR comments and job summaries. */

import { formatMetric } from "../report/format.js";
import type { Report, SectionStatus } from "../report/types.js";
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
import { codeSpan, escapeMarkdown } from "./escape-markdown.js";
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
  1: "the detail tables",
  2: "the detail tables, the per-finding lines and all but the first 100 problems",
  3: "everything but the verdict, the counts and the reasons",
};

/** A link to a file and line at the PR's head, or the plain location. */
function where(d: Parameters<typeof location>[0], options: RenderOptions): string {
  const text = codeSpan(location(d));
  const l = options.links;
  if (!l) return text;
  const file = [options.pathPrefix, d.file].filter(Boolean).join("/");
  const url = `${l.serverUrl.replace(/\/+$/, "")}/${l.repository}/blob/${l.sha}/${file
    .split("/")
    .map(encodeURIComponent)
    .join("/")}${d.range ? `#L${d.range.start.line + 1}` : ""}`;
  return `[${text}](${url})`;
}

/** Mermaid `xychart-beta` line charts (GitHub renders them; no image hosting), one per metric. */
function trendCharts(trend: NonNullable<Report["trend"]>): string[] {
  const safe = (t: string) => t.replace(/[^\w .:/=[\]-]/g, "_");
  const out = ["", "<details><summary>Trend over the last baselines</summary>", ""];
  for (const series of trend) {
    const values = series.points.map((p) => p.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
    out.push(
      "```mermaid",
      "xychart-beta",
      `  title "${safe(series.metric)}"`,
      `  x-axis [${series.points.map((p) => `"${safe(p.label)}"`).join(", ")}]`,
      `  y-axis "${safe(series.metric)}" ${formatMetric(lo - pad)} --> ${formatMetric(hi + pad)}`,
      `  line [${values.map((v) => formatMetric(v)).join(", ")}]`,
      "```",
      "",
    );
  }
  out.push("</details>");
  return out;
}

function render(report: Report, options: RenderOptions, level: Level): string {
  const out: string[] = [];
  // Nothing ran on a broken config: a baseline and a score of 0 would read as findings.
  const broken = report.status === "config-error";
  const env = broken ? "" : ` · ${codeSpan(report.environment.name)}`;
  out.push(`## ${report.passed ? "✅" : "❌"} mlgate ${verdict(report)}${env}`);
  out.push("");
  out.push(`**Environment:** ${escapeMarkdown(environmentLine(report))}  `);
  if (!broken) {
    const baseline = baselineLine(report);
    if (baseline !== undefined) out.push(`**Baseline:** ${escapeMarkdown(baseline)}  `);
    const gated = gatedLine(report);
    if (gated) out.push(`**Comparison:** ${gated}  `);
    out.push(`**ML Test Score:** ${report.mlTestScore.final} (${scoreBand(report.mlTestScore.final)})`);
  }
  out.push("", "| Stage | Status | Checks |", "| --- | --- | --- |");
  for (const s of report.sections) {
    out.push(
      `| ${s.title} | ${EMOJI[s.status]} ${STATUS_WORD[s.status]} | ${escapeMarkdown(checkCounts(s))} |`,
    );
  }
  const failing = failingChecks(report);
  if (failing.length && level < 3) {
    out.push("", "### Problems", "");
    // Trimmed renderings name the first 100 failing checks and count the rest.
    const shown = level >= 2 ? failing.slice(0, 100) : failing;
    for (const { section, check } of shown) {
      out.push(
        `- ${check.severity === "error" ? "❌" : "⚠️"} **${section.title}:** ${escapeMarkdown(check.message)}`,
      );
      if (level >= 2) continue;
      for (const d of check.diagnostics) {
        out.push(`  - ${where(d, options)} ${codeSpan(d.code)} ${escapeMarkdown(d.message)}`);
      }
      if (check.details) out.push(...codeBlock(check.details, "  "));
    }
    if (shown.length < failing.length)
      out.push(`- … and ${failing.length - shown.length} more failing checks`);
  }
  if (report.comparisons.length && level < 3) {
    out.push(
      "",
      "### Metrics against baseline",
      "",
      "| Metric | Base | Head | Δ | Test | Status |",
      "| --- | ---: | ---: | ---: | --- | --- |",
    );
    // Regressions first, then the rest in name order.
    const order = (c: (typeof report.comparisons)[number]) =>
      c.status === "failed" ? 0 : c.status === "warning" ? 1 : 2;
    for (const c of [...report.comparisons].sort((a, b) => order(a) - order(b))) {
      const x = comparisonCells(c);
      const mark = c.status === "failed" ? "❌ " : c.status === "warning" ? "⚠️ " : "";
      out.push(
        `| ${escapeMarkdown(x.metric)} | ${x.base} | ${x.head} | ${x.delta} | ${escapeMarkdown(x.test)} | ${mark}${x.status} |`,
      );
    }
    const detectable = detectableLines(report);
    if (detectable.length) out.push("", ...detectable.map((l) => `- ${escapeMarkdown(l)}`));
  }
  if (report.trend?.length && level < 2) out.push(...trendCharts(report.trend));
  if (level === 0) {
    for (const section of report.sections) {
      for (const t of section.tables ?? []) {
        out.push("", `<details><summary>${section.title}: ${escapeMarkdown(t.title)}</summary>`, "");
        out.push(
          `| ${t.columns.map(escapeMarkdown).join(" | ")} |`,
          `| ${t.columns.map(() => "---").join(" | ")} |`,
        );
        for (const row of t.rows) out.push(`| ${row.map(escapeMarkdown).join(" | ")} |`);
        out.push("", "</details>");
      }
    }
  }
  const s = report.mlTestScore.sections;
  if (!broken)
    out.push(
      "",
      "<details><summary>ML Test Score</summary>",
      "",
      "| Data | Model | Infrastructure | Monitoring | Final (minimum) |",
      "| ---: | ---: | ---: | ---: | ---: |",
      `| ${s.data} | ${s.model} | ${s.infrastructure} | ${s.monitoring} | **${report.mlTestScore.final}** |`,
      "",
      "</details>",
    );
  if (report.gate.reasons.length) {
    out.push("", "<details><summary>Why the gate failed</summary>", "");
    const reasons = level >= 2 ? report.gate.reasons.slice(0, 20) : report.gate.reasons;
    for (const r of reasons) out.push(`- ${escapeMarkdown(r)}`);
    if (reasons.length < report.gate.reasons.length)
      out.push(`- … and ${report.gate.reasons.length - reasons.length} more`);
    out.push("", "</details>");
  }
  if (level > 0) {
    out.push(
      "",
      `> [!NOTE]\n> To fit GitHub's size limit this leaves out ${LEFT_OUT[level as 1 | 2 | 3]}.${
        options.fullReport ? ` ${escapeMarkdown(options.fullReport)}` : ""
      }`,
    );
  }
  out.push("", `<sub>mlgate ${report.tool.version} · fail_on: ${report.gate.failOn}</sub>`);
  return `${out.join("\n")}\n`;
}

/**
 * GitHub-flavoured markdown; every user string escaped, no timestamps. With `maxLength`, detail
 * is dropped in stages (tables, then per-finding lines, then all but counts) until it fits, and a
 * note says what was left out; markdown is never cut in the middle.
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
