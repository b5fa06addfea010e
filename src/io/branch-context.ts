/** Work out the branch environments are matched against: from GitHub's variables, else local git. */
import { execFile } from "node:child_process";
import type { BranchContext } from "../config/resolve-environment.js";

/** Environment variables read here (a subset of process.env). */
export type Env = Record<string, string | undefined>;

/**
 * In GitHub Actions: the pull request's base branch (`GITHUB_BASE_REF`), else the pushed or
 * dispatched branch (`GITHUB_REF` under refs/heads/). Elsewhere: the checked-out git branch.
 */
export async function readBranchContext(env: Env, dir: string): Promise<BranchContext> {
  if (env.GITHUB_BASE_REF)
    return {
      branch: env.GITHUB_BASE_REF,
      branchSource: "pull request base",
      baseBranch: env.GITHUB_BASE_REF,
    };
  const ref = env.GITHUB_REF ?? "";
  if (env.GITHUB_ACTIONS === "true" && ref.startsWith("refs/heads/")) {
    const how = env.GITHUB_EVENT_NAME === "push" ? "pushed branch" : "branch";
    return { branch: ref.slice("refs/heads/".length), branchSource: how };
  }
  const local = await gitBranch(dir);
  return local ? { branch: local, branchSource: "local git branch" } : {};
}

function gitBranch(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd: dir, timeout: 5000 }, (err, stdout) => {
      const name = stdout.trim();
      // Outside a repository, before the first commit, or on a detached HEAD there is no branch.
      resolve(err || !name || name === "HEAD" ? undefined : name);
    });
  });
}
