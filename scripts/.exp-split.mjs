import { build } from "esbuild";
import path from "node:path";
import { writeFileSync } from "node:fs";
const [outdir] = process.argv.slice(2);
const cliMainApart = { name: "a", setup(b) { b.onResolve({ filter: /^\.\/main\.js$/ }, (args) => args.importer.endsWith(path.join("src", "cli", "index.ts")) ? { path: "./cli-main.js", external: true } : undefined); } };
const r = await build({ entryPoints: { index: "src/action/index.ts", cli: "src/cli/index.ts", "cli-main": "src/cli/main.ts", lib: "src/lib.ts", "lint-worker": "src/lint/lint-worker.ts", "data-worker": "src/data/scan/data-worker.ts" }, outdir, bundle: true, platform: "node", format: "esm", target: "node20", mainFields: ["module", "main"],
  banner: { js: 'import { createRequire as __mlgateRequire } from "node:module";\nconst require = __mlgateRequire(import.meta.url);' },
  splitting: true, chunkNames: "chunk-[hash]", metafile: true,
  external: ["@duckdb/node-api"], plugins: [cliMainApart], legalComments: "eof", logLevel: "warning", charset: "utf8" });
writeFileSync(path.join(outdir, "..", path.basename(outdir) + ".meta.json"), JSON.stringify(r.metafile));
const outs = r.metafile.outputs;
const key = (f) => Object.keys(outs).find((k) => k.endsWith("/" + f));
function closure(f) { const seen = new Set(); const st = [key(f)]; while (st.length) { const k = st.pop(); if (seen.has(k)) continue; seen.add(k); for (const i of outs[k].imports) if (i.kind === "import-statement" && !i.external) st.push(i.path.startsWith("/") ? i.path : Object.keys(outs).find(o => o.endsWith(path.basename(i.path)))); } return seen; }
for (const e of ["cli-main.js", "lint-worker.js", "data-worker.js", "index.js"]) {
  const c = closure(e); let bytes = 0; const inputs = new Map();
  for (const k of c) { bytes += outs[k].bytes; for (const [f, v] of Object.entries(outs[k].inputs)) { const p = f.includes("node_modules/") ? f.split("node_modules/").pop().split("/").slice(0, f.split("node_modules/").pop().startsWith("@") ? 2 : 1).join("/") : f.split("/").slice(0, 3).join("/"); inputs.set(p, (inputs.get(p) ?? 0) + v.bytesInOutput); } }
  console.log(e, "static closure", (bytes / 1024).toFixed(0), "KB in", c.size, "files; top:", [...inputs].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`).join(", "));
}
