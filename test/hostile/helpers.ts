/** Shared by the hostile-input suite: a repository in a temp dir and the bundled CLI run on it. */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import type { Report } from "../../src/report/types.js";
import { type RunResult, runNode, tempDir } from "../helpers/run-node.js";

/** A fresh repository holding `files` (name -> text). */
export function repo(files: Record<string, string>): string {
  const dir = tempDir("mlgate-hostile-");
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Write `file` from pieces (large files without one large string). */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, "w");
  try {
    for (const p of pieces) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
}

/** `mlgate COMMAND --format json` in `dir`: its exit code and report (undefined when none printed). */
export async function mlgate(
  dir: string,
  command: string,
  env: Record<string, string> = {},
): Promise<RunResult & { report: Report | undefined }> {
  // Bounded by the test runner's timeout only: the test is that the run ends, not how fast.
  const r = await runNode(
    "dist/cli.js",
    [command, "--dir", dir, "--env", "dev", "--format", "json"],
    { env },
    600_000,
  );
  let report: Report | undefined;
  try {
    report = JSON.parse(r.stdout) as Report;
  } catch {
    report = undefined;
  }
  return { ...r, report };
}

/** The check `id` of a report, with its status and message. */
export function checkOf(report: Report | undefined, id: string) {
  const check = report?.sections.flatMap((s) => s.checks).find((c) => c.id === id);
  if (!check)
    throw new Error(
      `no check ${id} in ${JSON.stringify(report?.sections.flatMap((s) => s.checks.map((c) => c.id)))}`,
    );
  return check;
}

/** The 1-based line a diagnostic of the JSON report names. */
export function lineOf(d: unknown): number | undefined {
  return (d as { line?: number }).line;
}
