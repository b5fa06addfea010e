// Bundle the action, the CLI and the library into dist/ (committed; CI checks it is fresh).
// Usage: node scripts/build.mjs [OUTDIR]
import { copyFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

/** The repository: packages resolve from its node_modules whatever the working directory. */
const ROOT = path.resolve(import.meta.dirname, "..");

/** Entry points and the file each becomes. */
export const ENTRIES = {
  index: "src/action/index.ts",
  cli: "src/cli/index.ts",
  // The CLI itself: dist/cli.js (the binary) loads it after starting lint workers (src/cli/index.ts).
  "cli-main": "src/cli/main.ts",
  lib: "src/lib.ts",
  "lint-worker": "src/lint/lint-worker.ts",
  "data-worker": "src/data/scan/data-worker.ts",
};

/**
 * The binary's entry imports `./main.js` and must load it as the separate bundle dist/cli-main.js:
 * bundled in, it would be compiled before the entry's first line could start the lint workers.
 */
const cliMainApart = {
  name: "cli-main-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/main\.js$/ }, (args) =>
      args.importer.endsWith(path.join("src", "cli", "index.ts"))
        ? { path: "./cli-main.js", external: true }
        : undefined,
    );
  },
};

/** Build every entry into `outdir`. */
export async function buildAll(outdir) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    // Code behind a dynamic import() (a stage, the Parquet reader, the GitHub client, pg) goes into
    // shared chunks loaded on first use: a command compiles only what it runs. Chunks sit next to
    // the entries, so `new URL("./data-worker.js", import.meta.url)` resolves from any of them.
    splitting: true,
    chunkNames: "chunk-[hash]",
    // The action runs on node24 and the CLI on Node >= 20: target the older one.
    target: "node20",
    // Prefer ES module builds: some packages (jsonc-parser) ship a UMD "main" that cannot be bundled.
    mainFields: ["module", "main"],
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: 'import { createRequire as __mlgateRequire } from "node:module";\nconst require = __mlgateRequire(import.meta.url);',
    },
    // DuckDB's native binding (68 MB, one package per platform) is not bundled: `engine: duckdb`
    // loads it when a source asks for it (src/io/sql-connection.ts) and says how to install it.
    external: ["@duckdb/node-api"],
    plugins: [cliMainApart],
    legalComments: "eof",
    logLevel: "warning",
    charset: "utf8",
  });
  // Packages loaded at their first use (src/vendor/lazy-module.ts), each bundled alone as
  // dist/vendor-<name>.cjs, which the bundles load by file name instead of carrying the package.
  for (const name of ["yaml", "re2js"]) {
    await build({
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ROOT },
      outfile: path.join(outdir, `vendor-${name}.cjs`),
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      legalComments: "eof",
      logLevel: "warning",
      charset: "utf8",
    });
  }
  // The config's block validators, loaded by file name next to the bundle that needs one
  // (src/config/parse-config.ts): copied, not bundled, so that a run loads only those it uses.
  const config = path.join(ROOT, "src", "config");
  for (const name of await readdir(config)) {
    if (/^config-block-[a-z_]+\.generated\.cjs$/.test(name))
      await copyFile(path.join(config, name), path.join(outdir, name));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll(path.resolve(process.argv[2] ?? "dist"));
}
