/**
 * Hostile configs and repositories, through the bundled CLI: catastrophic schema patterns, config
 * files with many keys (YAML through the full parser, JSON, TOML), paths that leave the
 * repository, a suite that leaves a writer behind, temp folders. Each run must end (bounded by
 * the test runner's timeout, no timing assertion) with the right verdict.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/run-node.js";
import { checkOf, mlgate, repo } from "./helpers.js";

/** mlgate.yml linting `file` against schema.json. */
const lintConfig = (file: string) =>
  `version: 1\nlint:\n  max_file_size: 100MB\n  targets:\n    - files: ${file}\n      schema: schema.json\n`;

/** The codes and lines of a lint report's findings for `file`. */
async function lintFindings(dir: string, file: string) {
  const r = await mlgate(dir, "lint");
  const check = checkOf(r.report, `lint/${file}`);
  return {
    code: r.code,
    stderr: r.stderr,
    found: check.diagnostics.map((d) => [d.code, (d as { line?: number }).line]),
  };
}

describe("hostile configs (dist/cli.js)", () => {
  it("a catastrophic schema pattern, (a+)+$, on a 30-character value: ends, and the value fails", async () => {
    const dir = repo({
      "c.yaml": `name: ${"a".repeat(29)}!\nok: aaa\n`,
      "schema.json": JSON.stringify({
        properties: { name: { pattern: "(a+)+$" }, ok: { pattern: "(a+)+$" } },
      }),
      "mlgate.yml": lintConfig("c.yaml"),
    });
    expect(await lintFindings(dir, "c.yaml")).toMatchObject({ code: 1, found: [["schema/pattern", 1]] });
  });

  // 10,000 keys each: the shapes that were quadratic (a duplicate-key check comparing every pair).
  const KEYS = 10_000;
  const many = (line: (i: number) => string) => Array.from({ length: KEYS }, (_, i) => line(i)).join("");

  it("a large YAML file with `---` and an anchor (the full parser): its one duplicate key found", async () => {
    const dir = repo({
      "c.yaml": `---\nfirst: &a 1\n${many((i) => `key_${i}: ${i}\n`)}first: *a\n`,
      "schema.json": '{"type": "object"}',
      "mlgate.yml": lintConfig("c.yaml"),
    });
    expect(await lintFindings(dir, "c.yaml")).toMatchObject({
      code: 1,
      found: [["yaml/duplicate-key", KEYS + 3]],
    });
  });

  it("a YAML file through the full parser with a finding at every one of 40,000 keys: each at its line", async () => {
    // Each finding is located by key: a scan of the map per finding was quadratic (40k keys: 54 s).
    const keys = 40_000;
    const dir = repo({
      "c.yaml": `---\n${Array.from({ length: keys }, (_, i) => `key_${i}: ${i}\n`).join("")}`,
      "schema.json": '{"type": "object", "additionalProperties": false}',
      "mlgate.yml": lintConfig("c.yaml"),
    });
    const { code, found } = await lintFindings(dir, "c.yaml");
    expect(code).toBe(1);
    expect(found).toHaveLength(keys);
    expect(found[keys - 1]).toEqual(["schema/unknown-key", keys + 1]);
  });

  it("a large JSON file: its one duplicate key found", async () => {
    const dir = repo({
      "c.json": `{"first": 1,\n${many((i) => `"key_${i}": ${i},\n`)}"first": 2}\n`,
      "schema.json": '{"type": "object"}',
      "mlgate.yml": lintConfig("c.json"),
    });
    expect(await lintFindings(dir, "c.json")).toMatchObject({
      code: 1,
      found: [["json/duplicate-key", KEYS + 2]],
    });
  });

  it("a large TOML file: clean when valid, its duplicate key a parse error at its line", async () => {
    const dir = repo({
      "c.toml": `first = 1\n${many((i) => `key_${i} = ${i}\n`)}`,
      "schema.json": '{"type": "object", "properties": {"first": {"maximum": 0}}}',
      "mlgate.yml": lintConfig("c.toml"),
    });
    expect(await lintFindings(dir, "c.toml")).toMatchObject({ code: 1, found: [["schema/maximum", 1]] });
    const dup = repo({
      "c.toml": `first = 1\n${many((i) => `key_${i} = ${i}\n`)}first = 2\n`,
      "schema.json": '{"type": "object"}',
      "mlgate.yml": lintConfig("c.toml"),
    });
    expect(await lintFindings(dup, "c.toml")).toMatchObject({ code: 1, found: [["toml/parse", KEYS + 2]] });
  });

  it("an absolute glob /** and path: /etc/passwd are refused at load (exit 2), nothing outside listed", async () => {
    const dir = repo({
      "mlgate.yml": `version: 1\nlint:\n  targets:\n    - files: "/**"\n      schema: schema.json\ndata:\n  - name: secrets\n    path: /etc/passwd\n    row_count: { min: 1 }\n`,
      "schema.json": "{}",
    });
    const r = await mlgate(dir, "check");
    expect(r.code).toBe(2);
    const refusals = r.stderr.split("\n").filter((l) => l.includes("config/path-outside"));
    expect(refusals.map((l) => l.split(" error ")[0])).toEqual(["mlgate.yml:4:14", "mlgate.yml:8:11"]);
    expect(r.stdout).not.toMatch(/root:|passwd.*rows|hostname/);
  });

  it("a suite's background writer is ended with it, and the run's temp folders are removed", async () => {
    const runnerTemp = tempDir("mlgate-hostile-runner-temp-");
    const dir = repo({
      "mlgate.yml": `version: 1\ntests:\n  - name: leaves a writer\n    run: '(sleep 3 && touch late) & echo "$RUNNER_TEMP" > temp.txt'\n`,
    });
    const r = await mlgate(dir, "test", { RUNNER_TEMP: runnerTemp });
    expect(r.code, r.stderr).toBe(0);
    expect(checkOf(r.report, "tests/model/leaves a writer").status).toBe("passed");
    // A bound, not a timing assertion: the writer would have touched the file 3 s after it started.
    for (const stop = Date.now() + 4000; Date.now() < stop; ) {
      expect(existsSync(path.join(dir, "late"))).toBe(false);
      await new Promise((done) => setTimeout(done, 250));
    }
    expect(existsSync(path.join(dir, "late"))).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });
});
