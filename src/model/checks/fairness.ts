/** fairness: gaps between the groups of a sensitive column (`model.predictions.fairness`, binary models). */
import { severity as severitySchema } from "../../checks/options.js";
import { formatMetric } from "../../report/format.js";
import type { CheckResult, Severity, Table } from "../../report/types.js";
import type { FairnessConfig } from "../predictions.js";
import type { FairnessRates, Gap } from "../slices.js";
import type { ModelCheck } from "./model-check.js";

/** One `fairness:` entry and the rates fairnessOf measured over its column. */
export interface FairnessInput {
  fairness: FairnessConfig;
  rates: FairnessRates;
  severity: Severity;
}

/** ML Test Score model.7: the model is tested for considerations of inclusion. */
const FAIRNESS = ["model.7"];

/** The measures in report order: option name, which gap, and what the gap is between. */
const MEASURES = [
  ["demographic_parity_difference", "dpd", "selection rate"],
  ["equal_opportunity_difference", "eod", "true-positive rate"],
  ["equalized_odds_difference", "eqOdds", "TPR or FPR"],
] as const;

/** One measure against its limit: an error when fewer than two groups define it. */
function judgeMeasure(
  name: string,
  limit: number,
  g: Gap | undefined,
  what: string,
  f: FairnessConfig,
  sev: Severity,
): CheckResult {
  const id = `model/fairness/${f.by}/${name}`;
  if (!g)
    return {
      id,
      status: "error",
      severity: sev,
      message: `${name} over ${f.by}: fewer than two groups with a defined ${what}`,
      expected: `<= ${limit}`,
      diagnostics: [],
    };
  const ok = g.value <= limit;
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: `${name} over ${f.by} = ${formatMetric(g.value)} (${what}: ${f.by}=${g.high} vs ${f.by}=${g.low})${ok ? "" : `, expected <= ${limit}`}`,
    observed: formatMetric(g.value),
    expected: `<= ${limit}`,
    rubric: FAIRNESS,
    diagnostics: [],
  };
}

/** The per-group rates of one entry as a table. */
export function fairnessTable({ fairness: f, rates }: FairnessInput): Table {
  const opt = (v: number | undefined) => (v === undefined ? "n/a" : formatMetric(v));
  return {
    title: `Fairness over ${f.by}`,
    compact: true,
    columns: [f.by, "rows", "selection rate", "TPR", "FPR"],
    rows: rates.groups.map((g) => [
      g.group,
      String(g.rows),
      formatMetric(g.selectionRate),
      opt(g.tpr),
      opt(g.fpr),
    ]),
  };
}

/** The fairness check. */
export const fairness: ModelCheck<FairnessInput> = {
  id: "fairness",
  description:
    "The gap in selection rate, true-positive rate or both TPR and FPR between groups exceeds its limit.",
  options: {
    "predictions.fairness": {
      type: "array",
      description: "Fairness measures over a sensitive column.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["by"],
        properties: {
          by: { type: "string", description: "Sensitive column." },
          demographic_parity_difference: {
            type: "number",
            minimum: 0,
            description: "Maximum gap in positive-prediction rate between groups.",
          },
          equal_opportunity_difference: {
            type: "number",
            minimum: 0,
            description: "Maximum gap in true-positive rate between groups.",
          },
          equalized_odds_difference: {
            type: "number",
            minimum: 0,
            description: "Maximum of the TPR gap and the FPR gap.",
          },
          severity: severitySchema,
        },
      },
    },
  },
  rubric: FAIRNESS,
  judge({ fairness: f, rates, severity }) {
    const sev = f.severity ?? severity;
    const checks: CheckResult[] = [];
    for (const [name, gap, what] of MEASURES) {
      const limit = f[name];
      if (limit !== undefined) checks.push(judgeMeasure(name, limit, rates[gap], what, f, sev));
    }
    return checks;
  },
};
