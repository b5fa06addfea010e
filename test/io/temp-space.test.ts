import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTempSpace, makeTempDir } from "../../src/io/temp-space.js";
import { UniqueTracker } from "../../src/readers/hash-set.js";
import { tempDir } from "../helpers/run-node.js";

describe("a run's temp space", () => {
  it("makes its folders under the root it is given and removes them all", () => {
    const root = tempDir("mlgate-temp-root-");
    const temp = createTempSpace(root);
    const a = temp.makeDir("baseline-");
    const b = temp.makeDir("unique-");
    writeFileSync(path.join(a, "m.json"), "{}");
    expect(readdirSync(root).sort()).toEqual([path.basename(a), path.basename(b)].sort());
    expect(path.basename(a)).toMatch(/^mlgate-baseline-/);
    temp.remove();
    temp.remove();
    expect(readdirSync(root)).toEqual([]);
  });

  it("makes a root that does not exist yet (a fresh RUNNER_TEMP)", () => {
    const root = path.join(tempDir("mlgate-temp-root-"), "not", "yet");
    const dir = makeTempDir(root, "x-");
    expect(existsSync(dir)).toBe(true);
  });

  it("a unique tracker spills into the folder the run gives it", () => {
    const temp = createTempSpace(tempDir("mlgate-temp-root-"));
    const made: string[] = [];
    const tracker = new UniqueTracker(undefined, 4, () => {
      const dir = temp.makeDir("unique-");
      made.push(dir);
      return dir;
    });
    for (let i = 0; i < 100; i++) tracker.add(String(i % 50));
    expect(made).toHaveLength(1);
    tracker.finishFirstPass();
    expect(tracker.needsVerification).toBe(true);
    temp.remove();
    expect(existsSync(made[0]!)).toBe(false);
  });
});
