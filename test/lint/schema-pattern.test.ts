/**
 * JSON Schema `pattern` and `patternProperties` come from the repository under test: they run on
 * RE2 (every run ends, bounded by the runner's timeout, no timing assertion), and a pattern RE2
 * cannot run is a finding on the schema, at its line.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticLine, lintFixture } from "../helpers/lint-fixture.js";
import { tempDir } from "../helpers/run-node.js";

/** Lint configs/c.json (`config`) against schema.json (`schema`, written as indented JSON). */
async function lint(schema: object, config: object) {
  const dir = tempDir("mlgate-pattern-");
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    'version: 1\nlint:\n  targets: [{ files: "configs/*", schema: schema.json }]\n',
  );
  writeFileSync(path.join(dir, "schema.json"), JSON.stringify(schema, null, 2));
  mkdirSync(path.join(dir, "configs"));
  writeFileSync(path.join(dir, "configs", "c.json"), JSON.stringify(config));
  return lintFixture(dir, "production");
}

describe("schema patterns", () => {
  it("(a+)+$ against a long value ends, with the right verdict", async () => {
    const schema = {
      type: "object",
      properties: { name: { type: "string", pattern: "(a+)+$" } },
      patternProperties: { "^(x+)+y$": { type: "integer" } },
    };
    const hostile = `${"a".repeat(5000)}!`;
    const got = await lint(schema, { name: hostile, [`${"x".repeat(5000)}!`]: "kept", xxy: "no" });
    expect(got.map((d) => `${diagnosticLine(d)} ${d.message.split(" (got")[0]}`)).toEqual([
      "configs/c.json:1:9 error schema/pattern name must match the pattern `(a+)+$`",
      "configs/c.json:1:10030 error schema/type xxy must be an integer",
    ]);
    expect(await lint(schema, { name: "a".repeat(5000) })).toEqual([]);
  });

  it("a backreference is a finding at its line in the schema, naming the construct", async () => {
    const got = await lint(
      { type: "object", properties: { id: { type: "string", pattern: "^(\\w)\\1$" } } },
      { id: "aa" },
    );
    expect(got.map(diagnosticLine)).toEqual(["schema.json:6:18 error schema/invalid-schema"]);
    expect(got[0]!.message).toBe(
      "schema.json cannot be compiled: its pattern /^(\\w)\\1$/ uses a backreference (\\1), which the linear-time regex engine does not support",
    );
  });

  it("a lookahead in patternProperties points at the key", async () => {
    const got = await lint({ type: "object", patternProperties: { "^(?!x)": { type: "string" } } }, {});
    expect(got.map(diagnosticLine)).toEqual(["schema.json:4:5 error schema/invalid-schema"]);
    expect(got[0]!.message).toContain("uses a lookahead ((?!…)");
  });
});
