/**
 * Drift as pictures: for each compared column, the reference's and the current histogram as shares
 * of their rows (numbers in equal-width bins over both samples' range, categories by the most
 * frequent), ranked by how far they moved (total variation distance between the two, 0 to 1).
 */
import type { Chart } from "../report/types.js";
import type { DriftPlan } from "./checks/drift.js";
import type { DriftSample } from "./drift.js";

/** Bins of a numeric column's histogram. */
const BINS = 12;
/** Categories shown; the rest are one bar, "other". */
const TOP_CATEGORIES = 10;
/** Charts kept per dataset, those that moved most first: enough for any scorecard. */
const MAX_CHARTS = 20;

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** A short label for a bin edge. */
const edge = (v: number) =>
  Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toPrecision(3) : String(round(v));

/** Shares of each sample in BINS equal-width bins over both samples' range. */
function numericBars(
  reference: number[],
  current: number[],
): { labels: string[]; ref: number[]; cur: number[] } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const side of [reference, current])
    for (const v of side) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  const width = (hi - lo) / BINS || 1;
  const shares = (values: number[]) => {
    const counts = new Array<number>(BINS).fill(0);
    for (const v of values) counts[Math.min(BINS - 1, Math.floor((v - lo) / width))]!++;
    return counts.map((c) => c / (values.length || 1));
  };
  const labels = Array.from({ length: BINS }, (_, b) => edge(lo + b * width));
  return { labels, ref: shares(reference), cur: shares(current) };
}

/** Shares of the most frequent categories (over both sides), the rest as "other". */
function categoryBars(reference: Map<string, number>, current: Map<string, number>) {
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) || 1;
  const rt = total(reference);
  const ct = total(current);
  const keys = [...new Set([...reference.keys(), ...current.keys()])];
  const weight = (k: string) => (reference.get(k) ?? 0) / rt + (current.get(k) ?? 0) / ct;
  keys.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1));
  const top = keys.slice(0, TOP_CATEGORIES);
  const share = (m: Map<string, number>, t: number) => {
    const out = top.map((k) => (m.get(k) ?? 0) / t);
    if (keys.length > top.length) out.push(1 - out.reduce((a, b) => a + b, 0));
    return out;
  };
  const labels = keys.length > top.length ? [...top, "other"] : top;
  return { labels, ref: share(reference, rt), cur: share(current, ct) };
}

/** One column's chart, or nothing when a side has no values. */
function columnChart(
  dataset: string,
  column: string,
  reference: DriftSample,
  current: DriftSample,
): Chart | undefined {
  if (!reference.seen || !current.seen) return undefined;
  const numeric = reference.numericOnly && current.numericOnly && reference.counts.size > 20;
  const bars = numeric
    ? numericBars(reference.values, current.values)
    : categoryBars(reference.counts, current.counts);
  if (!bars.labels.length) return undefined;
  let moved = 0;
  for (let i = 0; i < bars.ref.length; i++) moved += Math.abs(bars.ref[i]! - bars.cur[i]!);
  const top = Math.max(...bars.ref, ...bars.cur);
  return {
    id: `data/${dataset}/${column}/drift`,
    kind: "drift",
    title: `${dataset}: ${column}, reference against current`,
    style: "bar",
    x: { label: numeric ? `${column} (bin from)` : column, categories: bars.labels },
    y: { label: "share of rows", min: 0, max: Math.min(1, round(top * 1.15) || 1) },
    series: [
      { name: "reference", values: bars.ref.map(round) },
      { name: "current", values: bars.cur.map(round) },
    ],
    score: round(moved / 2),
  };
}

/** The drift charts of one dataset, those that moved most first. */
export function driftCharts(dataset: string, plan: DriftPlan | undefined): Chart[] {
  if (!plan) return [];
  const charts: Chart[] = [];
  for (const [name, d] of plan.columns) {
    if (d.at === -1) continue;
    const chart = columnChart(dataset, name, d.reference, d.current);
    if (chart) charts.push(chart);
  }
  return charts.sort((a, b) => b.score! - a.score! || (a.id < b.id ? -1 : 1)).slice(0, MAX_CHARTS);
}
