/** Where the checked folder sits inside the GitHub workspace, for paths in annotations and SARIF. */
import path from "node:path";

/** `examples/app` when `dir` is inside `GITHUB_WORKSPACE`; "" at its root, outside it, or off GitHub. */
export function workspacePrefix(workspace: string | undefined, dir: string): string {
  if (!workspace) return "";
  const rel = path.relative(path.resolve(workspace), path.resolve(dir));
  if (rel.startsWith("..") || path.isAbsolute(rel)) return "";
  return rel.split(path.sep).join("/");
}
