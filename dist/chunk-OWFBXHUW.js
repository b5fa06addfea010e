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
var chunk_OWFBXHUW_exports = {};
__export(chunk_OWFBXHUW_exports, {
  re2js: () => re2js,
  yamlLib: () => yamlLib
});
module.exports = __toCommonJS(chunk_OWFBXHUW_exports);
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_url = require("node:url");
function lazyModule(name) {
  let loaded;
  return () => {
    if (loaded === void 0) {
      const load = (0, import_node_module.createRequire)(__mlgateUrl);
      const bundled = (0, import_node_url.fileURLToPath)(new URL(`./vendor-${name}.cjs`, __mlgateUrl));
      loaded = (0, import_node_fs.existsSync)(bundled) ? load(bundled) : load(name);
    }
    return loaded;
  };
}
var yamlLib = lazyModule("yaml");
var re2js = lazyModule("re2js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  re2js,
  yamlLib
});
