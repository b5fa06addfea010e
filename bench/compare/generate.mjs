// Generates the paired-tests corpus of bench/compare/paired.mjs: DIR/p.csv (ROWS predictions with
// ids), DIR/base/p.csv (the base's scores for the same ids, in the same order or reversed), the two
// metrics files and DIR/mlgate.yml. Deterministic. paired.mjs imports it; ab.mjs runs it.
//   node bench/compare/generate.mjs DIR [ROWS=3000000] [same|reversed]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const csv = (rows) => `id,y,score\n${rows.join("\n")}\n`;

/** Write everything but base/p.csv into `dir`; returns the base's rows (in id order) for writeBase. */
export function writeCorpus(dir, n) {
  mkdirSync(path.join(dir, "base"), { recursive: true });
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
  return base;
}

/** Write the base's predictions (rows as writeCorpus returned them, or reordered). */
export function writeBase(dir, rows) {
  writeFileSync(path.join(dir, "base/p.csv"), csv(rows));
}

if (process.argv[1] === import.meta.filename) {
  const [dir, rowsArg, order = "same"] = process.argv.slice(2);
  if (!dir || (order !== "same" && order !== "reversed")) {
    console.error("usage: node bench/compare/generate.mjs DIR [ROWS] [same|reversed]");
    process.exit(2);
  }
  const base = writeCorpus(dir, Number(rowsArg ?? 3_000_000));
  writeBase(dir, order === "reversed" ? base.reverse() : base);
}
