/**
 * A lean locator for plain block YAML: one pass over the lines maps each key and each one-line
 * scalar to its range, without building a syntax tree. It answers only what it is sure of (keys,
 * scalars written on one line, in files without anchors, aliases, tags, flow collections under the
 * path, or multi-line scalars under the path) and throws CannotLocate for anything else, so the
 * caller falls back to the full yaml@2 parse. Tests check that its answers equal yaml@2's.
 */
import type { Range } from "./diagnostic.js";
import type { JsonPath } from "./locate.js";
import { MAX_DEPTH } from "./nesting.js";

/** Thrown when the lean locator cannot answer exactly; the caller re-parses with yaml@2. */
export class CannotLocate extends Error {}

interface Entry {
  key?: Range;
  value?: Range;
}

interface Frame {
  indent: number;
  path: JsonPath;
  kind: "map" | "seq";
  next: number;
}

/** Features this locator does not model: anchors, aliases, tags, merge keys, complex keys, directives, documents. */
const UNSUPPORTED = /(?:^|[\s[{,])[&*!](?=\S)|^\s*(?:\?|<<)|^(?:---|\.\.\.|%)|\t/m;

const key = (path: JsonPath) => path.join("\0");

/** The end of a scalar written on one line, starting at `start`; -1 when it does not end on the line. */
function scalarEnd(line: string, start: number): number {
  const c = line[start];
  if (c === '"') {
    for (let i = start + 1; i < line.length; i++) {
      if (line[i] === "\\") i++;
      else if (line[i] === '"') return i + 1;
    }
    return -1;
  }
  if (c === "'") {
    for (let i = start + 1; i < line.length; i++) {
      if (line[i] === "'") {
        if (line[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return -1;
  }
  // A plain scalar ends at " #" (a comment) or the end of the line, trailing spaces excluded.
  const hash = line.indexOf(" #", start);
  let end = hash === -1 ? line.length : hash;
  while (end > start && (line[end - 1] === " " || line[end - 1] === "\r")) end--;
  return end;
}

/** Where `key:` ends (the colon), for a mapping key starting at `start`; -1 when the text is not `key: ...`. */
function keyEnd(line: string, start: number): { end: number; colon: number } | undefined {
  const c = line[start];
  if (c === '"' || c === "'") {
    const end = scalarEnd(line, start);
    if (end === -1) return undefined;
    let colon = end;
    while (line[colon] === " ") colon++;
    if (
      line[colon] !== ":" ||
      (colon + 1 < line.length && line[colon + 1] !== " " && line[colon + 1] !== "\r")
    )
      return undefined;
    return { end, colon };
  }
  if (c === "[" || c === "{" || c === "#" || (c === "-" && line[start + 1] === " ")) return undefined;
  for (let i = start; i < line.length; i++) {
    if (line[i] === ":" && (i + 1 === line.length || line[i + 1] === " " || line[i + 1] === "\r")) {
      let end = i;
      while (end > start && line[end - 1] === " ") end--;
      return { end, colon: i };
    }
    if (line[i] === " " && line[i + 1] === "#") return undefined;
  }
  return undefined;
}

/** Where a value that starts on a later line belongs: the key (or item) and the column it sits at. */
interface Pending {
  path: JsonPath;
  indent: number;
}

const isDash = (line: string, col: number) =>
  line[col] === "-" && (col + 1 === line.length || line[col + 1] === " ");

/** Index keys and one-line scalars by path; undefined when the text uses what this locator does not model. */
export function indexYamlLines(text: string): Map<string, Entry> | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  const index = new Map<string, Entry>();
  const stack: Frame[] = [];
  let pending: Pending | undefined;
  // Lines more indented than this column belong to a block scalar or a value spanning lines.
  let skipAbove = -1;
  // The last one-line scalar: a deeper line right after it means it continues, so its range is unknown.
  let lastScalar: Pending | undefined;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.endsWith("\r") ? lines[n]!.slice(0, -1) : lines[n]!;
    let col = 0;
    while (line[col] === " ") col++;
    if (col === line.length || line[col] === "#") continue;
    if (skipAbove >= 0 && col > skipAbove) continue;
    skipAbove = -1;
    if (lastScalar && col > lastScalar.indent) {
      const e = index.get(key(lastScalar.path));
      if (e) delete e.value;
      skipAbove = lastScalar.indent;
      lastScalar = undefined;
      continue;
    }
    lastScalar = undefined;
    // Each pass handles one container level of the line: `- ` items, then at most one `key:`.
    for (;;) {
      const kind = isDash(line, col) ? "seq" : "map";
      let owner: JsonPath | undefined;
      if (pending && (col > pending.indent || (col === pending.indent && kind === "seq")))
        owner = pending.path;
      pending = undefined;
      if (owner === undefined) {
        while (
          stack.length &&
          (stack[stack.length - 1]!.indent > col ||
            (stack[stack.length - 1]!.indent === col && stack[stack.length - 1]!.kind !== kind))
        )
          stack.pop();
        const top = stack[stack.length - 1];
        if (!top) {
          if (n > 0 && index.size > 0) return undefined; // a second root: not one block document
          owner = [];
        } else if (top.indent !== col) {
          return undefined; // deeper than its container without a key that opens it
        }
      }
      if (owner !== undefined) {
        if (owner.length >= MAX_DEPTH) return undefined;
        stack.push({ indent: col, path: owner, kind, next: 0 });
      }
      const frame = stack[stack.length - 1]!;
      if (kind === "seq") {
        const item = [...frame.path, frame.next++];
        index.set(key(item), {});
        let c = col + 1;
        while (line[c] === " ") c++;
        if (c >= line.length || line[c] === "#") {
          pending = { path: item, indent: col };
          break;
        }
        if (isDash(line, c) || keyEnd(line, c)) {
          // A nested sequence or a compact mapping starting on the item's line.
          pending = { path: item, indent: col };
          col = c;
          continue;
        }
        const r = recordValue(index, item, line, n, c);
        if (r === "multiline") skipAbove = col;
        else if (r === "scalar") lastScalar = { path: item, indent: col };
        break;
      }
      const k = keyEnd(line, col);
      if (!k) return undefined;
      const raw = line.slice(col, k.end);
      const name = raw.startsWith('"')
        ? JSON.parse(raw)
        : raw.startsWith("'")
          ? raw.slice(1, -1).replace(/''/g, "'")
          : raw;
      const path = [...frame.path, String(name)];
      index.set(key(path), { key: { start: { line: n, column: col }, end: { line: n, column: k.end } } });
      let v = k.colon + 1;
      while (line[v] === " ") v++;
      if (v >= line.length || line[v] === "#") {
        pending = { path, indent: col };
        break;
      }
      const r = recordValue(index, path, line, n, v);
      if (r === "multiline") skipAbove = col;
      else if (r === "scalar") lastScalar = { path, indent: col };
      break;
    }
  }
  return index;
}

/** Record the value starting at `v` on line `n`; says whether it was a one-line scalar or spans lines. */
function recordValue(
  index: Map<string, Entry>,
  path: JsonPath,
  line: string,
  n: number,
  v: number,
): "scalar" | "multiline" | "other" {
  const c = line[v];
  if (c === "|" || c === ">") return "multiline";
  if (c === "[" || c === "{") return flowClosesOnLine(line.slice(v)) ? "other" : "multiline";
  const end = scalarEnd(line, v);
  if (end === -1) return "multiline";
  const entry = index.get(key(path)) ?? {};
  entry.value = { start: { line: n, column: v }, end: { line: n, column: end } };
  index.set(key(path), entry);
  return "scalar";
}

function flowClosesOnLine(value: string): boolean {
  let depth = 0;
  let quote = "";
  for (const c of value) {
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
    else if (c === "#" && depth === 0) break;
  }
  return depth === 0;
}

/**
 * A locator over an index (a map by path, or a function that finds a path's entry): the exact key
 * or one-line scalar, or CannotLocate.
 */
export function leanLocate(
  index: Map<string, Entry> | ((path: JsonPath) => Entry | undefined),
  path: JsonPath,
  preferKey: boolean,
): Range {
  const entry = typeof index === "function" ? index(path) : index.get(key(path));
  // yaml@2 points at the key when asked for it, else at the value; a value that is a collection,
  // a flow collection or a multi-line scalar has a range this index does not know.
  const range = preferKey ? (entry?.key ?? entry?.value) : entry?.value;
  if (!range) throw new CannotLocate(path.join("."));
  return range;
}
