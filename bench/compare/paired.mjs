// Paired tests on large predictions: `mlgate check` with the model stage and the comparison's
// paired significance on the same predictions file (ids on both sides, the base's rows in the
// same order, then reversed). Wall time and peak RSS; mlgate only (no peer runs this).
//
//   npm run build && node bench/compare/paired.mjs [--rows 3000000] [--rounds 3] [--cli dist/cli.js]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "../measure.mjs";
import { writeBase, writeCorpus } from "./generate.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "3000000" },
    rounds: { type: "string", default: "3" },
    // --cli: the mlgate build to run (another build's cli.js, to compare two builds; see ab.mjs).
    cli: { type: "string", default: path.join(ROOT, "dist/cli.js") },
  },
});
// Resolved here: the runs' working directory is the corpus's.
const CLI = path.resolve(values.cli);
const n = Number(values.rows);
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-paired-"));
const base = writeCorpus(dir, n);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${n} predictions a side; ${values.rounds} rounds, median; node ${process.version}\n`);
console.log("| base rows | wall s | CPU s | peak RSS MB |");
console.log("| --- | ---: | ---: | ---: |");
for (const [label, rows] of [
  ["same order", base],
  ["reversed", [...base].reverse()],
]) {
  writeBase(dir, rows);
  const runs = [];
  for (let r = 0; r < Number(values.rounds); r++)
    runs.push(measure(process.execPath, [CLI, "check", "--env", "dev", "-f", "json"], dir));
  // The paired test must have run (not skipped with a warning).
  if (!runs[0].stdout.includes("McNemar exact")) throw new Error("the paired test did not run");
  console.log(
    `| ${label} | ${median(runs.map((x) => x.seconds)).toFixed(2)} | ${median(runs.map((x) => x.cpu)).toFixed(2)} | ${median(runs.map((x) => x.rssMb)).toFixed(0)} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
