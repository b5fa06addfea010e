import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  WorkspaceError
} from "./chunk-IJJMSSTF.js";

// src/baseline/resolved-baseline.ts
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
    if (err instanceof WorkspaceError) return void 0;
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

export {
  BASELINE_MAX_BYTES,
  BaselineTooLarge,
  BaselineRefused,
  hasBaseline,
  readBaselineFile,
  baselineCopies
};
