/** File access confined to the repository root: the only way stages reach the file system. */
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

/** Files larger than this are refused unless a caller asks for a bigger cap. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A file that could not be read, with a message fit for a user. */
export class WorkspaceError extends Error {}

/** Read-only access to files under one root directory. */
export interface Workspace {
  /** Absolute root directory. */
  readonly root: string;
  /** The absolute path of a repo-relative path, refusing anything outside the root. */
  resolve(relative: string): string;
  /** Read a UTF-8 text file (BOM removed), with a size cap; throws WorkspaceError with a plain message. */
  readText(relative: string, maxBytes?: number): Promise<string>;
  /** Whether a repo-relative path exists. */
  exists(relative: string): Promise<boolean>;
}

/** A workspace rooted at `root`. */
export function createWorkspace(root: string): Workspace {
  const absRoot = path.resolve(root);
  const resolve = (relative: string): string => {
    const abs = path.resolve(absRoot, relative);
    const rel = path.relative(absRoot, abs);
    if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
      throw new WorkspaceError(`${relative} is outside the repository (${absRoot})`);
    }
    return abs;
  };
  return {
    root: absRoot,
    resolve,
    async readText(relative, maxBytes = DEFAULT_MAX_BYTES) {
      const abs = resolve(relative);
      const info = await stat(abs).catch(() => undefined);
      if (!info) throw new WorkspaceError(`${relative} does not exist`);
      if (!info.isFile()) throw new WorkspaceError(`${relative} is not a file`);
      // A link (of the file or of a folder on the way) may lead outside the repository.
      const rel = path.relative(await realpath(absRoot), await realpath(abs));
      if (rel.startsWith("..") || path.isAbsolute(rel)) {
        throw new WorkspaceError(`${relative} is a link to a file outside the repository`);
      }
      if (info.size > maxBytes) {
        throw new WorkspaceError(`${relative} is ${info.size} bytes, over the ${maxBytes}-byte limit`);
      }
      return decodeUtf8(await readFile(abs), relative);
    },
    async exists(relative) {
      return stat(resolve(relative)).then(
        () => true,
        () => false,
      );
    },
  };
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
