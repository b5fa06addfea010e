import { describe, expect, it } from "vitest";
import configSchema from "../../schemas/mlgate.schema.json" with { type: "json" };
import { MODEL_CHECKS } from "../../src/model/checks/index.js";
import { modelOptionsSchema } from "../../src/model/model-options.js";

describe("model check options", () => {
  it("put together, are the committed `model:` schema, key order included", () => {
    expect(JSON.stringify(modelOptionsSchema(), null, 2)).toBe(
      JSON.stringify(configSchema.properties.model, null, 2),
    );
  });

  it("every check has an id, a description and options keyed by paths under `model:`", () => {
    const ids = MODEL_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of MODEL_CHECKS) {
      expect(c.description).toMatch(/\.$/);
      for (const key of Object.keys(c.options)) expect(key).toMatch(/^[a-z_]+(\.[a-z_]+)?$/);
    }
  });
});
