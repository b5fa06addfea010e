/**
 * Every temporary folder of a run is made under the temp root the shell chose — RUNNER_TEMP in the
 * action (the runner empties it after the job, while the system temp folder of a self-hosted runner
 * keeps baseline files between jobs), the OS temp folder locally — and goes when the run ends, on an
 * error too: the engine removes them, and an `exit` hook catches what a crash leaves.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The temp root: the configured one (RUNNER_TEMP), else the OS temp folder. */
export function tempRoot(configured?: string): string {
  return path.resolve(configured ?? tmpdir());
}

/** A new, empty, uniquely named folder `mlgate-PREFIX…` in `root` (made if missing). */
export function makeTempDir(root: string, prefix: string): string {
  mkdirSync(root, { recursive: true });
  return mkdtempSync(path.join(root, `mlgate-${prefix}`));
}

/** A run's temporary folders: made on demand, all removed by remove() or at process exit. */
export interface TempSpace {
  /** A new empty folder under the temp root; it lives until remove() (its maker may delete it sooner). */
  makeDir(prefix: string): string;
  /** Delete every folder made so far; idempotent. */
  remove(): void;
}

/** Spaces not yet removed, for the one `exit` hook (one hook, however many runs a process makes). */
const live = new Set<TempSpace>();
let hooked = false;

/** The temporary folders of one run, under `root`. */
export function createTempSpace(root: string): TempSpace {
  const made: string[] = [];
  const space: TempSpace = {
    makeDir(prefix) {
      const dir = makeTempDir(root, prefix);
      made.push(dir);
      live.add(space);
      if (!hooked) {
        hooked = true;
        // 'exit' also comes after an uncaught error; only synchronous work runs there, as rmSync is.
        process.on("exit", () => {
          for (const s of live) s.remove();
        });
      }
      return dir;
    },
    remove() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
      live.delete(space);
    },
  };
  return space;
}
