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
var chunk_P3AQRZ4Z_exports = {};
__export(chunk_P3AQRZ4Z_exports, {
  stageHead: () => stageHead
});
module.exports = __toCommonJS(chunk_P3AQRZ4Z_exports);
function hasBlock(config, key) {
  const value = config[key];
  if (Array.isArray(value)) return value.length > 0;
  return value !== void 0 && value !== null && (typeof value !== "object" || Object.keys(value).length > 0);
}
var HEADS = {
  lint: { title: "Config lint", key: "lint" },
  data: { title: "Data", key: "data" },
  model: { title: "Model", key: "model" },
  tests: { title: "Test suites", key: "tests" },
  compare: { title: "Baseline comparison", key: "compare" }
};
function stageHead(id) {
  const { title, key } = HEADS[id];
  return { id, title, key, configured: (config) => hasBlock(config, key) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  stageHead
});
