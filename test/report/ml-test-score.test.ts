import { describe, expect, it } from "vitest";
import { computeMlTestScore } from "../../src/report/ml-test-score.js";
import { sampleSections } from "../helpers/report.js";

describe("computeMlTestScore", () => {
  it("gives 1 point per automated item, 0.5 per manual one, and the minimum as final", () => {
    const score = computeMlTestScore(sampleSections(), {
      "model.1": "by hand",
      "data.1": "by hand too",
      "monitoring.2": "dashboards",
    });
    expect(score.sections).toEqual({ data: 1, model: 0.5, infrastructure: 1, monitoring: 0.5 });
    expect(score.final).toBe(0.5);
    // data.1 is automated by a check that ran, so the manual claim does not add to it.
    expect(score.items.find((i) => i.id === "data.1")).toMatchObject({ how: "automated", points: 1 });
  });

  it("does not credit checks that could not run", () => {
    const sections = sampleSections().map((s) => ({
      ...s,
      checks: s.checks.map((c) => ({ ...c, status: "error" as const })),
    }));
    expect(computeMlTestScore(sections).items).toEqual([]);
  });
});
