/**
 * The HTML report: one self-contained file with everything in full — every finding with its
 * hint, the charts as inline SVG, every table (data profile, metrics, slices, fairness, params),
 * the comparison with its intervals and what each test can detect, every check that passed and the
 * ML Test Score's items. Inline CSS only: no script, nothing from the network; it reads the same
 * printed. Every string from the report is escaped.
 */
import { formatMetric } from "../report/format.js";
import type { CheckResult, Report, Section, SectionStatus, Table } from "../report/types.js";
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
import { escapeHtml as h } from "./escape-html.js";
import { scoreBand } from "./markdown.js";
import type { Renderer } from "./renderer.js";
import { svgChart } from "./svg-chart.js";
import { svgDistribution } from "./svg-profile.js";

const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bad: #cf222e; --warn: #9a6700; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; margin: 0 auto; max-width: 1120px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 28px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; } dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: 6px 0 14px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: #f6f8fa; padding: 1px 4px; border-radius: 4px; }
pre { background: #f6f8fa; padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.failed, .error { color: var(--bad); } .warning { color: var(--warn); } .passed { color: var(--ok); } .skipped, .incomplete, .muted { color: var(--muted); }
ul.findings { margin: 4px 0 12px; padding-left: 20px; } ul.findings li { margin: 2px 0; }
.hint { color: var(--muted); display: block; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px; break-inside: avoid; flex: 1 1 440px; max-width: 560px; }
figure.chart svg { width: 100%; height: auto; display: block; }
svg text { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: var(--fg); }
svg .title { font-size: 13px; font-weight: 600; } svg .tick { font-size: 10px; fill: var(--muted); } svg .axis { font-size: 11px; }
svg .grid { stroke: #eaeef2; } svg .axisline { stroke: #8c959f; }
svg.spark { display: block; margin: 2px 0; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } table, figure.chart, pre { break-inside: avoid; } a { color: inherit; } }
`;

const MARK: Record<SectionStatus, string> = {
  passed: "✔",
  failed: "✖",
  warning: "!",
  skipped: "–",
  incomplete: "?",
};

/**
 * A table of cells; cells that look like numbers are right-aligned. `extra` adds a last column of
 * markup the caller made safe (`extra.cells[i]` for row i: the profile's inline SVG).
 */
function table(
  columns: string[],
  rows: string[][],
  caption?: string,
  extra?: { title: string; cells: string[] },
): string {
  const numeric = /^[-+]?[0-9.,]+(e[-+]?[0-9]+)?%?$/;
  const titles = extra ? [...columns, extra.title] : columns;
  const head = `<tr>${titles.map((c) => `<th scope="col">${h(c)}</th>`).join("")}</tr>`;
  const body = rows
    .map(
      (r, i) =>
        `<tr>${columns
          .map((_, j) => {
            const cell = r[j] ?? "";
            return `<td${numeric.test(cell) ? ' class="num"' : ""}>${h(cell)}</td>`;
          })
          .join("")}${extra ? `<td>${extra.cells[i] ?? ""}</td>` : ""}</tr>`,
    )
    .join("\n");
  return `<table>${caption ? `<caption>${h(caption)}</caption>` : ""}<thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

/** A check's findings, each with where, code, message and hint; its output as preformatted text. */
function findings(check: CheckResult): string {
  const items = check.diagnostics.map((d) => {
    const hint = d.hint ? `<span class="hint">↳ ${h(d.hint)}</span>` : "";
    return `<li><code>${h(location(d))}</code> <span class="${d.severity}">${h(d.severity)}</span> <code>${h(d.code)}</code> ${h(d.message)}${hint}</li>`;
  });
  const list = items.length ? `<ul class="findings">${items.join("\n")}</ul>` : "";
  const seen = [
    check.observed && `observed ${check.observed}`,
    check.expected && `expected ${check.expected}`,
  ]
    .filter(Boolean)
    .join(" · ");
  return `${seen ? `<div class="muted">${h(seen)}</div>` : ""}${list}${check.details ? `<pre>${h(check.details)}</pre>` : ""}`;
}

/** Header: verdict, environment, baseline, score, and the stages. */
function header(report: Report): string {
  const rows = report.sections.map(
    (s) =>
      `<tr><td>${h(s.title)}</td><td class="${s.status}">${MARK[s.status]} ${STATUS_WORD[s.status]}</td><td>${h(checkCounts(s))}</td></tr>`,
  );
  const gated = gatedLine(report);
  const baseline = baselineLine(report);
  return [
    `<h1 class="${report.passed ? "passed" : "failed"}">${report.passed ? "✔" : "✖"} mlgate ${h(verdict(report))}</h1>`,
    '<dl class="meta">',
    `<dt>Environment</dt><dd><code>${h(report.environment.name)}</code> — ${h(environmentLine(report))}</dd>`,
    baseline !== undefined ? `<dt>Baseline</dt><dd>${h(baseline)}</dd>` : "",
    gated ? `<dt>Comparison</dt><dd>${h(gated)}</dd>` : "",
    `<dt>ML Test Score</dt><dd>${report.mlTestScore.final} (${h(scoreBand(report.mlTestScore.final))})</dd>`,
    `<dt>Gate</dt><dd>fail_on: ${h(report.gate.failOn)}</dd>`,
    "</dl>",
    `<table><thead><tr><th>Stage</th><th>Status</th><th>Checks</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  ].join("\n");
}

/** Every failing check with all its findings, then the gate's other reasons. */
function problems(report: Report): string {
  const failing = failingChecks(report);
  const others = otherReasons(report);
  if (!failing.length && !others.length) return "";
  const out = ['<h2 id="problems">Problems</h2>'];
  for (const { section, check } of failing)
    out.push(
      `<h3 class="${check.severity === "error" ? "failed" : "warning"}">${check.severity === "error" ? "✖" : "!"} ${h(section.title)}: ${h(check.message)}</h3>`,
      findings(check),
    );
  if (others.length) out.push(`<ul>${others.map((r) => `<li class="failed">${h(r)}</li>`).join("")}</ul>`);
  return out.join("\n");
}

/** The comparison with every column, and what each test can detect. */
function comparisons(report: Report): string {
  if (!report.comparisons.length) return "";
  const rows = report.comparisons.map((c) => {
    const x = comparisonCells(c);
    const interval = c.interval
      ? `[${formatMetric(c.interval.low)}, ${formatMetric(c.interval.high)}] at ${Math.round(c.interval.confidence * 100)}%`
      : "";
    const detect = c.detectable ? formatMetric(c.detectable.change) : "";
    return [
      x.metric,
      x.base,
      x.head,
      x.delta,
      interval,
      c.pValue === undefined ? "" : formatMetric(c.pValue),
      c.test ?? "",
      detect,
      x.status,
    ];
  });
  const columns = [
    "metric",
    "base",
    "head",
    "Δ",
    "interval",
    "p-value",
    "test",
    "detectable change",
    "status",
  ];
  const lines = detectableLines(report);
  return [
    '<h2 id="comparison">Metrics against baseline</h2>',
    table(columns, rows),
    lines.length ? `<ul>${lines.map((l) => `<li>${h(l)}</li>`).join("")}</ul>` : "",
  ].join("\n");
}

/**
 * A dataset's profile table gets a last column with each column's distribution (the data stage
 * titles it `<dataset> profile (N rows)` and starts each row with the column's name).
 */
function distributionColumn(section: Section, t: Table): { title: string; cells: string[] } | undefined {
  const profiles = (section.profiles ?? []).filter((p) => t.title.startsWith(`${p.dataset} profile (`));
  if (!profiles.length) return undefined;
  const byColumn = new Map(profiles.map((p) => [p.column, p]));
  const cells = t.rows.map((r) => {
    const p = byColumn.get(r[0] ?? "");
    return p ? svgDistribution(p) : "";
  });
  return cells.some(Boolean) ? { title: "distribution", cells } : undefined;
}

/** Each section's tables, in full; a data profile with each column's distribution. */
function sectionTables(section: Section): string {
  return (section.tables ?? [])
    .map(
      (t: Table) =>
        `<h3>${h(section.title)}: ${h(t.title)}</h3>\n${table(t.columns, t.rows, undefined, distributionColumn(section, t))}`,
    )
    .join("\n");
}

/** Every check that passed, by section. */
function passed(report: Report): string {
  const rows: string[][] = [];
  for (const s of report.sections)
    for (const c of s.checks) if (c.status === "passed") rows.push([s.title, c.id, c.message]);
  if (!rows.length) return "";
  return `<h2 id="passed">Checks that passed (${rows.length})</h2>\n${table(["stage", "check", "result"], rows)}`;
}

/** The ML Test Score: section sums, the final score, every item earned. */
function score(report: Report): string {
  const s = report.mlTestScore.sections;
  const sums = table(
    ["data", "model", "infrastructure", "monitoring", "final (minimum)"],
    [[s.data, s.model, s.infrastructure, s.monitoring, report.mlTestScore.final].map(String)],
  );
  const items = report.mlTestScore.items.map((i) => [i.id, i.section, String(i.points), i.how, i.by]);
  return [
    '<h2 id="ml-test-score">ML Test Score</h2>',
    sums,
    items.length
      ? table(["item", "section", "points", "how", "by"], items)
      : '<p class="muted">No item earned.</p>',
  ].join("\n");
}

/** A self-contained HTML page; the same report renders the same bytes. */
export const renderHtml: Renderer = (report) => {
  const charts = reportCharts(report);
  const body = [
    header(report),
    problems(report),
    charts.length
      ? `<h2 id="charts">Charts</h2>\n<div class="charts">${charts.map(svgChart).join("\n")}</div>`
      : "",
    comparisons(report),
    report.sections.some((s) => s.tables?.length) ? '<h2 id="details">Details</h2>' : "",
    ...report.sections.map(sectionTables),
    passed(report),
    report.status === "config-error" ? "" : score(report),
    `<footer>mlgate ${h(report.tool.version)}</footer>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>mlgate ${h(verdict(report))} · ${h(report.environment.name)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
};
