import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  logSafe,
  workspacePrefix
} from "./chunk-DT7PW7XQ.js";
import {
  readBranchContext
} from "./chunk-QBF5DLTY.js";
import {
  SILENT,
  createProgress
} from "./chunk-MWS6UFV3.js";
import {
  endStartedWorkers,
  offerStartedWorkers
} from "./chunk-Y2WBLMM7.js";
import {
  CONFIG_NAMES,
  RENDERERS,
  buildConfigErrorReport,
  isFormat,
  location,
  readTuning,
  runMlgate
} from "./chunk-FWLUUSMS.js";
import "./chunk-KD4LYLAR.js";
import {
  VERSION
} from "./chunk-IOA2BS4O.js";
import "./chunk-AF6NCNAN.js";
import "./chunk-REWL6WAV.js";
import "./chunk-IM4NCEDE.js";
import "./chunk-6RLKMJI7.js";
import {
  closest
} from "./chunk-Z4C2VEZV.js";
import "./chunk-J6OEUPIC.js";
import "./chunk-6NMQYMRM.js";
import "./chunk-FDVFJYAA.js";
import "./chunk-DHTNKQ4Z.js";
import {
  createWorkspace
} from "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-ZHJVOVYD.js";
import "./chunk-NSQR6JOD.js";
import "./chunk-PGUDZQXF.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";

// src/cli/main.ts
import { writeFileSync } from "node:fs";

// src/cli/color.ts
function useColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !(force === "0" || force.toLowerCase() === "false");
  if (env.NO_COLOR) return false;
  return isTTY;
}

// src/cli/commands.ts
var formats = Object.keys(RENDERERS).join(", ");
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

// src/cli/help.ts
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

// src/cli/parse-args.ts
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/cli/find-root.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
var isDirectory = (p) => {
  try {
    return statSync(p).isDirectory();
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
    if (CONFIG_NAMES.some((name) => existsSync(path.join(dir, name)))) return dir;
    if (existsSync(path.join(dir, ".git"))) return start;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}
function insideGit(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

// src/cli/parse-args.ts
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
  const rel = path2.relative(dir, path2.resolve(from, p));
  if (rel.startsWith("..") || path2.isAbsolute(rel))
    throw new UsageError(`${what} must be inside --dir (${dir})`);
  return rel.split(path2.sep).join("/");
}
function parseCliArgs(argv, cwd, environ = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: PARSER_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(describeParseError(err));
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  const commands = Object.keys(COMMANDS);
  if (command !== void 0 && !isCommand(command)) {
    const guess = closest(command, commands);
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
  const start = path2.resolve(cwd, given ?? ".");
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
  if (!isFormat(format)) {
    const names = Object.keys(RENDERERS);
    const guess = closest(format, names);
    throw new UsageError(
      `unknown format "${format}"${guess ? ` (did you mean "${guess}"?)` : ""}; expected one of ${names.join(", ")}`
    );
  }
  const config = nonEmpty("config", values.config);
  const dir = config === void 0 ? findConfigFolder(start) : start;
  const settings = { command, dir, format, tuning: readTuning(environ) };
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
  if (output !== void 0) settings.output = path2.resolve(cwd, output);
  return settings;
}
function describeParseError(err) {
  const code = err.code;
  const option = /'(-[^']*)'/.exec(err.message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    const names = Object.keys(OPTIONS).map((n) => `--${n}`);
    const guess = option.startsWith("--") ? closest(option, names) : void 0;
    return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    const long = /--[a-z][a-z-]*/.exec(option)?.[0] ?? option;
    return /argument missing/.test(err.message) ? `option ${long} needs a value` : `option ${long} does not take a value`;
  }
  return err.message.split("\n")[0];
}

// src/cli/main.ts
var EXIT = { passed: 0, failed: 1, usage: 2 };
function forLog(text) {
  if (process.env.GITHUB_ACTIONS !== "true" || text === "") return text;
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const safe = logSafe(body);
  return safe === body ? text : `${safe}
`;
}
function printDiagnostic(d) {
  const hint = d.hint ? `  hint: ${d.hint}
` : "";
  process.stderr.write(forLog(`${location(d)} ${d.severity} ${d.code} ${d.message}
${hint}`));
}
async function main(argv, started = {}) {
  offerStartedWorkers(started.lintWorkers ?? []);
  try {
    return await run(argv);
  } finally {
    endStartedWorkers();
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
    process.stdout.write(request.command ? commandHelpText(request.command, VERSION) : helpText(VERSION));
    return EXIT.passed;
  }
  if (request.kind === "schema") {
    const { default: mlgateSchema } = await import("./chunk-JF62VHQP.js");
    process.stdout.write(`${JSON.stringify(mlgateSchema, null, 2)}
`);
    return EXIT.passed;
  }
  if (request.kind === "init") return (await import("./chunk-3TGLPGN3.js")).runInitCommand(request);
  if (request.kind === "version") {
    process.stdout.write(`${VERSION}
`);
    return EXIT.passed;
  }
  const { settings, quiet } = request;
  const progress = quiet ? SILENT : createProgress({ write: (t) => process.stderr.write(t), tty: Boolean(process.stderr.isTTY) });
  const needsBranch = settings.environment === void 0 || Boolean(process.env.GITHUB_BASE_REF);
  const outcome = await runMlgate(
    settings,
    needsBranch ? await readBranchContext(process.env, settings.dir) : {},
    createWorkspace(settings.dir),
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
      process.stdout.write(forLog(RENDERERS.terminal(outcome.report, { color: stdoutColor() })));
    }
    const n = outcome.diagnostics.filter((d) => d.severity === "error").length;
    process.stderr.write(
      `mlgate: ${outcome.configFile} has ${n} error${n === 1 ? "" : "s"}; ${outcome.report ? `the checks ${n === 1 ? "it does" : "they do"} not touch ran (the report above); ` : ""}fix ${n === 1 ? "it" : "them"} and run again
`
    );
    await writeReport(buildConfigErrorReport(outcome, settings.environment), settings, false);
    return EXIT.usage;
  }
  for (const d of outcome.warnings) printDiagnostic(d);
  await writeReport(outcome.report, settings, !quiet);
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
  const pathPrefix = workspacePrefix(process.env.GITHUB_WORKSPACE, settings.dir);
  const charts = settings.charts;
  const text = RENDERERS[settings.format](report, { color, pathPrefix, charts });
  if (settings.output) {
    writeFileSync(settings.output, text);
    if (scorecard) process.stdout.write(forLog(RENDERERS.terminal(report, { color, charts })));
  } else if (scorecard || settings.format !== "terminal") {
    process.stdout.write(settings.format === "terminal" ? forLog(text) : text);
  }
}
export {
  EXIT,
  main
};
