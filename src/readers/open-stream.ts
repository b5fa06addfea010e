/** Open a workspace file as a byte stream, decompressing `.gz`, for the streaming readers. */
import { createReadStream, type ReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { type Workspace, WorkspaceError } from "../io/workspace.js";

/** The raw file stream (its `bytesRead` measures progress) and the stream to read from. */
export interface OpenedFile {
  raw: ReadStream;
  stream: Readable;
}

/** Open `file`; a missing file or one outside the repository is a WorkspaceError. */
export async function openStream(workspace: Workspace, file: string): Promise<OpenedFile> {
  const abs = workspace.resolve(file);
  if (!(await workspace.exists(file))) throw new WorkspaceError(`${file} does not exist`);
  const raw = createReadStream(abs, { highWaterMark: 1 << 20 });
  return { raw, stream: /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw };
}

/** Close the file after a failed read and turn zlib's errors into a plain message. */
export function failRead(opened: OpenedFile, file: string, err: unknown): never {
  opened.raw.destroy();
  const code = (err as { code?: string }).code;
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR")
    throw new WorkspaceError(`${file} is not a valid gzip file`);
  throw err;
}
