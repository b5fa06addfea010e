import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportSchemaErrors } from "../helpers/report-schema.js";
import { ROOT, runNode, tempDir } from "../helpers/run-node.js";

const CLI = "dist/cli.js";
const EXAMPLE = "examples/churn-model";

function repoWith(config: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "mlgate.yml"), config);
  return dir;
}

describe("mlgate CLI (dist/cli.js)", () => {
  it("checks the bundled example and exits by the gate", async () => {
    const dev = await runNode(CLI, ["check", "--dir", EXAMPLE, "--env", "dev"]);
    // Progress notes and config warnings go to stderr, so stdout stays the report. The example
    // writes drift thresholds per statistic, so nothing is deprecated.
    expect(dev.stderr).toBe(
      'mlgate: running test suite "feature unit tests" (timeout 2m): node tests/features.test.mjs\n' +
        `mlgate: test suite "feature unit tests" exited with 0 after ${/after (\d+\.\d) s/.exec(dev.stderr)?.[1]} s\n`,
    );
    expect(dev.stdout).toContain("environment  dev: --env / environment input");
    expect(dev.stdout).toMatch(/Config lint\s+passed/);
    expect(dev.stdout).toMatch(/Data\s+passed\s+1 dataset, 400 rows/);
    expect(dev.stdout).toMatch(/Model\s+passed\s+6 metrics from 1 file, 300 predictions \(binary\)/);
    // Warnings: 300 pairs cannot see the 1-point max_drop (compare/undetectable-tolerance).
    expect(dev.stdout).toMatch(
      /Baseline comparison\s+warnings\s+6 metrics: 0 regressed, 0 improved; 2 params changed/,
    );
    expect(dev.stdout).toMatch(
      /accuracy ↑\s+0\.9567\s+0\.93\s+-0\.0267 \(-2\.791%\)\s+p = 0\.2005 \(McNemar exact\)\s+passed/,
    );
    expect(dev.stdout).toMatch(/Test suites\s+passed\s+1 suite/);
    expect(dev.code).toBe(0);
    // Production also requires an ML Test Score of 2.
    const prod = await runNode(CLI, ["check", "--dir", EXAMPLE, "--env", "production"]);
    expect(prod.stdout).toContain("ML Test Score 1.5 is below the required 2");
    expect(prod.code).toBe(1);
  });

  it("prints a JSON report that matches schemas/report.schema.json", async () => {
    const r = await runNode(CLI, ["check", "--dir", EXAMPLE, "--env", "dev", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.sections.map((s: { id: string }) => s.id)).toEqual([
      "lint",
      "data",
      "model",
      "tests",
      "compare",
    ]);
  });

  it("runs only the stages of the command", async () => {
    const r = await runNode(CLI, ["lint", "--dir", EXAMPLE, "-f", "json"]);
    expect(JSON.parse(r.stdout).sections.map((s: { id: string }) => s.id)).toEqual(["lint"]);
  });

  it("writes --output and still prints the scorecard", async () => {
    const out = path.join(tempDir(), "report.md");
    const r = await runNode(CLI, [
      "check",
      "--dir",
      EXAMPLE,
      "--env",
      "dev",
      "--format",
      "markdown",
      "--output",
      out,
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^## ✅ mlgate passed/);
    expect(r.stdout).toContain("ML Test Score");
  });

  it("exits 2 with what to do when --output cannot be written, not an internal error", async () => {
    const dir = tempDir();
    for (const [out, says] of [
      [path.join(dir, "no-such-folder", "report.json"), "its folder does not exist"],
      [dir, "it is a folder"],
    ] as const) {
      const r = await runNode(CLI, ["lint", "--dir", EXAMPLE, "--env", "dev", "-f", "json", "--output", out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain(`mlgate: cannot write the report to ${out}: ${says}`);
      expect(r.stderr).not.toContain("internal error");
      // Nothing is lost: the scorecard is still printed.
      expect(r.stdout).toContain("Config lint");
    }
  });

  it.each([
    ["bad YAML", "version: 1\ngates: { fail_on: error\n", /^mlgate\.yml:3:1 error yaml\/parse /m],
    [
      "unknown key",
      "version: 1\ngates:\n  fail_onn: error\n",
      /^mlgate\.yml:3:3 error schema\/unknown-key unknown key "fail_onn" in gates; did you mean "fail_on"\?$/m,
    ],
    [
      "wrong type",
      "version: 1\nmodel:\n  thresholds:\n    accuracy: { min: high }\n",
      /^mlgate\.yml:4:22 error schema\/type model\.thresholds\.accuracy\.min must be a number \(got the string "high"\)$/m,
    ],
    [
      "missing required key",
      "version: 1\ndata:\n  - name: train\n",
      /^mlgate\.yml:3:5 error schema\/required data\[0\] is missing the required key "path"$/m,
    ],
    ["duplicate key", "version: 1\nversion: 1\n", /^mlgate\.yml:2:1 error yaml\/duplicate-key /m],
    // minLength runs an ajv runtime helper that the bundle must carry (ahead-of-time compiled validator).
    [
      "empty name",
      'version: 1\ndata:\n  - name: ""\n    path: x.csv\n',
      /^mlgate\.yml:3:11 error schema\/min-length data\[0\]\.name must NOT have fewer than 1 characters$/m,
    ],
  ])("exits 2 on a config with a %s, at the right line and column", async (_, config, message) => {
    const r = await runNode(CLI, ["check", "--dir", repoWith(config)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("writes a configuration-error report to --output in every format, and still exits 2", async () => {
    const dir = repoWith("version: 1\ngates:\n  fail_onn: error\ndata:\n  - name: train\n");
    const out = path.join(tempDir(), "report.json");
    const r = await runNode(CLI, ["check", "--dir", dir, "--format", "json", "--output", out]);
    expect(r.code).toBe(2);
    // stderr already listed the errors; the terminal gets nothing twice.
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^mlgate\.yml:3:3 error schema\/unknown-key /m);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report).toMatchObject({
      status: "config-error",
      passed: false,
      environment: { name: "unknown", source: "unresolved" },
      gate: { reasons: ["configuration error: mlgate.yml is invalid (2 errors); nothing was checked"] },
    });
    expect(report.sections).toHaveLength(1);
    expect(report.sections[0]).toMatchObject({ id: "config", status: "failed" });
    expect(
      report.sections[0].checks[0].diagnostics.map(
        (d: { code: string; line: number; column: number }) => `${d.line}:${d.column} ${d.code}`,
      ),
    ).toEqual(["3:3 schema/unknown-key", "5:5 schema/required"]);

    const md = await runNode(CLI, ["check", "--dir", dir, "--env", "production", "--format", "markdown"]);
    expect(md.code).toBe(2);
    expect(md.stdout).toMatch(/^## ❌ mlgate configuration error\n/);
    expect(md.stdout).toContain("**Environment:** production: --env / environment input");
    expect(md.stdout).toContain("- `mlgate.yml:3:3` `schema/unknown-key` unknown key");
    expect(md.stdout).toContain("- `mlgate.yml:5:5` `schema/required` data\\[0\\] is missing");

    const sarif = JSON.parse((await runNode(CLI, ["check", "--dir", dir, "--format", "sarif"])).stdout);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      "schema/unknown-key",
      "schema/required",
    ]);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({
      startLine: 3,
      startColumn: 3,
    });
    const github = await runNode(CLI, ["check", "--dir", dir, "--format", "github"]);
    expect(github.stdout).toMatch(/^::error file=mlgate\.yml,line=3,col=3,.*::unknown key "fail_onn"/m);
    expect(github.stdout).toContain("mlgate configuration error (environment unknown, fail_on: error)");
    const txt = path.join(tempDir(), "report.txt");
    expect((await runNode(CLI, ["check", "--dir", dir, "--output", txt])).code).toBe(2);
    expect(readFileSync(txt, "utf8")).toContain(
      '      mlgate.yml:3:3 error schema/unknown-key unknown key "fail_onn" in gates',
    );
  });

  it("finds the config with --config relative to --dir (the working directory without --dir)", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "gate.yml"), "version: 1\n");
    expect((await runNode(CLI, ["check", "--config", "gate.yml"], { cwd: dir })).code).toBe(0);
    const elsewhere = await runNode(CLI, ["check", "--dir", dir, "--config", "gate.yml"], { cwd: tempDir() });
    expect(elsewhere.stderr).toBe("");
    expect(elsewhere.code).toBe(0);
  });

  it.each([
    [["check", "--frmat", "json"], /^mlgate: unknown option --frmat \(did you mean --format\?\)/],
    [["check", "--format", "xml"], /^mlgate: unknown format "xml"; expected one of terminal, markdown, json/],
    [["chek"], /^mlgate: unknown command "chek" \(did you mean "check"\?\)/],
    [[], /^mlgate: missing command/],
    [["check", "--env"], /^mlgate: option --env needs a value/],
    [["check", "extra"], /^mlgate: unexpected argument "extra"/],
    [
      ["check", "--env", "prodution", "--dir", EXAMPLE],
      /^mlgate: unknown environment "prodution"; .*did you mean "production"/,
    ],
    [
      ["check", "--dir", "/nonexistent-mlgate-dir"],
      /^mlgate: --dir \/nonexistent-mlgate-dir: no such folder/,
    ],
    [
      ["check", "--dir", EXAMPLE, "--config", "../../package.json"],
      /^mlgate: --config \.\.\/\.\.\/package\.json must be inside --dir/,
    ],
  ])("usage error %j exits 2 with one line", async (args, message) => {
    const r = await runNode(CLI, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints --help and --version", async () => {
    const help = await runNode(CLI, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: mlgate <command> [options]");
    const version = await runNode(CLI, ["--version"]);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it("reports an invalid UTF-8 config plainly", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "mlgate.yml"), Buffer.from([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const r = await runNode(CLI, ["check", "--dir", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mlgate: cannot read the config: mlgate.yml is not valid UTF-8 text\n");
  });
});

describe("mlgate lint (dist/cli.js): the seed story", () => {
  const LEAK = "examples/backtest-leak";

  it("fails a production scoring config that reads the backtest bucket, and passes it for dev", async () => {
    const prod = await runNode(CLI, ["lint", "--dir", LEAK, "--env", "production"]);
    expect(prod.code).toBe(1);
    expect(prod.stdout).toContain(
      'configs/batch-scoring.yaml:7:11 error env-leak data.source mentions "backtest"',
    );
    expect(prod.stdout).toContain(
      'configs/batch-scoring.yaml:7:11 error schema/pattern data.source must read from the production bucket s3://acme-ml-prod/ (got "s3://acme-ml-backtest/customers/2024-12/")',
    );
    const dev = await runNode(CLI, ["lint", "--dir", LEAK, "--env", "dev"]);
    expect(dev.code).toBe(0);
    expect(dev.stdout).toMatch(/Config lint\s+passed/);
  });

  it("writes SARIF and GitHub annotations", async () => {
    const sarif = await runNode(CLI, ["lint", "--dir", LEAK, "--env", "production", "--format", "sarif"]);
    expect(JSON.parse(sarif.stdout).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "env-leak",
      "schema/pattern",
    ]);
    const gh = await runNode(CLI, ["lint", "--dir", LEAK, "--env", "production", "-f", "github"], {
      env: { GITHUB_WORKSPACE: ROOT },
    });
    expect(gh.stdout).toMatch(
      /^::error file=examples\/backtest-leak\/configs\/batch-scoring\.yaml,line=7,col=11,/m,
    );
  });

  it("lints only the files named on the command line", async () => {
    const r = await runNode(
      CLI,
      ["lint", "configs/batch-scoring.yaml", "--env", "production", "-f", "json"],
      { cwd: path.join(ROOT, LEAK) },
    );
    const report = JSON.parse(r.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.sections[0].summary).toBe("1 file: 0 clean, 1 with findings");
    const outside = await runNode(CLI, ["lint", "../../package.json"], { cwd: path.join(ROOT, LEAK) });
    expect(outside.code).toBe(2);
  });
});

describe("mlgate lint on a generated corpus (dist/cli.js)", () => {
  it("reports the same with 1 or 2 threads and with the fast path off", async () => {
    const dir = tempDir("mlgate-corpus-");
    await runNode("bench/lint/generate.mjs", [dir, "400"]);
    const lint = async (env: Record<string, string>) => {
      const out = path.join(dir, `report-${Object.values(env).join("-") || "default"}.json`);
      const r = await runNode(
        CLI,
        ["lint", "--dir", dir, "--env", "production", "-f", "json", "-o", out],
        { env },
        60_000,
      );
      expect(r.code).toBe(1);
      return readFileSync(out, "utf8");
    };
    const one = await lint({ MLGATE_THREADS: "1" });
    const report = JSON.parse(one);
    expect(reportSchemaErrors(report)).toEqual([]);
    // 40 of the 400 files are broken in one of four ways; the backtest source (10 files) breaks two
    // checks at once (env-leak and the production overlay), so 50 findings.
    const found = report.sections[0].checks.flatMap((c: { diagnostics: { code: string }[] }) =>
      c.diagnostics.map((d) => d.code),
    );
    expect(found).toHaveLength(50);
    // `mlgate lint` starts its worker before the CLI loads (src/cli/index.ts); `check` starts it in the stage.
    expect(await lint({ MLGATE_THREADS: "2" })).toBe(one);
    expect(await lint({ MLGATE_THREADS: "1", MLGATE_FAST_PATH: "0" })).toBe(one);
    const check = await runNode(
      CLI,
      ["check", "--dir", dir, "--env", "production", "-f", "json"],
      { env: { MLGATE_THREADS: "2" } },
      60_000,
    );
    expect(JSON.parse(check.stdout).sections[0]).toEqual(report.sections[0]);
  }, 120_000);
});

describe("mlgate test (dist/cli.js): a pull request with bad training data", () => {
  it("fails and names each bad row", async () => {
    const r = await runNode(CLI, ["test", "--dir", "examples/bad-data-pr"]);
    expect(r.code).toBe(1);
    for (const line of [
      'data/train.csv:4:1 error data/range row 3, age: "-4" is outside >= 18 and <= 100',
      'data/train.csv:6:1 error data/allowed row 5, plan: "enterprise" is not an allowed value',
      'data/train.csv:9:1 error data/duplicate row 8, customer_id: "C000007" appeared before',
      "data/train.csv:11:1 error data/missing row 10, monthly_charges: missing",
      'data/train.csv:12:1 error data/type row 11, signup_date: "2024-02-30" is not of type date',
    ]) {
      expect(r.stdout).toContain(line);
    }
  });
});

describe("mlgate test (dist/cli.js): a retrained model whose average passes while a slice fails", () => {
  it("fails on the east region, shows the slice and fairness tables, passes the averages", async () => {
    const r = await runNode(CLI, ["test", "--dir", "examples/slice-regression", "-f", "json"]);
    expect(r.code).toBe(1);
    const model = JSON.parse(r.stdout).sections.find((s: { id: string }) => s.id === "model");
    const status = Object.fromEntries(
      model.checks.map((c: { id: string; status: string }) => [c.id, c.status]),
    );
    expect(status).toEqual({
      "model/predictions/accuracy": "passed",
      "model/predictions/f1": "passed",
      "model/predictions/roc_auc": "passed",
      "model/slice/region/recall": "failed",
      "model/fairness/region/equal_opportunity_difference": "failed",
    });
    const text = await runNode(CLI, ["test", "--dir", "examples/slice-regression"]);
    expect(text.stdout).toContain("✖ Model: recall by region: region=east (0.3333) outside >= 0.5");
    expect(text.stdout).toMatch(/region\s+rows\s+recall\s+status\n\s+east\s+76\s+0\.3333\s+failed/);
  });
});

describe("mlgate test (dist/cli.js): a large CSV read on several threads", () => {
  it("gives the same report on 1 and 2 threads, and falls back to one pass when a split lands in a quoted field", async () => {
    const dir = tempDir();
    const write = (name: string, quotedNewlines: boolean) => {
      const rows = ["id,age,city,note"];
      for (let i = 0; i < 420_000; i++) {
        const age = i % 997 === 0 ? "" : i % 1009 === 0 ? "-5" : String(18 + (i % 70));
        const note =
          quotedNewlines && i % 3 === 0
            ? `"line one\nline two, ${i}"`
            : `note number ${i} with some padding text to make the file large enough to split`;
        rows.push(`${i % 400_000},${age},${["north", "south", "xx"][i % 3]},${note}`);
        if (i === 200_001) rows.push("ragged,row");
      }
      writeFileSync(path.join(dir, name), `${rows.join("\n")}\n`);
    };
    write("plain.csv", false);
    write("quoted.csv", true);
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1
data:
  - name: plain
    path: plain.csv
    columns:
      id: { unique: true }
      age: { type: integer, min: 0, missing: { max: 0 } }
      city: { allowed: [north, south] }
  - name: quoted
    path: quoted.csv
    columns:
      age: { min: 0 }
`,
    );
    const run = (threads: string) =>
      runNode(
        CLI,
        ["test", "--dir", dir, "--env", "dev", "-f", "json"],
        { env: { MLGATE_THREADS: threads } },
        60_000,
      );
    const one = await run("1");
    const two = await run("2");
    expect(one.code).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    // The plain file went through two threads; the quoted one fell back to one pass.
    expect(two.stderr).toContain("mlgate: plain.csv: read in 2 parts on 2 threads");
    expect(two.stderr).not.toContain("quoted.csv: read in");
    const report = JSON.parse(one.stdout);
    const checks = Object.fromEntries(
      report.sections[0].checks.map((c: { id: string; observed?: string }) => [c.id, c.observed]),
    );
    expect(checks["data/plain/id/unique"]).toBe("20000 rows (4.76%)");
  }, 120_000);
});
