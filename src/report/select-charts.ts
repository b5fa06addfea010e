/** `scorecard.charts`: which of the stages' charts a report keeps. */
import type { ChartKind, Section } from "./types.js";

/** The switches of `scorecard.charts` (the config's shape, restated so report/ needs no config/). */
export type ChartSwitches =
  | boolean
  | {
      roc?: boolean;
      pr?: boolean;
      calibration?: boolean;
      slices?: boolean;
      drift?: boolean;
      drift_columns?: number;
      trend?: boolean;
    };

/** Drift charts kept when `drift_columns` does not say: the columns that moved most. */
export const DEFAULT_DRIFT_COLUMNS = 3;

/** Whether charts of `kind` are on. */
export function chartOn(switches: ChartSwitches | undefined, kind: ChartKind): boolean {
  if (switches === undefined || switches === true) return true;
  if (switches === false) return false;
  const key = kind === "histogram" ? "drift" : kind;
  return (switches as Record<string, boolean | number | undefined>)[key] !== false;
}

/**
 * The sections with the charts the switches leave on, and only the `drift_columns` drift charts
 * that moved most over all datasets.
 */
export function selectCharts(sections: Section[], switches: ChartSwitches | undefined): Section[] {
  const driftColumns =
    typeof switches === "object" ? (switches.drift_columns ?? DEFAULT_DRIFT_COLUMNS) : DEFAULT_DRIFT_COLUMNS;
  const drift = sections
    .flatMap((s) => s.charts ?? [])
    .filter((c) => c.kind === "drift")
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, driftColumns);
  const keptDrift = new Set(drift);
  return sections.map((s) => {
    if (!s.charts) return s;
    const charts = s.charts.filter(
      (c) => chartOn(switches, c.kind) && (c.kind !== "drift" || keptDrift.has(c)),
    );
    const { charts: _, ...rest } = s;
    return charts.length ? { ...rest, charts } : rest;
  });
}
