"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var import_chunk_FP2MVKV5 = require("./chunk-FP2MVKV5.js");
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_2CG4V7IG = require("./chunk-2CG4V7IG.js");
var import_chunk_CBQHX6JX = require("./chunk-CBQHX6JX.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_UDEI5ASV = require("./chunk-UDEI5ASV.js");
var import_chunk_IDCT4TUJ = require("./chunk-IDCT4TUJ.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_worker_threads = require("node:worker_threads");
var job;
var workspace;
var registry;
import_node_worker_threads.parentPort?.on("message", async (msg) => {
  if ("done" in msg) {
    import_node_worker_threads.parentPort?.close();
    return;
  }
  if ("job" in msg) {
    job = msg.job;
    workspace = (0, import_chunk_TEV5JGM7.createWorkspace)(job.root);
    registry = new import_chunk_FP2MVKV5.SchemaRegistry(workspace, job.environment, job.configFile);
    return;
  }
  if (!job || !workspace) throw new Error("lint worker: files before the job");
  const results = await (0, import_chunk_FP2MVKV5.runLintJob)({ ...job, files: msg.files }, workspace, registry);
  import_node_worker_threads.parentPort?.postMessage({ results });
});
