"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_2TY6MRTR_exports = {};
__export(chunk_2TY6MRTR_exports, {
  prepareBaseline: () => prepareBaseline
});
module.exports = __toCommonJS(chunk_2TY6MRTR_exports);
var import_chunk_B7MD7YW3 = require("./chunk-B7MD7YW3.js");
var import_chunk_A72DGWRH = require("./chunk-A72DGWRH.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"));
var import_node_fs3 = require("node:fs");
var import_node_path3 = __toESM(require("node:path"));
var import_node_child_process = require("node:child_process");
function git(cwd, args, options = {}) {
  return new Promise((resolve) => {
    (0, import_node_child_process.execFile)(
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
var text = (b) => b.toString("utf8").trim();
async function gitBaseline(root, ref) {
  const top = await git(root, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return { reason: `${root} is not inside a git repository, so there is no git baseline` };
  const prefix = import_node_path3.default.relative(text(top.stdout), root).split(import_node_path3.default.sep).join("/");
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
        throw new import_chunk_A72DGWRH.BaselineTooLarge(
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
    if (err instanceof import_chunk_TEV5JGM7.WorkspaceError) return { reason: err.message };
    throw err;
  }
  const leaves = (0, import_chunk_TEV5JGM7.escapeReason)(workspace.root, where);
  if (leaves)
    return { reason: `the baseline ${where} ${leaves}; mlgate reads only files inside the repository` };
  let isDir;
  try {
    isDir = (0, import_node_fs3.statSync)(abs).isDirectory();
  } catch {
    return { reason: `the baseline ${where} does not exist` };
  }
  return {
    info: { source: "path", ref: where },
    async read(file, maxBytes) {
      let target;
      if (isDir) target = import_node_path3.default.join(abs, file);
      else if (file === single) target = abs;
      else return void 0;
      if (isDir && import_node_path3.default.relative(abs, target).startsWith("..")) return void 0;
      const relative = import_node_path3.default.relative(workspace.root, target).split(import_node_path3.default.sep).join("/");
      try {
        return await workspace.readBytes(relative, maxBytes);
      } catch (err) {
        if (!(err instanceof import_chunk_TEV5JGM7.WorkspaceError)) throw err;
        if (err.tooLarge) throw new import_chunk_A72DGWRH.BaselineTooLarge(err.message);
        if (/is a link to a file outside the repository/.test(err.message))
          throw new import_chunk_A72DGWRH.BaselineRefused(
            `the baseline ${where} is refused: ${err.message}; mlgate reads only files inside the repository`
          );
        return void 0;
      }
    }
  };
}
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
        if (err instanceof import_chunk_B7MD7YW3.GitHubError && err.status === 413) throw new import_chunk_A72DGWRH.BaselineTooLarge(err.message);
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
  const files = (0, import_chunk_B7MD7YW3.unzipSync)(zip, {
    filter: (f) => {
      total += f.originalSize;
      if (total > MAX_ARTIFACT_BYTES) throw new Error("it unpacks to more than the size limit");
      return true;
    }
  });
  const dir = (0, import_node_fs2.mkdtempSync)(import_node_path2.default.join(into, "artifact-"));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    const target = import_node_path2.default.resolve(dir, name);
    if (import_node_path2.default.relative(dir, target).startsWith("..") || import_node_path2.default.isAbsolute(import_node_path2.default.relative(dir, target)))
      throw new Error(`it holds a path outside its folder (${name})`);
    (0, import_node_fs2.mkdirSync)(import_node_path2.default.dirname(target), { recursive: true });
    (0, import_node_fs2.writeFileSync)(target, bytes);
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
      reason: `cannot list the workflow's runs on ${branch} (${err instanceof import_chunk_B7MD7YW3.GitHubError ? `${err.status} ${err.message}` : err.message}); the token needs \`actions: read\``
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
    const past = pathBaseline((0, import_chunk_TEV5JGM7.createWorkspace)(dir), ".");
    if ("read" in past) history.push({ runId: run2.id, sha: run2.head_sha, read: past.read });
    if (!chosen) chosen = { dir, run: run2 };
  }
  if (!chosen)
    return {
      reason: `no usable ${github.artifactName} artifact on ${branch}: ${problems.slice(0, 3).join("; ")}`
    };
  const base = pathBaseline((0, import_chunk_TEV5JGM7.createWorkspace)(chosen.dir), ".");
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
async function defaultBranch(root) {
  const r = await git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], {
    timeout: 5e3
  });
  if (!r.ok) return void 0;
  return r.stdout.toString("utf8").trim().replace(/^origin\//, "") || void 0;
}
async function resolveBaseline(workspace, cfg, req, sources) {
  const { github } = sources;
  const metricsFiles = (0, import_chunk_Y2MZXBRO.asList)(cfg.metrics);
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
async function copyFiles(read, needed, dir) {
  (0, import_node_fs.mkdirSync)(dir, { recursive: true });
  const tooLarge = [];
  const caps = /* @__PURE__ */ new Map();
  for (const { file, maxBytes } of needed) caps.set(file, [...caps.get(file) ?? [], maxBytes]);
  for (const [file, list] of caps) {
    for (const maxBytes of [...new Set(list)].sort((a, b) => a - b)) {
      let bytes;
      try {
        bytes = await read(file, maxBytes);
      } catch (err) {
        if (!(err instanceof import_chunk_A72DGWRH.BaselineTooLarge)) throw err;
        tooLarge.push({ file, maxBytes, message: err.message });
        continue;
      }
      const target = import_node_path.default.join(dir, file);
      if (bytes && !import_node_path.default.relative(dir, target).startsWith("..")) {
        (0, import_node_fs.mkdirSync)(import_node_path.default.dirname(target), { recursive: true });
        (0, import_node_fs.writeFileSync)(target, bytes);
      }
      break;
    }
  }
  return { workspace: (0, import_chunk_TEV5JGM7.createWorkspace)(dir), tooLarge };
}
async function prepareBaseline(workspace, cfg, request, needs, temp, github) {
  const dir = temp.makeDir("baseline-");
  const remove = () => (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  try {
    const scratch = import_node_path.default.join(dir, "artifacts");
    (0, import_node_fs.mkdirSync)(scratch);
    const source = await resolveBaseline(workspace, cfg, request, { github, scratch });
    if (!("read" in source)) return { baseline: source, remove };
    let files;
    try {
      files = await copyFiles(source.read, needs.files, import_node_path.default.join(dir, "files"));
    } catch (err) {
      if (!(err instanceof import_chunk_A72DGWRH.BaselineRefused)) throw err;
      remove();
      return { baseline: { reason: err.message }, remove };
    }
    const history = [];
    const trend = needs.trend.map((file) => ({ file, maxBytes: import_chunk_A72DGWRH.BASELINE_MAX_BYTES.metrics }));
    for (const [i, past] of (source.history ?? []).entries())
      history.push({
        sha: past.sha,
        files: await copyFiles(past.read, trend, import_node_path.default.join(dir, `history-${i}`))
      });
    return { baseline: { info: source.info, files, history }, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  prepareBaseline
});
