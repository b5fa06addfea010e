import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/engine/build-report.js";
import { buildConfigErrorReport } from "../../src/engine/config-error-report.js";
import { MergeError, mergeReports } from "../../src/engine/merge-reports.js";
import { toJsonReport } from "../../src/report/json-form.js";
import { parseJsonReport } from "../../src/report/parse-json-report.js";
import type { Section } from "../../src/report/types.js";
import { sampleReport, sampleSections } from "../helpers/report.js";
import { reportSchemaErrors } from "../helpers/report-schema.js";

const env = { name: "dev", source: "default" as const };

function shard(sections: Section[], manual?: Record<string, string>) {
  return buildReport({ environment: env, sections, manualRubric: manual }, { failOn: "error" });
}

describe("mergeReports", () => {
  it("joins sections by id, de-duplicates checks and re-decides the gate", () => {
    const [lint, data] = sampleSections();
    const passingLint: Section = { ...lint!, status: "passed", checks: [lint!.checks[1]!] };
    const a = shard([passingLint, { id: "data", title: "Data", status: "skipped", checks: [] }]);
    const b = shard([lint!, data!], { "model.1": "by hand" });
    expect(a.passed).toBe(true);
    const merged = mergeReports([a, b]);
    expect(merged.sections.map((s) => [s.id, s.status, s.checks.length])).toEqual([
      ["lint", "failed", 2],
      ["data", "warning", 2],
    ]);
    expect(merged.passed).toBe(false);
    expect(merged.mlTestScore.sections).toEqual({ data: 1, model: 0.5, infrastructure: 1, monitoring: 0 });
    expect(reportSchemaErrors(toJsonReport(merged))).toEqual([]);
  });

  it("keeps every shard's charts, tables and column profiles (the first of one id), and the trend", () => {
    const chart = (id: string, value: number) => ({
      id,
      kind: "slices" as const,
      title: id,
      style: "bar" as const,
      x: { label: "g", categories: ["a"] },
      y: { label: "recall", min: 0, max: 1 },
      series: [{ name: "head", values: [value] }],
    });
    const model = (charts: ReturnType<typeof chart>[], column: string): Section => ({
      id: "model",
      title: "Model",
      status: "passed",
      checks: [],
      charts,
      tables: [{ title: `table ${column}`, columns: ["x"], rows: [["1"]] }],
      profiles: [{ dataset: "d", column, rows: 1, missing: 0, numeric: 0 }],
    });
    const a = shard([model([chart("model/slices/region/recall", 0.5), chart("model/roc", 0.1)], "x")]);
    const b = {
      ...shard([model([chart("model/slices/plan/recall", 0.7), chart("model/roc", 0.9)], "y")]),
      trend: [{ metric: "accuracy", points: [{ label: "abc", value: 0.9 }] }],
    };
    const merged = mergeReports([a, b]);
    const section = merged.sections.find((s) => s.id === "model")!;
    expect(section.charts!.map((c) => [c.id, c.series[0]!.values[0]])).toEqual([
      ["model/slices/region/recall", 0.5],
      ["model/roc", 0.1],
      ["model/slices/plan/recall", 0.7],
    ]);
    expect(section.tables!.map((t) => t.title)).toEqual(["table x", "table y"]);
    expect(section.profiles!.map((p) => p.column)).toEqual(["x", "y"]);
    expect(merged.trend).toEqual(b.trend);
    // The shards' own sections are left as they were.
    expect(a.sections.find((s) => s.id === "model")!.charts).toHaveLength(2);
    expect(reportSchemaErrors(toJsonReport(merged))).toEqual([]);
  });

  it("is the identity on one report", () => {
    const r = sampleReport();
    expect(mergeReports([r])).toEqual(r);
  });

  it("refuses shards from different environments", () => {
    const a = shard([]);
    const b = { ...shard([]), environment: { name: "production", source: "flag" as const } };
    expect(() => mergeReports([a, b])).toThrow(MergeError);
    expect(() => mergeReports([])).toThrow(MergeError);
  });

  it("round-trips through the JSON form (what shards upload)", () => {
    const r = sampleReport();
    const json = JSON.parse(JSON.stringify(toJsonReport(r)));
    expect(reportSchemaErrors(json)).toEqual([]);
    expect(json.sections[0].checks[0].diagnostics[0]).toMatchObject({
      line: 3,
      column: 11,
      endLine: 3,
      endColumn: 41,
    });
    expect(parseJsonReport(json).report).toEqual(r);
  });

  it("rejects a JSON report that does not match the schema", () => {
    const { report, errors } = parseJsonReport({ version: 1, passed: "yes" });
    expect(report).toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
  });

  it("keeps a shard's configuration error, whichever shard comes first", () => {
    const diagnostic = {
      code: "schema/enum",
      severity: "error" as const,
      message: "gates.fail_on must be one of error, warning, never",
      file: "mlgate.yml",
      range: { start: { line: 2, column: 11 }, end: { line: 2, column: 20 } },
    };
    const broken = buildConfigErrorReport(
      { kind: "config-error", configFile: "mlgate.yml", diagnostics: [diagnostic] },
      "dev",
    );
    const merged = mergeReports([shard([]), broken]);
    expect(merged.status).toBe("config-error");
    expect(merged.passed).toBe(false);
    expect(merged.sections.map((s) => s.id)).toEqual(["config"]);
    expect(reportSchemaErrors(toJsonReport(merged))).toEqual([]);
    expect(mergeReports([shard([]), shard([])]).status).toBeUndefined();
  });
});
