import { describe, expect, it } from "vitest";
import { resolveEnvironment, UnknownEnvironmentError } from "../../src/config/resolve-environment.js";
import type { MlgateConfig } from "../../src/config/types.js";

const config: MlgateConfig = {
  version: 1,
  environments: {
    production: { branches: ["main"], deploy: true },
    staging: { branches: ["release/*"] },
    dev: { default: true },
  },
};

describe("resolveEnvironment", () => {
  it.each([
    [{ flag: "staging", branch: "main" }, "staging", "flag"],
    [{ branch: "main", branchSource: "pull request base" }, "production", "branch"],
    [{ branch: "release/2.1" }, "staging", "branch"],
    [{ branch: "release/2.1/hotfix" }, "dev", "default"],
    [{ branch: "feature/x" }, "dev", "default"],
    [{}, "dev", "default"],
  ])("%o -> %s by %s", (ctx, name, source) => {
    const env = resolveEnvironment(config, ctx);
    expect(env.name).toBe(name);
    expect(env.source).toBe(source);
  });

  it("says which branch and glob decided, and marks deploy environments", () => {
    const env = resolveEnvironment(config, { branch: "main", branchSource: "pull request base" });
    expect(env).toEqual({
      name: "production",
      source: "branch",
      detail: 'pull request base "main" matches "main"',
      deploy: true,
    });
  });

  it("falls back to dev when nothing matches and nothing is default", () => {
    const env = resolveEnvironment(
      { version: 1, environments: { production: { branches: ["main"] } } },
      { branch: "x" },
    );
    expect(env).toMatchObject({ name: "dev", source: "fallback" });
  });

  it("first matching entry wins", () => {
    const env = resolveEnvironment(
      { version: 1, environments: { a: { branches: ["*"] }, b: { branches: ["main"] } } },
      { branch: "main" },
    );
    expect(env.name).toBe("a");
  });

  it("rejects a flag naming an undefined environment, with a suggestion", () => {
    expect(() => resolveEnvironment(config, { flag: "prodution" })).toThrow(UnknownEnvironmentError);
    expect(() => resolveEnvironment(config, { flag: "prodution" })).toThrow('did you mean "production"?');
  });

  it("accepts any flag when the config defines no environments", () => {
    expect(resolveEnvironment({ version: 1 }, { flag: "qa" })).toMatchObject({ name: "qa", source: "flag" });
  });

  describe("a local branch no rule matches: what a pull request into the default branch gets", () => {
    const local = { branchSource: "local git branch", defaultBranchSource: "origin's default branch" };

    it("takes the default branch's environment and says why", () => {
      expect(resolveEnvironment(config, { ...local, branch: "feature/x", defaultBranch: "main" })).toEqual({
        name: "production",
        source: "branch",
        detail:
          'local git branch "feature/x" matches no environment; a pull request into "main" (origin\'s default branch) would run as production',
        deploy: true,
      });
    });

    it("covers a detached HEAD too", () => {
      expect(resolveEnvironment(config, { ...local, defaultBranch: "main" })).toMatchObject({
        name: "production",
        detail: expect.stringMatching(/^no local branch \(detached HEAD\); a pull request into "main"/),
      });
    });

    it.each([
      [{ ...local, branch: "release/1", defaultBranch: "main" }, "staging", "branch"],
      [{ ...local, branch: "feature/x", defaultBranch: "trunk" }, "dev", "default"],
      [{ ...local, flag: "dev", branch: "feature/x", defaultBranch: "main" }, "dev", "flag"],
    ])("%o -> %s by %s (a matching branch, an unmatched default branch, the flag)", (ctx, name, source) => {
      expect(resolveEnvironment(config, ctx)).toMatchObject({ name, source });
    });
  });
});
