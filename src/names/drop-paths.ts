/** A copy of the config without the entries whose names resolve to nothing. */
import type { JsonPath } from "../source/locate.js";

/** Marks a value to remove; a symbol cannot come out of a parsed YAML file. */
const DROPPED = Symbol("dropped");

type Container = Record<string | number, unknown>;

/** Replace the value at `path` by the marker; a path through a value already dropped is a no-op. */
function mark(root: unknown, path: JsonPath): void {
  let node = root as Container | undefined;
  for (const step of path.slice(0, -1)) {
    const next = node?.[step];
    if (next === null || typeof next !== "object") return;
    node = next as Container;
  }
  const last = path[path.length - 1];
  if (node && last !== undefined && Object.hasOwn(node, last)) node[last] = DROPPED;
}

/** Remove the marked values: array items are filtered (so indexes never shift mid-way), keys deleted. */
function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== DROPPED).map(sweep);
  if (node === null || typeof node !== "object") return node;
  const obj = node as Container;
  for (const key of Object.keys(obj)) {
    if (obj[key] === DROPPED) delete obj[key];
    else obj[key] = sweep(obj[key]);
  }
  return obj;
}

/** `value` without the entries at `paths` (paths are into the original; the original is not changed). */
export function withoutPaths<T>(value: T, paths: JsonPath[]): T {
  if (!paths.length) return value;
  const copy = structuredClone(value);
  for (const p of paths) mark(copy, p);
  return sweep(copy) as T;
}
