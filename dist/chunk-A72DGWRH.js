"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_A72DGWRH_exports = {};
__export(chunk_A72DGWRH_exports, {
  BASELINE_MAX_BYTES: () => BASELINE_MAX_BYTES,
  BaselineRefused: () => BaselineRefused,
  BaselineTooLarge: () => BaselineTooLarge,
  baselineCopies: () => baselineCopies,
  hasBaseline: () => hasBaseline,
  readBaselineFile: () => readBaselineFile
});
module.exports = __toCommonJS(chunk_A72DGWRH_exports);
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var BASELINE_MAX_BYTES = {
  /** Metrics and params files are small. */
  metrics: 8 * 1024 * 1024,
  /** The predictions the paired tests read. */
  predictions: 512 * 1024 * 1024,
  /** The data files a drift check compares with. */
  data: 1024 * 1024 * 1024,
  /** The base run's JSON report (artifact and path baselines), for the base's slice bars. */
  report: 64 * 1024 * 1024
};
var BaselineTooLarge = class extends Error {
};
var BaselineRefused = class extends Error {
};
function hasBaseline(baseline) {
  return "files" in baseline;
}
async function readBaselineFile(files, file, maxBytes) {
  const over = files.tooLarge.find((t) => t.file === file && t.maxBytes === maxBytes);
  if (over) throw new BaselineTooLarge(over.message);
  if (!await files.workspace.exists(file)) return void 0;
  try {
    return await files.workspace.readBytes(file, Number.MAX_SAFE_INTEGER);
  } catch (err) {
    if (err instanceof import_chunk_TEV5JGM7.WorkspaceError) return void 0;
    throw err;
  }
}
async function baselineCopies(files, wanted, maxBytes) {
  const out = { copied: [], tooLarge: [] };
  for (const file of wanted) {
    const over = files.tooLarge.find((t) => t.file === file && t.maxBytes === maxBytes);
    if (over) out.tooLarge.push(over.message);
    else if (await files.workspace.exists(file)) out.copied.push(file);
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BASELINE_MAX_BYTES,
  BaselineRefused,
  BaselineTooLarge,
  baselineCopies,
  hasBaseline,
  readBaselineFile
});
