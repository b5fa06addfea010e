import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  GitHubError,
  unzipSync
} from "./chunk-6UFLF4AX.js";
import {
  BASELINE_MAX_BYTES,
  BaselineRefused,
  BaselineTooLarge
} from "./chunk-REWL6WAV.js";
import {
  asList
} from "./chunk-6RLKMJI7.js";
import {
  WorkspaceError,
  createWorkspace,
  escapeReason
} from "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-2OBMBC2G.js";

// src/baseline/prepare-baseline.ts
import { mkdirSync as mkdirSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path3 from "node:path";

// src/baseline/artifact-baseline.ts
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/baseline/baseline.ts
import { statSync } from "node:fs";
import path from "node:path";

// src/baseline/git.ts
import { execFile } from "node:child_process";
function git(cwd, args, options = {}) {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      {
        cwd,
        timeout: options.timeout ?? 3e4,
        maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
        encoding: "buffer",
        // Never wait for credentials: a fetch that needs them fails instead of hanging.
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo" }
      },
      (err, stdout, stderr) => resolve({ ok: !err, stdout: stdout ?? Buffer.alloc(0), stderr: String(stderr ?? "") })
    );
  });
}

// src/baseline/baseline.ts
var text = (b) => b.toString("utf8").trim();
async function gitBaseline(root, ref) {
  const top = await git(root, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return { reason: `${root} is not inside a git repository, so there is no git baseline` };
  const prefix = path.relative(text(top.stdout), root).split(path.sep).join("/");
  const verify = async (name) => {
    const r = await git(root, ["rev-parse", "--verify", "--quiet", `${name}^{commit}`]);
    return r.ok ? text(r.stdout) : void 0;
  };
  let sha;
  for (const name of [ref, `origin/${ref}`, `refs/remotes/origin/${ref}`]) {
    sha = await verify(name);
    if (sha) break;
  }
  let fetched = false;
  if (!sha && /^[A-Za-z0-9._/-]+$/.test(ref) && !ref.startsWith("-")) {
    const f = await git(root, ["fetch", "--no-tags", "--depth=50", "origin", ref], { timeout: 12e4 });
    if (f.ok) {
      sha = await verify("FETCH_HEAD");
      fetched = true;
    }
  }
  if (!sha)
    return { reason: `the base ref ${ref} is not in this clone and could not be fetched from origin` };
  const head = await verify("HEAD");
  let base = sha;
  let note;
  const mb = await git(root, ["merge-base", "HEAD", sha]);
  if (mb.ok && text(mb.stdout)) base = text(mb.stdout);
  else if (head)
    note = `no merge base with ${ref} in this clone (shallow history?): compared with the tip of ${ref}`;
  if (head && base === head) {
    base = sha;
    if (sha === head) note = `HEAD is the tip of ${ref}: the baseline is this very commit`;
    else note = `HEAD is already part of ${ref}: compared with the tip of ${ref}`;
  }
  const info = { source: "git", ref: `${ref}${fetched ? " (fetched)" : ""}`, sha: base };
  if (note) info.reason = note;
  return {
    info,
    async read(file, maxBytes) {
      const spec = `${base}:${prefix ? `${prefix}/` : ""}${file}`;
      const size = await git(root, ["cat-file", "-s", spec]);
      if (!size.ok) return void 0;
      const bytes = Number(text(size.stdout));
      if (bytes > maxBytes)
        throw new BaselineTooLarge(
          `${file} at ${base.slice(0, 7)} is ${bytes} bytes, over the ${maxBytes}-byte limit`
        );
      const show = await git(root, ["cat-file", "blob", spec], { maxBuffer: maxBytes + 1 });
      return show.ok ? new Uint8Array(show.stdout) : void 0;
    }
  };
}
function pathBaseline(workspace, where, single) {
  let abs;
  try {
    abs = workspace.resolve(where);
  } catch (err) {
    if (err instanceof WorkspaceError) return { reason: err.message };
    throw err;
  }
  const leaves = escapeReason(workspace.root, where);
  if (leaves)
    return { reason: `the baseline ${where} ${leaves}; mlgate reads only files inside the repository` };
  let isDir;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    return { reason: `the baseline ${where} does not exist` };
  }
  return {
    info: { source: "path", ref: where },
    async read(file, maxBytes) {
      let target;
      if (isDir) target = path.join(abs, file);
      else if (file === single) target = abs;
      else return void 0;
      if (isDir && path.relative(abs, target).startsWith("..")) return void 0;
      const relative = path.relative(workspace.root, target).split(path.sep).join("/");
      try {
        return await workspace.readBytes(relative, maxBytes);
      } catch (err) {
        if (!(err instanceof WorkspaceError)) throw err;
        if (err.tooLarge) throw new BaselineTooLarge(err.message);
        if (/is a link to a file outside the repository/.test(err.message))
          throw new BaselineRefused(
            `the baseline ${where} is refused: ${err.message}; mlgate reads only files inside the repository`
          );
        return void 0;
      }
    }
  };
}

// src/baseline/artifact-baseline.ts
async function contentsBaseline(github, ref) {
  const { gh, owner, repo } = github;
  let sha;
  try {
    sha = await gh.resolveRef(owner, repo, ref);
  } catch (err) {
    return { reason: `cannot read ${ref} through the REST API (${err.message})` };
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
    }
  };
}
var TRUSTED_EVENTS = ["push", "schedule", "workflow_dispatch"];
async function trustedRuns(github, branch) {
  const { gh, owner, repo } = github;
  const self = `${owner}/${repo}`.toLowerCase();
  const runs = [];
  for (const event of TRUSTED_EVENTS) {
    const listed = await gh.listWorkflowRuns(
      owner,
      repo,
      github.workflow,
      { branch, status: "success", event },
      MAX_RUNS
    );
    for (const run of listed)
      if (run.event === event && run.conclusion === "success" && run.head_branch === branch && run.head_repository?.full_name?.toLowerCase() === self)
        runs.push(run);
  }
  const newest = (a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id;
  return runs.sort(newest).slice(0, MAX_RUNS);
}
var MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
var MAX_RUNS = 20;
function unpack(zip, into) {
  let total = 0;
  const files = unzipSync(zip, {
    filter: (f) => {
      total += f.originalSize;
      if (total > MAX_ARTIFACT_BYTES) throw new Error("it unpacks to more than the size limit");
      return true;
    }
  });
  const dir = mkdtempSync(path2.join(into, "artifact-"));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    const target = path2.resolve(dir, name);
    if (path2.relative(dir, target).startsWith("..") || path2.isAbsolute(path2.relative(dir, target)))
      throw new Error(`it holds a path outside its folder (${name})`);
    mkdirSync(path2.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return dir;
}
async function artifactBaseline(github, branch, into, trend = 0) {
  if (!github.workflow) return { reason: "the workflow file is unknown (GITHUB_WORKFLOW_REF is not set)" };
  let runs;
  try {
    runs = await trustedRuns(github, branch);
  } catch (err) {
    return {
      reason: `cannot list the workflow's runs on ${branch} (${err instanceof GitHubError ? `${err.status} ${err.message}` : err.message}); the token needs \`actions: read\``
    };
  }
  if (!runs.length)
    return {
      reason: `no successful ${TRUSTED_EVENTS.join(", ")} run of this workflow on ${branch} yet (the first run has no baseline)`
    };
  const problems = [];
  let chosen;
  const history = [];
  for (const run2 of runs) {
    if (chosen && history.length >= trend) break;
    let dir;
    try {
      const artifacts = await github.artifacts.list(run2.id);
      const artifact = artifacts.find((a) => a.name === github.artifactName);
      if (!artifact) {
        problems.push(`run ${run2.id} has no ${github.artifactName} artifact`);
        continue;
      }
      if (artifact.size > MAX_ARTIFACT_BYTES) {
        problems.push(`run ${run2.id}'s artifact is over the size limit`);
        continue;
      }
      dir = unpack(await github.artifacts.download(run2.id, artifact, MAX_ARTIFACT_BYTES), into);
    } catch (err) {
      problems.push(`run ${run2.id}'s artifact cannot be used: ${err.message}`);
      continue;
    }
    const past = pathBaseline(createWorkspace(dir), ".");
    if ("read" in past) history.push({ runId: run2.id, sha: run2.head_sha, read: past.read });
    if (!chosen) chosen = { dir, run: run2 };
  }
  if (!chosen)
    return {
      reason: `no usable ${github.artifactName} artifact on ${branch}: ${problems.slice(0, 3).join("; ")}`
    };
  const base = pathBaseline(createWorkspace(chosen.dir), ".");
  if (!("read" in base)) return base;
  const { run } = chosen;
  const info = {
    source: "artifact",
    ref: `run ${run.id} (${run.event}) on ${branch}`,
    sha: run.head_sha
  };
  if (run.html_url) info.url = run.html_url;
  return { info, read: base.read, history: history.reverse() };
}

// src/baseline/resolve-baseline.ts
async function defaultBranch(root) {
  const r = await git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], {
    timeout: 5e3
  });
  if (!r.ok) return void 0;
  return r.stdout.toString("utf8").trim().replace(/^origin\//, "") || void 0;
}
async function resolveBaseline(workspace, cfg, req, sources) {
  const { github } = sources;
  const metricsFiles = asList(cfg.metrics);
  const single = metricsFiles.length === 1 ? metricsFiles[0] : void 0;
  if (req.path) return pathBaseline(workspace, req.path, single);
  const from = cfg.baseline?.from ?? "auto";
  if (!req.ref && from.startsWith("path:")) return pathBaseline(workspace, from.slice(5), single);
  const branch = req.baseBranch ?? cfg.baseline?.branch ?? await defaultBranch(workspace.root) ?? "main";
  let artifactReason;
  if (!req.ref && (from === "artifact" || from === "auto")) {
    if (github) {
      const found2 = await artifactBaseline(github, branch, sources.scratch, cfg.trend ?? 5);
      if ("read" in found2) return found2;
      artifactReason = found2.reason;
    } else artifactReason = "artifact baselines need the GitHub action (a token with `actions: read`)";
    if (from === "artifact") return { reason: artifactReason ?? "no artifact baseline" };
  }
  const ref = req.ref ?? branch;
  let found = await gitBaseline(workspace.root, ref);
  if (!("read" in found) && github) {
    const viaApi = await contentsBaseline(github, ref);
    found = "read" in viaApi ? viaApi : { reason: `${found.reason}; ${viaApi.reason}` };
  }
  if (artifactReason && github && "read" in found)
    found.info.reason = [found.info.reason, `no artifact baseline: ${artifactReason}`].filter(Boolean).join("; ");
  return found;
}

// src/baseline/prepare-baseline.ts
async function copyFiles(read, needed, dir) {
  mkdirSync2(dir, { recursive: true });
  const tooLarge = [];
  const caps = /* @__PURE__ */ new Map();
  for (const { file, maxBytes } of needed) caps.set(file, [...caps.get(file) ?? [], maxBytes]);
  for (const [file, list] of caps) {
    for (const maxBytes of [...new Set(list)].sort((a, b) => a - b)) {
      let bytes;
      try {
        bytes = await read(file, maxBytes);
      } catch (err) {
        if (!(err instanceof BaselineTooLarge)) throw err;
        tooLarge.push({ file, maxBytes, message: err.message });
        continue;
      }
      const target = path3.join(dir, file);
      if (bytes && !path3.relative(dir, target).startsWith("..")) {
        mkdirSync2(path3.dirname(target), { recursive: true });
        writeFileSync2(target, bytes);
      }
      break;
    }
  }
  return { workspace: createWorkspace(dir), tooLarge };
}
async function prepareBaseline(workspace, cfg, request, needs, temp, github) {
  const dir = temp.makeDir("baseline-");
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const scratch = path3.join(dir, "artifacts");
    mkdirSync2(scratch);
    const source = await resolveBaseline(workspace, cfg, request, { github, scratch });
    if (!("read" in source)) return { baseline: source, remove };
    let files;
    try {
      files = await copyFiles(source.read, needs.files, path3.join(dir, "files"));
    } catch (err) {
      if (!(err instanceof BaselineRefused)) throw err;
      remove();
      return { baseline: { reason: err.message }, remove };
    }
    const history = [];
    const trend = needs.trend.map((file) => ({ file, maxBytes: BASELINE_MAX_BYTES.metrics }));
    for (const [i, past] of (source.history ?? []).entries())
      history.push({
        sha: past.sha,
        files: await copyFiles(past.read, trend, path3.join(dir, `history-${i}`))
      });
    return { baseline: { info: source.info, files, history }, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
export {
  prepareBaseline
};
