// The engine does the work: the churn example's data checks on a large PostgreSQL table (made
// server-side with generate_series), mlgate's wall time against running the very statements it
// sent with psql, and mlgate's peak memory at two table sizes (it must not grow with the table).
// The cluster is a fresh one in a temp folder (as the tests start it), its log capturing every
// statement mlgate runs; psql then replays them.
//
//   npm run build && node bench/data/postgres.mjs [--rows 50000000] [--rounds 3]
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "../measure.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: { rows: { type: "string", default: "50000000" }, rounds: { type: "string", default: "3" } },
});
const ROWS = Number(values.rows);
const bin = path.join("/usr/lib/postgresql", readdirSync("/usr/lib/postgresql").sort().pop(), "bin");

// A cluster run by an unprivileged user (PostgreSQL refuses root), logging every statement.
const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-pg-"));
const user = process.getuid() === 0 ? "mlgate-pg" : undefined;
let ids = {};
if (user) {
  if (spawnSync("id", ["-u", user]).status !== 0)
    execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user]);
  ids = {
    uid: Number(execFileSync("id", ["-u", user], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", user], { encoding: "utf8" })),
  };
  chownSync(dir, ids.uid, ids.gid);
}
const data = path.join(dir, "data");
execFileSync(
  path.join(bin, "initdb"),
  ["-D", data, "-U", "bench", "-A", "trust", "--no-sync", "--locale=C"],
  {
    ...ids,
    cwd: dir,
    stdio: "ignore",
  },
);
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const pgArgs = ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1"];
const settings = ["fsync=off", "log_statement=all", "log_line_prefix=@@@ ", `log_destination=stderr`];
const server = spawn(path.join(bin, "postgres"), [...pgArgs, ...settings.flatMap((s) => ["-c", s])], {
  ...ids,
  cwd: dir,
  stdio: ["ignore", "ignore", "pipe"],
});
let log = "";
server.stderr.on("data", (b) => (log += b));
const url = `postgresql://bench@127.0.0.1:${port}/postgres`;
const psql = (sql, extra = []) =>
  execFileSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qAt", ...extra, "-c", sql], { encoding: "utf8" });
for (let i = 0; ; i++) {
  if (spawnSync("psql", [url, "-c", "select 1"], { stdio: "ignore" }).status === 0) break;
  if (i > 100) throw new Error(`postgres did not start:\n${log}`);
  await new Promise((r) => setTimeout(r, 200));
}

const stop = () => server.exitCode === null && server.kill("SIGINT");
process.on("exit", stop);

/** The churn example's training set, `n` rows, made inside the server. */
function makeTable(name, n) {
  psql(`create unlogged table ${name} as select
    'C' || lpad(g::text, 9, '0') as customer_id,
    18 + (g * 7919 % 80) as age,
    g * 31 % 72 as tenure_months,
    (20 + (g * 104729 % 10000) / 100.0)::float8 as monthly_charges,
    (array['basic','standard','premium'])[1 + g % 3] as plan,
    (array['north','south','east','west'])[1 + g % 4] as region,
    'user' || g || '@example.com' as email,
    (date '2023-01-01' + (g % 700)::int)::text as signup_date,
    (g % 5 = 0)::int as churned
  from generate_series(1::bigint, ${n}) g`);
  psql(`analyze ${name}`);
}

/** The churn example's data checks (examples/churn-model/mlgate.yml; drift has no SQL form yet). */
const config = (table) => `version: 1
data:
  - name: training set
    source: { engine: postgres, url: env:CHURN_DB, table: public.${table}, timeout: 1h }
    row_count: { min: 100 }
    columns:
      customer_id: { unique: true }
      age: { type: integer, min: 18, max: 100, missing: { max: 0 } }
      tenure_months: { type: integer, min: 0 }
      monthly_charges: { type: number, min: 0, outliers: { zscore: 6, max_percent: 0.5 } }
      plan: { allowed: [basic, standard, premium] }
      region: { allowed: [north, south, east, west], missing: { max_percent: 1 } }
      email: { regex: "^[^@\\\\s]+@[^@\\\\s]+$" }
      signup_date: { type: date }
      churned: { type: integer, allowed: [0, 1] }
`;

const small = Math.max(1000, Math.round(ROWS / 10));
const started = Date.now();
makeTable("churn_small", small);
makeTable("churn", ROWS);
const made = (Date.now() - started) / 1000;
const repo = path.join(dir, "repo");
execFileSync("mkdir", ["-p", repo]);
const env = { CHURN_DB: url };
const runMlgate = (table) => {
  writeFileSync(path.join(repo, "mlgate.yml"), config(table));
  return measure(
    process.execPath,
    [path.join(ROOT, "dist/cli.js"), "check", "-f", "json", "-o", "out.json"],
    repo,
    env,
  );
};

// One run to capture the statements mlgate sends (the log, between its markers).
log = "";
const first = runMlgate("churn");
await new Promise((r) => setTimeout(r, 500));
const statements = log
  .split("@@@ ")
  .map((e) => /^LOG:\s+execute [^:]*:\s*([\s\S]*)$/.exec(e.trim())?.[1])
  .filter((s) => s && /\bchurn\b/.test(s));
writeFileSync(path.join(dir, "statements.sql"), `${statements.map((s) => `${s};`).join("\n")}\n`);

const results = { mlgate: [first], "psql (mlgate's statements)": [], "mlgate, table / 10": [] };
for (let i = 0; i < Number(values.rounds); i++) {
  if (i > 0) results.mlgate.push(runMlgate("churn"));
  results["psql (mlgate's statements)"].push(
    measure("psql", [url, "-qAt", "-v", "ON_ERROR_STOP=1", "-f", path.join(dir, "statements.sql")], dir),
  );
  results["mlgate, table / 10"].push(runMlgate("churn_small"));
}
const report = JSON.parse(readFileSync(path.join(repo, "out.json"), "utf8"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `\n${ROWS.toLocaleString("en")} rows (made in ${made.toFixed(0)} s); ${statements.length} statements`,
);
console.log(`load: ${readFileSync("/proc/loadavg", "utf8").trim()}`);
console.log(
  `verdicts: ${report.sections
    .find((s) => s.id === "data")
    .checks.map((c) => c.status)
    .join(" ")}\n`,
);
console.log("| run | wall s (median) | client CPU s | client peak RSS MB |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, rs] of Object.entries(results))
  console.log(
    `| ${name} | ${median(rs.map((r) => r.seconds)).toFixed(2)} | ${median(rs.map((r) => r.cpu)).toFixed(2)} | ${median(rs.map((r) => r.rssMb)).toFixed(0)} |`,
  );
const ratio =
  median(results.mlgate.map((r) => r.seconds)) /
  median(results["psql (mlgate's statements)"].map((r) => r.seconds));
console.log(`\nmlgate / psql: ${ratio.toFixed(2)}x`);
server.kill("SIGINT");
await new Promise((r) => server.once("exit", r));
rmSync(dir, { recursive: true, force: true });
