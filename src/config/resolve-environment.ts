/** Decide which environment a run targets, and say which rule decided it. */
import picomatch from "picomatch";
import type { EnvironmentInfo } from "../report/types.js";
import { closest } from "../schema/suggest.js";
import type { MlgateConfig } from "./types.js";

/** What is known about the run's branch. */
export interface BranchContext {
  /** `--env` flag or `environment` input. */
  flag?: string;
  /** The branch environments are matched against. */
  branch?: string;
  /** Where `branch` came from, for the report: "pull request base", "pushed branch", "local git branch". */
  branchSource?: string;
  /** The pull request's base branch, the comparison's default baseline. */
  baseBranch?: string;
  /**
   * Local runs only: the branch a pull request would target (the repository's default branch),
   * so a branch no rule matches is checked as CI would check its pull request.
   */
  defaultBranch?: string;
  /** Where `defaultBranch` came from, for the report: "origin's default branch", "local branch". */
  defaultBranchSource?: string;
}

/** The environment used when the config names none and nothing matches. */
export const FALLBACK_ENVIRONMENT = "dev";

/** A flag naming an environment that the config does not define. */
export class UnknownEnvironmentError extends Error {}

/**
 * Flag > first `environments:` entry whose branch globs match the branch > the same for the
 * default branch a pull request would target (local runs) > the `default: true` entry > `dev`.
 */
export function resolveEnvironment(config: MlgateConfig, ctx: BranchContext): EnvironmentInfo {
  const envs = config.environments ?? {};
  const names = Object.keys(envs);
  if (ctx.flag !== undefined) {
    if (names.length > 0 && !names.includes(ctx.flag)) {
      const guess = closest(ctx.flag, names);
      throw new UnknownEnvironmentError(
        `unknown environment "${ctx.flag}"; mlgate.yml defines ${names.join(", ")}${guess ? ` (did you mean "${guess}"?)` : ""}`,
      );
    }
    return withDeploy({ name: ctx.flag, source: "flag", detail: "--env / environment input" }, config);
  }
  if (ctx.branch !== undefined) {
    const match = matchBranch(config, ctx.branch);
    if (match) {
      const detail = `${ctx.branchSource ?? "branch"} "${ctx.branch}" matches "${match.glob}"`;
      return withDeploy({ name: match.name, source: "branch", detail }, config);
    }
  }
  // Locally a feature branch matches no rule, yet CI checks the same change as a pull request
  // into the default branch: pick what CI would, so a laptop run is not a laxer gate.
  if (ctx.defaultBranch !== undefined) {
    const match = matchBranch(config, ctx.defaultBranch);
    if (match) {
      const here =
        ctx.branch === undefined
          ? "no local branch (detached HEAD)"
          : `${ctx.branchSource ?? "branch"} "${ctx.branch}" matches no environment`;
      const into = `"${ctx.defaultBranch}"${ctx.defaultBranchSource ? ` (${ctx.defaultBranchSource})` : ""}`;
      const detail = `${here}; a pull request into ${into} would run as ${match.name}`;
      return withDeploy({ name: match.name, source: "branch", detail }, config);
    }
  }
  const byDefault = names.find((n) => envs[n]?.default === true);
  if (byDefault) {
    const why = ctx.branch === undefined ? "no branch known" : `no branch glob matches "${ctx.branch}"`;
    return withDeploy({ name: byDefault, source: "default", detail: `${why}; default: true` }, config);
  }
  return {
    name: FALLBACK_ENVIRONMENT,
    source: "fallback",
    detail: "no environment matched and none is marked default",
  };
}

/** The first environment, in config order, with a branch glob matching `branch`. */
function matchBranch(config: MlgateConfig, branch: string): { name: string; glob: string } | undefined {
  const envs = config.environments ?? {};
  for (const name of Object.keys(envs)) {
    for (const glob of envs[name]?.branches ?? []) {
      if (picomatch(glob, { dot: true })(branch)) return { name, glob };
    }
  }
  return undefined;
}

function withDeploy(info: EnvironmentInfo, config: MlgateConfig): EnvironmentInfo {
  if (config.environments?.[info.name]?.deploy === true) info.deploy = true;
  return info;
}
