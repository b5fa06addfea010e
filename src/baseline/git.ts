/** Running git for the baseline: never prompting, bounded in time and output. */
import { execFile } from "node:child_process";

/** Run `git args` in `cwd`; never throws (a failure is `ok: false`). */
export function git(
  cwd: string,
  args: string[],
  options: { timeout?: number; maxBuffer?: number } = {},
): Promise<{ ok: boolean; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      {
        cwd,
        timeout: options.timeout ?? 30_000,
        maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
        encoding: "buffer",
        // Never wait for credentials: a fetch that needs them fails instead of hanging.
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo" },
      },
      (err, stdout, stderr) =>
        resolve({ ok: !err, stdout: stdout ?? Buffer.alloc(0), stderr: String(stderr ?? "") }),
    );
  });
}
