// The reports a refactor must not change: every example and a small copy of each bench corpus,
// run through the bundled CLI (`dist/cli.js check --format json`). `--write` records them in
// test/fixtures/golden/; test/engine/golden.test.ts runs the same cases and compares byte for byte.
//   npm run build && node scripts/golden-reports.mjs --write [--cli OTHER_BUILD/cli.js]
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeBase, writeCorpus } from "../bench/compare/generate.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
/** Where the recorded reports live. */
export const GOLDEN_DIR = path.join(ROOT, "test/fixtures/golden");

/** Run `node script args` quietly, for the generators. */
function node(script, args, cwd = ROOT) {
  execFileSync(process.execPath, [path.join(ROOT, script), ...args], { cwd, stdio: "ignore" });
}

/** A copy of an example as its own git repository on `main` with a fixed commit date. */
function exampleRepo(name, into) {
  const dir = path.join(into, name);
  cpSync(path.join(ROOT, "examples", name), dir, { recursive: true });
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
    GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
    GIT_AUTHOR_NAME: "golden",
    GIT_AUTHOR_EMAIL: "golden@example.com",
    GIT_COMMITTER_NAME: "golden",
    GIT_COMMITTER_EMAIL: "golden@example.com",
  };
  const git = (...args) => execFileSync("git", args, { cwd: dir, env, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "example");
  return dir;
}

/** Make every case's directory under `into`; returns [{name, dir}]. */
export function makeCases(into) {
  const cases = [];
  for (const name of readdirSync(path.join(ROOT, "examples")).sort())
    cases.push({ name: `example-${name}`, dir: exampleRepo(name, into) });
  // Data: above the 32 MB split, so the parallel path runs where there are threads; with drift.
  const data = path.join(into, "bench-data");
  const ref = path.join(into, "bench-data-ref");
  mkdirSync(data);
  mkdirSync(ref);
  node("bench/data/generate.mjs", [data, "420000"]);
  node("bench/data/generate.mjs", [ref, "60000"]);
  cpSync(path.join(ref, "big.csv"), path.join(data, "ref.csv"));
  writeFileSync(
    path.join(data, "mlgate.yml"),
    `${execFileSync("cat", [path.join(data, "mlgate.yml")], { encoding: "utf8" })}    drift: { reference: ref.csv, columns: [score, country, age] }\n    unique: [[email, country]]\n`,
  );
  cases.push({ name: "bench-data", dir: data });
  // The same report whatever the number of threads: one pass over the bytes.
  cases.push({ name: "bench-data", dir: data, env: { MLGATE_THREADS: "1" }, label: "bench-data (1 thread)" });
  const lint = path.join(into, "bench-lint");
  mkdirSync(lint);
  node("bench/lint/generate.mjs", [lint, "600"]);
  cases.push({ name: "bench-lint", dir: lint });
  const model = path.join(into, "bench-model");
  mkdirSync(model);
  node("bench/model/generate.mjs", [model, "200000"]);
  cases.push({ name: "bench-model", dir: model });
  cases.push({ name: "bench-compare", dir: pairedCorpus(path.join(into, "bench-compare"), 50_000) });
  return cases;
}

/** The paired-tests corpus of bench/compare/paired.mjs, smaller, the base's rows reversed. */
function pairedCorpus(dir, n) {
  writeBase(dir, writeCorpus(dir, n).reverse());
  return dir;
}

/** The JSON report of one case, as the bundled CLI prints it (exit code first). */
export function runCase(c, cli = path.join(ROOT, "dist/cli.js")) {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...c.env };
  const r = spawnSync(process.execPath, [cli, "check", "--dir", c.dir, "--format", "json"], {
    cwd: c.dir,
    env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  // A suite's wall time is the one thing in a report that changes from run to run.
  return `exit ${r.status}\n${r.stdout.replace(/ passed \(\d+(?:\.\d+)? s\)"/g, ' passed (T s)"')}`;
}

if (process.argv[1] === import.meta.filename) {
  const tmp = mkdtempSync(path.join(tmpdir(), "mlgate-golden-"));
  try {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    for (const c of makeCases(tmp)) {
      const cli = process.argv.includes("--cli")
        ? process.argv[process.argv.indexOf("--cli") + 1]
        : undefined;
      const out = runCase(c, cli);
      if (c.env) continue;
      if (process.argv.includes("--write")) writeFileSync(path.join(GOLDEN_DIR, `${c.name}.txt`), out);
      console.log(`${c.name}: ${out.length} bytes, ${out.split("\n", 1)[0]}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
