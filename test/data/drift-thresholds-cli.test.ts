/**
 * `drift.thresholds` through the bundled CLI (`npm run build` first): the JSON report says which
 * statistic and bound applied, and the old form prints its deprecation warning on stderr, at the
 * `threshold` key, while stdout stays the report it was.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

const u = (i: number) => (i * 0.6180339887) % 1;
/** `n` rows: x uniform over [shift, shift + 100), c cycling a, b, c with `extraA` of every 24 rows an `a`. */
const csv = (n: number, from: number, shift: number, extraA: number) =>
  `x,c\n${Array.from({ length: n }, (_, k) => {
    const i = k + from;
    return `${shift + u(i) * 100},${i % 24 < extraA ? "a" : ["a", "b", "c"][i % 3]}`;
  }).join("\n")}\n`;

/** A repository with a large and a small dataset, both compared with `drift` written as `drift`. */
function repo(drift: string): string {
  const dir = tempDir("mlgate-drift-cli-");
  writeFileSync(path.join(dir, "ref.csv"), csv(3000, 0, 0, 0));
  writeFileSync(path.join(dir, "cur.csv"), csv(3000, 7, 6, 4));
  writeFileSync(path.join(dir, "ref-small.csv"), csv(300, 0, 0, 0));
  writeFileSync(path.join(dir, "cur-small.csv"), csv(300, 7, 10, 4));
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    `version: 1\ndata:\n  - name: big\n    path: cur.csv\n    drift:\n      reference: ref.csv\n${drift}` +
      `  - name: small\n    path: cur-small.csv\n    drift:\n      reference: ref-small.csv\n${drift}`,
  );
  return dir;
}

/** Run `mlgate test --format json` and list the data checks (the report sorts them by id). */
async function run(dir: string) {
  const r = await runNode("dist/cli.js", ["test", "--dir", dir, "--format", "json"]);
  const report = JSON.parse(r.stdout) as {
    sections: { id: string; checks: { id: string; status: string; message: string; expected?: string }[] }[];
  };
  const checks = report.sections
    .find((s) => s.id === "data")!
    .checks.map((c) => `${c.id} ${c.status}: ${c.message} [${c.expected}]`);
  return { code: r.code, stderr: r.stderr, checks };
}

describe("drift thresholds through the bundled CLI", () => {
  it("reports the statistic auto picked and the bound that applied, per column", async () => {
    const r = await run(repo("      thresholds: { psi: 0.1, js: 0.05, ks_p: 0.01, chi2_p: 0.15 }\n"));
    expect(r.stderr).toBe("");
    expect(r.checks).toEqual([
      "data/big/c/drift failed: c drift against ref.csv: Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values), beyond <= 0.05 [Jensen-Shannon distance <= 0.05]",
      "data/big/x/drift passed: x drift against ref.csv: PSI 0.0835 (auto: numeric, 3,000 values), within <= 0.1 [PSI <= 0.1]",
      "data/small/c/drift failed: c drift against ref-small.csv: chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values), beyond p >= 0.15 [chi-square p-value >= 0.15]",
      "data/small/x/drift passed: x drift against ref-small.csv: KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values), within p >= 0.01 [KS p-value >= 0.01]",
    ]);
    expect(r.code).toBe(1);
  });

  it("keeps the old form's report and warns on stderr where `threshold` is", async () => {
    const r = await run(repo("      method: auto\n      threshold: 0.2\n"));
    expect(r.checks).toEqual([
      "data/big/c/drift passed: c drift against ref.csv: Jensen-Shannon distance 0.0732 (auto: categorical, 3,000 values), within <= 0.2 [Jensen-Shannon distance <= 0.2]",
      "data/big/x/drift passed: x drift against ref.csv: PSI 0.0835 (auto: numeric, 3,000 values), within <= 0.2 [PSI <= 0.2]",
      "data/small/c/drift failed: c drift against ref-small.csv: chi-square p-value 0.129 (χ² = 4.10; auto: categorical, 300 values), beyond p >= 0.2 [chi-square p-value >= 0.2]",
      "data/small/x/drift failed: x drift against ref-small.csv: KS p-value 0.0659 (D = 0.1067; auto: numeric, 300 values), beyond p >= 0.2 [KS p-value >= 0.2]",
    ]);
    const warning =
      "warning config/deprecated threshold with method auto means a p-value bound for ks/chi2 and a statistic bound for psi/js; write thresholds: { psi: 0.2, js: 0.2, ks_p: 0.2, chi2_p: 0.2 } to say which";
    expect(r.stderr.split("\n").filter((l) => l.startsWith("mlgate.yml"))).toEqual([
      `mlgate.yml:8:7 ${warning}`,
      `mlgate.yml:14:7 ${warning}`,
    ]);
    expect(r.code).toBe(1);
  });
});
