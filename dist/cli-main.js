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
var cli_main_exports = {};
__export(cli_main_exports, {
  EXIT: () => EXIT,
  main: () => main
});
module.exports = __toCommonJS(cli_main_exports);
var import_chunk_DDJH3ICS = require("./chunk-DDJH3ICS.js");
var import_chunk_P4YE7HYU = require("./chunk-P4YE7HYU.js");
var import_chunk_AWD24VCE = require("./chunk-AWD24VCE.js");
var import_chunk_5YRTXGYO = require("./chunk-5YRTXGYO.js");
var import_chunk_YHQKND5W = require("./chunk-YHQKND5W.js");
var import_chunk_PMJDWGDD = require("./chunk-PMJDWGDD.js");
var import_chunk_HI6AAJID = require("./chunk-HI6AAJID.js");
var import_chunk_ZSXKQYUC = require("./chunk-ZSXKQYUC.js");
var import_chunk_A72DGWRH = require("./chunk-A72DGWRH.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_CBQHX6JX = require("./chunk-CBQHX6JX.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_7GL4YUX4 = require("./chunk-7GL4YUX4.js");
var import_chunk_IDCT4TUJ = require("./chunk-IDCT4TUJ.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var import_node_util = require("node:util");
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"));
function useColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !(force === "0" || force.toLowerCase() === "false");
  if (env.NO_COLOR) return false;
  return isTTY;
}
var formats = Object.keys(import_chunk_YHQKND5W.RENDERERS).join(", ");
var OPTIONS = {
  dir: {
    type: "string",
    short: "C",
    value: "DIR",
    description: "look for mlgate.yml in DIR, then up to the git root (default: the current folder)"
  },
  config: {
    type: "string",
    short: "c",
    value: "FILE",
    description: "config file, relative to --dir (default: mlgate.yml, looked for as --dir says)"
  },
  env: {
    type: "string",
    short: "e",
    value: "NAME",
    description: "environment to check for (default: chosen by branch, see mlgate.yml)"
  },
  format: {
    type: "string",
    short: "f",
    value: "NAME",
    description: `output format: ${formats} (default: terminal)`
  },
  output: {
    type: "string",
    short: "o",
    value: "FILE",
    description: "write the formatted report to FILE; the scorecard still prints"
  },
  quiet: {
    type: "boolean",
    short: "q",
    description: "no progress and no scorecard; one line per reason when the gate fails"
  },
  charts: {
    type: "boolean",
    description: "draw the curves and histograms in the terminal scorecard (text plots)"
  },
  baseline: {
    type: "string",
    value: "PATH",
    description: "compare against a saved metrics file, or a folder laid out like the repository"
  },
  "baseline-ref": {
    type: "string",
    value: "REF",
    description: "compare against git REF (its merge base with HEAD; fetched if missing)"
  },
  force: { type: "boolean", description: "overwrite files that already exist" },
  "dry-run": { type: "boolean", description: "print what would be written, write nothing" },
  help: { type: "boolean", short: "h", description: "show this help" },
  version: { type: "boolean", short: "v", description: "print the version" }
};
var RUN_OPTIONS = ["dir", "config", "env", "format", "output", "quiet", "charts"];
var BASELINE_OPTIONS = ["baseline", "baseline-ref"];
var COMMANDS = {
  check: {
    summary: "run every configured stage (lint, data, model, tests, compare) and the gate",
    usage: "mlgate check [options]",
    options: [...RUN_OPTIONS, ...BASELINE_OPTIONS, "help"],
    examples: ["mlgate check --dir examples/churn-model --env production"]
  },
  lint: {
    summary: "lint config files against their schemas and built-in rules",
    usage: "mlgate lint [FILE...] [options]",
    details: "Files named on the command line are linted alone (each must match a lint target).",
    options: [...RUN_OPTIONS, "help"],
    examples: ["mlgate lint configs/scoring.yaml --env production --format sarif --output mlgate.sarif"]
  },
  test: {
    summary: "run the data checks, model checks and the team's test suites",
    usage: "mlgate test [options]",
    options: [...RUN_OPTIONS, "help"],
    examples: ["mlgate test --dir examples/bad-data-pr --format markdown"]
  },
  compare: {
    summary: "compare metrics with the baseline of the target branch",
    usage: "mlgate compare [options]",
    options: [...RUN_OPTIONS, ...BASELINE_OPTIONS, "help"],
    examples: ["mlgate compare --baseline-ref main"]
  },
  init: {
    summary: "write a starter mlgate.yml (and the workflow) for the repository",
    usage: "mlgate init [options]",
    details: "Looks at the repository (configs, data files, metrics files, pytest suites) and writes a commented\nmlgate.yml, draft JSON Schemas for configs without a built-in one, and .github/workflows/mlgate.yml.\nExisting files are left alone unless --force is given.",
    options: ["dir", "force", "dry-run", "help"],
    describe: { dir: "the repository to set up (default: the current folder)" },
    examples: ["mlgate init --dry-run"]
  },
  schema: {
    summary: "print the JSON Schema of mlgate.yml",
    usage: "mlgate schema",
    options: ["help"],
    examples: ["mlgate schema > mlgate.schema.json"]
  }
};
function isCommand(name) {
  return Object.hasOwn(COMMANDS, name);
}
var FOOTER = `Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error.
Colour is used on a terminal; FORCE_COLOR=1 forces it (also when piped), NO_COLOR or FORCE_COLOR=0 turns it off.
`;
function helpText(version) {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  const commands = Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}${spec.summary}`).join("\n");
  return `mlgate ${version} - gate changes to machine-learning repositories

Usage: mlgate <command> [options]

Commands:
${commands}

Run mlgate <command> --help for a command's options and an example.

Options:
${optionLines(["help", "version"])}

${FOOTER}
Examples:
${Object.values(COMMANDS).map((c) => `  ${c.examples[0]}`).join("\n")}
`;
}
function commandHelpText(command, version) {
  const spec = COMMANDS[command];
  const details = "details" in spec ? `
${spec.details}
` : "";
  return `mlgate ${version} - ${spec.summary}

Usage: ${spec.usage}
${details}
Options:
${optionLines(spec.options, "describe" in spec ? spec.describe : void 0)}

${command === "init" || command === "schema" ? "" : `${FOOTER}
`}Example${spec.examples.length > 1 ? "s" : ""}:
${spec.examples.map((e) => `  ${e}`).join("\n")}
`;
}
function optionLines(names, describe) {
  const heads = names.map((name) => {
    const o = OPTIONS[name];
    const short = "short" in o ? `-${o.short}, ` : "    ";
    const value = "value" in o ? ` ${o.value}` : "";
    return `  ${short}--${name}${value}`;
  });
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return names.map((name, i) => {
    const head = heads[i];
    const text = describe?.[name] ?? OPTIONS[name].description;
    return head.length + 2 > width + 4 ? `${head}
${" ".repeat(width)}${text}` : `${head.padEnd(width)}${text}`;
  }).join("\n");
}
var isDirectory = (p) => {
  try {
    return (0, import_node_fs2.statSync)(p).isDirectory();
  } catch {
    return false;
  }
};
function folderExists(dir) {
  return isDirectory(dir);
}
function findConfigFolder(start) {
  if (!insideGit(start)) return start;
  let dir = start;
  for (; ; ) {
    if (import_chunk_YHQKND5W.CONFIG_NAMES.some((name) => (0, import_node_fs2.existsSync)(import_node_path2.default.join(dir, name)))) return dir;
    if ((0, import_node_fs2.existsSync)(import_node_path2.default.join(dir, ".git"))) return start;
    const parent = import_node_path2.default.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}
function insideGit(start) {
  for (let dir = start; ; dir = import_node_path2.default.dirname(dir)) {
    if ((0, import_node_fs2.existsSync)(import_node_path2.default.join(dir, ".git"))) return true;
    if (import_node_path2.default.dirname(dir) === dir) return false;
  }
}
var UsageError = class extends Error {
};
var PARSER_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, o]) => [
    name,
    "short" in o ? { type: o.type, short: o.short } : { type: o.type }
  ])
);
function nonEmpty(name, value) {
  if (typeof value !== "string") return void 0;
  if (value.trim() === "") throw new UsageError(`--${name} needs a value`);
  return value;
}
function inside(dir, from, p, what) {
  const rel = import_node_path.default.relative(dir, import_node_path.default.resolve(from, p));
  if (rel.startsWith("..") || import_node_path.default.isAbsolute(rel))
    throw new UsageError(`${what} must be inside --dir (${dir})`);
  return rel.split(import_node_path.default.sep).join("/");
}
function parseCliArgs(argv, cwd, environ = {}) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: argv, options: PARSER_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(describeParseError(err));
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  const commands = Object.keys(COMMANDS);
  if (command !== void 0 && !isCommand(command)) {
    const guess = (0, import_chunk_CBQHX6JX.closest)(command, commands);
    throw new UsageError(
      `unknown command "${command}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${commands.join(", ")}`
    );
  }
  if (values.help) return { kind: "help", command };
  if (values.version) return { kind: "version" };
  if (command === void 0) throw new UsageError(`missing command; expected one of ${commands.join(", ")}`);
  for (const name of Object.keys(values)) {
    if (!COMMANDS[command].options.includes(name) && name !== "version")
      throw new UsageError(`mlgate ${command} does not take --${name}`);
  }
  if (extra.length && command !== "lint") throw new UsageError(`unexpected argument "${extra[0]}"`);
  const given = nonEmpty("dir", values.dir);
  const start = import_node_path.default.resolve(cwd, given ?? ".");
  if (!folderExists(start))
    throw new UsageError(`--dir ${given ?? start}: no such folder${given ? "" : ` (${start})`}`);
  if (command === "schema") return { kind: "schema" };
  if (command === "init")
    return { kind: "init", dir: start, force: values.force === true, dryRun: values["dry-run"] === true };
  return {
    kind: "run",
    settings: runSettings(command, values, extra, start, cwd, environ),
    quiet: values.quiet === true
  };
}
function runSettings(command, values, extra, start, cwd, environ) {
  const format = nonEmpty("format", values.format) ?? "terminal";
  if (!(0, import_chunk_YHQKND5W.isFormat)(format)) {
    const names = Object.keys(import_chunk_YHQKND5W.RENDERERS);
    const guess = (0, import_chunk_CBQHX6JX.closest)(format, names);
    throw new UsageError(
      `unknown format "${format}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${names.join(", ")}`
    );
  }
  const config = nonEmpty("config", values.config);
  const dir = config === void 0 ? findConfigFolder(start) : start;
  const settings = { command, dir, format, tuning: (0, import_chunk_YHQKND5W.readTuning)(environ) };
  if (environ.RUNNER_TEMP) settings.temp = environ.RUNNER_TEMP;
  if (config !== void 0) settings.config = inside(dir, dir, config, `--config ${config}`);
  if (extra.length) settings.paths = extra.map((p) => inside(dir, cwd, p, p));
  const baselinePath = nonEmpty("baseline", values.baseline);
  const baselineRef = nonEmpty("baseline-ref", values["baseline-ref"]);
  if (baselinePath !== void 0 && baselineRef !== void 0)
    throw new UsageError("--baseline and --baseline-ref both name a baseline; pass one");
  if (baselinePath !== void 0)
    settings.baseline = { path: inside(dir, cwd, baselinePath, `--baseline ${baselinePath}`) };
  if (baselineRef !== void 0) settings.baseline = { ref: baselineRef };
  const env = nonEmpty("env", values.env);
  if (env !== void 0) settings.environment = env;
  if (values.charts) settings.charts = true;
  const output = nonEmpty("output", values.output);
  if (output !== void 0) settings.output = import_node_path.default.resolve(cwd, output);
  return settings;
}
function describeParseError(err) {
  const code = err.code;
  const option = /'(-[^']*)'/.exec(err.message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    const names = Object.keys(OPTIONS).map((n) => `--${n}`);
    const guess = option.startsWith("--") ? (0, import_chunk_CBQHX6JX.closest)(option, names) : void 0;
    return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    const long = /--[a-z][a-z-]*/.exec(option)?.[0] ?? option;
    return /argument missing/.test(err.message) ? `option ${long} needs a value` : `option ${long} does not take a value`;
  }
  return err.message.split("\n")[0];
}
var EXIT = { passed: 0, failed: 1, usage: 2 };
function forLog(text) {
  if (process.env.GITHUB_ACTIONS !== "true" || text === "") return text;
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const safe = (0, import_chunk_DDJH3ICS.logSafe)(body);
  return safe === body ? text : `${safe}
`;
}
function printDiagnostic(d) {
  const hint = d.hint ? `  hint: ${d.hint}
` : "";
  process.stderr.write(forLog(`${(0, import_chunk_YHQKND5W.location)(d)} ${d.severity} ${d.code} ${d.message}
${hint}`));
}
async function main(argv, started = {}) {
  (0, import_chunk_5YRTXGYO.offerStartedWorkers)(started.lintWorkers ?? []);
  try {
    return await run(argv);
  } finally {
    (0, import_chunk_5YRTXGYO.endStartedWorkers)();
  }
}
async function run(argv) {
  let request;
  try {
    request = parseCliArgs(argv, process.cwd(), process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const command = argv.find((a) => !a.startsWith("-") && isCommand(a));
    process.stderr.write(`mlgate: ${err.message} (see mlgate${command ? ` ${command}` : ""} --help)
`);
    return EXIT.usage;
  }
  if (request.kind === "help") {
    process.stdout.write(request.command ? commandHelpText(request.command, import_chunk_HI6AAJID.VERSION) : helpText(import_chunk_HI6AAJID.VERSION));
    return EXIT.passed;
  }
  if (request.kind === "schema") {
    const { default: mlgateSchema } = await Promise.resolve().then(() => __toESM(require("./chunk-L4RLKY7K.js")));
    process.stdout.write(`${JSON.stringify(mlgateSchema, null, 2)}
`);
    return EXIT.passed;
  }
  if (request.kind === "init") return (await Promise.resolve().then(() => __toESM(require("./chunk-Q5RSYYL4.js")))).runInitCommand(request);
  if (request.kind === "version") {
    process.stdout.write(`${import_chunk_HI6AAJID.VERSION}
`);
    return EXIT.passed;
  }
  const { settings, quiet } = request;
  const progress = quiet ? import_chunk_AWD24VCE.SILENT : (0, import_chunk_AWD24VCE.createProgress)({ write: (t) => process.stderr.write(t), tty: Boolean(process.stderr.isTTY) });
  const needsBranch = settings.environment === void 0 || Boolean(process.env.GITHUB_BASE_REF);
  const outcome = await (0, import_chunk_YHQKND5W.runMlgate)(
    settings,
    needsBranch ? await (0, import_chunk_P4YE7HYU.readBranchContext)(process.env, settings.dir) : {},
    (0, import_chunk_TEV5JGM7.createWorkspace)(settings.dir),
    progress,
    { env: process.env }
  );
  if (outcome.kind === "usage-error") {
    process.stderr.write(`mlgate: ${outcome.message}
`);
    return EXIT.usage;
  }
  if (outcome.kind === "config-error") {
    for (const d of outcome.diagnostics) printDiagnostic(d);
    if (outcome.report && !quiet && (settings.output || settings.format === "terminal")) {
      process.stdout.write(forLog(import_chunk_YHQKND5W.RENDERERS.terminal(outcome.report, { color: stdoutColor() })));
    }
    const n = outcome.diagnostics.filter((d) => d.severity === "error").length;
    process.stderr.write(
      `mlgate: ${outcome.configFile} has ${n} error${n === 1 ? "" : "s"}; ${outcome.report ? `the checks ${n === 1 ? "it does" : "they do"} not touch ran (the report above); ` : ""}fix ${n === 1 ? "it" : "them"} and run again
`
    );
    await writeReport((0, import_chunk_YHQKND5W.buildConfigErrorReport)(outcome, settings.environment), settings, false);
    return EXIT.usage;
  }
  for (const d of outcome.warnings) printDiagnostic(d);
  if (!await writeReport(outcome.report, settings, !quiet)) return EXIT.usage;
  if (quiet && !outcome.report.passed)
    for (const reason of outcome.report.gate.reasons)
      process.stderr.write(forLog(`mlgate: gate failed: ${reason}
`));
  return outcome.report.passed ? EXIT.passed : EXIT.failed;
}
function stdoutColor() {
  return useColor(process.env, Boolean(process.stdout.isTTY));
}
async function writeReport(report, settings, scorecard) {
  const color = stdoutColor();
  const pathPrefix = (0, import_chunk_DDJH3ICS.workspacePrefix)(process.env.GITHUB_WORKSPACE, settings.dir);
  const charts = settings.charts;
  const text = import_chunk_YHQKND5W.RENDERERS[settings.format](report, { color, pathPrefix, charts });
  const output = settings.output;
  if (output) {
    const written = new Promise((done) => (0, import_node_fs.writeFile)(output, text, done));
    const fullReport = `The whole report is in ${output}.`;
    const card = scorecard ? import_chunk_YHQKND5W.RENDERERS.terminal(report, { color, charts, fullReport }) : void 0;
    const err = await written;
    if (err) {
      if (scorecard) process.stdout.write(forLog(import_chunk_YHQKND5W.RENDERERS.terminal(report, { color, charts })));
      process.stderr.write(forLog(`mlgate: cannot write the report to ${output}: ${writeProblem(err)}
`));
      return false;
    }
    if (card !== void 0) process.stdout.write(forLog(card));
  } else if (scorecard || settings.format !== "terminal") {
    process.stdout.write(settings.format === "terminal" ? forLog(text) : text);
  }
  return true;
}
function writeProblem(err) {
  if (err.code === "ENOENT") return "its folder does not exist; create it or pass another --output";
  if (err.code === "EISDIR") return "it is a folder; pass a file name to --output";
  if (err.code === "EACCES" || err.code === "EPERM")
    return "permission denied; pass a path you can write to --output";
  return `${err.message}; pass another --output`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  EXIT,
  main
});
