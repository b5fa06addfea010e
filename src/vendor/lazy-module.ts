/**
 * Dependencies loaded at their first use rather than with the bundle that calls them: yaml@2 (the
 * full YAML parser, for what the lean parser declines) and RE2JS (for patterns V8's engine cannot
 * run in linear time). A lint run of plain configs against plain patterns needs neither, and the
 * bundle no longer parses their 530 KB at every start (measured on bench/lint's run, 11 alternating
 * runs: the CLI loaded 38 ms sooner, and the config, whose patterns no longer load RE2JS, was read
 * 26 ms sooner).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * A loader of package `name`: from `vendor-<name>.cjs` next to this code when it is there (dist/,
 * where the build writes each package bundled alone), else from node_modules (from the sources).
 */
function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      const load = createRequire(import.meta.url);
      const bundled = fileURLToPath(new URL(`./vendor-${name}.cjs`, import.meta.url));
      loaded = (existsSync(bundled) ? load(bundled) : load(name)) as T;
    }
    return loaded;
  };
}

// scripts/build.mjs writes a vendor file for each package below.

/** yaml@2. */
export const yamlLib = lazyModule<typeof import("yaml")>("yaml");

/** RE2JS. */
export const re2js = lazyModule<typeof import("re2js")>("re2js");
