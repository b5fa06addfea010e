/** Spread a lint job over worker threads (one per core), keeping the output identical to one thread. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Workspace } from "../io/workspace.js";
import { type LintJob, type LintResults, runLintJob } from "./lint-job.js";
import type { SchemaRegistry } from "./schema-registry.js";
import { LINT_WORKER, lintThreads, takeStartedWorkers } from "./worker-start.js";

/** Below this many files a worker's start-up (loading the bundle, compiling schemas) costs more than it saves. */
const MIN_FILES_PER_WORKER = 150;

/** Files handed out at a time: small enough to balance uneven files, large enough to keep messages rare. */
const BATCH = 50;

/** Messages between the main thread and a worker. */
export type ToWorker = { job: LintJob } | { files: LintJob["files"] } | { done: true };
export type FromWorker = { results: LintResults };

/**
 * Lint `job` with up to `threads` threads: this one and `threads - 1` workers. All pull batches of
 * files from one queue (workers keep two in flight, so none waits on a reply), which keeps a share
 * with many failing files from leaving the others idle. Results are put back in job order, so the
 * output does not depend on the number of threads.
 */
export async function lintInParallel(
  job: LintJob,
  workspace: Workspace,
  registry: SchemaRegistry,
  threads?: number,
): Promise<LintResults> {
  const wanted = lintThreads(threads);
  const workers = Math.min(wanted, Math.floor(job.files.length / MIN_FILES_PER_WORKER)) - 1;
  if (workers < 1 || !existsSync(fileURLToPath(LINT_WORKER))) return runLintJob(job, workspace, registry);
  // Workers the binary started ahead are used first; more are started here when it started none.
  const ready = takeStartedWorkers(workers);
  const pool = [...ready, ...Array.from({ length: workers - ready.length }, () => new Worker(LINT_WORKER))];
  let next = 0;
  const take = () => {
    const files = job.files.slice(next, next + BATCH);
    next += files.length;
    return files;
  };
  const byFile = new Map<string, LintResults[number][1]>();
  const store = (results: LintResults) => {
    for (const [file, diagnostics] of results) byFile.set(file, diagnostics);
  };
  const running = pool.map((worker) => runWorker(worker, { ...job, files: [] }, take, store));
  // This thread works the same queue, with its schemas already compiled; it yields between batches
  // so that the workers' results are received and their next batches sent.
  for (let files = take(); files.length; files = take()) {
    store(await runLintJob({ ...job, files }, workspace, registry));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const unfinished = await Promise.all(running);
  // A worker that failed does not lose its files: whatever it did not return is linted here.
  const lost = unfinished.flat().filter(({ file }) => !byFile.has(file));
  if (lost.length) store(await runLintJob({ ...job, files: lost }, workspace, registry));
  return job.files.map(({ file }) => [file, byFile.get(file) ?? []]);
}

/** Run one worker until the queue is empty; resolves with the files it was given but did not return. */
function runWorker(
  worker: Worker,
  base: LintJob,
  take: () => LintJob["files"],
  store: (r: LintResults) => void,
): Promise<LintJob["files"]> {
  return new Promise((resolve) => {
    const given: LintJob["files"] = [];
    let inFlight = 0;
    const send = () => {
      const files = take();
      if (files.length) {
        given.push(...files);
        inFlight++;
        worker.postMessage({ files } satisfies ToWorker);
      } else if (inFlight === 0) {
        worker.postMessage({ done: true } satisfies ToWorker);
      }
    };
    worker.on("message", (msg: FromWorker) => {
      inFlight--;
      store(msg.results);
      send();
    });
    worker.on("error", () => resolve(given));
    worker.on("exit", () => resolve(given));
    // Messages wait in the worker's queue while it starts: the job first, then two batches in flight.
    worker.postMessage({ job: base } satisfies ToWorker);
    send();
    send();
  });
}
