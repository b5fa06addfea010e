// A/B benchmark of two mlgate builds: the mlgate runs of bench/data, bench/lint, bench/model and
// bench/compare/paired.mjs, build A against build B on the same corpora, interleaved in one run.
// Prints one markdown table (median wall time of each, B/A, peak RSS) and checks that both builds
// wrote the same report, byte for byte. No peers (pandas, DuckDB, ajv-cli): mlgate against mlgate.
//
//   git worktree add /tmp/before OLD && (cd /tmp/before && node scripts/build.mjs /tmp/before-dist)
//   npm run build
//   node bench/ab.mjs --a /tmp/before-dist --b dist [--rounds 5] [--warmup 1]
//       [--only data,lint,model,paired] [--size full|small] [--keep]
//
// Why this way: a speed constraint of "within 5%" is below this VM's noise between separate runs
// (about 10%), so the two builds run side by side, alternating, on one corpus each.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "./measure.mjs";

const HERE = import.meta.dirname;
const { values } = parseArgs({
  options: {
    a: { type: "string" },
    b: { type: "string" },
    rounds: { type: "string", default: "5" },
    // Runs of each build before the measured rounds: the first run after writing a corpus pays for
    // whatever the page cache and the CPU clock still have to settle; it would land on A only.
    warmup: { type: "string", default: "1" },
    only: { type: "string", default: "data,lint,model,paired" },
    size: { type: "string", default: "full" },
    // Keep the corpora (their paths are printed) instead of deleting each after its bench.
    keep: { type: "boolean", default: false },
  },
});

// The sizes each bench uses by default, and about 1/20 of them for a quick check. Small data stays
// above the 32 MB split (400,000 rows ≈ 37 MB), so the parallel path runs at both sizes.
const SIZES = {
  full: { data: 8_000_000, lint: 10_000, model: 10_000_000, paired: 3_000_000 },
  small: { data: 400_000, lint: 500, model: 500_000, paired: 150_000 },
};
// `drift` (data with drift of three columns, as `bench/data/run.mjs --drift`) is opt-in: it is not
// one of the four benches the speed constraint names, but it shares the data corpus.
const NAMES = ["data", "drift", "lint", "model", "paired"];

function usage(msg) {
  console.error(
    `${msg}\nusage: node bench/ab.mjs --a DIST_A --b DIST_B [--rounds 5] [--warmup 1] [--only ${NAMES.join(",")}] [--size full|small] [--keep]`,
  );
  process.exit(2);
}
if (!values.a || !values.b) usage("--a and --b are required: two built dist/ folders");
const size = SIZES[values.size];
if (!size) usage(`--size ${values.size}: full or small`);
const only = values.only.split(",").map((s) => s.trim());
for (const name of only) if (!NAMES.includes(name)) usage(`--only ${name}: not one of ${NAMES.join(", ")}`);
const ROUNDS = Number(values.rounds);
const WARMUP = Number(values.warmup);
if (!(ROUNDS >= 1) || !(WARMUP >= 0)) usage("--rounds must be at least 1 and --warmup at least 0");

/** A build: its cli.js (resolved: runs have the corpus as working directory) and a short hash. */
function build(label, dir) {
  const cli = path.resolve(dir, "cli.js");
  if (!existsSync(cli))
    usage(`--${label} ${dir}: no cli.js there (build one with node scripts/build.mjs DIR)`);
  // The hash tells, in the printed record, which build was which (and whether they differ at all).
  const hash = createHash("sha256").update(readFileSync(cli)).digest("hex").slice(0, 12);
  return { label: label.toUpperCase(), dir: path.resolve(dir), cli, hash };
}
const A = build("a", values.a);
const B = build("b", values.b);

const log = (msg) => console.error(msg);
/** Run a bench's generator once; its progress goes to stderr so that stdout is only the result. */
function generate(script, args) {
  execFileSync(process.execPath, [path.join(HERE, script), ...args], { stdio: ["ignore", 2, 2] });
}

// Each bench: how to make its corpus once, and its mlgate runs ("cases"), with the same command
// lines, environment and report paths as the bench script itself. `report` reads what the run
// wrote: the --output file, or stdout where the bench script reads stdout.
const BENCHES = [
  {
    corpus: "data",
    names: ["data", "drift"],
    setup(dir, want) {
      generate("data/generate.mjs", [dir, String(size.data)]);
      if (!want.has("drift")) return;
      // As bench/data/run.mjs --drift, in a sibling folder: the same big.csv (a hard link: it is
      // generated once, and both share its page cache), a reference of a quarter of the rows.
      const drift = path.join(dir, "drift");
      const ref = path.join(dir, "ref");
      mkdirSync(drift);
      mkdirSync(ref);
      generate("data/generate.mjs", [ref, String(Math.floor(size.data / 4))]);
      linkSync(path.join(dir, "big.csv"), path.join(drift, "big.csv"));
      linkSync(path.join(ref, "big.csv"), path.join(drift, "ref.csv"));
      writeFileSync(
        path.join(drift, "mlgate.yml"),
        `${readFileSync(path.join(dir, "mlgate.yml"), "utf8")}    drift: { reference: ref.csv, columns: [score, country, age] }\n`,
      );
    },
    cases: [
      { name: "data", label: "data (6 checks)", sub: "", cmd: testCmd, report: outputFile },
      { name: "drift", label: "data + drift", sub: "drift", cmd: testCmd, report: outputFile },
    ],
  },
  {
    corpus: "lint",
    names: ["lint"],
    setup: (dir) => generate("lint/generate.mjs", [dir, String(size.lint)]),
    // bench/lint/run.mjs runs mlgate twice a round: default threads and MLGATE_THREADS=2.
    cases: [
      { name: "lint", label: "lint (default threads)", sub: "", cmd: lintCmd, report: outputFile },
      {
        name: "lint",
        label: "lint (MLGATE_THREADS=2)",
        sub: "",
        env: { MLGATE_THREADS: "2" },
        cmd: lintCmd,
        report: outputFile,
      },
    ],
  },
  {
    corpus: "model",
    names: ["model"],
    setup: (dir) => generate("model/generate.mjs", [dir, String(size.model)]),
    cases: [{ name: "model", label: "model", sub: "", cmd: testCmd, report: outputFile }],
  },
  {
    corpus: "paired",
    names: ["paired"],
    // paired.mjs rewrites base/p.csv between its two halves; here each order has its own folder,
    // so that the rounds of both can interleave.
    setup(dir) {
      generate("compare/generate.mjs", [path.join(dir, "same"), String(size.paired), "same"]);
      generate("compare/generate.mjs", [path.join(dir, "reversed"), String(size.paired), "reversed"]);
    },
    cases: [
      { name: "paired", label: "paired (same order)", sub: "same", cmd: checkCmd, report: pairedStdout },
      { name: "paired", label: "paired (reversed)", sub: "reversed", cmd: checkCmd, report: pairedStdout },
    ],
  },
];

function testCmd(cli, cwd) {
  return [cli, "test", "--env", "dev", "--format", "json", "--output", path.join(cwd, "mlgate.json")];
}
function lintCmd(cli, cwd) {
  return [cli, "lint", "--env", "production", "--format", "json", "--output", path.join(cwd, "mlgate.json")];
}
function checkCmd(cli) {
  return [cli, "check", "--env", "dev", "-f", "json"];
}
function outputFile(cwd) {
  const file = path.join(cwd, "mlgate.json");
  if (!existsSync(file)) throw new Error(`no report written to ${file}`);
  return readFileSync(file, "utf8");
}
function pairedStdout(_cwd, r) {
  // As paired.mjs: the paired test must have run, not been skipped with a warning.
  if (!r.stdout.includes("McNemar exact")) throw new Error("the paired test did not run");
  return r.stdout;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const started = process.hrtime.bigint();
const since = (t) => Number(process.hrtime.bigint() - t) / 1e9;
let generating = 0;
const rows = [];
const notes = [];

for (const bench of BENCHES) {
  const want = new Set(bench.names.filter((n) => only.includes(n)));
  if (!want.size) continue;
  const dir = mkdtempSync(path.join(tmpdir(), `mlgate-ab-${bench.corpus}-`));
  try {
    log(`${bench.corpus}: generating the corpus in ${dir}`);
    const t = process.hrtime.bigint();
    bench.setup(dir, want);
    generating += since(t);
    const cases = bench.cases
      .filter((c) => want.has(c.name))
      .map((c) => ({ ...c, cwd: path.join(dir, c.sub), runs: { A: [], B: [] }, reports: { A: [], B: [] } }));

    /** One run of a build on a case; the report kept is the exit code and the report's bytes. */
    const run = (c, build, keep) => {
      // Removed first: a run that wrote no report must not pass with the previous run's.
      rmSync(path.join(c.cwd, "mlgate.json"), { force: true });
      const r = measure(process.execPath, c.cmd(build.cli, c.cwd), c.cwd, c.env);
      const report = `exit ${r.code}\n${c.report(c.cwd, r)}`;
      c.reports[build.label].push(report);
      if (keep) c.runs[build.label].push(r);
      return r;
    };
    for (let w = 0; w < WARMUP; w++) for (const c of cases) for (const b of [A, B]) run(c, b, false);
    // A B in even rounds, B A in odd ones: a trend over the run (heat, another process) then
    // falls on both builds alike instead of always favouring the one that goes first.
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [A, B] : [B, A];
      for (const c of cases) {
        const times = order.map((b) => `${b.label} ${run(c, b, true).seconds.toFixed(2)} s`);
        log(`  ${c.label}, round ${round + 1}/${ROUNDS}: ${times.join(", ")}`);
      }
    }

    for (const c of cases) {
      // Every run's report (warm-up included) against A's first: B must match it, and so must A's
      // other runs (if A alone varies, the difference is not the restructure's doing).
      const ref = c.reports.A[0];
      const aSame = c.reports.A.every((r) => r === ref);
      const bSame = c.reports.B.every((r) => r === ref);
      let same = "yes";
      if (!aSame || !bSame) {
        const stem = path.join(
          tmpdir(),
          `mlgate-ab-${c.label.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "")}`,
        );
        writeFileSync(`${stem}-a.txt`, ref);
        writeFileSync(
          `${stem}-b.txt`,
          (bSame ? c.reports.A.find((r) => r !== ref) : c.reports.B.find((r) => r !== ref)) ?? "",
        );
        same = aSame ? "**NO**" : "**NO: A varies between its own runs**";
        notes.push(
          `${c.label}: reports differ; A's first and the first that differs: diff ${stem}-a.txt ${stem}-b.txt`,
        );
      }
      const wall = { A: median(c.runs.A.map((r) => r.seconds)), B: median(c.runs.B.map((r) => r.seconds)) };
      const rss = { A: median(c.runs.A.map((r) => r.rssMb)), B: median(c.runs.B.map((r) => r.rssMb)) };
      rows.push(
        `| ${c.label} | ${wall.A.toFixed(2)} | ${wall.B.toFixed(2)} | ${(wall.B / wall.A).toFixed(3)} | ${rss.A.toFixed(0)} / ${rss.B.toFixed(0)} | ${ROUNDS} | ${same} |`,
      );
      // Every round's time, to see the spread a median hides; and B/A within each round (the two
      // ran back to back there, so a slow minute of the machine mostly cancels out of the ratio).
      for (const b of [A, B])
        notes.push(
          `${c.label}, ${b.label} rounds: ${c.runs[b.label].map((r) => r.seconds.toFixed(2)).join(" ")}`,
        );
      const ratios = c.runs.B.map((r, i) => r.seconds / c.runs.A[i].seconds);
      notes.push(
        `${c.label}, B/A by round: ${ratios.map((x) => x.toFixed(3)).join(" ")} (median ${median(ratios).toFixed(3)})`,
      );
    }
  } finally {
    if (values.keep) log(`${bench.corpus}: corpus kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const sizes = Object.entries(size)
  .filter(([name]) => only.includes(name) || (name === "data" && only.includes("drift")))
  .map(([name, n]) => `${name} ${n.toLocaleString("en-US")}`)
  .join(", ");
console.log(
  `\nA = ${A.dir} (cli.js ${A.hash}), B = ${B.dir} (cli.js ${B.hash})${A.hash === B.hash ? ": the same build" : ""}`,
);
console.log(
  `size ${values.size} (${sizes}); ${WARMUP} warm-up + ${ROUNDS} rounds, A B / B A alternating, median; node ${process.version}, ${availableParallelism()} cores\n`,
);
console.log(
  "| bench | wall s A (median) | wall s B (median) | B/A | peak RSS MB A / B | rounds | same report |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
for (const row of rows) console.log(row);
console.log("");
for (const note of notes) console.log(note);
const total = since(started);
console.log(
  `\ntook ${total.toFixed(0)} s (${generating.toFixed(0)} s generating corpora, ${(total - generating).toFixed(0)} s running mlgate)`,
);
// A different report fails the run: the restructure must not change output.
if (notes.some((n) => n.includes("reports differ"))) process.exitCode = 1;
