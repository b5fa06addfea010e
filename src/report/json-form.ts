/**
 * The JSON form of a Report (schemas/report.schema.json): positions are 1-based `line`/`column`
 * there, 0-based `range` inside. These two functions are the only place that converts.
 */
import type { Diagnostic, Report } from "./types.js";

/** A diagnostic as it appears in the JSON report. */
export interface JsonDiagnostic extends Omit<Diagnostic, "range"> {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

function toJsonDiagnostic({ range, ...rest }: Diagnostic): JsonDiagnostic {
  if (!range) return rest;
  return {
    ...rest,
    line: range.start.line + 1,
    column: range.start.column + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.column + 1,
  };
}

export function fromJsonDiagnostic({
  line,
  column,
  endLine,
  endColumn,
  ...rest
}: JsonDiagnostic): Diagnostic {
  if (line === undefined) return rest;
  const start = { line: line - 1, column: (column ?? 1) - 1 };
  const end = { line: (endLine ?? line) - 1, column: (endColumn ?? column ?? 1) - 1 };
  return { ...rest, range: { start, end } };
}

export function mapDiagnostics<A, B>(
  report: { sections: { checks: { diagnostics: A[] }[] }[] },
  f: (d: A) => B,
) {
  return report.sections.map((s) => ({
    ...s,
    checks: s.checks.map((c) => ({ ...c, diagnostics: c.diagnostics.map(f) })),
  }));
}

/** The object that `--format json` prints. */
export function toJsonReport(report: Report): unknown {
  return { ...report, sections: mapDiagnostics(report, toJsonDiagnostic) };
}
