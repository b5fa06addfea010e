/**
 * `mlgate init` on three kinds of repository made here (scikit-learn with pytest, DVC, Kedro):
 * the config it writes runs through the bundled CLI and passes, and an error planted afterwards
 * fails the gate at the file that holds it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runNode, tempDir } from "../helpers/run-node.js";

const CLI = "dist/cli.js";

/** Write `files` (path → text) into a fresh git repository. */
function repository(files: Record<string, string>): string {
  const dir = tempDir("mlgate-init-");
  execFileSync("git", ["init", "-q", "-b", "main", dir]);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** A CSV of `n` customers: a unique id, ages 18..77, incomes, three plans, a 0/1 label. */
function customers(n: number): string {
  const plans = ["basic", "premium", "standard"];
  const rows = ["customer_id,age,income,plan,churned"];
  for (let i = 0; i < n; i++)
    rows.push(`${1000 + i},${18 + ((i * 7) % 60)},${(2000 + i * 13.5).toFixed(2)},${plans[i % 3]},${i % 2}`);
  return `${rows.join("\n")}\n`;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");
const edit = (dir: string, file: string, from: string, to: string) => {
  const text = read(dir, file);
  expect(text).toContain(from);
  writeFileSync(path.join(dir, file), text.replace(from, to));
};

/** Run init, then check: the starter config must load and pass (exit 0). */
async function initAndPass(dir: string): Promise<Record<string, unknown>> {
  const init = await runNode(CLI, ["init", "--dir", dir]);
  expect(init.stderr).toBe("");
  expect(init.code).toBe(0);
  expect(init.stdout).toContain("wrote    mlgate.yml");
  const check = await runNode(CLI, ["check", "--dir", dir, "-f", "json"], {}, 90_000);
  const report = JSON.parse(check.stdout);
  expect(report.gate.reasons).toEqual([]);
  expect(check.code).toBe(0);
  return parse(read(dir, "mlgate.yml"));
}

/** The failed checks of a JSON report, as `id: message`. */
function failures(stdout: string): string[] {
  const report = JSON.parse(stdout);
  return report.sections.flatMap((s: { checks: { id: string; status: string; message: string }[] }) =>
    s.checks.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.message}`),
  );
}

describe("mlgate init (dist/cli.js)", () => {
  it("a scikit-learn repository: data checks, thresholds, compare rules and pytest; a metric drop and an out-of-range value fail", async () => {
    const dir = repository({
      "data/train.csv": customers(400),
      "reports/metrics.json": JSON.stringify({
        accuracy: 0.91,
        roc_auc: 0.88,
        log_loss: 0.25,
        training: { seconds: 40 },
      }),
      "configs/train.yaml": "model:\n  learning_rate: 0.1\n  n_estimators: 200\n",
      "tests/test_features.py": "def test_sum():\n    assert 1 + 1 == 2\n",
      "requirements.txt": "scikit-learn\npytest\n",
    });
    const config = await initAndPass(dir);
    const text = read(dir, "mlgate.yml");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://raw.githubusercontent.com/OWNER/mlgate/v1/schemas/mlgate.schema.json",
    );
    expect(config).toMatchObject({
      lint: { targets: [{ files: "configs/train.yaml", schema: "schemas/configs-train.schema.json" }] },
      data: [
        {
          name: "train",
          path: "data/train.csv",
          row_count: { min: 200 },
          columns: {
            customer_id: { type: "integer", unique: true, missing: { max: 0 } },
            age: { type: "integer", min: 18, max: 77 },
            plan: { allowed: ["basic", "premium", "standard"] },
          },
        },
      ],
      model: {
        metrics: "reports/metrics.json",
        thresholds: { accuracy: { min: 0.8918 }, log_loss: { max: 0.255 } },
      },
      tests: [{ run: "python -m pytest tests --junitxml=reports/junit.xml -o junit_family=xunit1" }],
      compare: {
        rules: {
          accuracy: { direction: "higher", max_drop_percent: 2 },
          roc_auc: { direction: "higher" },
          log_loss: { direction: "lower", max_rise_percent: 2 },
        },
      },
    });
    // An id column is unique, but its range is only where the numbering has got to.
    const data = config.data as { columns: Record<string, object> }[];
    expect(data[0]!.columns.customer_id).toEqual({ type: "integer", unique: true, missing: { max: 0 } });
    // A metric whose name gives no direction is left ungated, and the config says so.
    expect(Object.keys((config.compare as { rules: object }).rules)).not.toContain("training.seconds");
    expect(text).toContain(
      "# Not gated (the name gives no direction; add a rule to gate one): training.seconds",
    );
    expect(JSON.parse(read(dir, "schemas/configs-train.schema.json"))).toMatchObject({
      required: ["model"],
      properties: {
        model: {
          required: ["learning_rate", "n_estimators"],
          properties: { learning_rate: { type: "number" } },
        },
      },
    });

    edit(dir, "reports/metrics.json", '"accuracy":0.91', '"accuracy":0.8');
    const drop = await runNode(CLI, ["check", "--dir", dir, "-f", "json"], {}, 90_000);
    expect(drop.code).toBe(1);
    expect(failures(drop.stdout)).toEqual(["model/threshold/accuracy: accuracy = 0.8, expected >= 0.8918"]);

    edit(dir, "reports/metrics.json", '"accuracy":0.8', '"accuracy":0.91');
    edit(dir, "data/train.csv", "\n1005,53,", "\n1005,153,");
    const range = await runNode(CLI, ["test", "--dir", dir], {}, 90_000);
    expect(range.code).toBe(1);
    expect(range.stdout).toMatch(
      /data\/train\.csv:7:1 error data\/range row 6, age: "153" is outside >= 18 and <= 77/,
    );
  }, 240_000);

  it("a DVC repository: builtin:dvc for dvc.yaml, a draft schema for params.yaml; a bad param type fails", async () => {
    const dir = repository({
      "dvc.yaml":
        "stages:\n  train:\n    cmd: python train.py\n    deps: [data/train.csv, train.py]\n    params: [train.learning_rate]\n    outs: [model.pkl]\n    metrics:\n      - metrics.json:\n          cache: false\n",
      "params.yaml": "train:\n  learning_rate: 0.05\n  n_estimators: 300\n  features: [age, income]\n",
      "data/train.csv": customers(120),
      "metrics.json": JSON.stringify({ val_loss: 0.31, f1: 0.72 }),
    });
    const config = await initAndPass(dir);
    expect(config).toMatchObject({
      lint: {
        targets: [
          { files: "dvc.yaml", schema: "builtin:dvc" },
          { files: "params.yaml", schema: "schemas/params.schema.json" },
        ],
      },
      model: { thresholds: { val_loss: { max: 0.3162 }, f1: { min: 0.7056 } } },
      compare: { params: ["params.yaml"] },
    });
    expect(config).not.toHaveProperty("tests");
    edit(dir, "params.yaml", "learning_rate: 0.05", "learning_rate: fast");
    const bad = await runNode(CLI, ["check", "--dir", dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/params\.yaml:2:18 error schema\/type train\.learning_rate must be a number/);
  }, 120_000);

  it("a Kedro project: builtin:kedro-catalog for the catalog, drafts for the other conf files; a value out of range fails", async () => {
    const dir = repository({
      "conf/base/catalog.yml":
        "companies:\n  type: pandas.CSVDataset\n  filepath: data/01_raw/companies.csv\nregressor:\n  type: pickle.PickleDataset\n  filepath: data/06_models/regressor.pickle\n",
      "conf/base/parameters.yml": "model_options:\n  test_size: 0.2\n  random_state: 3\n",
      "data/01_raw/companies.csv":
        "id,company_rating,iata_approved\nc1,90,t\nc2,,f\nc3,47,t\nc4,100,f\nc5,65,t\nc6,71,f\nc7,88,t\nc8,59,t\n",
      "data/08_reporting/metrics.json": JSON.stringify({ r2_score: 0.456, mae: 120.5 }),
    });
    const config = await initAndPass(dir);
    expect(config).toMatchObject({
      lint: {
        targets: [
          { files: "conf/base/catalog.yml", schema: "builtin:kedro-catalog" },
          { files: "conf/base/parameters.yml", schema: "schemas/conf-base-parameters.schema.json" },
        ],
      },
      data: [
        {
          name: "companies",
          columns: {
            id: { unique: true, missing: { max: 0 } },
            company_rating: { type: "integer", min: 47, max: 100, missing: { max_percent: 14 } },
            iata_approved: { allowed: ["f", "t"] },
          },
        },
      ],
      model: { thresholds: { r2_score: { min: 0.4468 }, mae: { max: 123 } } },
    });
    edit(dir, "data/01_raw/companies.csv", "c3,47,t", "c3,147,t");
    const bad = await runNode(CLI, ["check", "--dir", dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /data\/01_raw\/companies\.csv:4:\d+ error data\/range row 3, company_rating: "147" is outside >= 47 and <= 100/,
    );
  }, 120_000);

  it("an empty repository gets a config that loads and passes, with nothing invented", async () => {
    const dir = repository({});
    const config = await initAndPass(dir);
    expect(Object.keys(config).sort()).toEqual(["environments", "gates", "version"]);
  }, 60_000);

  it("writes a least-privilege workflow, one run per pull request", async () => {
    const dir = repository({ "data/a.csv": "x\n1\n2\n" });
    expect((await runNode(CLI, ["init", "--dir", dir])).code).toBe(0);
    const workflow = parse(read(dir, ".github/workflows/mlgate.yml"));
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.mlgate.permissions).toEqual({
      contents: "read",
      "pull-requests": "write",
      checks: "write",
      actions: "read",
    });
    expect(workflow.concurrency).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      group: "mlgate-${{ github.event.pull_request.number || github.ref }}",
      "cancel-in-progress": true,
    });
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ["main"] } });
    expect(workflow.jobs.mlgate.steps.at(-1)).toEqual({ uses: "OWNER/mlgate@v1" });
  });

  it("never overwrites without --force; --dry-run prints and writes nothing", async () => {
    const dir = repository({ "data/a.csv": "x\n1\n2\n" });
    const dry = await runNode(CLI, ["init", "--dir", dir, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^--- mlgate\.yml\n# yaml-language-server/);
    expect(dry.stdout).toContain("--- .github/workflows/mlgate.yml\n");
    expect(existsSync(path.join(dir, "mlgate.yml"))).toBe(false);

    writeFileSync(path.join(dir, "mlgate.yml"), "version: 1\n# mine\n");
    const again = await runNode(CLI, ["init", "--dir", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("mlgate.yml already exists; pass --force to overwrite it");
    expect(read(dir, "mlgate.yml")).toBe("version: 1\n# mine\n");
    expect(existsSync(path.join(dir, ".github/workflows/mlgate.yml"))).toBe(false);

    const forced = await runNode(CLI, ["init", "--dir", dir, "--force"]);
    expect(forced.code).toBe(0);
    expect(read(dir, "mlgate.yml")).toContain("name: a");
  });
});
