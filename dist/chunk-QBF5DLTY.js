import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/io/branch-context.ts
import { execFile } from "node:child_process";
async function readBranchContext(env, dir) {
  if (env.GITHUB_BASE_REF)
    return {
      branch: env.GITHUB_BASE_REF,
      branchSource: "pull request base",
      baseBranch: env.GITHUB_BASE_REF
    };
  const ref = env.GITHUB_REF ?? "";
  if (env.GITHUB_ACTIONS === "true" && ref.startsWith("refs/heads/")) {
    const how = env.GITHUB_EVENT_NAME === "push" ? "pushed branch" : "branch";
    return { branch: ref.slice("refs/heads/".length), branchSource: how };
  }
  const local = await git(dir, ["rev-parse", "--abbrev-ref", "HEAD"]);
  const ctx = local && local !== "HEAD" ? { branch: local, branchSource: "local git branch" } : {};
  if (env.GITHUB_ACTIONS !== "true") Object.assign(ctx, await readDefaultBranch(dir));
  return ctx;
}
async function readDefaultBranch(dir) {
  const originHead = await git(dir, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  const prefix = "refs/remotes/origin/";
  if (originHead?.startsWith(prefix))
    return { defaultBranch: originHead.slice(prefix.length), defaultBranchSource: "origin's default branch" };
  for (const name of ["main", "master"]) {
    if (await git(dir, ["rev-parse", "--verify", "--quiet", `refs/heads/${name}`]) !== void 0)
      return { defaultBranch: name, defaultBranchSource: "no origin HEAD; local branch" };
  }
  return {};
}
function git(dir, args) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd: dir, timeout: 5e3 }, (err, stdout) => {
      const out = stdout.trim();
      resolve(err || !out ? void 0 : out);
    });
  });
}

export {
  readBranchContext
};
