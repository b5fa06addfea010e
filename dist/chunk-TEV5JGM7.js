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
var chunk_TEV5JGM7_exports = {};
__export(chunk_TEV5JGM7_exports, {
  WorkspaceError: () => WorkspaceError,
  createWorkspace: () => createWorkspace,
  decodeUtf8: () => decodeUtf8,
  escapeReason: () => escapeReason
});
module.exports = __toCommonJS(chunk_TEV5JGM7_exports);
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"));
var import_node_fs3 = require("node:fs");
var import_node_path3 = __toESM(require("node:path"));
var GLOB_MAGIC = /[*?[\]{}()!+@]/;
function alternativeStarts(pattern) {
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "{") {
      depth++;
      starts.push(i + 1);
    } else if (c === "}" && depth > 0) depth--;
    else if (c === "," && depth > 0) starts.push(i + 1);
  }
  return starts;
}
function textualEscape(pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  for (const at of alternativeStarts(body)) {
    const rest = body.slice(at);
    if (/^[/\\]/.test(rest) || /^[A-Za-z]:/.test(rest)) return "is an absolute path";
  }
  if (body.split(/[/\\{},]/).includes("..")) return "climbs out with `..`";
  return void 0;
}
function isInside(parent, child) {
  const rel = import_node_path2.default.relative(parent, child);
  return !(rel === ".." || rel.startsWith(`..${import_node_path2.default.sep}`) || import_node_path2.default.isAbsolute(rel));
}
function escapeReason(root, pattern) {
  const textual = textualEscape(pattern);
  if (textual) return textual;
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  const segments = body.split(/[/\\]/).filter((s) => s !== "" && s !== ".");
  let realRoot;
  let at = root;
  for (const segment of segments) {
    if (GLOB_MAGIC.test(segment)) break;
    at = import_node_path2.default.join(at, segment);
    let link;
    try {
      link = (0, import_node_fs2.lstatSync)(at).isSymbolicLink();
    } catch {
      return void 0;
    }
    if (!link) continue;
    try {
      realRoot ??= import_node_fs2.realpathSync.native(root);
      if (!isInside(realRoot, import_node_fs2.realpathSync.native(at)))
        return "goes through a link to outside the repository";
    } catch {
      return void 0;
    }
  }
  return void 0;
}
var import_picomatch = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_HFP5IKVS.require_picomatch)(), 1);
var IGNORED_FOLDERS = [".git", "node_modules"];
var IGNORED_NAMES = new Set(IGNORED_FOLDERS);
function globOneFolder(root, patterns, ignore) {
  if (ignore.length || !patterns.length) return void 0;
  const out = [];
  for (const pattern of patterns) {
    const scan = import_picomatch.default.scan(pattern);
    if (!scan.isGlob || scan.negated || scan.prefix !== "" || scan.isGlobstar || !scan.glob || scan.glob.includes("/") || scan.glob.includes("**") || pattern.includes("\\"))
      return void 0;
    const segments = scan.base === "" ? [] : scan.base.split("/");
    if (segments.some((s) => s === "" || s === "." || s === ".." || IGNORED_NAMES.has(s))) return void 0;
    let dir = root;
    for (const segment of segments) {
      dir = import_node_path3.default.join(dir, segment);
      try {
        if (!(0, import_node_fs3.lstatSync)(dir).isDirectory()) return void 0;
      } catch {
        return void 0;
      }
    }
    let entries;
    try {
      entries = (0, import_node_fs3.readdirSync)(dir, { withFileTypes: true });
    } catch {
      return void 0;
    }
    const isMatch = import_picomatch.default.makeRe(pattern, { dot: true, posix: true });
    const prefix = scan.base === "" ? "" : `${scan.base}/`;
    for (const entry of entries) {
      if (!entry.isFile() || IGNORED_NAMES.has(entry.name)) continue;
      const relative = prefix + entry.name;
      if (isMatch.test(relative)) out.push(relative);
    }
  }
  return patterns.length > 1 ? [...new Set(out)] : out;
}
var DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
var WorkspaceError = class extends Error {
  constructor(message, tooLarge = false) {
    super(message);
    this.tooLarge = tooLarge;
  }
  tooLarge;
};
function isPlainRelative(relative) {
  if (import_node_path.default.sep !== "/" || relative === "" || relative.startsWith("/") || relative.includes("\\"))
    return false;
  for (const segment of relative.split("/"))
    if (segment === "" || segment === "." || segment === "..") return false;
  return true;
}
var ALWAYS_IGNORED = IGNORED_FOLDERS.map((name) => `**/${name}/**`);
function createWorkspace(root) {
  const absRoot = import_node_path.default.resolve(root);
  const resolve = (relative) => {
    if (isPlainRelative(relative))
      return absRoot === import_node_path.default.sep ? `${import_node_path.default.sep}${relative}` : `${absRoot}${import_node_path.default.sep}${relative}`;
    const abs = import_node_path.default.resolve(absRoot, relative);
    const rel = import_node_path.default.relative(absRoot, abs);
    if (rel === ".." || rel.startsWith(`..${import_node_path.default.sep}`) || import_node_path.default.isAbsolute(rel)) {
      throw new WorkspaceError(`${relative} is outside the repository (${absRoot})`);
    }
    return abs;
  };
  let realRoot;
  const readBytes = async (relative, maxBytes = DEFAULT_MAX_BYTES, options = {}) => {
    const abs = resolve(relative);
    if (options.globbed && NO_FOLLOW !== void 0) {
      const bytes = readUnlinked(abs, relative, maxBytes);
      if (bytes) return bytes;
    }
    let info;
    try {
      info = options.globbed ? (0, import_node_fs.lstatSync)(abs) : (0, import_node_fs.statSync)(abs);
    } catch {
      throw new WorkspaceError(`${relative} does not exist`);
    }
    if (!options.globbed || info.isSymbolicLink()) {
      realRoot ??= import_node_fs.realpathSync.native(absRoot);
      const rel = import_node_path.default.relative(realRoot, import_node_fs.realpathSync.native(abs));
      if (rel.startsWith("..") || import_node_path.default.isAbsolute(rel)) {
        throw new WorkspaceError(`${relative} is a link to a file outside the repository`);
      }
      if (info.isSymbolicLink()) info = (0, import_node_fs.statSync)(abs);
    }
    if (!info.isFile()) throw new WorkspaceError(`${relative} is not a file`);
    if (info.size > maxBytes) {
      throw new WorkspaceError(`${relative} is ${info.size} bytes, over the ${maxBytes}-byte limit`, true);
    }
    return (0, import_node_fs.readFileSync)(abs);
  };
  return {
    root: absRoot,
    resolve,
    async readText(relative, maxBytes = DEFAULT_MAX_BYTES) {
      return decodeUtf8(await readBytes(relative, maxBytes), relative);
    },
    readBytes,
    async size(relative) {
      try {
        return (0, import_node_fs.statSync)(resolve(relative)).size;
      } catch {
        return 0;
      }
    },
    async exists(relative) {
      try {
        (0, import_node_fs.statSync)(resolve(relative));
        return true;
      } catch {
        return false;
      }
    },
    async glob(patterns, ignore = []) {
      const confined = patterns.filter((p) => escapeReason(absRoot, p) === void 0);
      if (!confined.length) return [];
      let files = globOneFolder(absRoot, confined, ignore);
      if (files === void 0) {
        const { glob } = await Promise.resolve().then(() => __toESM(require("./chunk-IEI3Z65Y.js")));
        files = await glob(confined, {
          cwd: absRoot,
          ignore: [...ALWAYS_IGNORED, ...ignore],
          dot: true,
          onlyFiles: true,
          followSymbolicLinks: false,
          expandDirectories: false
        });
      }
      return files.filter((f) => !f.startsWith("../") && !import_node_path.default.isAbsolute(f)).sort();
    }
  };
}
var NO_FOLLOW = import_node_fs.constants.O_NOFOLLOW === void 0 || import_node_fs.constants.O_NONBLOCK === void 0 ? void 0 : import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK;
function readUnlinked(abs, relative, maxBytes) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(abs, NO_FOLLOW);
  } catch (err) {
    const code = err.code;
    if (code === "ELOOP") return void 0;
    throw new WorkspaceError(
      code === "ENOENT" ? `${relative} does not exist` : `${relative} cannot be read (${code})`
    );
  }
  try {
    const info = (0, import_node_fs.fstatSync)(fd);
    if (!info.isFile()) throw new WorkspaceError(`${relative} is not a file`);
    if (info.size > maxBytes) {
      throw new WorkspaceError(`${relative} is ${info.size} bytes, over the ${maxBytes}-byte limit`, true);
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = (0, import_node_fs.readSync)(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function decodeUtf8(bytes, name) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new WorkspaceError(`${name} is not valid UTF-8 text`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WorkspaceError,
  createWorkspace,
  decodeUtf8,
  escapeReason
});
