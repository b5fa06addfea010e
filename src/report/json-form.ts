/**
 * The JSON form of a Report (schemas/report.schema.json): positions are 1-based `line`/`column`
 * there, 0-based `range` inside. These two functions are the only place that converts.
 */
import type { ValidateFunction } from "ajv";
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import { createAjv } from "../schema/create-ajv.js";
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

function fromJsonDiagnostic({ line, column, endLine, endColumn, ...rest }: JsonDiagnostic): Diagnostic {
  if (line === undefined) return rest;
  const start = { line: line - 1, column: (column ?? 1) - 1 };
  const end = { line: (endLine ?? line) - 1, column: (endColumn ?? column ?? 1) - 1 };
  return { ...rest, range: { start, end } };
}

function mapDiagnostics<A, B>(report: { sections: { checks: { diagnostics: A[] }[] }[] }, f: (d: A) => B) {
  return report.sections.map((s) => ({
    ...s,
    checks: s.checks.map((c) => ({ ...c, diagnostics: c.diagnostics.map(f) })),
  }));
}

/** The object that `--format json` prints. */
export function toJsonReport(report: Report): unknown {
  return { ...report, sections: mapDiagnostics(report, toJsonDiagnostic) };
}

let validator: ValidateFunction | undefined;

/** Validate untrusted JSON (a shard or an artifact) and turn it back into a Report, or say why not. */
export function parseJsonReport(value: unknown): { report?: Report; errors: string[] } {
  validator ??= createAjv().compile(reportSchema);
  if (!validator(value)) {
    const errors = (validator.errors ?? []).map(
      (e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`,
    );
    return { errors };
  }
  const json = value as Report & { sections: { checks: { diagnostics: JsonDiagnostic[] }[] }[] };
  return { report: { ...json, sections: mapDiagnostics(json, fromJsonDiagnostic) } as Report, errors: [] };
}
