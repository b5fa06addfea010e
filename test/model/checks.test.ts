/**
 * Every model check, table-driven: each JSON file in test/fixtures/model/checks/<check id>/ holds
 * cases of values in (what the runner hands the check) and CheckResults out, byte for byte the
 * message text, ids, severities and diagnostics the report carries.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fairnessTable } from "../../src/model/checks/fairness.js";
import { MODEL_CHECKS } from "../../src/model/checks/index.js";
import { type SliceInput, sliceMetricValues, sliceTable } from "../../src/model/checks/slice.js";
import type { CheckResult } from "../../src/report/types.js";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/model/checks");

interface CaseFile {
  description: string;
  cases: { description: string; input: unknown; expected: CheckResult[] }[];
}

/** The case files of one check, by file name. */
function caseFiles(id: string): [string, CaseFile][] {
  const dir = path.join(FIXTURES, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), "utf8")) as CaseFile]);
}

describe.each(MODEL_CHECKS.map((c) => [c.id, c] as const))("%s", (id, check) => {
  const files = caseFiles(id);

  it("has a fixture folder with cases", () => {
    expect(files.flatMap(([, f]) => f.cases).length).toBeGreaterThan(0);
  });

  for (const [file, table] of files)
    describe(`${file}: ${table.description}`, () => {
      it.each(table.cases.map((c) => [c.description, c] as const))("%s", (_, c) => {
        // JSON has no `undefined`: compare as the JSON report would carry the results.
        const results = JSON.parse(
          JSON.stringify((check.judge as (input: unknown) => CheckResult[])(c.input)),
        );
        expect(results).toStrictEqual(c.expected);
      });
    });
});

describe("the tables and values the slice and fairness checks add to the section", () => {
  const input: SliceInput = {
    slice: { by: "group", metric: "recall", min: 0.7 },
    values: [
      { group: "A", rows: 160, metric: { value: 1 }, insufficient: false },
      { group: "B", rows: 40, metric: { value: 0.2 }, insufficient: false },
      { group: "C", rows: 3, metric: { undefined: "3 rows, fewer than 30" }, insufficient: true },
      { group: "D", rows: 50, metric: { undefined: "no positive example" }, insufficient: false },
    ],
    severity: "error",
  };

  it("lists failing slices first and too-small ones last", () => {
    expect(sliceTable(input)).toEqual({
      title: "recall by group",
      compact: true,
      columns: ["group", "rows", "recall", "status"],
      rows: [
        ["B", "40", "0.2", "failed"],
        ["A", "160", "1", "ok"],
        ["D", "50", "n/a", "no positive example"],
        ["C", "3", "n/a", "insufficient data"],
      ],
    });
  });

  it("names judged slice values `<metric>[<by>=<group>]` at full precision", () => {
    expect(sliceMetricValues(input)).toEqual({ "recall[group=A]": 1, "recall[group=B]": 0.2 });
  });

  it("shows each group's rates, n/a where a rate is undefined", () => {
    const groups = [
      { group: "f", rows: 10, selectionRate: 0 },
      { group: "m", rows: 12, selectionRate: 0.25, tpr: 0.5, fpr: 0.123456 },
    ];
    const fairness = { by: "sex", demographic_parity_difference: 0.1 };
    expect(fairnessTable({ fairness, rates: { groups }, severity: "error" }).rows).toEqual([
      ["f", "10", "0", "n/a", "n/a"],
      ["m", "12", "0.25", "0.5", "0.1235"],
    ]);
  });
});
