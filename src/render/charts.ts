/** The report's charts as renderers draw them: one per id, the metric trend included. */
import type { Chart, ChartKind, ChartSeries, Report } from "../report/types.js";

/** The order charts are shown in: the model's curves, its slices, drift, then the trend. */
const ORDER: ChartKind[] = ["roc", "pr", "calibration", "slices", "drift", "histogram", "trend"];

/** The trend of one metric as a chart: a line over the past baselines and this change. */
function trendChart(series: NonNullable<Report["trend"]>[number]): Chart {
  const values = series.points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
  return {
    id: `trend/${series.metric}`,
    kind: "trend",
    title: `${series.metric} over the last baselines`,
    style: "line",
    x: { label: "baseline", categories: series.points.map((p) => p.label) },
    y: { label: series.metric, min: lo - pad, max: hi + pad },
    series: [{ name: series.metric, values }],
  };
}

/**
 * Add `other`'s series to `into` (a series already there by name is not repeated). Charts over
 * categories are lined up by category name: the base's slices may have groups the head lacks and
 * the other way round, so the categories become the head's then the new ones, each series with a
 * gap where it has no value. The y range grows to hold the new values.
 */
function joinSeries(into: Chart, other: Chart): void {
  const fresh = other.series.filter((s) => !into.series.some((t) => t.name === s.name));
  if (!fresh.length) return;
  const mine = into.x.categories;
  const theirs = other.x.categories;
  if (mine && theirs && (mine.length !== theirs.length || mine.some((c, i) => c !== theirs[i]))) {
    const categories = [...mine, ...theirs.filter((c) => !mine.includes(c))];
    const line = (s: ChartSeries, from: string[]): ChartSeries => ({
      ...s,
      values: categories.map((c) => {
        const i = from.indexOf(c);
        return i === -1 ? null : (s.values[i] ?? null);
      }),
    });
    into.series = [...into.series.map((s) => line(s, mine)), ...fresh.map((s) => line(s, theirs))];
    into.x = { ...into.x, categories };
  } else into.series.push(...fresh);
  const values = fresh.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length)
    into.y = { ...into.y, min: Math.min(into.y.min, ...values), max: Math.max(into.y.max, ...values) };
}

/**
 * Every chart of the report, charts with one id merged (the model's head curve and the compare
 * stage's base curve are one chart; a series already there by name is not repeated).
 */
export function reportCharts(report: Report): Chart[] {
  const byId = new Map<string, Chart>();
  for (const section of report.sections)
    for (const chart of section.charts ?? []) {
      const seen = byId.get(chart.id);
      if (!seen) {
        byId.set(chart.id, {
          ...chart,
          series: [...chart.series],
          ...(chart.area ? { area: { ...chart.area } } : {}),
        });
        continue;
      }
      joinSeries(seen, chart);
      if (chart.area) seen.area = { ...seen.area, ...chart.area };
    }
  const charts = [...byId.values(), ...(report.trend ?? []).filter((t) => t.points.length).map(trendChart)];
  return charts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ORDER.indexOf(a.c.kind) - ORDER.indexOf(b.c.kind) || a.i - b.i)
    .map(({ c }) => c);
}

/** "head AUC 0.9689 · base AUC 0.9701": a chart's exact areas, head first. */
export function areaWords(chart: Chart): string {
  if (!chart.area) return "";
  const name = chart.kind === "pr" ? "AP" : "AUC";
  const sides = Object.keys(chart.area).sort((a, b) =>
    a === "head" ? -1 : b === "head" ? 1 : a < b ? -1 : 1,
  );
  return sides.map((s) => `${s} ${name} ${chart.area![s]!.toFixed(4)}`).join(" · ");
}
