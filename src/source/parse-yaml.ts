/** Parse YAML text into data plus what is needed to map a JSON path back to a source range. */
import { type Document, LineCounter, parseDocument, type YAMLError } from "yaml";
import type { Diagnostic, Range } from "../report/types.js";

/** A parsed document: the data, the syntax tree and the line table used to find positions. */
export interface ParsedYaml {
  data: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

/** Aliases a document may expand before it is treated as an alias bomb (the `yaml` default is 100). */
export const MAX_ALIAS_COUNT = 100;

const CODES: Record<string, string> = {
  DUPLICATE_KEY: "yaml/duplicate-key",
};

/** Turn a yaml offset pair into a 0-based range. */
export function offsetsToRange(lineCounter: LineCounter, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { start: { line: a.line - 1, column: a.col - 1 }, end: { line: b.line - 1, column: b.col - 1 } };
}

function toDiagnostic(error: YAMLError, file: string, lineCounter: LineCounter): Diagnostic {
  // The parser's message repeats the source excerpt after a colon and newline; keep the sentence.
  const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return {
    code: CODES[error.code] ?? "yaml/parse",
    severity: "error",
    message,
    file,
    range: offsetsToRange(lineCounter, error.pos[0], error.pos[1]),
  };
}

/**
 * Parse one YAML document. Errors are collected, never thrown: a malformed file yields
 * diagnostics with the parser's own positions and `data` undefined.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  // A fresh LineCounter per parse: it accumulates line starts as the lexer goes.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const diagnostics = doc.errors.map((e) => toDiagnostic(e, file, lineCounter));
  for (const w of doc.warnings)
    diagnostics.push({ ...toDiagnostic(w, file, lineCounter), severity: "warning" });
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      // yaml throws a ReferenceError when aliases expand past maxAliasCount (a "billion laughs" file).
      diagnostics.push({
        code: "yaml/alias-bomb",
        severity: "error",
        message: `aliases expand too much (more than ${MAX_ALIAS_COUNT} per node): ${(err as Error).message}`,
        file,
        range: offsetsToRange(lineCounter, 0, 0),
        hint: "Repeat the values instead of nesting aliases.",
      });
    }
  }
  return { data, doc, lineCounter, diagnostics };
}
