/**
 * Item 6 of issue 15 (item 5 of its Deliver list), through the bundled action against a fake
 * GitHub: a `compare.baseline: path:` folder whose files are links leading out of the repository
 * is refused with one message, and no value from outside is read into the scorecard.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { tempDir } from "../helpers/run-node.js";
import { pullRequestEvent, runStep, writeFiles } from "../helpers/runner-step.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const COMPARE = `version: 1
compare:
  metrics: metrics.json
  params: params.yaml
  baseline: { from: "path:baseline" }
  rules: { accuracy: { direction: higher, max_drop: 0.01 } }
`;

describe("path baselines stay inside the repository (dist/index.js)", { timeout: 30_000 }, () => {
  it("baseline files that are links to outside: refused with one message, nothing from outside shown", async () => {
    gh = await startFakeGitHub();
    const outside = tempDir("mlgate-outside-");
    // A low accuracy from outside would turn a regression into an improvement.
    writeFiles(outside, {
      "metrics.json": '{"accuracy": 0.515151}',
      "params.yaml": "lr: 0.0424242\n",
    });
    const dir = tempDir("mlgate-linkbase-");
    writeFiles(dir, {
      "mlgate.yml": COMPARE,
      "metrics.json": '{"accuracy": 0.93}',
      "params.yaml": "lr: 0.1\n",
      "baseline/metrics.json": { link: path.join(outside, "metrics.json") },
      "baseline/params.yaml": { link: path.join(outside, "params.yaml") },
    });
    const r = await runStep(gh, dir, pullRequestEvent());
    const comment = gh.state.comments.get(7)?.[0]?.body ?? "";
    for (const text of [r.stdout, r.summary, comment]) {
      expect(text).not.toContain("0.515151");
      expect(text).not.toContain("0.0424242");
    }
    expect(r.summary).toMatch(
      /baseline\/(metrics\.json|params\.yaml) is a link to a file outside the repository/,
    );
    expect(r.stdout).toMatch(/link to a file outside the repository/);
  });

  it("links inside the repository are followed as before", async () => {
    gh = await startFakeGitHub();
    const dir = tempDir("mlgate-linkbase-");
    writeFiles(dir, {
      "mlgate.yml": COMPARE,
      "metrics.json": '{"accuracy": 0.93}',
      "params.yaml": "lr: 0.1\n",
      "saved/metrics.json": '{"accuracy": 0.9567}',
      "baseline/metrics.json": { link: "../saved/metrics.json" },
    });
    const r = await runStep(gh, dir, pullRequestEvent());
    expect(r.code).toBe(1);
    expect(r.summary).toContain("0.9567");
  });
});
