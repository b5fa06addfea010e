/**
 * Charts as text for a terminal (`mlgate check --charts`): lines as braille dots (2×4 dots a
 * character), bars as block characters with eighths. Colour only when the terminal has it; the
 * legend says which series is which either way.
 */
import type { Chart } from "../report/types.js";
import { areaWords } from "./charts.js";

const COLS = 48;
const ROWS = 8;
/** ANSI colours by series name (the same as the scorecard's charts: head blue, base orange…). */
const ANSI: Record<string, number> = {
  head: 34,
  current: 34,
  base: 33,
  reference: 90,
  "perfectly calibrated": 90,
};
/** Bit of the braille dot at (x, y) inside a character, x 0–1, y 0–3 (Unicode's dot numbering). */
const DOT = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
];
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A number as a short label. */
const short = (v: number) => String(Math.round(v * 1000) / 1000);

/** Strip control characters from user text so it cannot move the cursor or forge colours. */
const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");

/** A line chart as braille: every series on one grid, coloured when `color`. */
function brailleLines(chart: Chart, color: boolean): string[] {
  const w = COLS * 2;
  const h = ROWS * 4;
  const bits = Array.from({ length: ROWS }, () => new Array<number>(COLS).fill(0));
  const owner = Array.from({ length: ROWS }, () => new Array<number>(COLS).fill(-1));
  const span = chart.y.max - chart.y.min || 1;
  const set = (px: number, py: number, k: number) => {
    const cx = Math.min(COLS - 1, Math.max(0, Math.floor(px / 2)));
    const cy = Math.min(ROWS - 1, Math.max(0, Math.floor(py / 4)));
    bits[cy]![cx]! |=
      DOT[Math.min(1, Math.max(0, Math.round(px) - cx * 2))]![
        Math.min(3, Math.max(0, Math.round(py) - cy * 4))
      ]!;
    owner[cy]![cx] = k;
  };
  chart.series.forEach((s, k) => {
    const n = s.values.length;
    const at = (i: number, v: number): [number, number] => [
      n === 1 ? w / 2 : (i * (w - 1)) / (n - 1),
      (h - 1) * (1 - (Math.min(Math.max(v, chart.y.min), chart.y.max) - chart.y.min) / span),
    ];
    for (let i = 0; i < n; i++) {
      const v = s.values[i];
      if (v == null) continue;
      const [x1, y1] = at(i, v);
      const next = s.values[i + 1];
      if (next == null) {
        set(x1, y1, k);
        continue;
      }
      const [x2, y2] = at(i + 1, next);
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1))));
      for (let t = 0; t <= steps; t++) set(x1 + ((x2 - x1) * t) / steps, y1 + ((y2 - y1) * t) / steps, k);
    }
  });
  const top = short(chart.y.max);
  const bottom = short(chart.y.min);
  const pad = Math.max(top.length, bottom.length);
  const lines = bits.map((row, r) => {
    const cells = row
      .map((b, c) => {
        const ch = String.fromCharCode(0x2800 + b);
        const k = owner[r]![c]!;
        return color && k >= 0 ? `\u001b[${ANSI[chart.series[k]!.name] ?? 34}m${ch}\u001b[0m` : ch;
      })
      .join("");
    const label = r === 0 ? top : r === ROWS - 1 ? bottom : "";
    return `${label.padStart(pad)} ┤${cells}`;
  });
  const lo = chart.x.categories?.[0] ?? short(chart.x.min ?? 0);
  const hi = chart.x.categories?.at(-1) ?? short(chart.x.max ?? 1);
  lines.push(`${" ".repeat(pad)} └${"─".repeat(COLS)}`);
  lines.push(
    `${" ".repeat(pad)}  ${clean(lo)}${clean(`${chart.x.label} → ${hi}`).padStart(COLS - lo.length)}`,
  );
  return lines;
}

/** A bar chart as rows of blocks: one row per category and series. */
function blockBars(chart: Chart, color: boolean): string[] {
  const labels = (chart.x.categories ?? []).map((c) => clean(c).slice(0, 16));
  const width = Math.max(...labels.map((l) => l.length), 1);
  const names = chart.series.map((s) => clean(s.name).slice(0, 12));
  const nameWidth = Math.max(...names.map((n) => n.length));
  const span = chart.y.max - chart.y.min || 1;
  const out: string[] = [];
  labels.forEach((label, i) => {
    chart.series.forEach((s, k) => {
      const v = s.values[i];
      const eighths = v == null ? 0 : Math.round(((Math.max(v, chart.y.min) - chart.y.min) / span) * 32 * 8);
      let bar = "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
      if (color) bar = `\u001b[${ANSI[s.name] ?? 34}m${bar}\u001b[0m`;
      const head = k === 0 ? label.padEnd(width) : " ".repeat(width);
      out.push(`${head} ${names[k]!.padEnd(nameWidth)} ${bar} ${v == null ? "n/a" : short(v)}`);
    });
  });
  return out;
}

/** One chart as text: its title (with AUC or AP), the plot, a legend of its series. */
export function textChart(chart: Chart, color = false): string[] {
  const area = areaWords(chart);
  const title = clean(`${chart.title}${area ? ` (${area})` : ""}`);
  const plot = chart.style === "bar" ? blockBars(chart, color) : brailleLines(chart, color);
  const legend =
    chart.style === "line" && chart.series.length > 1
      ? [
          `  ${chart.series
            .map((s) => (color ? `\u001b[${ANSI[s.name] ?? 34}m━\u001b[0m ${clean(s.name)}` : clean(s.name)))
            .join("  ")}${color ? "" : " (overlaid; colour tells them apart)"}`,
        ]
      : [];
  return [title, ...plot.map((l) => `  ${l}`), ...legend];
}
