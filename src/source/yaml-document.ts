/** A YAML document as a SourceDocument: locate paths through anchors, aliases and merge keys. */
import type { Document, LineCounter, Node, Pair } from "yaml";
import { yamlLib } from "../vendor/lazy-module.js";
import type { Range } from "./diagnostic.js";
import type { JsonPath } from "./locate.js";
import { offsetsToRange } from "./offsets.js";
import { FILE_START, type Location, type SourceDocument, type TruthyScalar } from "./source-document.js";
import { TRUTHY_WORD } from "./truthy.js";

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  // With `merge: true` the parser gives the `<<` key a symbol value.
  if (yamlLib().isScalar(k)) return typeof k.value === "symbol" ? "<<" : String(k.value);
  return typeof k === "string" || typeof k === "number" ? String(k) : undefined;
}

/** Wrap a parsed yaml Document; `data` is its plain JS value. */
export function yamlSourceDocument(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  data: unknown,
): SourceDocument {
  // yaml@2 is loaded already: `doc` is its parse.
  const { isAlias, isMap, isPair, isSeq } = yamlLib();
  const rangeOf = (node: unknown): Range | undefined => {
    const r = (node as Node | undefined)?.range;
    return r ? offsetsToRange(lineCounter, r[0], r[1]) : undefined;
  };

  /** Follow an alias to its anchor, remembering where the alias was written. */
  const deref = (node: unknown, via: { range?: Range }): unknown => {
    let n = node;
    for (let hops = 0; isAlias(n) && hops < 100; hops++) {
      via.range ??= rangeOf(n);
      n = n.resolve(doc);
    }
    return n;
  };

  /**
   * Each map's pairs by key text, built once on the first lookup: a finding at every key of a map
   * with N keys then costs N lookups, not N scans of N pairs (40k keys: 54 s before).
   */
  const indexes = new WeakMap<object, { own: Map<string, Pair>; merges: Pair[] }>();
  const indexOf = (map: { items: unknown[] }): { own: Map<string, Pair>; merges: Pair[] } => {
    let index = indexes.get(map);
    if (index) return index;
    index = { own: new Map(), merges: [] };
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const text = keyText(p);
      // The last pair wins: with a key written twice, the data holds the last value.
      if (text === "<<") index.merges.push(p);
      else if (text !== undefined) index.own.set(text, p);
    }
    indexes.set(map, index);
    return index;
  };

  /** The pair for `key` in a map, looking through `<<` merge keys as YAML 1.1 does. */
  const findPair = (
    map: unknown,
    key: string,
    via: { range?: Range },
    seen = new Set<unknown>(),
  ): Pair | undefined => {
    if (!isMap(map) || seen.has(map)) return undefined;
    seen.add(map);
    const { own, merges } = indexOf(map);
    const found = own.get(key);
    if (found) return found;
    for (const p of merges) {
      const sources = isSeq(p.value) ? p.value.items : [p.value];
      for (const source of sources) {
        const mergeVia: { range?: Range } = {};
        const target = deref(source, mergeVia);
        const found = findPair(target, key, mergeVia, seen);
        if (found) {
          via.range ??= mergeVia.range ?? rangeOf(p.key);
          return found;
        }
      }
    }
    return undefined;
  };

  return {
    data,
    locate(path: JsonPath, preferKey: boolean): Location {
      const via: { range?: Range } = {};
      let node: unknown = doc.contents;
      let key: Range | undefined;
      for (const segment of path) {
        node = deref(node, via);
        let next: unknown;
        let nextKey: Range | undefined;
        if (isMap(node)) {
          const pair = findPair(node, String(segment), via);
          if (!pair) break;
          next = pair.value;
          nextKey = rangeOf(pair.key);
          if (next === null || next === undefined) {
            return { range: nextKey ?? FILE_START, ...(via.range ? { via: via.range } : {}) };
          }
        } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
          next = node.items[segment];
        } else {
          break;
        }
        node = next;
        key = nextKey;
      }
      const value = rangeOf(deref(node, via));
      const range = (preferKey ? (key ?? value) : (value ?? key)) ?? FILE_START;
      return via.range ? { range, via: via.range } : { range };
    },
  };
}

/** Plain (unquoted) scalars spelled like YAML 1.1 booleans, with their paths. */
export function findTruthy(doc: Document.Parsed, lineCounter: LineCounter): TruthyScalar[] {
  const out: TruthyScalar[] = [];
  const { isPair, isSeq, Scalar, visit } = yamlLib();
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (
        node.type !== Scalar.PLAIN ||
        typeof node.value !== "string" ||
        !TRUTHY_WORD.test(node.value) ||
        !node.range
      )
        return;
      // Keys spelled `on:` are as surprising as values (GitHub workflows' `on:` is the classic).
      const chain = [...ancestors, node];
      const path: JsonPath = [];
      for (let i = 1; i < chain.length; i++) {
        const el = chain[i];
        const parent = chain[i - 1];
        if (isPair(el)) path.push(keyText(el) ?? String(el.key));
        else if (isSeq(parent)) path.push(parent.items.indexOf(el as Node));
      }
      out.push({ path, text: node.value, range: offsetsToRange(lineCounter, node.range[0], node.range[1]) });
    },
  });
  return out;
}
