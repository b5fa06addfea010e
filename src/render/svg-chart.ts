/**
 * A chart as inline SVG for the HTML report: axes with a few ticks, lines as polylines (broken
 * where a value is missing), bars side by side, a legend; no script, no font or file from outside.
 */
import type { Chart } from "../report/types.js";
import { areaWords } from "./charts.js";
import { escapeHtml } from "./escape-html.js";
import { colorOf } from "./mermaid.js";

const W = 520;
const H = 300;
const M = { left: 56, right: 16, top: 40, bottom: 64 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

/** A tick label: short, never in exponent form for ordinary values. */
function tick(v: number): string {
  const r = Math.round(v * 1e4) / 1e4;
  return Math.abs(r) >= 1e5 ? r.toExponential(1) : String(r);
}

/** Coordinates with two decimals: small files, no visible rounding. */
const f = (v: number) => (Math.round(v * 100) / 100).toString();

/** The y axis with 5 ticks and grid lines. */
function yAxis(chart: Chart, y: (v: number) => number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = chart.y.min + ((chart.y.max - chart.y.min) * i) / 4;
    out.push(
      `<line class="grid" x1="${M.left}" x2="${M.left + PW}" y1="${f(y(v))}" y2="${f(y(v))}"/>`,
      `<text class="tick" x="${M.left - 6}" y="${f(y(v) + 4)}" text-anchor="end">${escapeHtml(tick(v))}</text>`,
    );
  }
  out.push(
    `<text class="axis" transform="translate(14 ${f(M.top + PH / 2)}) rotate(-90)" text-anchor="middle">${escapeHtml(chart.y.label)}</text>`,
  );
  return out;
}

/** The x axis: category names, or 5 ticks over the numeric range. */
function xAxis(chart: Chart, n: number, x: (i: number) => number): string[] {
  const out: string[] = [];
  const base = M.top + PH;
  if (chart.x.categories) {
    const every = Math.ceil(n / 12);
    chart.x.categories.forEach((c, i) => {
      if (i % every) return;
      const label = c.length > 14 ? `${c.slice(0, 13)}…` : c;
      out.push(
        `<text class="tick" x="${f(x(i))}" y="${base + 14}" text-anchor="middle">${escapeHtml(label)}</text>`,
      );
    });
  } else {
    const lo = chart.x.min ?? 0;
    const hi = chart.x.max ?? n - 1;
    for (let i = 0; i <= 4; i++) {
      const px = M.left + (PW * i) / 4;
      out.push(
        `<text class="tick" x="${f(px)}" y="${base + 14}" text-anchor="middle">${escapeHtml(tick(lo + ((hi - lo) * i) / 4))}</text>`,
      );
    }
  }
  out.push(
    `<line class="axisline" x1="${M.left}" x2="${M.left + PW}" y1="${base}" y2="${base}"/>`,
    `<text class="axis" x="${f(M.left + PW / 2)}" y="${base + 32}" text-anchor="middle">${escapeHtml(chart.x.label)}</text>`,
  );
  return out;
}

/** One chart as an `<svg>` element with a title and a legend. */
export function svgChart(chart: Chart): string {
  const n = Math.max(1, ...chart.series.map((s) => s.values.length));
  const span = chart.y.max - chart.y.min || 1;
  const y = (v: number) =>
    M.top + PH - ((Math.min(Math.max(v, chart.y.min), chart.y.max) - chart.y.min) / span) * PH;
  const bars = chart.style === "bar";
  // Bars sit in the middle of their slot; points of a numeric axis run edge to edge.
  const x = (i: number) =>
    bars || chart.x.categories
      ? M.left + ((i + 0.5) * PW) / n
      : M.left + (n === 1 ? PW / 2 : (i * PW) / (n - 1));
  const parts: string[] = [...yAxis(chart, y), ...xAxis(chart, n, x)];
  const barSeries = bars ? chart.series : [];
  const slot = PW / n;
  const bw = (slot * 0.8) / Math.max(1, barSeries.length);
  chart.series.forEach((s, k) => {
    const color = colorOf(s)[0];
    if (bars) {
      s.values.forEach((v, i) => {
        if (v === null) return;
        const left = M.left + i * slot + slot * 0.1 + k * bw;
        const top = y(Math.max(v, chart.y.min));
        parts.push(
          `<rect x="${f(left)}" y="${f(top)}" width="${f(bw)}" height="${f(M.top + PH - top)}" fill="${color}"><title>${escapeHtml(`${s.name}: ${v}`)}</title></rect>`,
        );
      });
      return;
    }
    // A gap (null) ends one polyline and starts another.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1)
        parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${run.join(" ")}"/>`);
      else if (run.length === 1) {
        const [px, py] = run[0]!.split(",");
        parts.push(`<circle cx="${px}" cy="${py}" r="2.5" fill="${color}"/>`);
      }
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) flush();
      else run.push(`${f(x(i))},${f(y(v))}`);
    });
    flush();
  });
  const legend = chart.series.map((s, k) => {
    const lx = M.left + k * 150;
    return `<rect x="${lx}" y="${H - 14}" width="12" height="12" fill="${colorOf(s)[0]}"/><text class="tick" x="${lx + 16}" y="${H - 4}">${escapeHtml(s.name.length > 22 ? `${s.name.slice(0, 21)}…` : s.name)}</text>`;
  });
  const area = areaWords(chart);
  const label = `${chart.title}${area ? ` (${area})` : ""}`;
  return [
    `<figure class="chart"><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}">`,
    `<text class="title" x="${M.left}" y="16">${escapeHtml(chart.title.length > 70 ? `${chart.title.slice(0, 69)}…` : chart.title)}</text>`,
    area ? `<text class="tick" x="${M.left}" y="32">${escapeHtml(area)}</text>` : "",
    ...parts,
    ...legend,
    "</svg></figure>",
  ].join("");
}
