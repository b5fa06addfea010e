import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticLine, lintFixture, readExpect } from "../helpers/lint-fixture.js";

const ROOT = path.join(import.meta.dirname, "../fixtures/lint");

/** Every fixture repository with its expect files: expect.<env>.txt, or expect.txt for dev. */
const cases = readdirSync(ROOT)
  .sort()
  .flatMap((name) =>
    readdirSync(path.join(ROOT, name))
      .filter((f) => /^expect(\.[a-z]+)?\.txt$/.test(f))
      .map((f) => [name, f.split(".").length === 3 ? f.split(".")[1]! : "dev", f] as const),
  );

describe("lint fixtures", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)("%s in %s", async (name, env, expectFile) => {
    const dir = path.join(ROOT, name);
    expect(existsSync(path.join(dir, "mlgate.yml"))).toBe(true);
    const want = readExpect(path.join(dir, expectFile));
    const got = await lintFixture(dir, env);
    expect(got.map(diagnosticLine)).toEqual(want.map((w) => w.line));
    want.forEach((w, i) => {
      if (w.text) expect(got[i]!.message).toContain(w.text);
    });
    // Every diagnostic has a file, start and end.
    for (const d of got) {
      expect(d.file).toBeTruthy();
      expect(d.range).toBeDefined();
    }
  });
});
