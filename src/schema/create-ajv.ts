/**
 * ajv instances with mlgate's options, apart from src/schema/validate.ts (which only reads ajv's
 * errors) so that commands that compile no schema at run time do not load ajv's compiler.
 */
import { Ajv, type Options } from "ajv";
import { ajvRegExp } from "../regex/linear-regex.js";

/**
 * ajv options every mlgate validator uses: all errors, with the failing schema attached for
 * messages; `pattern` and `patternProperties` on RE2JS, since schemas and their values may come
 * from the pull request and a backtracking engine can take exponential time on them.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: false,
  allowUnionTypes: true,
  // No pass of ajv's own optimizer over the generated code (it drops unused names and folds
  // constants: the same checks either way), which V8 optimizes anyway: compiling bench/lint's two
  // schemas at a run's start took 39 ms instead of 50 (15 alternating runs).
  code: { regExp: ajvRegExp, optimize: false },
};

/** A new ajv instance with mlgate's options. */
export function createAjv(options: Options = {}): Ajv {
  return new Ajv({ ...AJV_OPTIONS, ...options });
}
