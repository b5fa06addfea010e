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
}

/** The environment used when the config names none and nothing matches. */
export const FALLBACK_ENVIRONMENT = "dev";

/** A flag naming an environment that the config does not define. */
export class UnknownEnvironmentError extends Error {}

/** Flag > first `environments:` entry whose branch globs match > the `default: true` entry > `dev`. */
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
    for (const name of names) {
      for (const glob of envs[name]?.branches ?? []) {
        if (picomatch(glob, { dot: true })(ctx.branch)) {
          const detail = `${ctx.branchSource ?? "branch"} "${ctx.branch}" matches "${glob}"`;
          return withDeploy({ name, source: "branch", detail }, config);
        }
      }
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

function withDeploy(info: EnvironmentInfo, config: MlgateConfig): EnvironmentInfo {
  if (config.environments?.[info.name]?.deploy === true) info.deploy = true;
  return info;
}
