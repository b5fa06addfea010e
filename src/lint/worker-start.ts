/**
 * Lint workers started before the CLI's bundle loads. A worker spends most of its start-up (about
 * 0.4 s of CPU: Node's own modules, then the worker bundle) before it lints a file; started first
 * thing by the `mlgate` binary, that start-up runs beside the main thread's own loading instead of
 * after it. This module imports only Node built-ins, so the binary's entry stays small.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** The worker bundle sits next to the bundle that imports this module (dist/); absent when running from source. */
export const LINT_WORKER = new URL("./lint-worker.js", import.meta.url);

/**
 * Threads for a lint run: `asked` (MLGATE_THREADS) when it is a positive integer, else one per
 * core, but one on machines with two cores or fewer. Measured there (bench/lint/run.mjs's corpus,
 * 10,000 files, 5 rounds): one thread 1.32 s, two 1.56 s; the worker's own start-up and its cold
 * compiler cost more CPU than the second core gives back, which reads files ahead instead
 * (io/read-ahead.ts).
 */
export function lintThreads(asked?: number): number {
  if (asked !== undefined && Number.isInteger(asked) && asked > 0) return asked;
  const cores = availableParallelism();
  return cores > 2 ? cores : 1;
}

/** Workers started ahead, waiting for their job; the lint stage takes them, the CLI ends the rest. */
const started: Worker[] = [];
const ended = new WeakSet<Worker>();

/** Start `count` lint workers now (none when the worker bundle is absent). */
export function startLintWorkers(count: number): Worker[] {
  if (count < 1 || !existsSync(fileURLToPath(LINT_WORKER))) return [];
  return Array.from({ length: count }, () => {
    const worker = new Worker(LINT_WORKER);
    // Until a lint run takes it, a waiting worker must not keep the process alive.
    worker.unref();
    // One that ended while waiting (it failed to start) is never handed out: nothing would answer.
    worker.once("exit", () => ended.add(worker));
    worker.on("error", () => ended.add(worker));
    return worker;
  });
}

/** Hand workers started elsewhere (the binary's entry, another bundle) to this bundle's lint runs. */
export function offerStartedWorkers(workers: Worker[]): void {
  started.push(...workers);
}

/** Take up to `count` started workers (kept alive from now on). */
export function takeStartedWorkers(count: number): Worker[] {
  const alive = started.splice(0).filter((w) => !ended.has(w));
  started.push(...alive.slice(count));
  const taken = alive.slice(0, Math.max(0, count));
  for (const w of taken) w.ref();
  return taken;
}

/** End the workers no lint run took. */
export function endStartedWorkers(): void {
  for (const w of started.splice(0)) void w.terminate();
}
