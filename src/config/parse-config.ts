/** Parse and validate the text of an `mlgate.yml` into a typed config or positioned diagnostics. */
import type { Diagnostic } from "../report/types.js";
import { validateDocument, withVia } from "../schema/validate.js";
import type { JsonPath } from "../source/locate.js";
import { parseYaml } from "../source/parse-yaml.js";
import type { SourceDocument } from "../source/source-document.js";
import type { MlgateConfig } from "./types.js";

/** Result of parsing a config: `config` is set only when there is no error. */
export interface ParsedConfig {
  config?: MlgateConfig;
  diagnostics: Diagnostic[];
  /** The parsed document, set with `config`: later checks of the config (names) locate their keys in it. */
  document?: SourceDocument;
}

import configValidator from "./mlgate-validator.generated.js";

/** A warning about a valid config (a deprecated form, …), at the path of the value it is about. */
export interface ConfigWarning {
  code: string;
  message: string;
  path: JsonPath;
  hint?: string;
}

/**
 * Parse `text` (the contents of `file`, a repo-relative path) as an mlgate.yml. `warn` finds what
 * is valid but worth a warning; the stages know those forms, so the engine passes it in and this
 * module only positions them.
 */
export function parseConfig(
  text: string,
  file: string,
  warn?: (config: MlgateConfig) => ConfigWarning[],
): ParsedConfig {
  const parsed = parseYaml(text, file);
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  if (parsed.data === null || parsed.data === undefined) {
    diagnostics.push({
      code: "config/empty",
      severity: "error",
      message: `${file} is empty`,
      file,
      range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
      hint: "Start it with `version: 1` (see the README for a full example).",
    });
    return { diagnostics };
  }
  diagnostics.push(...validateDocument(configValidator, parsed.document, file));
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const config = parsed.data as MlgateConfig;
  for (const w of warn?.(config) ?? []) {
    const where = parsed.document.locate(w.path, true);
    const d: Diagnostic = {
      code: w.code,
      severity: "warning",
      message: withVia(w.message, where),
      file,
      path: w.path,
      range: where.range,
    };
    if (w.hint) d.hint = w.hint;
    diagnostics.push(d);
  }
  return { config, diagnostics, document: parsed.document };
}
