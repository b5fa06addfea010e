import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { runLint } from "../../src/lint/lint-stage.js";
import { diagnosticLine, lintFixture } from "../helpers/lint-fixture.js";
import { tempDir } from "../helpers/run-node.js";

const ENVIRONMENTS = "environments:\n  production: { branches: [main] }\n  dev: { default: true }\n";

/** A config as production must not ship it: debug on, one replica, a localhost endpoint. */
const SERVE = "name: serve\nendpoint: http://localhost:8080\ndebug: true\nreplicas: 1\n";

/** A repository with the files given, a base schema (x-mlgate-env for production) and a production overlay. */
function repo(lint: string, files: Record<string, string>, environments = ENVIRONMENTS): string {
  const dir = tempDir("mlgate-env-");
  writeFileSync(path.join(dir, "mlgate.yml"), `version: 1\n${environments}lint:\n${lint}`);
  writeFileSync(
    path.join(dir, "base.json"),
    JSON.stringify({
      type: "object",
      properties: { replicas: { type: "integer", "x-mlgate-env": { production: { minimum: 2 } } } },
    }),
  );
  writeFileSync(path.join(dir, "prod.json"), JSON.stringify({ properties: { debug: { const: false } } }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const BOUND = `  targets:
    - files: "configs/{env}/*.yaml"
      schema: base.json
      environments: { production: { schema: prod.json } }
`;

/** The production file's findings, with the run in production. */
const PRODUCTION_FINDINGS = [
  "configs/production/serve.yaml:2:11 error env-leak",
  "configs/production/serve.yaml:3:8 error schema/const",
  "configs/production/serve.yaml:4:11 error schema/minimum",
];

describe("lint targets bind files to environments with {env}", () => {
  it.each([true, false])(
    "a dev file in a production run: base schema only, no env-leak (fast path %s)",
    async (fastPath) => {
      const dir = repo(BOUND, {
        "configs/dev/serve.yaml": SERVE,
        "configs/production/serve.yaml": SERVE,
      });
      const got = await lintFixture(dir, "production", undefined, { fastPath });
      expect(got.map(diagnosticLine)).toEqual(PRODUCTION_FINDINGS);
    },
  );

  it("still validates a dev file against its base schema, and says so in the hint", async () => {
    const dir = repo(BOUND, { "configs/dev/serve.yaml": "replicas: many\n" });
    const got = await lintFixture(dir, "production");
    expect(got.map(diagnosticLine)).toEqual(["configs/dev/serve.yaml:1:11 error schema/type"]);
    expect(got[0]!.hint).toContain("Schema: base.json (base only: the file belongs to dev).");
  });

  it("a target without {env} keeps every file in the run's environment", async () => {
    const plain = BOUND.replace("configs/{env}/*.yaml", "configs/*/*.yaml");
    const dir = repo(plain, { "configs/dev/serve.yaml": SERVE });
    const got = await lintFixture(dir, "production");
    expect(got.map(diagnosticLine)).toEqual([
      "configs/dev/serve.yaml:2:11 error env-leak",
      "configs/dev/serve.yaml:3:8 error schema/const",
      "configs/dev/serve.yaml:4:11 error schema/minimum",
    ]);
  });

  it("matches only names under environments:, in a folder or in a file name", async () => {
    const lint = BOUND.replace(
      '"configs/{env}/*.yaml"',
      '"configs/{env}/*.yaml"\n      exclude: "configs/{env}/old.yaml"',
    );
    const dir = repo(
      `${lint}    - files: "deploy.{env}.yaml"\n      schema: base.json\n      environments: { production: { schema: prod.json } }\n`,
      {
        "configs/qa/serve.yaml": SERVE,
        "configs/production/old.yaml": SERVE,
        "deploy.production.yaml": SERVE,
        "deploy.dev.yaml": SERVE,
      },
    );
    const got = await lintFixture(dir, "production");
    // qa is no environment, old.yaml is excluded, deploy.dev.yaml is dev's.
    expect(got.map(diagnosticLine)).toEqual([
      "deploy.production.yaml:2:11 error env-leak",
      "deploy.production.yaml:3:8 error schema/const",
      "deploy.production.yaml:4:11 error schema/minimum",
    ]);
  });

  it("a file an {env} target puts in dev stays dev's when a target without {env} also covers it", async () => {
    const both = `${BOUND}    - files: "configs/**/*.yaml"\n      schema: base.json\n      environments: { production: { schema: prod.json } }\n`;
    const dir = repo(both, { "configs/dev/serve.yaml": SERVE, "configs/production/serve.yaml": SERVE });
    const got = await lintFixture(dir, "production");
    expect(got.map(diagnosticLine)).toEqual(PRODUCTION_FINDINGS);
  });

  it("in the file's own environment, its overlay and env-leak apply", async () => {
    const dir = repo(BOUND, { "configs/dev/serve.yaml": SERVE, "configs/production/serve.yaml": SERVE });
    const lint = `${BOUND}  rules: { env-leak: { markers: { dev: [localhost] } } }\n`;
    expect((await lintFixture(dir, "dev")).map(diagnosticLine)).toEqual([]);
    const withMarkers = repo(lint, {
      "configs/dev/serve.yaml": SERVE,
      "configs/production/serve.yaml": SERVE,
    });
    expect((await lintFixture(withMarkers, "dev")).map(diagnosticLine)).toEqual([
      "configs/dev/serve.yaml:2:11 error env-leak",
    ]);
  });

  it("without environments: an {env} glob matches nothing, and the warning says why", async () => {
    const dir = repo(BOUND, { "configs/dev/serve.yaml": SERVE }, "");
    const { config } = parseConfig(readFileSync(path.join(dir, "mlgate.yml"), "utf8"), "mlgate.yml");
    const section = await runLint({
      config: config!,
      environment: { name: "dev", source: "fallback" },
      workspace: createWorkspace(dir),
      configFile: "mlgate.yml",
    });
    expect(section.checks.map((c) => `${c.status} ${c.message}`)).toEqual([
      "failed no files match configs/{env}/*.yaml ({env} needs names under environments:, and there are none)",
      "passed 0 of 0 files clean",
    ]);
  });
});
