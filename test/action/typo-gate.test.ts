/**
 * "A gate that can't be switched off by a typo", through the bundled action (`npm run build` first):
 * each case is a small git repository written by the test, checked by dist/index.js the way a runner
 * runs it (inputs and context in the environment, files for the outputs and the job summary).
 * MLGATE_ACTION_DIST points the tests at another build (e.g. one of the code before the issue).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { reportSchemaErrors } from "../helpers/report-schema.js";
import { ROOT, readOutputs, runNode, tempDir } from "../helpers/run-node.js";

/** The bundled action, relative to the repository root (runNode joins it to ROOT). */
const ACTION = path.relative(ROOT, path.resolve(ROOT, process.env.MLGATE_ACTION_DIST ?? "dist/index.js"));

function git(dir: string, args: string[]): void {
  execFileSync(
    "git",
    [
      "-c",
      "user.name=mlgate test",
      "-c",
      "user.email=test@example.com",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { cwd: dir, stdio: "ignore" },
  );
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/**
 * A git repository: `base` committed on main, then `head` (written over it) committed on feature/x,
 * which is checked out.
 */
function repo(base: Record<string, string>, head: Record<string, string> = {}): string {
  const dir = tempDir("mlgate-typo-gate-");
  git(dir, ["init", "-q", "-b", "main"]);
  write(dir, base);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", "base"]);
  git(dir, ["checkout", "-q", "-b", "feature/x"]);
  write(dir, head);
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "--allow-empty", "-m", "head"]);
  return dir;
}

const TOKEN = "ghs_faketoken1234567890";
let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** A pull request from feature/x into main. */
const PULL_REQUEST = {
  name: "pull_request",
  payload: { pull_request: { number: 7, base: { ref: "main" }, head: { sha: "a".repeat(40) } } },
  env: { GITHUB_BASE_REF: "main", GITHUB_HEAD_REF: "feature/x", GITHUB_REF: "refs/pull/7/merge" },
};

/**
 * Run the bundled action in `workspace` on a pull request into main. Without `github` (a fake GitHub's
 * URL) nothing reaches GitHub: no token, publish: summary.
 */
async function runAction(workspace: string, inputs: Record<string, string> = {}, github?: string) {
  const tmp = tempDir("mlgate-runner-");
  const files = {
    output: path.join(tmp, "output.txt"),
    summary: path.join(tmp, "summary.md"),
    event: path.join(tmp, "event.json"),
  };
  for (const f of [files.output, files.summary]) writeFileSync(f, "");
  writeFileSync(files.event, JSON.stringify(PULL_REQUEST.payload));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: PULL_REQUEST.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: "acme/churn",
    RUNNER_TEMP: tmp,
    ...PULL_REQUEST.env,
  };
  if (github)
    Object.assign(env, {
      GITHUB_API_URL: github,
      GITHUB_SERVER_URL: "https://github.example",
      GITHUB_SHA: "f".repeat(40),
      GITHUB_WORKFLOW: "ml",
      "INPUT_GITHUB-TOKEN": TOKEN,
    });
  else env.INPUT_PUBLISH = "summary";
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const result = await runNode(ACTION, [], { cwd: workspace, env }, 60_000);
  const outputs = readOutputs(files.output);
  const reportPath = outputs["report-path"];
  let report: unknown;
  try {
    report = reportPath ? JSON.parse(readFileSync(reportPath, "utf8")) : undefined;
  } catch {
    report = undefined;
  }
  return { ...result, outputs, summary: readFileSync(files.summary, "utf8"), report };
}

/** The step's annotations as `level file:line code`, in the order the log has them. */
function annotations(stdout: string): string[] {
  return [...stdout.matchAll(/^::(error|warning) title=mlgate ([^,]+),file=([^,]+),line=(\d+)/gm)].map(
    (m) => `${m[1]} ${m[3]}:${m[4]} ${m[2]}`,
  );
}

interface Check {
  id: string;
  status: string;
  message: string;
}
interface Section {
  id: string;
  status: string;
  checks: Check[];
}
/** The checks of the report's section `id`, as `id status: message`. */
function checksOf(report: unknown, id: string): string[] {
  const section = (report as { sections: Section[] }).sections.find((s) => s.id === id);
  return (section?.checks ?? []).map((c) => `${c.id} ${c.status}: ${c.message}`);
}

/** 200 binary predictions with a `sex` column; y_pred is always right. */
function predictionsCsv(): string {
  const rows = ["y_true,y_pred,y_score,sex"];
  for (let i = 0; i < 200; i++) {
    const y = i % 2;
    const score = y ? 0.6 + (i % 7) / 20 : 0.1 + (i % 5) / 20;
    rows.push(`${y},${score > 0.5 ? 1 : 0},${score.toFixed(3)},${i % 4 < 2 ? "F" : "M"}`);
  }
  return `${rows.join("\n")}\n`;
}

const u = (i: number) => (i * 0.6180339887) % 1;
/** `n` rows: x uniform over [shift, shift + 100), c cycling a, b, c with `extraA` of every 24 rows an `a`. */
const driftCsv = (n: number, from: number, shift: number, extraA: number) =>
  `x,c\n${Array.from({ length: n }, (_, k) => {
    const i = k + from;
    return `${shift + u(i) * 100},${i % 24 < extraA ? "a" : ["a", "b", "c"][i % 3]}`;
  }).join("\n")}\n`;

/** A large (3,000 rows) and a small (300 rows) dataset, each compared with its reference by `drift`. */
function driftRepo(drift: string): string {
  return repo({
    "ref.csv": driftCsv(3000, 0, 0, 0),
    "cur.csv": driftCsv(3000, 7, 6, 4),
    "ref-small.csv": driftCsv(300, 0, 0, 0),
    "cur-small.csv": driftCsv(300, 7, 10, 4),
    "mlgate.yml":
      `version: 1\ndata:\n  - name: big\n    path: cur.csv\n    drift:\n      reference: ref.csv\n${drift}` +
      `  - name: small\n    path: cur-small.csv\n    drift:\n      reference: ref-small.csv\n${drift}`,
  });
}

/** A config as production must not ship it: a localhost endpoint, debug on, one replica. */
const SERVE = "name: serve\nendpoint: http://localhost:8080\ndebug: true\nreplicas: 1\n";

/** `n` paired predictions (id, y, score); the base is right on 90% of them, `flip` turns right into wrong. */
function pairedPredictions(n: number, flip: (i: number) => boolean): string {
  const lines = ["id,y,score"];
  for (let i = 0; i < n; i++) {
    const y = i % 2;
    const correct = (i % 10 !== 0) !== flip(i);
    lines.push(`id${i},${y},${correct === (y === 1) ? 0.8 : 0.2}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("a gate that can't be switched off by a typo (dist/index.js on a PR)", { timeout: 60_000 }, () => {
  it("a misspelt compare rule: exit 2, an error at its key with a did-you-mean, the configuration-error scorecard", async () => {
    const dir = repo(
      {
        "mlgate.yml": `version: 1
compare:
  metrics: [reports/metrics.json]
  rules:
    acuracy: { direction: higher, max_drop: 0.005 }
`,
        "reports/metrics.json": '{"accuracy": 0.96, "f1": 0.8}\n',
      },
      { "reports/metrics.json": '{"accuracy": 0.9, "f1": 0.8}\n' },
    );
    const r = await runAction(dir);
    expect(r.code).toBe(2);
    expect(r.outputs.passed).toBe("false");
    expect(annotations(r.stdout)).toEqual(["error mlgate.yml:5 names/metric"]);
    expect(r.stdout).toMatch(
      /^::error title=mlgate names\/metric,file=mlgate\.yml,line=5,endLine=5,col=5,endColumn=12::the rule "acuracy" names a metric that is not compared; did you mean "accuracy"\?%0AValid names here: accuracy, f1\.$/m,
    );
    expect(r.stdout).toContain("::error::mlgate.yml is invalid; see the errors above");
    expect(r.summary).toMatch(/^## ❌ mlgate configuration error\n/);
    expect(r.summary).toContain(
      '\n  - `mlgate.yml:5:5` `names/metric` the rule "acuracy" names a metric that is not compared; did you mean "accuracy"?',
    );
    // The comparison still ran and is shown, with nothing passed off as gated.
    expect(r.summary).toContain("\n| accuracy | 0.96 | 0.9 | -0.06 (-6.25%) | not gated |\n");
    expect(reportSchemaErrors(r.report)).toEqual([]);
    expect(r.report).toMatchObject({ status: "config-error", passed: false });
  });

  it("a misspelt rule on a PR whose sticky comment said passed: the comment becomes the configuration error, the check run fails", async () => {
    gh = await startFakeGitHub();
    const rules = (name: string) => `version: 1
compare:
  metrics: [reports/metrics.json]
  rules:
    ${name}: { direction: higher, max_drop: 0.005 }
`;
    const dir = repo(
      { "mlgate.yml": rules("accuracy"), "reports/metrics.json": '{"accuracy": 0.96, "f1": 0.8}\n' },
      { "reports/metrics.json": '{"accuracy": 0.958, "f1": 0.8}\n' },
    );
    const passed = await runAction(dir, {}, gh.url);
    expect(passed.code).toBe(0);
    const [comment] = gh.state.comments.get(7)!;
    expect(comment!.body).toMatch(/^## ✅ mlgate passed/);

    write(dir, { "mlgate.yml": rules("acuracy") });
    git(dir, ["commit", "-q", "-am", "a typo"]);
    const before = gh.state.requests.length;
    const r = await runAction(dir, {}, gh.url);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    expect(gh.state.requests.slice(before).map((q) => `${q.method} ${q.path.replace(/\?.*$/, "")}`)).toEqual([
      "POST /graphql",
      "GET /repos/acme/churn/issues/7/comments",
      `PATCH /repos/acme/churn/issues/comments/${comment!.id}`,
      "POST /repos/acme/churn/check-runs",
    ]);
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^## ❌ mlgate configuration error\n/);
    expect(comments[0]!.body).toContain(
      '`names/metric` the rule "acuracy" names a metric that is not compared; did you mean "accuracy"?',
    );
    const run = gh.state.checkRuns.at(-1)!;
    expect(run).toMatchObject({ conclusion: "failure", output: { title: "mlgate: configuration error" } });
    expect(run.output.annotations).toEqual([
      expect.objectContaining({ path: "mlgate.yml", start_line: 5, annotation_level: "failure" }),
    ]);
  });

  it("a misspelt prediction metric: exit 2 at its key, and the other predictions checks still ran", async () => {
    const dir = repo({
      "mlgate.yml": `version: 1
model:
  predictions:
    path: reports/predictions.csv
    task: binary
    label: y_true
    prediction: y_pred
    metrics: { roc_acu: { min: 0.8 }, accuracy: { max: 0.5 } }
    slices:
      - { by: sex, metric: recal, min: 0.5 }
`,
      "reports/predictions.csv": predictionsCsv(),
    });
    const r = await runAction(dir);
    expect(r.code).toBe(2);
    expect(r.outputs.passed).toBe("false");
    expect(annotations(r.stdout)).toEqual([
      "error mlgate.yml:8 names/prediction-metric",
      "error mlgate.yml:10 names/prediction-metric",
    ]);
    expect(r.stdout).toMatch(
      /^::error title=mlgate names\/prediction-metric,file=mlgate\.yml,line=8,endLine=8,col=16,endColumn=23::roc_acu is not a binary metric; did you mean "roc_auc"\?/m,
    );
    expect(r.stdout).toMatch(
      /^::error title=mlgate names\/prediction-metric,file=mlgate\.yml,line=10,endLine=10,col=28,endColumn=33::recal is not a binary metric; did you mean "recall"\?/m,
    );
    expect(r.summary).toMatch(/^## ❌ mlgate configuration error\n/);
    // accuracy is still judged (and fails): the typo switched nothing else off.
    expect(r.summary).toContain("\n| Model | ❌ failed | 200 predictions \\(binary\\) |\n");
    expect(r.summary).toContain("\n- ❌ **Model:** accuracy = 1, expected &lt;= 0.5\n");
    expect(checksOf(r.report, "model")).toContainEqual(
      expect.stringMatching(/ failed: accuracy = 1, expected <= 0\.5$/),
    );
  });

  it("a compared metric without a rule is not gated, and the header counts the gated ones", async () => {
    const dir = repo(
      {
        "mlgate.yml": `version: 1
compare:
  metrics: [reports/metrics.json]
  rules:
    accuracy: { direction: higher, max_drop: 0.1 }
`,
        "reports/metrics.json": '{"accuracy": 0.96, "f1": 0.8}\n',
      },
      { "reports/metrics.json": '{"accuracy": 0.95, "f1": 0.7}\n' },
    );
    const r = await runAction(dir);
    expect(r.code).toBe(0);
    expect(r.summary).toContain("\n**Comparison:** 1 of 2 compared metrics gated  \n");
    expect(r.summary).toContain("\n| accuracy ↑ | 0.96 | 0.95 | -0.01 (-1.042%) | passed |\n");
    // f1 fell 12.5% and no rule looked at it: the scorecard must not call that passed.
    expect(r.summary).toContain("\n| f1 | 0.8 | 0.7 | -0.1 (-12.5%) | not gated |\n");
    const comparisons = (r.report as { comparisons: { metric: string; status: string }[] }).comparisons;
    expect(comparisons.map((c) => `${c.metric} ${c.status}`)).toEqual(["accuracy passed", "f1 not gated"]);
  });

  it("drift thresholds per statistic under auto: each result says which statistic and bound applied", async () => {
    const r = await runAction(
      driftRepo("      thresholds: { psi: 0.1, js: 0.05, ks_p: 0.01, chi2_p: 0.15 }\n"),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("config/deprecated");
    expect(annotations(r.stdout)).toEqual([]);
    expect(r.summary).toContain(
      "\n- ❌ **Data:** c drift against ref.csv: Jensen-Shannon distance 0.0732 \\(auto: categorical, 3,000 values\\), beyond &lt;= 0.05\n",
    );
    expect(r.summary).toContain(
      "\n- ❌ **Data:** c drift against ref-small.csv: chi-square p-value 0.129 \\(χ² = 4.10; auto: categorical, 300 values\\), beyond p &gt;= 0.15\n",
    );
    expect(checksOf(r.report, "data")).toEqual([
      "data/big/c/drift failed: c drift against ref.csv: Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values), beyond <= 0.05",
      "data/big/x/drift passed: x drift against ref.csv: PSI 0.0835 (auto: numeric, 3,000 values), within <= 0.1",
      "data/small/c/drift failed: c drift against ref-small.csv: chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values), beyond p >= 0.15",
      "data/small/x/drift passed: x drift against ref-small.csv: KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values), within p >= 0.01",
    ]);
  });

  it("the old `method: auto, threshold:` form keeps its verdicts and is a config/deprecated warning at its line", async () => {
    const r = await runAction(driftRepo("      method: auto\n      threshold: 0.2\n"));
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "warning mlgate.yml:8 config/deprecated",
      "warning mlgate.yml:14 config/deprecated",
    ]);
    const message =
      "threshold with method auto means a p-value bound for ks/chi2 and a statistic bound for psi/js; write thresholds: { psi: 0.2, js: 0.2, ks_p: 0.2, chi2_p: 0.2 } to say which%0A";
    expect(r.stdout).toContain(
      `::warning title=mlgate config/deprecated,file=mlgate.yml,line=8,endLine=8,col=7,endColumn=16::${message}`,
    );
    expect(r.stdout).toContain(
      `::warning title=mlgate config/deprecated,file=mlgate.yml,line=14,endLine=14,col=7,endColumn=16::${message}`,
    );
    expect(checksOf(r.report, "data")).toEqual([
      "data/big/c/drift passed: c drift against ref.csv: Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values), within <= 0.2",
      "data/big/x/drift passed: x drift against ref.csv: PSI 0.0835 (auto: numeric, 3,000 values), within <= 0.2",
      "data/small/c/drift failed: c drift against ref-small.csv: chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values), beyond p >= 0.2",
      "data/small/x/drift failed: x drift against ref-small.csv: KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values), beyond p >= 0.2",
    ]);
  });

  it("lint files bound to environments with {env}: in a production run, only production's files get the overlay and env-leak", async () => {
    const dir = repo({
      "mlgate.yml": `version: 1
environments:
  production: { branches: [main] }
  dev: { default: true }
lint:
  targets:
    - files: "configs/{env}/**/*.yaml"
      schema: base.json
      environments: { production: { schema: prod.json } }
  rules: { env-leak: { markers: { production: [localhost] } } }
`,
      "base.json": JSON.stringify({
        type: "object",
        properties: { replicas: { type: "integer", "x-mlgate-env": { production: { minimum: 2 } } } },
      }),
      "prod.json": JSON.stringify({ properties: { debug: { const: false } } }),
      "configs/dev/serve.yaml": SERVE,
      "configs/dev/batch/job.yaml": "replicas: many\n",
      "configs/production/serve.yaml": SERVE,
    });
    const r = await runAction(dir, { environment: "production" });
    expect(r.code).toBe(1);
    expect(r.outputs.environment).toBe("production");
    expect(annotations(r.stdout)).toEqual([
      // A dev file is still validated, against the base schema only.
      "error configs/dev/batch/job.yaml:1 schema/type",
      "error configs/production/serve.yaml:2 env-leak",
      "error configs/production/serve.yaml:3 schema/const",
      "error configs/production/serve.yaml:4 schema/minimum",
    ]);
    expect(r.stdout).toMatch(
      /^::error title=mlgate schema\/type,file=configs\/dev\/batch\/job\.yaml,.*Schema: base\.json \(base only: the file belongs to dev\)\.$/m,
    );
    expect(r.stdout).toMatch(
      /^::error title=mlgate env-leak,file=configs\/production\/serve\.yaml,line=2,.*::endpoint mentions "localhost", which must not appear in production configs/m,
    );
    expect(r.stdout).toMatch(
      /^::error title=mlgate schema\/const,file=configs\/production\/serve\.yaml,line=3,.*%0ASchema: production overlay prod\.json\.$/m,
    );
    expect(r.summary).not.toContain("configs/dev/serve.yaml");
  });

  it("a duplicate key and an unknown key in a linted YAML file: both annotated, the duplicate named with both lines", async () => {
    const dir = repo({
      "mlgate.yml": 'version: 1\nlint:\n  targets: [{ files: "configs/*.yaml", schema: schema.json }]\n',
      "schema.json": JSON.stringify({
        type: "object",
        additionalProperties: false,
        properties: { name: { type: "string" }, replicas: { type: "integer", maximum: 2 } },
      }),
      "configs/deploy.yaml": "name: scoring\n\nreplicas: 0\nreplicas: 3\nextra: 1\n",
    });
    const r = await runAction(dir);
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "error configs/deploy.yaml:4 yaml/duplicate-key",
      "error configs/deploy.yaml:4 schema/maximum",
      "error configs/deploy.yaml:5 schema/unknown-key",
    ]);
    expect(r.stdout).toMatch(
      /^::error title=mlgate yaml\/duplicate-key,file=configs\/deploy\.yaml,line=4,endLine=4,col=1,endColumn=9::duplicate key "replicas" \(first at line 3\); the last value is used, as YAML 1\.2 loaders do$/m,
    );
    expect(r.stdout).toMatch(
      /^::error title=mlgate schema\/unknown-key,file=configs\/deploy\.yaml,line=5,endLine=5,col=1,endColumn=6::unknown key "extra" in the file/m,
    );
    expect(r.summary).toContain(
      '\n  - `configs/deploy.yaml:4:1` `yaml/duplicate-key` duplicate key "replicas" \\(first at line 3\\); the last value is used, as YAML 1.2 loaders do\n',
    );
    expect(r.summary).toContain(
      '\n  - `configs/deploy.yaml:5:1` `schema/unknown-key` unknown key "extra" in the file',
    );
  });

  it("a significance test on 300 pairs says what it can see, and warns when max_drop is below it", async () => {
    // The base is right on 270 of 300; head breaks 5 and fixes 3 (8 discordant pairs).
    const broken = new Set([1, 2, 3, 4, 5, 0, 10, 20]);
    const config = (maxDrop: number) => `version: 1
model:
  predictions: { path: p.csv, task: binary, label: y, score: score }
compare:
  metrics: [m.json]
  rules:
    accuracy: { direction: higher, max_drop: ${maxDrop} }
  significance: { predictions: p.csv, id: id }
`;
    const dir = repo(
      {
        "mlgate.yml": config(0.01),
        "p.csv": pairedPredictions(300, () => false),
        "m.json": '{"accuracy": 0.9}',
      },
      { "p.csv": pairedPredictions(300, (i) => broken.has(i)), "m.json": '{"accuracy": 0.8933}' },
    );
    const can =
      "- accuracy: this gate can see drops of 0.033 \\(3.7%\\) or more, with 80% power at 98% confidence on 300 pairs\n";
    const r = await runAction(dir);
    // A warning is not a failure under the default fail_on: error.
    expect(r.code).toBe(0);
    expect(r.summary).toContain(`\n${can}`);
    expect(r.summary).toContain(
      "\n- ⚠️ **Baseline comparison:** accuracy: max\\_drop 0.01 is below the smallest drop this comparison can detect, 0.033 \\(80% power at 98% confidence, 300 pairs\\)\n",
    );
    expect(annotations(r.stdout)).toEqual([
      expect.stringMatching(/^warning mlgate\.yml:\d+ compare\/undetectable-tolerance$/),
    ]);
    expect(r.stdout).toMatch(
      /^::warning title=mlgate compare\/undetectable-tolerance,file=mlgate\.yml,.*::accuracy: the gate cannot keep its promise at 300 pairs: .*%0AEvaluate on about 3,400 examples \(as noisy as these\), or set max_drop to 0\.034 or more\.$/m,
    );

    // A tolerance the comparison can see: the same statement, no warning.
    write(dir, { "mlgate.yml": config(0.05) });
    git(dir, ["commit", "-q", "-am", "a tolerance 300 pairs can see"]);
    const seen = await runAction(dir);
    expect(seen.code).toBe(0);
    expect(seen.summary).toContain(`\n${can}`);
    expect(seen.stdout).not.toContain("compare/undetectable-tolerance");
    expect(annotations(seen.stdout)).toEqual([]);
  });
});
