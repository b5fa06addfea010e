/** Where the repository root is: the folder holding mlgate.yml, looked for as git and eslint look. */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { CONFIG_NAMES } from "../engine/settings.js";

const isDirectory = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Whether `dir` exists and is a folder. */
export function folderExists(dir: string): boolean {
  return isDirectory(dir);
}

/**
 * The folder of the nearest mlgate.yml: `start`, then its parents, up to and including the git
 * root (a folder with `.git`, a folder or a worktree's file). Outside a git repository only `start`
 * is looked at, so a run in a stray folder never picks up a config from the home folder. When no
 * folder holds one, `start` (the run then says there is none there).
 */
export function findConfigFolder(start: string): string {
  if (!insideGit(start)) return start;
  let dir = start;
  for (;;) {
    if (CONFIG_NAMES.some((name) => existsSync(path.join(dir, name)))) return dir;
    if (existsSync(path.join(dir, ".git"))) return start;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

/** Whether `start` is inside a git repository (some folder up to the root has `.git`). */
function insideGit(start: string): boolean {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}
