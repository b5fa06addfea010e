/** Facts from local git the engine resolves for the stages (outside a repository: undefined). */
import { execFile } from "node:child_process";

/** The committer time of HEAD in ms since the epoch, or undefined outside a repository. */
export function commitTime(root: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["log", "-1", "--format=%ct", "HEAD"], { cwd: root, timeout: 10_000 }, (err, stdout) => {
      const seconds = Number(String(stdout).trim());
      resolve(err || !Number.isFinite(seconds) || seconds <= 0 ? undefined : seconds * 1000);
    });
  });
}
