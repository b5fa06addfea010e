/**
 * The files of a lint target, each with the environments its path names. A `files` glob may hold
 * `{env}` (`configs/{env}/*.yaml`, `deploy.{env}.yaml`): a file matched with `{env}` = E belongs
 * to environment E, where E is a name under `environments:` (other folder names are not matched).
 */
import { asList } from "../config/as-list.js";
import type { LintTarget } from "../config/types.js";
import type { Workspace } from "../io/workspace.js";

/** The placeholder; it is replaced by each name before globbing, so the glob engine never reads it as a brace list. */
export const ENV_PLACEHOLDER = "{env}";

/** A file of a target, with the environments whose `{env}` glob matched it (none: a glob without `{env}`). */
export interface TargetFile {
  file: string;
  environments: readonly string[];
}

/** The environments of every file no `{env}` glob matched: one list, never changed. */
const NONE: readonly string[] = Object.freeze([]);

/** Whether a target binds its files to environments. */
export function bindsEnvironments(target: LintTarget): boolean {
  return asList(target.files).some((g) => g.includes(ENV_PLACEHOLDER));
}

/**
 * The target's files, sorted. Globs without `{env}` are matched once; those with it once per
 * environment name, each walk starting at the glob's fixed prefix (`configs/E/`). An `exclude`
 * glob with `{env}` leaves out the same environment's files.
 */
export async function globTarget(
  workspace: Workspace,
  target: LintTarget,
  environments: string[],
): Promise<TargetFile[]> {
  const files = asList(target.files);
  const exclude = asList(target.exclude);
  const fill = (globs: string[], env: string) => globs.map((g) => g.replaceAll(ENV_PLACEHOLDER, env));
  const plain = files.filter((g) => !g.includes(ENV_PLACEHOLDER));
  const bound = files.filter((g) => g.includes(ENV_PLACEHOLDER));
  const byFile = new Map<string, readonly string[]>();
  if (plain.length) {
    // Without an environment of their own, `{env}` in an exclude glob stands for every environment.
    const ignore = exclude.flatMap((g) =>
      g.includes(ENV_PLACEHOLDER) ? environments.map((e) => fill([g], e)[0]!) : [g],
    );
    const found = await workspace.glob(plain, ignore);
    // glob() lists each file once: with no `{env}` glob that is the answer, sorted (in order
    // already, which the sort only confirms), without a map entry and a list per file.
    if (!bound.length) return found.sort().map((file) => ({ file, environments: NONE }));
    for (const file of found) byFile.set(file, NONE);
  }
  if (bound.length) {
    for (const env of environments) {
      for (const file of await workspace.glob(fill(bound, env), fill(exclude, env))) {
        byFile.set(file, [...(byFile.get(file) ?? []), env]);
      }
    }
  }
  return [...byFile.keys()].sort().map((file) => ({ file, environments: byFile.get(file)! }));
}
