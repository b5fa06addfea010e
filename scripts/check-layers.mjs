// The layering check (run by `npm test`): fails on an import a layer may not make, on a cycle
// between folders of src/, and on a function longer than MAX_LINES that is not listed below with
// its reason. docs/architecture.md says what each folder may import and why.
//   node scripts/check-layers.mjs [--verbose]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
const SRC = path.join(ROOT, "src");
/** Longer functions are hard to read at once; the issue that set this measured 757 in one. */
const MAX_LINES = 150;

/** Functions allowed past MAX_LINES, as "file:name", each with the reason. */
const LONG_ALLOWED = {
  "src/readers/csv-bytes.ts:scan":
    "the CSV byte scanner's hot loop: one function keeps the state machine in locals (splitting it measured slower)",
};

/** Folders that hold stages: they take values and return values (DESIGN.md, "Pure core"). */
const STAGE_FOLDERS = ["lint", "data", "model", "suites", "compare"];

/** Imports a folder may not make: [from folder, forbidden target, why]. */
const FORBIDDEN = [
  ...STAGE_FOLDERS.flatMap((f) => [
    [f, "github", "stages get values; only the shells and the baseline resolver reach GitHub"],
    [f, "node:child_process", "stages spawn nothing; suites run through io/run-command"],
  ]),
  ["readers", "data", "the reading layer knows nothing of the checks"],
  ["readers", "model", "the reading layer knows nothing of the checks"],
  ["report", "gate", "the engine calls the gate; the report is data"],
  ["config", "render", "config is read before anything is rendered"],
  ["config", "stages", "config is read before any stage exists"],
];

/** Findings known and accepted (none: a new one is fixed, or its function listed in LONG_ALLOWED). */
const KNOWN = new Set([]);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

/** The folder of a file under src/ (a file at its top is its own node, e.g. "version.ts"). */
function folderOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0] : rel[0].replace(/\.js$/, ".ts");
}

/** The name of a function-like node, for messages and the allow list. */
function nameOf(node, sf) {
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(sf);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  return "(anonymous)";
}

const problems = [];
const edges = new Map();
const files = walk(SRC);
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const rel = path.relative(ROOT, file);
  const from = folderOf(file);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const line = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node) => {
    // A dynamic import() (code loaded on first use: a stage, the Parquet reader) is an import too.
    const dynamic =
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
        ? node.arguments[0].text
        : undefined;
    if (
      dynamic !== undefined ||
      ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier))
    ) {
      const spec = dynamic ?? node.moduleSpecifier.text;
      let to;
      if (spec.startsWith(".")) to = folderOf(path.resolve(path.dirname(file), spec));
      else if (spec === "node:child_process" || spec === "child_process") to = "node:child_process";
      if (to && to !== from) {
        if (to !== "node:child_process") {
          if (!edges.has(from)) edges.set(from, new Map());
          const why = edges.get(from);
          if (!why.has(to)) why.set(to, `${rel}:${line(node.getStart(sf))}`);
        }
        for (const [f, t, reason] of FORBIDDEN)
          if (f === from && t === to)
            problems.push(`${rel}:${line(node.getStart(sf))}: ${from}/ imports ${to}: ${reason}`);
      }
    }
    if (
      STAGE_FOLDERS.includes(from) &&
      ts.isPropertyAccessExpression(node) &&
      node.getText(sf) === "process.env"
    )
      problems.push(
        `${rel}:${line(node.getStart(sf))}: ${from}/ reads process.env: stages get settings, not the environment`,
      );
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const lines = line(node.getEnd()) - line(node.getStart(sf)) + 1;
      const key = `${rel}:${nameOf(node, sf)}`;
      if (lines > MAX_LINES && !(key in LONG_ALLOWED))
        problems.push(
          `${rel}:${line(node.getStart(sf))}: ${nameOf(node, sf)} is ${lines} lines (max ${MAX_LINES})`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// Cycles between folders: a folder that reaches itself through its imports.
const seen = new Set();
for (const start of edges.keys()) {
  const stack = [[start, [start]]];
  const visited = new Set();
  while (stack.length) {
    const [at, trail] = stack.pop();
    for (const next of edges.get(at)?.keys() ?? []) {
      if (next === start) {
        const cycle = [...trail, start];
        const key = [...cycle].slice(0, -1).sort().join(",");
        if (!seen.has(key)) {
          seen.add(key);
          const steps = cycle
            .slice(0, -1)
            .map((f, i) => `${f} -> ${cycle[i + 1]} (${edges.get(f).get(cycle[i + 1])})`);
          problems.push(`cycle between folders: ${steps.join("; ")}`);
        }
      } else if (!visited.has(next)) {
        visited.add(next);
        stack.push([next, [...trail, next]]);
      }
    }
  }
}

/** The folder graph as a mermaid flowchart (files at the top of src/ left out: lib.ts, version.ts). */
function mermaid() {
  const lines = ["flowchart TD"];
  for (const from of [...edges.keys()].filter((f) => !f.endsWith(".ts") && f !== "..").sort())
    for (const to of [...edges.get(from).keys()].filter((t) => !t.endsWith(".ts") && t !== "..").sort())
      lines.push(`  ${from} --> ${to}`);
  return lines.join("\n");
}
if (process.argv.includes("--mermaid")) {
  console.log(mermaid());
  process.exit(0);
}
// docs/architecture.md draws this graph: it must be the graph the code has.
const ARCHITECTURE = path.join(ROOT, "docs/architecture.md");
const drawn = readFileSync(ARCHITECTURE, "utf8").match(/```mermaid\n([\s\S]*?)\n```/)?.[1];
if (drawn !== mermaid())
  problems.push(
    "docs/architecture.md: its mermaid graph is not the folder graph of src/ (paste `node scripts/check-layers.mjs --mermaid`)",
  );

const fresh = problems.filter((p) => !KNOWN.has(p));
if (process.argv.includes("--verbose") || fresh.length) for (const p of problems) console.log(p);
if (fresh.length) {
  console.error(
    `check-layers: ${fresh.length} problem${fresh.length === 1 ? "" : "s"} (see docs/architecture.md)`,
  );
  process.exit(1);
}
console.log(
  `check-layers: ${files.length} files, no forbidden import, no cycle, no function over ${MAX_LINES} lines`,
);
