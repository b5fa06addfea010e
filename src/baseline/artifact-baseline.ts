/**
 * The artifact baseline: the `mlgate-baseline` artifact of the latest successful push (or schedule,
 * or workflow_dispatch) run of this workflow on the base branch, of this repository's own code, downloaded through the REST API and unpacked (size-capped, paths
 * kept inside) into a temporary directory that then serves as a path baseline. Older runs'
 * artifacts give the trend. Everything downloaded is untrusted input.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import type { ArtifactStore } from "../github/artifacts.js";
import type { GitHub, WorkflowRun } from "../github/client.js";
import { GitHubError } from "../github/github-error.js";
import { createWorkspace } from "../io/workspace.js";
import type { BaselineInfo } from "../report/types.js";
import { type Baseline, pathBaseline } from "./baseline.js";
import { BaselineTooLarge, type NoBaseline } from "./resolved-baseline.js";

/** A past baseline: its run, commit and files. */
export interface BaselineHistory {
  runId: number;
  sha: string;
  read: Baseline["read"];
}

/** Where the action runs, for finding the baseline runs. */
export interface GitHubContext {
  gh: GitHub;
  owner: string;
  repo: string;
  /** The workflow file name (`ml.yml`) or id. */
  workflow: string;
  artifactName: string;
  /** Other runs' artifacts (@actions/artifact). */
  artifacts: ArtifactStore;
  /** Where the checked folder sits in the repository (`examples/app`), for the contents API. */
  pathPrefix?: string;
}

/**
 * The base branch's files through the REST contents API, for runs without usable git history
 * (no .git, or a ref that cannot be fetched). Reads go to the commit the ref pointed at first.
 */
export async function contentsBaseline(github: GitHubContext, ref: string): Promise<Baseline | NoBaseline> {
  const { gh, owner, repo } = github;
  let sha: string | undefined;
  try {
    sha = await gh.resolveRef(owner, repo, ref);
  } catch (err) {
    return { reason: `cannot read ${ref} through the REST API (${(err as Error).message})` };
  }
  if (!sha) return { reason: `${ref} does not exist in ${owner}/${repo}` };
  const prefix = github.pathPrefix ? `${github.pathPrefix}/` : "";
  return {
    info: { source: "git", ref: `${ref} (REST contents API)`, sha },
    async read(file, maxBytes) {
      try {
        return await gh.getFile(owner, repo, `${prefix}${file}`, sha, maxBytes);
      } catch (err) {
        if (err instanceof GitHubError && err.status === 413) throw new BaselineTooLarge(err.message);
        throw err;
      }
    },
  };
}

/**
 * The events whose runs may supply a baseline: code already on the branch. A `pull_request` run
 * reports the PR's branch name, which a fork can call `main`, and runs the PR's code.
 */
const TRUSTED_EVENTS = ["push", "schedule", "workflow_dispatch"] as const;

/** A listed run, with the fields that tell where its code came from. */
type TrustedRun = WorkflowRun & { head_repository?: { full_name?: string } | null; html_url?: string };

/**
 * The workflow's successful runs of a trusted event on `branch` whose commit is this repository's,
 * newest first. Each event is listed on its own, so a flood of other runs cannot push them out.
 */
async function trustedRuns(github: GitHubContext, branch: string): Promise<TrustedRun[]> {
  const { gh, owner, repo } = github;
  const self = `${owner}/${repo}`.toLowerCase();
  const runs: TrustedRun[] = [];
  for (const event of TRUSTED_EVENTS) {
    const listed: TrustedRun[] = await gh.listWorkflowRuns(
      owner,
      repo,
      github.workflow,
      { branch, status: "success", event },
      MAX_RUNS,
    );
    // GitHub filters on the query; checked again here, as the filters are the whole defence.
    for (const run of listed)
      if (
        run.event === event &&
        run.conclusion === "success" &&
        run.head_branch === branch &&
        run.head_repository?.full_name?.toLowerCase() === self
      )
        runs.push(run);
  }
  const newest = (a: TrustedRun, b: TrustedRun) => b.created_at.localeCompare(a.created_at) || b.id - a.id;
  return runs.sort(newest).slice(0, MAX_RUNS);
}

/** Artifacts larger than this are not downloaded; unpacked contents are capped the same. */
const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
/** Runs looked at for a usable artifact. */
const MAX_RUNS = 20;

/** Unpack a zip into a fresh directory under `into`; entries that would land outside it are refused. */
function unpack(zip: Uint8Array, into: string): string {
  let total = 0;
  const files = unzipSync(zip, {
    filter: (f) => {
      total += f.originalSize;
      if (total > MAX_ARTIFACT_BYTES) throw new Error("it unpacks to more than the size limit");
      return true;
    },
  });
  const dir = mkdtempSync(path.join(into, "artifact-"));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    const target = path.resolve(dir, name);
    if (path.relative(dir, target).startsWith("..") || path.isAbsolute(path.relative(dir, target)))
      throw new Error(`it holds a path outside its folder (${name})`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return dir;
}

/**
 * The newest usable baseline artifact on `branch`, and up to `trend` more for the trend; each is
 * unpacked into a folder under `into`, which the caller removes.
 */
export async function artifactBaseline(
  github: GitHubContext,
  branch: string,
  into: string,
  trend = 0,
): Promise<(Baseline & { history: BaselineHistory[] }) | NoBaseline> {
  if (!github.workflow) return { reason: "the workflow file is unknown (GITHUB_WORKFLOW_REF is not set)" };
  let runs: TrustedRun[];
  try {
    runs = await trustedRuns(github, branch);
  } catch (err) {
    return {
      reason: `cannot list the workflow's runs on ${branch} (${err instanceof GitHubError ? `${err.status} ${err.message}` : (err as Error).message}); the token needs \`actions: read\``,
    };
  }
  if (!runs.length)
    return {
      reason: `no successful ${TRUSTED_EVENTS.join(", ")} run of this workflow on ${branch} yet (the first run has no baseline)`,
    };
  const problems: string[] = [];
  let chosen: { dir: string; run: TrustedRun } | undefined;
  const history: BaselineHistory[] = [];
  for (const run of runs) {
    if (chosen && history.length >= trend) break;
    let dir: string;
    try {
      const artifacts = await github.artifacts.list(run.id);
      const artifact = artifacts.find((a) => a.name === github.artifactName);
      if (!artifact) {
        problems.push(`run ${run.id} has no ${github.artifactName} artifact`);
        continue;
      }
      if (artifact.size > MAX_ARTIFACT_BYTES) {
        problems.push(`run ${run.id}'s artifact is over the size limit`);
        continue;
      }
      dir = unpack(await github.artifacts.download(run.id, artifact, MAX_ARTIFACT_BYTES), into);
    } catch (err) {
      problems.push(`run ${run.id}'s artifact cannot be used: ${(err as Error).message}`);
      continue;
    }
    const past = pathBaseline(createWorkspace(dir), ".");
    if ("read" in past) history.push({ runId: run.id, sha: run.head_sha, read: past.read });
    if (!chosen) chosen = { dir, run };
  }
  if (!chosen)
    return {
      reason: `no usable ${github.artifactName} artifact on ${branch}: ${problems.slice(0, 3).join("; ")}`,
    };
  const base = pathBaseline(createWorkspace(chosen.dir), ".");
  if (!("read" in base)) return base;
  const { run } = chosen;
  const info: BaselineInfo = {
    source: "artifact",
    ref: `run ${run.id} (${run.event}) on ${branch}`,
    sha: run.head_sha,
  };
  if (run.html_url) info.url = run.html_url;
  return { info, read: base.read, history: history.reverse() };
}
