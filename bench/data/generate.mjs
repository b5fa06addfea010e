// Generates the data benchmark file: N rows, 10 mixed columns (ids, ints with missing values, floats,
// categories, emails, dates, booleans, quoted strings), ~85 bytes a row, plus an mlgate.yml.
// `--quote-all`: every string field quoted in every row, header included, as R's write.csv,
// Excel and Spark's quoteAll write them (numbers and booleans bare, as R writes them).
// Usage: node bench/data/generate.mjs DIR [ROWS=8000000] [--quote-all]
import { createWriteStream, writeFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const quoteAll = args.includes("--quote-all");
const [dir, rowsArg] = args.filter((a) => a !== "--quote-all");
if (!dir) {
  console.error("usage: node bench/data/generate.mjs DIR [ROWS] [--quote-all]");
  process.exit(2);
}
const N = Number(rowsArg ?? 8_000_000);
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const COUNTRIES = ["BR", "US", "ES", "DE", "FR", "IN"];
const SEGMENTS = ["consumer", "small business", "enterprise"];
const WORDS = ["great", "slow", "support", "price", "app", "crash", "love", "billing"];

const out = createWriteStream(path.join(dir, "big.csv"));
const q = quoteAll ? (text) => `"${text}"` : (text) => text;
const HEADER = "id,age,income,score,country,email,signup_date,active,segment,comment";
out.write(`${quoteAll ? HEADER.split(",").map(q).join(",") : HEADER}\n`);
let buf = "";
for (let i = 0; i < N; i++) {
  const age = rand() < 0.02 ? "" : String(18 + Math.floor(rand() * 70));
  const income = (rand() * 200000).toFixed(2);
  const score = rand().toFixed(4);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
  const comment = rand() < 0.3 ? `"${WORDS[i % 8]}, ${WORDS[(i >> 3) % 8]} ""ok"""` : q(WORDS[i % 8]);
  buf += `${i},${age},${income},${score},${q(COUNTRIES[i % 6])},${q(`user${i}@example.com`)},${q(`20${10 + (i % 15)}-${month}-${day}`)},${i % 3 ? "true" : "false"},${q(SEGMENTS[i % 3])},${comment}\n`;
  if (buf.length > 1 << 20) {
    if (!out.write(buf)) await new Promise((r) => out.once("drain", r));
    buf = "";
  }
}
out.write(buf);
await new Promise((r) => out.end(r));
writeFileSync(
  path.join(dir, "mlgate.yml"),
  `version: 1
data:
  - name: big
    path: big.csv
    columns:
      id: { unique: true }
      age: { type: integer, min: 0, max: 120, missing: { max_percent: 5 } }
      score: { min: 0, max: 1 }
      country: { allowed: [BR, US, ES, DE, FR, IN] }
      email: { regex: "^[^@\\\\s]+@[^@\\\\s]+$" }
      signup_date: { type: date }
`,
);
console.log(`${N} rows in ${path.join(dir, "big.csv")}`);
