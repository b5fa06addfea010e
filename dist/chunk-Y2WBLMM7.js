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
var started = [];
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
function offerStartedWorkers(workers) {
  started.push(...workers);
}
function takeStartedWorkers(count) {
  const alive = started.splice(0).filter((w) => !ended.has(w));
  started.push(...alive.slice(count));
  const taken = alive.slice(0, Math.max(0, count));
  for (const w of taken) w.ref();
  return taken;
}
function endStartedWorkers() {
  for (const w of started.splice(0)) void w.terminate();
}

export {
  LINT_WORKER,
  lintThreads,
  startLintWorkers,
  offerStartedWorkers,
  takeStartedWorkers,
  endStartedWorkers
};
