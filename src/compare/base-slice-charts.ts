/**
 * The baseline's per-slice bars, for the slice charts head against base. An artifact baseline and
 * a `path:` baseline folder carry the base run's JSON report (`mlgate-report.json`, written by the
 * action's baseline folder); its model section holds the slice charts of the base, drawn from
 * the base's own predictions and group columns. A git baseline has no report: no base bars. The
 * report is untrusted input: it is size-capped, validated against the report schema, and only
 * numbers and category names are taken from it.
 */
import {
  BASELINE_MAX_BYTES,
  BaselineTooLarge,
  type ResolvedBaseline,
  readBaselineFile,
} from "../baseline/resolved-baseline.js";
import type { MlgateConfig } from "../config/types.js";
import { decodeUtf8, WorkspaceError } from "../io/workspace.js";
import type { Chart } from "../report/types.js";

/** Where the baseline folder keeps the base run's report (src/action/publishers/baseline-folder.ts). */
export const BASE_REPORT = "mlgate-report.json";

/** The ids of the slice charts the model stage draws (src/model/slice-chart.ts names them so). */
export function baseSliceIds(config: MlgateConfig): Set<string> {
  const slices = (config.model?.predictions as { slices?: { by?: unknown; metric?: unknown }[] } | undefined)
    ?.slices;
  return new Set(
    (Array.isArray(slices) ? slices : [])
      .filter((s) => typeof s?.by === "string" && typeof s.metric === "string")
      .map((s) => `model/slices/${s.by}/${s.metric}`),
  );
}

/** The base report read, validated; undefined when the baseline has none or it is not a report. */
async function baseReport(baseline: ResolvedBaseline) {
  if (baseline.info.source !== "artifact" && baseline.info.source !== "path") return undefined;
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readBaselineFile(baseline.files, BASE_REPORT, BASELINE_MAX_BYTES.report);
  } catch (err) {
    if (err instanceof BaselineTooLarge) return undefined;
    throw err;
  }
  if (!bytes) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes, BASE_REPORT));
  } catch (err) {
    if (err instanceof SyntaxError || err instanceof WorkspaceError) return undefined;
    throw err;
  }
  // ajv (the report schema's validator) loads only when a base report is there to read.
  const { parseJsonReport } = await import("../report/parse-json-report.js");
  return parseJsonReport(value).report;
}

/**
 * The base's bars of each slice chart `ids` names (the head's slice charts), as a series named
 * `base` on the base's own groups; renderers line the groups up with the head's (charts.ts).
 */
export async function baseSliceCharts(
  baseline: ResolvedBaseline,
  ids: ReadonlySet<string>,
): Promise<Chart[]> {
  if (!ids.size) return [];
  const report = await baseReport(baseline);
  if (!report) return [];
  const out: Chart[] = [];
  for (const section of report.sections) {
    if (section.id !== "model") continue;
    for (const chart of section.charts ?? []) {
      if (chart.kind !== "slices" || !ids.has(chart.id) || !chart.x.categories) continue;
      const head = chart.series.find((s) => s.name === "head");
      if (!head) continue;
      out.push({ ...chart, series: [{ name: "base", values: head.values }] });
    }
  }
  return out;
}
