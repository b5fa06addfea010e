import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import configSchema from "../../schemas/mlgate.schema.json" with { type: "json" };
import { parseConfig } from "../../src/config/parse-config.js";

const dir = new URL("../fixtures/config/", import.meta.url);
const files = (kind: string) => readdirSync(new URL(kind, dir)).sort();
const read = (path: string) => readFileSync(new URL(path, dir), "utf8");

/** `# expect: CODE LINE:COL [text the message contains]` lines at the top of a fixture. */
function expectations(text: string) {
  return [...text.matchAll(/^# expect: (\S+) (\d+):(\d+)(?: (.*))?$/gm)].map((m) => ({
    code: m[1],
    line: Number(m[2]),
    column: Number(m[3]),
    text: m[4],
  }));
}

describe("mlgate.yml validation", () => {
  it.each(files("valid"))("accepts valid/%s", (name) => {
    const { config, diagnostics } = parseConfig(read(`valid/${name}`), "mlgate.yml");
    expect(diagnostics).toEqual([]);
    expect(config?.version).toBe(1);
  });

  it("accepts the bundled example's config", () => {
    const text = readFileSync(new URL("../../examples/churn-model/mlgate.yml", import.meta.url), "utf8");
    expect(parseConfig(text, "mlgate.yml").diagnostics).toEqual([]);
  });

  it.each(files("invalid"))("rejects invalid/%s at the expected positions", (name) => {
    const text = read(`invalid/${name}`);
    const want = expectations(text);
    expect(want.length).toBeGreaterThan(0);
    const { config, diagnostics } = parseConfig(text, "mlgate.yml");
    expect(config).toBeUndefined();
    const got = diagnostics.map((d) => ({
      code: d.code,
      line: (d.range?.start.line ?? -1) + 1,
      column: (d.range?.start.column ?? -1) + 1,
    }));
    expect(got).toEqual(want.map(({ code, line, column }) => ({ code, line, column })));
    want.forEach((w, i) => {
      if (w.text) expect(diagnostics[i]!.message).toContain(w.text);
      expect(diagnostics[i]!.file).toBe("mlgate.yml");
    });
  });

  it("refuses alias bombs without expanding them", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(",")}]`,
      );
    const { diagnostics } = parseConfig(`version: 1\n${lines.join("\n")}\n`, "mlgate.yml");
    expect(diagnostics.map((d) => d.code)).toEqual(["yaml/alias-bomb"]);
  });

  it("does not let __proto__ keys pollute prototypes", () => {
    const { diagnostics } = parseConfig("version: 1\n__proto__: { polluted: true }\n", "mlgate.yml");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(diagnostics[0]?.code).toBe("schema/unknown-key");
    expect(diagnostics[0]?.range?.start).toEqual({ line: 1, column: 0 });
  });

  it("points at an unknown key through an anchor-free flow mapping and gives a hint", () => {
    const { diagnostics } = parseConfig("version: 1\nscorecard: { coment: always }\n", "mlgate.yml");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "schema/unknown-key",
      message: 'unknown key "coment" in scorecard; did you mean "comment"?',
      range: { start: { line: 1, column: 13 }, end: { line: 1, column: 19 } },
    });
  });
});

describe("schemas/mlgate.schema.json", () => {
  /** Every property of every object in the schema, with its JSON path. */
  function* properties(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
    if (node === null || typeof node !== "object") return;
    const obj = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(obj)) {
      if (key === "properties" && value && typeof value === "object") {
        for (const [name, prop] of Object.entries(value as Record<string, Record<string, unknown>>)) {
          yield [`${path}.${name}`, prop];
          yield* properties(prop, `${path}.${name}`);
        }
      } else if (typeof value === "object") {
        yield* properties(value, `${path}/${key}`);
      }
    }
  }

  it("describes every key", () => {
    const undocumented = [...properties(configSchema, "")]
      .filter(([, p]) => typeof p.description !== "string")
      .map(([k]) => k);
    expect(undocumented).toEqual([]);
  });

  it("covers every top-level key of the DESIGN.md contract", () => {
    const keys = Object.keys(configSchema.properties);
    for (const k of [
      "version",
      "environments",
      "lint",
      "data",
      "model",
      "tests",
      "compare",
      "gates",
      "scorecard",
    ]) {
      expect(keys).toContain(k);
    }
  });
});

describe("schema source", () => {
  it("the schema, its docs and its compiled validator are what scripts/gen-config-schema.mjs writes", async () => {
    const { SCHEMA_TEXT, DOCS_TEXT, validatorText, blockTexts } = await import(
      // @ts-expect-error the generator is a plain .mjs script without types
      "../../scripts/gen-config-schema.mjs"
    );
    expect(
      readFileSync(new URL("../../src/config/mlgate-validator.generated.js", import.meta.url), "utf8"),
    ).toBe(validatorText());
    const blocks = Object.entries(blockTexts() as Record<string, string>);
    expect(blocks.map(([name]) => name).sort()).toEqual(
      readdirSync(new URL("../../src/config/", import.meta.url))
        .filter((f) => f.startsWith("config-block-"))
        .map((f) => f.replace(/^config-block-|\.generated\.cjs$/g, ""))
        .sort(),
    );
    for (const [name, text] of blocks)
      expect(
        readFileSync(new URL(`../../src/config/config-block-${name}.generated.cjs`, import.meta.url), "utf8"),
      ).toBe(text);
    expect(readFileSync(new URL("../../schemas/mlgate.schema.json", import.meta.url), "utf8")).toBe(
      SCHEMA_TEXT,
    );
    expect(readFileSync(new URL("../../docs/configuration.md", import.meta.url), "utf8")).toBe(DOCS_TEXT);
  });
});
