/** Work out the branch environments are matched against: from GitHub's variables, else local git. */
import type { BranchContext } from "../config/resolve-environment.js";

/** Environment variables read here (a subset of process.env). */
export type Env = Record<string, string | undefined>;

/**
 * In GitHub Actions: the pull request's base branch (`GITHUB_BASE_REF`), else the pushed or
 * dispatched branch (`GITHUB_REF` under refs/heads/). Elsewhere: the checked-out git branch and,
 * outside Actions, the default branch a pull request from it would target.
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
  const local = await git(dir, ["rev-parse", "--abbrev-ref", "HEAD"]);
  // Detached HEAD prints "HEAD": there is no branch.
  const ctx: BranchContext =
    local && local !== "HEAD" ? { branch: local, branchSource: "local git branch" } : {};
  // In Actions the event says what is checked; only a developer's run needs CI's guess.
  if (env.GITHUB_ACTIONS !== "true") Object.assign(ctx, await readDefaultBranch(dir));
  return ctx;
}

/** origin's HEAD (what GitHub calls the default branch), else a local `main`, else a local `master`. */
async function readDefaultBranch(
  dir: string,
): Promise<Pick<BranchContext, "defaultBranch" | "defaultBranchSource">> {
  const originHead = await git(dir, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  const prefix = "refs/remotes/origin/";
  if (originHead?.startsWith(prefix))
    return { defaultBranch: originHead.slice(prefix.length), defaultBranchSource: "origin's default branch" };
  for (const name of ["main", "master"]) {
    if ((await git(dir, ["rev-parse", "--verify", "--quiet", `refs/heads/${name}`])) !== undefined)
      return { defaultBranch: name, defaultBranchSource: "no origin HEAD; local branch" };
  }
  return {};
}

/**
 * `git args` in `dir`: its trimmed output, or undefined when git fails or prints nothing. Node's
 * child_process loads here, at the first call: a run given --env asks git nothing, and loading it
 * with the CLI cost several milliseconds of its start.
 */
async function git(dir: string, args: string[]): Promise<string | undefined> {
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile("git", args, { cwd: dir, timeout: 5000 }, (err, stdout) => {
      // Outside a repository, before the first commit, or for a missing ref git fails.
      const out = stdout.trim();
      resolve(err || !out ? undefined : out);
    });
  });
}
