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
var chunk_VPXHHT57_exports = {};
__export(chunk_VPXHHT57_exports, {
  PredictionsError: () => import_chunk_OY2SR5L5.PredictionsError,
  pairedSource: () => import_chunk_OY2SR5L5.pairedSource,
  readPredictions: () => import_chunk_OY2SR5L5.readPredictions
});
module.exports = __toCommonJS(chunk_VPXHHT57_exports);
var import_chunk_OY2SR5L5 = require("./chunk-OY2SR5L5.js");
var import_chunk_AWD24VCE = require("./chunk-AWD24VCE.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PredictionsError,
  pairedSource,
  readPredictions
});
