/**
 * The trivial baseline (`model.baseline_model`) against scikit-learn's DummyClassifier and
 * DummyRegressor: test/fixtures/model/baseline.py wrote baseline.json from the same CSV files
 * (versions recorded there). Then the gate through the bundled CLI: a model no better than the
 * majority class fails, a good one passes and earns ML Test Score model.5.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorkspace } from "../../src/io/workspace.js";
import type { MetricValue } from "../../src/model/binary-metrics.js";
import { type PredictionsConfig, readPredictions } from "../../src/model/predictions.js";
import { type BaselineKind, trivialMetrics } from "../../src/model/trivial-predictor.js";
import { readOutputs, runNode, tempDir } from "../helpers/run-node.js";

const DIR = path.join(import.meta.dirname, "../fixtures/model");
const fixture = JSON.parse(readFileSync(path.join(DIR, "baseline.json"), "utf8"));
const ws = createWorkspace(DIR);

const BINARY = { path: "binary.csv", task: "binary", label: "y_true", score: "y_score" } as const;
const LABELS = {
  path: "labels.csv",
  task: "binary",
  label: "churned",
  prediction: "predicted",
  score: "p",
  positive: "yes",
} as const;
const SCORES = { bird: "p_bird", cat: "p_cat", dog: "p_dog", fish: "p_fish" };
const MULTICLASS = { path: "multiclass.csv", task: "multiclass", label: "label", scores: SCORES } as const;
const REGRESSION = {
  path: "regression.csv",
  task: "regression",
  label: "target",
  prediction: "estimate",
} as const;

async function trivial(cfg: PredictionsConfig, kind: BaselineKind): Promise<Record<string, MetricValue>> {
  const m = trivialMetrics(await readPredictions(ws, cfg), kind);
  if (!m) throw new Error(`${kind} does not fit ${cfg.task}`);
  return m;
}

const value = (v: MetricValue | undefined): number => {
  if (!v || !("value" in v)) throw new Error(`no value: ${JSON.stringify(v)}`);
  return v.value;
};

/** Every expected metric to 1e-12 relative. */
function expectClose(got: Record<string, MetricValue>, want: Record<string, number>): void {
  for (const [name, v] of Object.entries(want))
    expect(Math.abs(value(got[name]) - v), `${name}: ${value(got[name])} vs ${v}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(v)),
    );
}

/**
 * The expected values against the simulation's mean over 2000 seeds: within 4 standard errors, or
 * 0.002 for precision and F1, whose value at the expected matrix is their expectation only to O(1/n).
 */
function expectSimulated(
  got: Record<string, MetricValue>,
  sim: Record<string, { mean: number; se: number }>,
) {
  for (const [name, { mean, se }] of Object.entries(sim)) {
    const slack = /precision|f1/.test(name) ? Math.max(4 * se, 0.002) : 4 * se;
    expect(
      Math.abs(value(got[name]) - mean),
      `${name}: ${value(got[name])} vs ${mean} ± ${se}`,
    ).toBeLessThanOrEqual(slack);
  }
}

describe("trivial predictors match scikit-learn's dummy estimators", () => {
  it("records where the figures came from", () => {
    expect(fixture.source).toMatch(/^scikit-learn \d+\.\d+\.\d+, numpy \d+/);
  });

  it.each([
    ["binary", BINARY],
    ["labels", LABELS],
  ] as const)("%s: majority is DummyClassifier(strategy='prior'), AUC 0.5", async (name, cfg) => {
    const got = await trivial(cfg as PredictionsConfig, "majority");
    expectClose(got, fixture.cases[name].majority);
    expect(value(got.roc_auc)).toBe(0.5);
  });

  it.each([
    ["binary", BINARY],
    ["labels", LABELS],
  ] as const)("%s: stratified is the expected value, closed form and simulated", async (name, cfg) => {
    const got = await trivial(cfg as PredictionsConfig, "stratified");
    expectClose(got, fixture.cases[name].stratified_closed_form);
    expectSimulated(got, fixture.cases[name].stratified_simulated);
  });

  it("multiclass: majority and stratified", async () => {
    const c = fixture.cases.multiclass;
    expectClose(await trivial(MULTICLASS as PredictionsConfig, "majority"), c.majority);
    const strat = await trivial(MULTICLASS as PredictionsConfig, "stratified");
    expectClose(strat, c.stratified_closed_form);
    expectSimulated(strat, c.stratified_simulated);
  });

  it("multiclass: a class only the model predicts is not one the trivial predictor knows", async () => {
    const c = fixture.cases.multiclass_extra;
    const cfg = {
      path: c.file,
      task: "multiclass",
      label: "label",
      prediction: "predicted",
    } as PredictionsConfig;
    const p = await readPredictions(ws, cfg);
    expect((p.columns as { classes: string[] }).classes).toEqual(c.model_classes);
    const majority = trivialMetrics(p, "majority")!;
    expectClose(majority, c.majority);
    expect(Object.keys(majority).filter((k) => k.startsWith("recall."))).toEqual([
      "recall.ant",
      "recall.bee",
      "recall.wasp",
    ]);
    expectSimulated(trivialMetrics(p, "stratified")!, c.stratified_simulated);
  });

  it("regression: mean is DummyRegressor(strategy='mean'), R² 0", async () => {
    const got = await trivial(REGRESSION as PredictionsConfig, "mean");
    expectClose(got, fixture.cases.regression.mean_predictor);
    expect(value(got.r2)).toBe(0);
  });

  it("a kind that does not fit the task gives no metrics", async () => {
    expect(
      trivialMetrics(await readPredictions(ws, REGRESSION as PredictionsConfig), "majority"),
    ).toBeUndefined();
    expect(trivialMetrics(await readPredictions(ws, BINARY as PredictionsConfig), "mean")).toBeUndefined();
  });
});

// --- Through the bundled CLI. ---

/** A repository with mlgate.yml and a predictions file; `mlgate check --format json` run in it. */
async function check(yaml: string, csv: string) {
  const dir = tempDir("mlgate-baseline-");
  mkdirSync(path.join(dir, "out"));
  writeFileSync(path.join(dir, "mlgate.yml"), `version: 1\nmodel:\n${yaml}`);
  writeFileSync(path.join(dir, "out/preds.csv"), csv);
  const r = await runNode(
    "dist/cli.js",
    ["check", "--dir", dir, "--env", "dev", "--format", "json"],
    {},
    30_000,
  );
  return { ...r, report: r.stdout.startsWith("{") ? JSON.parse(r.stdout) : undefined };
}

/** 100 rows, 70 negative: `correct` of them predicted right, scores following the prediction. */
function binaryCsv(correct: number): string {
  const rows = ["y,pred,p"];
  for (let i = 0; i < 100; i++) {
    const y = i < 70 ? 0 : 1;
    const pred = correct === 70 ? 0 : i < correct ? y : 1 - y;
    rows.push(`${y},${pred},${pred ? 0.8 : 0.2}`);
  }
  return `${rows.join("\n")}\n`;
}

const PREDICTIONS = `  predictions: { path: out/preds.csv, task: binary, label: y, prediction: pred, score: p }\n`;

type Check = { id: string; status: string; message: string };
const checksOf = (report: { sections: { id: string; checks: Check[] }[] }) =>
  report.sections
    .find((s) => s.id === "model")!
    .checks.filter((c) => c.id.startsWith("model/baseline_model"));

describe("mlgate check with model.baseline_model (dist/cli.js)", () => {
  it("fails a model that always predicts the majority class, naming metric, baseline and margin", async () => {
    const r = await check(
      `${PREDICTIONS}  baseline_model: { kind: majority, metrics: [accuracy, roc_auc], margin: 0.02 }\n`,
      binaryCsv(70),
    );
    expect(r.code, r.stderr).toBe(1);
    expect(checksOf(r.report)).toEqual([
      expect.objectContaining({
        id: "model/baseline_model/accuracy",
        status: "failed",
        message: "accuracy 0.7 does not beat the majority baseline 0.7 by 0.02",
      }),
      expect.objectContaining({
        id: "model/baseline_model/roc_auc",
        status: "failed",
        message: "roc_auc 0.5 does not beat the majority baseline 0.5 by 0.02",
      }),
    ]);
    // The rubric counts a test that is in place, passed or failed: the gate is what fails.
    const items = r.report.mlTestScore.items.map((i: { id: string }) => i.id);
    expect(items).toContain("model.5");
  });

  it("passes a good model and earns ML Test Score model.5", async () => {
    const r = await check(
      `${PREDICTIONS}  baseline_model: { kind: majority, metrics: [accuracy, log_loss], margin: 0.02 }\n`,
      binaryCsv(90),
    );
    expect(r.code, r.stdout).toBe(0);
    const [acc, loss] = checksOf(r.report);
    expect(acc).toMatchObject({
      status: "passed",
      message: "accuracy 0.9 beats the majority baseline 0.7 by 0.02",
    });
    expect(loss).toMatchObject({ status: "passed" });
    expect(loss!.message).toMatch(
      /^log_loss 0\.3\d+ beats the majority baseline 0\.6109 by 0\.02 \(lower is better\)$/,
    );
    expect(r.report.mlTestScore.items).toContainEqual(
      expect.objectContaining({ id: "model.5", how: "automated", by: "model/baseline_model/accuracy" }),
    );
  });

  it("a margin the model misses fails; the stratified baseline is its expected value", async () => {
    // 0.72 accuracy against the majority 0.7 with margin 0.05; stratified expects 0.7² + 0.3² = 0.58.
    const csv = binaryCsv(72);
    const miss = await check(`${PREDICTIONS}  baseline_model: { kind: majority, margin: 0.05 }\n`, csv);
    expect(miss.code).toBe(1);
    expect(checksOf(miss.report)[0]!.message).toBe(
      "accuracy 0.72 does not beat the majority baseline 0.7 by 0.05",
    );
    const strat = await check(`${PREDICTIONS}  baseline_model: stratified\n`, csv);
    expect(strat.code, strat.stdout).toBe(0);
    expect(checksOf(strat.report)[0]!.message).toBe("accuracy 0.72 beats the stratified baseline 0.58");
  });

  it("a kind that does not fit the task, an unknown metric and a missing predictions block are errors", async () => {
    const wrong = await check(`${PREDICTIONS}  baseline_model: mean\n`, binaryCsv(90));
    expect(wrong.code).toBe(1);
    expect(checksOf(wrong.report)).toEqual([
      expect.objectContaining({
        status: "error",
        message: "baseline_model: mean does not apply to a binary model; use majority or stratified",
      }),
    ]);
    const unknown = await check(
      `${PREDICTIONS}  baseline_model: { kind: majority, metrics: [r2, selection_rate] }\n`,
      binaryCsv(90),
    );
    expect(checksOf(unknown.report).map((c) => [c.status, c.message])).toEqual([
      [
        "error",
        expect.stringMatching(/^baseline_model: r2 is not a binary metric; expected one of accuracy/),
      ],
      ["error", "baseline_model: selection_rate has no better direction: name another metric"],
    ]);
    const none = await check(`  baseline_model: majority\n`, "");
    expect(none.code).toBe(1);
    expect(checksOf(none.report)[0]!.message).toMatch(/^baseline_model needs model\.predictions/);
  });

  it("rejects an unknown kind and a negative margin as config errors (exit 2)", async () => {
    const kind = await check(`${PREDICTIONS}  baseline_model: median\n`, binaryCsv(90));
    expect(kind.code).toBe(2);
    expect(kind.stdout + kind.stderr).toMatch(/mlgate\.yml:\d+:\d+/);
    expect(kind.stdout + kind.stderr).toMatch(/majority/);
    const margin = await check(
      `${PREDICTIONS}  baseline_model: { kind: majority, margin: -0.1 }\n`,
      binaryCsv(90),
    );
    expect(margin.code).toBe(2);
    expect(margin.stdout + margin.stderr).toMatch(/margin/);
  });
});

describe("model.baseline_model through the bundled action (dist/index.js)", () => {
  /** The action on a pull request, run as a runner runs it; no token, so nothing reaches GitHub. */
  async function action(csv: string) {
    const ws = tempDir("mlgate-baseline-action-");
    mkdirSync(path.join(ws, "out"));
    writeFileSync(
      path.join(ws, "mlgate.yml"),
      `version: 1\nmodel:\n${PREDICTIONS}  baseline_model: { kind: majority, margin: 0.02 }\n`,
    );
    writeFileSync(path.join(ws, "out/preds.csv"), csv);
    const tmp = tempDir("mlgate-runner-");
    const files = {
      output: path.join(tmp, "out.txt"),
      summary: path.join(tmp, "summary.md"),
      event: path.join(tmp, "event.json"),
    };
    for (const f of [files.output, files.summary]) writeFileSync(f, "");
    writeFileSync(
      files.event,
      JSON.stringify({ pull_request: { number: 7, base: { ref: "main" }, head: { sha: "abc" } } }),
    );
    const env = {
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: ws,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: "acme/churn",
      GITHUB_BASE_REF: "main",
      GITHUB_HEAD_REF: "feature/x",
      RUNNER_TEMP: tmp,
    };
    const r = await runNode("dist/index.js", [], { cwd: ws, env }, 30_000);
    return { ...r, outputs: readOutputs(files.output), summary: readFileSync(files.summary, "utf8") };
  }

  it("fails the step for a majority-class model and passes a good one", async () => {
    const bad = await action(binaryCsv(70));
    expect(bad.code, bad.stderr).toBe(1);
    expect(bad.outputs.passed).toBe("false");
    expect(bad.summary).toContain("accuracy 0.7 does not beat the majority baseline 0.7 by 0.02");
    const good = await action(binaryCsv(90));
    expect(good.code, good.stdout).toBe(0);
    expect(good.outputs.passed).toBe("true");
  });
});
