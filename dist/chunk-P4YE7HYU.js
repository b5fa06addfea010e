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
var chunk_P4YE7HYU_exports = {};
__export(chunk_P4YE7HYU_exports, {
  readBranchContext: () => readBranchContext
});
module.exports = __toCommonJS(chunk_P4YE7HYU_exports);
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
async function git(dir, args) {
  const { execFile } = await Promise.resolve().then(() => __toESM(require("node:child_process")));
  return new Promise((resolve) => {
    execFile("git", args, { cwd: dir, timeout: 5e3 }, (err, stdout) => {
      const out = stdout.trim();
      resolve(err || !out ? void 0 : out);
    });
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  readBranchContext
});
