/**
 * Worker entry (dist/lint-worker.js): take the job (its first message; a worker may start before
 * the job exists), then lint the batches of files the main thread sends and send results back.
 */
import { parentPort } from "node:worker_threads";
import { createWorkspace, type Workspace } from "../io/workspace.js";
import { type LintJob, runLintJob } from "./lint-job.js";
import type { FromWorker, ToWorker } from "./parallel.js";
import { SchemaRegistry } from "./schema-registry.js";

let job: LintJob | undefined;
let workspace: Workspace | undefined;
// One registry for the worker's life: each schema is loaded and compiled once, not per batch.
let registry: SchemaRegistry | undefined;

parentPort?.on("message", async (msg: ToWorker) => {
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
  parentPort?.postMessage({ results } satisfies FromWorker);
});
