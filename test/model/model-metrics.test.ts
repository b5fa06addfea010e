/**
 * Every computed metric against scikit-learn: test/fixtures/model/expected.py wrote the CSV files
 * and the values (with Debian's python3-sklearn; the version is in expected.json). The files go
 * through mlgate's own readers, so parsing is part of what is checked.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorkspace } from "../../src/io/workspace.js";
import type { BinaryColumns, MetricValue } from "../../src/model/binary-metrics.js";
import { confusion } from "../../src/model/binary-metrics.js";
import { confusionMatrix, type MulticlassColumns } from "../../src/model/multiclass-metrics.js";
import { type PredictionsConfig, readPredictions } from "../../src/model/predictions.js";
import { computeMetrics, fairnessOf, sliceValues } from "../../src/model/slices.js";

const DIR = path.join(import.meta.dirname, "../fixtures/model");
const expected = JSON.parse(readFileSync(path.join(DIR, "expected.json"), "utf8"));
const ws = createWorkspace(DIR);

const read = (cfg: Omit<PredictionsConfig, "path"> & { path?: string }, file: string) =>
  readPredictions(ws, { path: file, ...cfg } as PredictionsConfig);

const value = (v: MetricValue | undefined): number | undefined => (v && "value" in v ? v.value : undefined);

/** Compare every expected metric to 1e-12 relative. */
function expectMetrics(got: Record<string, MetricValue>, want: Record<string, number>): void {
  for (const [name, v] of Object.entries(want)) {
    const g = value(got[name]);
    expect(g, name).toBeDefined();
    expect(Math.abs(g! - v), `${name}: ${g} vs ${v}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v)));
  }
}

describe("metrics match scikit-learn", () => {
  it("records where the expected values came from", () => {
    expect(expected.source).toMatch(/^scikit-learn \d+\.\d+/);
  });

  it("binary: tied scores, threshold 0.5", async () => {
    const c = expected.cases.binary;
    const p = await read(
      { task: "binary", label: "y_true", score: "y_score", threshold: c.threshold },
      c.file,
    );
    expect(p.skipped.count).toBe(0);
    const { confusion: cm, ...m } = c.metrics;
    expectMetrics(computeMetrics(p), m);
    expect(confusion(p.columns as BinaryColumns)).toEqual(cm);
  });

  it("binary: per-slice recall and ROC AUC, fairness differences", async () => {
    const c = expected.cases.binary;
    const cfg = {
      task: "binary" as const,
      label: "y_true",
      score: "y_score",
      slices: [
        { by: "sex", metric: "recall" },
        { by: "region", metric: "recall" },
      ],
    };
    const p = await read(cfg, c.file);
    for (const col of ["sex", "region"]) {
      for (const metric of ["recall", "roc_auc"]) {
        const got = sliceValues(p, col, metric, 1);
        for (const s of got) {
          const want = c.slices[col][s.group];
          expect(s.rows).toBe(want.rows);
          if (want[metric] === null) expect(value(s.metric)).toBeUndefined();
          else expect(value(s.metric)).toBeCloseTo(want[metric], 12);
        }
      }
      const f = fairnessOf(p.columns as BinaryColumns, p.groups.get(col)!);
      const want = c.fairness[col];
      for (const g of f.groups) {
        expect(g.selectionRate).toBeCloseTo(want.groups[g.group].selection_rate, 12);
        expect(g.tpr).toBeCloseTo(want.groups[g.group].tpr, 12);
        expect(g.fpr).toBeCloseTo(want.groups[g.group].fpr, 12);
      }
      expect(f.dpd!.value).toBeCloseTo(want.demographic_parity_difference, 12);
      expect(f.eod!.value).toBeCloseTo(want.equal_opportunity_difference, 12);
      expect(f.eqOdds!.value).toBeCloseTo(want.equalized_odds_difference, 12);
    }
  });

  it("binary: a slice below min_size is insufficient data, not a value", async () => {
    const p = await read(
      { task: "binary", label: "y_true", score: "y_score", slices: [{ by: "region", metric: "recall" }] },
      "binary.csv",
    );
    const east = sliceValues(p, "region", "recall", 40).find((s) => s.group === "east")!;
    expect(east.rows).toBe(expected.cases.binary.slices.region.east.rows);
    expect(east.insufficient).toBe(true);
    expect(value(east.metric)).toBeUndefined();
  });

  it("binary: one class only leaves ROC AUC undefined and the rest defined", async () => {
    const c = expected.cases.single_class;
    const p = await read({ task: "binary", label: "label", score: "proba", threshold: c.threshold }, c.file);
    const got = computeMetrics(p);
    expect(got.roc_auc).toEqual({ undefined: "only one class is present (80 positive, 0 negative)" });
    const { confusion: cm, ...m } = c.metrics;
    expectMetrics(got, m);
    expect(confusion(p.columns as BinaryColumns)).toEqual(cm);
  });

  it("binary: string labels with `positive`, a prediction column, scores of exactly 0 and 1", async () => {
    const c = expected.cases.labels;
    const p = await read(
      { task: "binary", label: "churned", prediction: "predicted", score: "p", positive: "yes" },
      c.file,
    );
    const { confusion: cm, ...m } = c.metrics;
    expectMetrics(computeMetrics(p), m);
    expect(confusion(p.columns as BinaryColumns)).toEqual(cm);
  });

  it("multiclass: averages, per-class recall, log loss, a class never predicted", async () => {
    const c = expected.cases.multiclass;
    const scores = Object.fromEntries(c.classes.map((k: string) => [k, `p_${k}`]));
    const p = await read({ task: "multiclass", label: "label", scores }, c.file);
    expectMetrics(computeMetrics(p), c.metrics);
    const cols = p.columns as MulticlassColumns;
    expect(cols.classes).toEqual(c.classes);
    expect(confusionMatrix(cols)).toEqual(c.confusion);
  });

  it("regression: MAE, MSE, RMSE, R², MAPE with zero targets, median", async () => {
    const c = expected.cases.regression;
    const p = await read({ task: "regression", label: "target", prediction: "estimate" }, c.file);
    expectMetrics(computeMetrics(p), c.metrics);
  });

  it("regression: a constant target predicted exactly has R² 1", async () => {
    const c = expected.cases.regression_constant;
    const p = await read({ task: "regression", label: "target", prediction: "estimate" }, c.file);
    expectMetrics(computeMetrics(p), c.metrics);
  });

  it("empty slices of rows give undefined metrics, not NaN", async () => {
    const p = await read({ task: "binary", label: "y_true", score: "y_score" }, "binary.csv");
    const got = computeMetrics(p, new Uint32Array(0));
    for (const v of Object.values(got)) expect(v).toEqual({ undefined: "no rows" });
  });
});
