/**
 * The config validator compiles its patterns at their first match (lazyAjvRegExp): each must be
 * one RE2JS runs, or a config reaching it would fail inside validation instead of at build time.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { patternProblem } from "../../src/regex/linear-regex.js";

/** Every `pattern` value and `patternProperties` key in a schema. */
function patternsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) patternsOf(item, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string") out.push(value);
      if (key === "patternProperties" && value && typeof value === "object") out.push(...Object.keys(value));
      patternsOf(value, out);
    }
  }
  return out;
}

describe("the config schema's own patterns", () => {
  it("each compiles on RE2JS", () => {
    const schema = JSON.parse(
      readFileSync(path.join(import.meta.dirname, "../../schemas/mlgate.schema.json"), "utf8"),
    );
    const patterns = [...new Set(patternsOf(schema))];
    expect(patterns.length).toBeGreaterThan(3);
    for (const p of patterns) expect(patternProblem(p), p).toBeUndefined();
  });
});
