/** Run a bundled entry point as a separate process, the way a user or a runner does. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, "../..");

/** What the process did. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node script args` with `env` (merged over a clean base), killed after `timeoutMs`. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
  timeoutMs = 20_000,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Start from PATH/HOME only, so the developer's GITHUB_* or NO_COLOR cannot leak into a test.
    const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };
    const child = spawn(process.execPath, [path.join(ROOT, script), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...base, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => (stderr += b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary directory. */
export function tempDir(prefix = "mlgate-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Parse a GITHUB_OUTPUT file (`name<<DELIM\nvalue\nDELIM`) into a record. */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, "utf8");
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
