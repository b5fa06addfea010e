"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var import_chunk_ONUVJQMU = require("./chunk-ONUVJQMU.js");
var import_chunk_22IBHHNP = require("./chunk-22IBHHNP.js");
var import_chunk_HCYQT7WV = require("./chunk-HCYQT7WV.js");
var import_chunk_SSUJ7GHV = require("./chunk-SSUJ7GHV.js");
var import_chunk_SNHAHQFI = require("./chunk-SNHAHQFI.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_2U4XSOY3 = require("./chunk-2U4XSOY3.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_worker_threads = require("node:worker_threads");
function transferOf(result) {
  const pairsOf = (state) => state && typeof state === "object" && state.pairs instanceof Uint32Array ? [state.pairs.buffer] : [];
  return [...result.columns.flatMap((c) => c.sinks.flatMap(pairsOf)), ...result.sinks.flatMap(pairsOf)];
}
var told = 0;
var tell = (bytes) => {
  if (bytes - told < 1 << 24) return;
  told = bytes;
  import_node_worker_threads.parentPort?.postMessage({ progress: bytes });
};
var job = import_node_worker_threads.workerData;
if ("kind" in job && job.kind === "parquet") {
  const parquet = job;
  const footers = /* @__PURE__ */ new Map();
  import_node_worker_threads.parentPort?.on("message", async (m) => {
    if ("done" in m) {
      import_node_worker_threads.parentPort?.close();
      return;
    }
    const result = await (0, import_chunk_ONUVJQMU.scanParquetGroups)(parquet, m.groups, footers);
    import_node_worker_threads.parentPort?.postMessage({ groups: m.groups, result }, transferOf(result));
  });
} else if ("kind" in job && job.kind === "split") {
  void (0, import_chunk_ONUVJQMU.scanSplitPart)(job, tell).then((split) => {
    import_node_worker_threads.parentPort?.postMessage({ result: split }, [split.keys.words.buffer]);
  }, rethrow);
} else {
  void (0, import_chunk_ONUVJQMU.scanPart)(job, tell).then((result) => {
    import_node_worker_threads.parentPort?.postMessage({ result }, transferOf(result));
  }, rethrow);
}
function rethrow(err) {
  setImmediate(() => {
    throw err;
  });
}
