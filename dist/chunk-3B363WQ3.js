"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_3B363WQ3_exports = {};
__export(chunk_3B363WQ3_exports, {
  createTempSpace: () => createTempSpace,
  makeTempDir: () => makeTempDir,
  tempRoot: () => tempRoot
});
module.exports = __toCommonJS(chunk_3B363WQ3_exports);
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = __toESM(require("node:path"));
function tempRoot(configured) {
  return import_node_path.default.resolve(configured ?? (0, import_node_os.tmpdir)());
}
function makeTempDir(root, prefix) {
  (0, import_node_fs.mkdirSync)(root, { recursive: true });
  return (0, import_node_fs.mkdtempSync)(import_node_path.default.join(root, `mlgate-${prefix}`));
}
var live = /* @__PURE__ */ new Set();
var hooked = false;
function createTempSpace(root) {
  const made = [];
  const space = {
    makeDir(prefix) {
      const dir = makeTempDir(root, prefix);
      made.push(dir);
      live.add(space);
      if (!hooked) {
        hooked = true;
        process.on("exit", () => {
          for (const s of live) s.remove();
        });
      }
      return dir;
    },
    remove() {
      for (const dir of made.splice(0)) (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
      live.delete(space);
    }
  };
  return space;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createTempSpace,
  makeTempDir,
  tempRoot
});
