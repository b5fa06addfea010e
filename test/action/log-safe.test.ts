/** io/log-text.ts: no text written through logSafe makes the runner act on a workflow command. */
import { describe, expect, it } from "vitest";
import { logSafe } from "../../src/io/log-text.js";
import { workflowCommands } from "../helpers/workflow-commands.js";

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "::",
  "##[",
  "]",
  "\n",
  "\r",
  "\r\n",
  " ",
  "\t",
  "set-output",
  "name=passed",
  "error",
  "stop-commands",
  "x",
  "mlgate-",
  "::mlgate-",
];

describe("logSafe", () => {
  it("leaves text that cannot hold a command as it is", () => {
    expect(logSafe("mlgate: 3 GitHub API calls\nGate passed")).toBe(
      "mlgate: 3 GitHub API calls\nGate passed",
    );
  });

  it("wraps text that could, and the runner then acts only on the stop and the resume", () => {
    const text =
      "metric x\n::set-output name=passed::true\n  ::error::pwned\r##[set-output name=passed;]true";
    const safe = logSafe(text);
    expect(safe).toContain(text);
    const seen = workflowCommands(safe);
    expect(seen.map((c) => c.name)).toEqual(["stop-commands", seen[0]!.data.toLowerCase()]);
  });

  it("2,000 random texts of command pieces: nothing but stop and resume", () => {
    const next = random(15);
    for (let i = 0; i < 2000; i++) {
      const n = 1 + Math.floor(next() * 30);
      let text = "";
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(next() * PIECES.length)];
      const names = workflowCommands(logSafe(text)).map((c) => c.name);
      expect(
        names.length === 0 || (names.length === 2 && names[0] === "stop-commands"),
        JSON.stringify(text),
      ).toBe(true);
    }
  });
});
