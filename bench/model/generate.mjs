// Writes the model benchmark's predictions file: DIR/predictions.csv with ROWS rows of
// label, score, prediction, region (8 values), segment (3 values), and DIR/mlgate.yml.
//   node bench/model/generate.mjs DIR [ROWS]
import { createWriteStream, writeFileSync } from "node:fs";
import path from "node:path";

const [dir, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 10_000_000);
let state = 20261122;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const REGIONS = ["north", "south", "east", "west", "centre", "islands", "abroad", "unknown"];
const SEGMENTS = ["consumer", "business", "public"];
const out = createWriteStream(path.join(dir, "predictions.csv"));
out.write("label,score,prediction,region,segment\n");
let chunk = "";
for (let i = 0; i < rows; i++) {
  const label = rand() < 0.3 ? 1 : 0;
  // Scores with six decimals, as most scripts write them: many ties over ten million rows.
  const score = Math.min(1, Math.max(0, (label ? 0.62 : 0.38) + (rand() - 0.5) * 0.8));
  chunk += `${label},${score.toFixed(6)},${score >= 0.5 ? 1 : 0},${REGIONS[Math.floor(rand() * 8)]},${SEGMENTS[Math.floor(rand() * 3)]}\n`;
  if (chunk.length > 1 << 20) {
    if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
    chunk = "";
  }
}
out.end(chunk);
await new Promise((r) => out.on("finish", r));
writeFileSync(
  path.join(dir, "mlgate.yml"),
  `version: 1
model:
  predictions:
    path: predictions.csv
    task: binary
    label: label
    score: score
    prediction: prediction
    metrics:
      roc_auc: { min: 0.5 }
      f1: { min: 0.1 }
      log_loss: { max: 2 }
    slices:
      - { by: region, metric: recall, min: 0.1 }
      - { by: segment, metric: recall, min: 0.1 }
`,
);
