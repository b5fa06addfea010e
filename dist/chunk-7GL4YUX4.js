"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_7GL4YUX4_exports = {};
__export(chunk_7GL4YUX4_exports, {
  fromJsonDiagnostic: () => fromJsonDiagnostic,
  mapDiagnostics: () => mapDiagnostics,
  toJsonReport: () => toJsonReport
});
module.exports = __toCommonJS(chunk_7GL4YUX4_exports);
function toJsonDiagnostic({ range, ...rest }) {
  if (!range) return rest;
  return {
    ...rest,
    line: range.start.line + 1,
    column: range.start.column + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.column + 1
  };
}
function fromJsonDiagnostic({
  line,
  column,
  endLine,
  endColumn,
  ...rest
}) {
  if (line === void 0) return rest;
  const start = { line: line - 1, column: (column ?? 1) - 1 };
  const end = { line: (endLine ?? line) - 1, column: (endColumn ?? column ?? 1) - 1 };
  return { ...rest, range: { start, end } };
}
function mapDiagnostics(report, f) {
  return report.sections.map((s) => ({
    ...s,
    checks: s.checks.map((c) => ({ ...c, diagnostics: c.diagnostics.map(f) }))
  }));
}
function toJsonReport(report) {
  return { ...report, sections: mapDiagnostics(report, toJsonDiagnostic) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  fromJsonDiagnostic,
  mapDiagnostics,
  toJsonReport
});
