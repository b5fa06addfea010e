/**
 * Splits and labels through the bundled CLI (`npm run build` first), on real files in temp
 * folders: the fixtures' numbers are pandas' and scikit-learn's (test/fixtures/splits/
 * make_fixtures.py wrote expected.json with their versions); large files spill their row hashes
 * to disk, and a file over the parallel threshold is read in parts on threads.
 */
import { copyFileSync, cpSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, readOutputs, runNode, tempDir } from "../helpers/run-node.js";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/splits");
const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));

interface Check {
  id: string;
  status: string;
  message: string;
  diagnostics: { file: string; line: number; message: string }[];
}
const checksOf = (stdout: string): Record<string, Check> =>
  Object.fromEntries(
    JSON.parse(stdout)
      .sections.find((s: { id: string }) => s.id === "data")
      .checks.map((c: Check) => [c.id, c]),
  );

/** A temp repository with the named fixture files and this mlgate.yml; the JSON report's data checks. */
async function run(
  files: string[],
  yml: string,
): Promise<{ code: number | null; checks: Record<string, Check> }> {
  const dir = tempDir("mlgate-splits-");
  for (const f of files) copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  writeFileSync(path.join(dir, "mlgate.yml"), `version: 1\ndata:\n${yml}`);
  const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
  expect(r.stderr).not.toMatch(/Error|at /);
  return { code: r.code, checks: checksOf(r.stdout) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe("splits through the CLI, against pandas", () => {
  it("leakage, class balance, unseen categories and columns of a train/test pair", async () => {
    const e = expected.splits;
    const { code, checks } = await run(
      ["train.csv", "test.csv"],
      "  - name: s\n    splits: { train: train.csv, test: test.csv, label: churned }\n",
    );
    expect(code).toBe(1);
    const leak = checks["data/s/leakage"]!;
    expect(leak.status).toBe("failed");
    expect(leak.message).toBe(
      `s: ${e.leaked_rows} of ${e.test_rows} test rows (${pct(e.leaked_rows / e.test_rows)}) are also in train (same rows)`,
    );
    // The first five leaked test rows, at their lines (the header is line 1).
    expect(leak.diagnostics.map((d) => d.line)).toEqual(e.first_leaked_test_rows.map((r: number) => r + 1));
    expect(leak.diagnostics[0]!.message).toMatch(
      /^test row 301 is train row \d+ \(train\.csv line \d+\): age=/,
    );
    const balance = checks["data/s/class_balance"]!;
    expect(balance.status).toBe("failed");
    const worst = Object.entries(e.class_share as Record<string, { train: number; test: number }>).sort(
      ([, a], [, b]) => Math.abs(b.train - b.test) - Math.abs(a.train - a.test),
    )[0]!;
    expect(balance.message).toBe(
      `s: churned class "${worst[0]}" is ${pct(worst[1].train)} of train and ${pct(worst[1].test)} of test (shift ${(100 * e.max_class_shift).toFixed(1)} points, more than 10.0)`,
    );
    const region = checks["data/s/region/unseen_categories"]!;
    expect(region.status).toBe("failed");
    expect(region.message).toMatch(
      new RegExp(
        `^s: ${e.unseen.region.rows} of ${e.test_rows} test rows have a region never seen in train \\(3 values: `,
      ),
    );
    expect(region.diagnostics.map((d) => /"(.)"/.exec(d.message)![1]).sort()).toEqual(e.unseen.region.values);
    expect(checks["data/s/plan/unseen_categories"]!.status).toBe("passed");
    expect(checks["data/s/columns"]!.status).toBe("passed");
    // Numbers are not categories under `auto`.
    expect(checks["data/s/age/unseen_categories"]).toBeUndefined();
  });

  it("a key of some columns, a looser bound, and a test file whose columns differ", async () => {
    const dir = tempDir("mlgate-splits-key-");
    writeFileSync(path.join(dir, "train.csv"), "id,x,y\n1,a,0\n2,b,1\n3,c,0\n");
    writeFileSync(path.join(dir, "test.csv"), "id,x,z\n3,c,0\n4,d,1\n");
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: s\n    splits: { train: train.csv, test: test.csv, key: [id], max_leaked_rows: 1, categories: false }\n",
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir });
    const c = checksOf(r.stdout);
    expect(c["data/s/leakage"]).toMatchObject({
      status: "passed",
      message: "s: 1 of 2 test rows (50.0%) are also in train (same keys (id))",
    });
    expect(c["data/s/columns"]).toMatchObject({
      status: "failed",
      message: "s: the splits differ: y is missing from test.csv; z is only in test.csv",
    });
    expect(r.code).toBe(1);
  });

  it("leakage of 800,000 train and 200,000 test rows: row hashes spilled to disk, counted exactly", async () => {
    const dir = tempDir("mlgate-splits-big-");
    const rows = (from: number, to: number) => {
      let s = "";
      for (let i = from; i < to; i++) s += `${i},${i % 7},c${i % 13}\n`;
      return s;
    };
    writeFileSync(path.join(dir, "train.csv"), `id,a,b\n${rows(0, 800_000)}`);
    // 50,000 test rows repeat train rows 750,000 … 799,999; the rest are new.
    writeFileSync(path.join(dir, "test.csv"), `id,a,b\n${rows(750_000, 800_000)}${rows(800_000, 950_000)}`);
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: big\n    splits: { train: train.csv, test: test.csv }\n",
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
    const c = checksOf(r.stdout);
    expect(c["data/big/leakage"]!.message).toBe(
      "big: 50000 of 200000 test rows (25.0%) are also in train (same rows)",
    );
    expect(c["data/big/leakage"]!.diagnostics[0]!.message).toBe(
      `test row 1 is train row 750001 (train.csv line 750002): id=750000, a=${750_000 % 7}, b=c${750_000 % 13}`,
    );
    expect(c["data/big/b/unseen_categories"]!.status).toBe("passed");
  });
});

describe("a split over the parallel threshold, read in parts on threads", () => {
  it("the same report as one pass, and the counts the generator planted", async () => {
    const dir = tempDir("mlgate-splits-threads-");
    // Train: 1,900,000 rows (over 32 MB); `m` is text but for one number in the second half,
    // which ends its tracking as a category (in one pass, and in the part that holds it).
    const train = ["id,a,b,m,label\n"];
    const row = (i: number, b = `c${i % 13}`) =>
      `${i},${i % 7},${b},${i === 1_000_000 ? "42" : `t${i % 3}`},${i % 5 ? "no" : "yes"}\n`;
    for (let i = 0; i < 1_900_000; i++) train.push(row(i));
    writeFileSync(path.join(dir, "train.csv"), train.join(""));
    // Test: rows 1-10,000 repeat train rows 1,500,000-1,509,999 (leaked); the others are new ids,
    // 90 of them with a `b` train never has.
    const test = ["id,a,b,m,label\n"];
    for (let k = 0; k < 100_000; k++)
      test.push(k < 10_000 ? row(1_500_000 + k) : row(2_000_000 + k, k % 1000 === 999 ? "zz" : undefined));
    writeFileSync(path.join(dir, "test.csv"), test.join(""));
    expect(statSync(path.join(dir, "train.csv")).size).toBeGreaterThan(32 * 1024 * 1024);
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: s\n    splits: { train: train.csv, test: test.csv, label: label }\n",
    );
    const report = (threads: string) =>
      runNode(
        "dist/cli.js",
        ["check", "--format", "json"],
        { cwd: dir, env: { MLGATE_THREADS: threads } },
        30_000,
      );
    const [one, two] = [await report("1"), await report("2")];
    expect(one.stderr).toBe("");
    expect(two.stderr).toBe("mlgate: train.csv: read in 2 parts on 2 threads\n");
    const c = checksOf(two.stdout);
    expect(c).toEqual(checksOf(one.stdout));
    expect(c["data/s/leakage"]!.message).toBe(
      "s: 10000 of 100000 test rows (10.0%) are also in train (same rows)",
    );
    expect(c["data/s/leakage"]!.diagnostics[0]!.message).toBe(
      `test row 1 is train row 1500001 (train.csv line 1500002): id=1500000, a=${1_500_000 % 7}, b=c${1_500_000 % 13}, m=t0, label=yes`,
    );
    expect(c["data/s/b/unseen_categories"]!.message).toMatch(
      /^s: 90 of 100000 test rows have a b never seen in train/,
    );
    expect(c["data/s/m/unseen_categories"]).toBeUndefined();
    expect(c["data/s/class_balance"]!.status).toBe("passed");
    expect(two.code).toBe(1);
  }, 90_000);
});

describe("splits in mlgate.yml: mistakes are configuration errors at their place", () => {
  it("path and splits together, a missing test file, a path out of the repository", async () => {
    const dir = tempDir("mlgate-splits-config-");
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: s\n    path: x.csv\n    splits: { train: a.csv, test: b.csv }\n  - name: t\n    splits: { train: a.csv }\n",
    );
    const r = await runNode("dist/cli.js", ["check"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(
      "mlgate.yml:3:5 error schema/not data[0] takes one of path (files), source (a table or a query) or splits (train and test files)",
    );
    expect(r.stdout + r.stderr).toContain(
      'mlgate.yml:7:5 error schema/required data[1].splits is missing the required key "test"',
    );
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: u\n    splits: { train: ../x.csv, test: b.csv }\n",
    );
    const out = await runNode("dist/cli.js", ["check"], { cwd: dir });
    expect(out.stdout + out.stderr).toContain(
      'mlgate.yml:4:22 error config/path-outside "../x.csv" climbs out with `..`',
    );
  });
});

describe("misnamed columns of splits and labels: configuration errors with a did-you-mean", () => {
  it("splits' key, label and categories, labels' label, features and exclusions: exit 2 at each name", async () => {
    const dir = tempDir("mlgate-splits-names-");
    for (const f of ["train.csv", "test.csv", "labels.csv"])
      copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1
data:
  - name: s
    splits:
      train: train.csv
      test: test.csv
      key: [age, incme]
      label: chrned
      categories: [plan, regoin]
  - name: l
    path: labels.csv
    labels: { column: churnd, features: [age, incom], exclude: [ID] }
  - name: ok
    splits: { train: train.csv, test: test.csv, label: churned }
`,
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
    expect(r.code).toBe(2);
    const trainColumns = "hint: Valid names here: age, income, plan, region, churned.";
    const labelColumns = "hint: Valid names here: id, age, income, plan, status, days_since_cancel, churned.";
    const said = r.stderr.split("\n");
    for (const [at, message, hint] of [
      ["7:18", 'the key column "incme" is not a column of train.csv; did you mean "income"?', trainColumns],
      [
        "8:14",
        'the label column "chrned" is not a column of train.csv; did you mean "churned"?',
        trainColumns,
      ],
      [
        "9:26",
        'the category column "regoin" is not a column of train.csv; did you mean "region"?',
        trainColumns,
      ],
      [
        "12:23",
        'the label column "churnd" is not a column of labels.csv; did you mean "churned"?',
        labelColumns,
      ],
      [
        "12:47",
        'the feature column "incom" is not a column of labels.csv; did you mean "income"?',
        labelColumns,
      ],
      ["12:65", 'the excluded column "ID" is not a column of labels.csv; did you mean "id"?', labelColumns],
    ]) {
      const i = said.indexOf(`mlgate.yml:${at} error names/column ${message}`);
      expect(i, `${at} ${message} in\n${r.stderr}`).toBeGreaterThanOrEqual(0);
      expect(said[i + 1]).toBe(`  ${hint}`);
    }
    expect(r.stderr).toContain("mlgate: mlgate.yml has 6 errors;");
    // The entries naming nothing are left out; the others still run.
    const c = checksOf(r.stdout);
    expect(Object.keys(c).some((id) => id.startsWith("data/s/") || id.includes("/labels"))).toBe(false);
    expect(c["data/ok/leakage"]!.status).toBe("failed");
  });
});

describe("what these checks do not evaluate is said, never passed silently", () => {
  it("file options on a splits entry; labels on a DuckDB source are judged", async () => {
    const dir = tempDir("mlgate-splits-unused-");
    writeFileSync(path.join(dir, "a.csv"), "x,y\n1,0\n2,1\n");
    writeFileSync(path.join(dir, "b.csv"), "x,y\n3,0\n");
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: s\n    splits: { train: a.csv, test: b.csv }\n    row_count: { min: 5 }\n  - name: q\n    source: { engine: duckdb, path: a.csv }\n    labels: { column: y }\n",
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
    const c = checksOf(r.stdout);
    expect(c["data/s/not-evaluated"]).toMatchObject({
      status: "error",
      severity: "warning",
      message: "s: an entry with splits does not evaluate row_count (give the train file its own entry)",
    });
    expect(c["data/s/leakage"]!.status).toBe("passed");
    // Labels on a SQL source are evaluated by the engine (test/sql/labels-splits-sql.test.ts).
    expect(c["data/q/labels"]).toBeUndefined();
    expect(c["data/q/y/conflicting_labels"]!.status).toBe("passed");
    expect(c["data/q/y/target_leakage"]!.message).toBe(
      "q: possible target leakage: x AUC 1.000 predicts y alone (above 0.95)",
    );
  });
});

describe("labels through the CLI, against pandas and scikit-learn", () => {
  it("conflicting labels and single-feature AUC of a binary label", async () => {
    const e = expected.labels_binary;
    const { code, checks } = await run(
      ["labels.csv"],
      "  - name: l\n    path: labels.csv\n    labels: { column: churned, exclude: [id] }\n",
    );
    expect(code).toBe(1);
    const conflicts = checks["data/l/churned/conflicting_labels"]!;
    expect(conflicts.message).toBe(
      `l: ${e.conflict_rows} rows in ${e.conflict_groups} groups have the same 5 features but different churned`,
    );
    expect(conflicts.diagnostics[0]!.message).toMatch(
      /^row \d+ repeats the features of row 101 \(line 102\) \(age=.*\) with another label: churned "(yes|no)" vs "(yes|no)"$/,
    );
    const auc = e.auc as Record<string, { auc: number }>;
    const leaky = Object.entries(auc)
      .filter(([, v]) => v.auc > 0.95)
      .sort(([, a], [, b]) => b.auc - a.auc)
      .map(([f, v]) => `${f} AUC ${v.auc.toFixed(3)}`);
    expect(checks["data/l/churned/target_leakage"]!.message).toBe(
      `l: possible target leakage: ${leaky.join(", ")} predict churned alone (above 0.95)`,
    );
  });

  it("R² of a numeric label: the leaky column named, the others under the bound", async () => {
    const e = expected.labels_regression;
    const { checks } = await run(
      ["regression.csv"],
      "  - name: r\n    path: regression.csv\n    labels: { column: target, conflicts: false }\n",
    );
    expect(checks["data/r/target/conflicting_labels"]).toBeUndefined();
    expect(checks["data/r/target/target_leakage"]!.message).toBe(
      `r: possible target leakage: shadow R² ${e.r2.shadow.r2.toFixed(3)} predicts target alone (above 0.95)`,
    );
  });

  it("a file read in parts on threads: conflicts found across parts and spilled partitions", async () => {
    const dir = tempDir("mlgate-labels-big-");
    // Few, wide rows: over the 32 MiB threshold at little work per byte.
    const M = 80_000;
    const pad = "p".repeat(200);
    let body = "";
    const chunks: string[] = [];
    // Rows i and i + M share their features; their labels differ when i % M < 1000.
    for (let i = 0; i < 2 * M; i++) {
      const label = i < M || i % M >= 1000 ? "x" : "y";
      body += `${i % M},${(i % M) % 3},${pad},${label}\n`;
      if (body.length > 1 << 20) {
        chunks.push(body);
        body = "";
      }
    }
    chunks.push(body);
    writeFileSync(path.join(dir, "big.csv"), `a,b,p,label\n${chunks.join("")}`);
    expect(statSync(path.join(dir, "big.csv")).size).toBeGreaterThan(32 * 1024 * 1024);
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\ndata:\n  - name: big\n    path: big.csv\n    labels: { column: label, leakage: false }\n",
    );
    const r = await runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir }, 30_000);
    if (availableParallelism() > 1)
      expect(r.stderr).toMatch(/big\.csv: read in [2-9] parts on [2-9] threads/);
    const c = checksOf(r.stdout)["data/big/label/conflicting_labels"]!;
    expect(c.message).toBe("big: 2000 rows in 1000 groups have the same 3 features but different label");
    // The first group is row 1's (a=0), repeated by row M + 1 (a later part).
    expect(c.diagnostics[0]!.message).toBe(
      `row ${M + 1} repeats the features of row 1 (line 2) (a=0, b=0, p=${pad.slice(0, 39)}…) with another label: label "x" vs "y"`,
    );
    expect(c.diagnostics[0]!.line).toBe(M + 2);
  });
});

describe("examples/leaky-split: a pull request that leaks", () => {
  it("the base branch passes; the head fails naming the leaked rows, the conflicting labels and the leaky feature", async () => {
    const base = await runNode("dist/cli.js", ["test", "--dir", "examples/leaky-split/base", "-f", "json"]);
    expect(base.code).toBe(0);
    const head = await runNode("dist/cli.js", ["test", "--dir", "examples/leaky-split", "-f", "json"]);
    expect(head.code).toBe(1);
    const failed = Object.values(checksOf(head.stdout))
      .filter((c) => c.status === "failed")
      .map((c) => [c.id, c.message]);
    expect(failed).toEqual([
      ["data/splits/leakage", "splits: 6 of 66 test rows (9.1%) are also in train (same rows)"],
      [
        "data/training set/churned/conflicting_labels",
        "training set: 2 rows in 1 group have the same 6 features but different churned",
      ],
      [
        "data/training set/churned/target_leakage",
        "training set: possible target leakage: refund_issued AUC 0.993 predicts churned alone (above 0.95)",
      ],
    ]);
  });
});

describe("examples/leaky-split through the bundled action (dist/index.js)", () => {
  it("fails the step on a pull request and names the three leaks in the job summary", async () => {
    const ws = tempDir("mlgate-leaky-action-");
    cpSync(path.join(ROOT, "examples/leaky-split"), ws, { recursive: true });
    const tmp = tempDir("mlgate-runner-");
    const files = {
      output: path.join(tmp, "out.txt"),
      summary: path.join(tmp, "summary.md"),
      event: path.join(tmp, "event.json"),
    };
    for (const f of [files.output, files.summary]) writeFileSync(f, "");
    writeFileSync(
      files.event,
      JSON.stringify({ pull_request: { number: 19, base: { ref: "main" }, head: { sha: "abc" } } }),
    );
    // No token: nothing reaches GitHub; the log, outputs and job summary are what a runner keeps.
    const env = {
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: ws,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: "acme/churn",
      GITHUB_BASE_REF: "main",
      GITHUB_HEAD_REF: "new-export",
      RUNNER_TEMP: tmp,
    };
    const r = await runNode("dist/index.js", [], { cwd: ws, env }, 30_000);
    expect(r.code, r.stderr).toBe(1);
    expect(readOutputs(files.output).passed).toBe("false");
    const summary = readFileSync(files.summary, "utf8");
    expect(summary).toContain("6 of 66 test rows \\(9.1%\\) are also in train");
    expect(summary).toContain("2 rows in 1 group have the same 6 features but different churned");
    expect(summary).toContain("possible target leakage: refund\\_issued AUC 0.993");
  });
});
