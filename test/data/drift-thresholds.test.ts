/**
 * `drift.thresholds`: one bound per statistic, so that a number means one thing. Run through the
 * data stage on temp files, with the config parsed as the engine parses it (its warnings included).
 *
 * The data: `x` numeric, `c` categorical, shifted a little; on 3,000 rows (auto: PSI 0.0835, JS
 * 0.0732) and on 300 (auto: KS p 0.0659, chi-square p 0.129). No single `threshold` passes both
 * PSI 0.0835 (needs >= 0.0835) and KS p 0.0659 (needs <= 0.0659): only per-statistic bounds can.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { dataConfigFindings } from "../../src/data/checks/index.js";
import { runData } from "../../src/data/data-stage.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { location } from "../../src/render/common.js";
import type { Diagnostic, Section } from "../../src/report/types.js";
import { tempDir } from "../helpers/run-node.js";

// Deterministic pseudo-random values: fractional parts of i·φ are spread evenly over [0, 1).
const u = (i: number) => (i * 0.6180339887) % 1;
/** `n` rows of x (uniform over [shift, shift + 100)) and c (a, b, c in turn; `extraA` of every 24 rows an `a`). */
const csv = (n: number, from: number, shift: number, extraA: number) =>
  `x,c\n${Array.from({ length: n }, (_, k) => {
    const i = k + from;
    return `${shift + u(i) * 100},${i % 24 < extraA ? "a" : ["a", "b", "c"][i % 3]}`;
  }).join("\n")}\n`;

const FILES = {
  "ref.csv": csv(3000, 0, 0, 0),
  "cur.csv": csv(3000, 7, 6, 4),
  "ref-small.csv": csv(300, 0, 0, 0),
  "cur-small.csv": csv(300, 7, 10, 4),
};

/** Both datasets with the same `drift` options (a flow mapping's inside). */
const twoDatasets = (options: string) =>
  `  - name: big\n    path: cur.csv\n    drift: { reference: ref.csv, ${options} }\n` +
  `  - name: small\n    path: cur-small.csv\n    drift: { reference: ref-small.csv, ${options} }\n`;

/** Parse `data:` as the engine does (with the checks' config warnings) and run the data stage. */
async function run(yaml: string): Promise<{ section: Section; warnings: Diagnostic[] }> {
  const dir = tempDir("mlgate-drift-");
  for (const [name, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const { config, diagnostics } = parseConfig(`version: 1\ndata:\n${yaml}`, "mlgate.yml", dataConfigFindings);
  if (!config) throw new Error(JSON.stringify(diagnostics));
  const section = await runData({
    config,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
  });
  return { section, warnings: diagnostics };
}

/** The drift checks as `id status: message [observed | expected]`. */
const drift = (s: Section) =>
  s.checks
    .filter((c) => c.id.endsWith("/drift"))
    .map((c) => `${c.id} ${c.status}: ${c.message} [${c.observed} | ${c.expected}]`);

describe("drift thresholds per statistic", () => {
  it("bounds each statistic with its own number: PSI and JS on large samples, KS and chi-square p-values on small ones", async () => {
    const { section, warnings } = await run(
      twoDatasets("thresholds: { psi: 0.1, js: 0.05, ks_p: 0.01, chi2_p: 0.15 }"),
    );
    expect(warnings).toEqual([]);
    expect(drift(section)).toEqual([
      "data/big/x/drift passed: x drift against ref.csv: PSI 0.0835 (auto: numeric, 3,000 values), within <= 0.1 [PSI 0.0835 (auto: numeric, 3,000 values) | PSI <= 0.1]",
      "data/big/c/drift failed: c drift against ref.csv: Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values), beyond <= 0.05 [Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values) | Jensen-Shannon distance <= 0.05]",
      "data/small/x/drift passed: x drift against ref-small.csv: KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values), within p >= 0.01 [KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values) | KS p-value >= 0.01]",
      "data/small/c/drift failed: c drift against ref-small.csv: chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values), beyond p >= 0.15 [chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values) | chi-square p-value >= 0.15]",
    ]);
  });

  it("gives the statistics not named their defaults, and says which bound applied", async () => {
    const { section } = await run(twoDatasets("thresholds: { psi: 0.05 }"));
    expect(
      section.checks.filter((c) => c.id.endsWith("/drift")).map((c) => `${c.id} ${c.status} ${c.expected}`),
    ).toEqual([
      "data/big/x/drift failed PSI <= 0.05",
      "data/big/c/drift passed Jensen-Shannon distance <= 0.1",
      "data/small/x/drift passed KS p-value >= 0.05",
      "data/small/c/drift passed chi-square p-value >= 0.05",
    ]);
  });

  it("counts the smaller side when auto picks between a test and an effect size", async () => {
    // 3,000 reference values against 300: the smaller side is under 1,000, so KS, not PSI.
    const { section } = await run(
      "  - name: d\n    path: cur-small.csv\n    drift: { reference: ref.csv, columns: [x], thresholds: { ks_p: 0.01 } }\n",
    );
    expect(section.checks.find((c) => c.id === "data/d/x/drift")!.observed).toMatch(
      /^KS p-value \S+ \(D = \S+; auto: numeric, 300 values\)$/,
    );
  });

  it("keeps the old form (threshold under auto) with today's verdicts, says which bound applied, and warns at the threshold", async () => {
    const yaml = twoDatasets("method: auto, threshold: 0.2").replace(
      "drift: { reference: ref-small.csv, method: auto, threshold: 0.2 }",
      "drift:\n      reference: ref-small.csv\n      threshold: 0.2",
    );
    const { section, warnings } = await run(yaml);
    // The verdicts the code before `thresholds` gave (one number: a statistic bound on the large
    // samples and a p-value bound on the small ones), each now saying which applied and why.
    expect(drift(section)).toEqual([
      "data/big/x/drift passed: x drift against ref.csv: PSI 0.0835 (auto: numeric, 3,000 values), within <= 0.2 [PSI 0.0835 (auto: numeric, 3,000 values) | PSI <= 0.2]",
      "data/big/c/drift passed: c drift against ref.csv: Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values), within <= 0.2 [Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values) | Jensen-Shannon distance <= 0.2]",
      "data/small/x/drift failed: x drift against ref-small.csv: KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values), beyond p >= 0.2 [KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values) | KS p-value >= 0.2]",
      "data/small/c/drift failed: c drift against ref-small.csv: chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values), beyond p >= 0.2 [chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values) | chi-square p-value >= 0.2]",
    ]);
    const message =
      "threshold with method auto means a p-value bound for ks/chi2 and a statistic bound for psi/js; write thresholds: { psi: 0.2, js: 0.2, ks_p: 0.2, chi2_p: 0.2 } to say which";
    // Line 5: `threshold` in a flow mapping (method auto written); line 10: in block style (no method).
    expect(warnings.map((d) => `${location(d)} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      `mlgate.yml:5:48 warning config/deprecated ${message}`,
      `mlgate.yml:10:7 warning config/deprecated ${message}`,
    ]);
    expect(warnings[0]!.hint).toContain("keep today's verdicts");
    // The thresholds the warning proposes give the same verdicts.
    const proposed = await run(twoDatasets("thresholds: { psi: 0.2, js: 0.2, ks_p: 0.2, chi2_p: 0.2 }"));
    expect(proposed.section.checks.map((c) => c.status)).toEqual(section.checks.map((c) => c.status));
  });

  it("lets a named method fix what one threshold means, without a warning", async () => {
    const ks = await run(twoDatasets("columns: [x], method: ks, threshold: 0.01"));
    const psi = await run(twoDatasets("columns: [x], method: psi, threshold: 0.01"));
    expect(ks.warnings).toEqual([]);
    expect(psi.warnings).toEqual([]);
    // 0.01 is a p-value bound for ks (both samples shifted, p well above 0.01 only on the small one)
    // and a statistic bound for psi (both shifts are above PSI 0.01).
    expect(ks.section.checks.map((c) => `${c.id} ${c.status} ${c.expected}`)).toEqual([
      "data/big/x/drift failed KS p-value >= 0.01",
      "data/small/x/drift passed KS p-value >= 0.01",
    ]);
    expect(psi.section.checks.map((c) => `${c.id} ${c.status} ${c.expected}`)).toEqual([
      "data/big/x/drift failed PSI <= 0.01",
      "data/small/x/drift failed PSI <= 0.01",
    ]);
    // `thresholds` under a named method: the same verdicts, in words that name the bound.
    const named = await run(twoDatasets("columns: [x], method: ks, thresholds: { ks_p: 0.01, psi: 0.5 }"));
    expect(named.section.checks.map((c) => `${c.id} ${c.status} ${c.expected}`)).toEqual([
      "data/big/x/drift failed KS p-value >= 0.01",
      "data/small/x/drift passed KS p-value >= 0.01",
    ]);
    // Both at once would ask again which one is meant.
    const both = parseConfig(
      "version: 1\ndata:\n  - name: d\n    path: cur.csv\n    drift: { reference: ref.csv, method: ks, threshold: 0.01, thresholds: { ks_p: 0.01 } }\n",
      "mlgate.yml",
    );
    expect(both.config).toBeUndefined();
    expect(both.diagnostics.map((d) => `${location(d)} ${d.code} ${d.message}`)).toEqual([
      "mlgate.yml:5:12 schema/not data[0].drift takes `threshold` or `thresholds`, not both",
    ]);
  });

  it("rejects a p-value bound above 1 and a statistic it does not know", () => {
    const { diagnostics } = parseConfig(
      "version: 1\ndata:\n  - name: d\n    path: cur.csv\n    drift: { reference: ref.csv, thresholds: { ks_p: 5, chi2: 0.1 } }\n",
      "mlgate.yml",
    );
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "schema/maximum data[0].drift.thresholds.ks_p must be <= 1 (got 5)",
      'schema/unknown-key unknown key "chi2" in data[0].drift.thresholds',
    ]);
  });
});
