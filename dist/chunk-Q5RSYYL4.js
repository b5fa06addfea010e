"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_Q5RSYYL4_exports = {};
__export(chunk_Q5RSYYL4_exports, {
  runInitCommand: () => runInitCommand
});
module.exports = __toCommonJS(chunk_Q5RSYYL4_exports);
var import_chunk_P4YE7HYU = require("./chunk-P4YE7HYU.js");
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var ACTION_REPOSITORY = "OWNER/mlgate";
var CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/v1/schemas/mlgate.schema.json`;
var SPECIAL = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
var PLAIN = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;
function yamlString(s) {
  return PLAIN.test(s) && !SPECIAL.test(s) ? s : JSON.stringify(s);
}
function yamlScalar(v) {
  return typeof v === "string" ? yamlString(v) : String(v);
}
function flow(obj) {
  const parts = Object.entries(obj).map(([k, v]) => `${yamlString(k)}: ${flowValue(v)}`);
  return `{ ${parts.join(", ")} }`;
}
function flowValue(v) {
  if (Array.isArray(v)) return `[${v.map(flowValue).join(", ")}]`;
  if (v !== null && typeof v === "object") return flow(v);
  return yamlScalar(v);
}
function comment(text) {
  return `# ${text.replace(/[\r\n]+/g, " ")}`;
}
function globLiteral(file) {
  return file.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}
var MISSING_SLACK_POINTS = 1;
function columnChecks(c) {
  const checks = {};
  if (c.type && c.type !== "string") checks.type = c.type;
  if (c.min !== void 0 && c.max !== void 0 && !c.uniqueId) {
    checks.min = c.min;
    checks.max = c.max;
  }
  if (c.uniqueId) checks.unique = true;
  if (c.categories) checks.allowed = c.categories;
  if (c.missing === 0) checks.missing = { max: 0 };
  else {
    const percent = 100 * c.missing / c.rows;
    checks.missing = { max_percent: Math.min(100, Math.ceil(percent + MISSING_SLACK_POINTS)) };
  }
  return checks;
}
function names(files) {
  const stem = (f) => f.split("/").pop().replace(/\.(?:csv|tsv|jsonl|ndjson|parquet)(?:\.gz)?$/i, "");
  const stems = files.map(stem);
  return files.map((f, i) => stems.indexOf(stems[i]) === stems.lastIndexOf(stems[i]) ? stems[i] : f);
}
function dataBlock(profiles) {
  if (!profiles.length) return [];
  const lines = [
    "# Data checks from a profile of each file as it is now: types, the observed range of numbers,",
    `# missing values (none, or the share seen plus ${MISSING_SLACK_POINTS} point), id columns that are unique, and the`,
    "# values of text columns with few of them. Widen what new data may rightly change.",
    "data:"
  ];
  const dataset = names(profiles.map((p) => p.file));
  profiles.forEach((p, i) => {
    lines.push(`  - name: ${yamlString(dataset[i])}`);
    lines.push(`    path: ${yamlString(globLiteral(p.file))}`);
    lines.push(
      `    row_count: { min: ${Math.max(1, Math.floor(p.rows / 2))} }   ${comment(`half of the ${p.rows} rows it has now`)}`
    );
    const columns = p.columns.map((c) => [c, columnChecks(c)]).filter(([, ch]) => Object.keys(ch).length);
    if (!columns.length) return;
    lines.push("    columns:");
    for (const [c, checks] of columns) lines.push(`      ${yamlString(c.name)}: ${flow(checks)}`);
  });
  lines.push("");
  return lines;
}
var SAMPLED_ITEMS = 50;
var MAX_DEPTH = 12;
function draftSchema(value, title) {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title,
    description: `Draft written by mlgate init from ${title}: types and required keys as they were. Tighten it: add minimum/maximum, enum, pattern, and set additionalProperties: false where extra keys are mistakes.`,
    ...schemaOf(value, 0)
  };
}
function typeOf(value) {
  if (value === null) return "null";
  if (value instanceof Date) return "date";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean" || typeof value === "string" || typeof value === "object")
    return typeof value;
  return "string";
}
function schemaOf(value, depth) {
  const type = typeOf(value);
  if (depth >= MAX_DEPTH || type === "date") return {};
  if (type === "object") {
    const obj = value;
    const keys = Object.keys(obj);
    const properties = {};
    for (const k of keys) properties[k] = schemaOf(obj[k], depth + 1);
    return keys.length ? { type, required: keys, properties } : { type };
  }
  if (type === "array") {
    const items = value.slice(0, SAMPLED_ITEMS).map((v) => schemaOf(v, depth + 1));
    const first = items[0];
    if (first === void 0) return { type };
    const same = items.every((s) => s.type === first.type);
    if (same && first.type !== "object") return { type, items: first };
    if (same) return { type, items: { type: "object" } };
    return { type, items: { type: [...new Set(items.map((s) => s.type))].sort() } };
  }
  return { type };
}
var IGNORED = [
  "**/.*/**",
  "**/node_modules/**",
  "**/{venv,env,site-packages,__pycache__,dist,build,mlruns,wandb,outputs,logs}/**"
];
var NOT_CONFIG = /(?:^|\/)(?:mlgate\.ya?ml|dvc\.lock|[^/]*lock\.(?:json|ya?ml)|package(?:-lock)?\.json|tsconfig[^/]*\.json|pyproject\.toml|Pipfile|poetry\.lock|environment\.ya?ml|conda\.ya?ml|\.pre-commit-config\.yaml|codecov\.ya?ml|mkdocs\.ya?ml|docker-compose[^/]*\.ya?ml|credentials[^/]*|[^/]*\.schema\.json)$/i;
var METRICS = /(?:^|\/)(?:[^/]*metrics[^/]*|scores?)\.(?:json|ya?ml)$/i;
var DATA = /\.(?:csv|tsv|jsonl|ndjson|parquet)(?:\.gz)?$/i;
var MAX_DATA_FILES = 8;
var MAX_CONFIGS = 20;
function builtinSchemaFor(file) {
  if (/(?:^|\/)dvc\.yaml$/.test(file)) return "dvc";
  if (/(?:^|\/)MLproject$/.test(file)) return "mlflow-project";
  if (/(?:^|\/)conf\/[^/]+\/(?:[^/]+\/)*catalog[^/]*\.ya?ml$/.test(file)) return "kedro-catalog";
  return void 0;
}
async function inspectRepository(ws) {
  const all = await ws.glob(["**/*"], IGNORED);
  const found = { builtin: [], configs: [], data: [], metrics: [], pytest: [] };
  for (const file of all) {
    const builtin = builtinSchemaFor(file);
    if (builtin) found.builtin.push({ file, schema: builtin });
    else if (METRICS.test(file)) found.metrics.push(file);
    else if (DATA.test(file)) found.data.push(file);
    else if (/\.(?:ya?ml|toml)$/i.test(file) || /(?:^|\/)(?:conf|configs?|params)[^/]*\/.*\.json$|(?:^|\/)params[^/]*\.json$/i.test(file)) {
      if (!NOT_CONFIG.test(file)) found.configs.push(file);
    }
  }
  found.data = found.data.slice(0, MAX_DATA_FILES);
  found.configs = found.configs.slice(0, MAX_CONFIGS);
  const tests = all.filter((f) => /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/.test(f));
  const folders = new Set(tests.map((f) => f.split("/")[0]).filter((top) => !top.endsWith(".py")));
  found.pytest = tests.length ? folders.size ? [...folders].sort() : ["."] : [];
  return found;
}
var THRESHOLD_TOLERANCE_PERCENT = 2;
var LOWER = /(?:^|[^a-z])(?:loss|error|err|rmse|mse|mae|mape|latency|brier|perplexity|wer|cer)(?:$|[^a-z])/i;
var HIGHER = /(?:^|[^a-z])(?:accuracy|acc|auc|f1|precision|recall|r2|map|ndcg|bleu|rouge|iou|dice)(?:$|[^a-z])/i;
function directionOf(name) {
  for (const part of name.split(".").reverse()) {
    if (LOWER.test(part)) return "lower";
    if (HIGHER.test(part)) return "higher";
  }
  return "none";
}
function flattenMetrics(data, prefix = "", out = []) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return out;
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "number" && Number.isFinite(value))
      out.push({ name, value, direction: directionOf(name) });
    else if (value && typeof value === "object") flattenMetrics(value, name, out);
  }
  return out;
}
function thresholdOf(m) {
  const t = THRESHOLD_TOLERANCE_PERCENT / 100;
  if (m.direction === "higher") return { min: roundTo4(m.value - Math.abs(m.value) * t, Math.floor) };
  return { max: roundTo4(m.value + Math.abs(m.value) * t, Math.ceil) };
}
function roundTo4(v, round) {
  if (v === 0) return 0;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 3);
  return Number((round(Number((v / unit).toPrecision(12))) * unit).toPrecision(12));
}
var COMPARE_TOLERANCE_PERCENT = 2;
var fileList = (files) => files.length === 1 ? yamlString(files[0].file) : `[${files.map((f) => yamlString(f.file)).join(", ")}]`;
function modelBlock(files) {
  const gated = files.flatMap((f) => f.metrics).filter((m) => m.direction !== "none");
  if (!files.length) return [];
  const lines = [
    `# Thresholds at the current values minus ${THRESHOLD_TOLERANCE_PERCENT}% (plus ${THRESHOLD_TOLERANCE_PERCENT}% where lower is better).`,
    "model:",
    `  metrics: ${fileList(files)}`
  ];
  if (gated.length) {
    lines.push("  thresholds:");
    for (const m of dedupe(gated))
      lines.push(`    ${yamlString(m.name)}: ${flow(thresholdOf(m))}   ${comment(`now ${m.value}`)}`);
  } else
    lines.push("  # thresholds: none proposed: no metric name says which way is better (see compare below)");
  lines.push("");
  return lines;
}
function compareBlock(files, params) {
  if (!files.length) return [];
  const all = dedupe(files.flatMap((f) => f.metrics));
  const gated = all.filter((m) => m.direction !== "none");
  const lines = [
    "# The comparison with the base branch's run. Directions come from the names: loss, error,",
    "# latency lower; accuracy, auc, f1, precision, recall higher.",
    "compare:",
    `  metrics: ${fileList(files)}`
  ];
  if (params.length) lines.push(`  params: [${params.map(yamlString).join(", ")}]   # shown as what changed`);
  lines.push("  baseline: { from: auto }   # the last push run's artifact on the base branch, else git");
  if (gated.length) {
    lines.push("  rules:");
    for (const m of gated) {
      const rule = m.direction === "higher" ? { direction: "higher", max_drop_percent: COMPARE_TOLERANCE_PERCENT } : { direction: "lower", max_rise_percent: COMPARE_TOLERANCE_PERCENT };
      lines.push(`    ${yamlString(m.name)}: ${flow(rule)}`);
    }
  }
  const free = all.filter((m) => m.direction === "none").map((m) => m.name);
  if (free.length) {
    lines.push(
      `  ${comment(`Not gated (the name gives no direction; add a rule to gate one): ${free.join(", ")}`)}`
    );
  }
  lines.push("");
  return lines;
}
function dedupe(metrics) {
  const seen = /* @__PURE__ */ new Set();
  return metrics.filter((m) => !seen.has(m.name) && seen.add(m.name));
}
var MAX_CATEGORIES = 12;
var MAX_ID_VALUES = 2e5;
var MAX_ROWS = 1e6;
var TYPES = ["integer", "number", "date", "timestamp", "string"];
var ID_NAME = /(?:^|[_\-. ])id$|^id[_\-. ]|[a-z]Id$|^(?:uuid|key)$/i;
async function profileData(ws, file) {
  const reader = (0, import_chunk_4HHBHUEK.readerFor)(file);
  if (!reader) return void 0;
  let header = [];
  let accs = [];
  let rows = 0;
  const stop = new Error("enough rows");
  try {
    await reader(ws, file, (row) => {
      if (row.index === 0) {
        header = row.fields;
        accs = header.map((name) => ({
          missing: 0,
          types: new Set(TYPES),
          min: Number.POSITIVE_INFINITY,
          max: Number.NEGATIVE_INFINITY,
          categories: /* @__PURE__ */ new Set(),
          ids: ID_NAME.test(name) ? /* @__PURE__ */ new Set() : void 0
        }));
        return;
      }
      if (++rows > MAX_ROWS) throw stop;
      for (let i = 0; i < accs.length; i++) addCell(accs[i], row.fields[i] ?? "");
    });
  } catch (err) {
    if (err !== stop) return void 0;
    rows = MAX_ROWS;
  }
  if (!header.length) return void 0;
  return { file, rows, columns: header.map((name, i) => columnProfile(name, rows, accs[i])) };
}
function addCell(a, text) {
  if ((0, import_chunk_HOHXXIQW.isMissing)(text)) {
    a.missing++;
    a.ids = void 0;
    return;
  }
  for (const t of a.types) if (!(0, import_chunk_HOHXXIQW.hasType)(text, t)) a.types.delete(t);
  const n = (0, import_chunk_HOHXXIQW.toNumber)(text);
  if (n !== void 0) {
    if (n < a.min) a.min = n;
    if (n > a.max) a.max = n;
  }
  if (a.categories) {
    a.categories.add(text);
    if (a.categories.size > MAX_CATEGORIES) a.categories = void 0;
  }
  if (a.ids) {
    if (a.ids.has(text) || a.ids.size >= MAX_ID_VALUES) a.ids = void 0;
    else a.ids.add(text);
  }
}
function columnProfile(name, rows, a) {
  const present = rows - a.missing;
  const type = present > 0 ? TYPES.find((t) => a.types.has(t)) : void 0;
  const numeric = type === "integer" || type === "number";
  const p = { name, rows, missing: a.missing, uniqueId: Boolean(a.ids) && present > 1 };
  if (type) p.type = type;
  if (numeric && Number.isFinite(a.min)) {
    p.min = a.min;
    p.max = a.max;
  }
  if (type === "string" && a.categories && !p.uniqueId && present >= 4 * a.categories.size)
    p.categories = [...a.categories].sort();
  return p;
}
function workflowText(options) {
  const { branch, python, requirements } = options;
  const setup = python ? `      - uses: actions/setup-python@v6
        with: { python-version: "3.12" }
      - run: pip install ${requirements ? `-r ${requirements}` : "pytest"}
` : "";
  return `# Written by mlgate init. On a pull request mlgate checks the change, compares its metrics with
# the base branch's last run, posts one scorecard comment and a check run, and fails the job when
# the gate fails (require the "mlgate" check in branch protection to block the merge). On a push
# to ${branch} it records the baseline the next pull requests compare with.
name: mlgate
on:
  pull_request:
  push:
    branches: [${branch}]

# Nothing by default; the job asks for what it uses.
permissions: {}

# One run per pull request (or branch): a new push cancels the run it makes stale.
concurrency:
  group: mlgate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  mlgate:
    runs-on: ubuntu-latest
    permissions:
      contents: read        # check out the code
      pull-requests: write  # the scorecard comment
      checks: write         # the check run and its annotations
      actions: read         # the base branch's baseline artifact
    steps:
      - uses: actions/checkout@v5
${setup}      # Your pipeline goes here, before mlgate: it writes the metrics and data mlgate checks.
      # - run: python train.py
      - uses: ${ACTION_REPOSITORY}@v1
`;
}
var JUNIT = "reports/junit.xml";
var MAX_CONFIG_BYTES = 1024 * 1024;
async function readConfig(ws, file) {
  let text;
  try {
    text = await ws.readText(file, MAX_CONFIG_BYTES);
  } catch (err) {
    return { problem: err.message };
  }
  const parsed = (0, import_chunk_LWPY43F3.parseFile)(text, file);
  const error = parsed.diagnostics.find((d) => d.severity === "error");
  if (error)
    return { problem: `${error.message}${error.range ? ` (line ${error.range.start.line + 1})` : ""}` };
  if (parsed.documents.length !== 1) return { problem: "not one document" };
  return { data: parsed.documents[0].data };
}
function draftPath(file) {
  const base = file.replace(/\.(?:ya?ml|json|toml)$/i, "").replace(/[^A-Za-z0-9_.-]+/g, "-");
  return `schemas/${base}.schema.json`;
}
async function planInit(ws, branch) {
  const found = await inspectRepository(ws);
  const files = [];
  const skipped = [];
  const targets = [];
  for (const { file, schema } of found.builtin)
    targets.push(`    - files: ${yamlString(globLiteral(file))}`, `      schema: builtin:${schema}`);
  for (const file of found.configs) {
    const read = await readConfig(ws, file);
    if ("problem" in read) {
      skipped.push(`${file}: not linted (${read.problem})`);
      continue;
    }
    const schema = draftPath(file);
    files.push({ path: schema, text: `${JSON.stringify(draftSchema(read.data, file), null, 2)}
` });
    targets.push(
      `    - files: ${yamlString(globLiteral(file))}`,
      `      schema: ${yamlString(schema)}   # a draft: tighten it`
    );
  }
  const profiles = [];
  for (const file of found.data) {
    const p = await profileData(ws, file);
    if (p && p.rows > 0) profiles.push(p);
    else skipped.push(`${file}: no data checks (unreadable or empty)`);
  }
  const metrics = [];
  for (const file of found.metrics) {
    const read = await readConfig(ws, file);
    const found2 = "data" in read ? flattenMetrics(read.data) : [];
    if (found2.length) metrics.push({ file, metrics: found2 });
    else skipped.push(`${file}: no metrics (${"problem" in read ? read.problem : "no numbers in it"})`);
  }
  const params = found.configs.filter((f) => /(?:^|\/)params[^/]*\.(?:ya?ml|json|toml)$/i.test(f));
  const config = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# Written by mlgate init from what the repository holds now; every check below passes on it.",
    "# Run `mlgate check`, then tighten what matters. Reference: mlgate schema, docs/configuration.md.",
    "version: 1",
    "",
    "# Which environment a run targets (first match wins; --env overrides): add e.g.",
    `# production: { branches: [${branch}], deploy: true } to gate deploys more strictly.`,
    "environments:",
    "  dev: { default: true }",
    "",
    ...targets.length ? [
      "# Config files and the schema each must follow (builtin: schemas ship with mlgate).",
      "lint:",
      "  targets:",
      ...targets,
      ""
    ] : [],
    ...dataBlock(profiles),
    ...modelBlock(metrics),
    ...testsBlock(found.pytest),
    ...compareBlock(metrics, params),
    "gates:",
    "  fail_on: error   # error | warning | never",
    ...skipped.length ? ["", "# Found but left out:", ...skipped.map((s) => comment(s))] : [],
    ""
  ];
  const requirements = await ws.exists("requirements.txt") ? "requirements.txt" : void 0;
  files.unshift({ path: "mlgate.yml", text: config.join("\n") });
  files.push({
    path: ".github/workflows/mlgate.yml",
    text: workflowText({ branch, python: found.pytest.length > 0 || Boolean(requirements), requirements })
  });
  return { files, skipped };
}
function testsBlock(folders) {
  if (!folders.length) return [];
  const where = folders.length === 1 && folders[0] === "." ? "" : ` ${folders.join(" ")}`;
  return [
    "# The team's own suites. junit_family=xunit1 puts each test's file and line in the report.",
    "tests:",
    "  - name: pytest",
    `    run: python -m pytest${where} --junitxml=${JUNIT} -o junit_family=xunit1`,
    `    junit: ${JUNIT}`,
    "    timeout: 10m",
    ""
  ];
}
async function runInitCommand(request) {
  const { dir, force, dryRun } = request;
  const context = await (0, import_chunk_P4YE7HYU.readBranchContext)({}, dir);
  const branch = context.defaultBranch ?? context.branch ?? "main";
  const plan = await planInit((0, import_chunk_TEV5JGM7.createWorkspace)(dir), branch);
  if (dryRun) {
    for (const f of plan.files) process.stdout.write(`--- ${f.path}
${f.text}`);
    return 0;
  }
  const blocked = plan.files.filter((f) => (0, import_node_fs.existsSync)(import_node_path.default.join(dir, f.path)));
  if (blocked.length && !force && blocked.some((f) => f.path === "mlgate.yml")) {
    process.stderr.write(
      `mlgate: ${import_node_path.default.join(dir, "mlgate.yml")} already exists; pass --force to overwrite it (or --dry-run to see what init would write)
`
    );
    return 2;
  }
  for (const f of plan.files) {
    const target = import_node_path.default.join(dir, f.path);
    if (!force && (0, import_node_fs.existsSync)(target)) {
      process.stdout.write(`kept     ${f.path} (exists; --force overwrites it)
`);
      continue;
    }
    (0, import_node_fs.mkdirSync)(import_node_path.default.dirname(target), { recursive: true });
    (0, import_node_fs.writeFileSync)(target, f.text);
    process.stdout.write(`wrote    ${f.path}
`);
  }
  for (const s of plan.skipped) process.stdout.write(`skipped  ${s}
`);
  process.stdout.write(
    "\nNext: mlgate check   (then commit mlgate.yml, schemas/ and .github/workflows/mlgate.yml)\n"
  );
  return 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runInitCommand
});
