/**
 * The documented workflows (docs/workflows, and README's copy of ml.yml) keep one mlgate run per
 * pull request at a time, so two runs seldom race on the sticky comment (the action converges on
 * one comment when they do).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-node.js";

const folder = path.join(ROOT, "docs/workflows");

describe("documented workflows", () => {
  it.each(readdirSync(folder).filter((f) => f.endsWith(".yml")))(
    "%s sets a concurrency group per pull request",
    (file) => {
      const workflow = parse(readFileSync(path.join(folder, file), "utf8")) as {
        concurrency?: { group?: string; "cancel-in-progress"?: boolean };
      };
      expect(workflow.concurrency?.group).toMatch(
        /github\.event\.(pull_request\.number|workflow_run\.head_branch)/,
      );
      expect(workflow.concurrency?.["cancel-in-progress"]).toBe(true);
    },
  );

  it("README's workflow is docs/workflows/ml.yml", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const ml = readFileSync(path.join(folder, "ml.yml"), "utf8");
    expect(readme).toContain(`\`\`\`yaml\n${ml}\`\`\``);
  });
});
