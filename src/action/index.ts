/** Entry point of the bundled action (dist/index.js). */
import { run } from "./main.js";

// Not awaited at the top level: the bundle is CommonJS (scripts/build.mjs), where run() returning
// is enough (its pending work keeps the process alive; it reports its own failures).
void run();
