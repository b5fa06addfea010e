import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/report/json-form.ts
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

export {
  fromJsonDiagnostic,
  mapDiagnostics,
  toJsonReport
};
