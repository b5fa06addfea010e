/**
 * Not gated and the minimum detectable change, through the bundled CLI (`npm run build` first):
 * what a user sees in the terminal, the PR comment and the JSON report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportSchemaErrors } from "../helpers/report-schema.js";
import { runNode, tempDir } from "../helpers/run-node.js";

/** 2000 examples, the base right on 90%; head breaks 12 of them and fixes 8 (20 discordant pairs). */
function predictions(): { head: string; base: string } {
  const rows = (flip: (i: number) => boolean) => {
    const lines = ["id,y,score"];
    for (let i = 0; i < 2000; i++) {
      const y = i % 2;
      const correct = (i % 10 !== 0) !== flip(i);
      lines.push(`id${i},${y},${correct === (y === 1) ? 0.8 : 0.2}`);
    }
    return `${lines.join("\n")}\n`;
  };
  const flips = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 0, 10, 20, 30, 40, 50, 60, 70]);
  return { head: rows((i) => flips.has(i)), base: rows(() => false) };
}

const CONFIG = `version: 1
model:
  predictions: { path: p.csv, task: binary, label: y, score: score }
compare:
  metrics: [m.json]
  baseline: { from: "path:base" }
  rules:
    accuracy: { direction: higher, max_drop: 0.001, require_significance: true }
    "latency.*": { direction: lower, max_rise_percent: 10 }
  significance: { predictions: p.csv, id: id }
`;

describe("mlgate compare (bundled): what the gate checks and what it can see", () => {
  const dir = tempDir("mlgate-compare-cli-");
  beforeAll(() => {
    const p = predictions();
    const files: Record<string, string> = {
      "mlgate.yml": CONFIG,
      "p.csv": p.head,
      "m.json": JSON.stringify({ accuracy: 0.898, f1: 0.78, latency: { p95: 27.5 }, rows: 400 }),
      "base/p.csv": p.base,
      "base/m.json": JSON.stringify({ accuracy: 0.9, f1: 0.864, latency: { p95: 26.1 }, rows: 400 }),
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  });
  const compare = (format: string) => runNode("dist/cli.js", ["compare", "--dir", dir, "--format", format]);
  // McNemar on 2,000 pairs, 20 discordant: (z_0.99 + z_0.8)·√20/2000 at the default 0.98 and 0.8.
  const change = (2.3263478740408408 + 0.8416212335729143) * (Math.sqrt(20) / 2000);

  it("json: ungated metrics are not gated, accuracy carries what it can detect, and the warning", async () => {
    const r = await compare("json");
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    const by = Object.fromEntries(report.comparisons.map((c: { metric: string }) => [c.metric, c]));
    expect(by.f1).toMatchObject({ status: "not gated", direction: "none" });
    expect(by.rows).toMatchObject({ status: "not gated", delta: 0 });
    expect(by["latency.p95"]).toMatchObject({ status: "passed", direction: "lower" });
    expect(by["latency.p95"].detectable).toBeUndefined();
    expect(by.accuracy).toMatchObject({
      status: "passed",
      test: "McNemar exact (8 fixed, 12 broken)",
      detectable: { confidence: 0.98, power: 0.8, n: 2000 },
    });
    expect(by.accuracy.detectable.change).toBeCloseTo(change, 12);
    const compareSection = report.sections.find((s: { id: string }) => s.id === "compare");
    expect(compareSection.status).toBe("warning");
    expect(compareSection.checks).toContainEqual(
      expect.objectContaining({
        id: "compare/accuracy/detectable",
        status: "failed",
        severity: "warning",
        message:
          "accuracy: max_drop 0.001 is below the smallest drop this comparison can detect, 0.0071 (80% power at 98% confidence, 2,000 pairs)",
        diagnostics: [
          expect.objectContaining({ code: "compare/undetectable-tolerance", file: "mlgate.yml" }),
        ],
      }),
    );
    // A warning is not a failure under the default fail_on: error.
    expect(report.passed).toBe(true);
  });

  it("markdown: the header's count, not gated rows, the detectable change and the warning", async () => {
    const r = await compare("markdown");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("**Comparison:** 2 of 4 compared metrics gated  \n");
    expect(r.stdout).toMatch(/\n\| f1 \| 0\.864 \| 0\.78 \| -0\.084 \(-9\.722%\) \| .* \| not gated \|\n/);
    expect(r.stdout).toMatch(/\n\| rows \| 400 \| 400 \| 0 \| {2}\| not gated \|\n/);
    expect(r.stdout).toContain(
      "\n- accuracy: this gate can see drops of 0.0071 \\(0.79%\\) or more, with 80% power at 98% confidence on 2,000 pairs\n",
    );
    expect(r.stdout).toContain(
      "- ⚠️ **Baseline comparison:** accuracy: max\\_drop 0.001 is below the smallest drop this comparison can detect, 0.0071 \\(80% power at 98% confidence, 2,000 pairs\\)\n",
    );
  });

  it("terminal: the same, with the way out", async () => {
    const r = await compare("terminal");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("\ncompare      2 of 4 compared metrics gated\n");
    expect(r.stdout).toMatch(/\n {2}f1 +0\.864 +0\.78 .* not gated\n/);
    expect(r.stdout).toContain("compare/undetectable-tolerance accuracy: the gate cannot keep its promise");
    expect(r.stdout).toContain(
      "Evaluate on about 110,000 examples (as noisy as these), or set max_drop to 0.0071 or more.",
    );
  });
});
