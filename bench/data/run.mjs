// Data benchmark: the same six checks (missing, range, allowed, regex, unique id, date parse) by
// mlgate, pandas and DuckDB on one generated CSV, side by side; wall time, peak RSS, agreement.
//
//   npm --prefix bench install && npm run build && apt-get install python3-pandas
//   node bench/data/run.mjs [--rows 8000000] [--rounds 3] [--mlgate-only] [--drift] [--quote-all] [--cli dist/cli.js]
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure as measureIn } from "../measure.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "8000000" },
    rounds: { type: "string", default: "3" },
    // --mlgate-only: just mlgate (to show its memory flat on a larger file without waiting on pandas).
    "mlgate-only": { type: "boolean", default: false },
    // --drift: add drift of three columns against a reference of a quarter of the rows (mlgate
    // only: the peers have no drift check), to show what drift costs on top of the six checks.
    drift: { type: "boolean", default: false },
    // --quote-all: the same file with every string field quoted in every row (R's write.csv, Spark's quoteAll).
    "quote-all": { type: "boolean", default: false },
    // --cli: the mlgate build to run (another build's cli.js, to compare two builds; see ab.mjs).
    cli: { type: "string", default: path.join(ROOT, "dist/cli.js") },
  },
});
// Resolved here: the runs' working directory is the corpus's.
const CLI = path.resolve(values.cli);
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-data-"));
const quoting = values["quote-all"] ? ["--quote-all"] : [];
execFileSync(
  process.execPath,
  [path.join(import.meta.dirname, "generate.mjs"), dir, values.rows, ...quoting],
  {
    stdio: "inherit",
  },
);
const csv = path.join(dir, "big.csv");
if (values.drift) {
  const refDir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-ref-"));
  execFileSync(
    process.execPath,
    [
      path.join(import.meta.dirname, "generate.mjs"),
      refDir,
      String(Math.floor(Number(values.rows) / 4)),
      ...quoting,
    ],
    { stdio: "inherit" },
  );
  renameSync(path.join(refDir, "big.csv"), path.join(dir, "ref.csv"));
  rmSync(refDir, { recursive: true, force: true });
  appendFileSync(
    path.join(dir, "mlgate.yml"),
    "    drift: { reference: ref.csv, columns: [score, country, age] }\n",
  );
  values["mlgate-only"] = true;
}

const measure = (cmd, args, cwd = dir) => measureIn(cmd, args, cwd);

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
  "pandas (read_csv + checks)": () =>
    measure("/usr/bin/python3", [path.join(import.meta.dirname, "pandas_checks.py"), csv]),
  "DuckDB (SQL aggregates)": () =>
    measure(
      process.execPath,
      [path.join(import.meta.dirname, "duckdb-checks.mjs"), csv],
      path.join(ROOT, "bench"),
    ),
};
if (!existsSync(path.join(ROOT, "bench/node_modules/@duckdb/node-api")))
  throw new Error("run `npm --prefix bench install` first");

const results = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
const last = {};
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [name, run] of Object.entries(tools)) {
    if (values["mlgate-only"] && name !== "mlgate") continue;
    const r = run();
    results[name].push(r);
    last[name] = r.stdout;
  }
}
// The three must agree on what they found.
const m = JSON.parse(readFileSync(path.join(dir, "mlgate.json"), "utf8")).sections[0].checks;
const missing = m.find((c) => c.id === "data/big/age/missing").observed.split(" ")[0];
if (!values["mlgate-only"])
  console.log(
    `\nagreement: age missing = mlgate ${missing}; pandas ${/'age_missing': (\d+)/.exec(last["pandas (read_csv + checks)"])[1]}; DuckDB ${JSON.parse(last["DuckDB (SQL aggregates)"])[0].age_missing}`,
  );
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const size = (statSync(csv).size / 1e6).toFixed(0);
console.log(
  `\n${values.rows} rows, ${size} MB CSV${values["quote-all"] ? " (every string field quoted)" : ""}, 6 checks; ${values.rounds} rounds, median; node ${process.version}\n`,
);
console.log("| tool | wall s (median) | CPU s | peak RSS MB | speed vs pandas | mlgate vs tool |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
const pandas = median(results["pandas (read_csv + checks)"].map((r) => r.seconds));
const mlgate = median(results.mlgate.map((r) => r.seconds));
for (const [name, rs] of Object.entries(results)) {
  if (!rs.length) continue;
  const t = median(rs.map((r) => r.seconds));
  console.log(
    `| ${name} | ${t.toFixed(2)} | ${median(rs.map((r) => r.cpu)).toFixed(2)} | ${median(rs.map((r) => r.rssMb)).toFixed(0)} | ${pandas === undefined ? "–" : `${(pandas / t).toFixed(2)}×`} | ${(mlgate / t).toFixed(2)} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
