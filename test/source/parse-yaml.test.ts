import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFullYaml, parseYaml } from "../../src/source/parse-yaml.js";
import { parseLeanYaml } from "../../src/source/yaml-lean.js";
import { allPaths, yamlFiles } from "../helpers/yaml-corpus.js";

describe("parseYaml (mlgate.yml) gives what yaml@2 gives, with the lean parser where it can", () => {
  const files = yamlFiles();

  it.each(files.map((f) => [path.relative(import.meta.dirname, f), f]))("%s", (_, file) => {
    const text = readFileSync(file, "utf8");
    const got = parseYaml(text, "mlgate.yml");
    const want = parseFullYaml(text, "mlgate.yml");
    expect(got.diagnostics).toEqual(want.diagnostics);
    expect(got.data).toEqual(want.data);
    if (want.data === undefined) return;
    // Every path, key and value: collections and flow items come from yaml@2 on demand.
    for (const p of allPaths(want.data)) {
      for (const preferKey of [true, false]) {
        expect(got.document.locate(p, preferKey), `${p.join(".")} preferKey=${preferKey}`).toEqual(
          want.document.locate(p, preferKey),
        );
      }
    }
  });

  it("reads most of them the lean way (the comparison above is not yaml@2 with itself)", () => {
    const lean = files.filter((f) => parseLeanYaml(readFileSync(f, "utf8")) !== undefined);
    expect(lean.length).toBeGreaterThan(files.length / 2);
  });

  it("reports what only yaml@2 finds, at its place", () => {
    const dup = parseYaml("version: 1\ngates: {}\ngates: {}\n", "mlgate.yml");
    expect(dup.data).toBeUndefined();
    expect(dup.diagnostics.map((d) => [d.code, d.range?.start.line])).toEqual([["yaml/duplicate-key", 2]]);
    const tab = parseYaml("version: 1\nlint:\n\ttargets: []\n", "mlgate.yml");
    expect(tab.diagnostics.map((d) => d.code)).toContain("yaml/parse");
  });
});
