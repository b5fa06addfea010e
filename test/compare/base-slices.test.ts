/**
 * Slice bars head against base, through the bundled CLI (`npm run build` first): the base's bars
 * come from the base run's report that artifact and `path:` baselines carry (mlgate-report.json),
 * lined up with the head's groups by name; a baseline without a usable report gives head bars only.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Chart, Report } from "../../src/report/types.js";
import { runNode, tempDir } from "../helpers/run-node.js";

/** Predictions of `groups`: in group g, `hits[g]` of its 20 positives are predicted positive. */
function predictions(hits: Record<string, number>): string {
  const lines = ["id,region,y,pred"];
  for (const [g, hit] of Object.entries(hits))
    for (let i = 0; i < 40; i++) {
      const y = i < 20 ? 1 : 0;
      lines.push(`${g}${i},${g},${y},${y === 1 ? (i < hit ? 1 : 0) : 0}`);
    }
  return `${lines.join("\n")}\n`;
}

const MODEL = `model:
  predictions:
    path: p.csv
    task: binary
    label: y
    prediction: pred
    slices:
      - { by: region, metric: recall, min: 0.1, min_size: 5 }
`;

/** Write `files` under a fresh folder. */
function repo(files: Record<string, string>): string {
  const dir = tempDir("mlgate-base-slices-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The JSON report of `mlgate check` in `dir` (a failed gate prints it all the same). */
async function check(dir: string): Promise<Report> {
  const r = await runNode("dist/cli.js", ["check", "--dir", dir, "--env", "dev", "-f", "json"]);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  return JSON.parse(r.stdout) as Report;
}

/** The charts with `id`, over all sections. */
const chartsOf = (report: Report, id: string): Chart[] =>
  report.sections.flatMap((s) => s.charts ?? []).filter((c) => c.id === id);

const ID = "model/slices/region/recall";

describe("slice bars head against base", () => {
  it("takes the base's bars from the base run's report and lines the groups up by name", async () => {
    // The base run: east 10/20, north 15/20 (no west).
    const base = await check(
      repo({ "mlgate.yml": `version: 1\n${MODEL}`, "p.csv": predictions({ east: 10, north: 15 }) }),
    );
    expect(chartsOf(base, ID)[0]!.series).toEqual([{ name: "head", values: [0.5, 0.75] }]);
    const dir = repo({
      "mlgate.yml": `version: 1\n${MODEL}compare:\n  metrics: [m.json]\n  baseline: { from: "path:base" }\n`,
      "p.csv": predictions({ east: 18, west: 4 }),
      "m.json": "{}",
      "base/m.json": "{}",
      "base/mlgate-report.json": JSON.stringify(base),
    });
    const head = await check(dir);
    const charts = chartsOf(head, ID);
    expect(charts.map((c) => c.series.map((s) => s.name))).toEqual([["head"], ["base"]]);
    expect(charts[1]!.x.categories).toEqual(["east", "north"]);
    expect(charts[1]!.series[0]!.values).toEqual([0.5, 0.75]);
    // Drawn as one chart: the head's groups, then the base's others; a gap where a side has none.
    const html = (await runNode("dist/cli.js", ["check", "--dir", dir, "--env", "dev", "-f", "html"])).stdout;
    const bars = [...html.matchAll(/<title>((?:head|base): [0-9.]+)<\/title>/g)].map((m) => m[1]);
    expect(bars).toEqual(["head: 0.9", "head: 0.2", "base: 0.5", "base: 0.75"]);
    expect(html).toMatch(/>east<\/text>.*>west<\/text>.*>north<\/text>/s);
  });

  it("draws head bars only when the baseline has no report or one that is not a report", async () => {
    const other = JSON.stringify({ version: 1, not: "a report" });
    for (const report of [undefined, other, "{ not json"]) {
      const dir = repo({
        "mlgate.yml": `version: 1\n${MODEL}compare:\n  metrics: [m.json]\n  baseline: { from: "path:base" }\n`,
        "p.csv": predictions({ east: 18, west: 4 }),
        "m.json": "{}",
        "base/m.json": "{}",
        ...(report !== undefined ? { "base/mlgate-report.json": report } : {}),
      });
      const head = await check(dir);
      expect(chartsOf(head, ID).map((c) => c.series.map((s) => s.name))).toEqual([["head"]]);
    }
  });
});
