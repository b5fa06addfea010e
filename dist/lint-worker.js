import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  SchemaRegistry,
  runLintJob
} from "./chunk-5KYHZPJN.js";
import "./chunk-ROQHDLOC.js";
import "./chunk-GVW37B3K.js";
import "./chunk-Z4C2VEZV.js";
import "./chunk-J6OEUPIC.js";
import "./chunk-6NMQYMRM.js";
import {
  createWorkspace
} from "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-RANYZ3QP.js";
import "./chunk-NSQR6JOD.js";
import "./chunk-PGUDZQXF.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";

// src/lint/lint-worker.ts
import { parentPort } from "node:worker_threads";
var job;
var workspace;
var registry;
parentPort?.on("message", async (msg) => {
  if ("done" in msg) {
    parentPort?.close();
    return;
  }
  if ("job" in msg) {
    job = msg.job;
    workspace = createWorkspace(job.root);
    registry = new SchemaRegistry(workspace, job.environment, job.configFile);
    return;
  }
  if (!job || !workspace) throw new Error("lint worker: files before the job");
  const results = await runLintJob({ ...job, files: msg.files }, workspace, registry);
  parentPort?.postMessage({ results });
});
