#!/usr/bin/env node
import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  lintThreads,
  startLintWorkers
} from "./chunk-Y2WBLMM7.js";
import {
  prestartReadAhead
} from "./chunk-GVW37B3K.js";
import "./chunk-2OBMBC2G.js";

// src/cli/index.ts
var argv = process.argv.slice(2);
var isLint = argv.find((a) => !a.startsWith("-")) === "lint" && !argv.some((a) => a === "--help" || a === "-h");
var lintWorkers = isLint ? startLintWorkers(lintThreads(Number(process.env.MLGATE_THREADS)) - 1) : [];
if (isLint) prestartReadAhead();
var { main } = await import("./cli-main.js");
main(process.argv.slice(2), { lintWorkers }).then(
  (code) => {
    process.exitCode = code;
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
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
