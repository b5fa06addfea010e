/**
 * The artifact baseline: the `mlgate-baseline` artifact of the latest successful run of this
 * workflow on the base branch, downloaded through the REST API and unpacked (size-capped, paths
 * kept inside) into a temporary directory that then serves as a path baseline. Older runs'
 * artifacts give the trend. Everything downloaded is untrusted input.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import type { GitHub } from "../github/client.js";
import { GitHubError } from "../github/client.js";
import { createWorkspace } from "../io/workspace.js";
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
  const { gh, owner, repo } = github;
  if (!github.workflow) return { reason: "the workflow file is unknown (GITHUB_WORKFLOW_REF is not set)" };
  let runs: Awaited<ReturnType<GitHub["listWorkflowRuns"]>>;
  try {
    runs = await gh.listWorkflowRuns(owner, repo, github.workflow, { branch, status: "success" }, MAX_RUNS);
  } catch (err) {
    return {
      reason: `cannot list the workflow's runs on ${branch} (${err instanceof GitHubError ? `${err.status} ${err.message}` : (err as Error).message}); the token needs \`actions: read\``,
    };
  }
  if (!runs.length)
    return { reason: `no successful run of this workflow on ${branch} yet (the first run has no baseline)` };
  const problems: string[] = [];
  let chosen: { dir: string; runId: number; sha: string } | undefined;
  const history: BaselineHistory[] = [];
  for (const run of runs) {
    if (run.conclusion && run.conclusion !== "success") continue;
    if (chosen && history.length >= trend) break;
    let artifacts: Awaited<ReturnType<GitHub["listRunArtifacts"]>>;
    try {
      artifacts = await gh.listRunArtifacts(owner, repo, run.id);
    } catch (err) {
      problems.push(`run ${run.id}: ${(err as Error).message}`);
      continue;
    }
    const artifact = artifacts.find((a) => a.name === github.artifactName);
    if (!artifact) {
      problems.push(`run ${run.id} has no ${github.artifactName} artifact`);
      continue;
    }
    if (artifact.expired) {
      problems.push(`run ${run.id}'s ${github.artifactName} artifact has expired`);
      continue;
    }
    if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
      problems.push(`run ${run.id}'s artifact is over the size limit`);
      continue;
    }
    let dir: string;
    try {
      dir = unpack(await gh.downloadArtifact(owner, repo, artifact.id, MAX_ARTIFACT_BYTES), into);
    } catch (err) {
      problems.push(`run ${run.id}'s artifact cannot be used: ${(err as Error).message}`);
      continue;
    }
    const past = pathBaseline(createWorkspace(dir), ".");
    if ("read" in past) history.push({ runId: run.id, sha: run.head_sha, read: past.read });
    if (!chosen) chosen = { dir, runId: run.id, sha: run.head_sha };
  }
  if (!chosen)
    return {
      reason: `no usable ${github.artifactName} artifact on ${branch}: ${problems.slice(0, 3).join("; ")}`,
    };
  const base = pathBaseline(createWorkspace(chosen.dir), ".");
  if (!("read" in base)) return base;
  const info = { source: "artifact" as const, ref: `run ${chosen.runId} on ${branch}`, sha: chosen.sha };
  return { info, read: base.read, history: history.reverse() };
}
