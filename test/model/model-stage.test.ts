import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { runModel } from "../../src/model/model-stage.js";
import { location } from "../../src/render/common.js";
import type { Section } from "../../src/report/types.js";
import { tempDir } from "../helpers/run-node.js";

/** Run the model stage on a temp repo made of `files` and the `model:` block `yaml`. */
async function run(files: Record<string, string | Buffer>, yaml: string): Promise<Section> {
  const dir = tempDir("mlgate-model-");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const { config, diagnostics } = parseConfig(`version: 1\nmodel:\n${yaml}`, "mlgate.yml");
  if (!config) throw new Error(JSON.stringify(diagnostics));
  return runModel({
    config,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
  });
}

const status = (s: Section) => Object.fromEntries(s.checks.map((c) => [c.id, c.status]));
const check = (s: Section, id: string) => {
  const c = s.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${s.checks.map((x) => x.id).join(", ")}`);
  return c;
};
const where = (s: Section, id: string) => check(s, id).diagnostics.map((d) => `${location(d)} ${d.message}`);

const METRICS_JSON = `{
  "accuracy": 0.91,
  "auc": NaN,
  "latency_ms": { "p50": 12.5, "p95": 61 },
  "classes": [ { "recall": 0.8 }, { "recall": 0.55 } ],
  "note": "trained on 2026-11-01"
}
`;

describe("model: metrics files and thresholds", () => {
  it("flattens nested JSON with dots, checks bounds and globs, reports NaN at its position", async () => {
    const s = await run(
      { "reports/metrics.json": METRICS_JSON },
      `  metrics: reports/metrics.json
  thresholds:
    accuracy: { min: 0.85 }
    latency_ms.p95: { max: 50 }
    "classes.*.recall": { min: 0.6 }
    auc: { min: 0.8 }
    f1: { min: 0.7 }
`,
    );
    expect(status(s)).toEqual({
      "model/threshold/accuracy": "passed",
      "model/budget/latency_ms.p95": "failed",
      "model/threshold/classes.0.recall": "passed",
      "model/threshold/classes.1.recall": "failed",
      "model/threshold/auc": "error",
      "model/threshold/f1": "error",
      "model/metrics/finite": "failed",
    });
    // Report order: thresholds and budgets in `thresholds:` order, then the finite check.
    expect(s.checks.map((c) => c.id)).toEqual([
      "model/threshold/accuracy",
      "model/budget/latency_ms.p95",
      "model/threshold/classes.0.recall",
      "model/threshold/classes.1.recall",
      "model/threshold/auc",
      "model/threshold/f1",
      "model/metrics/finite",
    ]);
    expect(where(s, "model/budget/latency_ms.p95")).toEqual([
      "reports/metrics.json:4:39 latency_ms.p95 is 61, expected <= 50",
    ]);
    expect(where(s, "model/threshold/auc")).toEqual(["reports/metrics.json:3:10 auc is NaN"]);
    expect(check(s, "model/threshold/f1").message).toContain("no metric of that name");
    expect(check(s, "model/threshold/f1").diagnostics[0]!.hint).toContain("latency_ms.p95");
    expect(check(s, "model/budget/latency_ms.p95").rubric).toEqual(["monitoring.6"]);
    expect(s.status).toBe("failed");
  });

  it("reads YAML metrics (.nan, .inf) and prefixes names two files share", async () => {
    const s = await run(
      {
        "eval/a.yaml": "accuracy: 0.9\nloss: .nan\n",
        "eval/b.json": '{"accuracy": 0.7, "rmse": Infinity}',
      },
      `  metrics: ["eval/a.yaml", "eval/b.json"]
  thresholds:
    accuracy: { min: 0.8 }
    "eval/b.json:rmse": { max: 1 }
`,
    );
    expect(status(s)).toMatchObject({
      "model/threshold/eval/a.yaml:accuracy": "passed",
      "model/threshold/eval/b.json:accuracy": "failed",
      "model/threshold/rmse": "error",
      "model/metrics/finite": "failed",
    });
    expect(check(s, "model/metrics/finite").message).toBe("2 metrics are NaN or infinite: loss, rmse");
  });

  it("a missing or malformed metrics file is an error with its position, not a crash", async () => {
    const s = await run(
      { "bad.json": '{"accuracy": 0.9,,}' },
      `  metrics: [missing.json, bad.json]
  thresholds:
    accuracy: { min: 0.8 }
`,
    );
    const ids = s.checks.map((c) => `${c.id} ${c.status}`);
    expect(ids).toContain("model/metrics-file/missing.json error");
    expect(ids).toContain("model/metrics-file/bad.json error");
    expect(where(s, "model/metrics-file/bad.json")[0]).toMatch(/^bad\.json:1:18 /);
    expect(s.status).toBe("failed");
  });

  it("checks the artifact size budget", async () => {
    const s = await run(
      { "models/model.onnx": Buffer.alloc(2_500_000) },
      "  artifact: { path: models/model.onnx, max_size_mb: 2 }\n",
    );
    expect(check(s, "model/budget/artifact")).toMatchObject({
      status: "failed",
      message: "model artifact models/model.onnx: 2.5 MB, over the 2 MB budget",
    });
    const missing = await run({}, "  artifact: { path: models/model.onnx, max_size_mb: 2 }\n");
    expect(check(missing, "model/budget/artifact").status).toBe("error");
  });
});

/** 200 rows: group A is predicted well, group B's positives are mostly missed. */
function predictionsCsv(): string {
  const lines = ["id,y,score,group,tiny"];
  for (let i = 0; i < 200; i++) {
    const y = i % 2;
    const group = i < 160 ? "A" : "B";
    let score = y ? 0.8 : 0.2;
    if (group === "B" && y === 1 && i % 10 !== 1) score = 0.3;
    lines.push(`${i},${y},${score},${group},${i < 5 ? "x" : "y"}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("model: predictions", () => {
  it("passes on the average while a slice fails, with the failing slice first in its table", async () => {
    const s = await run(
      { "preds.csv": predictionsCsv() },
      `  predictions:
    path: preds.csv
    task: binary
    label: y
    score: score
    metrics: { accuracy: { min: 0.85 }, roc_auc: { min: 0.8 } }
    slices:
      - { by: group, metric: recall, min: 0.7, max_gap: 0.1 }
      - { by: tiny, metric: recall, min: 0.7, min_size: 10 }
`,
    );
    expect(status(s)).toEqual({
      "model/predictions/accuracy": "passed",
      "model/predictions/roc_auc": "passed",
      "model/slice/group/recall": "failed",
      "model/slice/tiny/recall": "passed",
    });
    expect(check(s, "model/slice/group/recall").message).toBe(
      "recall by group: group=B (0.2) outside >= 0.7; gap 0.8 between group=A and group=B exceeds 0.1",
    );
    expect(check(s, "model/slice/tiny/recall").message).toContain(
      "1 slice with insufficient data (< 10 rows): x",
    );
    const table = s.tables!.find((t) => t.title === "recall by group")!;
    expect(table.rows[0]).toEqual(["B", "40", "0.2", "failed"]);
    const cm = s.tables!.find((t) => t.title.startsWith("Confusion"))!;
    expect(cm.rows).toEqual([
      ["true 0", "100", "0"],
      ["true 1", "16", "84"],
    ]);
    expect(s.summary).toBe("200 predictions (binary)");
    // Full-precision values for the JSON report and the comparison with the baseline.
    expect(s.metrics).toMatchObject({ accuracy: 0.92, "recall[group=A]": 1, "recall[group=B]": 0.2 });
  });

  it("fairness: demographic parity, equal opportunity and equalized odds over a column", async () => {
    const s = await run(
      { "preds.csv": predictionsCsv() },
      `  predictions:
    path: preds.csv
    task: binary
    label: y
    score: score
    fairness:
      - by: group
        demographic_parity_difference: 0.5
        equal_opportunity_difference: 0.2
        equalized_odds_difference: 0.2
`,
    );
    expect(status(s)).toEqual({
      "model/fairness/group/demographic_parity_difference": "passed",
      "model/fairness/group/equal_opportunity_difference": "failed",
      "model/fairness/group/equalized_odds_difference": "failed",
    });
    // TPR: A 80/80 = 1, B 4/20 = 0.2; selection rate: A 0.5, B 0.1.
    expect(check(s, "model/fairness/group/equal_opportunity_difference").observed).toBe("0.8");
    expect(check(s, "model/fairness/group/demographic_parity_difference").observed).toBe("0.4");
  });

  it("leaves out unusable rows and names them, then computes on the rest", async () => {
    const csv = "y,score\n1,0.9\n0,0.1\n,0.5\n1,abc\n2,0.4\n0,0.2\n";
    const s = await run(
      { "p.csv": csv },
      "  predictions: { path: p.csv, task: binary, label: y, score: score, metrics: { accuracy: { min: 1 } } }\n",
    );
    expect(where(s, "model/predictions/rows")).toEqual([
      "p.csv:4:1 row 3: y is missing",
      'p.csv:5:1 row 4: score is "abc", not a number',
      'p.csv:6:1 row 5: y is "2", expected 0/1 or true/false (set `positive` for other labels)',
    ]);
    expect(check(s, "model/predictions/accuracy").status).toBe("passed");
  });

  it("reports missing columns, unknown metrics and unreadable files plainly", async () => {
    const missing = await run(
      { "p.csv": "label,score\n1,0.5\n" },
      "  predictions: { path: p.csv, task: binary, label: y, score: score }\n",
    );
    expect(check(missing, "model/predictions/columns").message).toBe("p.csv has no column y");
    const unknown = await run(
      { "p.csv": "y,score\n1,0.5\n" },
      "  predictions: { path: p.csv, task: multiclass, label: y, prediction: score, metrics: { f1: { min: 0.5 } } }\n",
    );
    expect(unknown.checks[0]!.message).toBe(
      "f1 is ambiguous for a multiclass model: use f1_macro, f1_micro or f1_weighted",
    );
    const absent = await run({}, "  predictions: { path: p.csv, task: binary, label: y, score: s }\n");
    expect(check(absent, "model/predictions/read").message).toMatch(/^predictions: .*p\.csv/);
    const quoting = await run(
      { "p.csv": 'y,score\n1,"0.5\n' },
      "  predictions: { path: p.csv, task: binary, label: y, score: score }\n",
    );
    expect(where(quoting, "model/predictions/read")[0]).toMatch(/^p\.csv:2:1 /);
    const empty = await run(
      { "p.csv": "" },
      "  predictions: { path: p.csv, task: binary, label: y, score: score }\n",
    );
    expect(check(empty, "model/predictions/read").message).toContain("empty");
  });

  it("an unknown metric is an error of its own: the other metrics, slices and fairness still run", async () => {
    const s = await run(
      { "preds.csv": predictionsCsv() },
      `  predictions:
    path: preds.csv
    task: binary
    label: y
    score: score
    metrics: { roc_acu: { min: 0.8 }, accuracy: { min: 0.85 } }
    slices:
      - { by: group, metric: recal, min: 0.7 }
      - { by: tiny, metric: recall, min: 0.7, min_size: 10 }
    fairness:
      - { by: group, demographic_parity_difference: 0.5 }
`,
    );
    expect(status(s)).toEqual({
      "model/predictions/config/0": "error",
      "model/predictions/config/1": "error",
      "model/predictions/accuracy": "passed",
      "model/slice/tiny/recall": "passed",
      "model/fairness/group/demographic_parity_difference": "passed",
    });
    expect(check(s, "model/predictions/config/0").message).toContain("roc_acu is not a binary metric");
    expect(s.summary).toBe("200 predictions (binary)");
  });

  it("a metric undefined on the data (one class) is an error, never a pass", async () => {
    const s = await run(
      { "p.csv": "y,score\n1,0.9\n1,0.4\n" },
      "  predictions: { path: p.csv, task: binary, label: y, score: score, metrics: { roc_auc: { min: 0.5 } } }\n",
    );
    expect(check(s, "model/predictions/roc_auc")).toMatchObject({
      status: "error",
      message: "roc_auc cannot be computed from p.csv: only one class is present (2 positive, 0 negative)",
    });
  });

  it("reads JSON Lines and Parquet predictions through the data readers", async () => {
    const jsonl = '{"y": 1, "s": 0.9}\n{"y": 0, "s": 0.2}\n{"y": 1, "s": 0.7}\n{"y": 0, "s": 0.6}\n';
    const s = await run(
      { "p.jsonl": jsonl },
      "  predictions: { path: p.jsonl, task: binary, label: y, score: s, metrics: { roc_auc: { min: 0.99 } } }\n",
    );
    expect(check(s, "model/predictions/roc_auc")).toMatchObject({ status: "passed", observed: "1" });
    // Parquet, with a column the checks do not read (it is not decoded), in two row groups.
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const parquet = Buffer.from(
      parquetWriteBuffer({
        columnData: [
          { name: "unused", data: ["a", "b", "c", "d"] },
          { name: "y", data: Int32Array.from([1, 0, 1, 0]) },
          { name: "s", data: Float64Array.from([0.9, 0.2, 0.7, 0.8]) },
          { name: "g", data: ["x", "x", "z", "z"] },
        ],
        rowGroupSize: 2,
      }),
    );
    const p = await run(
      { "p.parquet": parquet },
      "  predictions: { path: p.parquet, task: binary, label: y, score: s, metrics: { roc_auc: { min: 0.7 } }, slices: [{ by: g, metric: recall, min_size: 1 }] }\n",
    );
    // Positives 0.9 and 0.7 against negatives 0.2 and 0.8: 3 of 4 pairs ordered.
    expect(check(p, "model/predictions/roc_auc")).toMatchObject({ status: "passed", observed: "0.75" });
    expect(p.metrics).toMatchObject({ "recall[g=x]": 1, "recall[g=z]": 1 });
  });
});
