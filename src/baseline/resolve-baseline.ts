/**
 * Which baseline a run compares against: the flags first, then `compare.baseline.from` (`path:`,
 * `artifact`, `git`, or `auto`: the artifact, then git, then git through the REST API).
 */
import { asList } from "../config/as-list.js";
import type { CompareConfig } from "../config/types.js";
import type { Workspace } from "../io/workspace.js";
import {
  artifactBaseline,
  type BaselineHistory,
  contentsBaseline,
  type GitHubContext,
} from "./artifact-baseline.js";
import { type Baseline, gitBaseline, pathBaseline } from "./baseline.js";
import { git } from "./git.js";
import type { NoBaseline } from "./resolved-baseline.js";

/** Where to take the baseline from, as the command line or the action asks. */
export interface BaselineRequest {
  /** `--baseline FILE|DIR`. */
  path?: string;
  /** `--baseline-ref REF`: a git ref. */
  ref?: string;
  /** The pull request's base branch (GITHUB_BASE_REF), when there is one. */
  baseBranch?: string;
}

/** What resolving reaches beyond the workspace. */
export interface BaselineSources {
  /** GitHub access when running as the action with a token: artifact and REST baselines. */
  github?: GitHubContext;
  /** A folder (removed by the caller) to unpack artifacts into. */
  scratch: string;
}

/** The default branch of `origin`, when the clone knows it. */
async function defaultBranch(root: string): Promise<string | undefined> {
  const r = await git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], {
    timeout: 5000,
  });
  if (!r.ok) return undefined;
  return (
    r.stdout
      .toString("utf8")
      .trim()
      .replace(/^origin\//, "") || undefined
  );
}

/** Resolve the baseline's source: flags first, then `compare.baseline.from`. */
export async function resolveBaseline(
  workspace: Workspace,
  cfg: CompareConfig,
  req: BaselineRequest,
  sources: BaselineSources,
): Promise<(Baseline & { history?: BaselineHistory[] }) | NoBaseline> {
  const { github } = sources;
  const metricsFiles = asList(cfg.metrics);
  const single = metricsFiles.length === 1 ? metricsFiles[0] : undefined;
  if (req.path) return pathBaseline(workspace, req.path, single);
  const from = cfg.baseline?.from ?? "auto";
  if (!req.ref && from.startsWith("path:")) return pathBaseline(workspace, from.slice(5), single);
  const branch = req.baseBranch ?? cfg.baseline?.branch ?? (await defaultBranch(workspace.root)) ?? "main";
  let artifactReason: string | undefined;
  if (!req.ref && (from === "artifact" || from === "auto")) {
    if (github) {
      const found = await artifactBaseline(github, branch, sources.scratch, cfg.trend ?? 5);
      if ("read" in found) return found;
      artifactReason = found.reason;
    } else artifactReason = "artifact baselines need the GitHub action (a token with `actions: read`)";
    if (from === "artifact") return { reason: artifactReason ?? "no artifact baseline" };
  }
  const ref = req.ref ?? branch;
  let found = await gitBaseline(workspace.root, ref);
  // No usable git history (no .git, an unfetchable ref): the same files through the REST API.
  if (!("read" in found) && github) {
    const viaApi = await contentsBaseline(github, ref);
    found = "read" in viaApi ? viaApi : { reason: `${found.reason}; ${viaApi.reason}` };
  }
  // `auto` fell back to git: say why the artifact was not used.
  if (artifactReason && github && "read" in found)
    found.info.reason = [found.info.reason, `no artifact baseline: ${artifactReason}`]
      .filter(Boolean)
      .join("; ");
  return found;
}
