#!/usr/bin/env node
import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/lint/worker-start.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var LINT_WORKER = new URL("./lint-worker.js", import.meta.url);
function lintThreads(asked) {
  if (asked !== void 0 && Number.isInteger(asked) && asked > 0) return asked;
  const cores = availableParallelism();
  return cores > 2 ? cores : 1;
}
var ended = /* @__PURE__ */ new WeakSet();
function startLintWorkers(count) {
  if (count < 1 || !existsSync(fileURLToPath(LINT_WORKER))) return [];
  return Array.from({ length: count }, () => {
    const worker = new Worker(LINT_WORKER);
    worker.unref();
    worker.once("exit", () => ended.add(worker));
    worker.on("error", () => ended.add(worker));
    return worker;
  });
}

// src/cli/index.ts
var argv = process.argv.slice(2);
var isLint = argv.find((a) => !a.startsWith("-")) === "lint" && !argv.some((a) => a === "--help" || a === "-h");
var lintWorkers = isLint ? startLintWorkers(lintThreads(Number(process.env.MLGATE_THREADS)) - 1) : [];
var { main } = await import("./cli-main.js");
main(process.argv.slice(2), { lintWorkers }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const e = err;
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : "";
    process.stderr.write(`mlgate: internal error: ${e.message}${cause}
`);
    if (process.env.MLGATE_DEBUG) process.stderr.write(`${e.stack}
`);
    else process.stderr.write("Run with MLGATE_DEBUG=1 for details, and please report it.\n");
    process.exitCode = 2;
  }
);
