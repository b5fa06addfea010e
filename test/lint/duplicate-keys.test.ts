import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticLine, lintFixture } from "../helpers/lint-fixture.js";
import { tempDir } from "../helpers/run-node.js";

/** A repository whose configs/deploy.yaml repeats `replicas` and has a key its schema does not know. */
function repo(rule: string): string {
  const dir = tempDir("mlgate-dup-");
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    `version: 1\nlint:\n  targets: [{ files: "configs/*.yaml", schema: schema.json }]\n  rules: { duplicate-key: ${rule} }\n`,
  );
  writeFileSync(
    path.join(dir, "schema.json"),
    JSON.stringify({
      type: "object",
      additionalProperties: false,
      properties: { name: { type: "string" }, replicas: { type: "integer", maximum: 2 } },
    }),
  );
  mkdirSync(path.join(dir, "configs"));
  writeFileSync(
    path.join(dir, "configs/deploy.yaml"),
    "name: scoring\n\nreplicas: 0\nreplicas: 3\nextra: 1\n",
  );
  return dir;
}

describe("a duplicate key is one finding, not a blind spot", () => {
  it.each([true, false])(
    "the file is still validated, last value winning (fast path %s)",
    async (fastPath) => {
      const got = await lintFixture(repo("error"), "production", undefined, { fastPath });
      expect(got.map((d) => `${diagnosticLine(d)} ${d.message}`)).toEqual([
        'configs/deploy.yaml:4:1 error yaml/duplicate-key duplicate key "replicas" (first at line 3); the last value is used, as YAML 1.2 loaders do',
        "configs/deploy.yaml:4:11 error schema/maximum replicas must be <= 2 (got 3)",
        'configs/deploy.yaml:5:1 error schema/unknown-key unknown key "extra" in the file',
      ]);
    },
  );

  it("keeps the duplicate-key rule's severity, and `off` still validates", async () => {
    const warned = await lintFixture(repo("warning"), "production");
    expect(warned.map(diagnosticLine)).toEqual([
      "configs/deploy.yaml:4:1 warning yaml/duplicate-key",
      "configs/deploy.yaml:4:11 error schema/maximum",
      "configs/deploy.yaml:5:1 error schema/unknown-key",
    ]);
    const off = await lintFixture(repo("off"), "production");
    expect(off.map(diagnosticLine)).toEqual([
      "configs/deploy.yaml:4:11 error schema/maximum",
      "configs/deploy.yaml:5:1 error schema/unknown-key",
    ]);
  });
});
