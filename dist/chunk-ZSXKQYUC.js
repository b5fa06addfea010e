"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_ZSXKQYUC_exports = {};
__export(chunk_ZSXKQYUC_exports, {
  BASE_REPORT: () => BASE_REPORT,
  baseSliceCharts: () => baseSliceCharts,
  baseSliceIds: () => baseSliceIds
});
module.exports = __toCommonJS(chunk_ZSXKQYUC_exports);
var import_chunk_A72DGWRH = require("./chunk-A72DGWRH.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
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
    bytes = await (0, import_chunk_A72DGWRH.readBaselineFile)(baseline.files, BASE_REPORT, import_chunk_A72DGWRH.BASELINE_MAX_BYTES.report);
  } catch (err) {
    if (err instanceof import_chunk_A72DGWRH.BaselineTooLarge) return void 0;
    throw err;
  }
  if (!bytes) return void 0;
  let value;
  try {
    value = JSON.parse((0, import_chunk_TEV5JGM7.decodeUtf8)(bytes, BASE_REPORT));
  } catch (err) {
    if (err instanceof SyntaxError || err instanceof import_chunk_TEV5JGM7.WorkspaceError) return void 0;
    throw err;
  }
  const { parseJsonReport } = await Promise.resolve().then(() => __toESM(require("./chunk-FEXZJACO.js")));
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BASE_REPORT,
  baseSliceCharts,
  baseSliceIds
});
