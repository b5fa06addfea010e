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
var chunk_FEXZJACO_exports = {};
__export(chunk_FEXZJACO_exports, {
  parseJsonReport: () => import_chunk_D77OGZEN.parseJsonReport
});
module.exports = __toCommonJS(chunk_FEXZJACO_exports);
var import_chunk_D77OGZEN = require("./chunk-D77OGZEN.js");
var import_chunk_7GL4YUX4 = require("./chunk-7GL4YUX4.js");
var import_chunk_UDEI5ASV = require("./chunk-UDEI5ASV.js");
var import_chunk_IDCT4TUJ = require("./chunk-IDCT4TUJ.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseJsonReport
});
