/**
 * `x-mlgate-env`: environment-conditional subschemas inside one schema file.
 *
 *   "x-mlgate-env": { "production": { "properties": { "source": { "pattern": "^s3://prod/" } } } }
 *
 * In environment E the subschema under E is added to the node with `allOf`, so the value must
 * satisfy the node AND it; other environments' subschemas are dropped. Files that belong to another
 * environment than the run's (`{env}` in a target's glob) get no environment: every one is dropped.
 */
import type { AnySchemaObject } from "ajv";

/** The keyword. */
export const ENV_KEYWORD = "x-mlgate-env";

/** A copy of `schema` with every `x-mlgate-env` resolved for `environment` (none: all dropped). */
export function applyEnvironment(schema: AnySchemaObject, environment: string | undefined): AnySchemaObject {
  return transform(schema, environment) as AnySchemaObject;
}

function transform(node: unknown, environment: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((n) => transform(n, environment));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === ENV_KEYWORD) continue;
    out[k] = transform(v, environment);
  }
  const byEnv = (node as Record<string, unknown>)[ENV_KEYWORD];
  if (
    environment !== undefined &&
    byEnv &&
    typeof byEnv === "object" &&
    !Array.isArray(byEnv) &&
    Object.hasOwn(byEnv, environment)
  ) {
    const extra = transform((byEnv as Record<string, unknown>)[environment], environment);
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), extra];
  }
  return out;
}
