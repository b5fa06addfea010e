import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runNode, tempDir } from "../helpers/run-node.js";

/** The bundled CLI, as users run it (`npm run build` first). */
const CLI = "dist/cli.js";

/** A temporary repository holding `files`. */
function repo(files: Record<string, string>): string {
  const dir = tempDir("mlgate-lint-cli-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The `file:line:col severity code message` lines of the text report. */
function findingLines(stdout: string): string[] {
  return stdout
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /^\S+:\d+:\d+ (error|warning) /.test(l));
}

/** `mlgate lint --dir DIR --env production`, with the fast path on (default) and off. */
async function lintProduction(dir: string): Promise<{ code: number | null; lines: string[] }> {
  const args = ["lint", "--dir", dir, "--env", "production"];
  const fast = await runNode(CLI, args);
  const full = await runNode(CLI, args, { env: { MLGATE_FAST_PATH: "0" } });
  expect(full.stdout).toBe(fast.stdout);
  expect(full.code).toBe(fast.code);
  return { code: fast.code, lines: findingLines(fast.stdout) };
}

const SERVE = "name: serve\nendpoint: http://localhost:8080\ndebug: true\n";

describe("mlgate lint (dist/cli.js)", () => {
  it("holds only production's files to the production overlay and env-leak", async () => {
    const dir = repo({
      "mlgate.yml": `version: 1
environments:
  production: { branches: [main] }
  dev: { default: true }
lint:
  - files: "configs/{env}/*.yaml"
    schema: schemas/serve.json
    environments: { production: { schema: schemas/serve.production.json } }
`,
      "schemas/serve.json": JSON.stringify({ type: "object", required: ["name"] }),
      "schemas/serve.production.json": JSON.stringify({ properties: { debug: { const: false } } }),
      "configs/dev/serve.yaml": SERVE,
      "configs/production/serve.yaml": SERVE,
    });
    const { code, lines } = await lintProduction(dir);
    expect(lines).toEqual([
      'configs/production/serve.yaml:2:11 error env-leak endpoint mentions "localhost", which must not appear in production configs',
      "configs/production/serve.yaml:3:8 error schema/const debug must be false (got true)",
    ]);
    expect(code).toBe(1);
  });

  it("reports a duplicate key by name and still validates the file", async () => {
    const dir = repo({
      "mlgate.yml": 'version: 1\nlint:\n  - files: "configs/*.yaml"\n    schema: schema.json\n',
      "schema.json": JSON.stringify({
        type: "object",
        additionalProperties: false,
        properties: { name: { type: "string" }, replicas: { type: "integer" } },
      }),
      "configs/deploy.yaml": "name: scoring\n\nreplicas: 0\nreplicas: 3\nextra: 1\n",
    });
    const { code, lines } = await lintProduction(dir);
    expect(lines).toEqual([
      'configs/deploy.yaml:4:1 error yaml/duplicate-key duplicate key "replicas" (first at line 3); the last value is used, as YAML 1.2 loaders do',
      'configs/deploy.yaml:5:1 error schema/unknown-key unknown key "extra" in the file',
    ]);
    expect(code).toBe(1);
  });

  it("runs from a copy of dist/ with no node_modules near, loading what it needs at first use from dist/", () => {
    // yaml@2 (a config with an anchor, a file the lean parser declines), RE2JS (a pattern with
    // alternation) and the lint block's validator are files of dist/, not packages found nearby.
    const bundle = path.join(tempDir("mlgate-dist-copy-"), "dist");
    cpSync(path.join(ROOT, "dist"), bundle, { recursive: true });
    expect(readdirSync(bundle).filter((f) => f.endsWith(".cjs")).length).toBeGreaterThanOrEqual(3);
    const dir = repo({
      "mlgate.yml": 'version: 1\nlint:\n  - files: &configs "configs/*.yaml"\n    schema: schema.json\n',
      "schema.json": JSON.stringify({
        properties: { name: { type: "string", pattern: "^(prod|staging)-[a-z]+$" } },
      }),
      "configs/a.yaml": "name: dev-x\n",
      "configs/b.yaml": "--- !!map\nname: staging-x\n",
      "configs/c.yaml": "name: &n prod-y\nalias: *n\n",
    });
    const run = spawnSync(process.execPath, [path.join(bundle, "cli.js"), "lint", "--dir", dir], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(findingLines(run.stdout)).toEqual([
      'configs/a.yaml:1:7 error schema/pattern name must match the pattern `^(prod|staging)-[a-z]+$` (got "dev-x")',
    ]);
    expect(run.status).toBe(1);
  });
});
