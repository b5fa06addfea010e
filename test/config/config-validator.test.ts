import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { seeded } from "../../src/compare/significance.js";
import { configValidator } from "../../src/config/parse-config.js";
import { createAjv } from "../../src/schema/create-ajv.js";
import { validateDocument } from "../../src/schema/validate.js";
import { FILE_START } from "../../src/source/source-document.js";

/** One validator of the whole schema, compiled at run time: what the generated parts must equal. */
const whole = createAjv().compile(
  JSON.parse(readFileSync(new URL("../../schemas/mlgate.schema.json", import.meta.url), "utf8")),
);

/**
 * Errors as the diagnostics use them, sorted. By construction the schemaPath differs, and so does
 * the parent schema of an error at the top level (the root's has each block as `true`): those are
 * compared through the diagnostics made from them.
 */
const shape = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .map((e) =>
      JSON.stringify([
        e.instancePath,
        e.keyword,
        e.params,
        e.message,
        e.schema,
        e.instancePath === "" ? "" : e.parentSchema,
        e.data,
      ]),
    )
    .sort();

/** Every path at one place: the diagnostics' messages and hints are what is compared. */
const at = (data: unknown) => ({ data, locate: () => ({ range: FILE_START }) });

function agree(data: unknown, label: string): boolean {
  const valid = whole(data);
  expect(configValidator(data), label).toBe(valid);
  expect(shape(configValidator.errors), label).toEqual(shape(whole.errors));
  expect(validateDocument(configValidator, at(data), "mlgate.yml"), label).toEqual(
    validateDocument(whole, at(data), "mlgate.yml"),
  );
  return valid;
}

/** Configs of the repository: fixtures (valid and invalid) and the examples. */
function configs(): [string, unknown][] {
  const root = path.join(import.meta.dirname, "..", "..");
  const files = [
    ...["valid", "invalid"].flatMap((d) =>
      readdirSync(path.join(root, "test/fixtures/config", d)).map((f) =>
        path.join("test/fixtures/config", d, f),
      ),
    ),
    ...readdirSync(path.join(root, "examples"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join("examples", e.name, "mlgate.yml")),
  ];
  const out: [string, unknown][] = [];
  for (const file of files) {
    try {
      const data = parse(readFileSync(path.join(root, file), "utf8"));
      if (data !== undefined) out.push([file, data]);
    } catch {
      // not YAML (a fixture of a parse error), or no mlgate.yml in that example
    }
  }
  return out;
}

/** `data` with one value somewhere replaced (a wrong type, an unknown key, a removed key). */
function mutate(data: unknown, r: () => number): unknown {
  const copy = structuredClone(data);
  const spots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v))
      for (const [i, x] of v.entries()) {
        spots.push([v, i]);
        walk(x);
      }
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        spots.push([v as Record<string, unknown>, k]);
        walk(x);
      }
  };
  walk(copy);
  if (!spots.length) return copy;
  const [holder, key] = spots[Math.floor(r() * spots.length)]!;
  const choice = Math.floor(r() * 5);
  const replacement = [42, "text", null, [1, "x"], { unknown_key: true }][choice];
  const what = r();
  if (Array.isArray(holder)) holder[key as number] = replacement;
  else if (what < 0.2) delete holder[key as string];
  else if (what < 0.4) holder.not_a_key = 1;
  else holder[key as string] = replacement;
  return copy;
}

describe("the generated config validator (root, then each block's)", () => {
  const all = configs();

  it("finds what one validator of the whole schema finds, on the repository's configs", () => {
    expect(all.length).toBeGreaterThan(10);
    for (const [file, data] of all) agree(data, file);
  });

  it("and on 3,000 configs with one value broken, in every block", () => {
    const r = seeded(5);
    let invalid = 0;
    for (let i = 0; i < 3000; i++) {
      const [file, data] = all[i % all.length]!;
      if (!agree(mutate(data, r), `${file} #${i}`)) invalid++;
    }
    // Most mutations break something: the comparison is not between two empty lists.
    expect(invalid).toBeGreaterThan(1500);
  });

  it("checks a block that is not a mapping, and a root that is not one", () => {
    for (const data of [{ version: 1, lint: [] }, { version: 1, data: "x" }, [], "text", null, 3])
      agree(data, JSON.stringify(data));
  });
});
