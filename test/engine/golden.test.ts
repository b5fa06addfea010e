/**
 * The same inputs give the same report, byte for byte: every example and a small copy of each
 * bench corpus, run through the bundled CLI, against the reports recorded before the restructure
 * (scripts/golden-reports.mjs --write records them; only a change meant to alter reports may).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GOLDEN_DIR, type GoldenCase, makeCases, runCase } from "../../scripts/golden-reports.mjs";

const tmp = mkdtempSync(path.join(tmpdir(), "mlgate-golden-test-"));
const cases: GoldenCase[] = makeCases(tmp);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("reports stay byte for byte what they were", () => {
  it.each(cases.map((c) => [c.label ?? c.name, c] as const))(
    "%s",
    (_, c) => {
      const expected = readFileSync(path.join(GOLDEN_DIR, `${c.name}.txt`), "utf8");
      expect(runCase(c)).toBe(expected);
    },
    60_000,
  );
});
