import { describe, expect, it } from "vitest";
import { evaluateGate, gatePolicy } from "../../src/gate/evaluate-gate.js";
import { sampleReport } from "../helpers/report.js";

describe("evaluateGate", () => {
  it("fails on error-severity failures and failed comparisons under fail_on: error", () => {
    const report = sampleReport("error");
    expect(report.passed).toBe(false);
    expect(report.gate.reasons).toEqual([
      "Config lint: configs/scoring.yaml: 1 error",
      "Compare: accuracy regressed",
    ]);
  });

  it("also fails on warnings and stages that did not run under fail_on: warning", () => {
    const { gate } = sampleReport("warning");
    expect(gate.reasons).toEqual([
      "Config lint: configs/scoring.yaml: 1 error",
      "Data: age above 120 in 2 rows",
      "Test suites: did not run (cannot run yet)",
      "Compare: accuracy regressed",
    ]);
  });

  it("never fails under fail_on: never", () => {
    expect(sampleReport("never").passed).toBe(true);
  });

  it("passes a clean report", () => {
    const r = sampleReport();
    const clean = { sections: [], comparisons: [], mlTestScore: r.mlTestScore };
    expect(evaluateGate(clean, { failOn: "warning" })).toEqual({
      passed: true,
      failOn: "warning",
      reasons: [],
    });
  });

  it("ignores metrics that are not gated, however far they moved", () => {
    const r = sampleReport();
    const report = {
      sections: [],
      comparisons: [
        {
          metric: "f1",
          base: 0.86,
          head: 0.78,
          delta: -0.08,
          direction: "none" as const,
          status: "not gated" as const,
        },
      ],
      mlTestScore: r.mlTestScore,
    };
    expect(evaluateGate(report, { failOn: "warning" })).toEqual({
      passed: true,
      failOn: "warning",
      reasons: [],
    });
  });

  it("gates on the ML Test Score", () => {
    const r = sampleReport();
    const clean = { sections: [], comparisons: [], mlTestScore: r.mlTestScore };
    const result = evaluateGate(clean, { failOn: "error", minMlTestScore: 1 });
    expect(result.passed).toBe(false);
    expect(result.reasons).toEqual(["ML Test Score 0 is below the required 1"]);
  });
});

describe("gatePolicy", () => {
  const config = {
    version: 1 as const,
    gates: {
      fail_on: "error" as const,
      min_ml_test_score: 1,
      environments: { production: { fail_on: "warning" as const } },
    },
  };
  it("applies per-environment overrides", () => {
    expect(gatePolicy(config, "production")).toEqual({ failOn: "warning", minMlTestScore: 1 });
    expect(gatePolicy(config, "dev")).toEqual({ failOn: "error", minMlTestScore: 1 });
    expect(gatePolicy({ version: 1 }, "dev")).toEqual({ failOn: "error" });
  });
});
