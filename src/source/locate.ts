/** Find the source range of a JSON path inside a parsed YAML document. */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { Range } from "../report/types.js";
import { offsetsToRange, type ParsedYaml } from "./parse-yaml.js";

/** A JSON path: object keys and array indexes from the document root. */
export type JsonPath = (string | number)[];

/** Where a path lands: the key that names it (absent for the root and array items) and its value. */
export interface Located {
  key?: Range;
  value?: Range;
  /** How many path segments were found; less than the path length when the path runs off the tree. */
  depth: number;
}

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return typeof k === "string" || typeof k === "number" ? String(k) : undefined;
}

function rangeOf(parsed: ParsedYaml, node: unknown): Range | undefined {
  const r = (node as Node | undefined)?.range;
  if (!r) return undefined;
  return offsetsToRange(parsed.lineCounter, r[0], r[1]);
}

/** Locate `path` in `parsed`; resolves aliases so the result points at the anchored value. */
export function locate(parsed: ParsedYaml, path: JsonPath): Located {
  let node: unknown = parsed.doc.contents;
  let key: Range | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(parsed.doc);
    let next: unknown;
    let nextKey: Range | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p) === String(segment));
      if (pair) {
        next = pair.value;
        nextKey = rangeOf(parsed, pair.key);
      }
    } else if (isSeq(node) && typeof segment === "number") {
      next = node.items[segment];
      nextKey = undefined;
    }
    if (next === undefined || next === null) {
      // The key may exist with an empty value (`key:`): point at the key.
      if (nextKey) return { key: nextKey, depth: depth + 1 };
      break;
    }
    node = next;
    key = nextKey;
    depth++;
  }
  return { key, value: rangeOf(parsed, node), depth };
}

/** The range a finding should point at: the key when asked for (and present), else the value. */
export function rangeFor(parsed: ParsedYaml, path: JsonPath, preferKey: boolean): Range {
  const found = locate(parsed, path);
  const zero = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  if (preferKey) return found.key ?? found.value ?? zero;
  return found.value ?? found.key ?? zero;
}
