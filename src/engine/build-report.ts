/** Assemble stage results into a Report and apply the gate. */
import { evaluateGate, type GatePolicy } from "../gate/evaluate-gate.js";
import { computeMlTestScore } from "../report/ml-test-score.js";
import { type ChartSwitches, chartOn, selectCharts } from "../report/select-charts.js";
import type {
  BaselineInfo,
  Comparison,
  EnvironmentInfo,
  Report,
  Section,
  SectionId,
  TrendSeries,
} from "../report/types.js";
import { sortDiagnostics } from "../schema/validate.js";
import { VERSION } from "../version.js";

/** What the stages produced. */
export interface ReportParts {
  environment: EnvironmentInfo;
  sections: Section[];
  comparisons?: Comparison[];
  baseline?: BaselineInfo;
  trend?: TrendSeries[];
  manualRubric?: Record<string, string>;
  /** `scorecard.charts`: which charts the report keeps. */
  charts?: ChartSwitches;
}

/** Stage order in every report and rendering. */
export const SECTION_ORDER: SectionId[] = ["config", "lint", "data", "model", "tests", "compare"];

/** Sorts sections by stage, checks by id, diagnostics by position: the same input renders the same bytes. */
export function normalizeSections(sections: Section[]): Section[] {
  return [...sections]
    .sort((a, b) => SECTION_ORDER.indexOf(a.id) - SECTION_ORDER.indexOf(b.id))
    .map((s) => ({
      ...s,
      checks: [...s.checks]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((c) => ({ ...c, diagnostics: sortDiagnostics([...c.diagnostics]) })),
    }));
}

/** Build the report and decide the gate. */
export function buildReport(parts: ReportParts, policy: GatePolicy): Report {
  const sections = selectCharts(normalizeSections(parts.sections), parts.charts);
  const comparisons = [...(parts.comparisons ?? [])].sort((a, b) =>
    a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0,
  );
  const mlTestScore = computeMlTestScore(sections, parts.manualRubric);
  const gate = evaluateGate({ sections, comparisons, mlTestScore }, policy);
  return {
    version: 1,
    tool: { name: "mlgate", version: VERSION },
    environment: parts.environment,
    passed: gate.passed,
    gate,
    sections,
    comparisons,
    mlTestScore,
    baseline: parts.baseline ?? { source: "none", reason: "no comparison configured" },
    ...(parts.trend?.length && chartOn(parts.charts, "trend") ? { trend: parts.trend } : {}),
  };
}
