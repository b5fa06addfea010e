/**
 * Duplicate mapping keys, found with one Set per mapping. yaml@2's own `uniqueKeys` check compares
 * each key with every earlier one (quadratic in a mapping's size) and its error does not name the
 * key, so it is turned off and this pass replaces it.
 */
import type { Document, LineCounter } from "yaml";
import { yamlLib } from "../vendor/lazy-module.js";
import type { Range } from "./diagnostic.js";
import { offsetsToRange } from "./offsets.js";

/** A key written again in the same mapping. */
export interface DuplicateKey {
  /** The key as text. */
  key: string;
  /** Where the key was first written (0-based line). */
  firstLine: number;
  /** The repeated key's range. */
  range: Range;
}

/** Every repeated key of the document's mappings, in source order; linear in the document's size. */
export function findDuplicateKeys(doc: Document.Parsed, lineCounter: LineCounter): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  yamlLib().visit(doc, {
    Map(_key, map) {
      // Keyed by the scalar's value, as yaml@2 compares keys: `1` and `"1"` are different keys.
      // Collection and alias keys are compared by identity there, so they never repeat; nor do `<<`
      // merge keys, each its own symbol (several in one mapping merge in turn).
      const first = new Map<unknown, number>();
      for (const pair of map.items) {
        const k = pair.key;
        if (!yamlLib().isScalar(k) || !k.range) continue;
        const seen = first.get(k.value);
        if (seen === undefined) {
          first.set(k.value, k.range[0]);
          continue;
        }
        out.push({
          key: String(k.value),
          firstLine: lineCounter.linePos(seen).line - 1,
          range: offsetsToRange(lineCounter, k.range[0], k.range[1]),
        });
      }
    },
  });
  return out;
}
