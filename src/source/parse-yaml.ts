/** Parse YAML text into data plus what is needed to map a JSON path back to a source range. */
import type { Document, LineCounter, YAMLError } from "yaml";
import { yamlLib } from "../vendor/lazy-module.js";
import type { Diagnostic } from "./diagnostic.js";
import { MAX_DEPTH, nestingDepth } from "./nesting.js";
import { offsetsToRange } from "./offsets.js";
import { FILE_START, type ParsedFile, type SourceDocument } from "./source-document.js";
import { findDirectiveProblems } from "./yaml-directives.js";
import { findTruthy, yamlSourceDocument } from "./yaml-document.js";
import { findDuplicateKeys } from "./yaml-duplicates.js";
import { parseLeanYaml } from "./yaml-lean.js";
import { CannotLocate, leanLocate } from "./yaml-lines.js";

/** Aliases a document may expand before it is treated as an alias bomb (the `yaml` default is 100). */
export const MAX_ALIAS_COUNT = 100;

/**
 * Options for every parse: merge keys on (configs use `<<: *base`). Duplicate keys are found by
 * findDuplicateKeys, which names them and is linear, so yaml@2's own check is off.
 * The data is YAML 1.2's core schema whatever the document says: `schema: "core"` also overrides a
 * `%YAML 1.1` directive, and with `resolveKnownTags` off `!!set`, `!!omap`, `!!binary` and
 * `!!timestamp` are not built into a Set, Map, Uint8Array or Date (which a JSON Schema sees as an
 * empty mapping, so `--- !!omap` / `- lr: 99` would pass `maximum: 1`): yaml@2 warns that the tag
 * is unresolved and keeps the plain mapping, sequence or string the YAML spec gives.
 */
const PARSE_OPTIONS = {
  uniqueKeys: false,
  prettyErrors: false,
  merge: true,
  schema: "core",
  resolveKnownTags: false,
} as const;

/**
 * A repeated key as a diagnostic at its second (or later) occurrence. `lastWins`: the document is
 * still read, with the last value, as YAML 1.2 loaders (PyYAML, yaml@2, js-yaml's json mode) do.
 */
function duplicateDiagnostics(
  doc: Document.Parsed,
  file: string,
  lineCounter: LineCounter,
  lastWins: boolean,
): Diagnostic[] {
  return findDuplicateKeys(doc, lineCounter).map(({ key, firstLine, range }) => ({
    code: "yaml/duplicate-key",
    severity: "error",
    message: `duplicate key ${JSON.stringify(key)} (first at line ${firstLine + 1})${lastWins ? "; the last value is used, as YAML 1.2 loaders do" : ""}`,
    file,
    range,
  }));
}

/** What an unresolved tag (`!!set`, `!!timestamp`, a custom `!tag`) means for the data checked. */
const UNRESOLVED_TAG_HINT =
  "YAML 1.2's core schema has no such type: the value is checked as the plain mapping, list or string it is written as.";

function toDiagnostic(error: YAMLError, file: string, lineCounter: LineCounter): Diagnostic {
  // The parser's message repeats the source excerpt after a colon and newline; keep the sentence.
  const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return {
    code: "yaml/parse",
    severity: "error",
    message,
    file,
    range: offsetsToRange(lineCounter, error.pos[0], error.pos[1]),
    ...(error.code === "TAG_RESOLVE_FAILED" ? { hint: UNRESOLVED_TAG_HINT } : {}),
  };
}

/** Directive mistakes yaml@2 does not report; `lineCounter` has seen the whole text. */
function directiveDiagnostics(text: string, file: string, lineCounter: LineCounter): Diagnostic[] {
  return findDirectiveProblems(text).map(({ start, end, message }) => ({
    code: "yaml/parse",
    severity: "error",
    message,
    file,
    range: offsetsToRange(lineCounter, start, end),
  }));
}

/** A file-level diagnostic: too deep, alias bomb, and the like. */
function fileDiagnostic(code: string, message: string, file: string, hint?: string): Diagnostic {
  return { code, severity: "error", message, file, range: FILE_START, ...(hint ? { hint } : {}) };
}

function tooDeep(text: string, file: string): Diagnostic | undefined {
  const depth = nestingDepth(text);
  if (depth <= MAX_DEPTH) return undefined;
  return fileDiagnostic(
    "file/too-deep",
    `nesting is about ${depth} levels deep, over the limit of ${MAX_DEPTH}`,
    file,
  );
}

/** Convert one parsed document to data; alias bombs and runaway recursion become diagnostics. */
function toData(
  doc: Document.Parsed,
  file: string,
  diagnostics: Diagnostic[],
): { ok: boolean; data: unknown } {
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      diagnostics.push(fileDiagnostic("file/too-deep", "nesting is too deep to read", file));
    } else {
      // yaml throws a ReferenceError when aliases expand past maxAliasCount (a "billion laughs" file).
      diagnostics.push(
        fileDiagnostic(
          "yaml/alias-bomb",
          `aliases expand too much: ${(err as Error).message}`,
          file,
          "Repeat the values instead of nesting aliases.",
        ),
      );
    }
    return { ok: false, data: undefined };
  }
}

/** One YAML document (mlgate.yml itself). Errors are collected, never thrown. */
export interface ParsedYaml {
  data: unknown;
  document: SourceDocument;
  diagnostics: Diagnostic[];
}

/**
 * Parse a single-document YAML file. `data` is undefined when there are errors.
 *
 * A config in plain block YAML (nearly every mlgate.yml) is read by the lean parser, which accepts
 * only what it reads exactly as yaml@2 does and declines the rest (an error, a tag, an anchor, a
 * duplicate key, ...: see src/source/yaml-lean.ts), so the result is the same either way. A
 * position the lean index cannot give exactly (a collection value, a flow item) comes from a
 * yaml@2 parse of the same text, made only then. Measured on bench/lint's run (13 alternating
 * runs): reading and checking the config took 53 ms instead of 65, yaml@2's code no longer
 * compiled for one small file.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lean = parseLeanYaml(text);
  if (lean) {
    const data = lean.data;
    let full: SourceDocument | undefined;
    const locate: SourceDocument["locate"] = (path, preferKey) => {
      try {
        return { range: leanLocate((p) => lean.entry(p), path, preferKey) };
      } catch (err) {
        if (!(err instanceof CannotLocate)) throw err;
        full ??= parseFullYaml(text, file).document;
        return full.locate(path, preferKey);
      }
    };
    return { data, document: { data, locate }, diagnostics: [] };
  }
  return parseFullYaml(text, file);
}

/** parseYaml with yaml@2 alone. */
export function parseFullYaml(text: string, file: string): ParsedYaml {
  const deep = tooDeep(text, file);
  // A fresh LineCounter per parse: it accumulates line starts as the lexer goes.
  const yaml = yamlLib();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(deep ? "" : text, { ...PARSE_OPTIONS, lineCounter });
  const diagnostics = deep
    ? [deep]
    : [
        ...doc.errors.map((e) => toDiagnostic(e, file, lineCounter)),
        ...directiveDiagnostics(text, file, lineCounter),
      ];
  // mlgate.yml itself is refused on a duplicate key: which of two `gates:` blocks was meant is a guess.
  if (!deep) diagnostics.push(...duplicateDiagnostics(doc, file, lineCounter, false));
  for (const w of doc.warnings)
    diagnostics.push({ ...toDiagnostic(w, file, lineCounter), severity: "warning" });
  const data = diagnostics.some((d) => d.severity === "error")
    ? undefined
    : toData(doc, file, diagnostics).data;
  return { data, document: yamlSourceDocument(doc, lineCounter, data), diagnostics };
}

/** Parse a YAML file with any number of documents (`---`). */
export function parseYamlFile(text: string, file: string): ParsedFile {
  const result: ParsedFile = { format: "yaml", documents: [], diagnostics: [], truthy: [] };
  const deep = tooDeep(text, file);
  if (deep) {
    result.diagnostics.push(deep);
    return result;
  }
  const yaml = yamlLib();
  const lineCounter = new yaml.LineCounter();
  const docs = yaml.parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  result.diagnostics.push(...directiveDiagnostics(text, file, lineCounter));
  // parseAllDocuments returns an EmptyStream (no documents) for empty text.
  for (const doc of Array.isArray(docs) ? docs : []) {
    const errors = doc.errors.map((e) => toDiagnostic(e, file, lineCounter));
    result.diagnostics.push(...errors);
    for (const w of doc.warnings)
      result.diagnostics.push({ ...toDiagnostic(w, file, lineCounter), severity: "warning" });
    result.truthy.push(...findTruthy(doc, lineCounter));
    if (errors.length) continue;
    // A duplicate key is reported, and the document still checked (with the last value): a finding,
    // not a reason to skip every other check of the file.
    result.diagnostics.push(...duplicateDiagnostics(doc, file, lineCounter, true));
    const { ok, data } = toData(doc, file, result.diagnostics);
    if (ok) result.documents.push(yamlSourceDocument(doc, lineCounter, data));
  }
  return result;
}
