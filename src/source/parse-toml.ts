/**
 * TOML through smol-toml, which gives data but no positions: a line scanner maps each key to the
 * line that defines it (`[table]`, `[[array.of.tables]]`, `a.b = value`), which is enough to point
 * at the key or value a user must edit.
 */
import { parse, TomlError } from "smol-toml";
import type { Range } from "./diagnostic.js";
import type { JsonPath } from "./locate.js";
import { FILE_START, type ParsedFile } from "./source-document.js";

interface Entry {
  key: Range;
  value: Range;
}

const BARE = /^[A-Za-z0-9_-]+/;

/** Split a dotted TOML key (`a."b.c".d`) into its parts. */
function splitKey(text: string): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(rest) ?? /^'([^']*)'/.exec(rest) ?? BARE.exec(rest);
    if (!m) break;
    parts.push(m[0].startsWith('"') ? JSON.parse(`"${m[1]}"`) : (m[1] ?? m[0]));
    rest = rest.slice(m[0].length).trim();
    if (rest[0] !== ".") break;
    rest = rest.slice(1).trim();
  }
  return parts;
}

/** Index every key definition by its JSON path (joined with NUL). */
function indexKeys(text: string): Map<string, Entry> {
  const index = new Map<string, Entry>();
  const arrayCounts = new Map<string, number>();
  let table: JsonPath = [];
  let multiline: string | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (multiline) {
      if (line.includes(multiline)) multiline = undefined;
      return;
    }
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    const header = /^\[(\[?)\s*([^\]]+?)\s*\]\]?/.exec(trimmed);
    if (header) {
      const parts = splitKey(header[2]!);
      if (header[1]) {
        const at = parts.join("\0");
        const i = arrayCounts.get(at) ?? 0;
        arrayCounts.set(at, i + 1);
        table = [...parts, i];
      } else {
        table = parts;
      }
      const range = { start: { line: n, column: indent }, end: { line: n, column: line.length } };
      index.set(table.join("\0"), { key: range, value: range });
      return;
    }
    const eq = /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=\s*/.exec(trimmed);
    if (!eq) return;
    const parts = splitKey(eq[1]!);
    const valueStart = indent + eq[0].length;
    const key = { start: { line: n, column: indent }, end: { line: n, column: indent + eq[1]!.length } };
    const value = { start: { line: n, column: valueStart }, end: { line: n, column: line.length } };
    index.set([...table, ...parts].join("\0"), { key, value });
    const after = line.slice(valueStart);
    for (const q of ['"""', "'''"]) {
      if (after.startsWith(q) && !after.slice(3).includes(q)) multiline = q;
    }
  });
  return index;
}

/** Parse a TOML file. */
export function parseTomlFile(text: string, file: string): ParsedFile {
  const result: ParsedFile = { format: "toml", documents: [], diagnostics: [], truthy: [] };
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const line = Math.max(0, err.line - 1);
    const column = Math.max(0, err.column - 1);
    const message = err.message.split("\n")[0]!.replace(/^Invalid TOML document: /, "");
    const range = { start: { line, column }, end: { line, column: column + 1 } };
    result.diagnostics.push({ code: "toml/parse", severity: "error", message, file, range });
    return result;
  }
  let index: Map<string, Entry> | undefined;
  result.documents.push({
    data,
    locate(path: JsonPath, preferKey: boolean) {
      index ??= indexKeys(text);
      for (let n = path.length; n > 0; n--) {
        const entry = index.get(path.slice(0, n).join("\0"));
        if (entry) return { range: preferKey || n < path.length ? entry.key : entry.value };
      }
      return { range: FILE_START };
    },
  });
  return result;
}
