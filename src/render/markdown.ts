/** The markdown scorecard for PR comments and job summaries. */
import type { SectionStatus } from "../report/types.js";
import {
  baselineLine,
  checkCounts,
  comparisonCells,
  environmentLine,
  failingChecks,
  location,
  STATUS_WORD,
  verdict,
} from "./common.js";
import { codeSpan, escapeMarkdown } from "./escape-markdown.js";
import type { Renderer } from "./renderer.js";

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

/** GitHub-flavoured markdown; every user string escaped, no timestamps. */
export const renderMarkdown: Renderer = (report) => {
  const out: string[] = [];
  out.push(
    `## ${report.passed ? "✅" : "❌"} mlgate ${verdict(report)} · ${codeSpan(report.environment.name)}`,
  );
  out.push("");
  out.push(`**Environment:** ${escapeMarkdown(environmentLine(report))}  `);
  out.push(`**Baseline:** ${escapeMarkdown(baselineLine(report))}  `);
  out.push(`**ML Test Score:** ${report.mlTestScore.final}`);
  out.push("", "| Stage | Status | Checks |", "| --- | --- | --- |");
  for (const s of report.sections) {
    out.push(
      `| ${s.title} | ${EMOJI[s.status]} ${STATUS_WORD[s.status]} | ${escapeMarkdown(checkCounts(s))} |`,
    );
  }
  const failing = failingChecks(report);
  if (failing.length) {
    out.push("", "### Problems", "");
    for (const { section, check } of failing) {
      out.push(
        `- ${check.severity === "error" ? "❌" : "⚠️"} **${section.title}:** ${escapeMarkdown(check.message)}`,
      );
      for (const d of check.diagnostics) {
        out.push(`  - ${codeSpan(location(d))} ${codeSpan(d.code)} ${escapeMarkdown(d.message)}`);
      }
      if (check.details) out.push(...codeBlock(check.details, "  "));
    }
  }
  if (report.comparisons.length) {
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
  }
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
  const s = report.mlTestScore.sections;
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
    for (const r of report.gate.reasons) out.push(`- ${escapeMarkdown(r)}`);
    out.push("", "</details>");
  }
  out.push("", `<sub>mlgate ${report.tool.version} · fail_on: ${report.gate.failOn}</sub>`);
  return `${out.join("\n")}\n`;
};
