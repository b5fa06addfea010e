#!/usr/bin/env node
/** Entry point of the `mlgate` binary. */
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
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
