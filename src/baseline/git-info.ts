/** Facts from local git the engine resolves for the stages (outside a repository: undefined). */

/** The committer time of HEAD in ms since the epoch, or undefined outside a repository. */
export async function commitTime(root: string): Promise<number | undefined> {
  // Loaded at the first call, as in io/branch-context.ts: most runs never ask.
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile("git", ["log", "-1", "--format=%ct", "HEAD"], { cwd: root, timeout: 10_000 }, (err, stdout) => {
      const seconds = Number(String(stdout).trim());
      resolve(err || !Number.isFinite(seconds) || seconds <= 0 ? undefined : seconds * 1000);
    });
  });
}
