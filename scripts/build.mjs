// Bundle the action, the CLI and the library into dist/ (committed; CI checks it is fresh).
// Usage: node scripts/build.mjs [OUTDIR]
import { copyFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, transform } from "esbuild";

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
    // DuckDB's native binding (68 MB, one package per platform) is not bundled: `engine: duckdb`
    // loads it when a source asks for it (src/io/sql-connection.ts) and says how to install it.
    external: ["@duckdb/node-api"],
    plugins: [cliMainApart],
    legalComments: "eof",
    logLevel: "warning",
    charset: "utf8",
  });
  await toCommonJs(outdir);
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

/**
 * Turn the bundles esbuild wrote as ES modules (it splits code into shared chunks only for that
 * format) into CommonJS files, and mark dist/ as CommonJS. Node 20 loads CommonJS faster: measured
 * on bench/lint's corpus, the same lint run 0.93x the time (the ESM loader's own modules, its
 * asynchronous resolution of each chunk, and a slower compile: `mlgate --help` loading all 2.1 MB
 * of the CLI at once took 200 ms over Node's start as one ES module, 117 ms as CommonJS).
 * A dynamic import() becomes a require() (of a chunk, or of a package such as DuckDB's, which is
 * CommonJS); import.meta.url the file's own URL; strict mode stays, as ES modules had it.
 */
async function toCommonJs(outdir) {
  for (const name of await readdir(outdir)) {
    if (!name.endsWith(".js")) continue;
    const file = path.join(outdir, name);
    const { code } = await transform(await readFile(file, "utf8"), {
      format: "cjs",
      // Node's platform: the exports are also listed in the form Node's ESM loader detects, so
      // that \`import { parseConfig } from "mlgate"\` still works.
      platform: "node",
      loader: "js",
      sourcefile: name,
      target: "node20",
      supported: { "dynamic-import": false },
      define: { "import.meta.url": "__mlgateUrl" },
      banner: '"use strict";\nvar __mlgateUrl = require("node:url").pathToFileURL(__filename).href;',
      legalComments: "eof",
      charset: "utf8",
      logLevel: "warning",
    });
    await writeFile(file, code);
  }
  await writeFile(path.join(outdir, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll(path.resolve(process.argv[2] ?? "dist"));
}
