/** Entry point of the bundled action (dist/index.js). */
import { run } from "./main.js";

// Not awaited at the top level: the bundle is CommonJS (scripts/build.mjs). Its pending work keeps
// the process alive and it reports its own failures; a run that never settles (the process running
// out of work first) still fails the step, with the code an unsettled top-level await gave: 13.
let settled = false;
process.on("exit", () => {
  if (settled) return;
  process.stderr.write("mlgate: the run ended without a result; please report it\n");
  process.exitCode = 13;
});
void run().finally(() => {
  settled = true;
});
