// Paired tests on large predictions: `mlgate check` with the model stage and the comparison's
// paired significance on the same predictions file (ids on both sides, the base's rows in the
// same order, then reversed). Wall time and peak RSS; mlgate only (no peer runs this).
//
//   npm run build && node bench/compare/paired.mjs [--rows 3000000] [--rounds 3]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "../measure.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "3000000" },
    rounds: { type: "string", default: "3" },
  },
});
const n = Number(values.rows);
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-paired-"));
mkdirSync(path.join(dir, "base"));
let seed = 1;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
// Head and base score the same examples; the base's scores differ a little (another seed).
const head = [];
const base = [];
for (let i = 0; i < n; i++) {
  const y = rand() < 0.5 ? 1 : 0;
  const s = Math.min(1, Math.max(0, (y ? 0.65 : 0.35) + (rand() - 0.5) * 0.8));
  const b = Math.min(1, Math.max(0, s + (rand() - 0.5) * 0.1));
  head.push(`id${i},${y},${s.toFixed(4)}`);
  base.push(`id${i},${y},${b.toFixed(4)}`);
}
const csv = (rows) => `id,y,score\n${rows.join("\n")}\n`;
writeFileSync(path.join(dir, "p.csv"), csv(head));
writeFileSync(path.join(dir, "m.json"), '{"accuracy": 0.8}\n');
writeFileSync(path.join(dir, "base/m.json"), '{"accuracy": 0.8}\n');
writeFileSync(
  path.join(dir, "mlgate.yml"),
  `version: 1
model:
  predictions: { path: p.csv, task: binary, label: y, score: score, id: id, metrics: { accuracy: { min: 0.5 }, roc_auc: { min: 0.5 } } }
compare:
  metrics: [m.json]
  baseline: { from: "path:base" }
  rules:
    accuracy: { direction: higher, max_drop: 0.01, require_significance: true }
  significance: { predictions: p.csv, id: id }
`,
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${n} predictions a side; ${values.rounds} rounds, median; node ${process.version}\n`);
console.log("| base rows | wall s | CPU s | peak RSS MB |");
console.log("| --- | ---: | ---: | ---: |");
for (const [label, rows] of [
  ["same order", base],
  ["reversed", [...base].reverse()],
]) {
  writeFileSync(path.join(dir, "base/p.csv"), csv(rows));
  const runs = [];
  for (let r = 0; r < Number(values.rounds); r++)
    runs.push(
      measure(process.execPath, [path.join(ROOT, "dist/cli.js"), "check", "--env", "dev", "-f", "json"], dir),
    );
  // The paired test must have run (not skipped with a warning).
  if (!runs[0].stdout.includes("McNemar exact")) throw new Error("the paired test did not run");
  console.log(
    `| ${label} | ${median(runs.map((x) => x.seconds)).toFixed(2)} | ${median(runs.map((x) => x.cpu)).toFixed(2)} | ${median(runs.map((x) => x.rssMb)).toFixed(0)} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
