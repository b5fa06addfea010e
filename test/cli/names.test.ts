import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

const CLI = "dist/cli.js";

/** 200 binary predictions with a `sex` column. */
function predictionsCsv(): string {
  const rows = ["y_true,y_pred,y_score,sex"];
  for (let i = 0; i < 200; i++) {
    const y = i % 2;
    const score = y ? 0.6 + (i % 7) / 20 : 0.1 + (i % 5) / 20;
    rows.push(`${y},${score > 0.5 ? 1 : 0},${score.toFixed(3)},${i % 4 < 2 ? "F" : "M"}`);
  }
  return `${rows.join("\n")}\n`;
}

/** A small scikit-learn style repository (metrics, predictions, data, a baseline folder) with `config`. */
function repoWith(config: string): string {
  const dir = tempDir("mlgate-cli-names-");
  const files: Record<string, string> = {
    "mlgate.yml": config,
    "reports/metrics.json": '{"accuracy": 0.9, "f1": 0.8}\n',
    "base/reports/metrics.json": '{"accuracy": 0.96, "f1": 0.8}\n',
    "reports/predictions.csv": predictionsCsv(),
    "data/train.csv": "age,income,country\n30,100,US\n40,200,BR\n",
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("names that resolve to nothing (dist/cli.js)", () => {
  it("a misspelt compare rule exits 2 at its key with a did-you-mean, the comparison still shown", async () => {
    const dir = repoWith(`version: 1
compare:
  metrics: [reports/metrics.json]
  rules:
    acuracy: { direction: higher, max_drop: 0.005 }
`);
    const r = await runNode(CLI, ["check", "--dir", dir, "--baseline", path.join(dir, "base")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'mlgate.yml:5:5 error names/metric the rule "acuracy" names a metric that is not compared; did you mean "accuracy"?\n  hint: Valid names here: accuracy, f1.\n',
    );
    expect(r.stderr).toContain("mlgate: mlgate.yml has 1 error;");
    expect(r.stdout).toMatch(/accuracy\s+0\.96\s+0\.9\s+-0\.06/);
  });

  it("a misspelt prediction metric exits 2 at its key; the other predictions checks still run", async () => {
    const dir = repoWith(`version: 1
model:
  predictions:
    path: reports/predictions.csv
    task: binary
    label: y_true
    prediction: y_pred
    metrics: { roc_acu: { min: 0.8 }, accuracy: { max: 0.5 } }
    slices:
      - { by: sex, metric: recal, min: 0.5 }
`);
    const r = await runNode(CLI, ["check", "--dir", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'mlgate.yml:8:16 error names/prediction-metric roc_acu is not a binary metric; did you mean "roc_auc"?',
    );
    expect(r.stderr).toContain(
      'mlgate.yml:10:28 error names/prediction-metric recal is not a binary metric; did you mean "recall"?',
    );
    // accuracy is still judged (and fails): the typo switched nothing else off.
    expect(r.stdout).toMatch(/Model\s+failed\s+200 predictions \(binary\)/);
    expect(r.stdout).toContain("accuracy = 1, expected <= 0.5");
  });

  it("a data column typo and an unknown environment in gates exit 2 at their keys", async () => {
    const dir = repoWith(`version: 1
environments:
  production: { branches: [main] }
  dev: { default: true }
data:
  - name: train
    path: data/train.csv
    columns:
      incom: { min: 0 }
gates:
  environments:
    prodution: { fail_on: warning }
`);
    const r = await runNode(CLI, ["check", "--dir", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'mlgate.yml:9:7 error names/column the column "incom" is not a column of data/train.csv; did you mean "income"?',
    );
    expect(r.stderr).toContain(
      'mlgate.yml:12:5 error names/environment gates.environments names the environment "prodution", which environments: does not define; did you mean "production"?',
    );
  });

  it("a glob that matches nothing is a warning at its line, not a configuration error", async () => {
    const dir = repoWith(`version: 1
model:
  metrics: reports/metrics.json
  thresholds:
    accuracy: { min: 0.5 }
    "loss*": { max: 1 }
`);
    const r = await runNode(CLI, ["check", "--dir", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'mlgate.yml:6:5 warning names/no-match the threshold glob "loss*" matches no metric in reports/metrics.json',
    );
  });
});
