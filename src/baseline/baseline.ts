/**
 * Baselines: the target branch's version of the files the comparison reads. From local git (the
 * merge base with the base branch, fetched shallowly when the clone lacks it) or from a path (a
 * saved metrics file, or a directory laid out like the repository, such as a downloaded artifact).
 */
import { statSync } from "node:fs";
import path from "node:path";
import { escapeReason } from "../io/confine.js";
import { type Workspace, WorkspaceError } from "../io/workspace.js";
import type { BaselineInfo } from "../report/types.js";
import { git } from "./git.js";
import { BaselineRefused, BaselineTooLarge, type NoBaseline } from "./resolved-baseline.js";

/** Where a baseline's files come from: read on demand, before the stages run (see prepare-baseline.ts). */
export interface Baseline {
  info: BaselineInfo;
  /** The baseline version of a workspace-relative path; undefined when the baseline has none. */
  read(file: string, maxBytes: number): Promise<Uint8Array | undefined>;
}

const text = (b: Buffer) => b.toString("utf8").trim();

/**
 * The merge base of HEAD and `ref` in the repository holding `root`. `ref` may be a branch
 * (`main`), a remote branch (`origin/main`) or a commit. A missing ref is fetched with depth 50
 * from `origin`; when history is too shallow for a merge base, the tip of `ref` is used and the
 * report says so.
 */
export async function gitBaseline(root: string, ref: string): Promise<Baseline | NoBaseline> {
  const top = await git(root, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return { reason: `${root} is not inside a git repository, so there is no git baseline` };
  const prefix = path.relative(text(top.stdout), root).split(path.sep).join("/");
  const verify = async (name: string) => {
    const r = await git(root, ["rev-parse", "--verify", "--quiet", `${name}^{commit}`]);
    return r.ok ? text(r.stdout) : undefined;
  };
  let sha: string | undefined;
  for (const name of [ref, `origin/${ref}`, `refs/remotes/origin/${ref}`]) {
    sha = await verify(name);
    if (sha) break;
  }
  let fetched = false;
  if (!sha && /^[A-Za-z0-9._/-]+$/.test(ref) && !ref.startsWith("-")) {
    const f = await git(root, ["fetch", "--no-tags", "--depth=50", "origin", ref], { timeout: 120_000 });
    if (f.ok) {
      sha = await verify("FETCH_HEAD");
      fetched = true;
    }
  }
  if (!sha)
    return { reason: `the base ref ${ref} is not in this clone and could not be fetched from origin` };
  const head = await verify("HEAD");
  let base = sha;
  let note: string | undefined;
  const mb = await git(root, ["merge-base", "HEAD", sha]);
  if (mb.ok && text(mb.stdout)) base = text(mb.stdout);
  else if (head)
    note = `no merge base with ${ref} in this clone (shallow history?): compared with the tip of ${ref}`;
  if (head && base === head) {
    // HEAD is already in the base branch's history: the merge base is HEAD itself.
    base = sha;
    if (sha === head) note = `HEAD is the tip of ${ref}: the baseline is this very commit`;
    else note = `HEAD is already part of ${ref}: compared with the tip of ${ref}`;
  }
  const info: BaselineInfo = { source: "git", ref: `${ref}${fetched ? " (fetched)" : ""}`, sha: base };
  if (note) info.reason = note;
  return {
    info,
    async read(file, maxBytes) {
      const spec = `${base}:${prefix ? `${prefix}/` : ""}${file}`;
      const size = await git(root, ["cat-file", "-s", spec]);
      if (!size.ok) return undefined;
      const bytes = Number(text(size.stdout));
      if (bytes > maxBytes)
        throw new BaselineTooLarge(
          `${file} at ${base.slice(0, 7)} is ${bytes} bytes, over the ${maxBytes}-byte limit`,
        );
      const show = await git(root, ["cat-file", "blob", spec], { maxBuffer: maxBytes + 1 });
      return show.ok ? new Uint8Array(show.stdout) : undefined;
    },
  };
}

/**
 * A baseline from a path inside the workspace: a directory holding files at the same relative
 * paths, or one file standing for `single` (the one metrics file compared). Its files are read
 * with the workspace reader's rule: a link is followed only while it stays in the repository; a
 * path through a link leading out is refused before anything is read, and a file of the folder
 * that is such a link refuses the whole baseline (BaselineRefused), not just that file.
 */
export function pathBaseline(workspace: Workspace, where: string, single?: string): Baseline | NoBaseline {
  let abs: string;
  try {
    abs = workspace.resolve(where);
  } catch (err) {
    if (err instanceof WorkspaceError) return { reason: err.message };
    throw err;
  }
  const leaves = escapeReason(workspace.root, where);
  if (leaves)
    return { reason: `the baseline ${where} ${leaves}; mlgate reads only files inside the repository` };
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    return { reason: `the baseline ${where} does not exist` };
  }
  return {
    info: { source: "path", ref: where },
    async read(file, maxBytes) {
      let target: string;
      if (isDir) target = path.join(abs, file);
      else if (file === single) target = abs;
      else return undefined;
      // The directory's files stay inside it.
      if (isDir && path.relative(abs, target).startsWith("..")) return undefined;
      const relative = path.relative(workspace.root, target).split(path.sep).join("/");
      try {
        // The workspace reader resolves links, refusing one that leads out, before it reads or sizes.
        return await workspace.readBytes(relative, maxBytes);
      } catch (err) {
        if (!(err instanceof WorkspaceError)) throw err;
        if (err.tooLarge) throw new BaselineTooLarge(err.message);
        if (/is a link to a file outside the repository/.test(err.message))
          throw new BaselineRefused(
            `the baseline ${where} is refused: ${err.message}; mlgate reads only files inside the repository`,
          );
        return undefined;
      }
    },
  };
}
