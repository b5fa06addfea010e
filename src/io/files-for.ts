/** A path from the config that may be a glob: the files it names in the workspace. */
import type { Workspace } from "./workspace.js";

/** Whether a config path or key is a glob pattern. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** The files a glob matches, or the literal path itself (whether it exists is the caller's check). */
export async function filesFor(workspace: Workspace, pattern: string): Promise<string[]> {
  return isGlob(pattern) ? workspace.glob([pattern]) : [pattern];
}
