import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

const CLI = "dist/cli.js";

const CONFIG = `version: 1
environments:
  production: { branches: [main, master], deploy: true }
  staging: { branches: ["release/*"] }
  dev: { default: true }
`;

/** git in `dir`, with an identity of its own so the developer's config does not matter. */
function git(dir: string, ...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=mlgate test",
      "-c",
      "user.email=test@example.com",
      "-c",
      "init.defaultBranch=main",
      ...args,
    ],
    { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

/** A repository with mlgate.yml committed on `base`, then checked out on `branch`. */
function repoOn(base: string, branch: string): string {
  const dir = tempDir();
  git(dir, "init", "--quiet", "--initial-branch", base);
  writeFileSync(path.join(dir, "mlgate.yml"), CONFIG);
  git(dir, "add", "mlgate.yml");
  git(dir, "commit", "--quiet", "-m", "config");
  git(dir, "checkout", "--quiet", "-b", branch);
  return dir;
}

/** A bare "origin" whose HEAD is main, and a clone of it checked out on `branch`. */
function cloneOn(branch: string): string {
  const seed = repoOn("main", "unused");
  // A bare clone takes its HEAD from the repository it copies.
  git(seed, "checkout", "--quiet", "main");
  const origin = path.join(tempDir(), "origin.git");
  git(seed, "clone", "--quiet", "--bare", seed, origin);
  const clone = path.join(tempDir(), "clone");
  git(path.dirname(clone), "clone", "--quiet", origin, clone);
  git(clone, "checkout", "--quiet", "-b", branch);
  return clone;
}

async function environmentOf(dir: string, ...args: string[]) {
  const r = await runNode(CLI, ["lint", "--dir", dir, "--format", "json", ...args]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout).environment;
}

describe("mlgate check on a local branch no rule matches (dist/cli.js)", () => {
  it("picks what a pull request into origin's default branch would get", async () => {
    const dir = cloneOn("feature/x");
    expect(await environmentOf(dir)).toEqual({
      name: "production",
      source: "branch",
      detail:
        'local git branch "feature/x" matches no environment; a pull request into "main" (origin\'s default branch) would run as production',
      deploy: true,
    });
    const r = await runNode(CLI, ["check", "--dir", dir]);
    expect(r.stdout).toContain(
      'environment  production (deploys): local git branch "feature/x" matches no environment; a pull request into "main"',
    );
  });

  it("uses a local master when there is no remote", async () => {
    const dir = repoOn("master", "feature/x");
    expect(await environmentOf(dir)).toMatchObject({
      name: "production",
      detail:
        'local git branch "feature/x" matches no environment; a pull request into "master" (no origin HEAD; local branch) would run as production',
    });
  });

  it("lets --env win, and keeps a local branch that matches a rule", async () => {
    const dir = cloneOn("release/2.0");
    expect(await environmentOf(dir, "--env", "dev")).toMatchObject({ name: "dev", source: "flag" });
    expect(await environmentOf(dir)).toMatchObject({
      name: "staging",
      detail: 'local git branch "release/2.0" matches "release/*"',
    });
  });
});
