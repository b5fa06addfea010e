// Splits benchmark (issue 19, item 7): the data benchmark's six checks plus column statistics (mean,
// std, median, quantiles, distinct, string_length: median and quantiles are exact up to 1,000,000
// numbers and from the quantile sketch past it) on an 8,000,000-row train file, and a train/test
// `splits:` entry against a 2,000,000-row test file of which one row in ten repeats a train row
// (leakage, class balance, unseen categories, columns). mlgate and pandas doing the same work,
// side by side; wall time, peak RSS, agreement.
//
//   npm run build && apt-get install python3-pandas
//   node bench/data/splits.mjs [--rows 8000000] [--test-rows 2000000] [--rounds 1]
import { execFileSync } from "node:child_process";
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { measure } from "../measure.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "8000000" },
    "test-rows": { type: "string", default: "2000000" },
    rounds: { type: "string", default: "1" },
    cli: { type: "string", default: path.join(ROOT, "dist/cli.js") },
  },
});
const CLI = path.resolve(values.cli);
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-splits-"));
const gen = (into, rows) =>
  execFileSync(process.execPath, [path.join(import.meta.dirname, "generate.mjs"), into, rows], {
    stdio: "inherit",
  });
gen(dir, values.rows);
// The test file: the generator's first rows again; nine in ten get a new id (not in train), one in
// ten stays the very train row (leaked).
const testDir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-splits-test-"));
gen(testDir, values["test-rows"]);
const out = createWriteStream(path.join(dir, "test.csv"));
let n = 0;
let buf = "";
for await (const line of createInterface({ input: createReadStream(path.join(testDir, "big.csv")) })) {
  if (n++ === 0) buf += `${line}\n`;
  else {
    const comma = line.indexOf(",");
    const id = Number(line.slice(0, comma));
    buf += id % 10 === 0 ? `${line}\n` : `${id + 1_000_000_000}${line.slice(comma)}\n`;
  }
  if (buf.length > 1 << 20) {
    if (!out.write(buf)) await new Promise((r) => out.once("drain", r));
    buf = "";
  }
}
out.write(buf);
await new Promise((r) => out.end(r));
rmSync(testDir, { recursive: true, force: true });
renameSync(path.join(dir, "big.csv"), path.join(dir, "train.csv"));
// The statistics go on the benchmark's columns.
const yml = readFileSync(path.join(dir, "mlgate.yml"), "utf8")
  .replace("path: big.csv", "path: train.csv")
  .replace(
    "      id: { unique: true }",
    '      id: { unique: true }\n      income: { mean: { min: 0 }, std: { min: 0 }, median: { min: 0 }, quantiles: { "0.05": { min: 0 }, "0.95": { max: 200000 } } }',
  )
  .replace("      email: { regex:", "      email: { string_length: { min: 1 }, regex:")
  .replace(
    "      country: { allowed: [BR, US, ES, DE, FR, IN] }",
    "      country: { allowed: [BR, US, ES, DE, FR, IN], distinct: { max: 6 } }",
  );
writeFileSync(
  path.join(dir, "mlgate.yml"),
  `${yml}  - name: splits\n    splits: { train: train.csv, test: test.csv, label: active, max_leaked_rows: 0 }\n`,
);
const tools = {
  mlgate: () =>
    measure(
      process.execPath,
      [CLI, "test", "--env", "dev", "--format", "json", "--output", path.join(dir, "mlgate.json")],
      dir,
    ),
  "pandas (read_csv + checks + hash join)": () =>
    measure(
      "/usr/bin/python3",
      [path.join(import.meta.dirname, "pandas_splits.py"), "train.csv", "test.csv"],
      dir,
    ),
};
const results = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
let pandasOut = "";
for (let round = 0; round < Number(values.rounds); round++)
  for (const [name, run] of Object.entries(tools)) {
    const r = run();
    results[name].push(r);
    if (name !== "mlgate") pandasOut = r.stdout;
  }
const checks = JSON.parse(readFileSync(path.join(dir, "mlgate.json"), "utf8")).sections.find(
  (s) => s.id === "data",
).checks;
const leak = checks.find((c) => c.id === "data/splits/leakage").message;
console.log(
  `\nagreement: mlgate "${leak}"; pandas leaked_rows = ${/'leaked_rows': (\d+)/.exec(pandasOut)?.[1]}`,
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (f) => (statSync(path.join(dir, f)).size / 1e6).toFixed(0);
console.log(
  `\n${values.rows} train rows (${mb("train.csv")} MB), ${values["test-rows"]} test rows (${mb("test.csv")} MB); 6 checks + 6 statistics + splits; ${values.rounds} round(s), median; node ${process.version}\n`,
);
console.log("| tool | wall s | CPU s | peak RSS MB | speed vs pandas |");
console.log("| --- | ---: | ---: | ---: | ---: |");
const pandas = median(results["pandas (read_csv + checks + hash join)"].map((r) => r.seconds));
for (const [name, rs] of Object.entries(results)) {
  const t = median(rs.map((r) => r.seconds));
  console.log(
    `| ${name} | ${t.toFixed(2)} | ${median(rs.map((r) => r.cpu)).toFixed(2)} | ${median(rs.map((r) => r.rssMb)).toFixed(0)} | ${(pandas / t).toFixed(2)}× |`,
  );
}
rmSync(dir, { recursive: true, force: true });
