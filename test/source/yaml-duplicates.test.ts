import { describe, expect, it } from "vitest";
import { location } from "../../src/render/common.js";
import { parseYaml, parseYamlFile } from "../../src/source/parse-yaml.js";

/** `line:col message` of each parser diagnostic, 1-based like the CLI. */
function findings(text: string): string[] {
  return parseYamlFile(text, "f.yaml").diagnostics.map(
    (d) => `${location(d).slice("f.yaml:".length)} ${d.message}`,
  );
}

describe("duplicate keys in YAML", () => {
  it("name the key and both lines, at the repeated key", () => {
    expect(findings("name: a\nmodel: b\nreplicas: 0\n\nreplicas: 3\n")).toEqual([
      '5:1 duplicate key "replicas" (first at line 3); the last value is used, as YAML 1.2 loaders do',
    ]);
  });

  it("keep the document, with the last value, and locate the key there", () => {
    const parsed = parseYamlFile("replicas: 0\nname: a\nreplicas: 3\n", "f.yaml");
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]!.data).toEqual({ replicas: 3, name: "a" });
    expect(parsed.documents[0]!.locate(["replicas"], false).range.start).toEqual({ line: 2, column: 10 });
  });

  it("report every repetition against the first, in nested and flow mappings", () => {
    expect(findings("a:\n  x: 1\n  x: 2\n  x: 3\nb: {y: 1, y: 2}\n")).toEqual([
      '3:3 duplicate key "x" (first at line 2); the last value is used, as YAML 1.2 loaders do',
      '4:3 duplicate key "x" (first at line 2); the last value is used, as YAML 1.2 loaders do',
      '5:11 duplicate key "y" (first at line 5); the last value is used, as YAML 1.2 loaders do',
    ]);
  });

  it("compare keys as yaml@2 does: by value and type, merge keys apart", () => {
    // 1 and "1" are different keys; same-named keys in sibling mappings are not duplicates.
    expect(findings('1: a\n"1": b\nm: {k: 1}\nn: {k: 2}\n')).toEqual([]);
    // Several `<<` merge keys merge in turn.
    expect(findings("b: &b {x: 1}\nc: &c {y: 2}\nm:\n  <<: *b\n  <<: *c\n")).toEqual([]);
    // Quoted and plain spellings of one string are one key.
    expect(findings("k: 1\n'k': 2\n")).toEqual([
      '2:1 duplicate key "k" (first at line 1); the last value is used, as YAML 1.2 loaders do',
    ]);
  });

  it("in each of several documents", () => {
    const parsed = parseYamlFile("a: 1\na: 2\n---\nb: 1\nb: 2\n", "f.yaml");
    expect(parsed.documents.map((d) => d.data)).toEqual([{ a: 2 }, { b: 2 }]);
    expect(parsed.diagnostics.map((d) => location(d))).toEqual(["f.yaml:2:1", "f.yaml:5:1"]);
  });

  it("refuse mlgate.yml itself, without claiming the last value is used", () => {
    const parsed = parseYaml("version: 1\ngates: {fail_on: error}\ngates: {fail_on: never}\n", "mlgate.yml");
    expect(parsed.data).toBeUndefined();
    expect(parsed.diagnostics.map((d) => `${location(d)} ${d.code} ${d.message}`)).toEqual([
      'mlgate.yml:3:1 yaml/duplicate-key duplicate key "gates" (first at line 2)',
    ]);
  });

  it("are found in linear time (yaml@2's own check compares each key with every earlier one)", () => {
    // 40,000 keys: with yaml@2's uniqueKeys the parse took about 35 s on the 2-core CI machine, without
    // it about 2 s. No timing assertion: the test runner's timeout (20 s) is the bound.
    const lines = Array.from({ length: 40_000 }, (_, i) => `key${i}: ${i}`);
    lines.push("key7: again");
    const parsed = parseYamlFile(`${lines.join("\n")}\n`, "f.yaml");
    expect(parsed.diagnostics.map((d) => d.message)).toEqual([
      'duplicate key "key7" (first at line 8); the last value is used, as YAML 1.2 loaders do',
    ]);
  }, 20_000);
});
