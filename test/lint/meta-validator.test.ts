import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import formatsPlugin from "ajv-formats";
import { describe, expect, it } from "vitest";
import { createWorkspace } from "../../src/io/workspace.js";
import draft07Check from "../../src/lint/meta-draft07.generated.js";
import { SchemaRegistry } from "../../src/lint/schema-registry.js";
import { AJV_OPTIONS } from "../../src/schema/create-ajv.js";
import { tempDir } from "../helpers/run-node.js";

const addFormats = formatsPlugin as unknown as (ajv: Ajv) => Ajv;

/** Schemas a repository may hold: valid ones and each kind of mistake the meta-schema catches. */
const SCHEMAS: unknown[] = [
  {},
  { type: "object", properties: { lr: { type: "number", maximum: 1 } }, required: ["lr"] },
  { type: "strin" },
  { type: ["string", "nmber"] },
  { properties: [] },
  { required: "lr" },
  { required: ["a", "a"] },
  { minimum: "1" },
  { maxLength: -1 },
  { enum: [] },
  { items: [{ type: "string" }, 3] },
  { additionalProperties: "no" },
  { pattern: 5 },
  { $ref: 7 },
  { definitions: { a: { type: 1 } } },
  { allOf: [] },
  { anyOf: [{ type: "x" }, { minItems: 1.5 }] },
  { dependencies: { a: 3 } },
  { const: null, default: [1], examples: "x" },
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a promise
  { if: { type: "string" }, then: { minLength: "2" } },
];

describe("the draft-07 meta-schema check compiled ahead of time", () => {
  it("is what scripts/gen-meta-validator.mjs writes", async () => {
    const { metaValidatorText } = await import("../../scripts/gen-meta-validator.mjs");
    expect(readFileSync(new URL("../../src/lint/meta-draft07.generated.js", import.meta.url), "utf8")).toBe(
      metaValidatorText(),
    );
  });

  it("answers as the meta-schema compiled at run time, with the same errors", () => {
    const ajv = new Ajv({ ...AJV_OPTIONS, validateSchema: false, logger: false });
    addFormats(ajv);
    const runtime = ajv.getSchema("http://json-schema.org/draft-07/schema")!;
    let invalid = 0;
    for (const schema of SCHEMAS) {
      const expected = runtime(schema);
      expect(draft07Check(schema), JSON.stringify(schema)).toBe(expected);
      expect(draft07Check.errors ?? null, JSON.stringify(schema)).toEqual(runtime.errors ?? null);
      if (!expected) invalid++;
    }
    expect(invalid).toBeGreaterThan(12);
  });

  it("reports an invalid draft-07 schema at its line, as before", async () => {
    const dir = tempDir("mlgate-meta-");
    writeFileSync(
      path.join(dir, "s.json"),
      '{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n  "type": "strin"\n}\n',
    );
    const registry = new SchemaRegistry(createWorkspace(dir), "dev", "mlgate.yml");
    expect(await registry.load("s.json")).toBeUndefined();
    expect(registry.diagnostics).toHaveLength(1);
    expect(registry.diagnostics[0]).toMatchObject({
      code: "schema/invalid-schema",
      file: "s.json",
      range: { start: { line: 2, column: 10 } },
    });
    expect(registry.diagnostics[0]!.message).toMatch(/^s\.json is not a valid JSON Schema: type /);
  });
});
