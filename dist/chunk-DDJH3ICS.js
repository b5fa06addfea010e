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
var chunk_DDJH3ICS_exports = {};
__export(chunk_DDJH3ICS_exports, {
  logSafe: () => logSafe,
  workspacePrefix: () => workspacePrefix
});
module.exports = __toCommonJS(chunk_DDJH3ICS_exports);
var import_node_crypto = require("node:crypto");
var import_node_path = __toESM(require("node:path"));
var COMMAND_LIKE = /::|##\[/;
function stopToken(text) {
  for (; ; ) {
    const token = `mlgate-${(0, import_node_crypto.randomBytes)(16).toString("hex")}`;
    if (!text.includes(token)) return token;
  }
}
function logSafe(text) {
  if (!COMMAND_LIKE.test(text)) return text;
  const token = stopToken(text);
  return `::stop-commands::${token}
${text}
::${token}::`;
}
function workspacePrefix(workspace, dir) {
  if (!workspace) return "";
  const rel = import_node_path.default.relative(import_node_path.default.resolve(workspace), import_node_path.default.resolve(dir));
  if (rel.startsWith("..") || import_node_path.default.isAbsolute(rel)) return "";
  return rel.split(import_node_path.default.sep).join("/");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  logSafe,
  workspacePrefix
});
