#!/usr/bin/env node
/**
 * Entry point of the `mlgate` binary. `mlgate lint` starts its lint workers and its read-ahead
 * worker before loading the rest of the CLI (dist/cli-main.js), so their start-up overlaps the
 * main thread's.
 */
import { prestartReadAhead } from "../io/read-ahead.js";
import { lintThreads, startLintWorkers } from "../lint/worker-start.js";

const argv = process.argv.slice(2);
const isLint =
  argv.find((a) => !a.startsWith("-")) === "lint" && !argv.some((a) => a === "--help" || a === "-h");
const lintWorkers = isLint ? startLintWorkers(lintThreads(Number(process.env.MLGATE_THREADS)) - 1) : [];
// The worker that reads the files ahead of the lint run, started now for the same reason.
if (isLint) prestartReadAhead();

// Built as a separate bundle (scripts/build.mjs): loading it is what the workers overlap. Not a
// top-level await: the bundles are CommonJS, whose import() of a bundle is a require.
import("./main.js")
  .then(({ main }) => main(process.argv.slice(2), { lintWorkers }))
  .then(
    (code) => {
      process.exitCode = code;
      // The run is over (its report written, its temp space removed): exit now rather than when
      // Node has torn everything down, unless output is still queued (a terminal or a pipe that
      // Node writes asynchronously on this platform), which must not be cut. Measured on bench/lint's
      // run: 10-30 ms of a 1.1 s run.
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
    },
    (err: unknown) => {
      // A bug, not a user mistake: say so plainly; the stack only when asked for.
      const e = err as Error;
      const cause = e.cause instanceof Error ? `: ${e.cause.message}` : "";
      process.stderr.write(`mlgate: internal error: ${e.message}${cause}\n`);
      if (process.env.MLGATE_DEBUG) process.stderr.write(`${e.stack}\n`);
      else process.stderr.write("Run with MLGATE_DEBUG=1 for details, and please report it.\n");
      process.exitCode = 2;
    },
  );
