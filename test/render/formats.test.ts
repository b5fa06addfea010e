import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv4 from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { buildReport } from "../../src/engine/build-report.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { runLint } from "../../src/lint/lint-stage.js";
import { escapeData, escapeProperty } from "../../src/render/github.js";
import { RENDERERS } from "../../src/render/index.js";

const require = (await import("node:module")).createRequire(import.meta.url);
const sarifSchema = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
);

/** A real report: the builtins lint fixture, which has findings in four files. */
async function lintReport() {
  const dir = path.join(import.meta.dirname, "../fixtures/lint/builtins");
  const { config } = parseConfig(readFileSync(path.join(dir, "mlgate.yml"), "utf8"), "mlgate.yml");
  const environment = { name: "dev", source: "flag" as const };
  const section = await runLint({
    config: config!,
    environment,
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
  });
  return buildReport({ environment, sections: [section] }, { failOn: "error" });
}

describe("--format sarif", () => {
  it("validates against the SARIF 2.1.0 schema and carries every finding", async () => {
    const report = await lintReport();
    const sarif = JSON.parse(RENDERERS.sarif(report, { pathPrefix: "test/fixtures/lint/builtins" }));
    // The schema is draft-04 (ajv-draft-04), and one of its patterns is only valid without the u flag.
    const ajv = new (Ajv4 as unknown as typeof Ajv4.default)({
      allErrors: true,
      strict: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(sarifSchema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    // The schema really constrains results: a level SARIF does not define is rejected.
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = "fatal";
    expect(validate(broken)).toBe(false);
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(17);
    expect(results[0]).toMatchObject({
      ruleId: "schema/unknown-key",
      level: "error",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "test/fixtures/lint/builtins/dvc/invalid/dvc.yaml" },
            region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 8 },
          },
        },
      ],
    });
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of results) expect(rules[r.ruleIndex]).toBe(r.ruleId);
  });

  it("fingerprints do not depend on the line", async () => {
    const report = await lintReport();
    const a = JSON.parse(RENDERERS.sarif(report)).runs[0].results[0];
    const moved = structuredClone(report);
    const d = moved.sections[0]!.checks.find((c) => c.diagnostics.length)!.diagnostics[0]!;
    d.range = { start: { line: 40, column: 0 }, end: { line: 40, column: 3 } };
    const b = JSON.parse(RENDERERS.sarif(moved)).runs[0].results[0];
    expect(b.partialFingerprints).toEqual(a.partialFingerprints);
  });
});

describe("--format github", () => {
  it("prints one workflow command per finding, escaped, with the workspace prefix", async () => {
    const out = RENDERERS.github(await lintReport(), { pathPrefix: "repo" });
    const lines = out.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("::error ")).length).toBe(17);
    expect(lines[0]).toBe(
      '::error file=repo/dvc/invalid/dvc.yaml,line=4,col=5,endLine=4,endColumn=8,title=mlgate schema/unknown-key::unknown key "dep" in stages.prepare; did you mean "deps"?%0AKnown keys here: cmd, wdir, deps, params, outs, metrics, plots, frozen, always_changed, desc, meta, vars. Schema: builtin:dvc.',
    );
    expect(out).toContain("mlgate failed");
  });

  it("escapes what would end or forge a command", () => {
    expect(escapeData("50%\r\n::set-output name=x::1")).toBe("50%25%0D%0A::set-output name=x::1");
    expect(escapeProperty("a:b,c")).toBe("a%3Ab%2Cc");
  });
});
