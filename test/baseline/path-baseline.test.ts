/** Path baselines (baseline.ts) read with the workspace reader's rule: links may not lead out. */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pathBaseline } from "../../src/baseline/baseline.js";
import { BaselineRefused } from "../../src/baseline/resolved-baseline.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { tempDir } from "../helpers/run-node.js";

function setup() {
  const outside = tempDir("mlgate-out-");
  writeFileSync(path.join(outside, "metrics.json"), '{"accuracy": 0.1}');
  const root = tempDir("mlgate-pb-");
  mkdirSync(path.join(root, "base"));
  writeFileSync(path.join(root, "base", "ok.json"), '{"accuracy": 0.9}');
  symlinkSync(path.join(outside, "metrics.json"), path.join(root, "base", "metrics.json"));
  symlinkSync(path.join(outside, "metrics.json"), path.join(root, "single.json"));
  symlinkSync(outside, path.join(root, "linked-dir"));
  return { root, workspace: createWorkspace(root) };
}

describe("pathBaseline", () => {
  it("a baseline path that is, or goes through, a link leading out is no baseline, with the reason", () => {
    const { workspace } = setup();
    for (const where of ["single.json", "linked-dir", "linked-dir/metrics.json"]) {
      const b = pathBaseline(workspace, where, "metrics.json");
      expect("reason" in b && b.reason, where).toMatch(/goes through a link to outside the repository/);
    }
  });

  it("a file of the folder that links out refuses the whole baseline; files inside are read", async () => {
    const { workspace } = setup();
    const b = pathBaseline(workspace, "base");
    if (!("read" in b)) throw new Error(b.reason);
    expect(new TextDecoder().decode(await b.read("ok.json", 1000))).toContain("0.9");
    await expect(b.read("metrics.json", 1000)).rejects.toThrow(BaselineRefused);
    await expect(b.read("metrics.json", 1000)).rejects.toThrow(
      "base/metrics.json is a link to a file outside the repository",
    );
    expect(await b.read("missing.json", 1000)).toBeUndefined();
  });
});
