/**
 * The `where:` condition language (src/data/checks/condition.ts): what parses, what is refused
 * and where, what rows a parsed condition selects, and hostile conditions (deep nesting, huge
 * lists, quotes, keys that look like code), which are refused or run as data, never as code.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  compileCondition,
  conditionColumns,
  describeCondition,
  MAX_DEPTH,
  MAX_IN,
  MAX_PARTS,
  parseCondition,
} from "../../src/data/checks/condition.js";
import { runNode, tempDir } from "../helpers/run-node.js";

/** Whether `cond` selects each row of `rows` (cells by the condition's columns). */
function selects(cond: unknown, rows: Record<string, string>[]): boolean[] {
  const parsed = parseCondition(cond, ["where", 0, "condition"]);
  expect(parsed.errors).toEqual([]);
  const cols = conditionColumns(parsed.condition!);
  const test = compileCondition(parsed.condition!, cols);
  return rows.map((r) => test(cols.map((c) => r[c] ?? "")));
}

const errorsOf = (cond: unknown) =>
  parseCondition(cond, ["c"]).errors.map((e) => ({ path: e.path, message: e.message }));

describe("parsing conditions", () => {
  it("parses every form into data", () => {
    const c = parseCondition(
      {
        or: [
          { column: "status", equals: "shipped" },
          { and: [{ column: "n", in: [1, "x", true] }, { not: { column: "d", missing: true } }] },
          { column: "t", op: ">=", value: "2024-01-31" },
        ],
      },
      [],
    ).condition!;
    expect(c.kind).toBe("or");
    expect(conditionColumns(c)).toEqual(["status", "n", "d", "t"]);
    expect(describeCondition(c)).toBe(
      'status == "shipped" or (n in (1, "x", true) and not d is missing) or t >= "2024-01-31"',
    );
  });

  it("refuses each mistake at the key or value it is about", () => {
    expect(errorsOf([])).toEqual([{ path: ["c"], message: "a condition must be a mapping" }]);
    expect(errorsOf({ equals: 1 })).toEqual([
      { path: ["c"], message: "a test needs `column:`, a column name" },
    ]);
    expect(errorsOf({ column: "a" })[0]!.message).toBe(
      "a test on a takes exactly one of equals, in, missing, op (found none)",
    );
    expect(errorsOf({ column: "a", equals: 1, in: [1] })[0]!.message).toContain("(found equals, in)");
    expect(errorsOf({ column: "a", equals: 1, colour: 2 })).toEqual([
      {
        path: ["c", "colour"],
        message:
          "unknown key colour in a test (expected column and one of equals, in, missing, op with value)",
      },
    ]);
    expect(errorsOf({ column: "a", equals: 1, value: 2 })[0]!.path).toEqual(["c", "value"]);
    expect(errorsOf({ column: "a", equals: { b: 1 } })[0]!.path).toEqual(["c", "equals"]);
    expect(errorsOf({ column: "a", equals: null })[0]!.path).toEqual(["c", "equals"]);
    expect(errorsOf({ column: "a", in: [] })[0]!.path).toEqual(["c", "in"]);
    expect(errorsOf({ column: "a", in: [1, [2]] })[0]!.path).toEqual(["c", "in", 1]);
    expect(errorsOf({ column: "a", missing: "yes" })[0]!.path).toEqual(["c", "missing"]);
    expect(errorsOf({ column: "a", op: "=>", value: 1 })[0]!.message).toBe("`op` is one of < <= == != >= >");
    expect(errorsOf({ column: "a", op: ">" })[0]!.path).toEqual(["c"]);
    expect(errorsOf({ column: "a", op: ">", value: "soon" })[0]!.path).toEqual(["c", "value"]);
    expect(errorsOf({ column: "a", op: ">", value: Number.NaN })[0]!.path).toEqual(["c", "value"]);
    expect(errorsOf({ and: [] })[0]!.path).toEqual(["c", "and"]);
    expect(errorsOf({ and: [{ column: "a", equals: 1 }, 3] })[0]!.path).toEqual(["c", "and", 1]);
    expect(errorsOf({ not: { column: "a", equals: 1 }, column: "b" })[0]!.message).toBe(
      "`not` stands alone: column is not allowed next to it",
    );
    expect(errorsOf({ or: { column: "a", equals: 1 } })[0]!.message).toBe(
      "`or` takes a non-empty list of conditions",
    );
  });

  it("hostile: deep nesting, too many parts and huge lists are refused, not recursed into", () => {
    let deep: unknown = { column: "a", equals: 1 };
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    const d = errorsOf(deep);
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toBe(`conditions nest at most ${MAX_DEPTH} levels deep`);
    expect(d[0]!.path).toHaveLength(MAX_DEPTH + 1); // c, then the MAX_DEPTH nots above the refused level
    const ok = { not: { not: { column: "a", equals: 1 } } };
    expect(errorsOf(ok)).toEqual([]);
    const wide = { or: Array.from({ length: 1_000_000 }, () => ({ column: "a", equals: 1 })) };
    expect(errorsOf(wide)).toEqual([
      { path: ["c", "or", MAX_PARTS - 1], message: `a condition has at most ${MAX_PARTS} parts` },
    ]);
    const huge = { column: "a", in: Array.from({ length: MAX_IN + 1 }, (_, i) => i) };
    expect(errorsOf(huge)[0]!.message).toBe(`\`in\` takes at most ${MAX_IN} values (found ${MAX_IN + 1})`);
    const most = { column: "a", in: Array.from({ length: MAX_IN }, (_, i) => String(i)) };
    expect(selects(most, [{ a: "9999" }, { a: "10000" }])).toEqual([true, false]);
  });

  it("hostile: quotes and code-like text are values, compared as written", () => {
    const tricky = `"); process.exit(1); ("' or 1=1 --`;
    expect(selects({ column: "a", equals: tricky }, [{ a: tricky }, { a: "x" }])).toEqual([true, false]);
    expect(selects({ column: "__proto__", equals: "x" }, [{ __proto__: "x" } as never, {}])).toEqual([
      false,
      false,
    ]);
    const proto = JSON.parse('{"column": "a", "equals": 1, "__proto__": {"polluted": 1}}');
    expect(errorsOf(proto)[0]!.message).toContain("unknown key __proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("which rows a condition selects", () => {
  const rows = [
    { s: "shipped", n: "5", d: "2024-02-01", b: "TRUE" },
    { s: "pending", n: "5.0", d: "2024-01-01T10:00:00Z", b: "false" },
    { s: "", n: "NA", d: "", b: "" },
    { s: "Shipped", n: "abc", d: "soon", b: "1" },
  ];
  it("equals: numbers by value, booleans in any case, text as written; a missing cell never equals", () => {
    expect(selects({ column: "s", equals: "shipped" }, rows)).toEqual([true, false, false, false]);
    expect(selects({ column: "n", equals: 5 }, rows)).toEqual([true, true, false, false]);
    expect(selects({ column: "b", equals: true }, rows)).toEqual([true, false, false, false]);
    expect(selects({ column: "n", equals: "NA" }, rows)).toEqual([false, false, false, false]);
  });
  it("in, missing, op on numbers and instants; not of a missing cell's test is true", () => {
    expect(selects({ column: "s", in: ["pending", "Shipped"] }, rows)).toEqual([false, true, false, true]);
    expect(selects({ column: "n", missing: true }, rows)).toEqual([false, false, true, false]);
    expect(selects({ column: "n", missing: false }, rows)).toEqual([true, true, false, true]);
    expect(selects({ column: "n", op: ">=", value: 5 }, rows)).toEqual([true, true, false, false]);
    expect(selects({ column: "d", op: "<", value: "2024-01-15" }, rows)).toEqual([false, true, false, false]);
    expect(selects({ not: { column: "n", op: ">=", value: 5 } }, rows)).toEqual([false, false, true, true]);
    expect(
      selects(
        {
          or: [
            { column: "s", missing: true },
            {
              and: [
                { column: "n", equals: 5 },
                { column: "b", equals: false },
              ],
            },
          ],
        },
        rows,
      ),
    ).toEqual([false, true, true, false]);
  });
});

describe("invalid conditions through the CLI", () => {
  it("exit 2 with file:line:column for each, before any data is read", async () => {
    const dir = tempDir("mlgate-cond-");
    writeFileSync(path.join(dir, "d.csv"), "a,b\n1,2\n");
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1
data:
  - name: d
    path: d.csv
    where:
      - condition: { column: a, op: "=>", value: 1 }
        columns: { b: { min: 0 } }
      - condition: { and: [ { column: a, equals: 1 }, { column: b, between: [1, 2] } ] }
        columns: { b: { unique: true } }
`,
    );
    const r = await runNode("dist/cli.js", ["check"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("mlgate.yml:6:37 error config/condition `op` is one of < <= == != >= >");
    expect(r.stderr).toContain("mlgate.yml:8:77 error config/condition unknown key between in a test");
    expect(r.stderr).toContain("mlgate.yml:9:33 error config/where-unique");
    expect(r.stderr).not.toMatch(/ at .*\.js:\d+/);
  });

  it("nested past the limit: refused at the level too deep; 5,000 deep: the YAML reader refuses it", async () => {
    const dir = tempDir("mlgate-cond-deep-");
    writeFileSync(path.join(dir, "d.csv"), "a,b\n1,2\n");
    const deep = `${"{ not: ".repeat(5000)}{ column: a, equals: 1 }${" }".repeat(5000)}`;
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1\ndata:\n  - name: d\n    path: d.csv\n    where:\n      - condition: ${deep}\n        columns: { b: { min: 0 } }\n`,
    );
    const r = await runNode("dist/cli.js", ["check"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mlgate\.yml:1:1 error file\/too-deep /);
    expect(r.stderr).not.toMatch(/ at .*\.js:\d+/);
    const forty = `${"{ not: ".repeat(40)}{ column: a, equals: 1 }${" }".repeat(40)}`;
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      `version: 1\ndata:\n  - name: d\n    path: d.csv\n    where:\n      - condition: ${forty}\n        columns: { b: { min: 0 } }\n`,
    );
    const r40 = await runNode("dist/cli.js", ["check"], { cwd: dir });
    expect(r40.code).toBe(2);
    // The 17th `not` holds the level too deep: column 20 + 7 × 16.
    expect(r40.stderr).toContain(
      `mlgate.yml:6:${20 + 7 * 16} error config/condition conditions nest at most 16 levels deep`,
    );
  });
});
