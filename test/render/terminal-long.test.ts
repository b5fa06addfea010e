import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/engine/build-report.js";
import { RENDERERS } from "../../src/render/index.js";
import type { CheckResult, Report } from "../../src/report/types.js";

/**
 * A lint report with `failing` files that fail (2 errors each) and as many that pass; with `data`,
 * a data section with that many failing checks after it, and `minScore` asks the gate for an ML
 * Test Score the report does not reach.
 */
function lintReport(failing: number, data = 0, minScore?: number): Report {
  const checks: CheckResult[] = [];
  for (let i = 0; i < failing; i++) {
    const file = `configs/f${String(i).padStart(4, "0")}.yaml`;
    checks.push({
      id: `lint/${file}`,
      status: "failed",
      severity: "error",
      message: `${file}: 2 errors`,
      rubric: ["infrastructure.1"],
      diagnostics: [1, 2].map((line) => ({
        code: "schema/type",
        severity: "error" as const,
        message: `key${line} must be a number`,
        file,
        range: { start: { line, column: 0 }, end: { line, column: 4 } },
      })),
    });
    checks.push({
      id: `lint/configs/ok${i}.yaml`,
      status: "passed",
      severity: "error",
      message: `configs/ok${i}.yaml`,
      rubric: ["infrastructure.1"],
      diagnostics: [],
    });
  }
  const dataChecks: CheckResult[] = Array.from({ length: data }, (_, i) => ({
    id: `data/train/c${i}/range`,
    status: "failed",
    severity: "error",
    message: `c${i} out of range in 3 rows`,
    rubric: ["data.1"],
    diagnostics: [],
  }));
  const sections: Report["sections"] = [{ id: "lint", title: "Config lint", status: "failed", checks }];
  if (data) sections.push({ id: "data", title: "Data", status: "failed", checks: dataChecks });
  return buildReport(
    {
      environment: { name: "production", source: "flag", detail: "--env" },
      sections,
      comparisons: [],
      baseline: { source: "none", reason: "no comparison configured" },
    },
    { failOn: "error", ...(minScore === undefined ? {} : { minMlTestScore: minScore }) },
  );
}

/** The lines of the Problems list that name a file with problems. */
const listedFiles = (text: string) =>
  text.split("\n").filter((l) => /^ {2}✖ Config lint: configs\/f/.test(l));

describe("terminal scorecard of a long report", () => {
  it("lists every check with problems when the terminal is the whole report", () => {
    const text = RENDERERS.terminal(lintReport(120), { color: false });
    expect(listedFiles(text)).toHaveLength(120);
    expect(text).not.toContain("more checks with problems");
  });

  it("lists the first 50 and counts the rest when the whole report is in a file", () => {
    const text = RENDERERS.terminal(lintReport(120), {
      color: false,
      fullReport: "The whole report is in out/report.json.",
    });
    const listed = listedFiles(text);
    expect(listed).toHaveLength(50);
    expect(listed[0]).toContain("configs/f0000.yaml");
    expect(listed[49]).toContain("configs/f0049.yaml");
    expect(text).toContain(
      "  … and 70 more checks with problems in Config lint (140 findings). The whole report is in out/report.json.",
    );
    // Nothing is cut when everything fits.
    const short = RENDERERS.terminal(lintReport(50), { color: false, fullReport: "Elsewhere." });
    expect(listedFiles(short)).toHaveLength(50);
    expect(short).not.toContain("Elsewhere.");
  });

  it("lists each section's first checks: one stage's many failures do not hide another's", () => {
    const text = RENDERERS.terminal(lintReport(120, 60), { color: false, fullReport: "See r.json." });
    expect(listedFiles(text)).toHaveLength(50);
    const data = text.split("\n").filter((l) => /^ {2}✖ Data: c\d+ out of range/.test(l));
    expect(data).toHaveLength(50);
    expect(data[0]).toContain("c0 out of range");
    expect(text).toContain(
      "  … and 70 more checks with problems in Config lint (140 findings); 10 more checks with problems in Data. See r.json.",
    );
  });

  it("always lists the reasons no check above says, such as a low ML Test Score", () => {
    const report = lintReport(30, 0, 3);
    const score = report.gate.reasons.at(-1)!;
    expect(score).toMatch(/^ML Test Score .* is below the required 3$/);
    const reasons = RENDERERS.terminal(report, { color: false })
      .split("\n")
      .filter((l) => l.startsWith("  - "));
    expect(reasons).toEqual([
      ...report.gate.reasons.slice(0, 20).map((r) => `  - ${r}`),
      `  - ${score}`,
      "  - … and 10 more",
    ]);
  });

  it("lists at most 20 of the gate's reasons, and says how many more there are", () => {
    const text = RENDERERS.terminal(lintReport(120), { color: false });
    expect(text).toContain("Gate failed (120 reasons)");
    const reasons = text.split("\n").filter((l) => l.startsWith("  - "));
    expect(reasons).toHaveLength(21);
    expect(reasons[0]).toBe("  - Config lint: configs/f0000.yaml: 2 errors");
    expect(reasons[20]).toBe("  - … and 100 more");
    const few = RENDERERS.terminal(lintReport(20), { color: false });
    expect(few.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(20);
    expect(few).not.toContain("more\n");
  });
});
