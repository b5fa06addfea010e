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
var chunk_5SIOUP2V_exports = {};
__export(chunk_5SIOUP2V_exports, {
  COLUMN_CHECKS: () => import_chunk_22IBHHNP.COLUMN_CHECKS,
  DATASET_CHECKS: () => import_chunk_22IBHHNP.DATASET_CHECKS,
  dataConfigFindings: () => import_chunk_22IBHHNP.dataConfigFindings
});
module.exports = __toCommonJS(chunk_5SIOUP2V_exports);
var import_chunk_22IBHHNP = require("./chunk-22IBHHNP.js");
var import_chunk_HCYQT7WV = require("./chunk-HCYQT7WV.js");
var import_chunk_SSUJ7GHV = require("./chunk-SSUJ7GHV.js");
var import_chunk_SNHAHQFI = require("./chunk-SNHAHQFI.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
});
