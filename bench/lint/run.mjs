// Lint benchmark: mlgate lint against ajv-cli and Spectral on the same generated corpus, in one run.
//
//   npm --prefix bench install          # the peers, installed apart from mlgate
//   npm run build                  # mlgate's dist/
//   node bench/lint/run.mjs [--files 10000] [--rounds 5] [--spectral-files 1000] [--cli dist/cli.js]
//
// Each tool runs as a separate process, as a user would run it; rounds alternate between the tools
// so that machine noise hits all of them alike, and the median is reported. Peak RSS comes from
// GNU time (/usr/bin/time -f %M) when it is installed.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bench/node_modules/.bin");
const { values } = parseArgs({
  options: {
    files: { type: "string", default: "10000" },
    rounds: { type: "string", default: "5" },
    "spectral-files": { type: "string", default: "1000" },
    "spectral-rounds": { type: "string", default: "1" },
    // --cli: the mlgate build to run (another build's cli.js, to compare two builds; see ab.mjs).
    cli: { type: "string" },
  },
});
// Resolved here: the runs' working directory is the corpus's.
const CLI = values.cli ? path.resolve(values.cli) : path.join(ROOT, "dist/cli.js");
const N = Number(values.files);
const ROUNDS = Number(values.rounds);
const SPECTRAL_N = Number(values["spectral-files"]);

for (const bin of ["ajv", "spectral"]) {
  if (!existsSync(path.join(BIN, bin))) {
    console.error(`bench/node_modules/.bin/${bin} is missing: run \`npm --prefix bench install\` first.`);
    process.exit(2);
  }
}
if (!existsSync(CLI)) {
  console.error(`${values.cli ?? "dist/cli.js"} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

const dir = mkdtempSync(path.join(tmpdir(), "mlgate-bench-lint-"));
execFileSync(process.execPath, [path.join(ROOT, "bench/lint/generate.mjs"), dir, String(N)], {
  stdio: "inherit",
});

// Spectral is ~10x slower: it gets a subset, and its time is scaled to the full corpus.
const spectralDir = path.join(dir, "spectral-subset");
mkdirSync(spectralDir);
for (const f of readdirSync(path.join(dir, "configs")).sort().slice(0, SPECTRAL_N)) {
  copyFileSync(path.join(dir, "configs", f), path.join(spectralDir, f));
}
// A Spectral ruleset that applies the same base schema (and the production overlay) to every file.
writeFileSync(
  path.join(dir, ".spectral.yaml"),
  `rules:
  base-schema:
    given: "$"
    severity: error
    then: { function: schema, functionOptions: { schema: { $ref: "./schemas/base.json" } } }
  production-overlay:
    given: "$"
    severity: error
    then: { function: schema, functionOptions: { schema: { $ref: "./schemas/production.json" } } }
`,
);

const hasGnuTime = existsSync("/usr/bin/time");

/** Run a command; wall seconds, CPU seconds and peak RSS in MB (if GNU time is there), exit code. */
function measure(cmd, args, env = {}) {
  const full = hasGnuTime ? ["/usr/bin/time", ["-f", "%M %U %S", cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [rssKb, user, sys] = hasGnuTime
    ? r.stderr.trim().split("\n").pop().split(" ").map(Number)
    : [Number.NaN, Number.NaN, Number.NaN];
  return {
    seconds,
    cpu: user + sys,
    rssMb: rssKb / 1024,
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

/** mlgate lint on the corpus, with extra environment variables. */
const mlgate = (env) => () =>
  measure(
    process.execPath,
    [CLI, "lint", "--env", "production", "--format", "json", "--output", path.join(dir, "mlgate.json")],
    env,
  );

const tools = {
  "mlgate lint (default threads)": mlgate({}),
  "mlgate lint (MLGATE_THREADS=2)": mlgate({ MLGATE_THREADS: "2" }),
  "ajv-cli validate (base schema only)": () =>
    measure(path.join(BIN, "ajv"), [
      "validate",
      "-s",
      "schemas/base.json",
      "-d",
      "configs/*.yaml",
      "-c",
      "ajv-formats",
      "--spec=draft7",
      "--errors=line",
    ]),
};

const times = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
const rss = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
const cpu = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(tools)) {
    const r = run();
    if (r.code !== 0 && r.code !== 1) {
      console.error(`${name} failed (exit ${r.code}):\n${r.stderr.slice(-2000)}`);
      process.exit(1);
    }
    times[name].push(r.seconds);
    rss[name].push(r.rssMb);
    cpu[name].push(r.cpu);
  }
}
const spectral = [];
const spectralRss = [];
for (let round = 0; round < Number(values["spectral-rounds"]); round++) {
  const r = measure(path.join(BIN, "spectral"), [
    "lint",
    "--ruleset",
    ".spectral.yaml",
    "--format",
    "json",
    "--quiet",
    "spectral-subset/*.yaml",
  ]);
  spectral.push(r.seconds);
  spectralRss.push(r.rssMb);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ajvName = "ajv-cli validate (base schema only)";
const ajv = median(times[ajvName]);
console.log(
  `\ncorpus: ${N} YAML configs (~2 KB, 10% invalid), base schema + production overlay; ${ROUNDS} rounds, median; node ${process.version}, ${(await import("node:os")).availableParallelism()} cores\n`,
);
console.log(
  "| tool | files | wall s (median) | all rounds | CPU s (median) | peak RSS MB | ajv-cli wall / tool wall |",
);
console.log("| --- | ---: | ---: | --- | ---: | ---: | ---: |");
for (const name of Object.keys(tools)) {
  const t = median(times[name]);
  const rounds = times[name].map((x) => x.toFixed(2)).join(" ");
  console.log(
    `| ${name} | ${N} | ${t.toFixed(2)} | ${rounds} | ${median(cpu[name]).toFixed(2)} | ${median(rss[name]).toFixed(0)} | ${(ajv / t).toFixed(2)} |`,
  );
}
const s = median(spectral);
const scaled = (s * N) / SPECTRAL_N;
console.log(
  `| Spectral CLI (schema + overlay rules) | ${SPECTRAL_N} | ${s.toFixed(2)} (≈ ${scaled.toFixed(1)} for ${N}) | ${spectral.map((x) => x.toFixed(2)).join(" ")} | | ${median(spectralRss).toFixed(0)} | ${(ajv / scaled).toFixed(3)} |`,
);
// Rounds alternate between the tools, so a round's pair ran under the same machine load: the
// median of the rounds' ratios is the figure issue 14 asks for (at most 0.6).
for (const name of Object.keys(tools).filter((n) => n !== ajvName)) {
  const ratios = times[name].map((t, i) => t / times[ajvName][i]);
  console.log(
    `${name} / ajv-cli, round by round: ${ratios.map((r) => r.toFixed(3)).join(" ")} (median ${median(ratios).toFixed(3)})`,
  );
}
console.log(
  "\nmlgate gives file:line:column for every finding and runs env-leak, secrets and yaml-truthy; ajv-cli gives no positions and validates the base schema only (one schema per run).",
);
rmSync(dir, { recursive: true, force: true });
