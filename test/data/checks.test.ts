/**
 * Each data check against its fixture folder (test/fixtures/data-checks/<check>/): the data stage
 * run on the folder's files and mlgate.yml, through the CSV byte path and through the text
 * readers, gives exactly the expected results (worked out by hand; see the folder's README).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { COLUMN_CHECKS, DATASET_CHECKS } from "../../src/data/checks/index.js";
import { runData } from "../../src/data/data-stage.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { location } from "../../src/render/common.js";

const ROOT = path.join(import.meta.dirname, "../fixtures/data-checks");
const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("data check fixtures", () => {
  it("every folder names a check definition", () => {
    const ids = new Set([...COLUMN_CHECKS, ...DATASET_CHECKS].map((c) => c.id));
    expect(folders.filter((f) => !ids.has(f))).toEqual([]);
  });

  describe.each(folders)("%s", (folder) => {
    const dir = path.join(ROOT, folder);
    const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8"));
    it.each([
      ["the byte path", true],
      ["the text readers", false],
    ])("through %s", async (_, fastPath) => {
      const { config, diagnostics } = parseConfig(
        readFileSync(path.join(dir, "mlgate.yml"), "utf8"),
        "mlgate.yml",
      );
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const section = await runData({
        config: config!,
        environment: { name: "dev", source: "flag" },
        workspace: createWorkspace(dir),
        configFile: "mlgate.yml",
        tuning: { fastPath },
      });
      const got = section.checks.map((c) => ({
        id: c.id,
        status: c.status,
        severity: c.severity,
        message: c.message,
        diagnostics: c.diagnostics.map((d) => `${location(d)} ${d.message}`),
      }));
      expect(got).toEqual(expected);
    });
  });
});
