import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/engine/build-report.js";
import { RENDERERS } from "../../src/render/index.js";
import type { CheckResult, Report } from "../../src/report/types.js";

/** A lint report with `failing` files that fail (2 errors each) and as many that pass. */
function lintReport(failing: number): Report {
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
  return buildReport(
    {
      environment: { name: "production", source: "flag", detail: "--env" },
      sections: [{ id: "lint", title: "Config lint", status: "failed", checks }],
      comparisons: [],
      baseline: { source: "none", reason: "no comparison configured" },
    },
    { failOn: "error" },
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
      "  … and 70 more checks with problems (140 findings). The whole report is in out/report.json.",
    );
    // Nothing is cut when everything fits.
    const short = RENDERERS.terminal(lintReport(50), { color: false, fullReport: "Elsewhere." });
    expect(listedFiles(short)).toHaveLength(50);
    expect(short).not.toContain("Elsewhere.");
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
