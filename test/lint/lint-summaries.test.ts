/**
 * Summaries never contradict the findings (issue 14, item 9), through the bundled CLI: a file whose
 * schema could not be used is not "clean", lint/clean is there (passed) only when every file is clean,
 * and commands that do not compare print no baseline line.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

/** The bundled CLI, as users run it (`npm run build` first). */
const CLI = "dist/cli.js";

/** A temporary repository holding `files`. */
function repo(files: Record<string, string>): string {
  const dir = tempDir("mlgate-lint-summary-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

interface Check {
  id: string;
  status: string;
  severity: string;
  message: string;
}

/** `mlgate lint` in `dir` with the JSON report: the lint section. */
async function lintJson(dir: string): Promise<{ code: number | null; summary: string; checks: Check[] }> {
  const r = await runNode(CLI, ["lint", "--dir", dir, "-f", "json"]);
  const section = JSON.parse(r.stdout).sections[0];
  return { code: r.code, summary: section.summary, checks: section.checks };
}

const CONFIG = (schema: string) => `version: 1
lint:
  targets:
    - files: "configs/*.yaml"
      schema: ${schema}
`;

describe("lint summaries (dist/cli.js)", () => {
  it("does not count a file whose schema could not be used as clean", async () => {
    const dir = repo({
      "mlgate.yml": CONFIG("schemas/missing.json"),
      "configs/a.yaml": "lr: 0.1\n",
    });
    const { code, summary, checks } = await lintJson(dir);
    expect(code).toBe(1);
    expect(summary).not.toMatch(/1 clean/);
    expect(summary).toBe("1 file: 0 clean, 1 without a usable schema");
    expect(checks.find((c) => c.id === "lint/clean")).toBeUndefined();
    expect(checks.find((c) => c.id === "lint/schemas")).toMatchObject({ status: "error" });
    // The terminal's section line says the same.
    const text = await runNode(CLI, ["lint", "--dir", dir]);
    expect(text.stdout).toMatch(/Config lint\s+failed\s+1 file: 0 clean, 1 without a usable schema/);
  });

  it("counts a file clean when its schema compiles and it has no findings", async () => {
    const dir = repo({
      "mlgate.yml": CONFIG("schemas/s.json"),
      "schemas/s.json": JSON.stringify({ type: "object", properties: { lr: { type: "number" } } }),
      "configs/a.yaml": "lr: 0.1\n",
      "configs/b.yaml": "lr: 0.2\n",
    });
    const { code, summary, checks } = await lintJson(dir);
    expect(code).toBe(0);
    expect(summary).toBe("2 files: 2 clean");
    expect(checks.find((c) => c.id === "lint/clean")).toMatchObject({
      status: "passed",
      message: "2 of 2 files clean",
    });
  });

  it("never says passed for lint/clean when files are not clean", async () => {
    const dir = repo({
      "mlgate.yml": CONFIG("schemas/s.json"),
      "schemas/s.json": JSON.stringify({ type: "object", properties: { lr: { type: "number" } } }),
      "configs/a.yaml": "lr: high\n",
      "configs/b.yaml": "lr: low\n",
      "configs/c.yaml": "lr: fast\n",
    });
    const { code, summary, checks } = await lintJson(dir);
    expect(code).toBe(1);
    expect(summary).toBe("3 files: 0 clean, 3 with findings");
    // No passed check may claim anything about files that failed: each failing file has its check.
    expect(checks.filter((c) => c.status === "passed")).toEqual([]);
    expect(checks.map((c) => c.id)).toEqual([
      "lint/configs/a.yaml",
      "lint/configs/b.yaml",
      "lint/configs/c.yaml",
    ]);
  });

  it("with findings that are only warnings, no check says passed either", async () => {
    const dir = repo({
      "mlgate.yml": `${CONFIG("schemas/s.json")}  rules:\n    yaml-truthy: warning\n`,
      "schemas/s.json": JSON.stringify({ type: "object" }),
      "configs/a.yaml": "shuffle: yes\n",
    });
    const { code, checks } = await lintJson(dir);
    expect(code).toBe(0);
    expect(checks).toMatchObject([{ id: "lint/configs/a.yaml", status: "failed", severity: "warning" }]);
  });

  it("prints no baseline line for commands that do not compare", async () => {
    const dir = repo({
      "mlgate.yml": `${CONFIG("schemas/s.json")}compare:\n  metrics: [metrics.json]\n`,
      "schemas/s.json": JSON.stringify({ type: "object" }),
      "configs/a.yaml": "lr: 0.1\n",
      "metrics.json": '{"accuracy": 0.9}\n',
    });
    const text = await runNode(CLI, ["lint", "--dir", dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^environment /m);
    expect(text.stdout).not.toMatch(/baseline/i);
    const md = await runNode(CLI, ["lint", "--dir", dir, "-f", "markdown"]);
    expect(md.stdout).toMatch(/\*\*Environment:\*\*/);
    expect(md.stdout).not.toMatch(/Baseline/);
    // `mlgate check` compares: it still says where the baseline came from, or why there is none.
    const check = await runNode(CLI, ["check", "--dir", dir]);
    expect(check.stdout).toMatch(/^baseline {5}none \(/m);
  });
});
