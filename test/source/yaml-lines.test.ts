import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Range } from "../../src/report/types.js";
import { parseFullYaml } from "../../src/source/parse-yaml.js";
import { CannotLocate, indexYamlLines, leanLocate } from "../../src/source/yaml-lines.js";
import { lintFixture } from "../helpers/lint-fixture.js";
import { allPaths, yamlFiles } from "../helpers/yaml-corpus.js";

describe("the lean YAML index answers exactly as yaml@2, or not at all", () => {
  const files = yamlFiles();
  let answered = 0;

  it.each(files.map((f) => [path.relative(import.meta.dirname, f), f]))("%s", (_, file) => {
    const text = readFileSync(file, "utf8");
    const full = parseFullYaml(text, "f.yaml");
    const index = indexYamlLines(text);
    if (!index || full.data === undefined) return;
    for (const p of allPaths(full.data)) {
      for (const preferKey of [true, false]) {
        let lean: Range;
        try {
          lean = leanLocate(index, p, preferKey);
        } catch (err) {
          if (!(err instanceof CannotLocate)) throw err;
          continue;
        }
        answered++;
        expect(lean, `${p.join(".")} preferKey=${preferKey}`).toEqual(
          full.document.locate(p, preferKey).range,
        );
      }
    }
  });

  it("answers for most paths of plain block YAML (the comparison above is not vacuous)", () => {
    expect(answered).toBeGreaterThan(500);
  });

  it("declines what it does not model", () => {
    expect(indexYamlLines("a: &x 1\nb: *x\n")).toBeUndefined();
    expect(indexYamlLines("a:\n\tb: 1\n")).toBeUndefined();
    const index = indexYamlLines("a: [1, 2]\nb: |\n  text\nc:\n  d: 1\n")!;
    expect(() => leanLocate(index, ["a", 0], false)).toThrow(CannotLocate);
    expect(() => leanLocate(index, ["b"], false)).toThrow(CannotLocate);
    expect(() => leanLocate(index, ["c"], false)).toThrow(CannotLocate);
    expect(leanLocate(index, ["c"], true)).toEqual({
      start: { line: 3, column: 0 },
      end: { line: 3, column: 1 },
    });
  });
});

describe("lint results do not depend on the parse path", () => {
  const cases = readdirSync(path.join(import.meta.dirname, "../fixtures/lint")).sort();
  it.each(cases)("fixture %s, fast path on and off", async (name) => {
    const dir = path.join(import.meta.dirname, "../fixtures/lint", name);
    for (const env of ["dev", "production", "staging"]) {
      expect(await lintFixture(dir, env, undefined, { fastPath: true })).toEqual(
        await lintFixture(dir, env, undefined, { fastPath: false }),
      );
    }
  });
});
