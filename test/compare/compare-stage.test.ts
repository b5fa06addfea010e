import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCompare } from "../../src/compare/compare-stage.js";
import { compareMetric, ruleFor } from "../../src/compare/rules.js";
import { delong } from "../../src/compare/significance.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { prepareRun } from "../../src/engine/prepare-run.js";
import { runStages } from "../../src/engine/run-stages.js";
import { createTempSpace, tempRoot } from "../../src/io/temp-space.js";
import { createWorkspace } from "../../src/io/workspace.js";
import type { Section } from "../../src/report/types.js";
import type { CompareOutput } from "../../src/stages/stage.js";
import { tempDir } from "../helpers/run-node.js";

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    },
  }).trim();

/**
 * Run the compare stage in `dir` with the `compare:` block `yaml`, its baseline resolved first
 * as the engine does.
 */
async function run(
  dir: string,
  yaml: string,
  request: { path?: string; ref?: string; baseBranch?: string } = {},
  extra = "",
): Promise<{ section: Section; out: CompareOutput }> {
  const { config, diagnostics } = parseConfig(`version: 1\n${extra}compare:\n${yaml}`, "mlgate.yml");
  if (!config) throw new Error(JSON.stringify(diagnostics));
  const workspace = createWorkspace(dir);
  const inputs = await prepareRun("compare", config, workspace, request, createTempSpace(tempRoot()));
  try {
    const { section, compared } = await runCompare({
      config,
      environment: { name: "dev", source: "flag" },
      workspace,
      configFile: "mlgate.yml",
      baseline: inputs.baseline,
    });
    return { section, out: compared! };
  } finally {
    inputs.remove();
  }
}

const RULES = `  metrics: [reports/metrics.json]
  rules:
    accuracy: { direction: higher, max_drop: 0.01 }
    rmse: { direction: lower, max_rise_percent: 2 }
    "latency.*": { direction: lower, max_rise: 5, severity: warning }
`;

describe("compare rules", () => {
  it("takes the exact rule first, then the first matching glob", () => {
    const rules = {
      "*": { direction: "higher" as const },
      "loss*": { direction: "lower" as const },
      loss: { direction: "none" as const },
    };
    expect(ruleFor("loss", rules)?.key).toBe("loss");
    expect(ruleFor("loss_val", rules)?.key).toBe("*");
    expect(ruleFor("anything", {})).toBeUndefined();
  });

  it("applies direction, absolute and percent tolerances, severity", () => {
    const rules = {
      accuracy: { direction: "higher" as const, max_drop: 0.01 },
      rmse: { direction: "lower" as const, max_rise_percent: 2 },
      f1: { direction: "higher" as const },
      lat: { direction: "lower" as const, max_rise: 5, severity: "warning" as const },
    };
    expect(compareMetric("accuracy", 0.9, 0.895, rules).status).toBe("passed");
    expect(compareMetric("accuracy", 0.9, 0.88, rules)).toMatchObject({
      status: "failed",
      reason: "drop 0.02 > max_drop 0.01",
    });
    expect(compareMetric("accuracy", 0.9, 0.95, rules).status).toBe("passed");
    expect(compareMetric("rmse", 10, 10.1, rules).status).toBe("passed");
    expect(compareMetric("rmse", 10, 10.3, rules)).toMatchObject({
      status: "failed",
      reason: "rise 3% > max_rise_percent 2",
    });
    expect(compareMetric("f1", 0.8, 0.7999, rules)).toMatchObject({
      status: "failed",
      reason: "any drop fails (no tolerance set)",
    });
    expect(compareMetric("lat", 10, 20, rules).status).toBe("warning");
    // No rule: shown, never failed, and never called passed (nothing checked it).
    expect(compareMetric("other", 1, 2, rules)).toMatchObject({ status: "not gated", direction: "none" });
    expect(compareMetric("other", 1, 1, rules).status).toBe("not gated");
    expect(compareMetric("other", 2, 1, { other: { direction: "none" } }).status).toBe("not gated");
    expect(compareMetric("other", null, 1, rules).status).toBe("added");
    expect(compareMetric("accuracy", 0.9, 0.9, rules).status).toBe("unchanged");
    expect(compareMetric("accuracy", null, 0.9, rules).status).toBe("added");
    expect(compareMetric("accuracy", 0.9, null, rules).status).toBe("removed");
  });

  it("require_interval: the interval's worse end must stay within the tolerance", () => {
    const rules = { accuracy: { direction: "higher" as const, max_drop: 0.01, require_interval: true } };
    const tight = {
      test: "paired bootstrap",
      interval: { low: -0.008, high: 0.004, confidence: 0.98 },
      significantWorse: false,
    };
    const wide = {
      test: "paired bootstrap",
      interval: { low: -0.03, high: 0.02, confidence: 0.98 },
      significantWorse: false,
    };
    expect(compareMetric("accuracy", 0.9, 0.898, rules, tight)).toMatchObject({
      status: "passed",
      reason: "the 98% interval stays within the tolerance",
    });
    // The point estimate improves, but the data cannot rule out a 3-point drop.
    expect(compareMetric("accuracy", 0.9, 0.905, rules, wide)).toMatchObject({
      status: "failed",
      reason: "the 98% interval's worse end: drop 0.03 > max_drop 0.01",
    });
    expect(compareMetric("accuracy", 0.9, 0.905, rules).status).toBe("failed");
  });

  it("require_significance: fails only when the paired test says so", () => {
    const rules = { accuracy: { direction: "higher" as const, max_drop: 0.01, require_significance: true } };
    const noise = { test: "McNemar exact", pValue: 0.3, significantWorse: false };
    const real = { test: "McNemar exact", pValue: 0.001, significantWorse: true };
    expect(compareMetric("accuracy", 0.9, 0.87, rules, noise)).toMatchObject({
      status: "passed",
      pValue: 0.3,
      reason: "drop 0.03 > max_drop 0.01, but not significant (McNemar exact, p = 0.3)",
    });
    expect(compareMetric("accuracy", 0.9, 0.87, rules, real).status).toBe("failed");
    expect(compareMetric("accuracy", 0.9, 0.87, rules)).toMatchObject({
      status: "failed",
      reason: "drop 0.03 > max_drop 0.01; no paired test for this metric, so the tolerance decides",
    });
  });
});

describe("compare: baselines from git", () => {
  /** A repo whose main has metrics at 0.9 and a feature branch that changed them. */
  function repo(sub = ""): string {
    const dir = tempDir("mlgate-git-");
    git(dir, "init", "-q", "-b", "main");
    write(path.join(dir, sub), {
      "reports/metrics.json": '{"accuracy": 0.9, "rmse": 10, "latency": {"p95": 20}}',
    });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "base");
    git(dir, "checkout", "-qb", "feature");
    write(path.join(dir, sub), {
      "reports/metrics.json": '{"accuracy": 0.87, "rmse": 10.1, "latency": {"p95": 30}, "f1": 0.5}',
    });
    git(dir, "commit", "-qam", "change");
    // main moves on after the branch point: the merge base, not main's tip, is the baseline.
    git(dir, "checkout", "-q", "main");
    write(path.join(dir, sub), { "reports/metrics.json": '{"accuracy": 0.5, "rmse": 99}' });
    git(dir, "commit", "-qam", "later on main");
    git(dir, "checkout", "-q", "feature");
    return dir;
  }

  it("compares with the merge base of the base branch, in a subfolder of the repository", async () => {
    const dir = repo("ml");
    const mergeBase = git(dir, "merge-base", "HEAD", "main");
    const { section, out } = await run(path.join(dir, "ml"), RULES, { baseBranch: "main" });
    expect(out.baseline).toEqual({ source: "git", ref: "main", sha: mergeBase });
    expect(out.comparisons.map((c) => [c.metric, c.base, c.head, c.status])).toEqual([
      ["accuracy", 0.9, 0.87, "failed"],
      ["f1", null, 0.5, "added"],
      ["latency.p95", 20, 30, "warning"],
      ["rmse", 10, 10.1, "passed"],
    ]);
    expect(section.status).toBe("failed");
    expect(section.checks.find((c) => c.id === "compare/accuracy")).toMatchObject({
      status: "failed",
      message: "accuracy: 0.9 → 0.87, -0.03 (-3.333%): drop 0.03 > max_drop 0.01",
    });
    expect(section.checks.find((c) => c.id === "compare/accuracy")!.diagnostics[0]).toMatchObject({
      file: "reports/metrics.json",
      range: { start: { line: 0, column: 13 } },
    });
    expect(section.summary).toBe("4 metrics: 2 regressed, 0 improved");
  });

  it("fetches a base branch the clone lacks, from origin", async () => {
    const origin = repo();
    const clone = tempDir("mlgate-clone-");
    git(clone, "clone", "-q", "--single-branch", "--branch", "feature", origin, ".");
    expect(() => git(clone, "rev-parse", "--verify", "--quiet", "main")).toThrow();
    const { out } = await run(clone, RULES, { ref: "main" });
    expect(out.baseline).toMatchObject({ source: "git", ref: "main (fetched)" });
    expect(out.comparisons.find((c) => c.metric === "accuracy")?.base).toBe(0.9);
  });

  it("a shallow clone without the merge base compares with the base branch's tip and says so", async () => {
    const origin = repo();
    const clone = tempDir("mlgate-shallow-");
    git(clone, "clone", "-q", "--depth", "1", "--no-single-branch", `file://${origin}`, ".");
    git(clone, "checkout", "-q", "feature");
    const { out } = await run(clone, RULES, { ref: "main" });
    expect(out.baseline?.reason).toBe(
      "no merge base with main in this clone (shallow history?): compared with the tip of main",
    );
    expect(out.comparisons.find((c) => c.metric === "accuracy")?.base).toBe(0.5);
  });

  it("no baseline: the policy decides, and the reason is stated", async () => {
    const dir = repo();
    const missing = { ref: "no-such-branch" };
    const warn = await run(dir, RULES, missing);
    expect(warn.out.baseline).toEqual({
      source: "none",
      reason: "the base ref no-such-branch is not in this clone and could not be fetched from origin",
    });
    expect(warn.section.status).toBe("warning");
    expect(warn.section.checks[0]).toMatchObject({
      status: "error",
      severity: "warning",
      message:
        "no baseline: the base ref no-such-branch is not in this clone and could not be fetched from origin (on_missing_baseline: warn)",
    });
    const fail = await run(dir, `${RULES}  on_missing_baseline: fail\n`, missing);
    expect(fail.section.status).toBe("failed");
    const pass = await run(dir, `${RULES}  on_missing_baseline: pass\n`, missing);
    expect(pass.section.status).toBe("passed");
    const notGit = await run(tempDir(), RULES, { ref: "main" });
    expect(notGit.out.baseline?.reason).toMatch(/is not inside a git repository/);
  });

  it("the baseline without the metrics file counts every metric as added", async () => {
    const dir = tempDir("mlgate-git-");
    git(dir, "init", "-q", "-b", "main");
    write(dir, { "README.md": "x" });
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "first");
    git(dir, "checkout", "-qb", "feature");
    write(dir, { "reports/metrics.json": '{"accuracy": 0.9}' });
    const { section, out } = await run(dir, RULES, { ref: "main" });
    expect(out.comparisons).toMatchObject([{ metric: "accuracy", base: null, head: 0.9, status: "added" }]);
    expect(section.checks.map((c) => `${c.status} ${c.message}`)).toContain(
      "error the baseline has no reports/metrics.json: its metrics count as added",
    );
  });
});

describe("compare: baselines from a path", () => {
  it("a saved metrics file, and a directory laid out like the repository, with params", async () => {
    const dir = tempDir();
    write(dir, {
      "reports/metrics.json": '{"accuracy": 0.91}',
      "params.yaml": "lr: 0.1\nlayers: [64, 32]\n",
      "saved/main-metrics.json": '{"accuracy": 0.9}',
      "artifact/reports/metrics.json": '{"accuracy": 0.95}',
      "artifact/params.yaml": "lr: 0.05\nlayers: [64, 32]\ndropout: 0.2\n",
    });
    const file = await run(dir, RULES, { path: "saved/main-metrics.json" });
    expect(file.out.baseline).toEqual({ source: "path", ref: "saved/main-metrics.json" });
    expect(file.out.comparisons[0]).toMatchObject({ base: 0.9, head: 0.91, status: "passed" });
    const folder = await run(dir, `${RULES}  params: params.yaml\n  baseline: { from: "path:artifact" }\n`);
    expect(folder.out.comparisons[0]).toMatchObject({ base: 0.95, head: 0.91, status: "failed" });
    expect(folder.section.tables![0]).toEqual({
      title: "Params changed (2)",
      compact: true,
      columns: ["param", "base", "head"],
      rows: [
        ["dropout", "0.2", "–"],
        ["lr", "0.05", "0.1"],
      ],
    });
    const outside = await run(dir, RULES, { path: "../elsewhere" });
    expect(outside.out.baseline?.source).toBe("none");
  });

  it("a corrupted or oversized baseline file is a warning, never a crash", async () => {
    const dir = tempDir();
    write(dir, { "reports/metrics.json": '{"accuracy": 0.91}', "bad/reports/metrics.json": "{accuracy: [" });
    const { section, out } = await run(dir, RULES, { path: "bad" });
    expect(out.comparisons[0]).toMatchObject({ status: "added" });
    expect(section.checks.find((c) => c.id === "compare/baseline/reports/metrics.json")).toMatchObject({
      status: "error",
      severity: "warning",
    });
    const big = tempDir();
    write(big, {
      "reports/metrics.json": '{"accuracy": 0.91}',
      "b/reports/metrics.json": `{"x": "${"a".repeat(9 * 1024 * 1024)}"}`,
    });
    const r = await run(big, RULES, { path: "b" });
    expect(r.section.checks.find((c) => c.id === "compare/baseline/reports/metrics.json")?.message).toMatch(
      /over the 8388608-byte limit/,
    );
  });
});

describe("compare: paired significance on predictions", () => {
  /** `n` examples; head is right where base is, except `broken` examples it now gets wrong. */
  function predictions(n: number, broken: number, fixed: number): { head: string; base: string } {
    const rows = (flip: (i: number) => boolean) => {
      const lines = ["id,y,score"];
      for (let i = 0; i < n; i++) {
        const y = i % 2;
        const right = i % 10 !== 0; // the base model is right on 90%
        let correct = right;
        if (flip(i)) correct = !correct;
        const score = correct === (y === 1) ? 0.8 : 0.2;
        lines.push(`id${i},${y},${score}`);
      }
      return `${lines.join("\n")}\n`;
    };
    const rightIdx = [...Array(n).keys()].filter((i) => i % 10 !== 0);
    const wrongIdx = [...Array(n).keys()].filter((i) => i % 10 === 0);
    const breaks = new Set(rightIdx.slice(0, broken));
    const fixes = new Set(wrongIdx.slice(0, fixed));
    return { head: rows((i) => breaks.has(i) || fixes.has(i)), base: rows(() => false) };
  }

  const config_ = (metricsLine: string) => `  metrics: [m.json]
  baseline: { from: "path:base" }
  rules:
    accuracy: { direction: higher, max_drop: 0.001, require_significance: true }
  significance: { predictions: p.csv, id: id, confidence: 0.95 }
${metricsLine}`;
  const model = "model:\n  predictions: { path: p.csv, task: binary, label: y, score: score }\n";

  it("noise passes, a real drop fails, with McNemar's p-value in the comparison", async () => {
    for (const [broken, fixed, status] of [
      [12, 8, "passed"],
      [60, 10, "failed"],
    ] as const) {
      const dir = tempDir();
      const p = predictions(2000, broken, fixed);
      const acc = (s: string) =>
        s
          .split("\n")
          .slice(1, -1)
          .filter((l) => {
            const [, y, score] = l.split(",");
            return (Number(score) >= 0.5 ? 1 : 0) === Number(y);
          }).length / 2000;
      write(dir, {
        "p.csv": p.head,
        "m.json": JSON.stringify({ accuracy: acc(p.head) }),
        "base/p.csv": p.base,
        "base/m.json": JSON.stringify({ accuracy: acc(p.base) }),
      });
      const { out } = await run(dir, config_(""), {}, model);
      const c = out.comparisons.find((x) => x.metric === "accuracy")!;
      expect(c.status, `${broken}/${fixed}`).toBe(status);
      expect(c.test).toBe(`McNemar exact (${fixed} fixed, ${broken} broken)`);
      expect(c.pValue).toBeGreaterThan(0);
    }
  });

  it("an ungated metric is not gated; a gated one says what its test can detect, and warns when its tolerance is below", async () => {
    const dir = tempDir();
    const p = predictions(2000, 12, 8);
    write(dir, {
      "p.csv": p.head,
      "m.json": '{"accuracy": 0.898, "f1": 0.8}',
      "base/p.csv": p.base,
      "base/m.json": '{"accuracy": 0.9, "f1": 0.88}',
    });
    const { section, out } = await run(
      dir,
      config_("").replace("  rules:\n", "  rules:\n    f1: { direction: none }\n"),
      {},
      model,
    );
    const f1 = out.comparisons.find((c) => c.metric === "f1")!;
    // Even with a rule of direction none, nothing checks f1: no passed check for it either.
    expect(section.checks.map((c) => c.id)).not.toContain("compare/f1");
    expect(section.checks.map((c) => c.id)).toContain("compare/accuracy");
    // A 10% drop with its interval shown, but no rule: not gated, and no promise to quote.
    expect(f1).toMatchObject({
      status: "not gated",
      direction: "none",
      test: expect.stringMatching(/bootstrap/),
    });
    expect(f1.detectable).toBeUndefined();
    const accuracy = out.comparisons.find((c) => c.metric === "accuracy")!;
    expect(accuracy.status).toBe("passed");
    // McNemar on 2,000 pairs, 20 discordant, 95% confidence (z = 1.96) and 80% power (z = 0.8416).
    const se = Math.sqrt(20) / 2000;
    expect(accuracy.detectable).toMatchObject({ confidence: 0.95, power: 0.8, n: 2000 });
    expect(accuracy.detectable!.se).toBeCloseTo(se, 15);
    expect(accuracy.detectable!.change).toBeCloseTo((1.959963984540054 + 0.8416212335729143) * se, 12);
    // max_drop 0.001 is below the 0.0063 this sample can see: a warning, pointing at the config.
    const warning = section.checks.find((c) => c.id === "compare/accuracy/detectable")!;
    expect(warning).toMatchObject({
      status: "failed",
      severity: "warning",
      message:
        "accuracy: max_drop 0.001 is below the smallest drop this comparison can detect, 0.0063 (80% power at 95% confidence, 2,000 pairs)",
    });
    expect(warning.diagnostics).toMatchObject([
      { code: "compare/undetectable-tolerance", severity: "warning", file: "mlgate.yml" },
    ]);
    expect(warning.diagnostics[0]!.message).toMatch(
      /^accuracy: the gate cannot keep its promise at 2,000 pairs: a real drop of 0.001 is found significant \d+\.\d% of the time/,
    );
    expect(warning.diagnostics[0]!.hint).toBe(
      "Evaluate on about 79,000 examples (as noisy as these), or set max_drop to 0.0063 or more.",
    );
    expect(section.status).toBe("warning");
    // A tolerance the sample can see: no warning. The power is configurable.
    const wide = (await run(dir, config_("").replace("max_drop: 0.001", "max_drop: 0.01"), {}, model))
      .section;
    expect(wide.checks.map((c) => c.id)).not.toContain("compare/accuracy/detectable");
    expect(wide.status).toBe("passed");
    const strict = await run(
      dir,
      config_("").replace("confidence: 0.95", "confidence: 0.95, power: 0.9"),
      {},
      model,
    );
    const d = strict.out.comparisons.find((c) => c.metric === "accuracy")!.detectable!;
    expect(d.power).toBe(0.9);
    expect(d.change).toBeCloseTo((1.959963984540054 + 1.2815515655446004) * se, 12);
  });

  it("DeLong and the bootstrap quote their own standard errors", async () => {
    const dir = tempDir();
    const p = predictions(2000, 40, 10);
    write(dir, { "p.csv": p.head, "m.json": "{}", "base/p.csv": p.base, "base/m.json": "{}" });
    const rules = config_("").replace(
      "  rules:\n",
      "  rules:\n    roc_auc: { direction: higher, max_drop: 0.5 }\n    precision: { direction: higher, max_drop: 0.5 }\n",
    );
    const { section, out } = await run(dir, rules, {}, model);
    const k = 1.959963984540054 + 0.8416212335729143;
    const auc = out.comparisons.find((c) => c.metric === "roc_auc")!;
    expect(auc.test).toBe("DeLong");
    // The standard error DeLong's test used, from the same pairs.
    const column = (csv: string, j: number) =>
      csv
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => Number(l.split(",")[j]));
    const r = delong(
      Uint8Array.from(column(p.head, 1)),
      Float64Array.from(column(p.head, 2)),
      Float64Array.from(column(p.base, 2)),
    )!;
    expect(auc.detectable).toMatchObject({ n: 2000, confidence: 0.95, power: 0.8 });
    expect(auc.detectable!.se).toBeCloseTo(r.se, 15);
    expect(auc.detectable!.change).toBeCloseTo(k * r.se, 12);
    const precision = out.comparisons.find((c) => c.metric === "precision")!;
    expect(precision.test).toMatch(/^paired bootstrap/);
    expect(precision.detectable!.se).toBeGreaterThan(0);
    // A percentile interval is about ±1.96 standard errors wide at 95%.
    const width = precision.interval!.high - precision.interval!.low;
    expect(width / 2 / precision.detectable!.se).toBeGreaterThan(1.7);
    expect(width / 2 / precision.detectable!.se).toBeLessThan(2.2);
    // Generous tolerances: nothing to warn about (accuracy's max_drop 0.001 still is).
    expect(section.checks.filter((c) => c.id.endsWith("/detectable")).map((c) => c.id)).toEqual([
      "compare/accuracy/detectable",
    ]);
  });

  it("in one run, the paired tests use the predictions the model stage read (read once, same result)", async () => {
    const dir = tempDir();
    const p = predictions(2000, 60, 10);
    // A slice column the model checks use, and which the comparison does not need.
    const withRegion = (csv: string) =>
      csv
        .replace(/^id,y,score$/m, "id,y,score,region")
        .replace(/^id(\d+),.*$/gm, (l, i) => `${l},${Number(i) % 2 ? "n" : "s"}`);
    write(dir, {
      "p.csv": withRegion(p.head),
      "m.json": '{"accuracy": 0.85}',
      "base/p.csv": p.base,
      "base/m.json": '{"accuracy": 0.9}',
    });
    const modelBlock = (by: string) =>
      `model:\n  predictions: { path: p.csv, task: binary, label: y, score: score, id: id, metrics: { accuracy: { min: 0.5 } }, slices: [{ by: ${by}, metric: accuracy, min: 0 }] }\n`;
    const once = async (command: "check" | "compare", by: string) => {
      const { config, diagnostics } = parseConfig(
        `version: 1\n${modelBlock(by)}compare:\n${config_("")}`,
        "mlgate.yml",
      );
      if (!config) throw new Error(JSON.stringify(diagnostics));
      const reads: string[] = [];
      const workspace = createWorkspace(dir);
      const inputs = await prepareRun(command, config, workspace, {}, createTempSpace(tempRoot()));
      const { sections, compared } = await runStages(command, {
        config,
        environment: { name: "dev", source: "flag" },
        workspace,
        configFile: "mlgate.yml",
        progress: { start: (label) => (reads.push(label), { update() {}, end() {} }) },
        baseline: inputs.baseline,
      }).finally(inputs.remove);
      return { reads: reads.filter((r) => r === "p.csv").length, out: compared!, sections };
    };
    const alone = await once("compare", "region");
    expect(alone.reads).toBe(1);
    const both = await once("check", "region");
    expect(both.reads).toBe(1);
    expect(both.sections.find((s) => s.id === "model")?.status).toBe("passed");
    expect(both.out).toEqual(alone.out);
    expect(both.out.comparisons[0]!.test).toBe("McNemar exact (10 fixed, 60 broken)");
    // The model's slice column is missing: its read fails, and the comparison reads its own.
    const missing = await once("check", "nowhere");
    expect(missing.reads).toBe(2);
    expect(missing.sections.find((s) => s.id === "model")?.status).not.toBe("passed");
    expect(missing.out).toEqual(alone.out);
  });

  it("rows that do not line up are a warning and the tolerance decides", async () => {
    const dir = tempDir();
    write(dir, {
      "p.csv": "y,score\n1,0.9\n0,0.1\n",
      "m.json": '{"accuracy": 0.5}',
      "base/p.csv": "y,score\n0,0.9\n1,0.1\n",
      "base/m.json": '{"accuracy": 1}',
    });
    const { section, out } = await run(
      dir,
      `  metrics: [m.json]
  baseline: { from: "path:base" }
  rules: { accuracy: { direction: higher, max_drop: 0.001, require_significance: true } }
  significance: { predictions: p.csv }
`,
      {},
      "model:\n  predictions: { path: p.csv, task: binary, label: y, score: score }\n",
    );
    expect(section.checks.find((c) => c.id === "compare/significance")?.message).toBe(
      "paired tests skipped: 2 paired rows have different labels, so the rows are not the same examples (set compare.significance.id to join on an id column)",
    );
    expect(out.comparisons[0]!.status).toBe("failed");
  });
});
