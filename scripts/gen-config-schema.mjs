// Writes schemas/mlgate.schema.json. The schema is authored here as code so that shared pieces
// (severity, durations, thresholds) are defined once; the JSON file is what ships and is committed.
// Run: node scripts/gen-config-schema.mjs
import { writeFileSync } from "node:fs";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { checkedHelperCall, standaloneEsm } from "./ajv-standalone.mjs";

// The check definitions (src/data/checks/, src/model/checks/) carry the schema of their options:
// bundle their registry in memory and import it, so each option is written once, next to its code.
const bundled = await build({
  entryPoints: [new URL("../src/check-registry.ts", import.meta.url).pathname],
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  logLevel: "warning",
});
const definitions = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`
);
/** The options of a list of check definitions, in their order, as schema properties. */
const optionsOf = (checks) => Object.assign({}, ...checks.map((c) => c.options));

const { severity, duration, percent } = definitions;
const ruleLevel = {
  type: "string",
  enum: ["error", "warning", "off"],
  description: "Severity of this rule's findings, or `off` to disable it.",
};
const stringOrList = (what) => ({
  type: ["string", "array"],
  items: { type: "string" },
  description: what,
});
const envName = {
  pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
  errorMessage: "must start with a letter and use only letters, digits, `_`, `-` and `.`",
  description: "An environment name, such as production, staging or dev.",
};
const lintTarget = {
  type: "object",
  additionalProperties: false,
  required: ["files"],
  description: "A set of config files and the schema they must satisfy.",
  properties: {
    files: stringOrList(
      "Glob(s) of files to lint, relative to the repository root, e.g. `configs/**/*.yaml`. " +
        "`{env}` in a glob stands for a name under `environments:` (`configs/{env}/**/*.yaml`): a file it " +
        "matches for E belongs to environment E, and other names are not matched. Overlays, `x-mlgate-env` " +
        "and the env-leak rule apply to a file only in a run of its own environment; in another " +
        "environment's run it is still validated, against its base schema only (it is not skipped). " +
        "Files of a glob without `{env}` belong to the run's environment.",
    ),
    exclude: stringOrList("Glob(s) of files to leave out; `{env}` leaves out the same environment's files."),
    schema: {
      type: "string",
      description:
        "Base JSON Schema: a path in the repository, or `builtin:NAME` (dvc, mlflow-project, kedro-catalog, mlgate).",
    },
    environments: {
      type: "object",
      description:
        "Per-environment overlay schemas: in environment E the files must satisfy the base schema AND E's overlay " +
        "(with `{env}` in `files`, only E's files).",
      propertyNames: envName,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["schema"],
        properties: {
          schema: {
            type: "string",
            description: "Overlay schema for this environment (path or builtin:NAME).",
          },
        },
      },
    },
  },
};

const simpleRule = (what) => ({
  description: what,
  if: { type: "string" },
  then: ruleLevel,
  else: {
    type: "object",
    additionalProperties: false,
    properties: { severity: ruleLevel },
  },
});

const lintRules = {
  type: "object",
  additionalProperties: false,
  description: "Built-in rules beyond JSON Schema, applied to every linted file.",
  properties: {
    "env-leak": {
      description:
        "In environment E, a string value that mentions another environment's markers (e.g. `backtest` in production).",
      if: { type: "string" },
      then: ruleLevel,
      else: {
        type: "object",
        additionalProperties: false,
        properties: {
          severity: ruleLevel,
          markers: {
            type: "object",
            description: "Per environment, the words that must not appear in its configs.",
            propertyNames: envName,
            additionalProperties: { type: "array", items: { type: "string", minLength: 1 } },
          },
        },
      },
    },
    secrets: simpleRule(
      "Hard-coded credentials: cloud access keys, private keys, tokens, passwords in URLs.",
    ),
    "yaml-truthy": simpleRule("YAML 1.1 booleans (yes/no/on/off) that other tools read differently."),
    "duplicate-key": simpleRule("The same key twice in one mapping."),
    "paths-exist": {
      description: "Keys naming local paths: the path must exist and stay inside the repository.",
      if: { type: "string" },
      then: ruleLevel,
      else: {
        type: "object",
        additionalProperties: false,
        properties: {
          severity: ruleLevel,
          keys: {
            type: "array",
            items: { type: "string" },
            description: "Key globs whose values are paths, e.g. `**.path`, `**.*_path`.",
          },
        },
      },
    },
  },
};

const column = {
  type: "object",
  additionalProperties: false,
  description: "Expectations on one column.",
  properties: {
    format: {
      type: "string",
      description: "Date/timestamp format, e.g. `YYYY-MM-DD` or `iso8601` (the default).",
    },
    ...optionsOf(definitions.COLUMN_CHECKS),
    max_percent: {
      ...percent,
      description:
        "Percentage of rows allowed to violate this column's checks (type, range, allowed, regex).",
    },
    severity,
  },
};

const datasetPath = stringOrList(
  "File(s) or glob(s): csv, tsv, json (array of records), jsonl, parquet, optionally .gz.",
);
const dataset = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  // Files (`path`), data where it lives (`source`) or a train/test pair (`splits`): one of the three.
  if: { not: { anyOf: [{ required: ["source"] }, { required: ["splits"] }] } },
  // The branch repeats `path`, so that the missing key's hint can describe it.
  then: { required: ["path"], properties: { path: datasetPath } },
  else: {
    not: { anyOf: [{ required: ["path"] }, { required: ["source", "splits"] }] },
    errorMessage: "takes one of path (files), source (a table or a query) or splits (train and test files)",
  },
  description: "One dataset: a file or a glob of files read as one table, or a table or query (`source`).",
  properties: {
    name: { type: "string", minLength: 1, description: "Name shown in the scorecard." },
    path: datasetPath,
    source: definitions.sqlSourceSchema,
    splits: definitions.splitsSchema,
    format: {
      type: "string",
      enum: ["csv", "tsv", "json", "jsonl", "parquet"],
      description: "Format, when the extension does not say it.",
    },
    delimiter: {
      type: "string",
      minLength: 1,
      maxLength: 1,
      description: "Field delimiter for delimited text (default: `,` for csv, tab for tsv).",
    },
    columns: {
      type: "object",
      description: "Expectations per column, keyed by column name.",
      additionalProperties: column,
    },
    ...optionsOf(definitions.DATASET_CHECKS),
    severity,
  },
};

// The `model:` block: the inputs the model stage reads and every model check's options.
const model = definitions.modelOptionsSchema();

const testSuite = {
  type: "object",
  additionalProperties: false,
  required: ["name", "run"],
  description: "One of the team's own test suites.",
  properties: {
    name: { type: "string", minLength: 1, description: "Name shown in the scorecard." },
    run: { type: "string", minLength: 1, description: "Shell command, run at the repository root." },
    junit: { type: "string", description: "JUnit XML file the command writes." },
    category: {
      type: "string",
      enum: ["data", "model", "infrastructure", "monitoring"],
      description: "ML Test Score section the suite belongs to.",
    },
    timeout: duration,
    env: {
      type: "object",
      additionalProperties: { type: "string" },
      description: "Extra environment variables.",
    },
    pass_env: {
      type: "array",
      uniqueItems: true,
      items: {
        type: "string",
        pattern: "^[A-Za-z_][A-Za-z0-9_-]*$",
        description:
          "A variable name, exactly as the runner sets it (e.g. `ACTIONS_ID_TOKEN_REQUEST_TOKEN`).",
      },
      description:
        "Variables the suite gets although mlgate removes them by default: every `ACTIONS_*` (runtime, " +
        "results, cache and OIDC request tokens and URLs), every `INPUT_*` (the action's inputs, its " +
        "`github-token` among them), `GITHUB_TOKEN`, `GH_TOKEN`, `GITHUB_OUTPUT`, `GITHUB_STATE` and any " +
        "variable holding one of those tokens. Named exactly; their values are still redacted from what " +
        "is published. See docs/suites-environment.md.",
    },
    severity,
  },
};

const compareRule = {
  type: "object",
  additionalProperties: false,
  description: "How a metric may move against the baseline.",
  properties: {
    direction: { type: "string", enum: ["higher", "lower", "none"], description: "Which way is better." },
    max_drop: {
      type: "number",
      minimum: 0,
      description: "Largest tolerated absolute worsening (direction higher).",
    },
    max_drop_percent: {
      ...percent,
      description: "Largest tolerated relative worsening in percent (direction higher).",
    },
    max_rise: {
      type: "number",
      minimum: 0,
      description: "Largest tolerated absolute worsening (direction lower).",
    },
    max_rise_percent: {
      ...percent,
      description: "Largest tolerated relative worsening in percent (direction lower).",
    },
    require_interval: {
      type: "boolean",
      description:
        "Fail when the paired bootstrap interval's worse end goes beyond the tolerance (stricter than the point estimate).",
    },
    require_significance: {
      type: "boolean",
      description: "Fail only when the worsening is statistically significant.",
    },
    severity,
  },
};

const compare = {
  type: "object",
  additionalProperties: false,
  description: "Comparison of this change's metrics with the baseline of the target branch.",
  properties: {
    metrics: stringOrList("Metrics file(s) to compare."),
    params: stringOrList("Parameter file(s) whose changes are listed (like `dvc params diff`)."),
    baseline: {
      type: "object",
      additionalProperties: false,
      description: "Where the baseline comes from.",
      properties: {
        from: {
          type: "string",
          pattern: "^(auto|artifact|git|path:.+)$",
          errorMessage: "must be auto, artifact, git or path:FILE",
          description:
            "`artifact` (the baseline run's upload), `git` (the files at the merge base), `path:FILE`, or `auto` (artifact, then git).",
        },
        branch: {
          type: "string",
          description: "Branch whose pushes record the baseline (default: the repository's default branch).",
        },
      },
    },
    rules: {
      type: "object",
      description: "Per metric (globs allowed; `*` matches all), the direction and tolerance.",
      additionalProperties: compareRule,
    },
    significance: {
      type: "object",
      additionalProperties: false,
      description: "Paired statistical tests on predictions present on both sides.",
      properties: {
        predictions: { type: "string", description: "Predictions file, on both head and baseline." },
        id: {
          type: "string",
          description: "Column joining the two sides; without it rows are paired by position.",
        },
        confidence: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          description:
            "Confidence of the paired tests (default 0.98: under 1% false failures in the honesty simulation).",
        },
        power: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          description:
            "Power at which the scorecard quotes each test's minimum detectable change, and below which a tolerance is warned about (default 0.8).",
        },
        resamples: { type: "integer", minimum: 100, description: "Bootstrap resamples (default 2000)." },
        seed: { type: "integer", description: "Seed of the bootstrap, for reproducible intervals." },
      },
    },
    trend: {
      type: "integer",
      minimum: 0,
      maximum: 20,
      description:
        "With artifact baselines, how many past baselines the scorecard's trend chart shows per metric with a rule (default 5; 0: no chart).",
    },
    on_missing_baseline: {
      type: "string",
      enum: ["pass", "warn", "fail"],
      description: "What a missing baseline does to the gate (default warn).",
    },
  },
};

const failOn = {
  type: "string",
  enum: ["error", "warning", "never"],
  description: "The gate fails on findings of this severity or worse; `never` only reports.",
};
const minScore = {
  type: "number",
  minimum: 0,
  maximum: 7,
  description: "Lowest ML Test Score (final, the minimum over the four sections) that passes.",
};

const schema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://mlgate.dev/schemas/mlgate.schema.json",
  title: "mlgate.yml",
  description: "Configuration of mlgate, the CI gate for machine-learning repositories.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  // Shared by reference: a column's options, also under a dataset's `where:` blocks.
  definitions: { column },
  properties: {
    $schema: { type: "string", description: "JSON Schema this file follows (for editors)." },
    version: { const: 1, description: "Version of the mlgate.yml format. Always 1." },
    environments: {
      type: "object",
      description: "Named environments; the first whose branches match the target branch is chosen.",
      propertyNames: envName,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          branches: {
            type: "array",
            items: { type: "string" },
            description: "Branch globs (e.g. `main`, `release/*`) that select this environment.",
          },
          default: { type: "boolean", description: "Chosen when no branch matches." },
          deploy: {
            type: "boolean",
            description: "Changes to this environment are deployed; shown in the scorecard.",
          },
          description: { type: "string", description: "Free text for humans." },
        },
      },
    },
    lint: {
      description:
        "Config linting: a list of targets, or a mapping with `targets`, `rules` and `max_file_size`.",
      if: { type: "array" },
      then: { type: "array", items: lintTarget },
      else: {
        type: "object",
        additionalProperties: false,
        properties: {
          targets: {
            type: "array",
            items: lintTarget,
            description: "Sets of files and the schemas they must satisfy.",
          },
          rules: lintRules,
          max_file_size: {
            type: "string",
            pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$",
            errorMessage: "must be a size such as 512KB or 10MB",
            description: "Files over this size are reported, not parsed (default 10MB).",
          },
        },
      },
    },
    data: { type: "array", items: dataset, description: "Datasets and the checks each must pass." },
    model,
    tests: {
      type: "array",
      items: testSuite,
      description: "The team's own test suites; their JUnit results join the scorecard.",
    },
    compare,
    gates: {
      type: "object",
      additionalProperties: false,
      description: "When the run fails.",
      properties: {
        fail_on: failOn,
        min_ml_test_score: minScore,
        environments: {
          type: "object",
          description: "Per-environment overrides of the gate.",
          propertyNames: envName,
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: { fail_on: failOn, min_ml_test_score: minScore },
          },
        },
      },
    },
    scorecard: {
      type: "object",
      additionalProperties: false,
      description: "The scorecard posted on pull requests.",
      properties: {
        comment: {
          type: "string",
          enum: ["always", "on-change", "on-failure", "never"],
          description: "When to post or update the PR comment.",
        },
        charts: {
          description:
            "Charts in the scorecard, the HTML report and `--charts` (all on by default; `false`: none).",
          oneOf: [
            { type: "boolean" },
            {
              type: "object",
              additionalProperties: false,
              properties: {
                roc: { type: "boolean", description: "ROC curve, head against base, with each AUC." },
                pr: {
                  type: "boolean",
                  description: "Precision-recall curve, head against base, with each average precision.",
                },
                calibration: {
                  type: "boolean",
                  description: "Calibration curve: observed rate of positives per score bin.",
                },
                slices: { type: "boolean", description: "Each slice's metric as bars, head against base." },
                drift: {
                  type: "boolean",
                  description: "Reference against current histograms of the drift columns that moved most.",
                },
                drift_columns: {
                  type: "integer",
                  minimum: 1,
                  maximum: 10,
                  description: "How many drift columns get a chart, those that moved most first (default 3).",
                },
                trend: {
                  type: "boolean",
                  description: "Metrics over the last baselines (artifact baselines).",
                },
              },
            },
          ],
        },
        ml_test_score: {
          type: "object",
          additionalProperties: false,
          description: "The ML Test Score rubric (Breck et al., 2017).",
          properties: {
            manual: {
              type: "object",
              description:
                "Rubric items done by hand, with how (half a point each), e.g. `model.1: reviewed in PR template`.",
              propertyNames: {
                pattern: "^(data|model|infrastructure|monitoring)\\.[1-7]$",
                errorMessage: "must be a rubric item such as data.1 or monitoring.7",
              },
              additionalProperties: { type: "string", minLength: 1 },
            },
          },
        },
      },
    },
  },
};

/** The schema file's exact text. */
export const SCHEMA_TEXT = `${JSON.stringify(schema, null, 2)}\n`;

function typeOf(node) {
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(" \\| ");
  if (node.if) return `${typeOf(node.then)} or ${typeOf(node.else)}`;
  const t = Array.isArray(node.type) ? node.type.join(" \\| ") : (node.type ?? "any");
  return t === "array" && node.items?.type && typeof node.items.type === "string"
    ? `${node.items.type}[]`
    : t;
}

function* rows(node, path) {
  for (const part of [node, node.then, node.else, node.items, node.then?.items]) {
    if (!part || typeof part !== "object") continue;
    for (const [key, child] of Object.entries(part.properties ?? {})) {
      const name = `${path}${path ? "." : ""}${key}`;
      yield `| \`${name}\` | ${typeOf(child)} | ${(child.description ?? "").replace(/\|/g, "\\|")} |`;
      yield* rows(child, name);
    }
    const extra = part.additionalProperties;
    if (extra && typeof extra === "object") {
      const name = `${path}.<name>`;
      yield `| \`${name}\` | ${typeOf(extra)} | ${(extra.description ?? "One entry per name.").replace(/\|/g, "\\|")} |`;
      yield* rows(extra, name);
    }
  }
}

/** docs/configuration.md: every key of mlgate.yml with its type and description, from the schema. */
export const DOCS_TEXT = `# mlgate.yml reference

Generated from [\`schemas/mlgate.schema.json\`](../schemas/mlgate.schema.json) by
\`node scripts/gen-config-schema.mjs\`; do not edit by hand. \`<name>\` stands for a key you choose
(an environment, a column, a metric or a metric glob).

\`lint\` takes two forms: a list of targets, or a mapping with \`targets\`, \`rules\` and
\`max_file_size\` (needed when you configure rules, since YAML cannot mix list items and keys).

| Key | Type | Meaning |
| --- | --- | --- |
${[...new Set(rows(schema, ""))].join("\n")}

## Checks

Each check is one definition in the source (its options above come from it); the id ends the
check ids in reports, e.g. \`data/training set/age/range\`.

| Check | Where | Options | Fails when |
| --- | --- | --- | --- |
${[
  ...definitions.COLUMN_CHECKS.map((c) => ["column", c]),
  ...definitions.DATASET_CHECKS.map((c) => ["dataset", c]),
  ...definitions.MODEL_CHECKS.map((c) => ["model", c]),
]
  .map(
    ([where, c]) =>
      `| \`${c.id}\` | ${where} | ${Object.keys(c.options)
        .map((k) => `\`${k}\``)
        .join(", ")} | ${c.description.replace(/\|/g, "\\|")} |`,
  )
  .join("\n")}

A complete example: [examples/churn-model/mlgate.yml](../examples/churn-model/mlgate.yml).
`;

/**
 * Stands in for src/regex/linear-regex.ts's engine while generating: ajv only checks the pattern
 * here, and writes `code` where the validator calls it, which the prelude imports.
 */
function linearRegExp(pattern, flags) {
  return new RegExp(pattern, flags);
}
linearRegExp.code = "linearRegExp";

/**
 * The schema with each top-level block (`data`, `lint`, `model`, …) moved under `definitions` and
 * referenced, for the compiled validator only (schemas/mlgate.schema.json is unchanged). Inlined,
 * the whole validator was one 470 KB function that V8 compiled on the first config of every run
 * (about 50 ms); as a function per block, only the blocks a config has are compiled. The same
 * keywords run on the same values, so the errors are the same (the config tests compare them).
 */
function splitForValidator(whole) {
  const split = structuredClone(whole);
  split.definitions ??= {};
  for (const [key, sub] of Object.entries(split.properties)) {
    if (typeof sub !== "object" || JSON.stringify(sub).length < 2000) continue;
    if (split.definitions[key] !== undefined) throw new Error(`definitions.${key} exists already`);
    split.definitions[key] = sub;
    split.properties[key] = { $ref: `#/definitions/${key}` };
  }
  return split;
}

/**
 * The config validator compiled ahead of time (ajv standalone code), so that no run pays for
 * compiling the mlgate.yml schema. Same options as the runtime validators (src/schema/validate.ts),
 * patterns included: they run on RE2JS like every other, though the schema's own are ours.
 *
 * In parts: the root (the top level, each large block accepted as it is) as module code, and each
 * block's validator in a file of its own (blockTexts), which src/config/parse-config.ts loads only
 * for the blocks a config has. As one module the blocks were 660 KB that V8 parsed at every start;
 * a lint run needs 57 KB of them.
 */
const VALIDATOR_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: false,
  allowUnionTypes: true,
  // Each definition its own function (see splitForValidator).
  inlineRefs: false,
};

/** The split schema and the top-level blocks that have a validator of their own. */
function validatorParts() {
  const split = splitForValidator(schema);
  const blocks = Object.keys(split.properties).filter(
    (key) => split.properties[key].$ref === `#/definitions/${key}`,
  );
  return { split, blocks };
}

/** The local `$ref`s in a schema fragment. */
function refsIn(fragment) {
  return [...JSON.stringify(fragment).matchAll(/"\$ref":"(#\/definitions\/[^"]+)"/g)].map((m) => m[1]);
}

/** src/config/mlgate-validator.generated.js: the root validator, and the names of the blocks. */
export function validatorText() {
  const { split, blocks } = validatorParts();
  const rootSchema = structuredClone(split);
  for (const key of blocks) rootSchema.properties[key] = true;
  // The root keeps only the definitions it still refers to (its schema is a constant in its code).
  const { definitions, ...top } = rootSchema;
  const kept = {};
  for (let refs = refsIn(top); refs.length; ) {
    const name = refs.pop().replace("#/definitions/", "");
    if (kept[name] !== undefined) continue;
    kept[name] = definitions[name];
    refs.push(...refsIn(definitions[name]));
  }
  rootSchema.definitions = kept;
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true, esm: true, regExp: linearRegExp } });
  const root = standaloneEsm(standaloneCode(ajv, ajv.compile(rootSchema)), {
    header: "// Generated by scripts/gen-config-schema.mjs from schemas/mlgate.schema.json; do not edit.",
    helper: "ucs2length",
    name: "ucs2length",
    imports: ['import { lazyAjvRegExp as linearRegExp } from "../regex/linear-regex.js";'],
  });
  return `${root}
/** The top-level blocks the root accepts as they are, each checked by its own validator (a file). */
export const BLOCK_NAMES = ${JSON.stringify(blocks)};
`;
}

/**
 * src/config/config-block-<name>.generated.cjs: each block's validator, as a CommonJS module whose
 * export makes it from ajv's one runtime helper and the pattern engine (the bundle has no
 * node_modules to require them from).
 */
export function blockTexts() {
  const { split, blocks } = validatorParts();
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true, esm: false, regExp: linearRegExp } });
  ajv.addSchema(split);
  return Object.fromEntries(
    blocks.map((key) => {
      const code = standaloneCode(ajv, { validate: `${split.$id}#/definitions/${key}` });
      const call = checkedHelperCall(code, "ucs2length");
      const body = code.replace(/^"use strict";/, "").replaceAll(call, "ucs2lengthModule");
      return [
        key,
        `// Generated by scripts/gen-config-schema.mjs from schemas/mlgate.schema.json; do not edit.
"use strict";
module.exports = function makeValidator(ucs2lengthModule, linearRegExp) {
const exports = {};
${body}
return exports.validate;
};
`,
      ];
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL("../schemas/mlgate.schema.json", import.meta.url), SCHEMA_TEXT);
  writeFileSync(new URL("../docs/configuration.md", import.meta.url), DOCS_TEXT);
  writeFileSync(new URL("../src/config/mlgate-validator.generated.js", import.meta.url), validatorText());
  for (const [key, text] of Object.entries(blockTexts()))
    writeFileSync(new URL(`../src/config/config-block-${key}.generated.cjs`, import.meta.url), text);
}
