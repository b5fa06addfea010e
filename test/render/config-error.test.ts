import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { buildConfigErrorReport } from "../../src/engine/config-error-report.js";
import { RENDERERS } from "../../src/render/index.js";
import { toJsonReport } from "../../src/report/json-form.js";
import { reportSchemaErrors } from "../helpers/report-schema.js";

/** A real configuration error: an unknown key and a dataset without its path. */
function brokenReport() {
  const text = "version: 1\ngates:\n  fail_onn: error\ndata:\n  - name: train\n";
  const { config, diagnostics } = parseConfig(text, "mlgate.yml");
  expect(config).toBeUndefined();
  return buildConfigErrorReport({ kind: "config-error", configFile: "mlgate.yml", diagnostics });
}

describe("a configuration-error report", () => {
  const report = brokenReport();

  it("matches the report schema", () => {
    expect(reportSchemaErrors(toJsonReport(report))).toEqual([]);
  });

  it.each([
    ["terminal", "config-error.terminal.txt"],
    ["markdown", "config-error.md"],
    ["json", "config-error.json"],
    ["sarif", "config-error.sarif.json"],
    ["github", "config-error.github.txt"],
  ] as const)("renders as %s, each diagnostic at file:line:column", async (format, file) => {
    const text = RENDERERS[format](report, { pathPrefix: "" });
    await expect(text).toMatchFileSnapshot(`__snapshots__/${file}`);
    // Every format names the unknown key at line 3, column 3.
    expect(text).toMatch(
      /mlgate\.yml:3:3|"line": 3,\s+"column": 3|"startLine": 3,\s+"startColumn": 3|line=3,col=3/,
    );
  });
});
