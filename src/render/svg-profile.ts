/**
 * A column's distribution as a small inline SVG for the HTML report's profile table: the numbers'
 * histogram as bars with the range under them, or a category's most frequent values as labelled
 * horizontal bars. No script; every label escaped.
 */
import type { ColumnSummary } from "../report/types.js";
import { escapeHtml } from "./escape-html.js";

/** Distinct text values the data stage counts (src/data/top-values.ts; render/ imports no data/). */
const DISTINCT_LIMIT = 64;

const W = 240;
const BAR_COLOR = "#0969da";

/** Two decimals for coordinates. */
const f = (v: number) => (Math.round(v * 100) / 100).toString();

/** A bin edge, short: `0.25`, `1.2e+6`. */
function edge(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  return a >= 1e6 || a < 1e-3 ? v.toExponential(2).replace(/\.?0+e/, "e") : String(Number(v.toPrecision(4)));
}

/** `12,345`. */
const count = (n: number) => n.toLocaleString("en-US");

/** The histogram of a column's numbers: one bar per bin, heights relative to the largest. */
export function svgHistogram(hist: NonNullable<ColumnSummary["histogram"]>, column: string): string {
  const H = 64;
  const plot = H - 16;
  const n = hist.counts.length;
  const top = Math.max(1, ...hist.counts);
  const slot = W / n;
  const bars = hist.counts.map((c, j) => {
    if (!c) return "";
    const hgt = Math.max(1, (c / top) * plot);
    const lo = hist.start + j * hist.width;
    const tip = `[${edge(lo)}, ${edge(lo + hist.width)}): ${count(c)}`;
    return `<rect x="${f(j * slot)}" y="${f(plot - hgt)}" width="${f(Math.max(0.5, slot - 0.5))}" height="${f(hgt)}" fill="${BAR_COLOR}"><title>${escapeHtml(tip)}</title></rect>`;
  });
  const end = hist.start + n * hist.width;
  const total = hist.counts.reduce((a, c) => a + c, 0);
  return [
    `<svg class="spark" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(`${column}: histogram of ${count(total)} numbers from ${edge(hist.start)} to ${edge(end)}`)}">`,
    `<line class="axisline" x1="0" x2="${W}" y1="${plot}" y2="${plot}"/>`,
    ...bars,
    `<text class="tick" x="0" y="${H - 3}">${escapeHtml(edge(hist.start))}</text>`,
    `<text class="tick" x="${W}" y="${H - 3}" text-anchor="end">${escapeHtml(edge(end))}</text>`,
    "</svg>",
  ].join("");
}

/** A category's most frequent values as horizontal bars with their counts. */
export function svgTopValues(top: NonNullable<ColumnSummary["top"]>, column: string): string {
  const rowH = 14;
  const rows = [
    ...top.values,
    ...(top.other ? [{ value: `${top.distinct - top.values.length} others`, count: top.other }] : []),
  ];
  const H = rows.length * rowH + 2;
  const labelW = 90;
  const most = Math.max(1, ...rows.map((r) => r.count));
  const barW = W - labelW - 56;
  const parts = rows.map((r, i) => {
    const y = i * rowH + 1;
    const label = r.value.length > 14 ? `${r.value.slice(0, 13)}…` : r.value;
    const w = Math.max(1, (r.count / most) * barW);
    const other = i >= top.values.length;
    return [
      `<text class="tick" x="${labelW - 4}" y="${y + 10}" text-anchor="end">${escapeHtml(label)}</text>`,
      `<rect x="${labelW}" y="${y + 2}" width="${f(w)}" height="${rowH - 4}" fill="${other ? "#8c959f" : BAR_COLOR}"><title>${escapeHtml(`${r.value}: ${count(r.count)}`)}</title></rect>`,
      `<text class="tick" x="${f(labelW + w + 4)}" y="${y + 10}">${escapeHtml(count(r.count))}</text>`,
    ].join("");
  });
  return [
    `<svg class="spark" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(`${column}: ${top.distinct} distinct values, the most frequent first`)}">`,
    ...parts,
    "</svg>",
  ].join("");
}

/**
 * Whatever the column has to show: its histogram, its values, or both; text cells with no value
 * counts are a column with more distinct values than a category (src/data/top-values.ts).
 */
export function svgDistribution(p: ColumnSummary): string {
  const uncounted = !p.top && p.rows - p.missing - p.numeric > 0;
  return [
    p.histogram ? svgHistogram(p.histogram, p.column) : "",
    p.top ? svgTopValues(p.top, p.column) : "",
    uncounted ? `<span class="muted">text: more than ${DISTINCT_LIMIT} distinct values</span>` : "",
  ].join("");
}
