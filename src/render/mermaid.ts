/**
 * The report's charts as mermaid `xychart-beta` blocks, which GitHub draws in comments and job
 * summaries (no image hosting, no token). xychart has no legend and no gaps in a line, so the
 * title names each series by colour, and a line chart with an empty point (a calibration bin no
 * score fell in) keeps only the x positions every series has.
 */
import type { Chart, ChartSeries, Report } from "../report/types.js";
import { areaWords, reportCharts } from "./charts.js";
import { escapeMarkdown } from "./escape-markdown.js";

/** Colours by series name, shared with the HTML report so both read the same. */
export const SERIES_COLOR: Record<string, [string, string]> = {
  head: ["#0969da", "blue"],
  current: ["#0969da", "blue"],
  base: ["#bc4c00", "orange"],
  reference: ["#8c959f", "grey"],
  "perfectly calibrated": ["#8c959f", "grey"],
};
const OTHER: [string, string] = ["#0969da", "blue"];

/** The colour of a series, and its name in words. */
export const colorOf = (s: ChartSeries): [string, string] => SERIES_COLOR[s.name] ?? OTHER;

/** Text mermaid reads inside double quotes: no quote, bracket, newline or directive characters. */
function label(text: string): string {
  return text.replace(/[^\p{L}\p{N} .:/=,()%·—+_-]/gu, "_").slice(0, 120);
}

/** A number as mermaid data: short, never exponent notation. */
function num(v: number): string {
  const r = Math.round(v * 1e4) / 1e4;
  return Object.is(r, -0) ? "0" : String(r).includes("e") ? r.toFixed(6) : String(r);
}

/** Which series is drawn as bars (the first of a bar chart) and which as lines. */
function drawnAs(chart: Chart, i: number): "bar" | "line" {
  return chart.style === "bar" && i === 0 ? "bar" : "line";
}

/** "bars: reference (grey) · line: current (blue)", or "head (blue) · base (orange)". */
function legend(chart: Chart): string {
  return chart.series
    .map((s, i) => {
      const what = chart.style === "bar" ? `${drawnAs(chart, i) === "bar" ? "bars" : "line"}: ` : "";
      return `${what}${s.name} (${colorOf(s)[1]})`;
    })
    .join(" · ");
}

/** The x axis line and the series, with positions any series lacks left out of a line chart. */
function axisAndSeries(chart: Chart): { axis: string; series: string[] } {
  const n = Math.max(...chart.series.map((s) => s.values.length));
  const positions = Array.from({ length: n }, (_, i) => i);
  const complete = positions.filter((i) => chart.series.every((s) => s.values[i] != null));
  const keep = chart.style === "line" ? complete : positions;
  const numeric = chart.x.categories === undefined && chart.x.min !== undefined && chart.x.max !== undefined;
  let axis: string;
  if (numeric && keep.length === n)
    axis = `x-axis "${label(chart.x.label)}" ${num(chart.x.min!)} --> ${num(chart.x.max!)}`;
  else {
    const at = (i: number) =>
      chart.x.categories?.[i] ?? num(chart.x.min! + ((chart.x.max! - chart.x.min!) * i) / Math.max(1, n - 1));
    axis = `x-axis "${label(chart.x.label)}" [${keep.map((i) => `"${label(at(i))}"`).join(", ")}]`;
  }
  const series = chart.series.map(
    (s, j) => `  ${drawnAs(chart, j)} [${keep.map((i) => num(s.values[i] ?? 0)).join(", ")}]`,
  );
  return { axis, series };
}

/** One chart as a fenced mermaid block. */
export function mermaidChart(chart: Chart): string[] {
  const { axis, series } = axisAndSeries(chart);
  // The palette follows the order of the series: bars first when there are bars.
  const palette = chart.series.map((s) => colorOf(s)[0]).join(", ");
  const area = areaWords(chart);
  const title = `${chart.title}${area ? ` — ${area}` : ""}`;
  return [
    "```mermaid",
    `%%{init: {"xyChart": {"width": 720, "height": 360}, "themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `  title "${label(title)}"`,
    `  ${axis}`,
    `  y-axis "${label(chart.y.label)}" ${num(chart.y.min)} --> ${num(chart.y.max)}`,
    ...series,
    "```",
  ];
}

/** The charts section of the scorecard: each chart, its legend under it. */
export function mermaidCharts(report: Report): string[] {
  const charts = reportCharts(report).filter((c) => c.series.length && c.series[0]!.values.length);
  if (!charts.length) return [];
  const out = ["", "### Charts"];
  for (const chart of charts)
    out.push("", ...mermaidChart(chart), `<sub>${escapeMarkdown(legend(chart))}</sub>`);
  return out;
}
