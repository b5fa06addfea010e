import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-NYWWWUSS.js";
import {
  __toESM
} from "./chunk-2OBMBC2G.js";

// src/io/workspace.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync as lstatSync3,
  openSync,
  readFileSync,
  readSync,
  realpathSync as realpathSync2,
  statSync
} from "node:fs";
import path3 from "node:path";

// src/io/confine.ts
import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
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
  const rel = path.relative(parent, child);
  return !(rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel));
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
    at = path.join(at, segment);
    let link;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      return void 0;
    }
    if (!link) continue;
    try {
      realRoot ??= realpathSync.native(root);
      if (!isInside(realRoot, realpathSync.native(at)))
        return "goes through a link to outside the repository";
    } catch {
      return void 0;
    }
  }
  return void 0;
}

// src/io/glob-one-folder.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync as lstatSync2, readdirSync } from "node:fs";
import path2 from "node:path";
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
      dir = path2.join(dir, segment);
      try {
        if (!lstatSync2(dir).isDirectory()) return void 0;
      } catch {
        return void 0;
      }
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
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

// src/io/workspace.ts
var DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
var WorkspaceError = class extends Error {
  constructor(message, tooLarge = false) {
    super(message);
    this.tooLarge = tooLarge;
  }
  tooLarge;
};
function isPlainRelative(relative) {
  if (path3.sep !== "/" || relative === "" || relative.startsWith("/") || relative.includes("\\"))
    return false;
  for (const segment of relative.split("/"))
    if (segment === "" || segment === "." || segment === "..") return false;
  return true;
}
var ALWAYS_IGNORED = IGNORED_FOLDERS.map((name) => `**/${name}/**`);
function createWorkspace(root) {
  const absRoot = path3.resolve(root);
  const resolve = (relative) => {
    if (isPlainRelative(relative))
      return absRoot === path3.sep ? `${path3.sep}${relative}` : `${absRoot}${path3.sep}${relative}`;
    const abs = path3.resolve(absRoot, relative);
    const rel = path3.relative(absRoot, abs);
    if (rel === ".." || rel.startsWith(`..${path3.sep}`) || path3.isAbsolute(rel)) {
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
      info = options.globbed ? lstatSync3(abs) : statSync(abs);
    } catch {
      throw new WorkspaceError(`${relative} does not exist`);
    }
    if (!options.globbed || info.isSymbolicLink()) {
      realRoot ??= realpathSync2.native(absRoot);
      const rel = path3.relative(realRoot, realpathSync2.native(abs));
      if (rel.startsWith("..") || path3.isAbsolute(rel)) {
        throw new WorkspaceError(`${relative} is a link to a file outside the repository`);
      }
      if (info.isSymbolicLink()) info = statSync(abs);
    }
    if (!info.isFile()) throw new WorkspaceError(`${relative} is not a file`);
    if (info.size > maxBytes) {
      throw new WorkspaceError(`${relative} is ${info.size} bytes, over the ${maxBytes}-byte limit`, true);
    }
    return readFileSync(abs);
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
        return statSync(resolve(relative)).size;
      } catch {
        return 0;
      }
    },
    async exists(relative) {
      try {
        statSync(resolve(relative));
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
        const { glob } = await import("./chunk-AYSCNLL2.js");
        files = await glob(confined, {
          cwd: absRoot,
          ignore: [...ALWAYS_IGNORED, ...ignore],
          dot: true,
          onlyFiles: true,
          followSymbolicLinks: false,
          expandDirectories: false
        });
      }
      return files.filter((f) => !f.startsWith("../") && !path3.isAbsolute(f)).sort();
    }
  };
}
var NO_FOLLOW = constants.O_NOFOLLOW === void 0 || constants.O_NONBLOCK === void 0 ? void 0 : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function readUnlinked(abs, relative, maxBytes) {
  let fd;
  try {
    fd = openSync(abs, NO_FOLLOW);
  } catch (err) {
    const code = err.code;
    if (code === "ELOOP") return void 0;
    throw new WorkspaceError(
      code === "ENOENT" ? `${relative} does not exist` : `${relative} cannot be read (${code})`
    );
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new WorkspaceError(`${relative} is not a file`);
    if (info.size > maxBytes) {
      throw new WorkspaceError(`${relative} is ${info.size} bytes, over the ${maxBytes}-byte limit`, true);
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
function decodeUtf8(bytes, name) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new WorkspaceError(`${name} is not valid UTF-8 text`);
  }
}

export {
  escapeReason,
  WorkspaceError,
  createWorkspace,
  decodeUtf8
};
