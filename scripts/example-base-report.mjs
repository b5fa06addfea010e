// The churn-model example's baseline/mlgate-report.json: the report the base branch's run would
// have left in its baseline artifact, made by running the bundled CLI's model stage on the
// baseline's predictions (so the example shows the slice bars head against base).
//   npm run build && node scripts/example-base-report.mjs
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const EXAMPLE = path.join(ROOT, "examples/churn-model");
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-base-report-"));
try {
  mkdirSync(path.join(dir, "reports"));
  cpSync(path.join(EXAMPLE, "baseline/reports/predictions.csv"), path.join(dir, "reports/predictions.csv"));
  // The example's model.predictions block, alone: the base run's slices come from it.
  const config = readFileSync(path.join(EXAMPLE, "mlgate.yml"), "utf8");
  const block = config.match(/\n {2}predictions:\n(?: {4}.*\n)+/)?.[0];
  if (!block) throw new Error("no model.predictions block in examples/churn-model/mlgate.yml");
  writeFileSync(path.join(dir, "mlgate.yml"), `version: 1\nmodel:${block}`);
  let out;
  try {
    out = execFileSync(
      process.execPath,
      [path.join(ROOT, "dist/cli.js"), "test", "--env", "dev", "-f", "json"],
      {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
  } catch (err) {
    out = err.stdout; // a failed gate prints its report all the same
  }
  const report = JSON.parse(out);
  writeFileSync(path.join(EXAMPLE, "baseline/mlgate-report.json"), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
