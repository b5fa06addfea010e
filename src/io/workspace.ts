/** File access confined to the repository root: the only way stages reach the file system. */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import path from "node:path";
import { escapeReason } from "./confine.js";
import { globOneFolder, IGNORED_FOLDERS } from "./glob-one-folder.js";

/** Files larger than this are refused unless a caller asks for a bigger cap. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A file that could not be read, with a message fit for a user. */
export class WorkspaceError extends Error {
  constructor(
    message: string,
    /** Set when the file exists but is over the size cap. */
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

/** Read-only access to files under one root directory. */
export interface Workspace {
  /** Absolute root directory. */
  readonly root: string;
  /** The absolute path of a repo-relative path, refusing anything outside the root. */
  resolve(relative: string): string;
  /** Read a UTF-8 text file (BOM removed), with a size cap; throws WorkspaceError with a plain message. */
  readText(relative: string, maxBytes?: number): Promise<string>;
  /** Read a file's bytes; throws WorkspaceError (with `tooLarge` set when over the cap). */
  readBytes(relative: string, maxBytes?: number, options?: ReadOptions): Promise<Uint8Array>;
  /** A file's size in bytes (0 when it cannot be read). */
  size(relative: string): Promise<number>;
  /** Whether a repo-relative path exists (false for paths outside the repository). */
  exists(relative: string): Promise<boolean>;
  /** Files matching the globs, repo-relative with `/`, sorted; never inside .git or node_modules. */
  glob(patterns: string[], ignore?: string[]): Promise<string[]>;
}

/** How a path to read was obtained. */
export interface ReadOptions {
  /** The path came from glob(), which does not follow linked folders. */
  globbed?: boolean;
}

/**
 * Whether `relative` is a relative path in normal form on POSIX: no leading `/`, no backslash, no
 * empty, `.` or `..` segment (so resolving it against a folder only joins the two).
 */
function isPlainRelative(relative: string): boolean {
  if (path.sep !== "/" || relative === "" || relative.startsWith("/") || relative.includes("\\"))
    return false;
  for (const segment of relative.split("/"))
    if (segment === "" || segment === "." || segment === "..") return false;
  return true;
}

/** Folders never searched for files. */
export const ALWAYS_IGNORED = IGNORED_FOLDERS.map((name) => `**/${name}/**`);

/** A workspace rooted at `root`. */
export function createWorkspace(root: string): Workspace {
  const absRoot = path.resolve(root);
  const resolve = (relative: string): string => {
    // A path already in normal form inside the root (relative, no `.`, `..` or empty segment) is
    // the root joined with it, which resolve() would spend longer to find: a lint run resolves
    // every file it reads.
    if (isPlainRelative(relative))
      return absRoot === path.sep ? `${path.sep}${relative}` : `${absRoot}${path.sep}${relative}`;
    const abs = path.resolve(absRoot, relative);
    const rel = path.relative(absRoot, abs);
    if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
      throw new WorkspaceError(`${relative} is outside the repository (${absRoot})`);
    }
    return abs;
  };
  // Synchronous calls on purpose: a lint run reads thousands of small files one after another, and
  // a promise per stat/realpath/read spends most of the run waiting on the thread pool.
  let realRoot: string | undefined;
  const readBytes = async (
    relative: string,
    maxBytes = DEFAULT_MAX_BYTES,
    options: ReadOptions = {},
  ): Promise<Uint8Array> => {
    const abs = resolve(relative);
    if (options.globbed && NO_FOLLOW !== undefined) {
      const bytes = readUnlinked(abs, relative, maxBytes);
      if (bytes) return bytes;
    }
    let info: ReturnType<typeof lstatSync>;
    try {
      info = options.globbed ? lstatSync(abs) : statSync(abs);
    } catch {
      throw new WorkspaceError(`${relative} does not exist`);
    }
    // A link (of the file, or of a folder on the way) may lead outside the repository. A path that
    // glob() found has no linked folder on the way, so only a linked file needs resolving.
    if (!options.globbed || info.isSymbolicLink()) {
      realRoot ??= realpathSync.native(absRoot);
      const rel = path.relative(realRoot, realpathSync.native(abs));
      if (rel.startsWith("..") || path.isAbsolute(rel)) {
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
      // The config is untrusted: an absolute pattern, `..` or a linked folder on the way would
      // make tinyglobby crawl outside the root. The config load refuses them with a position; here
      // they match nothing, whoever calls.
      const confined = patterns.filter((p) => escapeReason(absRoot, p) === undefined);
      if (!confined.length) return [];
      let files = globOneFolder(absRoot, confined, ignore);
      if (files === undefined) {
        // The crawler is loaded only for the globs one folder's listing cannot answer.
        const { glob } = await import("tinyglobby");
        files = await glob(confined, {
          cwd: absRoot,
          ignore: [...ALWAYS_IGNORED, ...ignore],
          dot: true,
          onlyFiles: true,
          followSymbolicLinks: false,
          expandDirectories: false,
        });
      }
      return files.filter((f) => !f.startsWith("../") && !path.isAbsolute(f)).sort();
    },
  };
}

/**
 * Open flags that refuse a link as the last part of the path (O_NOFOLLOW) and never wait on a
 * named pipe (O_NONBLOCK; no effect on regular files). Undefined where the platform lacks them.
 */
const NO_FOLLOW =
  constants.O_NOFOLLOW === undefined || constants.O_NONBLOCK === undefined
    ? undefined
    : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Read a path that glob() found (no linked folder on the way) with one open, fstat, read and close:
 * a lint run reads thousands of small files, and the lstat before readFileSync's own open and fstat
 * was a fifth of its reading time (bench/lint/run.mjs profile). Undefined when the path is a link,
 * which the caller resolves and checks the long way.
 */
function readUnlinked(abs: string, relative: string, maxBytes: number): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(abs, NO_FOLLOW as number);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return undefined;
    throw new WorkspaceError(
      code === "ENOENT" ? `${relative} does not exist` : `${relative} cannot be read (${code})`,
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

/** Decode UTF-8 strictly: invalid bytes are an error, not replacement characters. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    // The decoder drops a leading byte-order mark by itself (ignoreBOM defaults to false).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new WorkspaceError(`${name} is not valid UTF-8 text`);
  }
}
