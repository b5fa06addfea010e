// Model benchmark: ROC AUC, F1, log loss and recall per slice (two slice columns) on a generated
// binary predictions CSV, by mlgate and by pandas + scikit-learn, side by side; wall time, CPU,
// peak RSS, and agreement of the values.
//
//   apt-get install python3-sklearn python3-pandas && npm run build
//   node bench/model/run.mjs [--rows 10000000] [--rounds 3] [--cli dist/cli.js]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure as measureIn } from "../measure.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10000000" },
    rounds: { type: "string", default: "3" },
    // --cli: the mlgate build to run (another build's cli.js, to compare two builds; see ab.mjs).
    cli: { type: "string", default: path.join(ROOT, "dist/cli.js") },
  },
});
// Resolved here: the runs' working directory is the corpus's.
const CLI = path.resolve(values.cli);
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-model-"));
execFileSync(process.execPath, [path.join(import.meta.dirname, "generate.mjs"), dir, values.rows], {
  stdio: "inherit",
});
const csv = path.join(dir, "predictions.csv");

const measure = (cmd, args) => measureIn(cmd, args, dir);

const tools = {
  mlgate: () =>
    measure(process.execPath, [
      CLI,
      "test",
      "--env",
      "dev",
      "--format",
      "json",
      "--output",
      path.join(dir, "mlgate.json"),
    ]),
  "pandas + scikit-learn": () =>
    measure("/usr/bin/python3", [path.join(import.meta.dirname, "sklearn_metrics.py"), csv]),
};
const results = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
let sk;
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [name, run] of Object.entries(tools)) {
    const r = run();
    results[name].push(r);
    if (name !== "mlgate") sk = JSON.parse(r.stdout);
  }
}
// Agreement: mlgate's values against scikit-learn's on the same file.
const model = JSON.parse(readFileSync(path.join(dir, "mlgate.json"), "utf8")).sections.find(
  (s) => s.id === "model",
);
const ours = model.metrics;
const names = [
  "roc_auc",
  "f1",
  "log_loss",
  ...Object.keys(sk.recall_by_region).map((g) => [`recall[region=${g}]`, sk.recall_by_region[g]]),
  ...Object.keys(sk.recall_by_segment).map((g) => [`recall[segment=${g}]`, sk.recall_by_segment[g]]),
].map((k) => (Array.isArray(k) ? k : [k, sk[k]]));
const worst = Math.max(...names.map(([k, want]) => Math.abs(ours[k] - want) / Math.abs(want)));
console.log(
  `\nagreement: roc_auc ${ours.roc_auc} vs ${sk.roc_auc}, f1 ${ours.f1} vs ${sk.f1}, log_loss ${ours.log_loss} vs ${sk.log_loss}; largest relative difference over ${names.length} values ${worst.toExponential(1)}`,
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const size = (statSync(csv).size / 1e6).toFixed(0);
console.log(
  `\n${values.rows} rows, ${size} MB CSV; ${values.rounds} rounds, median; node ${process.version}\n`,
);
console.log("| tool | wall s (median) | CPU s | peak RSS MB | mlgate speed-up |");
console.log("| --- | ---: | ---: | ---: | ---: |");
const ml = median(results.mlgate.map((r) => r.seconds));
for (const [name, rs] of Object.entries(results)) {
  const t = median(rs.map((r) => r.seconds));
  console.log(
    `| ${name} | ${t.toFixed(2)} | ${median(rs.map((r) => r.cpu)).toFixed(2)} | ${median(rs.map((r) => r.rssMb)).toFixed(0)} | ${(t / ml).toFixed(2)}× |`,
  );
}
rmSync(dir, { recursive: true, force: true });
