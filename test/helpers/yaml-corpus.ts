/** YAML files and paths used to compare the lean parsers with yaml@2. */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { JsonPath } from "../../src/source/locate.js";

/** Every path in `data` (keys and items, collections and leaves). */
export function allPaths(data: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(data)) {
    for (const [i, v] of data.entries()) out.push(...allPaths(v, [...prefix, i]));
  } else if (data && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) out.push(...allPaths(v, [...prefix, k]));
  }
  return out;
}

/** The YAML files of the test fixtures and the examples. */
export function yamlFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  const root = path.join(import.meta.dirname, "..");
  for (const d of ["fixtures/yaml-lines", "fixtures/lint", "fixtures/config", "../examples"])
    walk(path.join(root, d));
  return out.sort();
}
