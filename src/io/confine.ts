/**
 * Whether a path or glob from the config stays inside the repository (DESIGN.md, security model:
 * no `../`, no absolute paths, no symlink escapes). The config is the pull request's, so a path in
 * it may name the runner's own files; this answers before anything is listed or read.
 */
import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";

/** Characters that make a path segment a glob (picomatch's syntax, extglobs included). */
const GLOB_MAGIC = /[*?[\]{}()!+@]/;

/**
 * Every place an alternative of the pattern starts: the start, and after `{` or `,` inside braces.
 * Brace expansion makes each of them the start of a path of its own (`{/etc,data}/x`).
 */
function alternativeStarts(pattern: string): number[] {
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

/** Why `pattern` is not a repo-relative path by its text alone (absolute, `..`), or undefined. */
export function textualEscape(pattern: string): string | undefined {
  // A leading `!` negates a glob; the path after it is what is matched.
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  for (const at of alternativeStarts(body)) {
    const rest = body.slice(at);
    // `/x`, `\x` and `C:x` are absolute on one system or another; a config must work on all.
    if (/^[/\\]/.test(rest) || /^[A-Za-z]:/.test(rest)) return "is an absolute path";
  }
  // A `..` segment anywhere, braces included (`{..,x}/y`): climbing is refused, not normalised,
  // so what a reader sees in mlgate.yml is what is read.
  if (body.split(/[/\\{},]/).includes("..")) return "climbs out with `..`";
  return undefined;
}

/** `child` is `parent` or below it. */
function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return !(rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel));
}

/**
 * Why `pattern` (repo-relative, a path or a glob) would reach outside `root`, or undefined when it
 * stays inside: its text, then each existing folder or file of its literal part, in case one is a
 * symbolic link leading out (`data -> /etc` makes `data/passwd` a runner's file).
 */
export function escapeReason(root: string, pattern: string): string | undefined {
  const textual = textualEscape(pattern);
  if (textual) return textual;
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  const segments = body.split(/[/\\]/).filter((s) => s !== "" && s !== ".");
  let realRoot: string | undefined;
  let at = root;
  for (const segment of segments) {
    // Past the first glob segment, the crawl does not follow links (see Workspace.glob).
    if (GLOB_MAGIC.test(segment)) break;
    at = path.join(at, segment);
    let link: boolean;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      // Nothing there: nothing below it can lead anywhere either.
      return undefined;
    }
    if (!link) continue;
    try {
      realRoot ??= realpathSync.native(root);
      if (!isInside(realRoot, realpathSync.native(at)))
        return "goes through a link to outside the repository";
    } catch {
      // A dangling link leads nowhere that can be read.
      return undefined;
    }
  }
  return undefined;
}
