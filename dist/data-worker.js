import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  scanParquetGroups,
  scanPart,
  scanSplitPart
} from "./chunk-SUNY2CIR.js";
import "./chunk-C6ZGKEPN.js";
import "./chunk-BGVNV7CY.js";
import "./chunk-J7HIHQAJ.js";
import "./chunk-JINPWVCY.js";
import "./chunk-SMUHAVL2.js";
import "./chunk-J3WANC6Y.js";
import "./chunk-EQ3Q73WU.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-FDVFJYAA.js";
import "./chunk-DHTNKQ4Z.js";
import "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-PGUDZQXF.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";

// src/data/scan/data-worker.ts
import { parentPort, workerData } from "node:worker_threads";
function transferOf(result) {
  const pairsOf = (state) => state && typeof state === "object" && state.pairs instanceof Uint32Array ? [state.pairs.buffer] : [];
  return [...result.columns.flatMap((c) => c.sinks.flatMap(pairsOf)), ...result.sinks.flatMap(pairsOf)];
}
var told = 0;
var tell = (bytes) => {
  if (bytes - told < 1 << 24) return;
  told = bytes;
  parentPort?.postMessage({ progress: bytes });
};
var job = workerData;
if ("kind" in job && job.kind === "parquet") {
  const parquet = job;
  const footers = /* @__PURE__ */ new Map();
  parentPort?.on("message", async (m) => {
    if ("done" in m) {
      parentPort?.close();
      return;
    }
    const result = await scanParquetGroups(parquet, m.groups, footers);
    parentPort?.postMessage({ groups: m.groups, result }, transferOf(result));
  });
} else if ("kind" in job && job.kind === "split") {
  const split = await scanSplitPart(job, tell);
  parentPort?.postMessage({ result: split }, [split.keys.words.buffer]);
} else {
  const result = await scanPart(job, tell);
  parentPort?.postMessage({ result }, transferOf(result));
}
