/** JSON and JSONC (comments, trailing commas) with positions, through jsonc-parser's syntax tree. */
import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import type { Range } from "./diagnostic.js";
import type { JsonPath } from "./locate.js";
import { MAX_DEPTH, nestingDepth } from "./nesting.js";
import { countLines, offsetsToRange } from "./offsets.js";
import { FILE_START, type ParsedFile } from "./source-document.js";

/** Build the value ourselves: every key becomes an own property, so `__proto__` cannot set a prototype. */
function toValue(node: Node, duplicates: Node[]): unknown {
  switch (node.type) {
    case "object": {
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || typeof k.value !== "string") continue;
        if (seen.has(k.value)) duplicates.push(k);
        seen.add(k.value);
        const value = v ? toValue(v, duplicates) : null;
        Object.defineProperty(obj, k.value, { value, enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case "array":
      return (node.children ?? []).map((c) => toValue(c, duplicates));
    default:
      return node.value;
  }
}

/**
 * The node at `path`, as jsonc-parser's findNodeAtLocation finds it (the first property of a key),
 * through a key index built once per object: its linear search per step made a file with many
 * findings quadratic (40,000 keys, one finding each: 18 s).
 */
function nodeAt(root: Node, path: JsonPath, index: WeakMap<Node, Map<string, Node>>): Node | undefined {
  let node = root;
  for (const segment of path) {
    if (!Array.isArray(node.children)) return undefined;
    if (typeof segment === "string") {
      if (node.type !== "object") return undefined;
      let keys = index.get(node);
      if (!keys) {
        keys = new Map();
        for (const prop of node.children) {
          const [k, v] = prop.children ?? [];
          if (prop.children?.length === 2 && typeof k?.value === "string" && v && !keys.has(k.value))
            keys.set(k.value, v);
        }
        index.set(node, keys);
      }
      const next = keys.get(segment);
      if (!next) return undefined;
      node = next;
    } else {
      if (node.type !== "array" || segment < 0 || segment >= node.children.length) return undefined;
      node = node.children[segment]!;
    }
  }
  return node;
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON (name the file .jsonc to allow them)",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string",
};

/** Parse JSON (`jsonc` allows comments and trailing commas). */
export function parseJsonFile(text: string, file: string, jsonc: boolean): ParsedFile {
  const result: ParsedFile = { format: jsonc ? "jsonc" : "json", documents: [], diagnostics: [], truthy: [] };
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH) {
    const message = `nesting is about ${depth} levels deep, over the limit of ${MAX_DEPTH}`;
    result.diagnostics.push({ code: "file/too-deep", severity: "error", message, file, range: FILE_START });
    return result;
  }
  const lines = countLines(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    allowTrailingComma: jsonc,
    disallowComments: !jsonc,
    allowEmptyContent: false,
  });
  let lastOffset = -1;
  for (const e of errors) {
    // The parser may report several errors at one offset; the first says it best.
    if (e.offset === lastOffset) continue;
    lastOffset = e.offset;
    const code = printParseErrorCode(e.error);
    const message = MESSAGES[code] ?? code;
    result.diagnostics.push({
      code: "json/parse",
      severity: "error",
      message,
      file,
      range: offsetsToRange(lines, e.offset, e.offset + e.length),
    });
  }
  if (errors.length || !tree) return result;
  const duplicates: Node[] = [];
  const data = toValue(tree, duplicates);
  for (const k of duplicates) {
    result.diagnostics.push({
      code: "json/duplicate-key",
      severity: "error",
      message: `duplicate key ${JSON.stringify(k.value)}; the last one wins in most parsers`,
      file,
      range: offsetsToRange(lines, k.offset, k.offset + k.length),
    });
  }
  const rangeOf = (n: Node): Range => offsetsToRange(lines, n.offset, n.offset + n.length);
  const index = new WeakMap<Node, Map<string, Node>>();
  result.documents.push({
    data,
    locate(path: JsonPath, preferKey: boolean) {
      // Walk up the path until a node exists, so a missing key points at its nearest parent.
      for (let n = path.length; n >= 0; n--) {
        const node = nodeAt(tree, path.slice(0, n), index);
        if (!node) continue;
        const key = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
        return { range: preferKey && key ? rangeOf(key) : rangeOf(node) };
      }
      return { range: FILE_START };
    },
  });
  return result;
}
