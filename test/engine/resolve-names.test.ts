import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type RunOutcome, runMlgate } from "../../src/engine/run-mlgate.js";
import type { Settings } from "../../src/engine/settings.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { location } from "../../src/render/common.js";
import type { Diagnostic, Report } from "../../src/report/types.js";
import { tempDir } from "../helpers/run-node.js";

/** 200 binary predictions with a `sex` column: enough rows for two slices of 100. */
function predictionsCsv(): string {
  const rows = ["y_true,y_pred,y_score,sex"];
  for (let i = 0; i < 200; i++) {
    const y = i % 2;
    const score = y ? 0.6 + (i % 7) / 20 : 0.1 + (i % 5) / 20;
    rows.push(`${y},${score > 0.5 ? 1 : 0},${score.toFixed(3)},${i % 4 < 2 ? "F" : "M"}`);
  }
  return `${rows.join("\n")}\n`;
}

/** The files of a small scikit-learn style repository, plus `mlgate.yml`. */
const FILES: Record<string, string> = {
  "reports/metrics.json": '{"accuracy": 0.9, "f1": 0.8, "latency_ms": {"p95": 20}}\n',
  "base/reports/metrics.json": '{"accuracy": 0.96, "f1": 0.8, "latency_ms": {"p95": 20}}\n',
  "reports/predictions.csv": predictionsCsv(),
  "data/train.csv": "age,income,country,color_red,color_blue\n30,100,US,1,0\n40,200,BR,0,1\n",
};

async function run(config: string, settings: Partial<Settings> = {}): Promise<RunOutcome> {
  const dir = tempDir("mlgate-names-");
  for (const [name, text] of Object.entries({ ...FILES, "mlgate.yml": config })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  // Columns id, delay, origin (test/fixtures/parquet/make.mjs).
  copyFileSync("test/fixtures/parquet/flights-snappy.parquet", path.join(dir, "data/flights.parquet"));
  return runMlgate({ command: "check", dir, format: "json", ...settings }, {}, createWorkspace(dir));
}

/** The outcome's diagnostics as `file:line:column severity code message`. */
function found(outcome: RunOutcome): string[] {
  const list: Diagnostic[] =
    outcome.kind === "config-error" ? outcome.diagnostics : outcome.kind === "report" ? outcome.warnings : [];
  return list.map((d) => `${location(d)} ${d.severity} ${d.code} ${d.message}`);
}

function reportOf(outcome: RunOutcome): Report {
  if (outcome.kind === "usage-error" || !outcome.report)
    throw new Error(`no report: ${JSON.stringify(outcome)}`);
  return outcome.report;
}

const statuses = (report: Report, section: string) =>
  Object.fromEntries(
    (report.sections.find((s) => s.id === section)?.checks ?? []).map((c) => [c.id, c.status]),
  );

describe("names in mlgate.yml resolve before the stages", () => {
  it("a compare rule with a typo is a config error at its key, not a silent pass", async () => {
    const outcome = await run(
      `version: 1
compare:
  metrics: [reports/metrics.json]
  rules:
    acuracy: { direction: higher, max_drop: 0.005 }
`,
      { baseline: { path: "base" } },
    );
    expect(outcome.kind).toBe("config-error");
    expect(found(outcome)).toEqual([
      'mlgate.yml:5:5 error names/metric the rule "acuracy" names a metric that is not compared; did you mean "accuracy"?',
    ]);
    if (outcome.kind !== "config-error") return;
    expect(outcome.diagnostics[0]!.hint).toBe("Valid names here: accuracy, f1, latency_ms.p95.");
    // The comparison itself still ran: the report shows the drop.
    expect(reportOf(outcome).comparisons?.find((c) => c.metric === "accuracy")).toMatchObject({ head: 0.9 });
  });

  it("a prediction metric with a typo is an error at its key; the other predictions checks still run", async () => {
    const outcome = await run(`version: 1
model:
  predictions:
    path: reports/predictions.csv
    task: binary
    label: y_true
    prediction: y_pred
    score: y_score
    metrics: { roc_acu: { min: 0.8 }, f1: { min: 0.5 } }
    slices:
      - { by: sex, metric: recall, min: 0.5 }
    fairness:
      - { by: sex, demographic_parity_difference: 0.5 }
`);
    expect(outcome.kind).toBe("config-error");
    expect(found(outcome)).toEqual([
      'mlgate.yml:9:16 error names/prediction-metric roc_acu is not a binary metric; did you mean "roc_auc"?',
    ]);
    expect(statuses(reportOf(outcome), "model")).toMatchObject({
      "model/predictions/f1": "passed",
      "model/slice/sex/recall": "passed",
      "model/fairness/sex/demographic_parity_difference": "passed",
    });
    expect(Object.keys(statuses(reportOf(outcome), "model")).join(" ")).not.toContain("roc_acu");
  });

  it("a slice metric with a typo is an error at its value; the other slices still run", async () => {
    const outcome = await run(`version: 1
model:
  predictions:
    path: reports/predictions.csv
    task: binary
    label: y_true
    prediction: y_pred
    slices:
      - { by: sex, metric: recal, min: 0.5 }
      - { by: sex, metric: precision, min: 0.5 }
`);
    expect(found(outcome)).toEqual([
      'mlgate.yml:9:28 error names/prediction-metric recal is not a binary metric; did you mean "recall"?',
    ]);
    expect(statuses(reportOf(outcome), "model")).toMatchObject({ "model/slice/sex/precision": "passed" });
  });

  it("a threshold on a metric no file has (or on a misspelt file) is an error at its key", async () => {
    const outcome = await run(`version: 1
model:
  metrics: reports/metrics.json
  thresholds:
    accuracy: { min: 0.5 }
    f2: { min: 0.5 }
    "reports/metrcs.json:accuracy": { min: 0.5 }
    latency_ms.p59: { max: 50 }
`);
    expect(outcome.kind).toBe("config-error");
    expect(found(outcome)).toEqual([
      'mlgate.yml:6:5 error names/metric the threshold "f2" names a metric that no metrics file has; did you mean "f1"?',
      'mlgate.yml:7:5 error names/metrics-file "reports/metrcs.json" in the threshold "reports/metrcs.json:accuracy" is not a metrics file of model.metrics; did you mean "reports/metrics.json"?',
      'mlgate.yml:8:5 error names/metric the threshold "latency_ms.p59" names a metric that no metrics file has; did you mean "latency_ms.p95"?',
    ]);
    if (outcome.kind === "config-error")
      expect(outcome.diagnostics[0]!.hint).toBe("Valid names here: accuracy, f1, latency_ms.p95.");
    // The threshold that resolves is still judged.
    expect(statuses(reportOf(outcome), "model")).toMatchObject({ "model/threshold/accuracy": "passed" });
  });

  it("data columns are checked against the file's header: columns, unique keys, one-hot groups, drift", async () => {
    const outcome = await run(`version: 1
data:
  - name: train
    path: data/train.csv
    columns:
      age: { min: 0 }
      incom: { min: 0 }
    unique: [[age, contry]]
    one_hot: [[color_red, color_bleu]]
    drift: { reference: data/train.csv, columns: [age, incme] }
`);
    expect(found(outcome)).toEqual([
      'mlgate.yml:7:7 error names/column the column "incom" is not a column of data/train.csv; did you mean "income"?',
      'mlgate.yml:8:20 error names/column the key column "contry" is not a column of data/train.csv; did you mean "country"?',
      'mlgate.yml:9:27 error names/column the one-hot column "color_bleu" is not a column of data/train.csv; did you mean "color_blue"?',
      'mlgate.yml:10:56 error names/column the drift column "incme" is not a column of data/train.csv; did you mean "income"?',
    ]);
    // The column that exists is still checked, and nothing reports the typos as missing columns.
    const data = statuses(reportOf(outcome), "data");
    expect(data["data/train/age/range"]).toBe("passed");
    expect(Object.values(data)).not.toContain("error");
  });

  it("Parquet columns are checked against the file's schema", async () => {
    const outcome = await run(`version: 1
data:
  - name: flights
    path: data/flights.parquet
    columns:
      delay: { min: -60 }
      orign: { allowed: [LIS] }
`);
    expect(found(outcome)).toEqual([
      'mlgate.yml:7:7 error names/column the column "orign" is not a column of data/flights.parquet; did you mean "origin"?',
    ]);
  });

  it("compare rules may name what the paired tests compute; the id they join on is a column", async () => {
    const config = (rule: string, id: string) => `version: 1
model:
  predictions: { path: reports/predictions.csv, task: binary, label: y_true, score: y_score }
compare:
  metrics: [reports/metrics.json]
  significance: { id: ${id} }
  rules:
    ${rule}: { direction: higher }
`;
    expect(found(await run(config("roc_auc", "sex"), { baseline: { path: "base" } }))).toEqual([]);
    expect(found(await run(config("roc_acu", "idx"), { baseline: { path: "base" } }))).toEqual([
      'mlgate.yml:6:23 error names/column the id column "idx" is not a column of reports/predictions.csv',
      'mlgate.yml:8:5 error names/metric the rule "roc_acu" names a metric that is not compared; did you mean "roc_auc"?',
    ]);
  });

  it("mlgate lint resolves no data or metric names (it reads none of those files)", async () => {
    const outcome = await run(
      `version: 1
data:
  - { name: train, path: data/train.csv, columns: { incom: { min: 0 } } }
`,
      { command: "lint" },
    );
    expect(outcome.kind).toBe("report");
  });

  it("a predictions column with a typo is an error at its value", async () => {
    const outcome = await run(`version: 1
model:
  predictions:
    path: reports/predictions.csv
    task: binary
    label: y_ture
    prediction: y_pred
    metrics: { accuracy: { min: 0.5 } }
    slices:
      - { by: sx, metric: recall }
`);
    expect(found(outcome)).toEqual([
      'mlgate.yml:6:12 error names/column the label column "y_ture" is not a column of reports/predictions.csv; did you mean "y_true"?',
      'mlgate.yml:10:15 error names/column the slice column "sx" is not a column of reports/predictions.csv; did you mean "sex"?',
    ]);
  });

  it("environment names in gates, lint overlays and env-leak markers must be defined", async () => {
    const outcome = await run(`version: 1
environments:
  production: { branches: [main] }
  dev: { default: true }
lint:
  targets:
    - files: "configs/*.yaml"
      environments:
        prod: { schema: s.json }
  rules:
    env-leak: { markers: { producton: [backtest] } }
gates:
  environments:
    prodution: { fail_on: warning }
`);
    expect(outcome.kind).toBe("config-error");
    expect(found(outcome)).toEqual([
      'mlgate.yml:9:9 error names/environment a lint schema overlay names the environment "prod", which environments: does not define',
      'mlgate.yml:11:28 error names/environment env-leak markers names the environment "producton", which environments: does not define; did you mean "production"?',
      'mlgate.yml:14:5 error names/environment gates.environments names the environment "prodution", which environments: does not define; did you mean "production"?',
    ]);
  });

  it("a glob that matches nothing is a warning at its line, and the run is gated as usual", async () => {
    const outcome = await run(`version: 1
model:
  metrics: reports/metrics.json
  thresholds:
    accuracy: { min: 0.5 }
    "loss*": { max: 1 }
`);
    expect(outcome.kind).toBe("report");
    expect(found(outcome)).toEqual([
      'mlgate.yml:6:5 warning names/no-match the threshold glob "loss*" matches no metric in reports/metrics.json',
    ]);
    expect(reportOf(outcome).passed).toBe(true);
  });
});
