/** Parse and validate the text of an `mlgate.yml` into a typed config or positioned diagnostics. */
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import ucs2length from "ajv/dist/runtime/ucs2length.js";
import { lazyAjvRegExp } from "../regex/linear-regex.js";
import type { Diagnostic } from "../report/types.js";
import { sortDiagnostics, validateDocument, withVia } from "../schema/validate.js";
import type { JsonPath } from "../source/locate.js";
import { parseYaml } from "../source/parse-yaml.js";
import type { SourceDocument } from "../source/source-document.js";
import rootValidator, { BLOCK_NAMES } from "./mlgate-validator.generated.js";
import type { MlgateConfig } from "./types.js";

/** Result of parsing a config: `config` is set only when there is no error. */
export interface ParsedConfig {
  config?: MlgateConfig;
  diagnostics: Diagnostic[];
  /** The parsed document, set with `config`: later checks of the config (names) locate their keys in it. */
  document?: SourceDocument;
}

/** Block validators loaded so far (see blockValidator). */
const blockValidators = new Map<string, ValidateFunction>();

/** ajv's runtime helper as the generated code calls it (`.default`), bundled or not. */
const UCS2LENGTH = {
  default: typeof ucs2length === "function" ? ucs2length : (ucs2length as { default: unknown }).default,
};

/**
 * The validator of top-level block `name` (one of BLOCK_NAMES, never a name from the config),
 * loaded on first use from the generated file next to this module (src/config/, or dist/ where
 * the build copies it): only the blocks a config has are loaded (scripts/gen-config-schema.mjs,
 * validatorText, says why).
 */
function blockValidator(name: string): ValidateFunction {
  let validate = blockValidators.get(name);
  if (!validate) {
    const make = createRequire(import.meta.url)(`./config-block-${name}.generated.cjs`) as (
      helper: typeof UCS2LENGTH,
      engine: typeof lazyAjvRegExp,
    ) => ValidateFunction;
    validate = make(UCS2LENGTH, lazyAjvRegExp);
    blockValidators.set(name, validate);
  }
  return validate;
}

/**
 * mlgate.yml's validator: the root, then the validator of each block the config has, at the
 * block's path. With ajv's allErrors the errors are those of one validator of the whole schema
 * (a test compares them), in another order, which validateDocument sorts by position anyway.
 */
export const configValidator = ((data: unknown) => {
  const errors: ErrorObject[] = [];
  if (!rootValidator(data)) errors.push(...(rootValidator.errors ?? []));
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const key of BLOCK_NAMES) {
      if (record[key] === undefined) continue;
      const validate = blockValidator(key);
      const at = { instancePath: `/${key}`, parentData: record, parentDataProperty: key, rootData: record };
      if (!validate(record[key], { ...at, dynamicAnchors: {} })) errors.push(...(validate.errors ?? []));
    }
  }
  configValidator.errors = errors.length ? errors : null;
  return errors.length === 0;
}) as ValidateFunction;

/**
 * A finding about a config the schema accepts, at the path of the value it is about: a warning
 * (a deprecated form, …), or an error for a value mlgate cannot use (a regex RE2 cannot run).
 */
export interface ConfigFinding {
  /** Absent for a warning. */
  severity?: "error";
  code: string;
  message: string;
  path: JsonPath;
  hint?: string;
}

/**
 * Parse `text` (the contents of `file`, a repo-relative path) as an mlgate.yml. `review` finds
 * what is valid but worth a warning, or valid but unusable (an error: no config is returned); the
 * stages know those forms, so the engine passes it in and this module only positions them.
 */
export function parseConfig(
  text: string,
  file: string,
  review?: (config: MlgateConfig) => ConfigFinding[],
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
  return review
    ? reviewConfig({ config, diagnostics, document: parsed.document }, file, review)
    : { config, diagnostics, document: parsed.document };
}

/**
 * Add `review`'s findings to a config that parsed (see parseConfig): an error among them takes the
 * config away. Apart so that the engine can load the review's code only for configs that need it.
 */
export function reviewConfig(
  parsed: ParsedConfig,
  file: string,
  review: (config: MlgateConfig) => ConfigFinding[],
): ParsedConfig {
  const { config, document } = parsed;
  if (!config || !document) return parsed;
  const diagnostics = [...parsed.diagnostics];
  for (const w of review(config)) {
    // An unusable value points at the value itself; a deprecated form at its key.
    const where = document.locate(w.path, w.severity !== "error");
    const d: Diagnostic = {
      code: w.code,
      severity: w.severity ?? "warning",
      message: withVia(w.message, where),
      file,
      path: w.path,
      range: where.range,
    };
    if (w.hint) d.hint = w.hint;
    diagnostics.push(d);
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: sortDiagnostics(diagnostics) };
  return { config, diagnostics, document };
}
