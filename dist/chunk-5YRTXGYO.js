"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_5YRTXGYO_exports = {};
__export(chunk_5YRTXGYO_exports, {
  LINT_WORKER: () => LINT_WORKER,
  endStartedWorkers: () => endStartedWorkers,
  lintThreads: () => lintThreads,
  offerStartedWorkers: () => offerStartedWorkers,
  startLintWorkers: () => startLintWorkers,
  takeStartedWorkers: () => takeStartedWorkers
});
module.exports = __toCommonJS(chunk_5YRTXGYO_exports);
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_url = require("node:url");
var import_node_worker_threads = require("node:worker_threads");
var LINT_WORKER = new URL("./lint-worker.js", __mlgateUrl);
function lintThreads(asked) {
  if (asked !== void 0 && Number.isInteger(asked) && asked > 0) return asked;
  const cores = (0, import_node_os.availableParallelism)();
  return cores > 2 ? cores : 1;
}
var started = [];
var ended = /* @__PURE__ */ new WeakSet();
function startLintWorkers(count) {
  if (count < 1 || !(0, import_node_fs.existsSync)((0, import_node_url.fileURLToPath)(LINT_WORKER))) return [];
  return Array.from({ length: count }, () => {
    const worker = new import_node_worker_threads.Worker(LINT_WORKER);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LINT_WORKER,
  endStartedWorkers,
  lintThreads,
  offerStartedWorkers,
  startLintWorkers,
  takeStartedWorkers
});
