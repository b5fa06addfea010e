/** Charts as text plots in the terminal (`--charts`). */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { textChart } from "../../src/render/text-chart.js";
import type { Chart } from "../../src/report/types.js";
import { ROOT } from "../helpers/run-node.js";

const line = (values: number[]): Chart => ({
  id: "t",
  kind: "roc",
  title: "diagonal",
  style: "line",
  x: { label: "x", min: 0, max: 1 },
  y: { label: "y", min: 0, max: 1 },
  series: [{ name: "head", values }],
  area: { head: 0.5 },
});

describe("text charts", () => {
  it("draws a line as braille dots: a diagonal rises one dot row per two dot columns here", () => {
    const out = textChart(line([0, 1]));
    expect(out[0]).toBe("diagonal (head AUC 0.5000)");
    const rows = out.slice(1, 9).map((l) => [...l.replace(/^\s*\S* ┤/, "").replace(/^\s*┤/, "")]);
    // Bottom-left and top-right cells hold dots; the opposite corners are blank braille.
    expect(rows[7]![0]).not.toBe("\u2800");
    expect(rows[0]![47]).not.toBe("\u2800");
    expect(rows[0]![0]).toBe("\u2800");
    expect(rows[7]![47]).toBe("\u2800");
    // Every plot character is braille.
    for (const r of rows) for (const c of r) expect(c.codePointAt(0)! >> 8).toBe(0x28);
  });

  it("draws bars as blocks in eighths, one row per group", () => {
    const bars: Chart = {
      ...line([0.5, 1]),
      kind: "slices",
      title: "recall by region",
      style: "bar",
      x: { label: "region", categories: ["east", "west"] },
    };
    const out = textChart(bars);
    expect(out).toEqual([
      "recall by region (head AUC 0.5000)",
      `  east head ${"█".repeat(16)} 0.5`,
      `  west head ${"█".repeat(32)} 1`,
    ]);
  });

  it("mlgate check --charts prints the example's curves under the scorecard", () => {
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        ["dist/cli.js", "check", "--dir", "examples/slice-regression", "--charts"],
        {
          cwd: ROOT,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        },
      );
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    expect(out).toContain("ROC curve (head AUC 0.9595)");
    expect(out).toMatch(/[\u2801-\u28ff]/);
    expect(out).toMatch(/east +head +█+/);
  });
});
