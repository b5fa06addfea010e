/**
 * A draft JSON Schema inferred from one config file for `mlgate init`: the types of the values it
 * holds and, for objects, every key it has as required. It accepts the file as it is; the user
 * tightens it (ranges, enums, patterns) — the draft's description says so.
 */

/** A JSON Schema, as plain data. */
export type JsonSchema = Record<string, unknown>;

/** Arrays longer than this are typed by their first items only: a config is not a data file. */
const SAMPLED_ITEMS = 50;
/** Nesting kept in the draft; deeper values are accepted as they come. */
const MAX_DEPTH = 12;

/** The schema of `value`; `title` names the file it came from. */
export function draftSchema(value: unknown, title: string): JsonSchema {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title,
    description: `Draft written by mlgate init from ${title}: types and required keys as they were. Tighten it: add minimum/maximum, enum, pattern, and set additionalProperties: false where extra keys are mistakes.`,
    ...schemaOf(value, 0),
  };
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  // TOML dates arrive as Date objects: no JSON type describes them, so the draft leaves them open.
  if (value instanceof Date) return "date";
  if (Array.isArray(value)) return "array";
  // Every number is a number: a learning rate written 1 today may be 0.5 tomorrow.
  if (typeof value === "number") return "number";
  if (typeof value === "boolean" || typeof value === "string" || typeof value === "object")
    return typeof value;
  return "string";
}

function schemaOf(value: unknown, depth: number): JsonSchema {
  const type = typeOf(value);
  if (depth >= MAX_DEPTH || type === "date") return {};
  if (type === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    const properties: Record<string, JsonSchema> = {};
    for (const k of keys) properties[k] = schemaOf(obj[k], depth + 1);
    return keys.length ? { type, required: keys, properties } : { type };
  }
  if (type === "array") {
    const items = (value as unknown[]).slice(0, SAMPLED_ITEMS).map((v) => schemaOf(v, depth + 1));
    const first = items[0];
    if (first === undefined) return { type };
    // One item schema when every sampled item has the same top type; else only the types.
    const same = items.every((s) => s.type === first.type);
    if (same && first.type !== "object") return { type, items: first };
    if (same) return { type, items: { type: "object" } };
    return { type, items: { type: [...new Set(items.map((s) => s.type as string))].sort() } };
  }
  return { type };
}
