import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  BASELINE_MAX_BYTES,
  BaselineTooLarge,
  readBaselineFile
} from "./chunk-REWL6WAV.js";
import {
  WorkspaceError,
  decodeUtf8
} from "./chunk-IJJMSSTF.js";

// src/compare/base-slice-charts.ts
var BASE_REPORT = "mlgate-report.json";
function baseSliceIds(config) {
  const slices = config.model?.predictions?.slices;
  return new Set(
    (Array.isArray(slices) ? slices : []).filter((s) => typeof s?.by === "string" && typeof s.metric === "string").map((s) => `model/slices/${s.by}/${s.metric}`)
  );
}
async function baseReport(baseline) {
  if (baseline.info.source !== "artifact" && baseline.info.source !== "path") return void 0;
  let bytes;
  try {
    bytes = await readBaselineFile(baseline.files, BASE_REPORT, BASELINE_MAX_BYTES.report);
  } catch (err) {
    if (err instanceof BaselineTooLarge) return void 0;
    throw err;
  }
  if (!bytes) return void 0;
  let value;
  try {
    value = JSON.parse(decodeUtf8(bytes, BASE_REPORT));
  } catch (err) {
    if (err instanceof SyntaxError || err instanceof WorkspaceError) return void 0;
    throw err;
  }
  const { parseJsonReport } = await import("./chunk-PPZZFDAP.js");
  return parseJsonReport(value).report;
}
async function baseSliceCharts(baseline, ids) {
  if (!ids.size) return [];
  const report = await baseReport(baseline);
  if (!report) return [];
  const out = [];
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

export {
  BASE_REPORT,
  baseSliceIds,
  baseSliceCharts
};
