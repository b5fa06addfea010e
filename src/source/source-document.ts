/** What every parsed config format offers the linter: the data, and where a JSON path sits in the text. */
import type { Diagnostic, Range } from "./diagnostic.js";
import type { JsonPath } from "./locate.js";

/** Where a finding lands: the place to edit, and the alias/merge use that led there when it differs. */
export interface Location {
  range: Range;
  /** The alias (`*name`) or merge key (`<<`) through which the path reached `range`. */
  via?: Range;
}

/** One document of a file (YAML files may hold several). */
export interface SourceDocument {
  data: unknown;
  /** The range of `path`: its key when `preferKey` (and it has one), else its value. */
  locate(path: JsonPath, preferKey: boolean): Location;
}

/** A YAML 1.1 boolean word written as a plain scalar (`on`, `yes`): YAML 1.2 reads it as a string. */
export interface TruthyScalar {
  path: JsonPath;
  text: string;
  range: Range;
}

/** A parsed file: documents, parser diagnostics, and format-specific facts the rules use. */
export interface ParsedFile {
  format: "yaml" | "json" | "jsonc" | "toml";
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
  truthy: TruthyScalar[];
}

/** The zero range, for findings about a whole file. */
export const FILE_START: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
