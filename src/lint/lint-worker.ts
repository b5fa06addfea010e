/** Worker entry (dist/lint-worker.js): lint batches of files the main thread sends, send results back. */
import { parentPort, workerData } from "node:worker_threads";
import { createWorkspace } from "../io/workspace.js";
import { type LintJob, runLintJob } from "./lint-job.js";
import type { FromWorker, ToWorker } from "./parallel.js";
import { SchemaRegistry } from "./schema-registry.js";

const job = workerData as LintJob;
const workspace = createWorkspace(job.root);
// One registry for the worker's life: each schema is loaded and compiled once, not per batch.
const registry = new SchemaRegistry(workspace, job.environment, job.configFile);

parentPort?.on("message", async (msg: ToWorker) => {
  if ("done" in msg) {
    parentPort?.close();
    return;
  }
  const results = await runLintJob({ ...job, files: msg.files }, workspace, registry);
  parentPort?.postMessage({ results } satisfies FromWorker);
});
