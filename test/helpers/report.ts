/** A fixed, hand-written report used by renderer, gate and merge tests. */

import { buildReport } from "../../src/engine/build-report.js";
import type { Report, Section } from "../../src/report/types.js";

/** Sections with a failing error, a failing warning, a pass, a skipped and an incomplete stage. */
export function sampleSections(): Section[] {
  return [
    {
      id: "lint",
      title: "Config lint",
      status: "failed",
      checks: [
        {
          id: "lint/configs/scoring.yaml",
          status: "failed",
          severity: "error",
          message: "configs/scoring.yaml: 1 error",
          rubric: ["infrastructure.1"],
          diagnostics: [
            {
              code: "env-leak",
              severity: "error",
              message: 'data.source mentions "backtest" | <b>@team</b>',
              file: "configs/scoring.yaml",
              range: { start: { line: 2, column: 10 }, end: { line: 2, column: 40 } },
              hint: "Point it at the production bucket.",
            },
          ],
        },
        {
          id: "lint/configs/train.yaml",
          status: "passed",
          severity: "error",
          message: "configs/train.yaml",
          rubric: ["infrastructure.1"],
          diagnostics: [],
        },
      ],
    },
    {
      id: "data",
      title: "Data",
      status: "warning",
      checks: [
        {
          id: "data/train/age/range",
          status: "failed",
          severity: "warning",
          message: "age above 120 in 2 rows",
          observed: "2 rows",
          expected: "<= 120",
          rubric: ["data.1"],
          diagnostics: [],
        },
        {
          id: "data/train/id/unique",
          status: "passed",
          severity: "error",
          message: "id is unique",
          rubric: ["data.1"],
          diagnostics: [],
        },
      ],
    },
    {
      id: "model",
      title: "Model",
      status: "skipped",
      note: "not configured (no `model:` block in mlgate.yml)",
      checks: [],
    },
    { id: "tests", title: "Test suites", status: "incomplete", note: "cannot run yet", checks: [] },
  ];
}

/** The sample report under `fail_on: error` in production. */
export function sampleReport(failOn: "error" | "warning" | "never" = "error"): Report {
  return buildReport(
    {
      environment: {
        name: "production",
        source: "branch",
        detail: 'pull request base "main" matches "main"',
        deploy: true,
      },
      sections: sampleSections(),
      comparisons: [
        {
          metric: "accuracy",
          base: 0.9,
          head: 0.88,
          delta: -0.02,
          direction: "higher",
          status: "failed",
          severity: "error",
        },
      ],
      baseline: { source: "artifact", ref: "run 42", sha: "0123456789abcdef" },
      manualRubric: { "model.1": "reviewed in PR template" },
    },
    { failOn },
  );
}
