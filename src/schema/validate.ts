/** Turn JSON Schema (ajv) errors into Diagnostics that point at the place the user must edit. */
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Diagnostic } from "../source/diagnostic.js";
import type { JsonPath } from "../source/locate.js";
import type { Location, SourceDocument } from "../source/source-document.js";
import { formatPath, parsePointer } from "./format-path.js";
import { closest } from "./suggest.js";

type SchemaNode = {
  description?: string;
  errorMessage?: string;
  properties?: Record<string, SchemaNode>;
};

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(truncate(value))}`;
  if (typeof value === "number" && Number.isInteger(value)) return `the integer ${value}`;
  return `${typeof value} ${String(value)}`;
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(truncate(value));
  if (value !== null && typeof value === "object") return Array.isArray(value) ? "a list" : "a mapping";
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  null: "empty",
};

const COMPARISON: Record<string, string> = {
  minimum: ">=",
  maximum: "<=",
  exclusiveMinimum: ">",
  exclusiveMaximum: "<",
};

interface Finding {
  code: string;
  message: string;
  path: JsonPath;
  preferKey: boolean;
  hint?: string;
}

/** A schema's own `errorMessage` replaces the generated wording for errors about a value. */
function describe(e: ErrorObject, data: unknown): Finding | undefined {
  const f = describeError(e, data);
  const custom = (e.parentSchema as SchemaNode | undefined)?.errorMessage;
  if (!f || typeof custom !== "string" || f.preferKey) return f;
  const where = f.path.length ? formatPath(f.path) : "the file";
  const got = e.data !== null && typeof e.data === "object" ? "" : ` (got ${shown(e.data)})`;
  return { ...f, message: `${where} ${custom}${got}` };
}

function describeError(e: ErrorObject, data: unknown): Finding | undefined {
  const path = parsePointer(e.instancePath, data);
  const where = path.length ? formatPath(path) : "the file";
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const p = e.params as Record<string, unknown>;
  const described = parent.description ? `${where}: ${parent.description}` : undefined;
  // ajv reports a bad key name twice: as `propertyNames` and as the inner keyword (tagged with propertyName).
  if ((e as { propertyName?: string }).propertyName !== undefined) return undefined;
  switch (e.keyword) {
    case "if":
      return undefined; // the `then`/`else` errors carry the real reason
    case "required": {
      const missing = String(p.missingProperty);
      const what = parent.properties?.[missing]?.description;
      return {
        code: "schema/required",
        message: `${where} is missing the required key "${missing}"`,
        path,
        preferKey: true,
        hint: what ? `Add "${missing}": ${what}` : `Add "${missing}".`,
      };
    }
    case "additionalProperties": {
      const extra = String(p.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const guess = closest(extra, known);
      return {
        code: "schema/unknown-key",
        message: `unknown key "${extra}" in ${where}${guess ? `; did you mean "${guess}"?` : ""}`,
        path: [...path, extra],
        preferKey: true,
        hint: known.length ? `Known keys here: ${known.join(", ")}.` : "Remove it.",
      };
    }
    case "propertyNames": {
      const rule = (e.schema ?? {}) as SchemaNode;
      return {
        code: "schema/key-name",
        message: `key "${String(p.propertyName)}" in ${where} ${rule.errorMessage ?? "is not a valid name"}`,
        path: [...path, String(p.propertyName)],
        preferKey: true,
        hint: described,
      };
    }
    case "type": {
      const types = String(p.type)
        .split(",")
        .map((t) => TYPE_WORDS[t] ?? t);
      return {
        code: "schema/type",
        message: `${where} must be ${types.join(" or ")} (got ${typeName(e.data)})`,
        path,
        preferKey: false,
        hint: described,
      };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map((v) => String(v));
      const guess = typeof e.data === "string" ? closest(e.data, allowed) : undefined;
      return {
        code: "schema/enum",
        message: `${where} must be one of ${allowed.join(", ")} (got ${shown(e.data)})${guess ? `; did you mean "${guess}"?` : ""}`,
        path,
        preferKey: false,
        hint: described,
      };
    }
    case "const":
      return {
        code: "schema/const",
        message: `${where} must be ${JSON.stringify(p.allowedValue)} (got ${shown(e.data)})`,
        path,
        preferKey: false,
        hint: described,
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        code: `schema/${e.keyword === "minimum" || e.keyword === "exclusiveMinimum" ? "minimum" : "maximum"}`,
        message: `${where} must be ${COMPARISON[e.keyword]} ${String(p.limit)} (got ${shown(e.data)})`,
        path,
        preferKey: false,
        hint: described,
      };
    case "pattern":
      return {
        code: "schema/pattern",
        message: `${where} must match the pattern \`${String(p.pattern)}\` (got ${shown(e.data)})`,
        path,
        preferKey: false,
        hint: described,
      };
    default:
      return {
        code: `schema/${e.keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        message: parent.errorMessage
          ? `${where} ${parent.errorMessage}`
          : `${where} ${e.message ?? "is invalid"}`,
        path,
        preferKey: false,
        hint: described,
      };
  }
}

/** The message, telling both places when the value was reached through an alias or merge key. */
export function withVia(message: string, where: Location): string {
  if (!where.via) return message;
  const { line, column } = where.via.start;
  return `${message} (the value is defined at its anchor; it is used through the alias at ${line + 1}:${column + 1})`;
}

/** Validate `doc.data` and return one diagnostic per distinct error, positioned and sorted. */
export function validateDocument(
  validate: ValidateFunction,
  doc: SourceDocument,
  file: string,
): Diagnostic[] {
  if (validate(doc.data)) return [];
  return describeErrors(validate.errors ?? [], doc, file);
}

/**
 * An `anyOf`/`oneOf` that failed is one finding at its value: the errors of its branches at the
 * same place are folded into its hint instead of being listed one by one.
 */
function foldBranches(errors: ErrorObject[], data: unknown): { error: ErrorObject; branches: string[] }[] {
  const unions = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const out: { error: ErrorObject; branches: string[] }[] = [];
  const folded = new Set<ErrorObject>();
  for (const u of unions) {
    const branches: string[] = [];
    // ajv lists a union's branch errors just before the union's own error; a `$ref` in a branch
    // moves their schemaPath elsewhere, so match by place and order rather than by schemaPath.
    for (const e of errors.slice(0, errors.indexOf(u))) {
      if (!folded.has(e) && !unions.includes(e) && e.instancePath === u.instancePath) {
        folded.add(e);
        const f = describe(e, data);
        const where = f?.path.length ? formatPath(f.path) : "the file";
        if (f) branches.push(f.message.startsWith(where) ? f.message.slice(where.length).trim() : f.message);
      }
    }
    out.push({ error: u, branches: [...new Set(branches)] });
  }
  for (const e of errors) if (!folded.has(e) && !unions.includes(e)) out.push({ error: e, branches: [] });
  return out;
}

/** Positioned, de-duplicated, sorted diagnostics for ajv errors about `doc`. */
export function describeErrors(errors: ErrorObject[], doc: SourceDocument, file: string): Diagnostic[] {
  const out = new Map<string, Diagnostic>();
  for (const { error: e, branches } of foldBranches(errors, doc.data)) {
    const f = describe(e, doc.data);
    if (!f) continue;
    const where = doc.locate(f.path, f.preferKey);
    const { range } = where;
    let message = withVia(f.message, where);
    if (branches.length) {
      const at = f.path.length ? formatPath(f.path) : "the file";
      message = withVia(`${at} does not match any allowed form: it ${branches.join("; or it ")}`, where);
    }
    const d: Diagnostic = { code: f.code, severity: "error", message, file, path: f.path, range };
    if (f.hint) d.hint = f.hint;
    out.set(`${f.code}\0${d.message}\0${range.start.line}:${range.start.column}`, d);
  }
  return sortDiagnostics([...out.values()]);
}

/** Stable order: file, line, column, code, message. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      (a.range?.start.line ?? -1) - (b.range?.start.line ?? -1) ||
      (a.range?.start.column ?? -1) - (b.range?.start.column ?? -1) ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
