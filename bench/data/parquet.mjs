// Parquet throughput: mlgate's data checks on flights-3m.parquet (3,000,000 rows, shipped in the
// vega-datasets npm package, fetched with `npm pack`), and DuckDB running the same checks.
//
//   npm --prefix bench install && npm run build && node bench/data/parquet.mjs [--rounds 3]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "../measure.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" } } });
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-parquet-"));
execFileSync("npm", ["pack", "vega-datasets@3.2.1", "--silent"], {
  cwd: dir,
  stdio: ["ignore", "ignore", "inherit"],
});
execFileSync("tar", ["xzf", "vega-datasets-3.2.1.tgz", "package/data/flights-3m.parquet"], { cwd: dir });
const file = path.join(dir, "package/data/flights-3m.parquet");
writeFileSync(
  path.join(dir, "mlgate.yml"),
  `version: 1
data:
  - name: flights
    path: package/data/flights-3m.parquet
    row_count: { min: 1000000 }
    columns:
      delay: { type: integer, min: -120, max: 1500, missing: { max_percent: 1 } }
      distance: { min: 0, max: 6000 }
      origin: { regex: "^[A-Z]{3}$" }
      destination: { regex: "^[A-Z]{3}$", missing: { max: 0 } }
`,
);
// The same checks as SQL sources: mlgate's own engine pushes them down to DuckDB (src/data/sql/).
writeFileSync(
  path.join(dir, "mlgate-sql.yml"),
  readFileSync(path.join(dir, "mlgate.yml"), "utf8").replace(
    "path: package/data/flights-3m.parquet",
    "source: { engine: duckdb, path: package/data/flights-3m.parquet }",
  ),
);
const duck = `
import { DuckDBInstance } from "@duckdb/node-api";
const db = await DuckDBInstance.create(":memory:");
const c = await db.connect();
const r = await c.runAndReadAll(\`select count(*) as rows,
  count(*) filter (where delay is null) as delay_missing,
  count(*) filter (where delay < -120 or delay > 1500) as delay_range,
  count(*) filter (where distance < 0 or distance > 6000) as distance_range,
  count(*) filter (where not regexp_full_match(origin, '[A-Z]{3}')) as origin_regex,
  count(*) filter (where not regexp_full_match(destination, '[A-Z]{3}')) as destination_regex,
  count(*) filter (where destination is null) as destination_missing
  from read_parquet('${file}')\`);
console.log(JSON.stringify(r.getRowObjectsJson()));
`;
const duckFile = path.join(ROOT, "bench/.duck-parquet.mjs");
writeFileSync(duckFile, duck);
const tools = {
  mlgate: () =>
    measure(
      process.execPath,
      [
        path.join(ROOT, "dist/cli.js"),
        "test",
        "--env",
        "dev",
        "-f",
        "json",
        "-o",
        path.join(dir, "out.json"),
      ],
      dir,
    ),
  "mlgate, source: { engine: duckdb }": () =>
    measure(
      process.execPath,
      [
        path.join(ROOT, "dist/cli.js"),
        "test",
        "--env",
        "dev",
        "-c",
        "mlgate-sql.yml",
        "-f",
        "json",
        "-o",
        path.join(dir, "out-sql.json"),
      ],
      dir,
    ),
  "DuckDB (SQL aggregates)": () => measure(process.execPath, [duckFile], path.join(ROOT, "bench")),
};
const results = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
let duckOut = "";
for (let i = 0; i < Number(values.rounds); i++)
  for (const [name, run] of Object.entries(tools)) {
    const r = run();
    results[name].push(r);
    if (name !== "mlgate") duckOut = r.stdout;
  }
rmSync(duckFile);
const report = JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8"));
const rowsChecked = report.sections[0].summary;
// Same data, same verdicts: the SQL path's report must say what the file path's says.
const sqlReport = JSON.parse(readFileSync(path.join(dir, "out-sql.json"), "utf8"));
const verdicts = (r) => JSON.stringify(r.sections[0].checks.map((c) => [c.id, c.status, c.message]));
if (verdicts(sqlReport) !== verdicts(report))
  console.log(`verdicts differ:\n${verdicts(report)}\n${verdicts(sqlReport)}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = statSync(file).size / 1e6;
console.log(`\nflights-3m.parquet: ${mb.toFixed(1)} MB, ${rowsChecked}; DuckDB: ${duckOut.trim()}\n`);
console.log(`load: ${readFileSync("/proc/loadavg", "utf8").trim()}\n`);
console.log("| tool | wall s (median) | CPU s | peak RSS MB | rows/s |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const [name, rs] of Object.entries(results)) {
  const t = median(rs.map((r) => r.seconds));
  console.log(
    `| ${name} | ${t.toFixed(2)} | ${median(rs.map((r) => r.cpu)).toFixed(2)} | ${median(rs.map((r) => r.rssMb)).toFixed(0)} | ${(3_000_000 / t / 1e6).toFixed(2)} M |`,
  );
}
rmSync(dir, { recursive: true, force: true });
