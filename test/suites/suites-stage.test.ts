import { copyFileSync, existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { buildReport } from "../../src/engine/build-report.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { location } from "../../src/render/common.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import type { Section } from "../../src/report/types.js";
import { runTests } from "../../src/suites/suites-stage.js";
import { tempDir } from "../helpers/run-node.js";

const NODE = JSON.stringify(process.execPath);
const JUNIT = path.join(import.meta.dirname, "../fixtures/junit");

/** Run the tests stage in a temp repo with the `tests:` block `yaml`. */
async function run(
  yaml: string,
  setup?: (dir: string) => void,
): Promise<{ section: Section; notes: string[]; dir: string }> {
  const dir = tempDir("mlgate-tests-");
  setup?.(dir);
  const { config, diagnostics } = parseConfig(`version: 1\ntests:\n${yaml}`, "mlgate.yml");
  if (!config) throw new Error(JSON.stringify(diagnostics));
  const notes: string[] = [];
  const section = await runTests({
    config,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
    progress: { start: () => ({ update() {}, end() {} }), note: (t) => notes.push(t) },
  });
  return { section, notes, dir };
}

/** A command that copies a JUnit fixture to `to` and exits with `code`. */
const copyJunit = (fixture: string, to: string, code = 0) =>
  `${NODE} -e "require('fs').mkdirSync('reports',{recursive:true});require('fs').copyFileSync(process.argv[1],'${to}');console.log('ran');process.exit(${code})" ${JSON.stringify(path.join(JUNIT, fixture))}`;

describe("tests: the team's own suites", () => {
  it("passes a suite whose command exits 0 and whose report has no failure", async () => {
    const write = `${NODE} -e "require('fs').writeFileSync('ok.xml', '<testsuite name=s><testcase name=a/><testcase name=b><skipped/></testcase></testsuite>'.replace(/=(\\w+)/g, '=\\'$1\\''))"`;
    const { section, notes } = await run(`  - name: serving
    run: ${JSON.stringify(write)}
    junit: ok.xml
    category: infrastructure
`);
    expect(section.checks[0]).toMatchObject({
      id: "tests/infrastructure/serving",
      status: "passed",
      message: expect.stringMatching(/^serving: 1 passed, 1 skipped \(\d+\.\d s\)$/),
      rubric: ["infrastructure.3"],
    });
    expect(section.checks[0]!.details).toBeUndefined();
    expect(section.summary).toBe("1 suite");
    expect(notes[0]).toMatch(/^running test suite "serving" \(timeout 30m\): /);
    expect(notes[1]).toMatch(/^test suite "serving" exited with 0 after \d+\.\d s$/);
  });

  it("fails a suite whose command exits 0 but whose report has an error (Surefire)", async () => {
    const { section } = await run(`  - name: java
    run: ${JSON.stringify(copyJunit("surefire.xml", "reports/TEST-x.xml"))}
    junit: reports/TEST-x.xml
`);
    expect(section.checks[0]).toMatchObject({
      status: "failed",
      message: "java: 3 passed (1 after a rerun), 1 error",
      rubric: ["infrastructure.2"],
    });
  });

  it("reads pytest failures with file and line, and counts exit code and cases together", async () => {
    const { section } = await run(
      `  - name: data unit tests
    run: ${JSON.stringify(copyJunit("pytest-xunit1.xml", "reports/junit.xml", 1))}
    junit: reports/junit.xml
    category: data
`,
      (dir) => {
        mkdirSync(path.join(dir, "tests"));
        copyFileSync(path.join(JUNIT, "test_features.py.txt"), path.join(dir, "tests/test_features.py"));
      },
    );
    const c = section.checks[0]!;
    expect(c).toMatchObject({
      id: "tests/data/data unit tests",
      status: "failed",
      message: "data unit tests: 3 passed, 2 failed, 1 error, 1 skipped; the command exited with 1",
      rubric: ["data.7"],
    });
    expect(c.diagnostics.map((d) => `${location(d)} ${d.code} ${d.message.split("\n")[0]}`)).toEqual([
      "tests/test_features.py:9:1 tests/failure tests.test_features.test_scale_negative_age failed: AssertionError: negative age <not> rejected & scaled",
      "tests/test_features.py:17:1 tests/failure tests.test_features.test_one_hot_error failed: RuntimeError: encoder not fitted",
      'tests/test_features.py:28:1 tests/error tests.test_features.test_reads_store errored: failed on setup with "ConnectionError: feature store unreachable"',
    ]);
    expect(c.details).toBe("ran");
    expect(section.tables![0]!.title).toBe("data unit tests: failing tests");
    expect(section.status).toBe("failed");
  });

  it("fails a suite whose cases pass but whose command fails, and shows the output's tail", async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join("\\n");
    const { section } = await run(`  - name: lint models
    run: ${JSON.stringify(`${NODE} -e "console.log('${lines}'); console.error('boom: @octocat <b>'); process.exit(3)"`)}
`);
    const c = section.checks[0]!;
    expect(c.status).toBe("failed");
    expect(c.message).toBe("lint models: the command exited with 3");
    const tail = c.details!.split("\n");
    expect(tail).toHaveLength(30);
    expect(tail.at(-1)).toBe("boom: @octocat <b>");
    // In markdown the output sits in a code block: no mention, no HTML.
    const md = renderMarkdown(
      buildReport({ environment: { name: "dev", source: "flag" }, sections: [section] }, { failOn: "error" }),
    );
    expect(md).toContain("  ```text\n");
    expect(md).toContain("  boom: @octocat <b>\n  ```");
  });

  it("kills a hung suite and its children at the timeout", async () => {
    const { section } = await run(`  - name: hangs
    run: ${JSON.stringify(`echo started; ${NODE} -e "setInterval(() => {}, 1000)" & ${NODE} -e "setInterval(() => {}, 1000)"`)}
    timeout: 1s
`);
    // No clock here: the commands run forever, so only the kill ends them before the test's timeout.
    // "started" comes from the shell's echo, not from node: under load node may not start within 1 s.
    expect(section.checks[0]).toMatchObject({
      status: "failed",
      message: "hangs: killed after the 1s timeout",
    });
    expect(section.checks[0]!.details).toContain("started");
  }, 30_000);

  it("ends what a suite started in the background when the suite exits", async () => {
    const { section, dir } = await run(`  - name: leaves a writer behind
    run: "(sleep 5 && touch late) & echo started"
`);
    expect(section.checks[0]).toMatchObject({ status: "passed" });
    // A bound, not a timing assertion: the writer would have touched the file 5 s after it started.
    const late = path.join(dir, "late");
    for (const stop = Date.now() + 6000; Date.now() < stop; ) {
      expect(existsSync(late)).toBe(false);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(existsSync(late)).toBe(false);
  }, 30_000);

  it("a missing report, a stale report, a broken report and a path outside the repo are findings", async () => {
    const { section } = await run(
      `  - name: no report
    run: ${JSON.stringify(`${NODE} -e "0"`)}
    junit: reports/none.xml
  - name: stale
    run: ${JSON.stringify(`${NODE} -e "0"`)}
    junit: reports/old.xml
  - name: broken
    run: ${JSON.stringify(`${NODE} -e "require('fs').writeFileSync('bad.xml', '<testsuite>\\n<testcase></testsuite>')"`)}
    junit: bad.xml
  - name: outside
    run: ${JSON.stringify(`${NODE} -e "0"`)}
    junit: ../x.xml
`,
      (dir) => {
        mkdirSync(path.join(dir, "reports"));
        writeFileSync(path.join(dir, "reports/old.xml"), "<testsuite/>");
        utimesSync(path.join(dir, "reports/old.xml"), new Date(2020, 1, 1), new Date(2020, 1, 1));
      },
    );
    expect(section.checks.map((c) => `${c.status}: ${c.message}`)).toEqual([
      "error: no report: the command did not write reports/none.xml",
      "error: stale: reports/old.xml was not rewritten by this run (it is from an earlier one)",
      "error: broken: bad.xml is not valid XML: expected </testcase>, found </testsuite>",
      "error: outside: the junit path ../x.xml is outside the repository",
    ]);
    expect(location(section.checks[2]!.diagnostics[0]!)).toBe("bad.xml:2:11");
  });

  it("passes the environment through and adds the suite's variables", async () => {
    process.env.MLGATE_TEST_INHERITED = "from-parent";
    const { section } = await run(`  - name: env
    run: ${JSON.stringify(`${NODE} -e "process.exit(process.env.MLGATE_TEST_INHERITED === 'from-parent' && process.env.SUITE_VAR === 'x y' ? 0 : 5)"`)}
    env: { SUITE_VAR: "x y" }
`);
    delete process.env.MLGATE_TEST_INHERITED;
    expect(section.checks[0]).toMatchObject({
      status: "passed",
      message: expect.stringMatching(/^env: exited with 0 \(\d+\.\d s\)$/),
    });
  });

  it("a command that does not exist fails with the shell's message", async () => {
    const { section } = await run("  - name: missing tool\n    run: no-such-command-mlgate --flag\n");
    expect(section.checks[0]!.status).toBe("failed");
    expect(section.checks[0]!.message).toBe("missing tool: the command exited with 127");
    expect(section.checks[0]!.details).toMatch(/no-such-command-mlgate: (command )?not found/);
  });
});
