import { build } from "esbuild";
import path from "node:path";
const [outdir, mode] = process.argv.slice(2);
const cliMainApart = { name: "a", setup(b) { b.onResolve({ filter: /^\.\/main\.js$/ }, (args) => args.importer.endsWith(path.join("src", "cli", "index.ts")) ? { path: "./cli-main.js", external: true } : undefined); } };
await build({ entryPoints: { cli: "src/cli/index.ts", "cli-main": "src/cli/main.ts", "lint-worker": "src/lint/lint-worker.ts", "data-worker": "src/data/scan/data-worker.ts" }, outdir, bundle: true, platform: "node", format: "esm", target: "node20", mainFields: ["module", "main"],
  banner: { js: 'import { createRequire as __mlgateRequire } from "node:module";\nconst require = __mlgateRequire(import.meta.url);' },
  external: ["@duckdb/node-api"], plugins: [cliMainApart], legalComments: "eof", logLevel: "warning", charset: "utf8",
  ...(mode === "min" ? { minify: true } : mode === "ws" ? { minifyWhitespace: true, minifySyntax: true } : {}) });
