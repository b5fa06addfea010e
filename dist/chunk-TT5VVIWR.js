import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  BASE_REPORT,
  baseSliceIds
} from "./chunk-UTDE6TFB.js";
import {
  VERSION
} from "./chunk-IOA2BS4O.js";
import {
  BASELINE_MAX_BYTES,
  BaselineRefused,
  BaselineTooLarge
} from "./chunk-ZLUWH53V.js";
import {
  matching
} from "./chunk-INQEPFGR.js";
import {
  checkMetricName,
  filesFor,
  isGlob,
  metricNames,
  pairedSource,
  readMetricsFiles
} from "./chunk-SGAZBDXZ.js";
import {
  asList
} from "./chunk-6RLKMJI7.js";
import {
  stageHead
} from "./chunk-IM4NCEDE.js";
import {
  closest,
  sortDiagnostics,
  validateDocument,
  withVia
} from "./chunk-Z4C2VEZV.js";
import {
  parseYaml
} from "./chunk-JVSTFKBI.js";
import {
  isReadError
} from "./chunk-C7FQYW2E.js";
import {
  createTempSpace,
  formatEstimate,
  formatMetric,
  tempRoot
} from "./chunk-6KOCNZY2.js";
import {
  readJsonArray,
  readerFor
} from "./chunk-6VHWHBVA.js";
import {
  WorkspaceError,
  createWorkspace,
  escapeReason,
  require_picomatch
} from "./chunk-ML2N7WWW.js";
import {
  toJsonReport
} from "./chunk-ZHJVOVYD.js";
import {
  require_ucs2length
} from "./chunk-NSQR6JOD.js";
import {
  lazyAjvRegExp
} from "./chunk-MOFOBO3X.js";
import {
  __toESM
} from "./chunk-2OBMBC2G.js";

// src/config/mlgate-validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var ucs2length = { default: typeof import_ucs2length.default === "function" ? import_ucs2length.default : import_ucs2length.default.default };
var mlgate_validator_generated_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mlgate.dev/schemas/mlgate.schema.json", "title": "mlgate.yml", "description": "Configuration of mlgate, the CI gate for machine-learning repositories.", "type": "object", "additionalProperties": false, "required": ["version"], "definitions": { "column": { "type": "object", "additionalProperties": false, "description": "Expectations on one column.", "properties": { "format": { "type": "string", "description": "Date/timestamp format, e.g. `YYYY-MM-DD` or `iso8601` (the default)." }, "type": { "type": "string", "enum": ["integer", "number", "string", "boolean", "date", "timestamp"], "description": "Every non-missing value must parse as this type." }, "min": { "type": "number", "description": "Smallest allowed value." }, "max": { "type": "number", "description": "Largest allowed value." }, "allowed": { "type": "array", "description": "The only values allowed (categories).", "items": { "type": ["string", "number", "boolean"] } }, "regex": { "type": "string", "description": "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround)." }, "unique": { "type": "boolean", "description": "No value may appear twice." }, "outliers": { "type": "object", "additionalProperties": false, "description": "Values far from the bulk of the column.", "properties": { "zscore": { "type": "number", "exclusiveMinimum": 0, "description": "A value more than this many standard deviations from the mean is an outlier." }, "iqr": { "type": "number", "exclusiveMinimum": 0, "description": "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual)." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of outliers tolerated." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "freshness": { "type": "object", "additionalProperties": false, "required": ["max_age"], "description": "The newest timestamp must be recent.", "properties": { "max_age": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds." }, "since": { "type": "string", "enum": ["now", "commit"], "description": "Measure age from now (default) or from the run's commit time." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "missing": { "type": "object", "additionalProperties": false, "description": "How many values may be missing (empty, null, NA).", "properties": { "max": { "type": "integer", "minimum": 0, "description": "At most this many missing values." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "At most this percentage of missing values." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "not_constant": { "description": "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.", "type": ["boolean", "object"], "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "mean": { "type": "object", "additionalProperties": false, "description": "Bounds on the mean of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "std": { "type": "object", "additionalProperties": false, "description": "Bounds on the sample standard deviation (ddof = 1) of the column's numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "median": { "type": "object", "additionalProperties": false, "description": "Bounds on the median of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "quantiles": { "type": "object", "description": 'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.', "additionalProperties": false, "minProperties": 1, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } }, "patternProperties": { "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": { "type": "object", "additionalProperties": false, "description": "Bounds on this quantile.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } } }, "distinct": { "type": "object", "additionalProperties": false, "description": "Bounds on the number of distinct non-missing values.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "string_length": { "type": "object", "additionalProperties": false, "description": "Bounds on the length in characters of each non-missing value, as written.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of rows allowed to violate this column's checks (type, range, allowed, regex)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "lint": { "description": "Config linting: a list of targets, or a mapping with `targets`, `rules` and `max_file_size`.", "if": { "type": "array" }, "then": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files"], "description": "A set of config files and the schema they must satisfy.", "properties": { "files": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to lint, relative to the repository root, e.g. `configs/**/*.yaml`. `{env}` in a glob stands for a name under `environments:` (`configs/{env}/**/*.yaml`): a file it matches for E belongs to environment E, and other names are not matched. Overlays, `x-mlgate-env` and the env-leak rule apply to a file only in a run of its own environment; in another environment's run it is still validated, against its base schema only (it is not skipped). Files of a glob without `{env}` belong to the run's environment." }, "exclude": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to leave out; `{env}` leaves out the same environment's files." }, "schema": { "type": "string", "description": "Base JSON Schema: a path in the repository, or `builtin:NAME` (dvc, mlflow-project, kedro-catalog, mlgate)." }, "environments": { "type": "object", "description": "Per-environment overlay schemas: in environment E the files must satisfy the base schema AND E's overlay (with `{env}` in `files`, only E's files).", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["schema"], "properties": { "schema": { "type": "string", "description": "Overlay schema for this environment (path or builtin:NAME)." } } } } } } }, "else": { "type": "object", "additionalProperties": false, "properties": { "targets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files"], "description": "A set of config files and the schema they must satisfy.", "properties": { "files": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to lint, relative to the repository root, e.g. `configs/**/*.yaml`. `{env}` in a glob stands for a name under `environments:` (`configs/{env}/**/*.yaml`): a file it matches for E belongs to environment E, and other names are not matched. Overlays, `x-mlgate-env` and the env-leak rule apply to a file only in a run of its own environment; in another environment's run it is still validated, against its base schema only (it is not skipped). Files of a glob without `{env}` belong to the run's environment." }, "exclude": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to leave out; `{env}` leaves out the same environment's files." }, "schema": { "type": "string", "description": "Base JSON Schema: a path in the repository, or `builtin:NAME` (dvc, mlflow-project, kedro-catalog, mlgate)." }, "environments": { "type": "object", "description": "Per-environment overlay schemas: in environment E the files must satisfy the base schema AND E's overlay (with `{env}` in `files`, only E's files).", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["schema"], "properties": { "schema": { "type": "string", "description": "Overlay schema for this environment (path or builtin:NAME)." } } } } } }, "description": "Sets of files and the schemas they must satisfy." }, "rules": { "type": "object", "additionalProperties": false, "description": "Built-in rules beyond JSON Schema, applied to every linted file.", "properties": { "env-leak": { "description": "In environment E, a string value that mentions another environment's markers (e.g. `backtest` in production).", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "markers": { "type": "object", "description": "Per environment, the words that must not appear in its configs.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1 } } } } } }, "secrets": { "description": "Hard-coded credentials: cloud access keys, private keys, tokens, passwords in URLs.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." } } } }, "yaml-truthy": { "description": "YAML 1.1 booleans (yes/no/on/off) that other tools read differently.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." } } } }, "duplicate-key": { "description": "The same key twice in one mapping.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." } } } }, "paths-exist": { "description": "Keys naming local paths: the path must exist and stay inside the repository.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "keys": { "type": "array", "items": { "type": "string" }, "description": "Key globs whose values are paths, e.g. `**.path`, `**.*_path`." } } } } } }, "max_file_size": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$", "errorMessage": "must be a size such as 512KB or 10MB", "description": "Files over this size are reported, not parsed (default 10MB)." } } } }, "data": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "if": { "not": { "anyOf": [{ "required": ["source"] }, { "required": ["splits"] }] } }, "then": { "required": ["path"], "properties": { "path": { "type": ["string", "array"], "items": { "type": "string" }, "description": "File(s) or glob(s): csv, tsv, json (array of records), jsonl, parquet, optionally .gz." } } }, "else": { "not": { "anyOf": [{ "required": ["path"] }, { "required": ["source", "splits"] }] }, "errorMessage": "takes one of path (files), source (a table or a query) or splits (train and test files)" }, "description": "One dataset: a file or a glob of files read as one table, or a table or query (`source`).", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name shown in the scorecard." }, "path": { "type": ["string", "array"], "items": { "type": "string" }, "description": "File(s) or glob(s): csv, tsv, json (array of records), jsonl, parquet, optionally .gz." }, "source": { "type": "object", "additionalProperties": false, "required": ["engine"], "description": "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.", "properties": { "engine": { "type": "string", "enum": ["postgres", "duckdb"], "description": "The engine that runs the checks." }, "url": { "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": "must be env:NAME, the environment variable that holds the connection URL", "description": "PostgreSQL: `env:NAME`, the environment variable holding the connection URL." }, "path": { "type": "string", "minLength": 1, "description": "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table." }, "database": { "type": "string", "minLength": 1, "description": "DuckDB: a database file in the repository, opened read-only." }, "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "errorMessage": "must be table or schema.table", "description": "The table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement whose rows are checked." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "Statement timeout (default 10m)." } } }, "splits": { "type": "object", "additionalProperties": false, "required": ["train", "test"], "description": "Train and test splits checked against each other (docs/checks-splits.md): rows in both (leakage), class balance, test categories never seen in train, the same columns and types. Two files, or two SQL sources of one engine and database. An entry with `splits` takes no `path` or `source`.", "properties": { "train": { "description": "The training split: one file in the repository, or a table or query where the data lives (as `data[].source`; `test` then names the same engine and database).", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["engine"], "description": "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.", "properties": { "engine": { "type": "string", "enum": ["postgres", "duckdb"], "description": "The engine that runs the checks." }, "url": { "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": "must be env:NAME, the environment variable that holds the connection URL", "description": "PostgreSQL: `env:NAME`, the environment variable holding the connection URL." }, "path": { "type": "string", "minLength": 1, "description": "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table." }, "database": { "type": "string", "minLength": 1, "description": "DuckDB: a database file in the repository, opened read-only." }, "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "errorMessage": "must be table or schema.table", "description": "The table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement whose rows are checked." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "Statement timeout (default 10m)." } } }] }, "test": { "description": "The test split: one file in the repository, or a table or query of train's engine and database.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["engine"], "description": "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.", "properties": { "engine": { "type": "string", "enum": ["postgres", "duckdb"], "description": "The engine that runs the checks." }, "url": { "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": "must be env:NAME, the environment variable that holds the connection URL", "description": "PostgreSQL: `env:NAME`, the environment variable holding the connection URL." }, "path": { "type": "string", "minLength": 1, "description": "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table." }, "database": { "type": "string", "minLength": 1, "description": "DuckDB: a database file in the repository, opened read-only." }, "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "errorMessage": "must be table or schema.table", "description": "The table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement whose rows are checked." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "Statement timeout (default 10m)." } } }] }, "key": { "description": "The columns two rows are the same on: a list of columns, or `all_columns` (the default: whole rows).", "anyOf": [{ "const": "all_columns" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "label": { "type": "string", "minLength": 1, "description": "The label column: its class shares are compared." }, "max_leaked_rows": { "type": "integer", "minimum": 0, "description": "Test rows whose key is also in train that are tolerated (default 0)." }, "max_class_shift": { "type": "number", "minimum": 0, "maximum": 1, "description": "Largest difference of one class's share of the rows between train and test, from 0 to 1 (default 0.1: ten points)." }, "categories": { "description": "Columns whose test values must all appear in train: `auto` (the default: text columns with at most 1,000 distinct values in train and at least 10 rows per value), a list, or `false`.", "anyOf": [{ "const": "auto" }, { "const": false }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "format": { "type": "string", "enum": ["csv", "tsv", "json", "jsonl", "parquet"], "description": "Format, when the extension does not say it." }, "delimiter": { "type": "string", "minLength": 1, "maxLength": 1, "description": "Field delimiter for delimited text (default: `,` for csv, tab for tsv)." }, "columns": { "type": "object", "description": "Expectations per column, keyed by column name.", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "Expectations on one column.", "properties": { "format": { "type": "string", "description": "Date/timestamp format, e.g. `YYYY-MM-DD` or `iso8601` (the default)." }, "type": { "type": "string", "enum": ["integer", "number", "string", "boolean", "date", "timestamp"], "description": "Every non-missing value must parse as this type." }, "min": { "type": "number", "description": "Smallest allowed value." }, "max": { "type": "number", "description": "Largest allowed value." }, "allowed": { "type": "array", "description": "The only values allowed (categories).", "items": { "type": ["string", "number", "boolean"] } }, "regex": { "type": "string", "description": "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround)." }, "unique": { "type": "boolean", "description": "No value may appear twice." }, "outliers": { "type": "object", "additionalProperties": false, "description": "Values far from the bulk of the column.", "properties": { "zscore": { "type": "number", "exclusiveMinimum": 0, "description": "A value more than this many standard deviations from the mean is an outlier." }, "iqr": { "type": "number", "exclusiveMinimum": 0, "description": "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual)." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of outliers tolerated." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "freshness": { "type": "object", "additionalProperties": false, "required": ["max_age"], "description": "The newest timestamp must be recent.", "properties": { "max_age": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds." }, "since": { "type": "string", "enum": ["now", "commit"], "description": "Measure age from now (default) or from the run's commit time." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "missing": { "type": "object", "additionalProperties": false, "description": "How many values may be missing (empty, null, NA).", "properties": { "max": { "type": "integer", "minimum": 0, "description": "At most this many missing values." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "At most this percentage of missing values." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "not_constant": { "description": "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.", "type": ["boolean", "object"], "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "mean": { "type": "object", "additionalProperties": false, "description": "Bounds on the mean of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "std": { "type": "object", "additionalProperties": false, "description": "Bounds on the sample standard deviation (ddof = 1) of the column's numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "median": { "type": "object", "additionalProperties": false, "description": "Bounds on the median of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "quantiles": { "type": "object", "description": 'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.', "additionalProperties": false, "minProperties": 1, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } }, "patternProperties": { "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": { "type": "object", "additionalProperties": false, "description": "Bounds on this quantile.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } } }, "distinct": { "type": "object", "additionalProperties": false, "description": "Bounds on the number of distinct non-missing values.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "string_length": { "type": "object", "additionalProperties": false, "description": "Bounds on the length in characters of each non-missing value, as written.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of rows allowed to violate this column's checks (type, range, allowed, regex)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "row_count": { "type": "object", "additionalProperties": false, "description": "Bounds on the number of rows.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "allow_extra_columns": { "type": "boolean", "description": "When false, a column not listed under `columns` is an error. Default true." }, "drift": { "type": "object", "additionalProperties": false, "required": ["reference"], "allOf": [{ "not": { "required": ["threshold", "thresholds"] }, "errorMessage": "takes `threshold` or `thresholds`, not both" }], "description": "Distribution drift of columns against a reference.", "properties": { "reference": { "description": "A reference data file, or `baseline` for the same file on the target branch; for a dataset with a SQL `source`, also `{ table }` or `{ query }` in the same database.", "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "description": "A table or a query of the dataset's SQL source (docs/sql-sources.md).", "properties": { "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "description": "The reference table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement: the reference rows." } } }] }, "columns": { "type": "array", "items": { "type": "string" }, "description": "Columns to compare (default: all shared columns). At most 20,000: drift of a wider file without `columns` is an error that asks for them." }, "method": { "type": "string", "enum": ["auto", "psi", "ks", "js", "chi2", "wasserstein"], "description": "Statistic: population stability index, Kolmogorov-Smirnov, Jensen-Shannon distance, chi-square, normalised Wasserstein; `auto` picks by column type and sample size." }, "threshold": { "type": "number", "minimum": 0, "description": "The bound of the statistic `method` names: for psi, js and wasserstein drift above it fails; for ks and chi2 a p-value below it fails. With `auto` it is deprecated (it would bound a p-value on some columns and a statistic on others): write `thresholds`." }, "thresholds": { "type": "object", "additionalProperties": false, "description": "A bound per statistic, for `auto` (which picks the statistic per column) or a named `method`; a statistic not given keeps its default. Not together with `threshold`.", "properties": { "psi": { "type": "number", "minimum": 0, "description": 'Upper bound on the population stability index: PSI above it fails (default 0.2, the usual "significant shift").' }, "ks_p": { "type": "number", "minimum": 0, "maximum": 1, "description": "Lower bound on the Kolmogorov-Smirnov p-value: a p-value below it fails (default 0.05)." }, "js": { "type": "number", "minimum": 0, "maximum": 1, "description": "Upper bound on the Jensen-Shannon distance (base 2, 0 to 1): a distance above it fails (default 0.1)." }, "chi2_p": { "type": "number", "minimum": 0, "maximum": 1, "description": "Lower bound on the chi-square p-value: a p-value below it fails (default 0.05)." }, "wasserstein": { "type": "number", "minimum": 0, "description": "Upper bound on the Wasserstein distance in reference standard deviations: a distance above it fails (default 0.1)." } } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "unique": { "type": "array", "description": "Compound keys: each entry is a list of columns whose combination must be unique.", "items": { "type": "array", "items": { "type": "string" }, "minItems": 1 } }, "one_hot": { "type": "array", "description": "One-hot groups: in each row exactly one column of the group is 1.", "items": { "type": "array", "items": { "type": "string" }, "minItems": 2 } }, "labels": { "type": "object", "additionalProperties": false, "required": ["column"], "description": "The label column and its checks (docs/checks-splits.md): conflicting labels and single-feature target leakage.", "properties": { "column": { "type": "string", "minLength": 1, "description": "The label column." }, "features": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "The feature columns (default: every column but the label and `exclude`)." }, "exclude": { "type": "array", "items": { "type": "string" }, "description": "Columns that are not features (identifiers, timestamps), when `features` is not given." }, "conflicts": { "type": "boolean", "description": "Fail on rows with the same features and different labels (default true)." }, "leakage": { "type": "boolean", "description": "Fail on a single feature that predicts the label above `max_score` (default true)." }, "max_score": { "type": "number", "minimum": 0.5, "maximum": 1, "description": "Largest AUC (binary label) or R² (numeric label) one feature may reach alone (default 0.95)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of these checks counts (default: the dataset's severity)." } } }, "compare_columns": { "type": "array", "description": 'Rules between two columns of the same row, e.g. `{ left: start_date, op: "<=", right: end_date }`.', "items": { "type": "object", "additionalProperties": false, "required": ["left", "op", "right"], "properties": { "left": { "type": "string", "minLength": 1, "description": "The column on the left." }, "op": { "type": "string", "enum": ["<", "<=", "==", "!=", ">=", ">"], "description": "`<`, `<=`, `==`, `!=`, `>=` or `>`: numbers compare as numbers, ISO dates/timestamps as instants, otherwise only `==`/`!=` apply (as text)." }, "right": { "type": "string", "minLength": 1, "description": "The column on the right." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of compared rows allowed to violate the rule (default 0)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "foreign_key": { "type": ["object", "array"], "additionalProperties": false, "required": ["column", "reference_column"], "properties": { "column": { "type": "string", "minLength": 1, "description": "The column holding the keys." }, "reference": { "type": "string", "minLength": 1, "description": "The reference file (a path in the repository, as `path`), for a dataset of files." }, "reference_table": { "type": "string", "minLength": 1, "description": "The reference table (`schema.table`) in the same database, for a dataset with a `source`." }, "reference_column": { "type": "string", "minLength": 1, "description": "The reference's key column." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } }, "description": "`{ column, reference: FILE, reference_column }` (or `reference_table:` for SQL sources), or a list of them.", "items": { "type": "object", "additionalProperties": false, "required": ["column", "reference_column"], "properties": { "column": { "type": "string", "minLength": 1, "description": "The column holding the keys." }, "reference": { "type": "string", "minLength": 1, "description": "The reference file (a path in the repository, as `path`), for a dataset of files." }, "reference_table": { "type": "string", "minLength": 1, "description": "The reference table (`schema.table`) in the same database, for a dataset with a `source`." }, "reference_column": { "type": "string", "minLength": 1, "description": "The reference's key column." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "where": { "type": "array", "description": "Conditional checks: each entry applies column checks to the rows its `condition` selects (docs/checks-relationships.md).", "items": { "type": "object", "additionalProperties": false, "required": ["condition", "columns"], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "^[^/]+$", "errorMessage": "must be a name without `/`", "description": "Name in check ids (`data/<dataset>/where/<name>/<column>/<check>`); default: its position, 1, 2, …" }, "condition": { "type": "object", "description": 'Which rows: `{ column, equals }`, `{ column, in: [...] }`, `{ column, missing: true }`, `{ column, op: ">=", value }`, `{ and: [...] }`, `{ or: [...] }`, `{ not: {...} }`.' }, "columns": { "type": "object", "description": "Expectations per column on the selected rows: the options of `columns:` (but `unique`).", "additionalProperties": { "$ref": "#/definitions/column", "type": "object", "description": "One column's options on the selected rows, as under `data.columns.<name>`." } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "Severity of this block's checks (default: the dataset's)." } } } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "description": "Datasets and the checks each must pass." }, "model": { "type": "object", "additionalProperties": false, "description": "Model quality: metric thresholds, metrics computed from predictions, slices, budgets.", "properties": { "metrics": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Metrics file(s), JSON or YAML; nested keys are flattened with dots (`latency_ms.p95`)." }, "thresholds": { "type": "object", "description": "Bounds per metric name (globs allowed), read from the metrics files.", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "Bounds on a metric.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "predictions": { "type": "object", "additionalProperties": false, "required": ["path", "task", "label"], "description": "A predictions file from which mlgate computes metrics itself.", "properties": { "path": { "type": "string", "description": "Predictions file (csv, jsonl, parquet)." }, "task": { "type": "string", "enum": ["binary", "multiclass", "regression"], "description": "Kind of model." }, "label": { "type": "string", "description": "Column with the true label or target." }, "prediction": { "type": "string", "description": "Column with the predicted label or value." }, "score": { "type": "string", "description": "Column with the probability of the positive class (binary)." }, "scores": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Multiclass: class label to the column holding its probability." }, "positive": { "type": ["string", "number", "boolean"], "description": "The positive class label (binary; default 1)." }, "threshold": { "type": "number", "minimum": 0, "maximum": 1, "description": "Decision threshold on `score` when `prediction` is absent (default 0.5)." }, "id": { "type": "string", "description": "Column identifying each example (used to pair predictions with the baseline)." }, "metrics": { "type": "object", "description": "Bounds per computed metric (accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, ece, mae, rmse, r2, ...).", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "Bounds on a metric.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "slices": { "type": "array", "description": "Per-slice quality: the metric on every group of a column.", "items": { "type": "object", "additionalProperties": false, "required": ["by", "metric"], "properties": { "by": { "type": "string", "description": "Column whose values define the slices." }, "metric": { "type": "string", "description": "Metric computed on each slice." }, "min": { "type": "number", "description": "Every slice must reach at least this." }, "max": { "type": "number", "description": "No slice may exceed this." }, "max_gap": { "type": "number", "minimum": 0, "description": "Largest minus smallest slice value may not exceed this." }, "min_size": { "type": "integer", "minimum": 1, "description": "Slices with fewer rows are reported as insufficient data, not failed." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "fairness": { "type": "array", "description": "Fairness measures over a sensitive column.", "items": { "type": "object", "additionalProperties": false, "required": ["by"], "properties": { "by": { "type": "string", "description": "Sensitive column." }, "demographic_parity_difference": { "type": "number", "minimum": 0, "description": "Maximum gap in positive-prediction rate between groups." }, "equal_opportunity_difference": { "type": "number", "minimum": 0, "description": "Maximum gap in true-positive rate between groups." }, "equalized_odds_difference": { "type": "number", "minimum": 0, "description": "Maximum of the TPR gap and the FPR gap." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } } } }, "baseline_model": { "description": "The model must beat a trivial predictor scored on the same labels (docs/checks-baseline-model.md): a kind, or `{kind, metrics, margin, severity}`. Needs `predictions`.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["majority", "stratified", "mean"], "description": "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression)." }, "else": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "type": "string", "enum": ["majority", "stratified", "mean"], "description": "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression)." }, "metrics": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "description": "Computed metrics to compare (default `accuracy`, `r2` for regression)." }, "margin": { "type": "number", "minimum": 0, "description": "How much better the model must be on each metric (default 0: strictly better); lower is better for losses and errors." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "artifact": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "The model file and its size budget.", "properties": { "path": { "type": "string", "description": "Model artifact path." }, "max_size_mb": { "type": "number", "exclusiveMinimum": 0, "description": "Largest allowed size in MB." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "compare": { "type": "object", "additionalProperties": false, "description": "Comparison of this change's metrics with the baseline of the target branch.", "properties": { "metrics": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Metrics file(s) to compare." }, "params": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Parameter file(s) whose changes are listed (like `dvc params diff`)." }, "baseline": { "type": "object", "additionalProperties": false, "description": "Where the baseline comes from.", "properties": { "from": { "type": "string", "pattern": "^(auto|artifact|git|path:.+)$", "errorMessage": "must be auto, artifact, git or path:FILE", "description": "`artifact` (the baseline run's upload), `git` (the files at the merge base), `path:FILE`, or `auto` (artifact, then git)." }, "branch": { "type": "string", "description": "Branch whose pushes record the baseline (default: the repository's default branch)." } } }, "rules": { "type": "object", "description": "Per metric (globs allowed; `*` matches all), the direction and tolerance.", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "How a metric may move against the baseline.", "properties": { "direction": { "type": "string", "enum": ["higher", "lower", "none"], "description": "Which way is better." }, "max_drop": { "type": "number", "minimum": 0, "description": "Largest tolerated absolute worsening (direction higher)." }, "max_drop_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Largest tolerated relative worsening in percent (direction higher)." }, "max_rise": { "type": "number", "minimum": 0, "description": "Largest tolerated absolute worsening (direction lower)." }, "max_rise_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Largest tolerated relative worsening in percent (direction lower)." }, "require_interval": { "type": "boolean", "description": "Fail when the paired bootstrap interval's worse end goes beyond the tolerance (stricter than the point estimate)." }, "require_significance": { "type": "boolean", "description": "Fail only when the worsening is statistically significant." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "significance": { "type": "object", "additionalProperties": false, "description": "Paired statistical tests on predictions present on both sides.", "properties": { "predictions": { "type": "string", "description": "Predictions file, on both head and baseline." }, "id": { "type": "string", "description": "Column joining the two sides; without it rows are paired by position." }, "confidence": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "description": "Confidence of the paired tests (default 0.98: under 1% false failures in the honesty simulation)." }, "power": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "description": "Power at which the scorecard quotes each test's minimum detectable change, and below which a tolerance is warned about (default 0.8)." }, "resamples": { "type": "integer", "minimum": 100, "description": "Bootstrap resamples (default 2000)." }, "seed": { "type": "integer", "description": "Seed of the bootstrap, for reproducible intervals." } } }, "trend": { "type": "integer", "minimum": 0, "maximum": 20, "description": "With artifact baselines, how many past baselines the scorecard's trend chart shows per metric with a rule (default 5; 0: no chart)." }, "on_missing_baseline": { "type": "string", "enum": ["pass", "warn", "fail"], "description": "What a missing baseline does to the gate (default warn)." } } } }, "properties": { "$schema": { "type": "string", "description": "JSON Schema this file follows (for editors)." }, "version": { "const": 1, "description": "Version of the mlgate.yml format. Always 1." }, "environments": { "type": "object", "description": "Named environments; the first whose branches match the target branch is chosen.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "branches": { "type": "array", "items": { "type": "string" }, "description": "Branch globs (e.g. `main`, `release/*`) that select this environment." }, "default": { "type": "boolean", "description": "Chosen when no branch matches." }, "deploy": { "type": "boolean", "description": "Changes to this environment are deployed; shown in the scorecard." }, "description": { "type": "string", "description": "Free text for humans." } } } }, "lint": { "$ref": "#/definitions/lint" }, "data": { "$ref": "#/definitions/data" }, "model": { "$ref": "#/definitions/model" }, "tests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "run"], "description": "One of the team's own test suites.", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name shown in the scorecard." }, "run": { "type": "string", "minLength": 1, "description": "Shell command, run at the repository root." }, "junit": { "type": "string", "description": "JUnit XML file the command writes." }, "category": { "type": "string", "enum": ["data", "model", "infrastructure", "monitoring"], "description": "ML Test Score section the suite belongs to." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds." }, "env": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Extra environment variables." }, "pass_env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "description": "A variable name, exactly as the runner sets it (e.g. `ACTIONS_ID_TOKEN_REQUEST_TOKEN`)." }, "description": "Variables the suite gets although mlgate removes them by default: every `ACTIONS_*` (runtime, results, cache and OIDC request tokens and URLs), every `INPUT_*` (the action's inputs, its `github-token` among them), `GITHUB_TOKEN`, `GH_TOKEN`, `GITHUB_OUTPUT`, `GITHUB_STATE` and any variable holding one of those tokens. Named exactly; their values are still redacted from what is published. See docs/suites-environment.md." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "description": "The team's own test suites; their JUnit results join the scorecard." }, "compare": { "$ref": "#/definitions/compare" }, "gates": { "type": "object", "additionalProperties": false, "description": "When the run fails.", "properties": { "fail_on": { "type": "string", "enum": ["error", "warning", "never"], "description": "The gate fails on findings of this severity or worse; `never` only reports." }, "min_ml_test_score": { "type": "number", "minimum": 0, "maximum": 7, "description": "Lowest ML Test Score (final, the minimum over the four sections) that passes." }, "environments": { "type": "object", "description": "Per-environment overrides of the gate.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "fail_on": { "type": "string", "enum": ["error", "warning", "never"], "description": "The gate fails on findings of this severity or worse; `never` only reports." }, "min_ml_test_score": { "type": "number", "minimum": 0, "maximum": 7, "description": "Lowest ML Test Score (final, the minimum over the four sections) that passes." } } } } } }, "scorecard": { "type": "object", "additionalProperties": false, "description": "The scorecard posted on pull requests.", "properties": { "comment": { "type": "string", "enum": ["always", "on-change", "on-failure", "never"], "description": "When to post or update the PR comment." }, "charts": { "description": "Charts in the scorecard, the HTML report and `--charts` (all on by default; `false`: none).", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "roc": { "type": "boolean", "description": "ROC curve, head against base, with each AUC." }, "pr": { "type": "boolean", "description": "Precision-recall curve, head against base, with each average precision." }, "calibration": { "type": "boolean", "description": "Calibration curve: observed rate of positives per score bin." }, "slices": { "type": "boolean", "description": "Each slice's metric as bars, head against base." }, "drift": { "type": "boolean", "description": "Reference against current histograms of the drift columns that moved most." }, "drift_columns": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many drift columns get a chart, those that moved most first (default 3)." }, "trend": { "type": "boolean", "description": "Metrics over the last baselines (artifact baselines)." } } }] }, "ml_test_score": { "type": "object", "additionalProperties": false, "description": "The ML Test Score rubric (Breck et al., 2017).", "properties": { "manual": { "type": "object", "description": "Rubric items done by hand, with how (half a point each), e.g. `model.1: reviewed in PR template`.", "propertyNames": { "pattern": "^(data|model|infrastructure|monitoring)\\.[1-7]$", "errorMessage": "must be a rubric item such as data.1 or monitoring.7" }, "additionalProperties": { "type": "string", "minLength": 1 } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = lazyAjvRegExp;
var func7 = ucs2length.default;
var pattern0 = func3("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
var pattern7 = func3("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "u");
var pattern23 = func3("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
var pattern26 = func3("^(data|model|infrastructure|monitoring)\\.[1-7]$", "u");
var schema7 = { "description": "Config linting: a list of targets, or a mapping with `targets`, `rules` and `max_file_size`.", "if": { "type": "array" }, "then": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files"], "description": "A set of config files and the schema they must satisfy.", "properties": { "files": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to lint, relative to the repository root, e.g. `configs/**/*.yaml`. `{env}` in a glob stands for a name under `environments:` (`configs/{env}/**/*.yaml`): a file it matches for E belongs to environment E, and other names are not matched. Overlays, `x-mlgate-env` and the env-leak rule apply to a file only in a run of its own environment; in another environment's run it is still validated, against its base schema only (it is not skipped). Files of a glob without `{env}` belong to the run's environment." }, "exclude": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to leave out; `{env}` leaves out the same environment's files." }, "schema": { "type": "string", "description": "Base JSON Schema: a path in the repository, or `builtin:NAME` (dvc, mlflow-project, kedro-catalog, mlgate)." }, "environments": { "type": "object", "description": "Per-environment overlay schemas: in environment E the files must satisfy the base schema AND E's overlay (with `{env}` in `files`, only E's files).", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["schema"], "properties": { "schema": { "type": "string", "description": "Overlay schema for this environment (path or builtin:NAME)." } } } } } } }, "else": { "type": "object", "additionalProperties": false, "properties": { "targets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files"], "description": "A set of config files and the schema they must satisfy.", "properties": { "files": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to lint, relative to the repository root, e.g. `configs/**/*.yaml`. `{env}` in a glob stands for a name under `environments:` (`configs/{env}/**/*.yaml`): a file it matches for E belongs to environment E, and other names are not matched. Overlays, `x-mlgate-env` and the env-leak rule apply to a file only in a run of its own environment; in another environment's run it is still validated, against its base schema only (it is not skipped). Files of a glob without `{env}` belong to the run's environment." }, "exclude": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob(s) of files to leave out; `{env}` leaves out the same environment's files." }, "schema": { "type": "string", "description": "Base JSON Schema: a path in the repository, or `builtin:NAME` (dvc, mlflow-project, kedro-catalog, mlgate)." }, "environments": { "type": "object", "description": "Per-environment overlay schemas: in environment E the files must satisfy the base schema AND E's overlay (with `{env}` in `files`, only E's files).", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["schema"], "properties": { "schema": { "type": "string", "description": "Overlay schema for this environment (path or builtin:NAME)." } } } } } }, "description": "Sets of files and the schemas they must satisfy." }, "rules": { "type": "object", "additionalProperties": false, "description": "Built-in rules beyond JSON Schema, applied to every linted file.", "properties": { "env-leak": { "description": "In environment E, a string value that mentions another environment's markers (e.g. `backtest` in production).", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "markers": { "type": "object", "description": "Per environment, the words that must not appear in its configs.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1 } } } } } }, "secrets": { "description": "Hard-coded credentials: cloud access keys, private keys, tokens, passwords in URLs.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." } } } }, "yaml-truthy": { "description": "YAML 1.1 booleans (yes/no/on/off) that other tools read differently.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." } } } }, "duplicate-key": { "description": "The same key twice in one mapping.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." } } } }, "paths-exist": { "description": "Keys naming local paths: the path must exist and stay inside the repository.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "else": { "type": "object", "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning", "off"], "description": "Severity of this rule's findings, or `off` to disable it." }, "keys": { "type": "array", "items": { "type": "string" }, "description": "Key globs whose values are paths, e.g. `**.path`, `**.*_path`." } } } } } }, "max_file_size": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$", "errorMessage": "must be a size such as 512KB or 10MB", "description": "Files over this size are reported, not parsed (default 10MB)." } } } };
var pattern4 = func3("^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.files === void 0) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/then/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema7.then.items.required, parentSchema: schema7.then.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          for (const key0 in data0) {
            if (!(key0 === "files" || key0 === "exclude" || key0 === "schema" || key0 === "environments")) {
              const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/then/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.then.items, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data0.files !== void 0) {
            let data1 = data0.files;
            if (typeof data1 !== "string" && !Array.isArray(data1)) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/files", schemaPath: "#/then/items/properties/files/type", keyword: "type", params: { type: schema7.then.items.properties.files.type }, message: "must be string,array", schema: schema7.then.items.properties.files.type, parentSchema: schema7.then.items.properties.files, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (Array.isArray(data1)) {
              const len1 = data1.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data2 = data1[i1];
                if (typeof data2 !== "string") {
                  const err4 = { instancePath: instancePath + "/" + i0 + "/files/" + i1, schemaPath: "#/then/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.then.items.properties.files.items.type, parentSchema: schema7.then.items.properties.files.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
            }
          }
          if (data0.exclude !== void 0) {
            let data3 = data0.exclude;
            if (typeof data3 !== "string" && !Array.isArray(data3)) {
              const err5 = { instancePath: instancePath + "/" + i0 + "/exclude", schemaPath: "#/then/items/properties/exclude/type", keyword: "type", params: { type: schema7.then.items.properties.exclude.type }, message: "must be string,array", schema: schema7.then.items.properties.exclude.type, parentSchema: schema7.then.items.properties.exclude, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (Array.isArray(data3)) {
              const len2 = data3.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data4 = data3[i2];
                if (typeof data4 !== "string") {
                  const err6 = { instancePath: instancePath + "/" + i0 + "/exclude/" + i2, schemaPath: "#/then/items/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.then.items.properties.exclude.items.type, parentSchema: schema7.then.items.properties.exclude.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
            }
          }
          if (data0.schema !== void 0) {
            let data5 = data0.schema;
            if (typeof data5 !== "string") {
              const err7 = { instancePath: instancePath + "/" + i0 + "/schema", schemaPath: "#/then/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.then.items.properties.schema.type, parentSchema: schema7.then.items.properties.schema, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data0.environments !== void 0) {
            let data6 = data0.environments;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              for (const key1 in data6) {
                const _errs20 = errors;
                if (typeof key1 === "string") {
                  if (!pattern0.test(key1)) {
                    const err8 = { instancePath: instancePath + "/" + i0 + "/environments", schemaPath: "#/then/items/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema7.then.items.properties.environments.propertyNames, data: key1, propertyName: key1 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                var valid8 = _errs20 === errors;
                if (!valid8) {
                  const err9 = { instancePath: instancePath + "/" + i0 + "/environments", schemaPath: "#/then/items/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema7.then.items.properties.environments.propertyNames, parentSchema: schema7.then.items.properties.environments, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              for (const key2 in data6) {
                let data7 = data6[key2];
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  if (data7.schema === void 0) {
                    const err10 = { instancePath: instancePath + "/" + i0 + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/then/items/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema7.then.items.properties.environments.additionalProperties.required, parentSchema: schema7.then.items.properties.environments.additionalProperties, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                  for (const key3 in data7) {
                    if (!(key3 === "schema")) {
                      const err11 = { instancePath: instancePath + "/" + i0 + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/then/items/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.then.items.properties.environments.additionalProperties, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                  if (data7.schema !== void 0) {
                    let data8 = data7.schema;
                    if (typeof data8 !== "string") {
                      const err12 = { instancePath: instancePath + "/" + i0 + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/schema", schemaPath: "#/then/items/properties/environments/additionalProperties/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.then.items.properties.environments.additionalProperties.properties.schema.type, parentSchema: schema7.then.items.properties.environments.additionalProperties.properties.schema, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/" + i0 + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/then/items/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.then.items.properties.environments.additionalProperties.type, parentSchema: schema7.then.items.properties.environments.additionalProperties, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            } else {
              const err14 = { instancePath: instancePath + "/" + i0 + "/environments", schemaPath: "#/then/items/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.then.items.properties.environments.type, parentSchema: schema7.then.items.properties.environments, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        } else {
          const err15 = { instancePath: instancePath + "/" + i0, schemaPath: "#/then/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.then.items.type, parentSchema: schema7.then.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    } else {
      const err16 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.then.type, parentSchema: schema7.then, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs27 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key4 in data) {
        if (!(key4 === "targets" || key4 === "rules" || key4 === "max_file_size")) {
          const err17 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else, data };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.targets !== void 0) {
        let data9 = data.targets;
        if (Array.isArray(data9)) {
          const len3 = data9.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data10 = data9[i3];
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.files === void 0) {
                const err18 = { instancePath: instancePath + "/targets/" + i3, schemaPath: "#/else/properties/targets/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema7.else.properties.targets.items.required, parentSchema: schema7.else.properties.targets.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              for (const key5 in data10) {
                if (!(key5 === "files" || key5 === "exclude" || key5 === "schema" || key5 === "environments")) {
                  const err19 = { instancePath: instancePath + "/targets/" + i3, schemaPath: "#/else/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.targets.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
              if (data10.files !== void 0) {
                let data11 = data10.files;
                if (typeof data11 !== "string" && !Array.isArray(data11)) {
                  const err20 = { instancePath: instancePath + "/targets/" + i3 + "/files", schemaPath: "#/else/properties/targets/items/properties/files/type", keyword: "type", params: { type: schema7.else.properties.targets.items.properties.files.type }, message: "must be string,array", schema: schema7.else.properties.targets.items.properties.files.type, parentSchema: schema7.else.properties.targets.items.properties.files, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (Array.isArray(data11)) {
                  const len4 = data11.length;
                  for (let i4 = 0; i4 < len4; i4++) {
                    let data12 = data11[i4];
                    if (typeof data12 !== "string") {
                      const err21 = { instancePath: instancePath + "/targets/" + i3 + "/files/" + i4, schemaPath: "#/else/properties/targets/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.targets.items.properties.files.items.type, parentSchema: schema7.else.properties.targets.items.properties.files.items, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  }
                }
              }
              if (data10.exclude !== void 0) {
                let data13 = data10.exclude;
                if (typeof data13 !== "string" && !Array.isArray(data13)) {
                  const err22 = { instancePath: instancePath + "/targets/" + i3 + "/exclude", schemaPath: "#/else/properties/targets/items/properties/exclude/type", keyword: "type", params: { type: schema7.else.properties.targets.items.properties.exclude.type }, message: "must be string,array", schema: schema7.else.properties.targets.items.properties.exclude.type, parentSchema: schema7.else.properties.targets.items.properties.exclude, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (Array.isArray(data13)) {
                  const len5 = data13.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    let data14 = data13[i5];
                    if (typeof data14 !== "string") {
                      const err23 = { instancePath: instancePath + "/targets/" + i3 + "/exclude/" + i5, schemaPath: "#/else/properties/targets/items/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.targets.items.properties.exclude.items.type, parentSchema: schema7.else.properties.targets.items.properties.exclude.items, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                }
              }
              if (data10.schema !== void 0) {
                let data15 = data10.schema;
                if (typeof data15 !== "string") {
                  const err24 = { instancePath: instancePath + "/targets/" + i3 + "/schema", schemaPath: "#/else/properties/targets/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.targets.items.properties.schema.type, parentSchema: schema7.else.properties.targets.items.properties.schema, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data10.environments !== void 0) {
                let data16 = data10.environments;
                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                  for (const key6 in data16) {
                    const _errs47 = errors;
                    if (typeof key6 === "string") {
                      if (!pattern0.test(key6)) {
                        const err25 = { instancePath: instancePath + "/targets/" + i3 + "/environments", schemaPath: "#/else/properties/targets/items/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema7.else.properties.targets.items.properties.environments.propertyNames, data: key6, propertyName: key6 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    var valid19 = _errs47 === errors;
                    if (!valid19) {
                      const err26 = { instancePath: instancePath + "/targets/" + i3 + "/environments", schemaPath: "#/else/properties/targets/items/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema7.else.properties.targets.items.properties.environments.propertyNames, parentSchema: schema7.else.properties.targets.items.properties.environments, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                  for (const key7 in data16) {
                    let data17 = data16[key7];
                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                      if (data17.schema === void 0) {
                        const err27 = { instancePath: instancePath + "/targets/" + i3 + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/else/properties/targets/items/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema7.else.properties.targets.items.properties.environments.additionalProperties.required, parentSchema: schema7.else.properties.targets.items.properties.environments.additionalProperties, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                      for (const key8 in data17) {
                        if (!(key8 === "schema")) {
                          const err28 = { instancePath: instancePath + "/targets/" + i3 + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/else/properties/targets/items/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.targets.items.properties.environments.additionalProperties, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                      }
                      if (data17.schema !== void 0) {
                        let data18 = data17.schema;
                        if (typeof data18 !== "string") {
                          const err29 = { instancePath: instancePath + "/targets/" + i3 + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/schema", schemaPath: "#/else/properties/targets/items/properties/environments/additionalProperties/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.targets.items.properties.environments.additionalProperties.properties.schema.type, parentSchema: schema7.else.properties.targets.items.properties.environments.additionalProperties.properties.schema, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err30 = { instancePath: instancePath + "/targets/" + i3 + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/else/properties/targets/items/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.targets.items.properties.environments.additionalProperties.type, parentSchema: schema7.else.properties.targets.items.properties.environments.additionalProperties, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err31 = { instancePath: instancePath + "/targets/" + i3 + "/environments", schemaPath: "#/else/properties/targets/items/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.targets.items.properties.environments.type, parentSchema: schema7.else.properties.targets.items.properties.environments, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/targets/" + i3, schemaPath: "#/else/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.targets.items.type, parentSchema: schema7.else.properties.targets.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        } else {
          const err33 = { instancePath: instancePath + "/targets", schemaPath: "#/else/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.else.properties.targets.type, parentSchema: schema7.else.properties.targets, data: data9 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.rules !== void 0) {
        let data19 = data.rules;
        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
          for (const key9 in data19) {
            if (!(key9 === "env-leak" || key9 === "secrets" || key9 === "yaml-truthy" || key9 === "duplicate-key" || key9 === "paths-exist")) {
              const err34 = { instancePath: instancePath + "/rules", schemaPath: "#/else/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.rules, data: data19 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data19["env-leak"] !== void 0) {
            let data20 = data19["env-leak"];
            const _errs58 = errors;
            let valid23 = true;
            const _errs59 = errors;
            if (typeof data20 !== "string") {
              const err35 = {};
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            var _valid1 = _errs59 === errors;
            errors = _errs58;
            if (vErrors !== null) {
              if (_errs58) {
                vErrors.length = _errs58;
              } else {
                vErrors = null;
              }
            }
            let ifClause1;
            if (_valid1) {
              const _errs61 = errors;
              if (typeof data20 !== "string") {
                const err36 = { instancePath: instancePath + "/rules/env-leak", schemaPath: "#/else/properties/rules/properties/env-leak/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["env-leak"].then.type, parentSchema: schema7.else.properties.rules.properties["env-leak"].then, data: data20 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (!(data20 === "error" || data20 === "warning" || data20 === "off")) {
                const err37 = { instancePath: instancePath + "/rules/env-leak", schemaPath: "#/else/properties/rules/properties/env-leak/then/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["env-leak"].then.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["env-leak"].then.enum, parentSchema: schema7.else.properties.rules.properties["env-leak"].then, data: data20 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var _valid1 = _errs61 === errors;
              valid23 = _valid1;
              ifClause1 = "then";
            } else {
              const _errs63 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                for (const key10 in data20) {
                  if (!(key10 === "severity" || key10 === "markers")) {
                    const err38 = { instancePath: instancePath + "/rules/env-leak", schemaPath: "#/else/properties/rules/properties/env-leak/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.rules.properties["env-leak"].else, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data20.severity !== void 0) {
                  let data21 = data20.severity;
                  if (typeof data21 !== "string") {
                    const err39 = { instancePath: instancePath + "/rules/env-leak/severity", schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["env-leak"].else.properties.severity.type, parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.severity, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  if (!(data21 === "error" || data21 === "warning" || data21 === "off")) {
                    const err40 = { instancePath: instancePath + "/rules/env-leak/severity", schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/severity/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["env-leak"].else.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["env-leak"].else.properties.severity.enum, parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.severity, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data20.markers !== void 0) {
                  let data22 = data20.markers;
                  if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    for (const key11 in data22) {
                      const _errs70 = errors;
                      if (typeof key11 === "string") {
                        if (!pattern0.test(key11)) {
                          const err41 = { instancePath: instancePath + "/rules/env-leak/markers", schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/markers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.propertyNames, data: key11, propertyName: key11 };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                      }
                      var valid25 = _errs70 === errors;
                      if (!valid25) {
                        const err42 = { instancePath: instancePath + "/rules/env-leak/markers", schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/markers/propertyNames", keyword: "propertyNames", params: { propertyName: key11 }, message: "property name must be valid", schema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.propertyNames, parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    for (const key12 in data22) {
                      let data23 = data22[key12];
                      if (Array.isArray(data23)) {
                        const len6 = data23.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          let data24 = data23[i6];
                          if (typeof data24 === "string") {
                            if (func7(data24) < 1) {
                              const err43 = { instancePath: instancePath + "/rules/env-leak/markers/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/markers/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.additionalProperties.items, data: data24 };
                              if (vErrors === null) {
                                vErrors = [err43];
                              } else {
                                vErrors.push(err43);
                              }
                              errors++;
                            }
                          } else {
                            const err44 = { instancePath: instancePath + "/rules/env-leak/markers/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/markers/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.additionalProperties.items.type, parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.additionalProperties.items, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err44];
                            } else {
                              vErrors.push(err44);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err45 = { instancePath: instancePath + "/rules/env-leak/markers/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/markers/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.additionalProperties.type, parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.additionalProperties, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/rules/env-leak/markers", schemaPath: "#/else/properties/rules/properties/env-leak/else/properties/markers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers.type, parentSchema: schema7.else.properties.rules.properties["env-leak"].else.properties.markers, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/rules/env-leak", schemaPath: "#/else/properties/rules/properties/env-leak/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.rules.properties["env-leak"].else.type, parentSchema: schema7.else.properties.rules.properties["env-leak"].else, data: data20 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var _valid1 = _errs63 === errors;
              valid23 = _valid1;
              ifClause1 = "else";
            }
            if (!valid23) {
              const err48 = { instancePath: instancePath + "/rules/env-leak", schemaPath: "#/else/properties/rules/properties/env-leak/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema7.else.properties.rules.properties["env-leak"].if, parentSchema: schema7.else.properties.rules.properties["env-leak"], data: data20 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data19.secrets !== void 0) {
            let data25 = data19.secrets;
            const _errs77 = errors;
            let valid29 = true;
            const _errs78 = errors;
            if (typeof data25 !== "string") {
              const err49 = {};
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            var _valid2 = _errs78 === errors;
            errors = _errs77;
            if (vErrors !== null) {
              if (_errs77) {
                vErrors.length = _errs77;
              } else {
                vErrors = null;
              }
            }
            let ifClause2;
            if (_valid2) {
              const _errs80 = errors;
              if (typeof data25 !== "string") {
                const err50 = { instancePath: instancePath + "/rules/secrets", schemaPath: "#/else/properties/rules/properties/secrets/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties.secrets.then.type, parentSchema: schema7.else.properties.rules.properties.secrets.then, data: data25 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (!(data25 === "error" || data25 === "warning" || data25 === "off")) {
                const err51 = { instancePath: instancePath + "/rules/secrets", schemaPath: "#/else/properties/rules/properties/secrets/then/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties.secrets.then.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties.secrets.then.enum, parentSchema: schema7.else.properties.rules.properties.secrets.then, data: data25 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              var _valid2 = _errs80 === errors;
              valid29 = _valid2;
              ifClause2 = "then";
            } else {
              const _errs82 = errors;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key13 in data25) {
                  if (!(key13 === "severity")) {
                    const err52 = { instancePath: instancePath + "/rules/secrets", schemaPath: "#/else/properties/rules/properties/secrets/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.rules.properties.secrets.else, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data25.severity !== void 0) {
                  let data26 = data25.severity;
                  if (typeof data26 !== "string") {
                    const err53 = { instancePath: instancePath + "/rules/secrets/severity", schemaPath: "#/else/properties/rules/properties/secrets/else/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties.secrets.else.properties.severity.type, parentSchema: schema7.else.properties.rules.properties.secrets.else.properties.severity, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  if (!(data26 === "error" || data26 === "warning" || data26 === "off")) {
                    const err54 = { instancePath: instancePath + "/rules/secrets/severity", schemaPath: "#/else/properties/rules/properties/secrets/else/properties/severity/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties.secrets.else.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties.secrets.else.properties.severity.enum, parentSchema: schema7.else.properties.rules.properties.secrets.else.properties.severity, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/rules/secrets", schemaPath: "#/else/properties/rules/properties/secrets/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.rules.properties.secrets.else.type, parentSchema: schema7.else.properties.rules.properties.secrets.else, data: data25 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid2 = _errs82 === errors;
              valid29 = _valid2;
              ifClause2 = "else";
            }
            if (!valid29) {
              const err56 = { instancePath: instancePath + "/rules/secrets", schemaPath: "#/else/properties/rules/properties/secrets/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema7.else.properties.rules.properties.secrets.if, parentSchema: schema7.else.properties.rules.properties.secrets, data: data25 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data19["yaml-truthy"] !== void 0) {
            let data27 = data19["yaml-truthy"];
            const _errs88 = errors;
            let valid31 = true;
            const _errs89 = errors;
            if (typeof data27 !== "string") {
              const err57 = {};
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            var _valid3 = _errs89 === errors;
            errors = _errs88;
            if (vErrors !== null) {
              if (_errs88) {
                vErrors.length = _errs88;
              } else {
                vErrors = null;
              }
            }
            let ifClause3;
            if (_valid3) {
              const _errs91 = errors;
              if (typeof data27 !== "string") {
                const err58 = { instancePath: instancePath + "/rules/yaml-truthy", schemaPath: "#/else/properties/rules/properties/yaml-truthy/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["yaml-truthy"].then.type, parentSchema: schema7.else.properties.rules.properties["yaml-truthy"].then, data: data27 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (!(data27 === "error" || data27 === "warning" || data27 === "off")) {
                const err59 = { instancePath: instancePath + "/rules/yaml-truthy", schemaPath: "#/else/properties/rules/properties/yaml-truthy/then/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["yaml-truthy"].then.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["yaml-truthy"].then.enum, parentSchema: schema7.else.properties.rules.properties["yaml-truthy"].then, data: data27 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              var _valid3 = _errs91 === errors;
              valid31 = _valid3;
              ifClause3 = "then";
            } else {
              const _errs93 = errors;
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                for (const key14 in data27) {
                  if (!(key14 === "severity")) {
                    const err60 = { instancePath: instancePath + "/rules/yaml-truthy", schemaPath: "#/else/properties/rules/properties/yaml-truthy/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.rules.properties["yaml-truthy"].else, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data27.severity !== void 0) {
                  let data28 = data27.severity;
                  if (typeof data28 !== "string") {
                    const err61 = { instancePath: instancePath + "/rules/yaml-truthy/severity", schemaPath: "#/else/properties/rules/properties/yaml-truthy/else/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["yaml-truthy"].else.properties.severity.type, parentSchema: schema7.else.properties.rules.properties["yaml-truthy"].else.properties.severity, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                  if (!(data28 === "error" || data28 === "warning" || data28 === "off")) {
                    const err62 = { instancePath: instancePath + "/rules/yaml-truthy/severity", schemaPath: "#/else/properties/rules/properties/yaml-truthy/else/properties/severity/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["yaml-truthy"].else.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["yaml-truthy"].else.properties.severity.enum, parentSchema: schema7.else.properties.rules.properties["yaml-truthy"].else.properties.severity, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/rules/yaml-truthy", schemaPath: "#/else/properties/rules/properties/yaml-truthy/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.rules.properties["yaml-truthy"].else.type, parentSchema: schema7.else.properties.rules.properties["yaml-truthy"].else, data: data27 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              var _valid3 = _errs93 === errors;
              valid31 = _valid3;
              ifClause3 = "else";
            }
            if (!valid31) {
              const err64 = { instancePath: instancePath + "/rules/yaml-truthy", schemaPath: "#/else/properties/rules/properties/yaml-truthy/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema7.else.properties.rules.properties["yaml-truthy"].if, parentSchema: schema7.else.properties.rules.properties["yaml-truthy"], data: data27 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
          if (data19["duplicate-key"] !== void 0) {
            let data29 = data19["duplicate-key"];
            const _errs99 = errors;
            let valid33 = true;
            const _errs100 = errors;
            if (typeof data29 !== "string") {
              const err65 = {};
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            var _valid4 = _errs100 === errors;
            errors = _errs99;
            if (vErrors !== null) {
              if (_errs99) {
                vErrors.length = _errs99;
              } else {
                vErrors = null;
              }
            }
            let ifClause4;
            if (_valid4) {
              const _errs102 = errors;
              if (typeof data29 !== "string") {
                const err66 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/else/properties/rules/properties/duplicate-key/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["duplicate-key"].then.type, parentSchema: schema7.else.properties.rules.properties["duplicate-key"].then, data: data29 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (!(data29 === "error" || data29 === "warning" || data29 === "off")) {
                const err67 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/else/properties/rules/properties/duplicate-key/then/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["duplicate-key"].then.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["duplicate-key"].then.enum, parentSchema: schema7.else.properties.rules.properties["duplicate-key"].then, data: data29 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              var _valid4 = _errs102 === errors;
              valid33 = _valid4;
              ifClause4 = "then";
            } else {
              const _errs104 = errors;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key15 in data29) {
                  if (!(key15 === "severity")) {
                    const err68 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/else/properties/rules/properties/duplicate-key/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.rules.properties["duplicate-key"].else, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data29.severity !== void 0) {
                  let data30 = data29.severity;
                  if (typeof data30 !== "string") {
                    const err69 = { instancePath: instancePath + "/rules/duplicate-key/severity", schemaPath: "#/else/properties/rules/properties/duplicate-key/else/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["duplicate-key"].else.properties.severity.type, parentSchema: schema7.else.properties.rules.properties["duplicate-key"].else.properties.severity, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                  if (!(data30 === "error" || data30 === "warning" || data30 === "off")) {
                    const err70 = { instancePath: instancePath + "/rules/duplicate-key/severity", schemaPath: "#/else/properties/rules/properties/duplicate-key/else/properties/severity/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["duplicate-key"].else.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["duplicate-key"].else.properties.severity.enum, parentSchema: schema7.else.properties.rules.properties["duplicate-key"].else.properties.severity, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/else/properties/rules/properties/duplicate-key/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.rules.properties["duplicate-key"].else.type, parentSchema: schema7.else.properties.rules.properties["duplicate-key"].else, data: data29 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              var _valid4 = _errs104 === errors;
              valid33 = _valid4;
              ifClause4 = "else";
            }
            if (!valid33) {
              const err72 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/else/properties/rules/properties/duplicate-key/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema7.else.properties.rules.properties["duplicate-key"].if, parentSchema: schema7.else.properties.rules.properties["duplicate-key"], data: data29 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
          if (data19["paths-exist"] !== void 0) {
            let data31 = data19["paths-exist"];
            const _errs110 = errors;
            let valid35 = true;
            const _errs111 = errors;
            if (typeof data31 !== "string") {
              const err73 = {};
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            var _valid5 = _errs111 === errors;
            errors = _errs110;
            if (vErrors !== null) {
              if (_errs110) {
                vErrors.length = _errs110;
              } else {
                vErrors = null;
              }
            }
            let ifClause5;
            if (_valid5) {
              const _errs113 = errors;
              if (typeof data31 !== "string") {
                const err74 = { instancePath: instancePath + "/rules/paths-exist", schemaPath: "#/else/properties/rules/properties/paths-exist/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["paths-exist"].then.type, parentSchema: schema7.else.properties.rules.properties["paths-exist"].then, data: data31 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (!(data31 === "error" || data31 === "warning" || data31 === "off")) {
                const err75 = { instancePath: instancePath + "/rules/paths-exist", schemaPath: "#/else/properties/rules/properties/paths-exist/then/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["paths-exist"].then.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["paths-exist"].then.enum, parentSchema: schema7.else.properties.rules.properties["paths-exist"].then, data: data31 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              var _valid5 = _errs113 === errors;
              valid35 = _valid5;
              ifClause5 = "then";
            } else {
              const _errs115 = errors;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key16 in data31) {
                  if (!(key16 === "severity" || key16 === "keys")) {
                    const err76 = { instancePath: instancePath + "/rules/paths-exist", schemaPath: "#/else/properties/rules/properties/paths-exist/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.else.properties.rules.properties["paths-exist"].else, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data31.severity !== void 0) {
                  let data32 = data31.severity;
                  if (typeof data32 !== "string") {
                    const err77 = { instancePath: instancePath + "/rules/paths-exist/severity", schemaPath: "#/else/properties/rules/properties/paths-exist/else/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["paths-exist"].else.properties.severity.type, parentSchema: schema7.else.properties.rules.properties["paths-exist"].else.properties.severity, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                  if (!(data32 === "error" || data32 === "warning" || data32 === "off")) {
                    const err78 = { instancePath: instancePath + "/rules/paths-exist/severity", schemaPath: "#/else/properties/rules/properties/paths-exist/else/properties/severity/enum", keyword: "enum", params: { allowedValues: schema7.else.properties.rules.properties["paths-exist"].else.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema7.else.properties.rules.properties["paths-exist"].else.properties.severity.enum, parentSchema: schema7.else.properties.rules.properties["paths-exist"].else.properties.severity, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data31.keys !== void 0) {
                  let data33 = data31.keys;
                  if (Array.isArray(data33)) {
                    const len7 = data33.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data34 = data33[i7];
                      if (typeof data34 !== "string") {
                        const err79 = { instancePath: instancePath + "/rules/paths-exist/keys/" + i7, schemaPath: "#/else/properties/rules/properties/paths-exist/else/properties/keys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.rules.properties["paths-exist"].else.properties.keys.items.type, parentSchema: schema7.else.properties.rules.properties["paths-exist"].else.properties.keys.items, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/rules/paths-exist/keys", schemaPath: "#/else/properties/rules/properties/paths-exist/else/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.else.properties.rules.properties["paths-exist"].else.properties.keys.type, parentSchema: schema7.else.properties.rules.properties["paths-exist"].else.properties.keys, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/rules/paths-exist", schemaPath: "#/else/properties/rules/properties/paths-exist/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.rules.properties["paths-exist"].else.type, parentSchema: schema7.else.properties.rules.properties["paths-exist"].else, data: data31 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              var _valid5 = _errs115 === errors;
              valid35 = _valid5;
              ifClause5 = "else";
            }
            if (!valid35) {
              const err82 = { instancePath: instancePath + "/rules/paths-exist", schemaPath: "#/else/properties/rules/properties/paths-exist/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: 'must match "' + ifClause5 + '" schema', schema: schema7.else.properties.rules.properties["paths-exist"].if, parentSchema: schema7.else.properties.rules.properties["paths-exist"], data: data31 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        } else {
          const err83 = { instancePath: instancePath + "/rules", schemaPath: "#/else/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.properties.rules.type, parentSchema: schema7.else.properties.rules, data: data19 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
      }
      if (data.max_file_size !== void 0) {
        let data35 = data.max_file_size;
        if (typeof data35 === "string") {
          if (!pattern4.test(data35)) {
            const err84 = { instancePath: instancePath + "/max_file_size", schemaPath: "#/else/properties/max_file_size/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$"', schema: "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$", parentSchema: schema7.else.properties.max_file_size, data: data35 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        } else {
          const err85 = { instancePath: instancePath + "/max_file_size", schemaPath: "#/else/properties/max_file_size/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.else.properties.max_file_size.type, parentSchema: schema7.else.properties.max_file_size, data: data35 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      }
    } else {
      const err86 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.else.type, parentSchema: schema7.else, data };
      if (vErrors === null) {
        vErrors = [err86];
      } else {
        vErrors.push(err86);
      }
      errors++;
    }
    var _valid0 = _errs27 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err87 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema7.if, parentSchema: schema7, data };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema8 = { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "if": { "not": { "anyOf": [{ "required": ["source"] }, { "required": ["splits"] }] } }, "then": { "required": ["path"], "properties": { "path": { "type": ["string", "array"], "items": { "type": "string" }, "description": "File(s) or glob(s): csv, tsv, json (array of records), jsonl, parquet, optionally .gz." } } }, "else": { "not": { "anyOf": [{ "required": ["path"] }, { "required": ["source", "splits"] }] }, "errorMessage": "takes one of path (files), source (a table or a query) or splits (train and test files)" }, "description": "One dataset: a file or a glob of files read as one table, or a table or query (`source`).", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name shown in the scorecard." }, "path": { "type": ["string", "array"], "items": { "type": "string" }, "description": "File(s) or glob(s): csv, tsv, json (array of records), jsonl, parquet, optionally .gz." }, "source": { "type": "object", "additionalProperties": false, "required": ["engine"], "description": "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.", "properties": { "engine": { "type": "string", "enum": ["postgres", "duckdb"], "description": "The engine that runs the checks." }, "url": { "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": "must be env:NAME, the environment variable that holds the connection URL", "description": "PostgreSQL: `env:NAME`, the environment variable holding the connection URL." }, "path": { "type": "string", "minLength": 1, "description": "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table." }, "database": { "type": "string", "minLength": 1, "description": "DuckDB: a database file in the repository, opened read-only." }, "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "errorMessage": "must be table or schema.table", "description": "The table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement whose rows are checked." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "Statement timeout (default 10m)." } } }, "splits": { "type": "object", "additionalProperties": false, "required": ["train", "test"], "description": "Train and test splits checked against each other (docs/checks-splits.md): rows in both (leakage), class balance, test categories never seen in train, the same columns and types. Two files, or two SQL sources of one engine and database. An entry with `splits` takes no `path` or `source`.", "properties": { "train": { "description": "The training split: one file in the repository, or a table or query where the data lives (as `data[].source`; `test` then names the same engine and database).", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["engine"], "description": "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.", "properties": { "engine": { "type": "string", "enum": ["postgres", "duckdb"], "description": "The engine that runs the checks." }, "url": { "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": "must be env:NAME, the environment variable that holds the connection URL", "description": "PostgreSQL: `env:NAME`, the environment variable holding the connection URL." }, "path": { "type": "string", "minLength": 1, "description": "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table." }, "database": { "type": "string", "minLength": 1, "description": "DuckDB: a database file in the repository, opened read-only." }, "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "errorMessage": "must be table or schema.table", "description": "The table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement whose rows are checked." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "Statement timeout (default 10m)." } } }] }, "test": { "description": "The test split: one file in the repository, or a table or query of train's engine and database.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["engine"], "description": "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.", "properties": { "engine": { "type": "string", "enum": ["postgres", "duckdb"], "description": "The engine that runs the checks." }, "url": { "type": "string", "pattern": "^env:[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": "must be env:NAME, the environment variable that holds the connection URL", "description": "PostgreSQL: `env:NAME`, the environment variable holding the connection URL." }, "path": { "type": "string", "minLength": 1, "description": "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table." }, "database": { "type": "string", "minLength": 1, "description": "DuckDB: a database file in the repository, opened read-only." }, "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "errorMessage": "must be table or schema.table", "description": "The table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement whose rows are checked." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "Statement timeout (default 10m)." } } }] }, "key": { "description": "The columns two rows are the same on: a list of columns, or `all_columns` (the default: whole rows).", "anyOf": [{ "const": "all_columns" }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "label": { "type": "string", "minLength": 1, "description": "The label column: its class shares are compared." }, "max_leaked_rows": { "type": "integer", "minimum": 0, "description": "Test rows whose key is also in train that are tolerated (default 0)." }, "max_class_shift": { "type": "number", "minimum": 0, "maximum": 1, "description": "Largest difference of one class's share of the rows between train and test, from 0 to 1 (default 0.1: ten points)." }, "categories": { "description": "Columns whose test values must all appear in train: `auto` (the default: text columns with at most 1,000 distinct values in train and at least 10 rows per value), a list, or `false`.", "anyOf": [{ "const": "auto" }, { "const": false }, { "type": "array", "items": { "type": "string" }, "minItems": 1 }] }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "format": { "type": "string", "enum": ["csv", "tsv", "json", "jsonl", "parquet"], "description": "Format, when the extension does not say it." }, "delimiter": { "type": "string", "minLength": 1, "maxLength": 1, "description": "Field delimiter for delimited text (default: `,` for csv, tab for tsv)." }, "columns": { "type": "object", "description": "Expectations per column, keyed by column name.", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "Expectations on one column.", "properties": { "format": { "type": "string", "description": "Date/timestamp format, e.g. `YYYY-MM-DD` or `iso8601` (the default)." }, "type": { "type": "string", "enum": ["integer", "number", "string", "boolean", "date", "timestamp"], "description": "Every non-missing value must parse as this type." }, "min": { "type": "number", "description": "Smallest allowed value." }, "max": { "type": "number", "description": "Largest allowed value." }, "allowed": { "type": "array", "description": "The only values allowed (categories).", "items": { "type": ["string", "number", "boolean"] } }, "regex": { "type": "string", "description": "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround)." }, "unique": { "type": "boolean", "description": "No value may appear twice." }, "outliers": { "type": "object", "additionalProperties": false, "description": "Values far from the bulk of the column.", "properties": { "zscore": { "type": "number", "exclusiveMinimum": 0, "description": "A value more than this many standard deviations from the mean is an outlier." }, "iqr": { "type": "number", "exclusiveMinimum": 0, "description": "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual)." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of outliers tolerated." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "freshness": { "type": "object", "additionalProperties": false, "required": ["max_age"], "description": "The newest timestamp must be recent.", "properties": { "max_age": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds." }, "since": { "type": "string", "enum": ["now", "commit"], "description": "Measure age from now (default) or from the run's commit time." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "missing": { "type": "object", "additionalProperties": false, "description": "How many values may be missing (empty, null, NA).", "properties": { "max": { "type": "integer", "minimum": 0, "description": "At most this many missing values." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "At most this percentage of missing values." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "not_constant": { "description": "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.", "type": ["boolean", "object"], "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "mean": { "type": "object", "additionalProperties": false, "description": "Bounds on the mean of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "std": { "type": "object", "additionalProperties": false, "description": "Bounds on the sample standard deviation (ddof = 1) of the column's numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "median": { "type": "object", "additionalProperties": false, "description": "Bounds on the median of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "quantiles": { "type": "object", "description": 'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.', "additionalProperties": false, "minProperties": 1, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } }, "patternProperties": { "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": { "type": "object", "additionalProperties": false, "description": "Bounds on this quantile.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } } }, "distinct": { "type": "object", "additionalProperties": false, "description": "Bounds on the number of distinct non-missing values.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "string_length": { "type": "object", "additionalProperties": false, "description": "Bounds on the length in characters of each non-missing value, as written.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of rows allowed to violate this column's checks (type, range, allowed, regex)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "row_count": { "type": "object", "additionalProperties": false, "description": "Bounds on the number of rows.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "allow_extra_columns": { "type": "boolean", "description": "When false, a column not listed under `columns` is an error. Default true." }, "drift": { "type": "object", "additionalProperties": false, "required": ["reference"], "allOf": [{ "not": { "required": ["threshold", "thresholds"] }, "errorMessage": "takes `threshold` or `thresholds`, not both" }], "description": "Distribution drift of columns against a reference.", "properties": { "reference": { "description": "A reference data file, or `baseline` for the same file on the target branch; for a dataset with a SQL `source`, also `{ table }` or `{ query }` in the same database.", "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "description": "A table or a query of the dataset's SQL source (docs/sql-sources.md).", "properties": { "table": { "type": "string", "pattern": "^[^.]+(\\.[^.]+)?$", "description": "The reference table, `table` or `schema.table`." }, "query": { "type": "string", "minLength": 1, "description": "One SELECT statement: the reference rows." } } }] }, "columns": { "type": "array", "items": { "type": "string" }, "description": "Columns to compare (default: all shared columns). At most 20,000: drift of a wider file without `columns` is an error that asks for them." }, "method": { "type": "string", "enum": ["auto", "psi", "ks", "js", "chi2", "wasserstein"], "description": "Statistic: population stability index, Kolmogorov-Smirnov, Jensen-Shannon distance, chi-square, normalised Wasserstein; `auto` picks by column type and sample size." }, "threshold": { "type": "number", "minimum": 0, "description": "The bound of the statistic `method` names: for psi, js and wasserstein drift above it fails; for ks and chi2 a p-value below it fails. With `auto` it is deprecated (it would bound a p-value on some columns and a statistic on others): write `thresholds`." }, "thresholds": { "type": "object", "additionalProperties": false, "description": "A bound per statistic, for `auto` (which picks the statistic per column) or a named `method`; a statistic not given keeps its default. Not together with `threshold`.", "properties": { "psi": { "type": "number", "minimum": 0, "description": 'Upper bound on the population stability index: PSI above it fails (default 0.2, the usual "significant shift").' }, "ks_p": { "type": "number", "minimum": 0, "maximum": 1, "description": "Lower bound on the Kolmogorov-Smirnov p-value: a p-value below it fails (default 0.05)." }, "js": { "type": "number", "minimum": 0, "maximum": 1, "description": "Upper bound on the Jensen-Shannon distance (base 2, 0 to 1): a distance above it fails (default 0.1)." }, "chi2_p": { "type": "number", "minimum": 0, "maximum": 1, "description": "Lower bound on the chi-square p-value: a p-value below it fails (default 0.05)." }, "wasserstein": { "type": "number", "minimum": 0, "description": "Upper bound on the Wasserstein distance in reference standard deviations: a distance above it fails (default 0.1)." } } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "unique": { "type": "array", "description": "Compound keys: each entry is a list of columns whose combination must be unique.", "items": { "type": "array", "items": { "type": "string" }, "minItems": 1 } }, "one_hot": { "type": "array", "description": "One-hot groups: in each row exactly one column of the group is 1.", "items": { "type": "array", "items": { "type": "string" }, "minItems": 2 } }, "labels": { "type": "object", "additionalProperties": false, "required": ["column"], "description": "The label column and its checks (docs/checks-splits.md): conflicting labels and single-feature target leakage.", "properties": { "column": { "type": "string", "minLength": 1, "description": "The label column." }, "features": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "The feature columns (default: every column but the label and `exclude`)." }, "exclude": { "type": "array", "items": { "type": "string" }, "description": "Columns that are not features (identifiers, timestamps), when `features` is not given." }, "conflicts": { "type": "boolean", "description": "Fail on rows with the same features and different labels (default true)." }, "leakage": { "type": "boolean", "description": "Fail on a single feature that predicts the label above `max_score` (default true)." }, "max_score": { "type": "number", "minimum": 0.5, "maximum": 1, "description": "Largest AUC (binary label) or R² (numeric label) one feature may reach alone (default 0.95)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of these checks counts (default: the dataset's severity)." } } }, "compare_columns": { "type": "array", "description": 'Rules between two columns of the same row, e.g. `{ left: start_date, op: "<=", right: end_date }`.', "items": { "type": "object", "additionalProperties": false, "required": ["left", "op", "right"], "properties": { "left": { "type": "string", "minLength": 1, "description": "The column on the left." }, "op": { "type": "string", "enum": ["<", "<=", "==", "!=", ">=", ">"], "description": "`<`, `<=`, `==`, `!=`, `>=` or `>`: numbers compare as numbers, ISO dates/timestamps as instants, otherwise only `==`/`!=` apply (as text)." }, "right": { "type": "string", "minLength": 1, "description": "The column on the right." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of compared rows allowed to violate the rule (default 0)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "foreign_key": { "type": ["object", "array"], "additionalProperties": false, "required": ["column", "reference_column"], "properties": { "column": { "type": "string", "minLength": 1, "description": "The column holding the keys." }, "reference": { "type": "string", "minLength": 1, "description": "The reference file (a path in the repository, as `path`), for a dataset of files." }, "reference_table": { "type": "string", "minLength": 1, "description": "The reference table (`schema.table`) in the same database, for a dataset with a `source`." }, "reference_column": { "type": "string", "minLength": 1, "description": "The reference's key column." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } }, "description": "`{ column, reference: FILE, reference_column }` (or `reference_table:` for SQL sources), or a list of them.", "items": { "type": "object", "additionalProperties": false, "required": ["column", "reference_column"], "properties": { "column": { "type": "string", "minLength": 1, "description": "The column holding the keys." }, "reference": { "type": "string", "minLength": 1, "description": "The reference file (a path in the repository, as `path`), for a dataset of files." }, "reference_table": { "type": "string", "minLength": 1, "description": "The reference table (`schema.table`) in the same database, for a dataset with a `source`." }, "reference_column": { "type": "string", "minLength": 1, "description": "The reference's key column." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "where": { "type": "array", "description": "Conditional checks: each entry applies column checks to the rows its `condition` selects (docs/checks-relationships.md).", "items": { "type": "object", "additionalProperties": false, "required": ["condition", "columns"], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "^[^/]+$", "errorMessage": "must be a name without `/`", "description": "Name in check ids (`data/<dataset>/where/<name>/<column>/<check>`); default: its position, 1, 2, …" }, "condition": { "type": "object", "description": 'Which rows: `{ column, equals }`, `{ column, in: [...] }`, `{ column, missing: true }`, `{ column, op: ">=", value }`, `{ and: [...] }`, `{ or: [...] }`, `{ not: {...} }`.' }, "columns": { "type": "object", "description": "Expectations per column on the selected rows: the options of `columns:` (but `unique`).", "additionalProperties": { "$ref": "#/definitions/column", "type": "object", "description": "One column's options on the selected rows, as under `data.columns.<name>`." } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "Severity of this block's checks (default: the dataset's)." } } } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "description": "Datasets and the checks each must pass." };
var pattern5 = func3("^env:[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern6 = func3("^[^.]+(\\.[^.]+)?$", "u");
var pattern15 = func3("^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$", "u");
var pattern18 = func3("^[^/]+$", "u");
var schema9 = { "type": "object", "additionalProperties": false, "description": "Expectations on one column.", "properties": { "format": { "type": "string", "description": "Date/timestamp format, e.g. `YYYY-MM-DD` or `iso8601` (the default)." }, "type": { "type": "string", "enum": ["integer", "number", "string", "boolean", "date", "timestamp"], "description": "Every non-missing value must parse as this type." }, "min": { "type": "number", "description": "Smallest allowed value." }, "max": { "type": "number", "description": "Largest allowed value." }, "allowed": { "type": "array", "description": "The only values allowed (categories).", "items": { "type": ["string", "number", "boolean"] } }, "regex": { "type": "string", "description": "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround)." }, "unique": { "type": "boolean", "description": "No value may appear twice." }, "outliers": { "type": "object", "additionalProperties": false, "description": "Values far from the bulk of the column.", "properties": { "zscore": { "type": "number", "exclusiveMinimum": 0, "description": "A value more than this many standard deviations from the mean is an outlier." }, "iqr": { "type": "number", "exclusiveMinimum": 0, "description": "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual)." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of outliers tolerated." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "freshness": { "type": "object", "additionalProperties": false, "required": ["max_age"], "description": "The newest timestamp must be recent.", "properties": { "max_age": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds." }, "since": { "type": "string", "enum": ["now", "commit"], "description": "Measure age from now (default) or from the run's commit time." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "missing": { "type": "object", "additionalProperties": false, "description": "How many values may be missing (empty, null, NA).", "properties": { "max": { "type": "integer", "minimum": 0, "description": "At most this many missing values." }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "At most this percentage of missing values." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "not_constant": { "description": "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.", "type": ["boolean", "object"], "additionalProperties": false, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "mean": { "type": "object", "additionalProperties": false, "description": "Bounds on the mean of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "std": { "type": "object", "additionalProperties": false, "description": "Bounds on the sample standard deviation (ddof = 1) of the column's numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "median": { "type": "object", "additionalProperties": false, "description": "Bounds on the median of the column's non-missing numbers.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "quantiles": { "type": "object", "description": 'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.', "additionalProperties": false, "minProperties": 1, "properties": { "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } }, "patternProperties": { "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": { "type": "object", "additionalProperties": false, "description": "Bounds on this quantile.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } } }, "distinct": { "type": "object", "additionalProperties": false, "description": "Bounds on the number of distinct non-missing values.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "string_length": { "type": "object", "additionalProperties": false, "description": "Bounds on the length in characters of each non-missing value, as written.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "max_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percentage of rows allowed to violate this column's checks (type, range, allowed, regex)." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema9.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.format.type, parentSchema: schema9.properties.format, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.type.type, parentSchema: schema9.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data1 === "integer" || data1 === "number" || data1 === "string" || data1 === "boolean" || data1 === "date" || data1 === "timestamp")) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema9.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.type.enum, parentSchema: schema9.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data2 = data.min;
      if (!(typeof data2 == "number")) {
        const err4 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.min.type, parentSchema: schema9.properties.min, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data3 = data.max;
      if (!(typeof data3 == "number")) {
        const err5 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.max.type, parentSchema: schema9.properties.max, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.allowed !== void 0) {
      let data4 = data.allowed;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string" && !(typeof data5 == "number") && typeof data5 !== "boolean") {
            const err6 = { instancePath: instancePath + "/allowed/" + i0, schemaPath: "#/properties/allowed/items/type", keyword: "type", params: { type: schema9.properties.allowed.items.type }, message: "must be string,number,boolean", schema: schema9.properties.allowed.items.type, parentSchema: schema9.properties.allowed.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.allowed.type, parentSchema: schema9.properties.allowed, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.regex !== void 0) {
      let data6 = data.regex;
      if (typeof data6 !== "string") {
        const err8 = { instancePath: instancePath + "/regex", schemaPath: "#/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.regex.type, parentSchema: schema9.properties.regex, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.unique !== void 0) {
      let data7 = data.unique;
      if (typeof data7 !== "boolean") {
        const err9 = { instancePath: instancePath + "/unique", schemaPath: "#/properties/unique/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.unique.type, parentSchema: schema9.properties.unique, data: data7 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.outliers !== void 0) {
      let data8 = data.outliers;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "zscore" || key1 === "iqr" || key1 === "max_percent" || key1 === "severity")) {
            const err10 = { instancePath: instancePath + "/outliers", schemaPath: "#/properties/outliers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.outliers, data: data8 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data8.zscore !== void 0) {
          let data9 = data8.zscore;
          if (typeof data9 == "number") {
            if (data9 <= 0 || isNaN(data9)) {
              const err11 = { instancePath: instancePath + "/outliers/zscore", schemaPath: "#/properties/outliers/properties/zscore/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema9.properties.outliers.properties.zscore, data: data9 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/outliers/zscore", schemaPath: "#/properties/outliers/properties/zscore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.outliers.properties.zscore.type, parentSchema: schema9.properties.outliers.properties.zscore, data: data9 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data8.iqr !== void 0) {
          let data10 = data8.iqr;
          if (typeof data10 == "number") {
            if (data10 <= 0 || isNaN(data10)) {
              const err13 = { instancePath: instancePath + "/outliers/iqr", schemaPath: "#/properties/outliers/properties/iqr/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema9.properties.outliers.properties.iqr, data: data10 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/outliers/iqr", schemaPath: "#/properties/outliers/properties/iqr/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.outliers.properties.iqr.type, parentSchema: schema9.properties.outliers.properties.iqr, data: data10 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data8.max_percent !== void 0) {
          let data11 = data8.max_percent;
          if (typeof data11 == "number") {
            if (data11 > 100 || isNaN(data11)) {
              const err15 = { instancePath: instancePath + "/outliers/max_percent", schemaPath: "#/properties/outliers/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema9.properties.outliers.properties.max_percent, data: data11 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err16 = { instancePath: instancePath + "/outliers/max_percent", schemaPath: "#/properties/outliers/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema9.properties.outliers.properties.max_percent, data: data11 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/outliers/max_percent", schemaPath: "#/properties/outliers/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.outliers.properties.max_percent.type, parentSchema: schema9.properties.outliers.properties.max_percent, data: data11 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data8.severity !== void 0) {
          let data12 = data8.severity;
          if (typeof data12 !== "string") {
            const err18 = { instancePath: instancePath + "/outliers/severity", schemaPath: "#/properties/outliers/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.outliers.properties.severity.type, parentSchema: schema9.properties.outliers.properties.severity, data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data12 === "error" || data12 === "warning")) {
            const err19 = { instancePath: instancePath + "/outliers/severity", schemaPath: "#/properties/outliers/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.outliers.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.outliers.properties.severity.enum, parentSchema: schema9.properties.outliers.properties.severity, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/outliers", schemaPath: "#/properties/outliers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.outliers.type, parentSchema: schema9.properties.outliers, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.freshness !== void 0) {
      let data13 = data.freshness;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.max_age === void 0) {
          const err21 = { instancePath: instancePath + "/freshness", schemaPath: "#/properties/freshness/required", keyword: "required", params: { missingProperty: "max_age" }, message: "must have required property 'max_age'", schema: schema9.properties.freshness.required, parentSchema: schema9.properties.freshness, data: data13 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key2 in data13) {
          if (!(key2 === "max_age" || key2 === "since" || key2 === "severity")) {
            const err22 = { instancePath: instancePath + "/freshness", schemaPath: "#/properties/freshness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.freshness, data: data13 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data13.max_age !== void 0) {
          let data14 = data13.max_age;
          if (typeof data14 !== "string" && !(typeof data14 == "number")) {
            const err23 = { instancePath: instancePath + "/freshness/max_age", schemaPath: "#/properties/freshness/properties/max_age/type", keyword: "type", params: { type: schema9.properties.freshness.properties.max_age.type }, message: "must be string,number", schema: schema9.properties.freshness.properties.max_age.type, parentSchema: schema9.properties.freshness.properties.max_age, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data14 === "string") {
            if (!pattern7.test(data14)) {
              const err24 = { instancePath: instancePath + "/freshness/max_age", schemaPath: "#/properties/freshness/properties/max_age/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", parentSchema: schema9.properties.freshness.properties.max_age, data: data14 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data13.since !== void 0) {
          let data15 = data13.since;
          if (typeof data15 !== "string") {
            const err25 = { instancePath: instancePath + "/freshness/since", schemaPath: "#/properties/freshness/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.freshness.properties.since.type, parentSchema: schema9.properties.freshness.properties.since, data: data15 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (!(data15 === "now" || data15 === "commit")) {
            const err26 = { instancePath: instancePath + "/freshness/since", schemaPath: "#/properties/freshness/properties/since/enum", keyword: "enum", params: { allowedValues: schema9.properties.freshness.properties.since.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.freshness.properties.since.enum, parentSchema: schema9.properties.freshness.properties.since, data: data15 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.severity !== void 0) {
          let data16 = data13.severity;
          if (typeof data16 !== "string") {
            const err27 = { instancePath: instancePath + "/freshness/severity", schemaPath: "#/properties/freshness/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.freshness.properties.severity.type, parentSchema: schema9.properties.freshness.properties.severity, data: data16 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (!(data16 === "error" || data16 === "warning")) {
            const err28 = { instancePath: instancePath + "/freshness/severity", schemaPath: "#/properties/freshness/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.freshness.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.freshness.properties.severity.enum, parentSchema: schema9.properties.freshness.properties.severity, data: data16 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/freshness", schemaPath: "#/properties/freshness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.freshness.type, parentSchema: schema9.properties.freshness, data: data13 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.missing !== void 0) {
      let data17 = data.missing;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key3 in data17) {
          if (!(key3 === "max" || key3 === "max_percent" || key3 === "severity")) {
            const err30 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.missing, data: data17 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data17.max !== void 0) {
          let data18 = data17.max;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
            const err31 = { instancePath: instancePath + "/missing/max", schemaPath: "#/properties/missing/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema9.properties.missing.properties.max.type, parentSchema: schema9.properties.missing.properties.max, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data18 == "number") {
            if (data18 < 0 || isNaN(data18)) {
              const err32 = { instancePath: instancePath + "/missing/max", schemaPath: "#/properties/missing/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema9.properties.missing.properties.max, data: data18 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        if (data17.max_percent !== void 0) {
          let data19 = data17.max_percent;
          if (typeof data19 == "number") {
            if (data19 > 100 || isNaN(data19)) {
              const err33 = { instancePath: instancePath + "/missing/max_percent", schemaPath: "#/properties/missing/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema9.properties.missing.properties.max_percent, data: data19 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data19 < 0 || isNaN(data19)) {
              const err34 = { instancePath: instancePath + "/missing/max_percent", schemaPath: "#/properties/missing/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema9.properties.missing.properties.max_percent, data: data19 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/missing/max_percent", schemaPath: "#/properties/missing/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.missing.properties.max_percent.type, parentSchema: schema9.properties.missing.properties.max_percent, data: data19 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data17.severity !== void 0) {
          let data20 = data17.severity;
          if (typeof data20 !== "string") {
            const err36 = { instancePath: instancePath + "/missing/severity", schemaPath: "#/properties/missing/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.missing.properties.severity.type, parentSchema: schema9.properties.missing.properties.severity, data: data20 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (!(data20 === "error" || data20 === "warning")) {
            const err37 = { instancePath: instancePath + "/missing/severity", schemaPath: "#/properties/missing/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.missing.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.missing.properties.severity.enum, parentSchema: schema9.properties.missing.properties.severity, data: data20 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.missing.type, parentSchema: schema9.properties.missing, data: data17 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.not_constant !== void 0) {
      let data21 = data.not_constant;
      if (typeof data21 !== "boolean" && !(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
        const err39 = { instancePath: instancePath + "/not_constant", schemaPath: "#/properties/not_constant/type", keyword: "type", params: { type: schema9.properties.not_constant.type }, message: "must be boolean,object", schema: schema9.properties.not_constant.type, parentSchema: schema9.properties.not_constant, data: data21 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key4 in data21) {
          if (!(key4 === "severity")) {
            const err40 = { instancePath: instancePath + "/not_constant", schemaPath: "#/properties/not_constant/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.not_constant, data: data21 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data21.severity !== void 0) {
          let data22 = data21.severity;
          if (typeof data22 !== "string") {
            const err41 = { instancePath: instancePath + "/not_constant/severity", schemaPath: "#/properties/not_constant/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.not_constant.properties.severity.type, parentSchema: schema9.properties.not_constant.properties.severity, data: data22 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (!(data22 === "error" || data22 === "warning")) {
            const err42 = { instancePath: instancePath + "/not_constant/severity", schemaPath: "#/properties/not_constant/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.not_constant.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.not_constant.properties.severity.enum, parentSchema: schema9.properties.not_constant.properties.severity, data: data22 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      }
    }
    if (data.mean !== void 0) {
      let data23 = data.mean;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key5 in data23) {
          if (!(key5 === "min" || key5 === "max" || key5 === "severity")) {
            const err43 = { instancePath: instancePath + "/mean", schemaPath: "#/properties/mean/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.mean, data: data23 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data23.min !== void 0) {
          let data24 = data23.min;
          if (!(typeof data24 == "number")) {
            const err44 = { instancePath: instancePath + "/mean/min", schemaPath: "#/properties/mean/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.mean.properties.min.type, parentSchema: schema9.properties.mean.properties.min, data: data24 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data23.max !== void 0) {
          let data25 = data23.max;
          if (!(typeof data25 == "number")) {
            const err45 = { instancePath: instancePath + "/mean/max", schemaPath: "#/properties/mean/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.mean.properties.max.type, parentSchema: schema9.properties.mean.properties.max, data: data25 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data23.severity !== void 0) {
          let data26 = data23.severity;
          if (typeof data26 !== "string") {
            const err46 = { instancePath: instancePath + "/mean/severity", schemaPath: "#/properties/mean/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.mean.properties.severity.type, parentSchema: schema9.properties.mean.properties.severity, data: data26 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (!(data26 === "error" || data26 === "warning")) {
            const err47 = { instancePath: instancePath + "/mean/severity", schemaPath: "#/properties/mean/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.mean.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.mean.properties.severity.enum, parentSchema: schema9.properties.mean.properties.severity, data: data26 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/mean", schemaPath: "#/properties/mean/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.mean.type, parentSchema: schema9.properties.mean, data: data23 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.std !== void 0) {
      let data27 = data.std;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key6 in data27) {
          if (!(key6 === "min" || key6 === "max" || key6 === "severity")) {
            const err49 = { instancePath: instancePath + "/std", schemaPath: "#/properties/std/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.std, data: data27 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data27.min !== void 0) {
          let data28 = data27.min;
          if (!(typeof data28 == "number")) {
            const err50 = { instancePath: instancePath + "/std/min", schemaPath: "#/properties/std/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.std.properties.min.type, parentSchema: schema9.properties.std.properties.min, data: data28 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data27.max !== void 0) {
          let data29 = data27.max;
          if (!(typeof data29 == "number")) {
            const err51 = { instancePath: instancePath + "/std/max", schemaPath: "#/properties/std/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.std.properties.max.type, parentSchema: schema9.properties.std.properties.max, data: data29 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data27.severity !== void 0) {
          let data30 = data27.severity;
          if (typeof data30 !== "string") {
            const err52 = { instancePath: instancePath + "/std/severity", schemaPath: "#/properties/std/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.std.properties.severity.type, parentSchema: schema9.properties.std.properties.severity, data: data30 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (!(data30 === "error" || data30 === "warning")) {
            const err53 = { instancePath: instancePath + "/std/severity", schemaPath: "#/properties/std/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.std.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.std.properties.severity.enum, parentSchema: schema9.properties.std.properties.severity, data: data30 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/std", schemaPath: "#/properties/std/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.std.type, parentSchema: schema9.properties.std, data: data27 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.median !== void 0) {
      let data31 = data.median;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key7 in data31) {
          if (!(key7 === "min" || key7 === "max" || key7 === "severity")) {
            const err55 = { instancePath: instancePath + "/median", schemaPath: "#/properties/median/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.median, data: data31 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data31.min !== void 0) {
          let data32 = data31.min;
          if (!(typeof data32 == "number")) {
            const err56 = { instancePath: instancePath + "/median/min", schemaPath: "#/properties/median/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.median.properties.min.type, parentSchema: schema9.properties.median.properties.min, data: data32 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data31.max !== void 0) {
          let data33 = data31.max;
          if (!(typeof data33 == "number")) {
            const err57 = { instancePath: instancePath + "/median/max", schemaPath: "#/properties/median/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.median.properties.max.type, parentSchema: schema9.properties.median.properties.max, data: data33 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data31.severity !== void 0) {
          let data34 = data31.severity;
          if (typeof data34 !== "string") {
            const err58 = { instancePath: instancePath + "/median/severity", schemaPath: "#/properties/median/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.median.properties.severity.type, parentSchema: schema9.properties.median.properties.severity, data: data34 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (!(data34 === "error" || data34 === "warning")) {
            const err59 = { instancePath: instancePath + "/median/severity", schemaPath: "#/properties/median/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.median.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.median.properties.severity.enum, parentSchema: schema9.properties.median.properties.severity, data: data34 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/median", schemaPath: "#/properties/median/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.median.type, parentSchema: schema9.properties.median, data: data31 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.quantiles !== void 0) {
      let data35 = data.quantiles;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (Object.keys(data35).length < 1) {
          const err61 = { instancePath: instancePath + "/quantiles", schemaPath: "#/properties/quantiles/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema9.properties.quantiles, data: data35 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        for (const key8 in data35) {
          if (!(key8 === "severity" || pattern15.test(key8))) {
            const err62 = { instancePath: instancePath + "/quantiles", schemaPath: "#/properties/quantiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.quantiles, data: data35 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data35.severity !== void 0) {
          let data36 = data35.severity;
          if (typeof data36 !== "string") {
            const err63 = { instancePath: instancePath + "/quantiles/severity", schemaPath: "#/properties/quantiles/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.quantiles.properties.severity.type, parentSchema: schema9.properties.quantiles.properties.severity, data: data36 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (!(data36 === "error" || data36 === "warning")) {
            const err64 = { instancePath: instancePath + "/quantiles/severity", schemaPath: "#/properties/quantiles/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.quantiles.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.quantiles.properties.severity.enum, parentSchema: schema9.properties.quantiles.properties.severity, data: data36 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        for (const key9 in data35) {
          if (pattern15.test(key9)) {
            let data37 = data35[key9];
            if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
              for (const key10 in data37) {
                if (!(key10 === "min" || key10 === "max" || key10 === "severity")) {
                  const err65 = { instancePath: instancePath + "/quantiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
              if (data37.min !== void 0) {
                let data38 = data37.min;
                if (!(typeof data38 == "number")) {
                  const err66 = { instancePath: instancePath + "/quantiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.min.type, parentSchema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.min, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
              if (data37.max !== void 0) {
                let data39 = data37.max;
                if (!(typeof data39 == "number")) {
                  const err67 = { instancePath: instancePath + "/quantiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.max.type, parentSchema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.max, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
              if (data37.severity !== void 0) {
                let data40 = data37.severity;
                if (typeof data40 !== "string") {
                  const err68 = { instancePath: instancePath + "/quantiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity.type, parentSchema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (!(data40 === "error" || data40 === "warning")) {
                  const err69 = { instancePath: instancePath + "/quantiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity.enum, parentSchema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            } else {
              const err70 = { instancePath: instancePath + "/quantiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].type, parentSchema: schema9.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"], data: data37 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/quantiles", schemaPath: "#/properties/quantiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.quantiles.type, parentSchema: schema9.properties.quantiles, data: data35 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.distinct !== void 0) {
      let data41 = data.distinct;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key11 in data41) {
          if (!(key11 === "min" || key11 === "max" || key11 === "severity")) {
            const err72 = { instancePath: instancePath + "/distinct", schemaPath: "#/properties/distinct/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.distinct, data: data41 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data41.min !== void 0) {
          let data42 = data41.min;
          if (!(typeof data42 == "number")) {
            const err73 = { instancePath: instancePath + "/distinct/min", schemaPath: "#/properties/distinct/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.distinct.properties.min.type, parentSchema: schema9.properties.distinct.properties.min, data: data42 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data41.max !== void 0) {
          let data43 = data41.max;
          if (!(typeof data43 == "number")) {
            const err74 = { instancePath: instancePath + "/distinct/max", schemaPath: "#/properties/distinct/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.distinct.properties.max.type, parentSchema: schema9.properties.distinct.properties.max, data: data43 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data41.severity !== void 0) {
          let data44 = data41.severity;
          if (typeof data44 !== "string") {
            const err75 = { instancePath: instancePath + "/distinct/severity", schemaPath: "#/properties/distinct/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.distinct.properties.severity.type, parentSchema: schema9.properties.distinct.properties.severity, data: data44 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (!(data44 === "error" || data44 === "warning")) {
            const err76 = { instancePath: instancePath + "/distinct/severity", schemaPath: "#/properties/distinct/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.distinct.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.distinct.properties.severity.enum, parentSchema: schema9.properties.distinct.properties.severity, data: data44 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/distinct", schemaPath: "#/properties/distinct/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.distinct.type, parentSchema: schema9.properties.distinct, data: data41 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.string_length !== void 0) {
      let data45 = data.string_length;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key12 in data45) {
          if (!(key12 === "min" || key12 === "max" || key12 === "severity")) {
            const err78 = { instancePath: instancePath + "/string_length", schemaPath: "#/properties/string_length/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.string_length, data: data45 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data45.min !== void 0) {
          let data46 = data45.min;
          if (!(typeof data46 == "number")) {
            const err79 = { instancePath: instancePath + "/string_length/min", schemaPath: "#/properties/string_length/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.string_length.properties.min.type, parentSchema: schema9.properties.string_length.properties.min, data: data46 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data45.max !== void 0) {
          let data47 = data45.max;
          if (!(typeof data47 == "number")) {
            const err80 = { instancePath: instancePath + "/string_length/max", schemaPath: "#/properties/string_length/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.string_length.properties.max.type, parentSchema: schema9.properties.string_length.properties.max, data: data47 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data45.severity !== void 0) {
          let data48 = data45.severity;
          if (typeof data48 !== "string") {
            const err81 = { instancePath: instancePath + "/string_length/severity", schemaPath: "#/properties/string_length/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.string_length.properties.severity.type, parentSchema: schema9.properties.string_length.properties.severity, data: data48 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (!(data48 === "error" || data48 === "warning")) {
            const err82 = { instancePath: instancePath + "/string_length/severity", schemaPath: "#/properties/string_length/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.string_length.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.string_length.properties.severity.enum, parentSchema: schema9.properties.string_length.properties.severity, data: data48 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/string_length", schemaPath: "#/properties/string_length/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.string_length.type, parentSchema: schema9.properties.string_length, data: data45 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.max_percent !== void 0) {
      let data49 = data.max_percent;
      if (typeof data49 == "number") {
        if (data49 > 100 || isNaN(data49)) {
          const err84 = { instancePath: instancePath + "/max_percent", schemaPath: "#/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema9.properties.max_percent, data: data49 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (data49 < 0 || isNaN(data49)) {
          const err85 = { instancePath: instancePath + "/max_percent", schemaPath: "#/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema9.properties.max_percent, data: data49 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      } else {
        const err86 = { instancePath: instancePath + "/max_percent", schemaPath: "#/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.max_percent.type, parentSchema: schema9.properties.max_percent, data: data49 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data50 = data.severity;
      if (typeof data50 !== "string") {
        const err87 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.severity.type, parentSchema: schema9.properties.severity, data: data50 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
      if (!(data50 === "error" || data50 === "warning")) {
        const err88 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema9.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.severity.enum, parentSchema: schema9.properties.severity, data: data50 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
  } else {
    const err89 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.type, parentSchema: schema9, data };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs3 = errors;
      let valid2 = true;
      const _errs4 = errors;
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      let valid4 = false;
      const _errs8 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.source === void 0 && (missing0 = "source")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var _valid1 = _errs8 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const _errs9 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          let missing1;
          if (data0.splits === void 0 && (missing1 = "splits")) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        var _valid1 = _errs9 === errors;
        valid4 = valid4 || _valid1;
      }
      if (!valid4) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
      var valid3 = _errs6 === errors;
      if (valid3) {
        const err3 = {};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs10 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.path === void 0) {
            const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/then/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema8.items.then.required, parentSchema: schema8.items.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data0.path !== void 0) {
            let data1 = data0.path;
            if (typeof data1 !== "string" && !Array.isArray(data1)) {
              const err5 = { instancePath: instancePath + "/" + i0 + "/path", schemaPath: "#/items/then/properties/path/type", keyword: "type", params: { type: schema8.items.then.properties.path.type }, message: "must be string,array", schema: schema8.items.then.properties.path.type, parentSchema: schema8.items.then.properties.path, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (Array.isArray(data1)) {
              const len1 = data1.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data2 = data1[i1];
                if (typeof data2 !== "string") {
                  const err6 = { instancePath: instancePath + "/" + i0 + "/path/" + i1, schemaPath: "#/items/then/properties/path/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.then.properties.path.items.type, parentSchema: schema8.items.then.properties.path.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
            }
          }
        }
        var _valid0 = _errs10 === errors;
        valid2 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs15 = errors;
        const _errs16 = errors;
        const _errs17 = errors;
        const _errs18 = errors;
        let valid9 = false;
        const _errs19 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          let missing2;
          if (data0.path === void 0 && (missing2 = "path")) {
            const err7 = {};
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        var _valid2 = _errs19 === errors;
        valid9 = valid9 || _valid2;
        if (!valid9) {
          const _errs20 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing3;
            if (data0.source === void 0 && (missing3 = "source") || data0.splits === void 0 && (missing3 = "splits")) {
              const err8 = {};
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var _valid2 = _errs20 === errors;
          valid9 = valid9 || _valid2;
        }
        if (!valid9) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        } else {
          errors = _errs18;
          if (vErrors !== null) {
            if (_errs18) {
              vErrors.length = _errs18;
            } else {
              vErrors = null;
            }
          }
        }
        var valid8 = _errs17 === errors;
        if (valid8) {
          const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/else/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema8.items.else.not, parentSchema: schema8.items.else, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        } else {
          errors = _errs16;
          if (vErrors !== null) {
            if (_errs16) {
              vErrors.length = _errs16;
            } else {
              vErrors = null;
            }
          }
        }
        var _valid0 = _errs15 === errors;
        valid2 = _valid0;
        ifClause0 = "else";
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema8.items.if, parentSchema: schema8.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err12 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema8.items.required, parentSchema: schema8.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func2.call(schema8.items.properties, key0)) {
            const err13 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data3 = data0.name;
          if (typeof data3 === "string") {
            if (func7(data3) < 1) {
              const err14 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.name.type, parentSchema: schema8.items.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.path !== void 0) {
          let data4 = data0.path;
          if (typeof data4 !== "string" && !Array.isArray(data4)) {
            const err16 = { instancePath: instancePath + "/" + i0 + "/path", schemaPath: "#/items/properties/path/type", keyword: "type", params: { type: schema8.items.properties.path.type }, message: "must be string,array", schema: schema8.items.properties.path.type, parentSchema: schema8.items.properties.path, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data5 = data4[i2];
              if (typeof data5 !== "string") {
                const err17 = { instancePath: instancePath + "/" + i0 + "/path/" + i2, schemaPath: "#/items/properties/path/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.path.items.type, parentSchema: schema8.items.properties.path.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          }
        }
        if (data0.source !== void 0) {
          let data6 = data0.source;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.engine === void 0) {
              const err18 = { instancePath: instancePath + "/" + i0 + "/source", schemaPath: "#/items/properties/source/required", keyword: "required", params: { missingProperty: "engine" }, message: "must have required property 'engine'", schema: schema8.items.properties.source.required, parentSchema: schema8.items.properties.source, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "engine" || key1 === "url" || key1 === "path" || key1 === "database" || key1 === "table" || key1 === "query" || key1 === "timeout")) {
                const err19 = { instancePath: instancePath + "/" + i0 + "/source", schemaPath: "#/items/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.source, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.engine !== void 0) {
              let data7 = data6.engine;
              if (typeof data7 !== "string") {
                const err20 = { instancePath: instancePath + "/" + i0 + "/source/engine", schemaPath: "#/items/properties/source/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.source.properties.engine.type, parentSchema: schema8.items.properties.source.properties.engine, data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (!(data7 === "postgres" || data7 === "duckdb")) {
                const err21 = { instancePath: instancePath + "/" + i0 + "/source/engine", schemaPath: "#/items/properties/source/properties/engine/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.source.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.source.properties.engine.enum, parentSchema: schema8.items.properties.source.properties.engine, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.url !== void 0) {
              let data8 = data6.url;
              if (typeof data8 === "string") {
                if (!pattern5.test(data8)) {
                  const err22 = { instancePath: instancePath + "/" + i0 + "/source/url", schemaPath: "#/items/properties/source/properties/url/pattern", keyword: "pattern", params: { pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^env:[A-Za-z_][A-Za-z0-9_]*$"', schema: "^env:[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema8.items.properties.source.properties.url, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/" + i0 + "/source/url", schemaPath: "#/items/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.source.properties.url.type, parentSchema: schema8.items.properties.source.properties.url, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.path !== void 0) {
              let data9 = data6.path;
              if (typeof data9 === "string") {
                if (func7(data9) < 1) {
                  const err24 = { instancePath: instancePath + "/" + i0 + "/source/path", schemaPath: "#/items/properties/source/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.source.properties.path, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/" + i0 + "/source/path", schemaPath: "#/items/properties/source/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.source.properties.path.type, parentSchema: schema8.items.properties.source.properties.path, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6.database !== void 0) {
              let data10 = data6.database;
              if (typeof data10 === "string") {
                if (func7(data10) < 1) {
                  const err26 = { instancePath: instancePath + "/" + i0 + "/source/database", schemaPath: "#/items/properties/source/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.source.properties.database, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/" + i0 + "/source/database", schemaPath: "#/items/properties/source/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.source.properties.database.type, parentSchema: schema8.items.properties.source.properties.database, data: data10 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data6.table !== void 0) {
              let data11 = data6.table;
              if (typeof data11 === "string") {
                if (!pattern6.test(data11)) {
                  const err28 = { instancePath: instancePath + "/" + i0 + "/source/table", schemaPath: "#/items/properties/source/properties/table/pattern", keyword: "pattern", params: { pattern: "^[^.]+(\\.[^.]+)?$" }, message: 'must match pattern "^[^.]+(\\.[^.]+)?$"', schema: "^[^.]+(\\.[^.]+)?$", parentSchema: schema8.items.properties.source.properties.table, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/" + i0 + "/source/table", schemaPath: "#/items/properties/source/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.source.properties.table.type, parentSchema: schema8.items.properties.source.properties.table, data: data11 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data6.query !== void 0) {
              let data12 = data6.query;
              if (typeof data12 === "string") {
                if (func7(data12) < 1) {
                  const err30 = { instancePath: instancePath + "/" + i0 + "/source/query", schemaPath: "#/items/properties/source/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.source.properties.query, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/" + i0 + "/source/query", schemaPath: "#/items/properties/source/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.source.properties.query.type, parentSchema: schema8.items.properties.source.properties.query, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data6.timeout !== void 0) {
              let data13 = data6.timeout;
              if (typeof data13 !== "string" && !(typeof data13 == "number")) {
                const err32 = { instancePath: instancePath + "/" + i0 + "/source/timeout", schemaPath: "#/items/properties/source/properties/timeout/type", keyword: "type", params: { type: schema8.items.properties.source.properties.timeout.type }, message: "must be string,number", schema: schema8.items.properties.source.properties.timeout.type, parentSchema: schema8.items.properties.source.properties.timeout, data: data13 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (typeof data13 === "string") {
                if (!pattern7.test(data13)) {
                  const err33 = { instancePath: instancePath + "/" + i0 + "/source/timeout", schemaPath: "#/items/properties/source/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", parentSchema: schema8.items.properties.source.properties.timeout, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/" + i0 + "/source", schemaPath: "#/items/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.source.type, parentSchema: schema8.items.properties.source, data: data6 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data0.splits !== void 0) {
          let data14 = data0.splits;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.train === void 0) {
              const err35 = { instancePath: instancePath + "/" + i0 + "/splits", schemaPath: "#/items/properties/splits/required", keyword: "required", params: { missingProperty: "train" }, message: "must have required property 'train'", schema: schema8.items.properties.splits.required, parentSchema: schema8.items.properties.splits, data: data14 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data14.test === void 0) {
              const err36 = { instancePath: instancePath + "/" + i0 + "/splits", schemaPath: "#/items/properties/splits/required", keyword: "required", params: { missingProperty: "test" }, message: "must have required property 'test'", schema: schema8.items.properties.splits.required, parentSchema: schema8.items.properties.splits, data: data14 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "train" || key2 === "test" || key2 === "key" || key2 === "label" || key2 === "max_leaked_rows" || key2 === "max_class_shift" || key2 === "categories" || key2 === "severity")) {
                const err37 = { instancePath: instancePath + "/" + i0 + "/splits", schemaPath: "#/items/properties/splits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.splits, data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.train !== void 0) {
              let data15 = data14.train;
              const _errs49 = errors;
              let valid15 = false;
              const _errs50 = errors;
              if (typeof data15 === "string") {
                if (func7(data15) < 1) {
                  const err38 = { instancePath: instancePath + "/" + i0 + "/splits/train", schemaPath: "#/items/properties/splits/properties/train/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.train.anyOf[0], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/" + i0 + "/splits/train", schemaPath: "#/items/properties/splits/properties/train/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.train.anyOf[0].type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[0], data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var _valid3 = _errs50 === errors;
              valid15 = valid15 || _valid3;
              if (!valid15) {
                const _errs52 = errors;
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                  if (data15.engine === void 0) {
                    const err40 = { instancePath: instancePath + "/" + i0 + "/splits/train", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/required", keyword: "required", params: { missingProperty: "engine" }, message: "must have required property 'engine'", schema: schema8.items.properties.splits.properties.train.anyOf[1].required, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1], data: data15 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  for (const key3 in data15) {
                    if (!(key3 === "engine" || key3 === "url" || key3 === "path" || key3 === "database" || key3 === "table" || key3 === "query" || key3 === "timeout")) {
                      const err41 = { instancePath: instancePath + "/" + i0 + "/splits/train", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1], data: data15 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                  if (data15.engine !== void 0) {
                    let data16 = data15.engine;
                    if (typeof data16 !== "string") {
                      const err42 = { instancePath: instancePath + "/" + i0 + "/splits/train/engine", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.engine.type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.engine, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                    if (!(data16 === "postgres" || data16 === "duckdb")) {
                      const err43 = { instancePath: instancePath + "/" + i0 + "/splits/train/engine", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/engine/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.splits.properties.train.anyOf[1].properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.engine.enum, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.engine, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                  if (data15.url !== void 0) {
                    let data17 = data15.url;
                    if (typeof data17 === "string") {
                      if (!pattern5.test(data17)) {
                        const err44 = { instancePath: instancePath + "/" + i0 + "/splits/train/url", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/url/pattern", keyword: "pattern", params: { pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^env:[A-Za-z_][A-Za-z0-9_]*$"', schema: "^env:[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.url, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    } else {
                      const err45 = { instancePath: instancePath + "/" + i0 + "/splits/train/url", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.url.type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.url, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                  if (data15.path !== void 0) {
                    let data18 = data15.path;
                    if (typeof data18 === "string") {
                      if (func7(data18) < 1) {
                        const err46 = { instancePath: instancePath + "/" + i0 + "/splits/train/path", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.path, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    } else {
                      const err47 = { instancePath: instancePath + "/" + i0 + "/splits/train/path", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.path.type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.path, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                  if (data15.database !== void 0) {
                    let data19 = data15.database;
                    if (typeof data19 === "string") {
                      if (func7(data19) < 1) {
                        const err48 = { instancePath: instancePath + "/" + i0 + "/splits/train/database", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.database, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    } else {
                      const err49 = { instancePath: instancePath + "/" + i0 + "/splits/train/database", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.database.type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.database, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  }
                  if (data15.table !== void 0) {
                    let data20 = data15.table;
                    if (typeof data20 === "string") {
                      if (!pattern6.test(data20)) {
                        const err50 = { instancePath: instancePath + "/" + i0 + "/splits/train/table", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/table/pattern", keyword: "pattern", params: { pattern: "^[^.]+(\\.[^.]+)?$" }, message: 'must match pattern "^[^.]+(\\.[^.]+)?$"', schema: "^[^.]+(\\.[^.]+)?$", parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.table, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err50];
                        } else {
                          vErrors.push(err50);
                        }
                        errors++;
                      }
                    } else {
                      const err51 = { instancePath: instancePath + "/" + i0 + "/splits/train/table", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.table.type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.table, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                  if (data15.query !== void 0) {
                    let data21 = data15.query;
                    if (typeof data21 === "string") {
                      if (func7(data21) < 1) {
                        const err52 = { instancePath: instancePath + "/" + i0 + "/splits/train/query", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.query, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    } else {
                      const err53 = { instancePath: instancePath + "/" + i0 + "/splits/train/query", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.query.type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.query, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                  if (data15.timeout !== void 0) {
                    let data22 = data15.timeout;
                    if (typeof data22 !== "string" && !(typeof data22 == "number")) {
                      const err54 = { instancePath: instancePath + "/" + i0 + "/splits/train/timeout", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/timeout/type", keyword: "type", params: { type: schema8.items.properties.splits.properties.train.anyOf[1].properties.timeout.type }, message: "must be string,number", schema: schema8.items.properties.splits.properties.train.anyOf[1].properties.timeout.type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.timeout, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                    if (typeof data22 === "string") {
                      if (!pattern7.test(data22)) {
                        const err55 = { instancePath: instancePath + "/" + i0 + "/splits/train/timeout", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", parentSchema: schema8.items.properties.splits.properties.train.anyOf[1].properties.timeout, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err56 = { instancePath: instancePath + "/" + i0 + "/splits/train", schemaPath: "#/items/properties/splits/properties/train/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.splits.properties.train.anyOf[1].type, parentSchema: schema8.items.properties.splits.properties.train.anyOf[1], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                var _valid3 = _errs52 === errors;
                valid15 = valid15 || _valid3;
              }
              if (!valid15) {
                const err57 = { instancePath: instancePath + "/" + i0 + "/splits/train", schemaPath: "#/items/properties/splits/properties/train/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema8.items.properties.splits.properties.train.anyOf, parentSchema: schema8.items.properties.splits.properties.train, data: data15 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              } else {
                errors = _errs49;
                if (vErrors !== null) {
                  if (_errs49) {
                    vErrors.length = _errs49;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.test !== void 0) {
              let data23 = data14.test;
              const _errs70 = errors;
              let valid17 = false;
              const _errs71 = errors;
              if (typeof data23 === "string") {
                if (func7(data23) < 1) {
                  const err58 = { instancePath: instancePath + "/" + i0 + "/splits/test", schemaPath: "#/items/properties/splits/properties/test/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.test.anyOf[0], data: data23 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/" + i0 + "/splits/test", schemaPath: "#/items/properties/splits/properties/test/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.test.anyOf[0].type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[0], data: data23 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              var _valid4 = _errs71 === errors;
              valid17 = valid17 || _valid4;
              if (!valid17) {
                const _errs73 = errors;
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                  if (data23.engine === void 0) {
                    const err60 = { instancePath: instancePath + "/" + i0 + "/splits/test", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/required", keyword: "required", params: { missingProperty: "engine" }, message: "must have required property 'engine'", schema: schema8.items.properties.splits.properties.test.anyOf[1].required, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1], data: data23 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                  for (const key4 in data23) {
                    if (!(key4 === "engine" || key4 === "url" || key4 === "path" || key4 === "database" || key4 === "table" || key4 === "query" || key4 === "timeout")) {
                      const err61 = { instancePath: instancePath + "/" + i0 + "/splits/test", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1], data: data23 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                  if (data23.engine !== void 0) {
                    let data24 = data23.engine;
                    if (typeof data24 !== "string") {
                      const err62 = { instancePath: instancePath + "/" + i0 + "/splits/test/engine", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.engine.type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.engine, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                    if (!(data24 === "postgres" || data24 === "duckdb")) {
                      const err63 = { instancePath: instancePath + "/" + i0 + "/splits/test/engine", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/engine/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.splits.properties.test.anyOf[1].properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.engine.enum, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.engine, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  }
                  if (data23.url !== void 0) {
                    let data25 = data23.url;
                    if (typeof data25 === "string") {
                      if (!pattern5.test(data25)) {
                        const err64 = { instancePath: instancePath + "/" + i0 + "/splits/test/url", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/url/pattern", keyword: "pattern", params: { pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^env:[A-Za-z_][A-Za-z0-9_]*$"', schema: "^env:[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.url, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    } else {
                      const err65 = { instancePath: instancePath + "/" + i0 + "/splits/test/url", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.url.type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.url, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  }
                  if (data23.path !== void 0) {
                    let data26 = data23.path;
                    if (typeof data26 === "string") {
                      if (func7(data26) < 1) {
                        const err66 = { instancePath: instancePath + "/" + i0 + "/splits/test/path", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.path, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    } else {
                      const err67 = { instancePath: instancePath + "/" + i0 + "/splits/test/path", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.path.type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.path, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  }
                  if (data23.database !== void 0) {
                    let data27 = data23.database;
                    if (typeof data27 === "string") {
                      if (func7(data27) < 1) {
                        const err68 = { instancePath: instancePath + "/" + i0 + "/splits/test/database", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.database, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    } else {
                      const err69 = { instancePath: instancePath + "/" + i0 + "/splits/test/database", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.database.type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.database, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  }
                  if (data23.table !== void 0) {
                    let data28 = data23.table;
                    if (typeof data28 === "string") {
                      if (!pattern6.test(data28)) {
                        const err70 = { instancePath: instancePath + "/" + i0 + "/splits/test/table", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/table/pattern", keyword: "pattern", params: { pattern: "^[^.]+(\\.[^.]+)?$" }, message: 'must match pattern "^[^.]+(\\.[^.]+)?$"', schema: "^[^.]+(\\.[^.]+)?$", parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.table, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    } else {
                      const err71 = { instancePath: instancePath + "/" + i0 + "/splits/test/table", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.table.type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.table, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  }
                  if (data23.query !== void 0) {
                    let data29 = data23.query;
                    if (typeof data29 === "string") {
                      if (func7(data29) < 1) {
                        const err72 = { instancePath: instancePath + "/" + i0 + "/splits/test/query", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.query, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    } else {
                      const err73 = { instancePath: instancePath + "/" + i0 + "/splits/test/query", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.query.type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.query, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  }
                  if (data23.timeout !== void 0) {
                    let data30 = data23.timeout;
                    if (typeof data30 !== "string" && !(typeof data30 == "number")) {
                      const err74 = { instancePath: instancePath + "/" + i0 + "/splits/test/timeout", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/timeout/type", keyword: "type", params: { type: schema8.items.properties.splits.properties.test.anyOf[1].properties.timeout.type }, message: "must be string,number", schema: schema8.items.properties.splits.properties.test.anyOf[1].properties.timeout.type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.timeout, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    if (typeof data30 === "string") {
                      if (!pattern7.test(data30)) {
                        const err75 = { instancePath: instancePath + "/" + i0 + "/splits/test/timeout", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", parentSchema: schema8.items.properties.splits.properties.test.anyOf[1].properties.timeout, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err76 = { instancePath: instancePath + "/" + i0 + "/splits/test", schemaPath: "#/items/properties/splits/properties/test/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.splits.properties.test.anyOf[1].type, parentSchema: schema8.items.properties.splits.properties.test.anyOf[1], data: data23 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                var _valid4 = _errs73 === errors;
                valid17 = valid17 || _valid4;
              }
              if (!valid17) {
                const err77 = { instancePath: instancePath + "/" + i0 + "/splits/test", schemaPath: "#/items/properties/splits/properties/test/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema8.items.properties.splits.properties.test.anyOf, parentSchema: schema8.items.properties.splits.properties.test, data: data23 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              } else {
                errors = _errs70;
                if (vErrors !== null) {
                  if (_errs70) {
                    vErrors.length = _errs70;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.key !== void 0) {
              let data31 = data14.key;
              const _errs91 = errors;
              let valid19 = false;
              const _errs92 = errors;
              if ("all_columns" !== data31) {
                const err78 = { instancePath: instancePath + "/" + i0 + "/splits/key", schemaPath: "#/items/properties/splits/properties/key/anyOf/0/const", keyword: "const", params: { allowedValue: "all_columns" }, message: "must be equal to constant", schema: "all_columns", parentSchema: schema8.items.properties.splits.properties.key.anyOf[0], data: data31 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              var _valid5 = _errs92 === errors;
              valid19 = valid19 || _valid5;
              if (!valid19) {
                const _errs93 = errors;
                if (Array.isArray(data31)) {
                  if (data31.length < 1) {
                    const err79 = { instancePath: instancePath + "/" + i0 + "/splits/key", schemaPath: "#/items/properties/splits/properties/key/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema8.items.properties.splits.properties.key.anyOf[1], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                  const len3 = data31.length;
                  for (let i3 = 0; i3 < len3; i3++) {
                    let data32 = data31[i3];
                    if (typeof data32 !== "string") {
                      const err80 = { instancePath: instancePath + "/" + i0 + "/splits/key/" + i3, schemaPath: "#/items/properties/splits/properties/key/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.key.anyOf[1].items.type, parentSchema: schema8.items.properties.splits.properties.key.anyOf[1].items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err81 = { instancePath: instancePath + "/" + i0 + "/splits/key", schemaPath: "#/items/properties/splits/properties/key/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.splits.properties.key.anyOf[1].type, parentSchema: schema8.items.properties.splits.properties.key.anyOf[1], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                var _valid5 = _errs93 === errors;
                valid19 = valid19 || _valid5;
              }
              if (!valid19) {
                const err82 = { instancePath: instancePath + "/" + i0 + "/splits/key", schemaPath: "#/items/properties/splits/properties/key/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema8.items.properties.splits.properties.key.anyOf, parentSchema: schema8.items.properties.splits.properties.key, data: data31 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              } else {
                errors = _errs91;
                if (vErrors !== null) {
                  if (_errs91) {
                    vErrors.length = _errs91;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.label !== void 0) {
              let data33 = data14.label;
              if (typeof data33 === "string") {
                if (func7(data33) < 1) {
                  const err83 = { instancePath: instancePath + "/" + i0 + "/splits/label", schemaPath: "#/items/properties/splits/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.splits.properties.label, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/" + i0 + "/splits/label", schemaPath: "#/items/properties/splits/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.label.type, parentSchema: schema8.items.properties.splits.properties.label, data: data33 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data14.max_leaked_rows !== void 0) {
              let data34 = data14.max_leaked_rows;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
                const err85 = { instancePath: instancePath + "/" + i0 + "/splits/max_leaked_rows", schemaPath: "#/items/properties/splits/properties/max_leaked_rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema8.items.properties.splits.properties.max_leaked_rows.type, parentSchema: schema8.items.properties.splits.properties.max_leaked_rows, data: data34 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (typeof data34 == "number") {
                if (data34 < 0 || isNaN(data34)) {
                  const err86 = { instancePath: instancePath + "/" + i0 + "/splits/max_leaked_rows", schemaPath: "#/items/properties/splits/properties/max_leaked_rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.splits.properties.max_leaked_rows, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
            }
            if (data14.max_class_shift !== void 0) {
              let data35 = data14.max_class_shift;
              if (typeof data35 == "number") {
                if (data35 > 1 || isNaN(data35)) {
                  const err87 = { instancePath: instancePath + "/" + i0 + "/splits/max_class_shift", schemaPath: "#/items/properties/splits/properties/max_class_shift/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema8.items.properties.splits.properties.max_class_shift, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (data35 < 0 || isNaN(data35)) {
                  const err88 = { instancePath: instancePath + "/" + i0 + "/splits/max_class_shift", schemaPath: "#/items/properties/splits/properties/max_class_shift/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.splits.properties.max_class_shift, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/" + i0 + "/splits/max_class_shift", schemaPath: "#/items/properties/splits/properties/max_class_shift/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.splits.properties.max_class_shift.type, parentSchema: schema8.items.properties.splits.properties.max_class_shift, data: data35 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data14.categories !== void 0) {
              let data36 = data14.categories;
              const _errs104 = errors;
              let valid22 = false;
              const _errs105 = errors;
              if ("auto" !== data36) {
                const err90 = { instancePath: instancePath + "/" + i0 + "/splits/categories", schemaPath: "#/items/properties/splits/properties/categories/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema8.items.properties.splits.properties.categories.anyOf[0], data: data36 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              var _valid6 = _errs105 === errors;
              valid22 = valid22 || _valid6;
              if (!valid22) {
                const _errs106 = errors;
                if (false !== data36) {
                  const err91 = { instancePath: instancePath + "/" + i0 + "/splits/categories", schemaPath: "#/items/properties/splits/properties/categories/anyOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema8.items.properties.splits.properties.categories.anyOf[1], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                var _valid6 = _errs106 === errors;
                valid22 = valid22 || _valid6;
                if (!valid22) {
                  const _errs107 = errors;
                  if (Array.isArray(data36)) {
                    if (data36.length < 1) {
                      const err92 = { instancePath: instancePath + "/" + i0 + "/splits/categories", schemaPath: "#/items/properties/splits/properties/categories/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema8.items.properties.splits.properties.categories.anyOf[2], data: data36 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                    const len4 = data36.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data37 = data36[i4];
                      if (typeof data37 !== "string") {
                        const err93 = { instancePath: instancePath + "/" + i0 + "/splits/categories/" + i4, schemaPath: "#/items/properties/splits/properties/categories/anyOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.categories.anyOf[2].items.type, parentSchema: schema8.items.properties.splits.properties.categories.anyOf[2].items, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/" + i0 + "/splits/categories", schemaPath: "#/items/properties/splits/properties/categories/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.splits.properties.categories.anyOf[2].type, parentSchema: schema8.items.properties.splits.properties.categories.anyOf[2], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  var _valid6 = _errs107 === errors;
                  valid22 = valid22 || _valid6;
                }
              }
              if (!valid22) {
                const err95 = { instancePath: instancePath + "/" + i0 + "/splits/categories", schemaPath: "#/items/properties/splits/properties/categories/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema8.items.properties.splits.properties.categories.anyOf, parentSchema: schema8.items.properties.splits.properties.categories, data: data36 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              } else {
                errors = _errs104;
                if (vErrors !== null) {
                  if (_errs104) {
                    vErrors.length = _errs104;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.severity !== void 0) {
              let data38 = data14.severity;
              if (typeof data38 !== "string") {
                const err96 = { instancePath: instancePath + "/" + i0 + "/splits/severity", schemaPath: "#/items/properties/splits/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.splits.properties.severity.type, parentSchema: schema8.items.properties.splits.properties.severity, data: data38 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (!(data38 === "error" || data38 === "warning")) {
                const err97 = { instancePath: instancePath + "/" + i0 + "/splits/severity", schemaPath: "#/items/properties/splits/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.splits.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.splits.properties.severity.enum, parentSchema: schema8.items.properties.splits.properties.severity, data: data38 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/" + i0 + "/splits", schemaPath: "#/items/properties/splits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.splits.type, parentSchema: schema8.items.properties.splits, data: data14 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data0.format !== void 0) {
          let data39 = data0.format;
          if (typeof data39 !== "string") {
            const err99 = { instancePath: instancePath + "/" + i0 + "/format", schemaPath: "#/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.format.type, parentSchema: schema8.items.properties.format, data: data39 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (!(data39 === "csv" || data39 === "tsv" || data39 === "json" || data39 === "jsonl" || data39 === "parquet")) {
            const err100 = { instancePath: instancePath + "/" + i0 + "/format", schemaPath: "#/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.format.enum, parentSchema: schema8.items.properties.format, data: data39 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data0.delimiter !== void 0) {
          let data40 = data0.delimiter;
          if (typeof data40 === "string") {
            if (func7(data40) > 1) {
              const err101 = { instancePath: instancePath + "/" + i0 + "/delimiter", schemaPath: "#/items/properties/delimiter/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema8.items.properties.delimiter, data: data40 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            if (func7(data40) < 1) {
              const err102 = { instancePath: instancePath + "/" + i0 + "/delimiter", schemaPath: "#/items/properties/delimiter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.delimiter, data: data40 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          } else {
            const err103 = { instancePath: instancePath + "/" + i0 + "/delimiter", schemaPath: "#/items/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.delimiter.type, parentSchema: schema8.items.properties.delimiter, data: data40 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data0.columns !== void 0) {
          let data41 = data0.columns;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            for (const key5 in data41) {
              let data42 = data41[key5];
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                for (const key6 in data42) {
                  if (!func2.call(schema8.items.properties.columns.additionalProperties.properties, key6)) {
                    const err104 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/columns/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data42.format !== void 0) {
                  let data43 = data42.format;
                  if (typeof data43 !== "string") {
                    const err105 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/items/properties/columns/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.format.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.format, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data42.type !== void 0) {
                  let data44 = data42.type;
                  if (typeof data44 !== "string") {
                    const err106 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/items/properties/columns/additionalProperties/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.type.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.type, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                  if (!(data44 === "integer" || data44 === "number" || data44 === "string" || data44 === "boolean" || data44 === "date" || data44 === "timestamp")) {
                    const err107 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/items/properties/columns/additionalProperties/properties/type/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.type.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.type, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data42.min !== void 0) {
                  let data45 = data42.min;
                  if (!(typeof data45 == "number")) {
                    const err108 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/items/properties/columns/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.min.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.min, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data42.max !== void 0) {
                  let data46 = data42.max;
                  if (!(typeof data46 == "number")) {
                    const err109 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.max, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data42.allowed !== void 0) {
                  let data47 = data42.allowed;
                  if (Array.isArray(data47)) {
                    const len5 = data47.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data48 = data47[i5];
                      if (typeof data48 !== "string" && !(typeof data48 == "number") && typeof data48 !== "boolean") {
                        const err110 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/" + i5, schemaPath: "#/items/properties/columns/additionalProperties/properties/allowed/items/type", keyword: "type", params: { type: schema8.items.properties.columns.additionalProperties.properties.allowed.items.type }, message: "must be string,number,boolean", schema: schema8.items.properties.columns.additionalProperties.properties.allowed.items.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.allowed.items, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err111 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/items/properties/columns/additionalProperties/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.columns.additionalProperties.properties.allowed.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.allowed, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data42.regex !== void 0) {
                  let data49 = data42.regex;
                  if (typeof data49 !== "string") {
                    const err112 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", schemaPath: "#/items/properties/columns/additionalProperties/properties/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.regex.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.regex, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data42.unique !== void 0) {
                  let data50 = data42.unique;
                  if (typeof data50 !== "boolean") {
                    const err113 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/items/properties/columns/additionalProperties/properties/unique/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema8.items.properties.columns.additionalProperties.properties.unique.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.unique, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data42.outliers !== void 0) {
                  let data51 = data42.outliers;
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    for (const key7 in data51) {
                      if (!(key7 === "zscore" || key7 === "iqr" || key7 === "max_percent" || key7 === "severity")) {
                        const err114 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data51.zscore !== void 0) {
                      let data52 = data51.zscore;
                      if (typeof data52 == "number") {
                        if (data52 <= 0 || isNaN(data52)) {
                          const err115 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/zscore", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/zscore/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.zscore, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err115];
                          } else {
                            vErrors.push(err115);
                          }
                          errors++;
                        }
                      } else {
                        const err116 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/zscore", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/zscore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.zscore.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.zscore, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    }
                    if (data51.iqr !== void 0) {
                      let data53 = data51.iqr;
                      if (typeof data53 == "number") {
                        if (data53 <= 0 || isNaN(data53)) {
                          const err117 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/iqr", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/iqr/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.iqr, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err117];
                          } else {
                            vErrors.push(err117);
                          }
                          errors++;
                        }
                      } else {
                        const err118 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/iqr", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/iqr/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.iqr.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.iqr, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                    if (data51.max_percent !== void 0) {
                      let data54 = data51.max_percent;
                      if (typeof data54 == "number") {
                        if (data54 > 100 || isNaN(data54)) {
                          const err119 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.max_percent, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                        if (data54 < 0 || isNaN(data54)) {
                          const err120 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.max_percent, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                      } else {
                        const err121 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.max_percent.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.max_percent, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                    if (data51.severity !== void 0) {
                      let data55 = data51.severity;
                      if (typeof data55 !== "string") {
                        const err122 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.severity, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err122];
                        } else {
                          vErrors.push(err122);
                        }
                        errors++;
                      }
                      if (!(data55 === "error" || data55 === "warning")) {
                        const err123 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers.properties.severity, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err124 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/outliers", schemaPath: "#/items/properties/columns/additionalProperties/properties/outliers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.outliers.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.outliers, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data42.freshness !== void 0) {
                  let data56 = data42.freshness;
                  if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                    if (data56.max_age === void 0) {
                      const err125 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/required", keyword: "required", params: { missingProperty: "max_age" }, message: "must have required property 'max_age'", schema: schema8.items.properties.columns.additionalProperties.properties.freshness.required, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                    for (const key8 in data56) {
                      if (!(key8 === "max_age" || key8 === "since" || key8 === "severity")) {
                        const err126 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err126];
                        } else {
                          vErrors.push(err126);
                        }
                        errors++;
                      }
                    }
                    if (data56.max_age !== void 0) {
                      let data57 = data56.max_age;
                      if (typeof data57 !== "string" && !(typeof data57 == "number")) {
                        const err127 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness/max_age", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/properties/max_age/type", keyword: "type", params: { type: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.max_age.type }, message: "must be string,number", schema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.max_age.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.max_age, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                      if (typeof data57 === "string") {
                        if (!pattern7.test(data57)) {
                          const err128 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness/max_age", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/properties/max_age/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.max_age, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data56.since !== void 0) {
                      let data58 = data56.since;
                      if (typeof data58 !== "string") {
                        const err129 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness/since", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.since.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.since, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                      if (!(data58 === "now" || data58 === "commit")) {
                        const err130 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness/since", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/properties/since/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.since.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.since.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.since, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                    if (data56.severity !== void 0) {
                      let data59 = data56.severity;
                      if (typeof data59 !== "string") {
                        const err131 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.severity, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                      if (!(data59 === "error" || data59 === "warning")) {
                        const err132 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness.properties.severity, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err133 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/freshness", schemaPath: "#/items/properties/columns/additionalProperties/properties/freshness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.freshness.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.freshness, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data42.missing !== void 0) {
                  let data60 = data42.missing;
                  if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                    for (const key9 in data60) {
                      if (!(key9 === "max" || key9 === "max_percent" || key9 === "severity")) {
                        const err134 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                    if (data60.max !== void 0) {
                      let data61 = data60.max;
                      if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
                        const err135 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.max, data: data61 };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                      if (typeof data61 == "number") {
                        if (data61 < 0 || isNaN(data61)) {
                          const err136 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.max, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data60.max_percent !== void 0) {
                      let data62 = data60.max_percent;
                      if (typeof data62 == "number") {
                        if (data62 > 100 || isNaN(data62)) {
                          const err137 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.max_percent, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                        }
                        if (data62 < 0 || isNaN(data62)) {
                          const err138 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.max_percent, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err138];
                          } else {
                            vErrors.push(err138);
                          }
                          errors++;
                        }
                      } else {
                        const err139 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.max_percent.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.max_percent, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err139];
                        } else {
                          vErrors.push(err139);
                        }
                        errors++;
                      }
                    }
                    if (data60.severity !== void 0) {
                      let data63 = data60.severity;
                      if (typeof data63 !== "string") {
                        const err140 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.severity, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                      if (!(data63 === "error" || data63 === "warning")) {
                        const err141 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.missing.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing.properties.severity, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err141];
                        } else {
                          vErrors.push(err141);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err142 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing", schemaPath: "#/items/properties/columns/additionalProperties/properties/missing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.missing.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.missing, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data42.not_constant !== void 0) {
                  let data64 = data42.not_constant;
                  if (typeof data64 !== "boolean" && !(data64 && typeof data64 == "object" && !Array.isArray(data64))) {
                    const err143 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_constant", schemaPath: "#/items/properties/columns/additionalProperties/properties/not_constant/type", keyword: "type", params: { type: schema8.items.properties.columns.additionalProperties.properties.not_constant.type }, message: "must be boolean,object", schema: schema8.items.properties.columns.additionalProperties.properties.not_constant.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.not_constant, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                  if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                    for (const key10 in data64) {
                      if (!(key10 === "severity")) {
                        const err144 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_constant", schemaPath: "#/items/properties/columns/additionalProperties/properties/not_constant/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.not_constant, data: data64 };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data64.severity !== void 0) {
                      let data65 = data64.severity;
                      if (typeof data65 !== "string") {
                        const err145 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_constant/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/not_constant/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.not_constant.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.not_constant.properties.severity, data: data65 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                      if (!(data65 === "error" || data65 === "warning")) {
                        const err146 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/not_constant/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/not_constant/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.not_constant.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.not_constant.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.not_constant.properties.severity, data: data65 };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                  }
                }
                if (data42.mean !== void 0) {
                  let data66 = data42.mean;
                  if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                    for (const key11 in data66) {
                      if (!(key11 === "min" || key11 === "max" || key11 === "severity")) {
                        const err147 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean", schemaPath: "#/items/properties/columns/additionalProperties/properties/mean/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.mean, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                    if (data66.min !== void 0) {
                      let data67 = data66.min;
                      if (!(typeof data67 == "number")) {
                        const err148 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/min", schemaPath: "#/items/properties/columns/additionalProperties/properties/mean/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.min.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.min, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data66.max !== void 0) {
                      let data68 = data66.max;
                      if (!(typeof data68 == "number")) {
                        const err149 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/mean/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.max, data: data68 };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                    if (data66.severity !== void 0) {
                      let data69 = data66.severity;
                      if (typeof data69 !== "string") {
                        const err150 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/mean/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.severity, data: data69 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                      if (!(data69 === "error" || data69 === "warning")) {
                        const err151 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/mean/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.mean.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.mean.properties.severity, data: data69 };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err152 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean", schemaPath: "#/items/properties/columns/additionalProperties/properties/mean/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.mean.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.mean, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
                if (data42.std !== void 0) {
                  let data70 = data42.std;
                  if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                    for (const key12 in data70) {
                      if (!(key12 === "min" || key12 === "max" || key12 === "severity")) {
                        const err153 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/std", schemaPath: "#/items/properties/columns/additionalProperties/properties/std/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.std, data: data70 };
                        if (vErrors === null) {
                          vErrors = [err153];
                        } else {
                          vErrors.push(err153);
                        }
                        errors++;
                      }
                    }
                    if (data70.min !== void 0) {
                      let data71 = data70.min;
                      if (!(typeof data71 == "number")) {
                        const err154 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/std/min", schemaPath: "#/items/properties/columns/additionalProperties/properties/std/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.std.properties.min.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.std.properties.min, data: data71 };
                        if (vErrors === null) {
                          vErrors = [err154];
                        } else {
                          vErrors.push(err154);
                        }
                        errors++;
                      }
                    }
                    if (data70.max !== void 0) {
                      let data72 = data70.max;
                      if (!(typeof data72 == "number")) {
                        const err155 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/std/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/std/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.std.properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.std.properties.max, data: data72 };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      }
                    }
                    if (data70.severity !== void 0) {
                      let data73 = data70.severity;
                      if (typeof data73 !== "string") {
                        const err156 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/std/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/std/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.std.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.std.properties.severity, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err156];
                        } else {
                          vErrors.push(err156);
                        }
                        errors++;
                      }
                      if (!(data73 === "error" || data73 === "warning")) {
                        const err157 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/std/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/std/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.std.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.std.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.std.properties.severity, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err157];
                        } else {
                          vErrors.push(err157);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err158 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/std", schemaPath: "#/items/properties/columns/additionalProperties/properties/std/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.std.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.std, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                }
                if (data42.median !== void 0) {
                  let data74 = data42.median;
                  if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                    for (const key13 in data74) {
                      if (!(key13 === "min" || key13 === "max" || key13 === "severity")) {
                        const err159 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/median", schemaPath: "#/items/properties/columns/additionalProperties/properties/median/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.median, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    if (data74.min !== void 0) {
                      let data75 = data74.min;
                      if (!(typeof data75 == "number")) {
                        const err160 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/median/min", schemaPath: "#/items/properties/columns/additionalProperties/properties/median/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.median.properties.min.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.median.properties.min, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err160];
                        } else {
                          vErrors.push(err160);
                        }
                        errors++;
                      }
                    }
                    if (data74.max !== void 0) {
                      let data76 = data74.max;
                      if (!(typeof data76 == "number")) {
                        const err161 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/median/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/median/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.median.properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.median.properties.max, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err161];
                        } else {
                          vErrors.push(err161);
                        }
                        errors++;
                      }
                    }
                    if (data74.severity !== void 0) {
                      let data77 = data74.severity;
                      if (typeof data77 !== "string") {
                        const err162 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/median/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/median/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.median.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.median.properties.severity, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err162];
                        } else {
                          vErrors.push(err162);
                        }
                        errors++;
                      }
                      if (!(data77 === "error" || data77 === "warning")) {
                        const err163 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/median/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/median/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.median.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.median.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.median.properties.severity, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err163];
                        } else {
                          vErrors.push(err163);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err164 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/median", schemaPath: "#/items/properties/columns/additionalProperties/properties/median/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.median.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.median, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
                if (data42.quantiles !== void 0) {
                  let data78 = data42.quantiles;
                  if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                    if (Object.keys(data78).length < 1) {
                      const err165 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err165];
                      } else {
                        vErrors.push(err165);
                      }
                      errors++;
                    }
                    for (const key14 in data78) {
                      if (!(key14 === "severity" || pattern15.test(key14))) {
                        const err166 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err166];
                        } else {
                          vErrors.push(err166);
                        }
                        errors++;
                      }
                    }
                    if (data78.severity !== void 0) {
                      let data79 = data78.severity;
                      if (typeof data79 !== "string") {
                        const err167 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.properties.severity, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err167];
                        } else {
                          vErrors.push(err167);
                        }
                        errors++;
                      }
                      if (!(data79 === "error" || data79 === "warning")) {
                        const err168 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.quantiles.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.properties.severity, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err168];
                        } else {
                          vErrors.push(err168);
                        }
                        errors++;
                      }
                    }
                    for (const key15 in data78) {
                      if (pattern15.test(key15)) {
                        let data80 = data78[key15];
                        if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                          for (const key16 in data80) {
                            if (!(key16 === "min" || key16 === "max" || key16 === "severity")) {
                              const err169 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"], data: data80 };
                              if (vErrors === null) {
                                vErrors = [err169];
                              } else {
                                vErrors.push(err169);
                              }
                              errors++;
                            }
                          }
                          if (data80.min !== void 0) {
                            let data81 = data80.min;
                            if (!(typeof data81 == "number")) {
                              const err170 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.min.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.min, data: data81 };
                              if (vErrors === null) {
                                vErrors = [err170];
                              } else {
                                vErrors.push(err170);
                              }
                              errors++;
                            }
                          }
                          if (data80.max !== void 0) {
                            let data82 = data80.max;
                            if (!(typeof data82 == "number")) {
                              const err171 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.max, data: data82 };
                              if (vErrors === null) {
                                vErrors = [err171];
                              } else {
                                vErrors.push(err171);
                              }
                              errors++;
                            }
                          }
                          if (data80.severity !== void 0) {
                            let data83 = data80.severity;
                            if (typeof data83 !== "string") {
                              const err172 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity, data: data83 };
                              if (vErrors === null) {
                                vErrors = [err172];
                              } else {
                                vErrors.push(err172);
                              }
                              errors++;
                            }
                            if (!(data83 === "error" || data83 === "warning")) {
                              const err173 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].properties.severity, data: data83 };
                              if (vErrors === null) {
                                vErrors = [err173];
                              } else {
                                vErrors.push(err173);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err174 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/patternProperties/%5E(0(%5C.%5B0-9%5D%2B)%3F%7C1(%5C.0%2B)%3F%7C%5C.%5B0-9%5D%2B)%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"].type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles.patternProperties["^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$"], data: data80 };
                          if (vErrors === null) {
                            vErrors = [err174];
                          } else {
                            vErrors.push(err174);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err175 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/quantiles", schemaPath: "#/items/properties/columns/additionalProperties/properties/quantiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.quantiles.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.quantiles, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
                if (data42.distinct !== void 0) {
                  let data84 = data42.distinct;
                  if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                    for (const key17 in data84) {
                      if (!(key17 === "min" || key17 === "max" || key17 === "severity")) {
                        const err176 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/distinct", schemaPath: "#/items/properties/columns/additionalProperties/properties/distinct/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.distinct, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err176];
                        } else {
                          vErrors.push(err176);
                        }
                        errors++;
                      }
                    }
                    if (data84.min !== void 0) {
                      let data85 = data84.min;
                      if (!(typeof data85 == "number")) {
                        const err177 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/distinct/min", schemaPath: "#/items/properties/columns/additionalProperties/properties/distinct/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.min.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.min, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                      }
                    }
                    if (data84.max !== void 0) {
                      let data86 = data84.max;
                      if (!(typeof data86 == "number")) {
                        const err178 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/distinct/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/distinct/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.max, data: data86 };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                    }
                    if (data84.severity !== void 0) {
                      let data87 = data84.severity;
                      if (typeof data87 !== "string") {
                        const err179 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/distinct/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/distinct/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.severity, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                      if (!(data87 === "error" || data87 === "warning")) {
                        const err180 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/distinct/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/distinct/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.distinct.properties.severity, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err181 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/distinct", schemaPath: "#/items/properties/columns/additionalProperties/properties/distinct/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.distinct.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.distinct, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
                if (data42.string_length !== void 0) {
                  let data88 = data42.string_length;
                  if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                    for (const key18 in data88) {
                      if (!(key18 === "min" || key18 === "max" || key18 === "severity")) {
                        const err182 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/string_length", schemaPath: "#/items/properties/columns/additionalProperties/properties/string_length/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.columns.additionalProperties.properties.string_length, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    if (data88.min !== void 0) {
                      let data89 = data88.min;
                      if (!(typeof data89 == "number")) {
                        const err183 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/string_length/min", schemaPath: "#/items/properties/columns/additionalProperties/properties/string_length/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.min.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.min, data: data89 };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    if (data88.max !== void 0) {
                      let data90 = data88.max;
                      if (!(typeof data90 == "number")) {
                        const err184 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/string_length/max", schemaPath: "#/items/properties/columns/additionalProperties/properties/string_length/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.max.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.max, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                    if (data88.severity !== void 0) {
                      let data91 = data88.severity;
                      if (typeof data91 !== "string") {
                        const err185 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/string_length/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/string_length/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.severity, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err185];
                        } else {
                          vErrors.push(err185);
                        }
                        errors++;
                      }
                      if (!(data91 === "error" || data91 === "warning")) {
                        const err186 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/string_length/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/string_length/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.string_length.properties.severity, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err187 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/string_length", schemaPath: "#/items/properties/columns/additionalProperties/properties/string_length/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.properties.string_length.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.string_length, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err187];
                    } else {
                      vErrors.push(err187);
                    }
                    errors++;
                  }
                }
                if (data42.max_percent !== void 0) {
                  let data92 = data42.max_percent;
                  if (typeof data92 == "number") {
                    if (data92 > 100 || isNaN(data92)) {
                      const err188 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema8.items.properties.columns.additionalProperties.properties.max_percent, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err188];
                      } else {
                        vErrors.push(err188);
                      }
                      errors++;
                    }
                    if (data92 < 0 || isNaN(data92)) {
                      const err189 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.columns.additionalProperties.properties.max_percent, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err189];
                      } else {
                        vErrors.push(err189);
                      }
                      errors++;
                    }
                  } else {
                    const err190 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_percent", schemaPath: "#/items/properties/columns/additionalProperties/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.columns.additionalProperties.properties.max_percent.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.max_percent, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err190];
                    } else {
                      vErrors.push(err190);
                    }
                    errors++;
                  }
                }
                if (data42.severity !== void 0) {
                  let data93 = data42.severity;
                  if (typeof data93 !== "string") {
                    const err191 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.columns.additionalProperties.properties.severity.type, parentSchema: schema8.items.properties.columns.additionalProperties.properties.severity, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                  if (!(data93 === "error" || data93 === "warning")) {
                    const err192 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/items/properties/columns/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.columns.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.columns.additionalProperties.properties.severity.enum, parentSchema: schema8.items.properties.columns.additionalProperties.properties.severity, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
              } else {
                const err193 = { instancePath: instancePath + "/" + i0 + "/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/columns/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.additionalProperties.type, parentSchema: schema8.items.properties.columns.additionalProperties, data: data42 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
          } else {
            const err194 = { instancePath: instancePath + "/" + i0 + "/columns", schemaPath: "#/items/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.columns.type, parentSchema: schema8.items.properties.columns, data: data41 };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
        if (data0.row_count !== void 0) {
          let data94 = data0.row_count;
          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
            for (const key19 in data94) {
              if (!(key19 === "min" || key19 === "max" || key19 === "severity")) {
                const err195 = { instancePath: instancePath + "/" + i0 + "/row_count", schemaPath: "#/items/properties/row_count/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.row_count, data: data94 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data94.min !== void 0) {
              let data95 = data94.min;
              if (!(typeof data95 == "number")) {
                const err196 = { instancePath: instancePath + "/" + i0 + "/row_count/min", schemaPath: "#/items/properties/row_count/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.row_count.properties.min.type, parentSchema: schema8.items.properties.row_count.properties.min, data: data95 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
            if (data94.max !== void 0) {
              let data96 = data94.max;
              if (!(typeof data96 == "number")) {
                const err197 = { instancePath: instancePath + "/" + i0 + "/row_count/max", schemaPath: "#/items/properties/row_count/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.row_count.properties.max.type, parentSchema: schema8.items.properties.row_count.properties.max, data: data96 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
            if (data94.severity !== void 0) {
              let data97 = data94.severity;
              if (typeof data97 !== "string") {
                const err198 = { instancePath: instancePath + "/" + i0 + "/row_count/severity", schemaPath: "#/items/properties/row_count/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.row_count.properties.severity.type, parentSchema: schema8.items.properties.row_count.properties.severity, data: data97 };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
              if (!(data97 === "error" || data97 === "warning")) {
                const err199 = { instancePath: instancePath + "/" + i0 + "/row_count/severity", schemaPath: "#/items/properties/row_count/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.row_count.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.row_count.properties.severity.enum, parentSchema: schema8.items.properties.row_count.properties.severity, data: data97 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
          } else {
            const err200 = { instancePath: instancePath + "/" + i0 + "/row_count", schemaPath: "#/items/properties/row_count/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.row_count.type, parentSchema: schema8.items.properties.row_count, data: data94 };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
        }
        if (data0.allow_extra_columns !== void 0) {
          let data98 = data0.allow_extra_columns;
          if (typeof data98 !== "boolean") {
            const err201 = { instancePath: instancePath + "/" + i0 + "/allow_extra_columns", schemaPath: "#/items/properties/allow_extra_columns/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema8.items.properties.allow_extra_columns.type, parentSchema: schema8.items.properties.allow_extra_columns, data: data98 };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          }
        }
        if (data0.drift !== void 0) {
          let data99 = data0.drift;
          const _errs250 = errors;
          const _errs251 = errors;
          if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
            let missing4;
            if (data99.threshold === void 0 && (missing4 = "threshold") || data99.thresholds === void 0 && (missing4 = "thresholds")) {
              const err202 = {};
              if (vErrors === null) {
                vErrors = [err202];
              } else {
                vErrors.push(err202);
              }
              errors++;
            }
          }
          var valid43 = _errs251 === errors;
          if (valid43) {
            const err203 = { instancePath: instancePath + "/" + i0 + "/drift", schemaPath: "#/items/properties/drift/allOf/0/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema8.items.properties.drift.allOf[0].not, parentSchema: schema8.items.properties.drift.allOf[0], data: data99 };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          } else {
            errors = _errs250;
            if (vErrors !== null) {
              if (_errs250) {
                vErrors.length = _errs250;
              } else {
                vErrors = null;
              }
            }
          }
          if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
            if (data99.reference === void 0) {
              const err204 = { instancePath: instancePath + "/" + i0 + "/drift", schemaPath: "#/items/properties/drift/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema8.items.properties.drift.required, parentSchema: schema8.items.properties.drift, data: data99 };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
            for (const key20 in data99) {
              if (!(key20 === "reference" || key20 === "columns" || key20 === "method" || key20 === "threshold" || key20 === "thresholds" || key20 === "severity")) {
                const err205 = { instancePath: instancePath + "/" + i0 + "/drift", schemaPath: "#/items/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.drift, data: data99 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data99.reference !== void 0) {
              let data100 = data99.reference;
              const _errs254 = errors;
              let valid45 = false;
              const _errs255 = errors;
              if (typeof data100 !== "string") {
                const err206 = { instancePath: instancePath + "/" + i0 + "/drift/reference", schemaPath: "#/items/properties/drift/properties/reference/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.drift.properties.reference.anyOf[0].type, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[0], data: data100 };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
              var _valid7 = _errs255 === errors;
              valid45 = valid45 || _valid7;
              if (!valid45) {
                const _errs257 = errors;
                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                  if (Object.keys(data100).length > 1) {
                    const err207 = { instancePath: instancePath + "/" + i0 + "/drift/reference", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1], data: data100 };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                  if (Object.keys(data100).length < 1) {
                    const err208 = { instancePath: instancePath + "/" + i0 + "/drift/reference", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1], data: data100 };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                  for (const key21 in data100) {
                    if (!(key21 === "table" || key21 === "query")) {
                      const err209 = { instancePath: instancePath + "/" + i0 + "/drift/reference", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1], data: data100 };
                      if (vErrors === null) {
                        vErrors = [err209];
                      } else {
                        vErrors.push(err209);
                      }
                      errors++;
                    }
                  }
                  if (data100.table !== void 0) {
                    let data101 = data100.table;
                    if (typeof data101 === "string") {
                      if (!pattern6.test(data101)) {
                        const err210 = { instancePath: instancePath + "/" + i0 + "/drift/reference/table", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/properties/table/pattern", keyword: "pattern", params: { pattern: "^[^.]+(\\.[^.]+)?$" }, message: 'must match pattern "^[^.]+(\\.[^.]+)?$"', schema: "^[^.]+(\\.[^.]+)?$", parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1].properties.table, data: data101 };
                        if (vErrors === null) {
                          vErrors = [err210];
                        } else {
                          vErrors.push(err210);
                        }
                        errors++;
                      }
                    } else {
                      const err211 = { instancePath: instancePath + "/" + i0 + "/drift/reference/table", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.drift.properties.reference.anyOf[1].properties.table.type, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1].properties.table, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors++;
                    }
                  }
                  if (data100.query !== void 0) {
                    let data102 = data100.query;
                    if (typeof data102 === "string") {
                      if (func7(data102) < 1) {
                        const err212 = { instancePath: instancePath + "/" + i0 + "/drift/reference/query", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1].properties.query, data: data102 };
                        if (vErrors === null) {
                          vErrors = [err212];
                        } else {
                          vErrors.push(err212);
                        }
                        errors++;
                      }
                    } else {
                      const err213 = { instancePath: instancePath + "/" + i0 + "/drift/reference/query", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.drift.properties.reference.anyOf[1].properties.query.type, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1].properties.query, data: data102 };
                      if (vErrors === null) {
                        vErrors = [err213];
                      } else {
                        vErrors.push(err213);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err214 = { instancePath: instancePath + "/" + i0 + "/drift/reference", schemaPath: "#/items/properties/drift/properties/reference/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.drift.properties.reference.anyOf[1].type, parentSchema: schema8.items.properties.drift.properties.reference.anyOf[1], data: data100 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
                var _valid7 = _errs257 === errors;
                valid45 = valid45 || _valid7;
              }
              if (!valid45) {
                const err215 = { instancePath: instancePath + "/" + i0 + "/drift/reference", schemaPath: "#/items/properties/drift/properties/reference/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema8.items.properties.drift.properties.reference.anyOf, parentSchema: schema8.items.properties.drift.properties.reference, data: data100 };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              } else {
                errors = _errs254;
                if (vErrors !== null) {
                  if (_errs254) {
                    vErrors.length = _errs254;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data99.columns !== void 0) {
              let data103 = data99.columns;
              if (Array.isArray(data103)) {
                const len6 = data103.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data104 = data103[i6];
                  if (typeof data104 !== "string") {
                    const err216 = { instancePath: instancePath + "/" + i0 + "/drift/columns/" + i6, schemaPath: "#/items/properties/drift/properties/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.drift.properties.columns.items.type, parentSchema: schema8.items.properties.drift.properties.columns.items, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err216];
                    } else {
                      vErrors.push(err216);
                    }
                    errors++;
                  }
                }
              } else {
                const err217 = { instancePath: instancePath + "/" + i0 + "/drift/columns", schemaPath: "#/items/properties/drift/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.drift.properties.columns.type, parentSchema: schema8.items.properties.drift.properties.columns, data: data103 };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            }
            if (data99.method !== void 0) {
              let data105 = data99.method;
              if (typeof data105 !== "string") {
                const err218 = { instancePath: instancePath + "/" + i0 + "/drift/method", schemaPath: "#/items/properties/drift/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.drift.properties.method.type, parentSchema: schema8.items.properties.drift.properties.method, data: data105 };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
              if (!(data105 === "auto" || data105 === "psi" || data105 === "ks" || data105 === "js" || data105 === "chi2" || data105 === "wasserstein")) {
                const err219 = { instancePath: instancePath + "/" + i0 + "/drift/method", schemaPath: "#/items/properties/drift/properties/method/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.drift.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.drift.properties.method.enum, parentSchema: schema8.items.properties.drift.properties.method, data: data105 };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
            if (data99.threshold !== void 0) {
              let data106 = data99.threshold;
              if (typeof data106 == "number") {
                if (data106 < 0 || isNaN(data106)) {
                  const err220 = { instancePath: instancePath + "/" + i0 + "/drift/threshold", schemaPath: "#/items/properties/drift/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.drift.properties.threshold, data: data106 };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              } else {
                const err221 = { instancePath: instancePath + "/" + i0 + "/drift/threshold", schemaPath: "#/items/properties/drift/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.drift.properties.threshold.type, parentSchema: schema8.items.properties.drift.properties.threshold, data: data106 };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
            if (data99.thresholds !== void 0) {
              let data107 = data99.thresholds;
              if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
                for (const key22 in data107) {
                  if (!(key22 === "psi" || key22 === "ks_p" || key22 === "js" || key22 === "chi2_p" || key22 === "wasserstein")) {
                    const err222 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds", schemaPath: "#/items/properties/drift/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.drift.properties.thresholds, data: data107 };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                }
                if (data107.psi !== void 0) {
                  let data108 = data107.psi;
                  if (typeof data108 == "number") {
                    if (data108 < 0 || isNaN(data108)) {
                      const err223 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/psi", schemaPath: "#/items/properties/drift/properties/thresholds/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.psi, data: data108 };
                      if (vErrors === null) {
                        vErrors = [err223];
                      } else {
                        vErrors.push(err223);
                      }
                      errors++;
                    }
                  } else {
                    const err224 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/psi", schemaPath: "#/items/properties/drift/properties/thresholds/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.drift.properties.thresholds.properties.psi.type, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.psi, data: data108 };
                    if (vErrors === null) {
                      vErrors = [err224];
                    } else {
                      vErrors.push(err224);
                    }
                    errors++;
                  }
                }
                if (data107.ks_p !== void 0) {
                  let data109 = data107.ks_p;
                  if (typeof data109 == "number") {
                    if (data109 > 1 || isNaN(data109)) {
                      const err225 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/ks_p", schemaPath: "#/items/properties/drift/properties/thresholds/properties/ks_p/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.ks_p, data: data109 };
                      if (vErrors === null) {
                        vErrors = [err225];
                      } else {
                        vErrors.push(err225);
                      }
                      errors++;
                    }
                    if (data109 < 0 || isNaN(data109)) {
                      const err226 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/ks_p", schemaPath: "#/items/properties/drift/properties/thresholds/properties/ks_p/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.ks_p, data: data109 };
                      if (vErrors === null) {
                        vErrors = [err226];
                      } else {
                        vErrors.push(err226);
                      }
                      errors++;
                    }
                  } else {
                    const err227 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/ks_p", schemaPath: "#/items/properties/drift/properties/thresholds/properties/ks_p/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.drift.properties.thresholds.properties.ks_p.type, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.ks_p, data: data109 };
                    if (vErrors === null) {
                      vErrors = [err227];
                    } else {
                      vErrors.push(err227);
                    }
                    errors++;
                  }
                }
                if (data107.js !== void 0) {
                  let data110 = data107.js;
                  if (typeof data110 == "number") {
                    if (data110 > 1 || isNaN(data110)) {
                      const err228 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/js", schemaPath: "#/items/properties/drift/properties/thresholds/properties/js/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.js, data: data110 };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors++;
                    }
                    if (data110 < 0 || isNaN(data110)) {
                      const err229 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/js", schemaPath: "#/items/properties/drift/properties/thresholds/properties/js/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.js, data: data110 };
                      if (vErrors === null) {
                        vErrors = [err229];
                      } else {
                        vErrors.push(err229);
                      }
                      errors++;
                    }
                  } else {
                    const err230 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/js", schemaPath: "#/items/properties/drift/properties/thresholds/properties/js/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.drift.properties.thresholds.properties.js.type, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.js, data: data110 };
                    if (vErrors === null) {
                      vErrors = [err230];
                    } else {
                      vErrors.push(err230);
                    }
                    errors++;
                  }
                }
                if (data107.chi2_p !== void 0) {
                  let data111 = data107.chi2_p;
                  if (typeof data111 == "number") {
                    if (data111 > 1 || isNaN(data111)) {
                      const err231 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/chi2_p", schemaPath: "#/items/properties/drift/properties/thresholds/properties/chi2_p/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.chi2_p, data: data111 };
                      if (vErrors === null) {
                        vErrors = [err231];
                      } else {
                        vErrors.push(err231);
                      }
                      errors++;
                    }
                    if (data111 < 0 || isNaN(data111)) {
                      const err232 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/chi2_p", schemaPath: "#/items/properties/drift/properties/thresholds/properties/chi2_p/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.chi2_p, data: data111 };
                      if (vErrors === null) {
                        vErrors = [err232];
                      } else {
                        vErrors.push(err232);
                      }
                      errors++;
                    }
                  } else {
                    const err233 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/chi2_p", schemaPath: "#/items/properties/drift/properties/thresholds/properties/chi2_p/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.drift.properties.thresholds.properties.chi2_p.type, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.chi2_p, data: data111 };
                    if (vErrors === null) {
                      vErrors = [err233];
                    } else {
                      vErrors.push(err233);
                    }
                    errors++;
                  }
                }
                if (data107.wasserstein !== void 0) {
                  let data112 = data107.wasserstein;
                  if (typeof data112 == "number") {
                    if (data112 < 0 || isNaN(data112)) {
                      const err234 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/wasserstein", schemaPath: "#/items/properties/drift/properties/thresholds/properties/wasserstein/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.wasserstein, data: data112 };
                      if (vErrors === null) {
                        vErrors = [err234];
                      } else {
                        vErrors.push(err234);
                      }
                      errors++;
                    }
                  } else {
                    const err235 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds/wasserstein", schemaPath: "#/items/properties/drift/properties/thresholds/properties/wasserstein/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.drift.properties.thresholds.properties.wasserstein.type, parentSchema: schema8.items.properties.drift.properties.thresholds.properties.wasserstein, data: data112 };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                }
              } else {
                const err236 = { instancePath: instancePath + "/" + i0 + "/drift/thresholds", schemaPath: "#/items/properties/drift/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.drift.properties.thresholds.type, parentSchema: schema8.items.properties.drift.properties.thresholds, data: data107 };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
            }
            if (data99.severity !== void 0) {
              let data113 = data99.severity;
              if (typeof data113 !== "string") {
                const err237 = { instancePath: instancePath + "/" + i0 + "/drift/severity", schemaPath: "#/items/properties/drift/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.drift.properties.severity.type, parentSchema: schema8.items.properties.drift.properties.severity, data: data113 };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
              if (!(data113 === "error" || data113 === "warning")) {
                const err238 = { instancePath: instancePath + "/" + i0 + "/drift/severity", schemaPath: "#/items/properties/drift/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.drift.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.drift.properties.severity.enum, parentSchema: schema8.items.properties.drift.properties.severity, data: data113 };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
            }
          } else {
            const err239 = { instancePath: instancePath + "/" + i0 + "/drift", schemaPath: "#/items/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.drift.type, parentSchema: schema8.items.properties.drift, data: data99 };
            if (vErrors === null) {
              vErrors = [err239];
            } else {
              vErrors.push(err239);
            }
            errors++;
          }
        }
        if (data0.unique !== void 0) {
          let data114 = data0.unique;
          if (Array.isArray(data114)) {
            const len7 = data114.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data115 = data114[i7];
              if (Array.isArray(data115)) {
                if (data115.length < 1) {
                  const err240 = { instancePath: instancePath + "/" + i0 + "/unique/" + i7, schemaPath: "#/items/properties/unique/items/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema8.items.properties.unique.items, data: data115 };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
                const len8 = data115.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data116 = data115[i8];
                  if (typeof data116 !== "string") {
                    const err241 = { instancePath: instancePath + "/" + i0 + "/unique/" + i7 + "/" + i8, schemaPath: "#/items/properties/unique/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.unique.items.items.type, parentSchema: schema8.items.properties.unique.items.items, data: data116 };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors++;
                  }
                }
              } else {
                const err242 = { instancePath: instancePath + "/" + i0 + "/unique/" + i7, schemaPath: "#/items/properties/unique/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.unique.items.type, parentSchema: schema8.items.properties.unique.items, data: data115 };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
          } else {
            const err243 = { instancePath: instancePath + "/" + i0 + "/unique", schemaPath: "#/items/properties/unique/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.unique.type, parentSchema: schema8.items.properties.unique, data: data114 };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
        if (data0.one_hot !== void 0) {
          let data117 = data0.one_hot;
          if (Array.isArray(data117)) {
            const len9 = data117.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data118 = data117[i9];
              if (Array.isArray(data118)) {
                if (data118.length < 2) {
                  const err244 = { instancePath: instancePath + "/" + i0 + "/one_hot/" + i9, schemaPath: "#/items/properties/one_hot/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema8.items.properties.one_hot.items, data: data118 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
                const len10 = data118.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data119 = data118[i10];
                  if (typeof data119 !== "string") {
                    const err245 = { instancePath: instancePath + "/" + i0 + "/one_hot/" + i9 + "/" + i10, schemaPath: "#/items/properties/one_hot/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.one_hot.items.items.type, parentSchema: schema8.items.properties.one_hot.items.items, data: data119 };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                }
              } else {
                const err246 = { instancePath: instancePath + "/" + i0 + "/one_hot/" + i9, schemaPath: "#/items/properties/one_hot/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.one_hot.items.type, parentSchema: schema8.items.properties.one_hot.items, data: data118 };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              }
            }
          } else {
            const err247 = { instancePath: instancePath + "/" + i0 + "/one_hot", schemaPath: "#/items/properties/one_hot/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.one_hot.type, parentSchema: schema8.items.properties.one_hot, data: data117 };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
        }
        if (data0.labels !== void 0) {
          let data120 = data0.labels;
          if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
            if (data120.column === void 0) {
              const err248 = { instancePath: instancePath + "/" + i0 + "/labels", schemaPath: "#/items/properties/labels/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema8.items.properties.labels.required, parentSchema: schema8.items.properties.labels, data: data120 };
              if (vErrors === null) {
                vErrors = [err248];
              } else {
                vErrors.push(err248);
              }
              errors++;
            }
            for (const key23 in data120) {
              if (!(key23 === "column" || key23 === "features" || key23 === "exclude" || key23 === "conflicts" || key23 === "leakage" || key23 === "max_score" || key23 === "severity")) {
                const err249 = { instancePath: instancePath + "/" + i0 + "/labels", schemaPath: "#/items/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.labels, data: data120 };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
            }
            if (data120.column !== void 0) {
              let data121 = data120.column;
              if (typeof data121 === "string") {
                if (func7(data121) < 1) {
                  const err250 = { instancePath: instancePath + "/" + i0 + "/labels/column", schemaPath: "#/items/properties/labels/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.labels.properties.column, data: data121 };
                  if (vErrors === null) {
                    vErrors = [err250];
                  } else {
                    vErrors.push(err250);
                  }
                  errors++;
                }
              } else {
                const err251 = { instancePath: instancePath + "/" + i0 + "/labels/column", schemaPath: "#/items/properties/labels/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.labels.properties.column.type, parentSchema: schema8.items.properties.labels.properties.column, data: data121 };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
            }
            if (data120.features !== void 0) {
              let data122 = data120.features;
              if (Array.isArray(data122)) {
                if (data122.length < 1) {
                  const err252 = { instancePath: instancePath + "/" + i0 + "/labels/features", schemaPath: "#/items/properties/labels/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema8.items.properties.labels.properties.features, data: data122 };
                  if (vErrors === null) {
                    vErrors = [err252];
                  } else {
                    vErrors.push(err252);
                  }
                  errors++;
                }
                const len11 = data122.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data123 = data122[i11];
                  if (typeof data123 !== "string") {
                    const err253 = { instancePath: instancePath + "/" + i0 + "/labels/features/" + i11, schemaPath: "#/items/properties/labels/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.labels.properties.features.items.type, parentSchema: schema8.items.properties.labels.properties.features.items, data: data123 };
                    if (vErrors === null) {
                      vErrors = [err253];
                    } else {
                      vErrors.push(err253);
                    }
                    errors++;
                  }
                }
              } else {
                const err254 = { instancePath: instancePath + "/" + i0 + "/labels/features", schemaPath: "#/items/properties/labels/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.labels.properties.features.type, parentSchema: schema8.items.properties.labels.properties.features, data: data122 };
                if (vErrors === null) {
                  vErrors = [err254];
                } else {
                  vErrors.push(err254);
                }
                errors++;
              }
            }
            if (data120.exclude !== void 0) {
              let data124 = data120.exclude;
              if (Array.isArray(data124)) {
                const len12 = data124.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  let data125 = data124[i12];
                  if (typeof data125 !== "string") {
                    const err255 = { instancePath: instancePath + "/" + i0 + "/labels/exclude/" + i12, schemaPath: "#/items/properties/labels/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.labels.properties.exclude.items.type, parentSchema: schema8.items.properties.labels.properties.exclude.items, data: data125 };
                    if (vErrors === null) {
                      vErrors = [err255];
                    } else {
                      vErrors.push(err255);
                    }
                    errors++;
                  }
                }
              } else {
                const err256 = { instancePath: instancePath + "/" + i0 + "/labels/exclude", schemaPath: "#/items/properties/labels/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.labels.properties.exclude.type, parentSchema: schema8.items.properties.labels.properties.exclude, data: data124 };
                if (vErrors === null) {
                  vErrors = [err256];
                } else {
                  vErrors.push(err256);
                }
                errors++;
              }
            }
            if (data120.conflicts !== void 0) {
              let data126 = data120.conflicts;
              if (typeof data126 !== "boolean") {
                const err257 = { instancePath: instancePath + "/" + i0 + "/labels/conflicts", schemaPath: "#/items/properties/labels/properties/conflicts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema8.items.properties.labels.properties.conflicts.type, parentSchema: schema8.items.properties.labels.properties.conflicts, data: data126 };
                if (vErrors === null) {
                  vErrors = [err257];
                } else {
                  vErrors.push(err257);
                }
                errors++;
              }
            }
            if (data120.leakage !== void 0) {
              let data127 = data120.leakage;
              if (typeof data127 !== "boolean") {
                const err258 = { instancePath: instancePath + "/" + i0 + "/labels/leakage", schemaPath: "#/items/properties/labels/properties/leakage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema8.items.properties.labels.properties.leakage.type, parentSchema: schema8.items.properties.labels.properties.leakage, data: data127 };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
            }
            if (data120.max_score !== void 0) {
              let data128 = data120.max_score;
              if (typeof data128 == "number") {
                if (data128 > 1 || isNaN(data128)) {
                  const err259 = { instancePath: instancePath + "/" + i0 + "/labels/max_score", schemaPath: "#/items/properties/labels/properties/max_score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema8.items.properties.labels.properties.max_score, data: data128 };
                  if (vErrors === null) {
                    vErrors = [err259];
                  } else {
                    vErrors.push(err259);
                  }
                  errors++;
                }
                if (data128 < 0.5 || isNaN(data128)) {
                  const err260 = { instancePath: instancePath + "/" + i0 + "/labels/max_score", schemaPath: "#/items/properties/labels/properties/max_score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.5 }, message: "must be >= 0.5", schema: 0.5, parentSchema: schema8.items.properties.labels.properties.max_score, data: data128 };
                  if (vErrors === null) {
                    vErrors = [err260];
                  } else {
                    vErrors.push(err260);
                  }
                  errors++;
                }
              } else {
                const err261 = { instancePath: instancePath + "/" + i0 + "/labels/max_score", schemaPath: "#/items/properties/labels/properties/max_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.labels.properties.max_score.type, parentSchema: schema8.items.properties.labels.properties.max_score, data: data128 };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
            }
            if (data120.severity !== void 0) {
              let data129 = data120.severity;
              if (typeof data129 !== "string") {
                const err262 = { instancePath: instancePath + "/" + i0 + "/labels/severity", schemaPath: "#/items/properties/labels/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.labels.properties.severity.type, parentSchema: schema8.items.properties.labels.properties.severity, data: data129 };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
              if (!(data129 === "error" || data129 === "warning")) {
                const err263 = { instancePath: instancePath + "/" + i0 + "/labels/severity", schemaPath: "#/items/properties/labels/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.labels.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.labels.properties.severity.enum, parentSchema: schema8.items.properties.labels.properties.severity, data: data129 };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              }
            }
          } else {
            const err264 = { instancePath: instancePath + "/" + i0 + "/labels", schemaPath: "#/items/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.labels.type, parentSchema: schema8.items.properties.labels, data: data120 };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
        }
        if (data0.compare_columns !== void 0) {
          let data130 = data0.compare_columns;
          if (Array.isArray(data130)) {
            const len13 = data130.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data131 = data130[i13];
              if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
                if (data131.left === void 0) {
                  const err265 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13, schemaPath: "#/items/properties/compare_columns/items/required", keyword: "required", params: { missingProperty: "left" }, message: "must have required property 'left'", schema: schema8.items.properties.compare_columns.items.required, parentSchema: schema8.items.properties.compare_columns.items, data: data131 };
                  if (vErrors === null) {
                    vErrors = [err265];
                  } else {
                    vErrors.push(err265);
                  }
                  errors++;
                }
                if (data131.op === void 0) {
                  const err266 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13, schemaPath: "#/items/properties/compare_columns/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'", schema: schema8.items.properties.compare_columns.items.required, parentSchema: schema8.items.properties.compare_columns.items, data: data131 };
                  if (vErrors === null) {
                    vErrors = [err266];
                  } else {
                    vErrors.push(err266);
                  }
                  errors++;
                }
                if (data131.right === void 0) {
                  const err267 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13, schemaPath: "#/items/properties/compare_columns/items/required", keyword: "required", params: { missingProperty: "right" }, message: "must have required property 'right'", schema: schema8.items.properties.compare_columns.items.required, parentSchema: schema8.items.properties.compare_columns.items, data: data131 };
                  if (vErrors === null) {
                    vErrors = [err267];
                  } else {
                    vErrors.push(err267);
                  }
                  errors++;
                }
                for (const key24 in data131) {
                  if (!(key24 === "left" || key24 === "op" || key24 === "right" || key24 === "max_percent" || key24 === "severity")) {
                    const err268 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13, schemaPath: "#/items/properties/compare_columns/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.compare_columns.items, data: data131 };
                    if (vErrors === null) {
                      vErrors = [err268];
                    } else {
                      vErrors.push(err268);
                    }
                    errors++;
                  }
                }
                if (data131.left !== void 0) {
                  let data132 = data131.left;
                  if (typeof data132 === "string") {
                    if (func7(data132) < 1) {
                      const err269 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/left", schemaPath: "#/items/properties/compare_columns/items/properties/left/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.compare_columns.items.properties.left, data: data132 };
                      if (vErrors === null) {
                        vErrors = [err269];
                      } else {
                        vErrors.push(err269);
                      }
                      errors++;
                    }
                  } else {
                    const err270 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/left", schemaPath: "#/items/properties/compare_columns/items/properties/left/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.compare_columns.items.properties.left.type, parentSchema: schema8.items.properties.compare_columns.items.properties.left, data: data132 };
                    if (vErrors === null) {
                      vErrors = [err270];
                    } else {
                      vErrors.push(err270);
                    }
                    errors++;
                  }
                }
                if (data131.op !== void 0) {
                  let data133 = data131.op;
                  if (typeof data133 !== "string") {
                    const err271 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/op", schemaPath: "#/items/properties/compare_columns/items/properties/op/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.compare_columns.items.properties.op.type, parentSchema: schema8.items.properties.compare_columns.items.properties.op, data: data133 };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                  if (!(data133 === "<" || data133 === "<=" || data133 === "==" || data133 === "!=" || data133 === ">=" || data133 === ">")) {
                    const err272 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/op", schemaPath: "#/items/properties/compare_columns/items/properties/op/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.compare_columns.items.properties.op.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.compare_columns.items.properties.op.enum, parentSchema: schema8.items.properties.compare_columns.items.properties.op, data: data133 };
                    if (vErrors === null) {
                      vErrors = [err272];
                    } else {
                      vErrors.push(err272);
                    }
                    errors++;
                  }
                }
                if (data131.right !== void 0) {
                  let data134 = data131.right;
                  if (typeof data134 === "string") {
                    if (func7(data134) < 1) {
                      const err273 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/right", schemaPath: "#/items/properties/compare_columns/items/properties/right/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.compare_columns.items.properties.right, data: data134 };
                      if (vErrors === null) {
                        vErrors = [err273];
                      } else {
                        vErrors.push(err273);
                      }
                      errors++;
                    }
                  } else {
                    const err274 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/right", schemaPath: "#/items/properties/compare_columns/items/properties/right/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.compare_columns.items.properties.right.type, parentSchema: schema8.items.properties.compare_columns.items.properties.right, data: data134 };
                    if (vErrors === null) {
                      vErrors = [err274];
                    } else {
                      vErrors.push(err274);
                    }
                    errors++;
                  }
                }
                if (data131.max_percent !== void 0) {
                  let data135 = data131.max_percent;
                  if (typeof data135 == "number") {
                    if (data135 > 100 || isNaN(data135)) {
                      const err275 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/max_percent", schemaPath: "#/items/properties/compare_columns/items/properties/max_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema8.items.properties.compare_columns.items.properties.max_percent, data: data135 };
                      if (vErrors === null) {
                        vErrors = [err275];
                      } else {
                        vErrors.push(err275);
                      }
                      errors++;
                    }
                    if (data135 < 0 || isNaN(data135)) {
                      const err276 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/max_percent", schemaPath: "#/items/properties/compare_columns/items/properties/max_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema8.items.properties.compare_columns.items.properties.max_percent, data: data135 };
                      if (vErrors === null) {
                        vErrors = [err276];
                      } else {
                        vErrors.push(err276);
                      }
                      errors++;
                    }
                  } else {
                    const err277 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/max_percent", schemaPath: "#/items/properties/compare_columns/items/properties/max_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema8.items.properties.compare_columns.items.properties.max_percent.type, parentSchema: schema8.items.properties.compare_columns.items.properties.max_percent, data: data135 };
                    if (vErrors === null) {
                      vErrors = [err277];
                    } else {
                      vErrors.push(err277);
                    }
                    errors++;
                  }
                }
                if (data131.severity !== void 0) {
                  let data136 = data131.severity;
                  if (typeof data136 !== "string") {
                    const err278 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/severity", schemaPath: "#/items/properties/compare_columns/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.compare_columns.items.properties.severity.type, parentSchema: schema8.items.properties.compare_columns.items.properties.severity, data: data136 };
                    if (vErrors === null) {
                      vErrors = [err278];
                    } else {
                      vErrors.push(err278);
                    }
                    errors++;
                  }
                  if (!(data136 === "error" || data136 === "warning")) {
                    const err279 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13 + "/severity", schemaPath: "#/items/properties/compare_columns/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.compare_columns.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.compare_columns.items.properties.severity.enum, parentSchema: schema8.items.properties.compare_columns.items.properties.severity, data: data136 };
                    if (vErrors === null) {
                      vErrors = [err279];
                    } else {
                      vErrors.push(err279);
                    }
                    errors++;
                  }
                }
              } else {
                const err280 = { instancePath: instancePath + "/" + i0 + "/compare_columns/" + i13, schemaPath: "#/items/properties/compare_columns/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.compare_columns.items.type, parentSchema: schema8.items.properties.compare_columns.items, data: data131 };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
            }
          } else {
            const err281 = { instancePath: instancePath + "/" + i0 + "/compare_columns", schemaPath: "#/items/properties/compare_columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.compare_columns.type, parentSchema: schema8.items.properties.compare_columns, data: data130 };
            if (vErrors === null) {
              vErrors = [err281];
            } else {
              vErrors.push(err281);
            }
            errors++;
          }
        }
        if (data0.foreign_key !== void 0) {
          let data137 = data0.foreign_key;
          if (!data137 || typeof data137 != "object") {
            const err282 = { instancePath: instancePath + "/" + i0 + "/foreign_key", schemaPath: "#/items/properties/foreign_key/type", keyword: "type", params: { type: schema8.items.properties.foreign_key.type }, message: "must be object,array", schema: schema8.items.properties.foreign_key.type, parentSchema: schema8.items.properties.foreign_key, data: data137 };
            if (vErrors === null) {
              vErrors = [err282];
            } else {
              vErrors.push(err282);
            }
            errors++;
          }
          if (Array.isArray(data137)) {
            const len14 = data137.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data138 = data137[i14];
              if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                if (data138.column === void 0) {
                  const err283 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14, schemaPath: "#/items/properties/foreign_key/items/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema8.items.properties.foreign_key.items.required, parentSchema: schema8.items.properties.foreign_key.items, data: data138 };
                  if (vErrors === null) {
                    vErrors = [err283];
                  } else {
                    vErrors.push(err283);
                  }
                  errors++;
                }
                if (data138.reference_column === void 0) {
                  const err284 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14, schemaPath: "#/items/properties/foreign_key/items/required", keyword: "required", params: { missingProperty: "reference_column" }, message: "must have required property 'reference_column'", schema: schema8.items.properties.foreign_key.items.required, parentSchema: schema8.items.properties.foreign_key.items, data: data138 };
                  if (vErrors === null) {
                    vErrors = [err284];
                  } else {
                    vErrors.push(err284);
                  }
                  errors++;
                }
                for (const key25 in data138) {
                  if (!(key25 === "column" || key25 === "reference" || key25 === "reference_table" || key25 === "reference_column" || key25 === "severity")) {
                    const err285 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14, schemaPath: "#/items/properties/foreign_key/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.foreign_key.items, data: data138 };
                    if (vErrors === null) {
                      vErrors = [err285];
                    } else {
                      vErrors.push(err285);
                    }
                    errors++;
                  }
                }
                if (data138.column !== void 0) {
                  let data139 = data138.column;
                  if (typeof data139 === "string") {
                    if (func7(data139) < 1) {
                      const err286 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/column", schemaPath: "#/items/properties/foreign_key/items/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.items.properties.column, data: data139 };
                      if (vErrors === null) {
                        vErrors = [err286];
                      } else {
                        vErrors.push(err286);
                      }
                      errors++;
                    }
                  } else {
                    const err287 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/column", schemaPath: "#/items/properties/foreign_key/items/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.items.properties.column.type, parentSchema: schema8.items.properties.foreign_key.items.properties.column, data: data139 };
                    if (vErrors === null) {
                      vErrors = [err287];
                    } else {
                      vErrors.push(err287);
                    }
                    errors++;
                  }
                }
                if (data138.reference !== void 0) {
                  let data140 = data138.reference;
                  if (typeof data140 === "string") {
                    if (func7(data140) < 1) {
                      const err288 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/reference", schemaPath: "#/items/properties/foreign_key/items/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.items.properties.reference, data: data140 };
                      if (vErrors === null) {
                        vErrors = [err288];
                      } else {
                        vErrors.push(err288);
                      }
                      errors++;
                    }
                  } else {
                    const err289 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/reference", schemaPath: "#/items/properties/foreign_key/items/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.items.properties.reference.type, parentSchema: schema8.items.properties.foreign_key.items.properties.reference, data: data140 };
                    if (vErrors === null) {
                      vErrors = [err289];
                    } else {
                      vErrors.push(err289);
                    }
                    errors++;
                  }
                }
                if (data138.reference_table !== void 0) {
                  let data141 = data138.reference_table;
                  if (typeof data141 === "string") {
                    if (func7(data141) < 1) {
                      const err290 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/reference_table", schemaPath: "#/items/properties/foreign_key/items/properties/reference_table/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.items.properties.reference_table, data: data141 };
                      if (vErrors === null) {
                        vErrors = [err290];
                      } else {
                        vErrors.push(err290);
                      }
                      errors++;
                    }
                  } else {
                    const err291 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/reference_table", schemaPath: "#/items/properties/foreign_key/items/properties/reference_table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.items.properties.reference_table.type, parentSchema: schema8.items.properties.foreign_key.items.properties.reference_table, data: data141 };
                    if (vErrors === null) {
                      vErrors = [err291];
                    } else {
                      vErrors.push(err291);
                    }
                    errors++;
                  }
                }
                if (data138.reference_column !== void 0) {
                  let data142 = data138.reference_column;
                  if (typeof data142 === "string") {
                    if (func7(data142) < 1) {
                      const err292 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/reference_column", schemaPath: "#/items/properties/foreign_key/items/properties/reference_column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.items.properties.reference_column, data: data142 };
                      if (vErrors === null) {
                        vErrors = [err292];
                      } else {
                        vErrors.push(err292);
                      }
                      errors++;
                    }
                  } else {
                    const err293 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/reference_column", schemaPath: "#/items/properties/foreign_key/items/properties/reference_column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.items.properties.reference_column.type, parentSchema: schema8.items.properties.foreign_key.items.properties.reference_column, data: data142 };
                    if (vErrors === null) {
                      vErrors = [err293];
                    } else {
                      vErrors.push(err293);
                    }
                    errors++;
                  }
                }
                if (data138.severity !== void 0) {
                  let data143 = data138.severity;
                  if (typeof data143 !== "string") {
                    const err294 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/severity", schemaPath: "#/items/properties/foreign_key/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.items.properties.severity.type, parentSchema: schema8.items.properties.foreign_key.items.properties.severity, data: data143 };
                    if (vErrors === null) {
                      vErrors = [err294];
                    } else {
                      vErrors.push(err294);
                    }
                    errors++;
                  }
                  if (!(data143 === "error" || data143 === "warning")) {
                    const err295 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14 + "/severity", schemaPath: "#/items/properties/foreign_key/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.foreign_key.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.foreign_key.items.properties.severity.enum, parentSchema: schema8.items.properties.foreign_key.items.properties.severity, data: data143 };
                    if (vErrors === null) {
                      vErrors = [err295];
                    } else {
                      vErrors.push(err295);
                    }
                    errors++;
                  }
                }
              } else {
                const err296 = { instancePath: instancePath + "/" + i0 + "/foreign_key/" + i14, schemaPath: "#/items/properties/foreign_key/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.foreign_key.items.type, parentSchema: schema8.items.properties.foreign_key.items, data: data138 };
                if (vErrors === null) {
                  vErrors = [err296];
                } else {
                  vErrors.push(err296);
                }
                errors++;
              }
            }
          }
          if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
            if (data137.column === void 0) {
              const err297 = { instancePath: instancePath + "/" + i0 + "/foreign_key", schemaPath: "#/items/properties/foreign_key/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema8.items.properties.foreign_key.required, parentSchema: schema8.items.properties.foreign_key, data: data137 };
              if (vErrors === null) {
                vErrors = [err297];
              } else {
                vErrors.push(err297);
              }
              errors++;
            }
            if (data137.reference_column === void 0) {
              const err298 = { instancePath: instancePath + "/" + i0 + "/foreign_key", schemaPath: "#/items/properties/foreign_key/required", keyword: "required", params: { missingProperty: "reference_column" }, message: "must have required property 'reference_column'", schema: schema8.items.properties.foreign_key.required, parentSchema: schema8.items.properties.foreign_key, data: data137 };
              if (vErrors === null) {
                vErrors = [err298];
              } else {
                vErrors.push(err298);
              }
              errors++;
            }
            for (const key26 in data137) {
              if (!(key26 === "column" || key26 === "reference" || key26 === "reference_table" || key26 === "reference_column" || key26 === "severity")) {
                const err299 = { instancePath: instancePath + "/" + i0 + "/foreign_key", schemaPath: "#/items/properties/foreign_key/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.foreign_key, data: data137 };
                if (vErrors === null) {
                  vErrors = [err299];
                } else {
                  vErrors.push(err299);
                }
                errors++;
              }
            }
            if (data137.column !== void 0) {
              let data144 = data137.column;
              if (typeof data144 === "string") {
                if (func7(data144) < 1) {
                  const err300 = { instancePath: instancePath + "/" + i0 + "/foreign_key/column", schemaPath: "#/items/properties/foreign_key/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.properties.column, data: data144 };
                  if (vErrors === null) {
                    vErrors = [err300];
                  } else {
                    vErrors.push(err300);
                  }
                  errors++;
                }
              } else {
                const err301 = { instancePath: instancePath + "/" + i0 + "/foreign_key/column", schemaPath: "#/items/properties/foreign_key/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.properties.column.type, parentSchema: schema8.items.properties.foreign_key.properties.column, data: data144 };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors++;
              }
            }
            if (data137.reference !== void 0) {
              let data145 = data137.reference;
              if (typeof data145 === "string") {
                if (func7(data145) < 1) {
                  const err302 = { instancePath: instancePath + "/" + i0 + "/foreign_key/reference", schemaPath: "#/items/properties/foreign_key/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.properties.reference, data: data145 };
                  if (vErrors === null) {
                    vErrors = [err302];
                  } else {
                    vErrors.push(err302);
                  }
                  errors++;
                }
              } else {
                const err303 = { instancePath: instancePath + "/" + i0 + "/foreign_key/reference", schemaPath: "#/items/properties/foreign_key/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.properties.reference.type, parentSchema: schema8.items.properties.foreign_key.properties.reference, data: data145 };
                if (vErrors === null) {
                  vErrors = [err303];
                } else {
                  vErrors.push(err303);
                }
                errors++;
              }
            }
            if (data137.reference_table !== void 0) {
              let data146 = data137.reference_table;
              if (typeof data146 === "string") {
                if (func7(data146) < 1) {
                  const err304 = { instancePath: instancePath + "/" + i0 + "/foreign_key/reference_table", schemaPath: "#/items/properties/foreign_key/properties/reference_table/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.properties.reference_table, data: data146 };
                  if (vErrors === null) {
                    vErrors = [err304];
                  } else {
                    vErrors.push(err304);
                  }
                  errors++;
                }
              } else {
                const err305 = { instancePath: instancePath + "/" + i0 + "/foreign_key/reference_table", schemaPath: "#/items/properties/foreign_key/properties/reference_table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.properties.reference_table.type, parentSchema: schema8.items.properties.foreign_key.properties.reference_table, data: data146 };
                if (vErrors === null) {
                  vErrors = [err305];
                } else {
                  vErrors.push(err305);
                }
                errors++;
              }
            }
            if (data137.reference_column !== void 0) {
              let data147 = data137.reference_column;
              if (typeof data147 === "string") {
                if (func7(data147) < 1) {
                  const err306 = { instancePath: instancePath + "/" + i0 + "/foreign_key/reference_column", schemaPath: "#/items/properties/foreign_key/properties/reference_column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.foreign_key.properties.reference_column, data: data147 };
                  if (vErrors === null) {
                    vErrors = [err306];
                  } else {
                    vErrors.push(err306);
                  }
                  errors++;
                }
              } else {
                const err307 = { instancePath: instancePath + "/" + i0 + "/foreign_key/reference_column", schemaPath: "#/items/properties/foreign_key/properties/reference_column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.properties.reference_column.type, parentSchema: schema8.items.properties.foreign_key.properties.reference_column, data: data147 };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors++;
              }
            }
            if (data137.severity !== void 0) {
              let data148 = data137.severity;
              if (typeof data148 !== "string") {
                const err308 = { instancePath: instancePath + "/" + i0 + "/foreign_key/severity", schemaPath: "#/items/properties/foreign_key/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.foreign_key.properties.severity.type, parentSchema: schema8.items.properties.foreign_key.properties.severity, data: data148 };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors++;
              }
              if (!(data148 === "error" || data148 === "warning")) {
                const err309 = { instancePath: instancePath + "/" + i0 + "/foreign_key/severity", schemaPath: "#/items/properties/foreign_key/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.foreign_key.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.foreign_key.properties.severity.enum, parentSchema: schema8.items.properties.foreign_key.properties.severity, data: data148 };
                if (vErrors === null) {
                  vErrors = [err309];
                } else {
                  vErrors.push(err309);
                }
                errors++;
              }
            }
          }
        }
        if (data0.where !== void 0) {
          let data149 = data0.where;
          if (Array.isArray(data149)) {
            const len15 = data149.length;
            for (let i15 = 0; i15 < len15; i15++) {
              let data150 = data149[i15];
              if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
                if (data150.condition === void 0) {
                  const err310 = { instancePath: instancePath + "/" + i0 + "/where/" + i15, schemaPath: "#/items/properties/where/items/required", keyword: "required", params: { missingProperty: "condition" }, message: "must have required property 'condition'", schema: schema8.items.properties.where.items.required, parentSchema: schema8.items.properties.where.items, data: data150 };
                  if (vErrors === null) {
                    vErrors = [err310];
                  } else {
                    vErrors.push(err310);
                  }
                  errors++;
                }
                if (data150.columns === void 0) {
                  const err311 = { instancePath: instancePath + "/" + i0 + "/where/" + i15, schemaPath: "#/items/properties/where/items/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'", schema: schema8.items.properties.where.items.required, parentSchema: schema8.items.properties.where.items, data: data150 };
                  if (vErrors === null) {
                    vErrors = [err311];
                  } else {
                    vErrors.push(err311);
                  }
                  errors++;
                }
                for (const key27 in data150) {
                  if (!(key27 === "name" || key27 === "condition" || key27 === "columns" || key27 === "severity")) {
                    const err312 = { instancePath: instancePath + "/" + i0 + "/where/" + i15, schemaPath: "#/items/properties/where/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.items.properties.where.items, data: data150 };
                    if (vErrors === null) {
                      vErrors = [err312];
                    } else {
                      vErrors.push(err312);
                    }
                    errors++;
                  }
                }
                if (data150.name !== void 0) {
                  let data151 = data150.name;
                  if (typeof data151 === "string") {
                    if (func7(data151) < 1) {
                      const err313 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/name", schemaPath: "#/items/properties/where/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.items.properties.where.items.properties.name, data: data151 };
                      if (vErrors === null) {
                        vErrors = [err313];
                      } else {
                        vErrors.push(err313);
                      }
                      errors++;
                    }
                    if (!pattern18.test(data151)) {
                      const err314 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/name", schemaPath: "#/items/properties/where/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^/]+$" }, message: 'must match pattern "^[^/]+$"', schema: "^[^/]+$", parentSchema: schema8.items.properties.where.items.properties.name, data: data151 };
                      if (vErrors === null) {
                        vErrors = [err314];
                      } else {
                        vErrors.push(err314);
                      }
                      errors++;
                    }
                  } else {
                    const err315 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/name", schemaPath: "#/items/properties/where/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.where.items.properties.name.type, parentSchema: schema8.items.properties.where.items.properties.name, data: data151 };
                    if (vErrors === null) {
                      vErrors = [err315];
                    } else {
                      vErrors.push(err315);
                    }
                    errors++;
                  }
                }
                if (data150.condition !== void 0) {
                  let data152 = data150.condition;
                  if (!(data152 && typeof data152 == "object" && !Array.isArray(data152))) {
                    const err316 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/condition", schemaPath: "#/items/properties/where/items/properties/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.where.items.properties.condition.type, parentSchema: schema8.items.properties.where.items.properties.condition, data: data152 };
                    if (vErrors === null) {
                      vErrors = [err316];
                    } else {
                      vErrors.push(err316);
                    }
                    errors++;
                  }
                }
                if (data150.columns !== void 0) {
                  let data153 = data150.columns;
                  if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
                    for (const key28 in data153) {
                      let data154 = data153[key28];
                      if (!(data154 && typeof data154 == "object" && !Array.isArray(data154))) {
                        const err317 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/columns/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/where/items/properties/columns/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.where.items.properties.columns.additionalProperties.type, parentSchema: schema8.items.properties.where.items.properties.columns.additionalProperties, data: data154 };
                        if (vErrors === null) {
                          vErrors = [err317];
                        } else {
                          vErrors.push(err317);
                        }
                        errors++;
                      }
                      if (!validate25(data154, { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/columns/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data153, parentDataProperty: key28, rootData })) {
                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err318 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/columns", schemaPath: "#/items/properties/where/items/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.where.items.properties.columns.type, parentSchema: schema8.items.properties.where.items.properties.columns, data: data153 };
                    if (vErrors === null) {
                      vErrors = [err318];
                    } else {
                      vErrors.push(err318);
                    }
                    errors++;
                  }
                }
                if (data150.severity !== void 0) {
                  let data155 = data150.severity;
                  if (typeof data155 !== "string") {
                    const err319 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/severity", schemaPath: "#/items/properties/where/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.where.items.properties.severity.type, parentSchema: schema8.items.properties.where.items.properties.severity, data: data155 };
                    if (vErrors === null) {
                      vErrors = [err319];
                    } else {
                      vErrors.push(err319);
                    }
                    errors++;
                  }
                  if (!(data155 === "error" || data155 === "warning")) {
                    const err320 = { instancePath: instancePath + "/" + i0 + "/where/" + i15 + "/severity", schemaPath: "#/items/properties/where/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.where.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.where.items.properties.severity.enum, parentSchema: schema8.items.properties.where.items.properties.severity, data: data155 };
                    if (vErrors === null) {
                      vErrors = [err320];
                    } else {
                      vErrors.push(err320);
                    }
                    errors++;
                  }
                }
              } else {
                const err321 = { instancePath: instancePath + "/" + i0 + "/where/" + i15, schemaPath: "#/items/properties/where/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.properties.where.items.type, parentSchema: schema8.items.properties.where.items, data: data150 };
                if (vErrors === null) {
                  vErrors = [err321];
                } else {
                  vErrors.push(err321);
                }
                errors++;
              }
            }
          } else {
            const err322 = { instancePath: instancePath + "/" + i0 + "/where", schemaPath: "#/items/properties/where/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.items.properties.where.type, parentSchema: schema8.items.properties.where, data: data149 };
            if (vErrors === null) {
              vErrors = [err322];
            } else {
              vErrors.push(err322);
            }
            errors++;
          }
        }
        if (data0.severity !== void 0) {
          let data156 = data0.severity;
          if (typeof data156 !== "string") {
            const err323 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.items.properties.severity.type, parentSchema: schema8.items.properties.severity, data: data156 };
            if (vErrors === null) {
              vErrors = [err323];
            } else {
              vErrors.push(err323);
            }
            errors++;
          }
          if (!(data156 === "error" || data156 === "warning")) {
            const err324 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema8.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema8.items.properties.severity.enum, parentSchema: schema8.items.properties.severity, data: data156 };
            if (vErrors === null) {
              vErrors = [err324];
            } else {
              vErrors.push(err324);
            }
            errors++;
          }
        }
      } else {
        const err325 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.items.type, parentSchema: schema8.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err325];
        } else {
          vErrors.push(err325);
        }
        errors++;
      }
    }
  } else {
    const err326 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.type, parentSchema: schema8, data };
    if (vErrors === null) {
      vErrors = [err326];
    } else {
      vErrors.push(err326);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema10 = { "type": "object", "additionalProperties": false, "description": "Model quality: metric thresholds, metrics computed from predictions, slices, budgets.", "properties": { "metrics": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Metrics file(s), JSON or YAML; nested keys are flattened with dots (`latency_ms.p95`)." }, "thresholds": { "type": "object", "description": "Bounds per metric name (globs allowed), read from the metrics files.", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "Bounds on a metric.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "predictions": { "type": "object", "additionalProperties": false, "required": ["path", "task", "label"], "description": "A predictions file from which mlgate computes metrics itself.", "properties": { "path": { "type": "string", "description": "Predictions file (csv, jsonl, parquet)." }, "task": { "type": "string", "enum": ["binary", "multiclass", "regression"], "description": "Kind of model." }, "label": { "type": "string", "description": "Column with the true label or target." }, "prediction": { "type": "string", "description": "Column with the predicted label or value." }, "score": { "type": "string", "description": "Column with the probability of the positive class (binary)." }, "scores": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Multiclass: class label to the column holding its probability." }, "positive": { "type": ["string", "number", "boolean"], "description": "The positive class label (binary; default 1)." }, "threshold": { "type": "number", "minimum": 0, "maximum": 1, "description": "Decision threshold on `score` when `prediction` is absent (default 0.5)." }, "id": { "type": "string", "description": "Column identifying each example (used to pair predictions with the baseline)." }, "metrics": { "type": "object", "description": "Bounds per computed metric (accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, ece, mae, rmse, r2, ...).", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "Bounds on a metric.", "properties": { "min": { "type": "number", "description": "Fails when the value is below this." }, "max": { "type": "number", "description": "Fails when the value is above this." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "slices": { "type": "array", "description": "Per-slice quality: the metric on every group of a column.", "items": { "type": "object", "additionalProperties": false, "required": ["by", "metric"], "properties": { "by": { "type": "string", "description": "Column whose values define the slices." }, "metric": { "type": "string", "description": "Metric computed on each slice." }, "min": { "type": "number", "description": "Every slice must reach at least this." }, "max": { "type": "number", "description": "No slice may exceed this." }, "max_gap": { "type": "number", "minimum": 0, "description": "Largest minus smallest slice value may not exceed this." }, "min_size": { "type": "integer", "minimum": 1, "description": "Slices with fewer rows are reported as insufficient data, not failed." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "fairness": { "type": "array", "description": "Fairness measures over a sensitive column.", "items": { "type": "object", "additionalProperties": false, "required": ["by"], "properties": { "by": { "type": "string", "description": "Sensitive column." }, "demographic_parity_difference": { "type": "number", "minimum": 0, "description": "Maximum gap in positive-prediction rate between groups." }, "equal_opportunity_difference": { "type": "number", "minimum": 0, "description": "Maximum gap in true-positive rate between groups." }, "equalized_odds_difference": { "type": "number", "minimum": 0, "description": "Maximum of the TPR gap and the FPR gap." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } } } }, "baseline_model": { "description": "The model must beat a trivial predictor scored on the same labels (docs/checks-baseline-model.md): a kind, or `{kind, metrics, margin, severity}`. Needs `predictions`.", "if": { "type": "string" }, "then": { "type": "string", "enum": ["majority", "stratified", "mean"], "description": "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression)." }, "else": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "type": "string", "enum": ["majority", "stratified", "mean"], "description": "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression)." }, "metrics": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" }, "description": "Computed metrics to compare (default `accuracy`, `r2` for regression)." }, "margin": { "type": "number", "minimum": 0, "description": "How much better the model must be on each metric (default 0: strictly better); lower is better for losses and errors." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "artifact": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "The model file and its size budget.", "properties": { "path": { "type": "string", "description": "Model artifact path." }, "max_size_mb": { "type": "number", "exclusiveMinimum": 0, "description": "Largest allowed size in MB." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metrics" || key0 === "thresholds" || key0 === "predictions" || key0 === "baseline_model" || key0 === "artifact" || key0 === "severity")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data0 = data.metrics;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: schema10.properties.metrics.type }, message: "must be string,array", schema: schema10.properties.metrics.type, parentSchema: schema10.properties.metrics, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.metrics.items.type, parentSchema: schema10.properties.metrics.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      }
    }
    if (data.thresholds !== void 0) {
      let data2 = data.thresholds;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              if (!(key2 === "min" || key2 === "max" || key2 === "severity")) {
                const err3 = { instancePath: instancePath + "/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.thresholds.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data3.min !== void 0) {
              let data4 = data3.min;
              if (!(typeof data4 == "number")) {
                const err4 = { instancePath: instancePath + "/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/thresholds/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.thresholds.additionalProperties.properties.min.type, parentSchema: schema10.properties.thresholds.additionalProperties.properties.min, data: data4 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data3.max !== void 0) {
              let data5 = data3.max;
              if (!(typeof data5 == "number")) {
                const err5 = { instancePath: instancePath + "/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/thresholds/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.thresholds.additionalProperties.properties.max.type, parentSchema: schema10.properties.thresholds.additionalProperties.properties.max, data: data5 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.severity !== void 0) {
              let data6 = data3.severity;
              if (typeof data6 !== "string") {
                const err6 = { instancePath: instancePath + "/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/thresholds/additionalProperties/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.thresholds.additionalProperties.properties.severity.type, parentSchema: schema10.properties.thresholds.additionalProperties.properties.severity, data: data6 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (!(data6 === "error" || data6 === "warning")) {
                const err7 = { instancePath: instancePath + "/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/thresholds/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.properties.thresholds.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.thresholds.additionalProperties.properties.severity.enum, parentSchema: schema10.properties.thresholds.additionalProperties.properties.severity, data: data6 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/thresholds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.thresholds.additionalProperties.type, parentSchema: schema10.properties.thresholds.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.thresholds.type, parentSchema: schema10.properties.thresholds, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.predictions !== void 0) {
      let data7 = data.predictions;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.path === void 0) {
          const err10 = { instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema10.properties.predictions.required, parentSchema: schema10.properties.predictions, data: data7 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data7.task === void 0) {
          const err11 = { instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema10.properties.predictions.required, parentSchema: schema10.properties.predictions, data: data7 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data7.label === void 0) {
          const err12 = { instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema10.properties.predictions.required, parentSchema: schema10.properties.predictions, data: data7 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key3 in data7) {
          if (!func2.call(schema10.properties.predictions.properties, key3)) {
            const err13 = { instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.predictions, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data7.path !== void 0) {
          let data8 = data7.path;
          if (typeof data8 !== "string") {
            const err14 = { instancePath: instancePath + "/predictions/path", schemaPath: "#/properties/predictions/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.path.type, parentSchema: schema10.properties.predictions.properties.path, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data7.task !== void 0) {
          let data9 = data7.task;
          if (typeof data9 !== "string") {
            const err15 = { instancePath: instancePath + "/predictions/task", schemaPath: "#/properties/predictions/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.task.type, parentSchema: schema10.properties.predictions.properties.task, data: data9 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!(data9 === "binary" || data9 === "multiclass" || data9 === "regression")) {
            const err16 = { instancePath: instancePath + "/predictions/task", schemaPath: "#/properties/predictions/properties/task/enum", keyword: "enum", params: { allowedValues: schema10.properties.predictions.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.predictions.properties.task.enum, parentSchema: schema10.properties.predictions.properties.task, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data7.label !== void 0) {
          let data10 = data7.label;
          if (typeof data10 !== "string") {
            const err17 = { instancePath: instancePath + "/predictions/label", schemaPath: "#/properties/predictions/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.label.type, parentSchema: schema10.properties.predictions.properties.label, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data7.prediction !== void 0) {
          let data11 = data7.prediction;
          if (typeof data11 !== "string") {
            const err18 = { instancePath: instancePath + "/predictions/prediction", schemaPath: "#/properties/predictions/properties/prediction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.prediction.type, parentSchema: schema10.properties.predictions.properties.prediction, data: data11 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data7.score !== void 0) {
          let data12 = data7.score;
          if (typeof data12 !== "string") {
            const err19 = { instancePath: instancePath + "/predictions/score", schemaPath: "#/properties/predictions/properties/score/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.score.type, parentSchema: schema10.properties.predictions.properties.score, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.scores !== void 0) {
          let data13 = data7.scores;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key4 in data13) {
              let data14 = data13[key4];
              if (typeof data14 !== "string") {
                const err20 = { instancePath: instancePath + "/predictions/scores/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/predictions/properties/scores/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.scores.additionalProperties.type, parentSchema: schema10.properties.predictions.properties.scores.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/predictions/scores", schemaPath: "#/properties/predictions/properties/scores/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.predictions.properties.scores.type, parentSchema: schema10.properties.predictions.properties.scores, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.positive !== void 0) {
          let data15 = data7.positive;
          if (typeof data15 !== "string" && !(typeof data15 == "number") && typeof data15 !== "boolean") {
            const err22 = { instancePath: instancePath + "/predictions/positive", schemaPath: "#/properties/predictions/properties/positive/type", keyword: "type", params: { type: schema10.properties.predictions.properties.positive.type }, message: "must be string,number,boolean", schema: schema10.properties.predictions.properties.positive.type, parentSchema: schema10.properties.predictions.properties.positive, data: data15 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data7.threshold !== void 0) {
          let data16 = data7.threshold;
          if (typeof data16 == "number") {
            if (data16 > 1 || isNaN(data16)) {
              const err23 = { instancePath: instancePath + "/predictions/threshold", schemaPath: "#/properties/predictions/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema10.properties.predictions.properties.threshold, data: data16 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err24 = { instancePath: instancePath + "/predictions/threshold", schemaPath: "#/properties/predictions/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.predictions.properties.threshold, data: data16 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/predictions/threshold", schemaPath: "#/properties/predictions/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.threshold.type, parentSchema: schema10.properties.predictions.properties.threshold, data: data16 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.id !== void 0) {
          let data17 = data7.id;
          if (typeof data17 !== "string") {
            const err26 = { instancePath: instancePath + "/predictions/id", schemaPath: "#/properties/predictions/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.id.type, parentSchema: schema10.properties.predictions.properties.id, data: data17 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data7.metrics !== void 0) {
          let data18 = data7.metrics;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key5 in data18) {
              let data19 = data18[key5];
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                for (const key6 in data19) {
                  if (!(key6 === "min" || key6 === "max" || key6 === "severity")) {
                    const err27 = { instancePath: instancePath + "/predictions/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/predictions/properties/metrics/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.predictions.properties.metrics.additionalProperties, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data19.min !== void 0) {
                  let data20 = data19.min;
                  if (!(typeof data20 == "number")) {
                    const err28 = { instancePath: instancePath + "/predictions/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/predictions/properties/metrics/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.min.type, parentSchema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.min, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data19.max !== void 0) {
                  let data21 = data19.max;
                  if (!(typeof data21 == "number")) {
                    const err29 = { instancePath: instancePath + "/predictions/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/predictions/properties/metrics/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.max.type, parentSchema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.max, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data19.severity !== void 0) {
                  let data22 = data19.severity;
                  if (typeof data22 !== "string") {
                    const err30 = { instancePath: instancePath + "/predictions/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/predictions/properties/metrics/additionalProperties/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.severity.type, parentSchema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.severity, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  if (!(data22 === "error" || data22 === "warning")) {
                    const err31 = { instancePath: instancePath + "/predictions/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/predictions/properties/metrics/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.properties.predictions.properties.metrics.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.severity.enum, parentSchema: schema10.properties.predictions.properties.metrics.additionalProperties.properties.severity, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/predictions/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/predictions/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.predictions.properties.metrics.additionalProperties.type, parentSchema: schema10.properties.predictions.properties.metrics.additionalProperties, data: data19 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/predictions/metrics", schemaPath: "#/properties/predictions/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.predictions.properties.metrics.type, parentSchema: schema10.properties.predictions.properties.metrics, data: data18 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data7.slices !== void 0) {
          let data23 = data7.slices;
          if (Array.isArray(data23)) {
            const len1 = data23.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data24 = data23[i1];
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.by === void 0) {
                  const err34 = { instancePath: instancePath + "/predictions/slices/" + i1, schemaPath: "#/properties/predictions/properties/slices/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema10.properties.predictions.properties.slices.items.required, parentSchema: schema10.properties.predictions.properties.slices.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data24.metric === void 0) {
                  const err35 = { instancePath: instancePath + "/predictions/slices/" + i1, schemaPath: "#/properties/predictions/properties/slices/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema10.properties.predictions.properties.slices.items.required, parentSchema: schema10.properties.predictions.properties.slices.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                for (const key7 in data24) {
                  if (!(key7 === "by" || key7 === "metric" || key7 === "min" || key7 === "max" || key7 === "max_gap" || key7 === "min_size" || key7 === "severity")) {
                    const err36 = { instancePath: instancePath + "/predictions/slices/" + i1, schemaPath: "#/properties/predictions/properties/slices/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.predictions.properties.slices.items, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data24.by !== void 0) {
                  let data25 = data24.by;
                  if (typeof data25 !== "string") {
                    const err37 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/by", schemaPath: "#/properties/predictions/properties/slices/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.slices.items.properties.by.type, parentSchema: schema10.properties.predictions.properties.slices.items.properties.by, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data24.metric !== void 0) {
                  let data26 = data24.metric;
                  if (typeof data26 !== "string") {
                    const err38 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/metric", schemaPath: "#/properties/predictions/properties/slices/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.slices.items.properties.metric.type, parentSchema: schema10.properties.predictions.properties.slices.items.properties.metric, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data24.min !== void 0) {
                  let data27 = data24.min;
                  if (!(typeof data27 == "number")) {
                    const err39 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/min", schemaPath: "#/properties/predictions/properties/slices/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.slices.items.properties.min.type, parentSchema: schema10.properties.predictions.properties.slices.items.properties.min, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data24.max !== void 0) {
                  let data28 = data24.max;
                  if (!(typeof data28 == "number")) {
                    const err40 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/max", schemaPath: "#/properties/predictions/properties/slices/items/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.slices.items.properties.max.type, parentSchema: schema10.properties.predictions.properties.slices.items.properties.max, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data24.max_gap !== void 0) {
                  let data29 = data24.max_gap;
                  if (typeof data29 == "number") {
                    if (data29 < 0 || isNaN(data29)) {
                      const err41 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/max_gap", schemaPath: "#/properties/predictions/properties/slices/items/properties/max_gap/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.predictions.properties.slices.items.properties.max_gap, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/max_gap", schemaPath: "#/properties/predictions/properties/slices/items/properties/max_gap/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.slices.items.properties.max_gap.type, parentSchema: schema10.properties.predictions.properties.slices.items.properties.max_gap, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data24.min_size !== void 0) {
                  let data30 = data24.min_size;
                  if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
                    const err43 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/min_size", schemaPath: "#/properties/predictions/properties/slices/items/properties/min_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema10.properties.predictions.properties.slices.items.properties.min_size.type, parentSchema: schema10.properties.predictions.properties.slices.items.properties.min_size, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  if (typeof data30 == "number") {
                    if (data30 < 1 || isNaN(data30)) {
                      const err44 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/min_size", schemaPath: "#/properties/predictions/properties/slices/items/properties/min_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema10.properties.predictions.properties.slices.items.properties.min_size, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                }
                if (data24.severity !== void 0) {
                  let data31 = data24.severity;
                  if (typeof data31 !== "string") {
                    const err45 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/severity", schemaPath: "#/properties/predictions/properties/slices/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.slices.items.properties.severity.type, parentSchema: schema10.properties.predictions.properties.slices.items.properties.severity, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                  if (!(data31 === "error" || data31 === "warning")) {
                    const err46 = { instancePath: instancePath + "/predictions/slices/" + i1 + "/severity", schemaPath: "#/properties/predictions/properties/slices/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.properties.predictions.properties.slices.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.predictions.properties.slices.items.properties.severity.enum, parentSchema: schema10.properties.predictions.properties.slices.items.properties.severity, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/predictions/slices/" + i1, schemaPath: "#/properties/predictions/properties/slices/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.predictions.properties.slices.items.type, parentSchema: schema10.properties.predictions.properties.slices.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/predictions/slices", schemaPath: "#/properties/predictions/properties/slices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.properties.predictions.properties.slices.type, parentSchema: schema10.properties.predictions.properties.slices, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data7.fairness !== void 0) {
          let data32 = data7.fairness;
          if (Array.isArray(data32)) {
            const len2 = data32.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data33 = data32[i2];
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.by === void 0) {
                  const err49 = { instancePath: instancePath + "/predictions/fairness/" + i2, schemaPath: "#/properties/predictions/properties/fairness/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema10.properties.predictions.properties.fairness.items.required, parentSchema: schema10.properties.predictions.properties.fairness.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                for (const key8 in data33) {
                  if (!(key8 === "by" || key8 === "demographic_parity_difference" || key8 === "equal_opportunity_difference" || key8 === "equalized_odds_difference" || key8 === "severity")) {
                    const err50 = { instancePath: instancePath + "/predictions/fairness/" + i2, schemaPath: "#/properties/predictions/properties/fairness/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.predictions.properties.fairness.items, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data33.by !== void 0) {
                  let data34 = data33.by;
                  if (typeof data34 !== "string") {
                    const err51 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/by", schemaPath: "#/properties/predictions/properties/fairness/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.fairness.items.properties.by.type, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.by, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data33.demographic_parity_difference !== void 0) {
                  let data35 = data33.demographic_parity_difference;
                  if (typeof data35 == "number") {
                    if (data35 < 0 || isNaN(data35)) {
                      const err52 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/demographic_parity_difference", schemaPath: "#/properties/predictions/properties/fairness/items/properties/demographic_parity_difference/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.demographic_parity_difference, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/demographic_parity_difference", schemaPath: "#/properties/predictions/properties/fairness/items/properties/demographic_parity_difference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.fairness.items.properties.demographic_parity_difference.type, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.demographic_parity_difference, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data33.equal_opportunity_difference !== void 0) {
                  let data36 = data33.equal_opportunity_difference;
                  if (typeof data36 == "number") {
                    if (data36 < 0 || isNaN(data36)) {
                      const err54 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/equal_opportunity_difference", schemaPath: "#/properties/predictions/properties/fairness/items/properties/equal_opportunity_difference/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.equal_opportunity_difference, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/equal_opportunity_difference", schemaPath: "#/properties/predictions/properties/fairness/items/properties/equal_opportunity_difference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.fairness.items.properties.equal_opportunity_difference.type, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.equal_opportunity_difference, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data33.equalized_odds_difference !== void 0) {
                  let data37 = data33.equalized_odds_difference;
                  if (typeof data37 == "number") {
                    if (data37 < 0 || isNaN(data37)) {
                      const err56 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/equalized_odds_difference", schemaPath: "#/properties/predictions/properties/fairness/items/properties/equalized_odds_difference/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.equalized_odds_difference, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/equalized_odds_difference", schemaPath: "#/properties/predictions/properties/fairness/items/properties/equalized_odds_difference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.predictions.properties.fairness.items.properties.equalized_odds_difference.type, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.equalized_odds_difference, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data33.severity !== void 0) {
                  let data38 = data33.severity;
                  if (typeof data38 !== "string") {
                    const err58 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/severity", schemaPath: "#/properties/predictions/properties/fairness/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.predictions.properties.fairness.items.properties.severity.type, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.severity, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  if (!(data38 === "error" || data38 === "warning")) {
                    const err59 = { instancePath: instancePath + "/predictions/fairness/" + i2 + "/severity", schemaPath: "#/properties/predictions/properties/fairness/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.properties.predictions.properties.fairness.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.predictions.properties.fairness.items.properties.severity.enum, parentSchema: schema10.properties.predictions.properties.fairness.items.properties.severity, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = { instancePath: instancePath + "/predictions/fairness/" + i2, schemaPath: "#/properties/predictions/properties/fairness/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.predictions.properties.fairness.items.type, parentSchema: schema10.properties.predictions.properties.fairness.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/predictions/fairness", schemaPath: "#/properties/predictions/properties/fairness/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.properties.predictions.properties.fairness.type, parentSchema: schema10.properties.predictions.properties.fairness, data: data32 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/predictions", schemaPath: "#/properties/predictions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.predictions.type, parentSchema: schema10.properties.predictions, data: data7 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.baseline_model !== void 0) {
      let data39 = data.baseline_model;
      const _errs89 = errors;
      let valid15 = true;
      const _errs90 = errors;
      if (typeof data39 !== "string") {
        const err63 = {};
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      var _valid0 = _errs90 === errors;
      errors = _errs89;
      if (vErrors !== null) {
        if (_errs89) {
          vErrors.length = _errs89;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs92 = errors;
        if (typeof data39 !== "string") {
          const err64 = { instancePath: instancePath + "/baseline_model", schemaPath: "#/properties/baseline_model/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.baseline_model.then.type, parentSchema: schema10.properties.baseline_model.then, data: data39 };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (!(data39 === "majority" || data39 === "stratified" || data39 === "mean")) {
          const err65 = { instancePath: instancePath + "/baseline_model", schemaPath: "#/properties/baseline_model/then/enum", keyword: "enum", params: { allowedValues: schema10.properties.baseline_model.then.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.baseline_model.then.enum, parentSchema: schema10.properties.baseline_model.then, data: data39 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        var _valid0 = _errs92 === errors;
        valid15 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs94 = errors;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
          if (data39.kind === void 0) {
            const err66 = { instancePath: instancePath + "/baseline_model", schemaPath: "#/properties/baseline_model/else/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema10.properties.baseline_model.else.required, parentSchema: schema10.properties.baseline_model.else, data: data39 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          for (const key9 in data39) {
            if (!(key9 === "kind" || key9 === "metrics" || key9 === "margin" || key9 === "severity")) {
              const err67 = { instancePath: instancePath + "/baseline_model", schemaPath: "#/properties/baseline_model/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.baseline_model.else, data: data39 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
          if (data39.kind !== void 0) {
            let data40 = data39.kind;
            if (typeof data40 !== "string") {
              const err68 = { instancePath: instancePath + "/baseline_model/kind", schemaPath: "#/properties/baseline_model/else/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.baseline_model.else.properties.kind.type, parentSchema: schema10.properties.baseline_model.else.properties.kind, data: data40 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (!(data40 === "majority" || data40 === "stratified" || data40 === "mean")) {
              const err69 = { instancePath: instancePath + "/baseline_model/kind", schemaPath: "#/properties/baseline_model/else/properties/kind/enum", keyword: "enum", params: { allowedValues: schema10.properties.baseline_model.else.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.baseline_model.else.properties.kind.enum, parentSchema: schema10.properties.baseline_model.else.properties.kind, data: data40 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
          if (data39.metrics !== void 0) {
            let data41 = data39.metrics;
            if (Array.isArray(data41)) {
              if (data41.length < 1) {
                const err70 = { instancePath: instancePath + "/baseline_model/metrics", schemaPath: "#/properties/baseline_model/else/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema10.properties.baseline_model.else.properties.metrics, data: data41 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              const len3 = data41.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data42 = data41[i3];
                if (typeof data42 !== "string") {
                  const err71 = { instancePath: instancePath + "/baseline_model/metrics/" + i3, schemaPath: "#/properties/baseline_model/else/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.baseline_model.else.properties.metrics.items.type, parentSchema: schema10.properties.baseline_model.else.properties.metrics.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
              let i4 = data41.length;
              let j0;
              if (i4 > 1) {
                const indices0 = {};
                for (; i4--; ) {
                  let item0 = data41[i4];
                  if (typeof item0 !== "string") {
                    continue;
                  }
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    const err72 = { instancePath: instancePath + "/baseline_model/metrics", schemaPath: "#/properties/baseline_model/else/properties/metrics/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema10.properties.baseline_model.else.properties.metrics, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                    break;
                  }
                  indices0[item0] = i4;
                }
              }
            } else {
              const err73 = { instancePath: instancePath + "/baseline_model/metrics", schemaPath: "#/properties/baseline_model/else/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.properties.baseline_model.else.properties.metrics.type, parentSchema: schema10.properties.baseline_model.else.properties.metrics, data: data41 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          if (data39.margin !== void 0) {
            let data43 = data39.margin;
            if (typeof data43 == "number") {
              if (data43 < 0 || isNaN(data43)) {
                const err74 = { instancePath: instancePath + "/baseline_model/margin", schemaPath: "#/properties/baseline_model/else/properties/margin/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.baseline_model.else.properties.margin, data: data43 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            } else {
              const err75 = { instancePath: instancePath + "/baseline_model/margin", schemaPath: "#/properties/baseline_model/else/properties/margin/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.baseline_model.else.properties.margin.type, parentSchema: schema10.properties.baseline_model.else.properties.margin, data: data43 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data39.severity !== void 0) {
            let data44 = data39.severity;
            if (typeof data44 !== "string") {
              const err76 = { instancePath: instancePath + "/baseline_model/severity", schemaPath: "#/properties/baseline_model/else/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.baseline_model.else.properties.severity.type, parentSchema: schema10.properties.baseline_model.else.properties.severity, data: data44 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (!(data44 === "error" || data44 === "warning")) {
              const err77 = { instancePath: instancePath + "/baseline_model/severity", schemaPath: "#/properties/baseline_model/else/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.properties.baseline_model.else.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.baseline_model.else.properties.severity.enum, parentSchema: schema10.properties.baseline_model.else.properties.severity, data: data44 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
        } else {
          const err78 = { instancePath: instancePath + "/baseline_model", schemaPath: "#/properties/baseline_model/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.baseline_model.else.type, parentSchema: schema10.properties.baseline_model.else, data: data39 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        var _valid0 = _errs94 === errors;
        valid15 = _valid0;
        ifClause0 = "else";
      }
      if (!valid15) {
        const err79 = { instancePath: instancePath + "/baseline_model", schemaPath: "#/properties/baseline_model/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema10.properties.baseline_model.if, parentSchema: schema10.properties.baseline_model, data: data39 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      let data45 = data.artifact;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        if (data45.path === void 0) {
          const err80 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema10.properties.artifact.required, parentSchema: schema10.properties.artifact, data: data45 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        for (const key10 in data45) {
          if (!(key10 === "path" || key10 === "max_size_mb" || key10 === "severity")) {
            const err81 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.artifact, data: data45 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data45.path !== void 0) {
          let data46 = data45.path;
          if (typeof data46 !== "string") {
            const err82 = { instancePath: instancePath + "/artifact/path", schemaPath: "#/properties/artifact/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.artifact.properties.path.type, parentSchema: schema10.properties.artifact.properties.path, data: data46 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data45.max_size_mb !== void 0) {
          let data47 = data45.max_size_mb;
          if (typeof data47 == "number") {
            if (data47 <= 0 || isNaN(data47)) {
              const err83 = { instancePath: instancePath + "/artifact/max_size_mb", schemaPath: "#/properties/artifact/properties/max_size_mb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema10.properties.artifact.properties.max_size_mb, data: data47 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/artifact/max_size_mb", schemaPath: "#/properties/artifact/properties/max_size_mb/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.artifact.properties.max_size_mb.type, parentSchema: schema10.properties.artifact.properties.max_size_mb, data: data47 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data45.severity !== void 0) {
          let data48 = data45.severity;
          if (typeof data48 !== "string") {
            const err85 = { instancePath: instancePath + "/artifact/severity", schemaPath: "#/properties/artifact/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.artifact.properties.severity.type, parentSchema: schema10.properties.artifact.properties.severity, data: data48 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          if (!(data48 === "error" || data48 === "warning")) {
            const err86 = { instancePath: instancePath + "/artifact/severity", schemaPath: "#/properties/artifact/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.properties.artifact.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.artifact.properties.severity.enum, parentSchema: schema10.properties.artifact.properties.severity, data: data48 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.artifact.type, parentSchema: schema10.properties.artifact, data: data45 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data49 = data.severity;
      if (typeof data49 !== "string") {
        const err88 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.severity.type, parentSchema: schema10.properties.severity, data: data49 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
      if (!(data49 === "error" || data49 === "warning")) {
        const err89 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema10.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.severity.enum, parentSchema: schema10.properties.severity, data: data49 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
  } else {
    const err90 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
      vErrors = [err90];
    } else {
      vErrors.push(err90);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema11 = { "type": "object", "additionalProperties": false, "description": "Comparison of this change's metrics with the baseline of the target branch.", "properties": { "metrics": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Metrics file(s) to compare." }, "params": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Parameter file(s) whose changes are listed (like `dvc params diff`)." }, "baseline": { "type": "object", "additionalProperties": false, "description": "Where the baseline comes from.", "properties": { "from": { "type": "string", "pattern": "^(auto|artifact|git|path:.+)$", "errorMessage": "must be auto, artifact, git or path:FILE", "description": "`artifact` (the baseline run's upload), `git` (the files at the merge base), `path:FILE`, or `auto` (artifact, then git)." }, "branch": { "type": "string", "description": "Branch whose pushes record the baseline (default: the repository's default branch)." } } }, "rules": { "type": "object", "description": "Per metric (globs allowed; `*` matches all), the direction and tolerance.", "additionalProperties": { "type": "object", "additionalProperties": false, "description": "How a metric may move against the baseline.", "properties": { "direction": { "type": "string", "enum": ["higher", "lower", "none"], "description": "Which way is better." }, "max_drop": { "type": "number", "minimum": 0, "description": "Largest tolerated absolute worsening (direction higher)." }, "max_drop_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Largest tolerated relative worsening in percent (direction higher)." }, "max_rise": { "type": "number", "minimum": 0, "description": "Largest tolerated absolute worsening (direction lower)." }, "max_rise_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Largest tolerated relative worsening in percent (direction lower)." }, "require_interval": { "type": "boolean", "description": "Fail when the paired bootstrap interval's worse end goes beyond the tolerance (stricter than the point estimate)." }, "require_significance": { "type": "boolean", "description": "Fail only when the worsening is statistically significant." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } } }, "significance": { "type": "object", "additionalProperties": false, "description": "Paired statistical tests on predictions present on both sides.", "properties": { "predictions": { "type": "string", "description": "Predictions file, on both head and baseline." }, "id": { "type": "string", "description": "Column joining the two sides; without it rows are paired by position." }, "confidence": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "description": "Confidence of the paired tests (default 0.98: under 1% false failures in the honesty simulation)." }, "power": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "description": "Power at which the scorecard quotes each test's minimum detectable change, and below which a tolerance is warned about (default 0.8)." }, "resamples": { "type": "integer", "minimum": 100, "description": "Bootstrap resamples (default 2000)." }, "seed": { "type": "integer", "description": "Seed of the bootstrap, for reproducible intervals." } } }, "trend": { "type": "integer", "minimum": 0, "maximum": 20, "description": "With artifact baselines, how many past baselines the scorecard's trend chart shows per metric with a rule (default 5; 0: no chart)." }, "on_missing_baseline": { "type": "string", "enum": ["pass", "warn", "fail"], "description": "What a missing baseline does to the gate (default warn)." } } };
var pattern24 = func3("^(auto|artifact|git|path:.+)$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metrics" || key0 === "params" || key0 === "baseline" || key0 === "rules" || key0 === "significance" || key0 === "trend" || key0 === "on_missing_baseline")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data0 = data.metrics;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: schema11.properties.metrics.type }, message: "must be string,array", schema: schema11.properties.metrics.type, parentSchema: schema11.properties.metrics, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metrics.items.type, parentSchema: schema11.properties.metrics.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      }
    }
    if (data.params !== void 0) {
      let data2 = data.params;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err3 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: schema11.properties.params.type }, message: "must be string,array", schema: schema11.properties.params.type, parentSchema: schema11.properties.params, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/params/" + i1, schemaPath: "#/properties/params/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.params.items.type, parentSchema: schema11.properties.params.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data4 = data.baseline;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "from" || key1 === "branch")) {
            const err5 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.baseline, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data4.from !== void 0) {
          let data5 = data4.from;
          if (typeof data5 === "string") {
            if (!pattern24.test(data5)) {
              const err6 = { instancePath: instancePath + "/baseline/from", schemaPath: "#/properties/baseline/properties/from/pattern", keyword: "pattern", params: { pattern: "^(auto|artifact|git|path:.+)$" }, message: 'must match pattern "^(auto|artifact|git|path:.+)$"', schema: "^(auto|artifact|git|path:.+)$", parentSchema: schema11.properties.baseline.properties.from, data: data5 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/baseline/from", schemaPath: "#/properties/baseline/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.baseline.properties.from.type, parentSchema: schema11.properties.baseline.properties.from, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.branch !== void 0) {
          let data6 = data4.branch;
          if (typeof data6 !== "string") {
            const err8 = { instancePath: instancePath + "/baseline/branch", schemaPath: "#/properties/baseline/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.baseline.properties.branch.type, parentSchema: schema11.properties.baseline.properties.branch, data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.baseline.type, parentSchema: schema11.properties.baseline, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data7 = data.rules;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key3 in data8) {
              if (!(key3 === "direction" || key3 === "max_drop" || key3 === "max_drop_percent" || key3 === "max_rise" || key3 === "max_rise_percent" || key3 === "require_interval" || key3 === "require_significance" || key3 === "severity")) {
                const err10 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data8.direction !== void 0) {
              let data9 = data8.direction;
              if (typeof data9 !== "string") {
                const err11 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/rules/additionalProperties/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.additionalProperties.properties.direction.type, parentSchema: schema11.properties.rules.additionalProperties.properties.direction, data: data9 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (!(data9 === "higher" || data9 === "lower" || data9 === "none")) {
                const err12 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/rules/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.additionalProperties.properties.direction.enum, parentSchema: schema11.properties.rules.additionalProperties.properties.direction, data: data9 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.max_drop !== void 0) {
              let data10 = data8.max_drop;
              if (typeof data10 == "number") {
                if (data10 < 0 || isNaN(data10)) {
                  const err13 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/properties/rules/additionalProperties/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.rules.additionalProperties.properties.max_drop, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop", schemaPath: "#/properties/rules/additionalProperties/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.additionalProperties.properties.max_drop.type, parentSchema: schema11.properties.rules.additionalProperties.properties.max_drop, data: data10 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.max_drop_percent !== void 0) {
              let data11 = data8.max_drop_percent;
              if (typeof data11 == "number") {
                if (data11 > 100 || isNaN(data11)) {
                  const err15 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_percent", schemaPath: "#/properties/rules/additionalProperties/properties/max_drop_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.rules.additionalProperties.properties.max_drop_percent, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                  const err16 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_percent", schemaPath: "#/properties/rules/additionalProperties/properties/max_drop_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.rules.additionalProperties.properties.max_drop_percent, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_percent", schemaPath: "#/properties/rules/additionalProperties/properties/max_drop_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.additionalProperties.properties.max_drop_percent.type, parentSchema: schema11.properties.rules.additionalProperties.properties.max_drop_percent, data: data11 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data8.max_rise !== void 0) {
              let data12 = data8.max_rise;
              if (typeof data12 == "number") {
                if (data12 < 0 || isNaN(data12)) {
                  const err18 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_rise", schemaPath: "#/properties/rules/additionalProperties/properties/max_rise/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.rules.additionalProperties.properties.max_rise, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_rise", schemaPath: "#/properties/rules/additionalProperties/properties/max_rise/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.additionalProperties.properties.max_rise.type, parentSchema: schema11.properties.rules.additionalProperties.properties.max_rise, data: data12 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data8.max_rise_percent !== void 0) {
              let data13 = data8.max_rise_percent;
              if (typeof data13 == "number") {
                if (data13 > 100 || isNaN(data13)) {
                  const err20 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_rise_percent", schemaPath: "#/properties/rules/additionalProperties/properties/max_rise_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.rules.additionalProperties.properties.max_rise_percent, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data13 < 0 || isNaN(data13)) {
                  const err21 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_rise_percent", schemaPath: "#/properties/rules/additionalProperties/properties/max_rise_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.rules.additionalProperties.properties.max_rise_percent, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_rise_percent", schemaPath: "#/properties/rules/additionalProperties/properties/max_rise_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.additionalProperties.properties.max_rise_percent.type, parentSchema: schema11.properties.rules.additionalProperties.properties.max_rise_percent, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data8.require_interval !== void 0) {
              let data14 = data8.require_interval;
              if (typeof data14 !== "boolean") {
                const err23 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/require_interval", schemaPath: "#/properties/rules/additionalProperties/properties/require_interval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rules.additionalProperties.properties.require_interval.type, parentSchema: schema11.properties.rules.additionalProperties.properties.require_interval, data: data14 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8.require_significance !== void 0) {
              let data15 = data8.require_significance;
              if (typeof data15 !== "boolean") {
                const err24 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/require_significance", schemaPath: "#/properties/rules/additionalProperties/properties/require_significance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rules.additionalProperties.properties.require_significance.type, parentSchema: schema11.properties.rules.additionalProperties.properties.require_significance, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data8.severity !== void 0) {
              let data16 = data8.severity;
              if (typeof data16 !== "string") {
                const err25 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.additionalProperties.properties.severity.type, parentSchema: schema11.properties.rules.additionalProperties.properties.severity, data: data16 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data16 === "error" || data16 === "warning")) {
                const err26 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.additionalProperties.properties.severity.enum, parentSchema: schema11.properties.rules.additionalProperties.properties.severity, data: data16 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.additionalProperties.type, parentSchema: schema11.properties.rules.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.significance !== void 0) {
      let data17 = data.significance;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key4 in data17) {
          if (!(key4 === "predictions" || key4 === "id" || key4 === "confidence" || key4 === "power" || key4 === "resamples" || key4 === "seed")) {
            const err29 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.significance, data: data17 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data17.predictions !== void 0) {
          let data18 = data17.predictions;
          if (typeof data18 !== "string") {
            const err30 = { instancePath: instancePath + "/significance/predictions", schemaPath: "#/properties/significance/properties/predictions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.significance.properties.predictions.type, parentSchema: schema11.properties.significance.properties.predictions, data: data18 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data17.id !== void 0) {
          let data19 = data17.id;
          if (typeof data19 !== "string") {
            const err31 = { instancePath: instancePath + "/significance/id", schemaPath: "#/properties/significance/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.significance.properties.id.type, parentSchema: schema11.properties.significance.properties.id, data: data19 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data17.confidence !== void 0) {
          let data20 = data17.confidence;
          if (typeof data20 == "number") {
            if (data20 >= 1 || isNaN(data20)) {
              const err32 = { instancePath: instancePath + "/significance/confidence", schemaPath: "#/properties/significance/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema11.properties.significance.properties.confidence, data: data20 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data20 <= 0 || isNaN(data20)) {
              const err33 = { instancePath: instancePath + "/significance/confidence", schemaPath: "#/properties/significance/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.significance.properties.confidence, data: data20 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/significance/confidence", schemaPath: "#/properties/significance/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.significance.properties.confidence.type, parentSchema: schema11.properties.significance.properties.confidence, data: data20 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data17.power !== void 0) {
          let data21 = data17.power;
          if (typeof data21 == "number") {
            if (data21 >= 1 || isNaN(data21)) {
              const err35 = { instancePath: instancePath + "/significance/power", schemaPath: "#/properties/significance/properties/power/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema11.properties.significance.properties.power, data: data21 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data21 <= 0 || isNaN(data21)) {
              const err36 = { instancePath: instancePath + "/significance/power", schemaPath: "#/properties/significance/properties/power/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.significance.properties.power, data: data21 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/significance/power", schemaPath: "#/properties/significance/properties/power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.significance.properties.power.type, parentSchema: schema11.properties.significance.properties.power, data: data21 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data17.resamples !== void 0) {
          let data22 = data17.resamples;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
            const err38 = { instancePath: instancePath + "/significance/resamples", schemaPath: "#/properties/significance/properties/resamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.significance.properties.resamples.type, parentSchema: schema11.properties.significance.properties.resamples, data: data22 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data22 == "number") {
            if (data22 < 100 || isNaN(data22)) {
              const err39 = { instancePath: instancePath + "/significance/resamples", schemaPath: "#/properties/significance/properties/resamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.significance.properties.resamples, data: data22 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data17.seed !== void 0) {
          let data23 = data17.seed;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
            const err40 = { instancePath: instancePath + "/significance/seed", schemaPath: "#/properties/significance/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.significance.properties.seed.type, parentSchema: schema11.properties.significance.properties.seed, data: data23 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/significance", schemaPath: "#/properties/significance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.significance.type, parentSchema: schema11.properties.significance, data: data17 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.trend !== void 0) {
      let data24 = data.trend;
      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
        const err42 = { instancePath: instancePath + "/trend", schemaPath: "#/properties/trend/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.trend.type, parentSchema: schema11.properties.trend, data: data24 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (typeof data24 == "number") {
        if (data24 > 20 || isNaN(data24)) {
          const err43 = { instancePath: instancePath + "/trend", schemaPath: "#/properties/trend/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema11.properties.trend, data: data24 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data24 < 0 || isNaN(data24)) {
          const err44 = { instancePath: instancePath + "/trend", schemaPath: "#/properties/trend/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.trend, data: data24 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
    if (data.on_missing_baseline !== void 0) {
      let data25 = data.on_missing_baseline;
      if (typeof data25 !== "string") {
        const err45 = { instancePath: instancePath + "/on_missing_baseline", schemaPath: "#/properties/on_missing_baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.on_missing_baseline.type, parentSchema: schema11.properties.on_missing_baseline, data: data25 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (!(data25 === "pass" || data25 === "warn" || data25 === "fail")) {
        const err46 = { instancePath: instancePath + "/on_missing_baseline", schemaPath: "#/properties/on_missing_baseline/enum", keyword: "enum", params: { allowedValues: schema11.properties.on_missing_baseline.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.on_missing_baseline.enum, parentSchema: schema11.properties.on_missing_baseline, data: data25 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.$schema.type, parentSchema: schema6.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema6.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data2 = data.environments;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err4 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema6.properties.environments.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid1 = _errs7 === errors;
          if (!valid1) {
            const err5 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema6.properties.environments.propertyNames, parentSchema: schema6.properties.environments, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key3 in data3) {
              if (!(key3 === "branches" || key3 === "default" || key3 === "deploy" || key3 === "description")) {
                const err6 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.environments.additionalProperties, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.branches !== void 0) {
              let data4 = data3.branches;
              if (Array.isArray(data4)) {
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data5 = data4[i0];
                  if (typeof data5 !== "string") {
                    const err7 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i0, schemaPath: "#/properties/environments/additionalProperties/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.environments.additionalProperties.properties.branches.items.type, parentSchema: schema6.properties.environments.additionalProperties.properties.branches.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
              } else {
                const err8 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/properties/environments/additionalProperties/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.environments.additionalProperties.properties.branches.type, parentSchema: schema6.properties.environments.additionalProperties.properties.branches, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.default !== void 0) {
              let data6 = data3.default;
              if (typeof data6 !== "boolean") {
                const err9 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/environments/additionalProperties/properties/default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.environments.additionalProperties.properties.default.type, parentSchema: schema6.properties.environments.additionalProperties.properties.default, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.deploy !== void 0) {
              let data7 = data3.deploy;
              if (typeof data7 !== "boolean") {
                const err10 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/deploy", schemaPath: "#/properties/environments/additionalProperties/properties/deploy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.environments.additionalProperties.properties.deploy.type, parentSchema: schema6.properties.environments.additionalProperties.properties.deploy, data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.description !== void 0) {
              let data8 = data3.description;
              if (typeof data8 !== "string") {
                const err11 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/environments/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.environments.additionalProperties.properties.description.type, parentSchema: schema6.properties.environments.additionalProperties.properties.description, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.environments.additionalProperties.type, parentSchema: schema6.properties.environments.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.environments.type, parentSchema: schema6.properties.environments, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.lint !== void 0) {
      if (!validate22(data.lint, { instancePath: instancePath + "/lint", parentData: data, parentDataProperty: "lint", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.data !== void 0) {
      if (!validate24(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.model !== void 0) {
      if (!validate28(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.tests !== void 0) {
      let data12 = data.tests;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.name === void 0) {
              const err14 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.properties.tests.items.required, parentSchema: schema6.properties.tests.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data13.run === void 0) {
              const err15 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema6.properties.tests.items.required, parentSchema: schema6.properties.tests.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key4 in data13) {
              if (!(key4 === "name" || key4 === "run" || key4 === "junit" || key4 === "category" || key4 === "timeout" || key4 === "env" || key4 === "pass_env" || key4 === "severity")) {
                const err16 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.tests.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data13.name !== void 0) {
              let data14 = data13.name;
              if (typeof data14 === "string") {
                if (func7(data14) < 1) {
                  const err17 = { instancePath: instancePath + "/tests/" + i1 + "/name", schemaPath: "#/properties/tests/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.tests.items.properties.name, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/tests/" + i1 + "/name", schemaPath: "#/properties/tests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.name.type, parentSchema: schema6.properties.tests.items.properties.name, data: data14 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data13.run !== void 0) {
              let data15 = data13.run;
              if (typeof data15 === "string") {
                if (func7(data15) < 1) {
                  const err19 = { instancePath: instancePath + "/tests/" + i1 + "/run", schemaPath: "#/properties/tests/items/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.tests.items.properties.run, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/tests/" + i1 + "/run", schemaPath: "#/properties/tests/items/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.run.type, parentSchema: schema6.properties.tests.items.properties.run, data: data15 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data13.junit !== void 0) {
              let data16 = data13.junit;
              if (typeof data16 !== "string") {
                const err21 = { instancePath: instancePath + "/tests/" + i1 + "/junit", schemaPath: "#/properties/tests/items/properties/junit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.junit.type, parentSchema: schema6.properties.tests.items.properties.junit, data: data16 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data13.category !== void 0) {
              let data17 = data13.category;
              if (typeof data17 !== "string") {
                const err22 = { instancePath: instancePath + "/tests/" + i1 + "/category", schemaPath: "#/properties/tests/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.category.type, parentSchema: schema6.properties.tests.items.properties.category, data: data17 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (!(data17 === "data" || data17 === "model" || data17 === "infrastructure" || data17 === "monitoring")) {
                const err23 = { instancePath: instancePath + "/tests/" + i1 + "/category", schemaPath: "#/properties/tests/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema6.properties.tests.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.tests.items.properties.category.enum, parentSchema: schema6.properties.tests.items.properties.category, data: data17 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data13.timeout !== void 0) {
              let data18 = data13.timeout;
              if (typeof data18 !== "string" && !(typeof data18 == "number")) {
                const err24 = { instancePath: instancePath + "/tests/" + i1 + "/timeout", schemaPath: "#/properties/tests/items/properties/timeout/type", keyword: "type", params: { type: schema6.properties.tests.items.properties.timeout.type }, message: "must be string,number", schema: schema6.properties.tests.items.properties.timeout.type, parentSchema: schema6.properties.tests.items.properties.timeout, data: data18 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data18 === "string") {
                if (!pattern7.test(data18)) {
                  const err25 = { instancePath: instancePath + "/tests/" + i1 + "/timeout", schemaPath: "#/properties/tests/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", parentSchema: schema6.properties.tests.items.properties.timeout, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data13.env !== void 0) {
              let data19 = data13.env;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                for (const key5 in data19) {
                  let data20 = data19[key5];
                  if (typeof data20 !== "string") {
                    const err26 = { instancePath: instancePath + "/tests/" + i1 + "/env/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/items/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.env.additionalProperties.type, parentSchema: schema6.properties.tests.items.properties.env.additionalProperties, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/tests/" + i1 + "/env", schemaPath: "#/properties/tests/items/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.tests.items.properties.env.type, parentSchema: schema6.properties.tests.items.properties.env, data: data19 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data13.pass_env !== void 0) {
              let data21 = data13.pass_env;
              if (Array.isArray(data21)) {
                const len2 = data21.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data22 = data21[i2];
                  if (typeof data22 === "string") {
                    if (!pattern23.test(data22)) {
                      const err28 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env/" + i2, schemaPath: "#/properties/tests/items/properties/pass_env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema6.properties.tests.items.properties.pass_env.items, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env/" + i2, schemaPath: "#/properties/tests/items/properties/pass_env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.pass_env.items.type, parentSchema: schema6.properties.tests.items.properties.pass_env.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                let i3 = data21.length;
                let j0;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--; ) {
                    let item0 = data21[i3];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err30 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env", schemaPath: "#/properties/tests/items/properties/pass_env/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema6.properties.tests.items.properties.pass_env, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i3;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env", schemaPath: "#/properties/tests/items/properties/pass_env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.tests.items.properties.pass_env.type, parentSchema: schema6.properties.tests.items.properties.pass_env, data: data21 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data13.severity !== void 0) {
              let data23 = data13.severity;
              if (typeof data23 !== "string") {
                const err32 = { instancePath: instancePath + "/tests/" + i1 + "/severity", schemaPath: "#/properties/tests/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.severity.type, parentSchema: schema6.properties.tests.items.properties.severity, data: data23 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (!(data23 === "error" || data23 === "warning")) {
                const err33 = { instancePath: instancePath + "/tests/" + i1 + "/severity", schemaPath: "#/properties/tests/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.properties.tests.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.tests.items.properties.severity.enum, parentSchema: schema6.properties.tests.items.properties.severity, data: data23 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.tests.items.type, parentSchema: schema6.properties.tests.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.tests.type, parentSchema: schema6.properties.tests, data: data12 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.compare !== void 0) {
      if (!validate30(data.compare, { instancePath: instancePath + "/compare", parentData: data, parentDataProperty: "compare", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.gates !== void 0) {
      let data25 = data.gates;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key6 in data25) {
          if (!(key6 === "fail_on" || key6 === "min_ml_test_score" || key6 === "environments")) {
            const err36 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.gates, data: data25 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data25.fail_on !== void 0) {
          let data26 = data25.fail_on;
          if (typeof data26 !== "string") {
            const err37 = { instancePath: instancePath + "/gates/fail_on", schemaPath: "#/properties/gates/properties/fail_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.gates.properties.fail_on.type, parentSchema: schema6.properties.gates.properties.fail_on, data: data26 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (!(data26 === "error" || data26 === "warning" || data26 === "never")) {
            const err38 = { instancePath: instancePath + "/gates/fail_on", schemaPath: "#/properties/gates/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema6.properties.gates.properties.fail_on.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.gates.properties.fail_on.enum, parentSchema: schema6.properties.gates.properties.fail_on, data: data26 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data25.min_ml_test_score !== void 0) {
          let data27 = data25.min_ml_test_score;
          if (typeof data27 == "number") {
            if (data27 > 7 || isNaN(data27)) {
              const err39 = { instancePath: instancePath + "/gates/min_ml_test_score", schemaPath: "#/properties/gates/properties/min_ml_test_score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema6.properties.gates.properties.min_ml_test_score, data: data27 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data27 < 0 || isNaN(data27)) {
              const err40 = { instancePath: instancePath + "/gates/min_ml_test_score", schemaPath: "#/properties/gates/properties/min_ml_test_score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.gates.properties.min_ml_test_score, data: data27 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/gates/min_ml_test_score", schemaPath: "#/properties/gates/properties/min_ml_test_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.properties.gates.properties.min_ml_test_score.type, parentSchema: schema6.properties.gates.properties.min_ml_test_score, data: data27 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data25.environments !== void 0) {
          let data28 = data25.environments;
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            for (const key7 in data28) {
              const _errs61 = errors;
              if (typeof key7 === "string") {
                if (!pattern0.test(key7)) {
                  const err42 = { instancePath: instancePath + "/gates/environments", schemaPath: "#/properties/gates/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema6.properties.gates.properties.environments.propertyNames, data: key7, propertyName: key7 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
              var valid14 = _errs61 === errors;
              if (!valid14) {
                const err43 = { instancePath: instancePath + "/gates/environments", schemaPath: "#/properties/gates/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema6.properties.gates.properties.environments.propertyNames, parentSchema: schema6.properties.gates.properties.environments, data: data28 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            for (const key8 in data28) {
              let data29 = data28[key8];
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key9 in data29) {
                  if (!(key9 === "fail_on" || key9 === "min_ml_test_score")) {
                    const err44 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.gates.properties.environments.additionalProperties, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data29.fail_on !== void 0) {
                  let data30 = data29.fail_on;
                  if (typeof data30 !== "string") {
                    const err45 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/fail_on", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/fail_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on.type, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                  if (!(data30 === "error" || data30 === "warning" || data30 === "never")) {
                    const err46 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/fail_on", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on.enum, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data29.min_ml_test_score !== void 0) {
                  let data31 = data29.min_ml_test_score;
                  if (typeof data31 == "number") {
                    if (data31 > 7 || isNaN(data31)) {
                      const err47 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_ml_test_score", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/min_ml_test_score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (data31 < 0 || isNaN(data31)) {
                      const err48 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_ml_test_score", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/min_ml_test_score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_ml_test_score", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/min_ml_test_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score.type, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.gates.properties.environments.additionalProperties.type, parentSchema: schema6.properties.gates.properties.environments.additionalProperties, data: data29 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/gates/environments", schemaPath: "#/properties/gates/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.gates.properties.environments.type, parentSchema: schema6.properties.gates.properties.environments, data: data28 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.gates.type, parentSchema: schema6.properties.gates, data: data25 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.scorecard !== void 0) {
      let data32 = data.scorecard;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (const key10 in data32) {
          if (!(key10 === "comment" || key10 === "charts" || key10 === "ml_test_score")) {
            const err53 = { instancePath: instancePath + "/scorecard", schemaPath: "#/properties/scorecard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.scorecard, data: data32 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data32.comment !== void 0) {
          let data33 = data32.comment;
          if (typeof data33 !== "string") {
            const err54 = { instancePath: instancePath + "/scorecard/comment", schemaPath: "#/properties/scorecard/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.scorecard.properties.comment.type, parentSchema: schema6.properties.scorecard.properties.comment, data: data33 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (!(data33 === "always" || data33 === "on-change" || data33 === "on-failure" || data33 === "never")) {
            const err55 = { instancePath: instancePath + "/scorecard/comment", schemaPath: "#/properties/scorecard/properties/comment/enum", keyword: "enum", params: { allowedValues: schema6.properties.scorecard.properties.comment.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.scorecard.properties.comment.enum, parentSchema: schema6.properties.scorecard.properties.comment, data: data33 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data32.charts !== void 0) {
          let data34 = data32.charts;
          const _errs76 = errors;
          let valid18 = false;
          let passing0 = null;
          const _errs77 = errors;
          if (typeof data34 !== "boolean") {
            const err56 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[0].type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[0], data: data34 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid0 = _errs77 === errors;
          if (_valid0) {
            valid18 = true;
            passing0 = 0;
          }
          const _errs79 = errors;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            for (const key11 in data34) {
              if (!(key11 === "roc" || key11 === "pr" || key11 === "calibration" || key11 === "slices" || key11 === "drift" || key11 === "drift_columns" || key11 === "trend")) {
                const err57 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1], data: data34 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data34.roc !== void 0) {
              let data35 = data34.roc;
              if (typeof data35 !== "boolean") {
                const err58 = { instancePath: instancePath + "/scorecard/charts/roc", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/roc/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.roc.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.roc, data: data35 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data34.pr !== void 0) {
              let data36 = data34.pr;
              if (typeof data36 !== "boolean") {
                const err59 = { instancePath: instancePath + "/scorecard/charts/pr", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/pr/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.pr.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.pr, data: data36 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data34.calibration !== void 0) {
              let data37 = data34.calibration;
              if (typeof data37 !== "boolean") {
                const err60 = { instancePath: instancePath + "/scorecard/charts/calibration", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/calibration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.calibration.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.calibration, data: data37 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data34.slices !== void 0) {
              let data38 = data34.slices;
              if (typeof data38 !== "boolean") {
                const err61 = { instancePath: instancePath + "/scorecard/charts/slices", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/slices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.slices.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.slices, data: data38 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data34.drift !== void 0) {
              let data39 = data34.drift;
              if (typeof data39 !== "boolean") {
                const err62 = { instancePath: instancePath + "/scorecard/charts/drift", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift, data: data39 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data34.drift_columns !== void 0) {
              let data40 = data34.drift_columns;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                const err63 = { instancePath: instancePath + "/scorecard/charts/drift_columns", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift_columns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns, data: data40 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data40 == "number") {
                if (data40 > 10 || isNaN(data40)) {
                  const err64 = { instancePath: instancePath + "/scorecard/charts/drift_columns", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift_columns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data40 < 1 || isNaN(data40)) {
                  const err65 = { instancePath: instancePath + "/scorecard/charts/drift_columns", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift_columns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            if (data34.trend !== void 0) {
              let data41 = data34.trend;
              if (typeof data41 !== "boolean") {
                const err66 = { instancePath: instancePath + "/scorecard/charts/trend", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/trend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.trend.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.trend, data: data41 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.properties.charts.oneOf[1].type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1], data: data34 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          var _valid0 = _errs79 === errors;
          if (_valid0 && valid18) {
            valid18 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid18 = true;
              passing0 = 1;
            }
          }
          if (!valid18) {
            const err68 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema6.properties.scorecard.properties.charts.oneOf, parentSchema: schema6.properties.scorecard.properties.charts, data: data34 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          } else {
            errors = _errs76;
            if (vErrors !== null) {
              if (_errs76) {
                vErrors.length = _errs76;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data32.ml_test_score !== void 0) {
          let data42 = data32.ml_test_score;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key12 in data42) {
              if (!(key12 === "manual")) {
                const err69 = { instancePath: instancePath + "/scorecard/ml_test_score", schemaPath: "#/properties/scorecard/properties/ml_test_score/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.scorecard.properties.ml_test_score, data: data42 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data42.manual !== void 0) {
              let data43 = data42.manual;
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key13 in data43) {
                  const _errs101 = errors;
                  if (typeof key13 === "string") {
                    if (!pattern26.test(key13)) {
                      const err70 = { instancePath: instancePath + "/scorecard/ml_test_score/manual", schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(data|model|infrastructure|monitoring)\\.[1-7]$" }, message: 'must match pattern "^(data|model|infrastructure|monitoring)\\.[1-7]$"', schema: "^(data|model|infrastructure|monitoring)\\.[1-7]$", parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.propertyNames, data: key13, propertyName: key13 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                  var valid21 = _errs101 === errors;
                  if (!valid21) {
                    const err71 = { instancePath: instancePath + "/scorecard/ml_test_score/manual", schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/propertyNames", keyword: "propertyNames", params: { propertyName: key13 }, message: "property name must be valid", schema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.propertyNames, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                for (const key14 in data43) {
                  let data44 = data43[key14];
                  if (typeof data44 === "string") {
                    if (func7(data44) < 1) {
                      const err72 = { instancePath: instancePath + "/scorecard/ml_test_score/manual/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.additionalProperties, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/scorecard/ml_test_score/manual/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.additionalProperties.type, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.additionalProperties, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/scorecard/ml_test_score/manual", schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.type, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual, data: data43 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/scorecard/ml_test_score", schemaPath: "#/properties/scorecard/properties/ml_test_score/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.properties.ml_test_score.type, parentSchema: schema6.properties.scorecard.properties.ml_test_score, data: data42 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/scorecard", schemaPath: "#/properties/scorecard/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.type, parentSchema: schema6.properties.scorecard, data: data32 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
  } else {
    const err77 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err77];
    } else {
      vErrors.push(err77);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/config/parse-config.ts
function parseConfig(text2, file, review) {
  const parsed = parseYaml(text2, file);
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  if (parsed.data === null || parsed.data === void 0) {
    diagnostics.push({
      code: "config/empty",
      severity: "error",
      message: `${file} is empty`,
      file,
      range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
      hint: "Start it with `version: 1` (see the README for a full example)."
    });
    return { diagnostics };
  }
  diagnostics.push(...validateDocument(mlgate_validator_generated_default, parsed.document, file));
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const config = parsed.data;
  return review ? reviewConfig({ config, diagnostics, document: parsed.document }, file, review) : { config, diagnostics, document: parsed.document };
}
function reviewConfig(parsed, file, review) {
  const { config, document } = parsed;
  if (!config || !document) return parsed;
  const diagnostics = [...parsed.diagnostics];
  for (const w of review(config)) {
    const where2 = document.locate(w.path, w.severity !== "error");
    const d = {
      code: w.code,
      severity: w.severity ?? "warning",
      message: withVia(w.message, where2),
      file,
      path: w.path,
      range: where2.range
    };
    if (w.hint) d.hint = w.hint;
    diagnostics.push(d);
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: sortDiagnostics(diagnostics) };
  return { config, diagnostics, document };
}

// src/config/resolve-environment.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var FALLBACK_ENVIRONMENT = "dev";
var UnknownEnvironmentError = class extends Error {
};
function resolveEnvironment(config, ctx) {
  const envs = config.environments ?? {};
  const names = Object.keys(envs);
  if (ctx.flag !== void 0) {
    if (names.length > 0 && !names.includes(ctx.flag)) {
      const guess = closest(ctx.flag, names);
      throw new UnknownEnvironmentError(
        `unknown environment "${ctx.flag}"; mlgate.yml defines ${names.join(", ")}${guess ? ` (did you mean "${guess}"?)` : ""}`
      );
    }
    return withDeploy({ name: ctx.flag, source: "flag", detail: "--env / environment input" }, config);
  }
  if (ctx.branch !== void 0) {
    const match = matchBranch(config, ctx.branch);
    if (match) {
      const detail = `${ctx.branchSource ?? "branch"} "${ctx.branch}" matches "${match.glob}"`;
      return withDeploy({ name: match.name, source: "branch", detail }, config);
    }
  }
  if (ctx.defaultBranch !== void 0) {
    const match = matchBranch(config, ctx.defaultBranch);
    if (match) {
      const here = ctx.branch === void 0 ? "no local branch (detached HEAD)" : `${ctx.branchSource ?? "branch"} "${ctx.branch}" matches no environment`;
      const into = `"${ctx.defaultBranch}"${ctx.defaultBranchSource ? ` (${ctx.defaultBranchSource})` : ""}`;
      const detail = `${here}; a pull request into ${into} would run as ${match.name}`;
      return withDeploy({ name: match.name, source: "branch", detail }, config);
    }
  }
  const byDefault = names.find((n) => envs[n]?.default === true);
  if (byDefault) {
    const why = ctx.branch === void 0 ? "no branch known" : `no branch glob matches "${ctx.branch}"`;
    return withDeploy({ name: byDefault, source: "default", detail: `${why}; default: true` }, config);
  }
  return {
    name: FALLBACK_ENVIRONMENT,
    source: "fallback",
    detail: "no environment matched and none is marked default"
  };
}
function matchBranch(config, branch) {
  const envs = config.environments ?? {};
  for (const name of Object.keys(envs)) {
    for (const glob of envs[name]?.branches ?? []) {
      if ((0, import_picomatch.default)(glob, { dot: true })(branch)) return { name, glob };
    }
  }
  return void 0;
}
function withDeploy(info, config) {
  if (config.environments?.[info.name]?.deploy === true) info.deploy = true;
  return info;
}

// src/gate/evaluate-gate.ts
function gatePolicy(config, environment) {
  const base = config.gates ?? {};
  const env = base.environments?.[environment] ?? {};
  const policy = { failOn: env.fail_on ?? base.fail_on ?? "error" };
  const min = env.min_ml_test_score ?? base.min_ml_test_score;
  if (min !== void 0) policy.minMlTestScore = min;
  return policy;
}
function counts(severity, failOn) {
  if (failOn === "never") return false;
  return failOn === "warning" || severity === "error";
}
function evaluateGate(report, policy) {
  const reasons = [];
  for (const section of report.sections) {
    if (section.status === "incomplete" && counts("warning", policy.failOn)) {
      reasons.push(`${section.title}: did not run (${section.note ?? "incomplete"})`);
    }
    for (const check of section.checks) {
      if ((check.status === "failed" || check.status === "error") && counts(check.severity, policy.failOn)) {
        reasons.push(`${section.title}: ${check.message}`);
      }
    }
  }
  const asChecks = new Set(report.sections.flatMap((s) => s.checks.map((c) => c.id)));
  for (const c of report.comparisons) {
    if (asChecks.has(`compare/${c.metric}`)) continue;
    const severity = c.status === "failed" ? c.severity ?? "error" : c.status === "warning" ? "warning" : void 0;
    if (severity && counts(severity, policy.failOn)) reasons.push(`Compare: ${c.metric} regressed`);
  }
  const min = policy.minMlTestScore;
  if (min !== void 0 && policy.failOn !== "never" && report.mlTestScore.final < min) {
    reasons.push(`ML Test Score ${report.mlTestScore.final} is below the required ${min}`);
  }
  const result = { passed: reasons.length === 0, failOn: policy.failOn, reasons };
  if (min !== void 0) result.minMlTestScore = min;
  return result;
}

// src/report/ml-test-score.ts
var RUBRIC_SECTIONS = ["data", "model", "infrastructure", "monitoring"];
function computeMlTestScore(sections, manual = {}) {
  const items = /* @__PURE__ */ new Map();
  for (const section of sections) {
    for (const check of section.checks) {
      if (check.status === "skipped" || check.status === "error") continue;
      for (const id of check.rubric ?? []) {
        if (!items.has(id)) items.set(id, rubricItem(id, 1, "automated", check.id));
      }
    }
  }
  for (const [id, how] of Object.entries(manual)) {
    if (!items.has(id)) items.set(id, rubricItem(id, 0.5, "manual", how));
  }
  return scoreFromItems([...items.values()]);
}
function scoreFromItems(list) {
  const sections = { data: 0, model: 0, infrastructure: 0, monitoring: 0 };
  const items = [...list].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const item of items) sections[item.section] += item.points;
  const final = Math.min(...RUBRIC_SECTIONS.map((s) => sections[s]));
  return { sections, final, items };
}
function rubricItem(id, points, how, by) {
  return { id, section: id.split(".")[0], points, how, by };
}

// src/report/select-charts.ts
var DEFAULT_DRIFT_COLUMNS = 3;
function chartOn(switches, kind) {
  if (switches === void 0 || switches === true) return true;
  if (switches === false) return false;
  const key = kind === "histogram" ? "drift" : kind;
  return switches[key] !== false;
}
function selectCharts(sections, switches) {
  const driftColumns = typeof switches === "object" ? switches.drift_columns ?? DEFAULT_DRIFT_COLUMNS : DEFAULT_DRIFT_COLUMNS;
  const drift = sections.flatMap((s) => s.charts ?? []).filter((c) => c.kind === "drift").sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, driftColumns);
  const keptDrift = new Set(drift);
  return sections.map((s) => {
    if (!s.charts) return s;
    const charts = s.charts.filter(
      (c) => chartOn(switches, c.kind) && (c.kind !== "drift" || keptDrift.has(c))
    );
    const { charts: _, ...rest } = s;
    return charts.length ? { ...rest, charts } : rest;
  });
}

// src/engine/build-report.ts
var SECTION_ORDER = ["config", "lint", "data", "model", "tests", "compare"];
function normalizeSections(sections) {
  return [...sections].sort((a, b) => SECTION_ORDER.indexOf(a.id) - SECTION_ORDER.indexOf(b.id)).map((s) => ({
    ...s,
    checks: [...s.checks].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((c) => ({ ...c, diagnostics: sortDiagnostics([...c.diagnostics]) }))
  }));
}
function buildReport(parts, policy) {
  const sections = selectCharts(normalizeSections(parts.sections), parts.charts);
  const comparisons2 = [...parts.comparisons ?? []].sort(
    (a, b) => a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0
  );
  const mlTestScore = computeMlTestScore(sections, parts.manualRubric);
  const gate = evaluateGate({ sections, comparisons: comparisons2, mlTestScore }, policy);
  return {
    version: 1,
    tool: { name: "mlgate", version: VERSION },
    environment: parts.environment,
    passed: gate.passed,
    gate,
    sections,
    comparisons: comparisons2,
    mlTestScore,
    baseline: parts.baseline ?? { source: "none", reason: "no comparison configured" },
    ...parts.trend?.length && chartOn(parts.charts, "trend") ? { trend: parts.trend } : {}
  };
}

// src/baseline/git-info.ts
import { execFile } from "node:child_process";
function commitTime(root) {
  return new Promise((resolve) => {
    execFile("git", ["log", "-1", "--format=%ct", "HEAD"], { cwd: root, timeout: 1e4 }, (err2, stdout) => {
      const seconds = Number(String(stdout).trim());
      resolve(err2 || !Number.isFinite(seconds) || seconds <= 0 ? void 0 : seconds * 1e3);
    });
  });
}

// src/baseline/prepare-baseline.ts
import { mkdirSync as mkdirSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path3 from "node:path";

// src/baseline/artifact-baseline.ts
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/github/github-error.ts
var GitHubError = class extends Error {
  constructor(status, message, request, kind = "http") {
    super(message);
    this.status = status;
    this.request = request;
    this.kind = kind;
  }
  status;
  request;
  kind;
};

// src/baseline/baseline.ts
import { statSync } from "node:fs";
import path from "node:path";

// src/baseline/git.ts
import { execFile as execFile2 } from "node:child_process";
function git(cwd, args, options = {}) {
  return new Promise((resolve) => {
    execFile2(
      "git",
      args,
      {
        cwd,
        timeout: options.timeout ?? 3e4,
        maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
        encoding: "buffer",
        // Never wait for credentials: a fetch that needs them fails instead of hanging.
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo" }
      },
      (err2, stdout, stderr) => resolve({ ok: !err2, stdout: stdout ?? Buffer.alloc(0), stderr: String(stderr ?? "") })
    );
  });
}

// src/baseline/baseline.ts
var text = (b) => b.toString("utf8").trim();
async function gitBaseline(root, ref) {
  const top = await git(root, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return { reason: `${root} is not inside a git repository, so there is no git baseline` };
  const prefix = path.relative(text(top.stdout), root).split(path.sep).join("/");
  const verify = async (name) => {
    const r = await git(root, ["rev-parse", "--verify", "--quiet", `${name}^{commit}`]);
    return r.ok ? text(r.stdout) : void 0;
  };
  let sha;
  for (const name of [ref, `origin/${ref}`, `refs/remotes/origin/${ref}`]) {
    sha = await verify(name);
    if (sha) break;
  }
  let fetched = false;
  if (!sha && /^[A-Za-z0-9._/-]+$/.test(ref) && !ref.startsWith("-")) {
    const f3 = await git(root, ["fetch", "--no-tags", "--depth=50", "origin", ref], { timeout: 12e4 });
    if (f3.ok) {
      sha = await verify("FETCH_HEAD");
      fetched = true;
    }
  }
  if (!sha)
    return { reason: `the base ref ${ref} is not in this clone and could not be fetched from origin` };
  const head = await verify("HEAD");
  let base = sha;
  let note;
  const mb = await git(root, ["merge-base", "HEAD", sha]);
  if (mb.ok && text(mb.stdout)) base = text(mb.stdout);
  else if (head)
    note = `no merge base with ${ref} in this clone (shallow history?): compared with the tip of ${ref}`;
  if (head && base === head) {
    base = sha;
    if (sha === head) note = `HEAD is the tip of ${ref}: the baseline is this very commit`;
    else note = `HEAD is already part of ${ref}: compared with the tip of ${ref}`;
  }
  const info = { source: "git", ref: `${ref}${fetched ? " (fetched)" : ""}`, sha: base };
  if (note) info.reason = note;
  return {
    info,
    async read(file, maxBytes) {
      const spec = `${base}:${prefix ? `${prefix}/` : ""}${file}`;
      const size = await git(root, ["cat-file", "-s", spec]);
      if (!size.ok) return void 0;
      const bytes = Number(text(size.stdout));
      if (bytes > maxBytes)
        throw new BaselineTooLarge(
          `${file} at ${base.slice(0, 7)} is ${bytes} bytes, over the ${maxBytes}-byte limit`
        );
      const show = await git(root, ["cat-file", "blob", spec], { maxBuffer: maxBytes + 1 });
      return show.ok ? new Uint8Array(show.stdout) : void 0;
    }
  };
}
function pathBaseline(workspace, where2, single) {
  let abs;
  try {
    abs = workspace.resolve(where2);
  } catch (err2) {
    if (err2 instanceof WorkspaceError) return { reason: err2.message };
    throw err2;
  }
  const leaves = escapeReason(workspace.root, where2);
  if (leaves)
    return { reason: `the baseline ${where2} ${leaves}; mlgate reads only files inside the repository` };
  let isDir;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    return { reason: `the baseline ${where2} does not exist` };
  }
  return {
    info: { source: "path", ref: where2 },
    async read(file, maxBytes) {
      let target;
      if (isDir) target = path.join(abs, file);
      else if (file === single) target = abs;
      else return void 0;
      if (isDir && path.relative(abs, target).startsWith("..")) return void 0;
      const relative = path.relative(workspace.root, target).split(path.sep).join("/");
      try {
        return await workspace.readBytes(relative, maxBytes);
      } catch (err2) {
        if (!(err2 instanceof WorkspaceError)) throw err2;
        if (err2.tooLarge) throw new BaselineTooLarge(err2.message);
        if (/is a link to a file outside the repository/.test(err2.message))
          throw new BaselineRefused(
            `the baseline ${where2} is refused: ${err2.message}; mlgate reads only files inside the repository`
          );
        return void 0;
      }
    }
  };
}

// src/baseline/artifact-baseline.ts
async function contentsBaseline(github, ref) {
  const { gh, owner, repo } = github;
  let sha;
  try {
    sha = await gh.resolveRef(owner, repo, ref);
  } catch (err2) {
    return { reason: `cannot read ${ref} through the REST API (${err2.message})` };
  }
  if (!sha) return { reason: `${ref} does not exist in ${owner}/${repo}` };
  const prefix = github.pathPrefix ? `${github.pathPrefix}/` : "";
  return {
    info: { source: "git", ref: `${ref} (REST contents API)`, sha },
    async read(file, maxBytes) {
      try {
        return await gh.getFile(owner, repo, `${prefix}${file}`, sha, maxBytes);
      } catch (err2) {
        if (err2 instanceof GitHubError && err2.status === 413) throw new BaselineTooLarge(err2.message);
        throw err2;
      }
    }
  };
}
var TRUSTED_EVENTS = ["push", "schedule", "workflow_dispatch"];
async function trustedRuns(github, branch) {
  const { gh, owner, repo } = github;
  const self = `${owner}/${repo}`.toLowerCase();
  const runs = [];
  for (const event of TRUSTED_EVENTS) {
    const listed = await gh.listWorkflowRuns(
      owner,
      repo,
      github.workflow,
      { branch, status: "success", event },
      MAX_RUNS
    );
    for (const run of listed)
      if (run.event === event && run.conclusion === "success" && run.head_branch === branch && run.head_repository?.full_name?.toLowerCase() === self)
        runs.push(run);
  }
  const newest = (a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id;
  return runs.sort(newest).slice(0, MAX_RUNS);
}
var MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
var MAX_RUNS = 20;
function unpack(zip, into) {
  let total = 0;
  const files = unzipSync(zip, {
    filter: (f3) => {
      total += f3.originalSize;
      if (total > MAX_ARTIFACT_BYTES) throw new Error("it unpacks to more than the size limit");
      return true;
    }
  });
  const dir = mkdtempSync(path2.join(into, "artifact-"));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    const target = path2.resolve(dir, name);
    if (path2.relative(dir, target).startsWith("..") || path2.isAbsolute(path2.relative(dir, target)))
      throw new Error(`it holds a path outside its folder (${name})`);
    mkdirSync(path2.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return dir;
}
async function artifactBaseline(github, branch, into, trend = 0) {
  if (!github.workflow) return { reason: "the workflow file is unknown (GITHUB_WORKFLOW_REF is not set)" };
  let runs;
  try {
    runs = await trustedRuns(github, branch);
  } catch (err2) {
    return {
      reason: `cannot list the workflow's runs on ${branch} (${err2 instanceof GitHubError ? `${err2.status} ${err2.message}` : err2.message}); the token needs \`actions: read\``
    };
  }
  if (!runs.length)
    return {
      reason: `no successful ${TRUSTED_EVENTS.join(", ")} run of this workflow on ${branch} yet (the first run has no baseline)`
    };
  const problems3 = [];
  let chosen;
  const history = [];
  for (const run2 of runs) {
    if (chosen && history.length >= trend) break;
    let dir;
    try {
      const artifacts = await github.artifacts.list(run2.id);
      const artifact = artifacts.find((a) => a.name === github.artifactName);
      if (!artifact) {
        problems3.push(`run ${run2.id} has no ${github.artifactName} artifact`);
        continue;
      }
      if (artifact.size > MAX_ARTIFACT_BYTES) {
        problems3.push(`run ${run2.id}'s artifact is over the size limit`);
        continue;
      }
      dir = unpack(await github.artifacts.download(run2.id, artifact, MAX_ARTIFACT_BYTES), into);
    } catch (err2) {
      problems3.push(`run ${run2.id}'s artifact cannot be used: ${err2.message}`);
      continue;
    }
    const past = pathBaseline(createWorkspace(dir), ".");
    if ("read" in past) history.push({ runId: run2.id, sha: run2.head_sha, read: past.read });
    if (!chosen) chosen = { dir, run: run2 };
  }
  if (!chosen)
    return {
      reason: `no usable ${github.artifactName} artifact on ${branch}: ${problems3.slice(0, 3).join("; ")}`
    };
  const base = pathBaseline(createWorkspace(chosen.dir), ".");
  if (!("read" in base)) return base;
  const { run } = chosen;
  const info = {
    source: "artifact",
    ref: `run ${run.id} (${run.event}) on ${branch}`,
    sha: run.head_sha
  };
  if (run.html_url) info.url = run.html_url;
  return { info, read: base.read, history: history.reverse() };
}

// src/baseline/resolve-baseline.ts
async function defaultBranch(root) {
  const r = await git(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], {
    timeout: 5e3
  });
  if (!r.ok) return void 0;
  return r.stdout.toString("utf8").trim().replace(/^origin\//, "") || void 0;
}
async function resolveBaseline(workspace, cfg, req, sources) {
  const { github } = sources;
  const metricsFiles = asList(cfg.metrics);
  const single = metricsFiles.length === 1 ? metricsFiles[0] : void 0;
  if (req.path) return pathBaseline(workspace, req.path, single);
  const from = cfg.baseline?.from ?? "auto";
  if (!req.ref && from.startsWith("path:")) return pathBaseline(workspace, from.slice(5), single);
  const branch = req.baseBranch ?? cfg.baseline?.branch ?? await defaultBranch(workspace.root) ?? "main";
  let artifactReason;
  if (!req.ref && (from === "artifact" || from === "auto")) {
    if (github) {
      const found2 = await artifactBaseline(github, branch, sources.scratch, cfg.trend ?? 5);
      if ("read" in found2) return found2;
      artifactReason = found2.reason;
    } else artifactReason = "artifact baselines need the GitHub action (a token with `actions: read`)";
    if (from === "artifact") return { reason: artifactReason ?? "no artifact baseline" };
  }
  const ref = req.ref ?? branch;
  let found = await gitBaseline(workspace.root, ref);
  if (!("read" in found) && github) {
    const viaApi = await contentsBaseline(github, ref);
    found = "read" in viaApi ? viaApi : { reason: `${found.reason}; ${viaApi.reason}` };
  }
  if (artifactReason && github && "read" in found)
    found.info.reason = [found.info.reason, `no artifact baseline: ${artifactReason}`].filter(Boolean).join("; ");
  return found;
}

// src/baseline/prepare-baseline.ts
async function copyFiles(read, needed, dir) {
  mkdirSync2(dir, { recursive: true });
  const tooLarge = [];
  const caps = /* @__PURE__ */ new Map();
  for (const { file, maxBytes } of needed) caps.set(file, [...caps.get(file) ?? [], maxBytes]);
  for (const [file, list] of caps) {
    for (const maxBytes of [...new Set(list)].sort((a, b) => a - b)) {
      let bytes;
      try {
        bytes = await read(file, maxBytes);
      } catch (err2) {
        if (!(err2 instanceof BaselineTooLarge)) throw err2;
        tooLarge.push({ file, maxBytes, message: err2.message });
        continue;
      }
      const target = path3.join(dir, file);
      if (bytes && !path3.relative(dir, target).startsWith("..")) {
        mkdirSync2(path3.dirname(target), { recursive: true });
        writeFileSync2(target, bytes);
      }
      break;
    }
  }
  return { workspace: createWorkspace(dir), tooLarge };
}
async function prepareBaseline(workspace, cfg, request, needs, temp, github) {
  const dir = temp.makeDir("baseline-");
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const scratch = path3.join(dir, "artifacts");
    mkdirSync2(scratch);
    const source = await resolveBaseline(workspace, cfg, request, { github, scratch });
    if (!("read" in source)) return { baseline: source, remove };
    let files;
    try {
      files = await copyFiles(source.read, needs.files, path3.join(dir, "files"));
    } catch (err2) {
      if (!(err2 instanceof BaselineRefused)) throw err2;
      remove();
      return { baseline: { reason: err2.message }, remove };
    }
    const history = [];
    const trend = needs.trend.map((file) => ({ file, maxBytes: BASELINE_MAX_BYTES.metrics }));
    for (const [i2, past] of (source.history ?? []).entries())
      history.push({
        sha: past.sha,
        files: await copyFiles(past.read, trend, path3.join(dir, `history-${i2}`))
      });
    return { baseline: { info: source.info, files, history }, remove };
  } catch (err2) {
    remove();
    throw err2;
  }
}

// src/engine/stage-cards.ts
var card = (id, load) => ({ ...stageHead(id), load });
var STAGE_CARDS = [
  card("lint", async () => (await import("./chunk-DWJ72JCQ.js")).lintStage),
  card("data", async () => (await import("./chunk-KEHWJ5WQ.js")).dataStage),
  card("model", async () => (await import("./chunk-MJKLBUQF.js")).modelStage),
  card("tests", async () => (await import("./chunk-PGFMIOSI.js")).testsStage),
  card("compare", async () => (await import("./chunk-SU6CBLVR.js")).compareStage)
];
function stageCard(id) {
  const found = STAGE_CARDS.find((c) => c.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
}

// src/engine/run-stages.ts
var STAGES_BY_COMMAND = {
  check: ["lint", "data", "model", "tests", "compare"],
  lint: ["lint"],
  test: ["data", "model", "tests"],
  compare: ["compare"]
};
function stageRuns(command, stage, config) {
  return STAGES_BY_COMMAND[command].includes(stage.id) && stage.configured(config);
}
async function runStages(command, ctx, stages = STAGE_CARDS) {
  const wanted = STAGES_BY_COMMAND[command];
  const shared = { ...ctx, runCache: ctx.runCache ?? {} };
  const outcome = { sections: [] };
  for (const stage of stages) {
    if (!wanted.includes(stage.id)) continue;
    const result = await runStage(stage, shared);
    outcome.sections.push(result.section);
    if (result.compared) outcome.compared = result.compared;
  }
  return outcome;
}
async function runStage(card2, ctx) {
  const base = { id: card2.id, title: card2.title, checks: [] };
  if (!card2.configured(ctx.config)) {
    return {
      section: {
        ...base,
        status: "skipped",
        note: `not configured (no \`${card2.key}:\` block in mlgate.yml)`
      }
    };
  }
  const stage = "load" in card2 ? await card2.load() : card2;
  if (!stage.run) {
    return {
      section: {
        ...base,
        status: "incomplete",
        note: `mlgate ${VERSION} cannot run the \`${stage.key}:\` block yet, so none of its checks ran`
      }
    };
  }
  try {
    const result = await stage.run(ctx);
    return "section" in result ? result : { section: result };
  } catch (err2) {
    throw new Error(`the ${stage.title} stage crashed`, { cause: err2 });
  }
}

// src/engine/prepare-run.ts
function driftOnBaseline(config) {
  return (config.data ?? []).filter(
    (ds) => ds.drift?.reference === "baseline"
  );
}
function freshSinceCommit(config) {
  return (config.data ?? []).some(
    (ds) => Object.values(ds.columns ?? {}).some(
      (c) => c?.freshness?.since === "commit"
    )
  );
}
async function baselineNeeds(command, config, workspace) {
  const comparing = stageRuns(command, stageCard("compare"), config);
  const drifting = stageRuns(command, stageCard("data"), config) ? driftOnBaseline(config) : [];
  if (!comparing && !drifting.length) return void 0;
  const files = [];
  const metrics = comparing ? [...asList(config.compare?.metrics), ...asList(config.compare?.params)] : [];
  for (const file of metrics) files.push({ file, maxBytes: BASELINE_MAX_BYTES.metrics });
  const predictions = comparing ? pairedSource(config) : void 0;
  if (predictions) files.push({ file: predictions.path, maxBytes: BASELINE_MAX_BYTES.predictions });
  if (comparing && baseSliceIds(config).size)
    files.push({ file: BASE_REPORT, maxBytes: BASELINE_MAX_BYTES.report });
  for (const ds of drifting)
    for (const file of await workspace.glob(asList(ds.path)))
      files.push({ file, maxBytes: BASELINE_MAX_BYTES.data });
  return { files, trend: comparing ? asList(config.compare?.metrics) : [] };
}
async function prepareRun(command, config, workspace, request, temp, github) {
  const inputs = { remove: () => {
  } };
  if (stageRuns(command, stageCard("data"), config) && freshSinceCommit(config))
    inputs.commitTime = await commitTime(workspace.root);
  const needs = await baselineNeeds(command, config, workspace);
  if (needs) {
    let prepared;
    try {
      prepared = await prepareBaseline(workspace, config.compare ?? {}, request, needs, temp, github);
    } catch (err2) {
      throw new Error("the baseline could not be prepared", { cause: err2 });
    }
    inputs.baseline = prepared.baseline;
    inputs.remove = prepared.remove;
  }
  return inputs;
}

// src/names/column-names.ts
function lacking(name, headers) {
  return headers.find((h) => !h.fields.includes(name));
}
function checkColumn(sink, headers, name, path4, key, what, drop) {
  const h = lacking(name, headers);
  if (!h) return true;
  sink.unknown(
    { path: path4, key },
    "names/column",
    `${what} "${name}" is not a column of ${h.file}`,
    name,
    h.fields,
    drop
  );
  return false;
}
function resolveColumn(sink, header3, name, path4, what) {
  checkColumn(sink, [header3], name, path4, false, what);
}
function resolveDatasetColumns(sink, ds, index, headers) {
  if (!headers.length) return;
  const base = ["data", index];
  for (const name of Object.keys(ds.columns ?? {}))
    checkColumn(sink, headers, name, [...base, "columns", name], true, "the column", [
      ...base,
      "columns",
      name
    ]);
  const lists = [
    ["unique", ds.unique],
    ["one_hot", ds.one_hot]
  ];
  for (const [key, value] of lists) {
    if (!Array.isArray(value)) continue;
    value.forEach((group, g) => {
      if (!Array.isArray(group)) return;
      group.forEach((name, k) => {
        if (typeof name !== "string") return;
        const what = key === "unique" ? "the key column" : "the one-hot column";
        checkColumn(sink, headers, name, [...base, key, g, k], false, what, [...base, key, g]);
      });
    });
  }
  const drift = ds.drift;
  if (Array.isArray(drift?.columns))
    drift.columns.forEach((name, k) => {
      if (typeof name !== "string") return;
      const path4 = [...base, "drift", "columns", k];
      checkColumn(sink, headers, name, path4, false, "the drift column", path4);
    });
  resolveLabelColumns(sink, ds.labels, base, headers);
}
function resolveLabelColumns(sink, labels, base, headers) {
  if (labels === null || typeof labels !== "object") return;
  const cfg = labels;
  const at = [...base, "labels"];
  if (typeof cfg.column === "string")
    checkColumn(sink, headers, cfg.column, [...at, "column"], false, "the label column", at);
  for (const [key, what] of [
    ["features", "the feature column"],
    ["exclude", "the excluded column"]
  ]) {
    const list = cfg[key];
    if (Array.isArray(list))
      list.forEach((name, k) => {
        if (typeof name === "string") checkColumn(sink, headers, name, [...at, key, k], false, what, at);
      });
  }
}
function resolveSplitColumns(sink, splits, index, train) {
  if (splits === null || typeof splits !== "object") return;
  const cfg = splits;
  const entry = ["data", index];
  const at = [...entry, "splits"];
  const headers = [train];
  for (const [key, what] of [
    ["key", "the key column"],
    ["categories", "the category column"]
  ]) {
    const list = cfg[key];
    if (Array.isArray(list))
      list.forEach((name, k) => {
        if (typeof name === "string") checkColumn(sink, headers, name, [...at, key, k], false, what, entry);
      });
  }
  if (typeof cfg.label === "string")
    checkColumn(sink, headers, cfg.label, [...at, "label"], false, "the label column", entry);
}
function resolvePredictionColumns(sink, cfg, header3) {
  const base = ["model", "predictions"];
  const headers = [header3];
  for (const key of ["label", "prediction", "score", "id"]) {
    const name = cfg[key];
    if (typeof name === "string")
      checkColumn(sink, headers, name, [...base, key], false, `the ${key} column`);
  }
  for (const [cls, name] of Object.entries(cfg.scores ?? {}))
    checkColumn(sink, headers, name, [...base, "scores", cls], false, `the score column of class ${cls}`);
  for (const list of ["slices", "fairness"])
    (cfg[list] ?? []).forEach((s, i2) => {
      if (typeof s.by === "string")
        checkColumn(
          sink,
          headers,
          s.by,
          [...base, list, i2, "by"],
          false,
          `the ${list === "slices" ? "slice" : "fairness"} column`,
          [...base, list, i2]
        );
    });
}

// src/names/drop-paths.ts
var DROPPED = /* @__PURE__ */ Symbol("dropped");
function mark(root, path4) {
  let node = root;
  for (const step of path4.slice(0, -1)) {
    const next = node?.[step];
    if (next === null || typeof next !== "object") return;
    node = next;
  }
  const last = path4[path4.length - 1];
  if (node && last !== void 0 && Object.hasOwn(node, last)) node[last] = DROPPED;
}
function sweep(node) {
  if (Array.isArray(node)) return node.filter((v) => v !== DROPPED).map(sweep);
  if (node === null || typeof node !== "object") return node;
  const obj = node;
  for (const key of Object.keys(obj)) {
    if (obj[key] === DROPPED) delete obj[key];
    else obj[key] = sweep(obj[key]);
  }
  return obj;
}
function withoutPaths(value, paths) {
  if (!paths.length) return value;
  const copy = structuredClone(value);
  for (const p of paths) mark(copy, p);
  return sweep(copy);
}

// src/names/environment-names.ts
function resolveEnvironmentNames(sink, config) {
  const known = Object.keys(config.environments ?? {});
  if (!known.length) return;
  const check = (name, path4, where2) => {
    if (!known.includes(name))
      sink.unknown(
        { path: path4, key: true },
        "names/environment",
        `${where2} names the environment "${name}", which environments: does not define`,
        name,
        known,
        path4
      );
  };
  for (const name of Object.keys(config.gates?.environments ?? {}))
    check(name, ["gates", "environments", name], "gates.environments");
  const lint = config.lint;
  const targets = Array.isArray(lint) ? lint : lint?.targets ?? [];
  const at = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  targets.forEach((t, i2) => {
    for (const name of Object.keys(t.environments ?? {}))
      check(name, [...at, i2, "environments", name], "a lint schema overlay");
  });
  const leak = Array.isArray(lint) ? void 0 : lint?.rules?.["env-leak"];
  const markers = typeof leak === "object" ? leak.markers : void 0;
  for (const name of Object.keys(markers ?? {}))
    check(name, ["lint", "rules", "env-leak", "markers", name], "env-leak markers");
}

// src/names/metric-names.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
function namesOf(metrics) {
  return [...new Set(metrics.map((m) => m.name))];
}
function unknownFile(key, files) {
  const colon = key.lastIndexOf(":");
  if (colon <= 0) return void 0;
  const file = key.slice(0, colon);
  return files.includes(file) ? void 0 : file;
}
function resolveThresholds(sink, thresholds, metrics, files) {
  for (const key of Object.keys(thresholds)) {
    const path4 = ["model", "thresholds", key];
    const site = { path: path4, key: true };
    if (matching(key, metrics).length) continue;
    if (isGlob(key)) {
      sink.problem(
        site,
        "names/no-match",
        "warning",
        `the threshold glob "${key}" matches no metric in ${files.join(", ")}`,
        `The files have: ${namesOf(metrics).slice(0, 12).join(", ") || "no metrics"}.`,
        path4
      );
      continue;
    }
    const file = unknownFile(key, files);
    if (file !== void 0) {
      sink.unknown(
        site,
        "names/metrics-file",
        `"${file}" in the threshold "${key}" is not a metrics file of model.metrics`,
        file,
        files,
        path4
      );
      continue;
    }
    sink.unknown(
      site,
      "names/metric",
      `the threshold "${key}" names a metric that no metrics file has`,
      key,
      namesOf(metrics),
      path4
    );
  }
}
function resolveRules(sink, rules, names, files) {
  for (const key of Object.keys(rules)) {
    const path4 = ["compare", "rules", key];
    const site = { path: path4, key: true };
    if (isGlob(key)) {
      if (!names.some((n) => matchesGlob(key, n)))
        sink.problem(site, "names/no-match", "warning", `the rule glob "${key}" matches no compared metric`);
      continue;
    }
    if (names.includes(key)) continue;
    const file = unknownFile(key, files);
    if (file !== void 0 && !names.some((n) => n.startsWith(`${file}:`))) {
      sink.unknown(
        site,
        "names/metrics-file",
        `"${file}" in the rule "${key}" is not a file of compare.metrics`,
        file,
        files,
        path4
      );
      continue;
    }
    sink.unknown(
      site,
      "names/metric",
      `the rule "${key}" names a metric that is not compared`,
      key,
      names,
      path4
    );
  }
}
function matchesGlob(glob, name) {
  return (0, import_picomatch2.default)(glob, { dot: true })(name);
}
function resolvePredictionMetrics(sink, cfg) {
  const base = ["model", "predictions"];
  const known = metricNames(cfg.task);
  const checkName = (name) => checkMetricName(cfg.task, name)?.replace(/; expected one of .*$/, "");
  for (const name of Object.keys(cfg.metrics ?? {})) {
    const why = checkName(name);
    const path4 = [...base, "metrics", name];
    if (why) sink.unknown({ path: path4, key: true }, "names/prediction-metric", why, name, known, path4);
  }
  (cfg.slices ?? []).forEach((s, i2) => {
    const why = checkName(s.metric);
    if (why)
      sink.unknown(
        { path: [...base, "slices", i2, "metric"], key: false },
        "names/prediction-metric",
        why,
        s.metric,
        known,
        [...base, "slices", i2]
      );
  });
  if (cfg.fairness?.length && cfg.task !== "binary") {
    const path4 = [...base, "fairness"];
    sink.problem(
      { path: path4, key: true },
      "names/fairness-task",
      "error",
      `fairness measures need a binary model (task is ${cfg.task})`,
      "Remove `fairness:` or compare slices with `slices:` instead.",
      path4
    );
  }
}

// src/names/name-sink.ts
var MAX_LISTED = 20;
function listNames(known) {
  const shown = known.slice(0, MAX_LISTED).join(", ");
  return known.length > MAX_LISTED ? `${shown}, ... (${known.length} in all)` : shown;
}
var NameSink = class {
  constructor(doc, file) {
    this.doc = doc;
    this.file = file;
  }
  doc;
  file;
  diagnostics = [];
  /** Config entries left out of the run: each names something that does not exist. */
  drops = [];
  /** `name` at `site` matches none of `known`: an error with a did-you-mean and the valid names. */
  unknown(site, code, message, name, known, drop) {
    const guess = closest(name, known);
    const d = this.at(site, code, "error", `${message}${guess ? `; did you mean "${guess}"?` : ""}`);
    d.hint = known.length ? `Valid names here: ${listNames(known)}.` : "Nothing here has a name yet.";
    this.diagnostics.push(d);
    if (drop) this.drops.push(drop);
  }
  /** A problem with a name that has no list of alternatives (a glob matching nothing is a warning). */
  problem(site, code, severity, message, hint, drop) {
    const d = this.at(site, code, severity, message);
    if (hint) d.hint = hint;
    this.diagnostics.push(d);
    if (drop) this.drops.push(drop);
  }
  at(site, code, severity, message) {
    const where2 = this.doc.locate(site.path, site.key);
    return {
      code,
      severity,
      message: withVia(message, where2),
      file: this.file,
      path: site.path,
      range: where2.range
    };
  }
};

// src/names/path-names.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function sitesOf(value, at, drop) {
  if (typeof value === "string") return [{ at, value, drop }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i2) => typeof v === "string" ? [{ at: [...at, i2], value: v, drop }] : []);
}
function lintSites(lint) {
  const base = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  const targets = Array.isArray(lint) ? lint : isObj(lint) && Array.isArray(lint.targets) ? lint.targets : [];
  return targets.flatMap((t, i2) => {
    if (!isObj(t)) return [];
    const at = [...base, i2];
    const drop = [at];
    const schema = (v) => typeof v === "string" && !v.startsWith("builtin:");
    return [
      ...sitesOf(t.files, [...at, "files"], drop),
      ...sitesOf(t.exclude, [...at, "exclude"], drop),
      ...schema(t.schema) ? sitesOf(t.schema, [...at, "schema"], drop) : [],
      ...Object.entries(isObj(t.environments) ? t.environments : {}).flatMap(
        ([env, o]) => isObj(o) && schema(o.schema) ? sitesOf(o.schema, [...at, "environments", env, "schema"], drop) : []
      )
    ];
  });
}
function dataSites(data) {
  return (Array.isArray(data) ? data : []).flatMap((ds, i2) => {
    if (!isObj(ds)) return [];
    const ref = isObj(ds.drift) ? ds.drift.reference : void 0;
    const fks = Array.isArray(ds.foreign_key) ? ds.foreign_key : [ds.foreign_key];
    const fkAt = (k) => Array.isArray(ds.foreign_key) ? ["data", i2, "foreign_key", k] : ["data", i2, "foreign_key"];
    const source = isObj(ds.source) ? ds.source : {};
    const splits = isObj(ds.splits) ? ds.splits : {};
    return [
      ...sitesOf(ds.path, ["data", i2, "path"], [["data", i2]]),
      ...sitesOf(source.path, ["data", i2, "source", "path"], [["data", i2]]),
      ...sitesOf(source.database, ["data", i2, "source", "database"], [["data", i2]]),
      ...sitesOf(splits.train, ["data", i2, "splits", "train"], [["data", i2]]),
      ...sitesOf(splits.test, ["data", i2, "splits", "test"], [["data", i2]]),
      // Splits in DuckDB: each side's file or database.
      ...["train", "test"].flatMap((side) => {
        const s = isObj(splits[side]) ? splits[side] : {};
        return [
          ...sitesOf(s.path, ["data", i2, "splits", side, "path"], [["data", i2]]),
          ...sitesOf(s.database, ["data", i2, "splits", side, "database"], [["data", i2]])
        ];
      }),
      ...ref === "baseline" ? [] : sitesOf(ref, ["data", i2, "drift", "reference"], [["data", i2, "drift"]]),
      ...fks.flatMap(
        (fk, k) => isObj(fk) ? sitesOf(fk.reference, [...fkAt(k), "reference"], [fkAt(k)]) : []
      )
    ];
  });
}
function modelSites(model) {
  if (!isObj(model)) return [];
  const predictions = isObj(model.predictions) ? model.predictions.path : void 0;
  const artifact = isObj(model.artifact) ? model.artifact.path : void 0;
  return [
    ...sitesOf(
      model.metrics,
      ["model", "metrics"],
      [
        ["model", "metrics"],
        ["model", "thresholds"]
      ]
    ),
    ...sitesOf(predictions, ["model", "predictions", "path"], [["model", "predictions"]]),
    ...sitesOf(artifact, ["model", "artifact", "path"], [["model", "artifact"]])
  ];
}
function compareSites(compare) {
  if (!isObj(compare)) return [];
  const from = isObj(compare.baseline) ? compare.baseline.from : void 0;
  const predictions = isObj(compare.significance) ? compare.significance.predictions : void 0;
  return [
    ...sitesOf(compare.metrics, ["compare", "metrics"], [["compare"]]),
    ...Array.isArray(compare.params) ? compare.params.flatMap(
      (p, i2) => typeof p === "string" ? [{ at: ["compare", "params", i2], value: p, drop: [["compare", "params", i2]] }] : []
    ) : sitesOf(compare.params, ["compare", "params"], [["compare", "params"]]),
    ...sitesOf(predictions, ["compare", "significance", "predictions"], [["compare", "significance"]]),
    ...typeof from === "string" && from.startsWith("path:") ? [{ at: ["compare", "baseline", "from"], value: from.slice("path:".length), drop: [["compare"]] }] : []
  ];
}
function pathSites(config) {
  const tests = Array.isArray(config.tests) ? config.tests : [];
  return [
    ...lintSites(config.lint),
    ...dataSites(config.data),
    ...modelSites(config.model),
    ...tests.flatMap((t, i2) => sitesOf(t?.junit, ["tests", i2, "junit"], [["tests", i2]])),
    ...compareSites(config.compare)
  ];
}
function resolvePathNames(sink, config, root) {
  for (const site of pathSites(config)) {
    const reason = escapeReason(root, site.value);
    if (!reason) continue;
    const [first, ...more] = site.drop;
    sink.problem(
      { path: site.at, key: false },
      "config/path-outside",
      "error",
      `"${site.value}" ${reason}; mlgate reads only files inside the repository`,
      "Write a path relative to the repository root, without `..`, that does not go through a link leading out.",
      first
    );
    sink.drops.push(...more);
  }
  const lint = config.lint;
  const targets = Array.isArray(lint) ? lint : lint?.targets ?? [];
  const base = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  if (targets.length && targets.every((_, i2) => isDropped(sink.drops, [...base, i2])))
    sink.drops.push(["lint"]);
}
function isDropped(drops, path4) {
  return drops.some((d) => d.length <= path4.length && d.every((step, i2) => path4[i2] === step));
}

// src/names/read-header.ts
var HeaderFound = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
async function readHeader(workspace, file, format, delimiter) {
  const reader = readerFor(file, format);
  if (!reader || reader === readJsonArray) return void 0;
  try {
    await reader(
      workspace,
      file,
      (row) => {
        throw new HeaderFound([...row.fields]);
      },
      delimiter
    );
    return void 0;
  } catch (err2) {
    if (err2 instanceof HeaderFound) return err2.fields;
    if (isReadError(err2)) return void 0;
    throw err2;
  }
}

// src/engine/resolve-names.ts
async function modelNames(sink, config, workspace) {
  const model = config.model ?? {};
  const files = asList(model.metrics);
  if (model.thresholds && files.length && !isDropped(sink.drops, ["model", "metrics"])) {
    const read = await readMetricsFiles(workspace, files);
    if (!read.diagnostics.length) resolveThresholds(sink, model.thresholds, read.metrics, read.files);
  }
  const p = model.predictions;
  if (!p || isDropped(sink.drops, ["model", "predictions"])) return;
  resolvePredictionMetrics(sink, p);
  const first = (await filesFor(workspace, p.path))[0];
  const fields = first === void 0 ? void 0 : await readHeader(workspace, first);
  if (!fields) return;
  resolvePredictionColumns(sink, p, { file: first, fields });
  const sig = config.compare?.significance;
  if (typeof sig?.id === "string" && (sig.predictions ?? p.path) === p.path)
    resolveColumn(sink, { file: first, fields }, sig.id, ["compare", "significance", "id"], "the id column");
}
async function dataNames(sink, config, workspace) {
  const datasets = config.data ?? [];
  for (const [i2, ds] of datasets.entries()) {
    if (isDropped(sink.drops, ["data", i2])) continue;
    const format = typeof ds.format === "string" ? ds.format : void 0;
    const delimiter = typeof ds.delimiter === "string" ? ds.delimiter : void 0;
    const train = ds.splits?.train;
    if (typeof train === "string" && await workspace.exists(train)) {
      const fields = await readHeader(workspace, train, format, delimiter);
      if (fields) resolveSplitColumns(sink, ds.splits, i2, { file: train, fields });
    }
    if (ds.path === void 0) continue;
    const files = (await workspace.glob(asList(ds.path))).sort();
    for (const file of files) {
      const fields = await readHeader(workspace, file, format, delimiter);
      if (!fields) continue;
      resolveDatasetColumns(sink, ds, i2, [{ file, fields }]);
      break;
    }
  }
}
async function compareNames(sink, config, workspace) {
  const cfg = config.compare ?? {};
  if (!cfg.rules || !Object.keys(cfg.rules).length || isDropped(sink.drops, ["compare"])) return;
  const files = asList(cfg.metrics);
  const read = await readMetricsFiles(workspace, files);
  if (read.diagnostics.length) return;
  const names = read.metrics.map((m) => m.name);
  const task = config.model?.predictions?.task;
  if (cfg.significance && task) names.push(...metricNames(task).filter((m) => m !== "average_precision"));
  resolveRules(sink, cfg.rules, [...new Set(names)], read.files);
}
async function resolveNames(command, config, doc, configFile, workspace) {
  const sink = new NameSink(doc, configFile);
  resolvePathNames(sink, config, workspace.root);
  resolveEnvironmentNames(sink, config);
  if (stageRuns(command, stageCard("data"), config)) await dataNames(sink, config, workspace);
  if (stageRuns(command, stageCard("model"), config)) await modelNames(sink, config, workspace);
  if (stageRuns(command, stageCard("compare"), config)) await compareNames(sink, config, workspace);
  return { config: withoutPaths(config, sink.drops), diagnostics: sortDiagnostics(sink.diagnostics) };
}

// src/engine/settings.ts
function readTuning(env) {
  const tuning = {};
  const threads = Number(env.MLGATE_THREADS);
  if (env.MLGATE_THREADS && Number.isInteger(threads) && threads > 0) tuning.threads = threads;
  if (env.MLGATE_FAST_PATH === "0") tuning.fastPath = false;
  return tuning;
}
var CONFIG_NAMES = ["mlgate.yml", "mlgate.yaml"];

// src/engine/run-mlgate.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
async function findConfig(settings, workspace) {
  if (settings.config !== void 0) return settings.config;
  for (const name of CONFIG_NAMES) if (await workspace.exists(name)) return name;
  return void 0;
}
async function runMlgate(settings, branch, workspace, progress, extras = {}) {
  const configFile = await findConfig(settings, workspace);
  if (configFile === void 0) {
    return {
      kind: "usage-error",
      message: `no ${CONFIG_NAMES.join(" or ")} in ${workspace.root}; create one (see the README) or pass --config FILE`
    };
  }
  let text2;
  try {
    text2 = await workspace.readText(configFile, MAX_CONFIG_BYTES);
  } catch (err2) {
    if (err2 instanceof WorkspaceError)
      return { kind: "usage-error", message: `cannot read the config: ${err2.message}` };
    throw err2;
  }
  let parsed = parseConfig(text2, configFile);
  if (parsed.config?.data !== void 0) {
    const { dataConfigFindings } = await import("./chunk-XG7SFSDB.js");
    parsed = reviewConfig(parsed, configFile, dataConfigFindings);
  }
  if (!parsed.config || !parsed.document)
    return { kind: "config-error", configFile, diagnostics: parsed.diagnostics };
  let environment;
  try {
    environment = resolveEnvironment(parsed.config, { ...branch, flag: settings.environment });
  } catch (err2) {
    if (err2 instanceof UnknownEnvironmentError) return { kind: "usage-error", message: err2.message };
    throw err2;
  }
  const names = await resolveNames(settings.command, parsed.config, parsed.document, configFile, workspace);
  const { config } = names;
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...names.diagnostics]);
  const temp = createTempSpace(tempRoot(settings.temp));
  let outcome;
  try {
    const inputs = await prepareRun(
      settings.command,
      config,
      workspace,
      { ...settings.baseline, baseBranch: branch.baseBranch },
      temp,
      extras.github
    );
    outcome = await runStages(settings.command, {
      config,
      environment,
      workspace,
      configFile,
      paths: settings.paths,
      tuning: settings.tuning,
      progress,
      baseline: inputs.baseline,
      commitTime: inputs.commitTime,
      temp,
      suitesRefused: settings.suitesRefused,
      env: extras.env
    });
  } finally {
    temp.remove();
  }
  const { sections, compared } = outcome;
  const report = buildReport(
    {
      environment,
      sections,
      manualRubric: config.scorecard?.ml_test_score?.manual,
      charts: config.scorecard?.charts,
      comparisons: compared?.comparisons,
      trend: compared?.trend,
      baseline: compared?.baseline ?? {
        source: "none",
        reason: config.compare ? "the comparison did not run" : "no comparison configured"
      }
    },
    gatePolicy(config, environment.name)
  );
  if (diagnostics.some((d) => d.severity === "error"))
    return { kind: "config-error", configFile, diagnostics, report };
  return { kind: "report", report, configFile, config, warnings: diagnostics };
}

// src/render/common.ts
var STATUS_WORD = {
  passed: "passed",
  failed: "failed",
  warning: "warnings",
  skipped: "skipped",
  incomplete: "not run"
};
function location(d) {
  if (!d.range) return d.file;
  return `${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1}`;
}
function checkCounts(section) {
  if (section.status === "skipped" || section.status === "incomplete") return section.note ?? "";
  if (section.summary) return section.summary;
  const n = { passed: 0, failed: 0, skipped: 0, error: 0 };
  for (const c of section.checks) n[c.status]++;
  const parts = [`${n.passed} passed`];
  if (n.failed) parts.push(`${n.failed} failed`);
  if (n.error) parts.push(`${n.error} could not run`);
  if (n.skipped) parts.push(`${n.skipped} skipped`);
  return parts.join(", ");
}
function failingChecks(report) {
  const out = [];
  for (const section of report.sections) {
    for (const check of section.checks) {
      if (check.status === "failed" || check.status === "error") out.push({ section, check });
    }
  }
  return out.sort(
    (a, b) => a.check.severity === b.check.severity ? 0 : a.check.severity === "error" ? -1 : 1
  );
}
function verdict(report) {
  if (report.status === "config-error") return "configuration error";
  if (report.passed) {
    const notRun = report.sections.filter((s) => s.status === "incomplete").length;
    if (notRun) return `passed, but ${notRun} configured stage${notRun === 1 ? "" : "s"} did not run`;
    return report.gate.failOn === "never" ? "passed (gate set to never fail)" : "passed";
  }
  const n = report.gate.reasons.length;
  return `failed (${n} reason${n === 1 ? "" : "s"})`;
}
function environmentLine(report) {
  const e = report.environment;
  return `${e.name}${e.deploy ? " (deploys)" : ""}${e.detail ? `: ${e.detail}` : ""}`;
}
function baselineLine(report) {
  const b = report.baseline;
  if (b.source === "none" && !report.sections.some((s) => s.id === "compare")) return void 0;
  if (b.source === "none") return `none (${b.reason ?? "not found"})`;
  const where2 = b.source === "git" ? `git ${b.ref}${b.sha ? ` at ${b.sha.slice(0, 7)}` : ""}` : b.source === "path" ? `the files in ${b.ref}` : [`artifact`, b.ref, b.sha?.slice(0, 7)].filter(Boolean).join(" ");
  return `${where2}${b.reason ? ` (${b.reason})` : ""}`;
}
function comparisonCells(c) {
  const num2 = (v) => v === null ? "–" : formatMetric(v);
  const sign = (v) => v > 0 ? "+" : "";
  const arrow = c.direction === "higher" ? " ↑" : c.direction === "lower" ? " ↓" : "";
  let delta = "";
  if (c.delta !== null) {
    delta = `${sign(c.delta)}${formatMetric(c.delta)}`;
    if (c.deltaPercent != null && c.delta !== 0)
      delta += ` (${sign(c.deltaPercent)}${formatMetric(c.deltaPercent)}%)`;
  }
  let test = "";
  if (c.pValue !== void 0) test = `p = ${formatMetric(c.pValue)}`;
  if (c.interval)
    test = `${Math.round(c.interval.confidence * 100)}% CI [${formatMetric(c.interval.low)}, ${formatMetric(c.interval.high)}]`;
  if (test && c.test) test += ` (${c.test.replace(/ \(.*\)$/, "")})`;
  const status = c.status === "failed" ? "regressed" : c.status === "warning" ? "regressed (warning)" : c.status;
  return { metric: `${c.metric}${arrow}`, base: num2(c.base), head: num2(c.head), delta, test, status };
}
function gatedLine(report) {
  const n = report.comparisons.length;
  if (!n) return void 0;
  const gated = report.comparisons.filter((c) => c.direction !== "none").length;
  return `${gated} of ${n} compared metric${n === 1 ? "" : "s"} gated`;
}
function detectableLines(report) {
  const pct = (v) => `${formatMetric(100 * v)}%`;
  const out = [];
  for (const c of report.comparisons) {
    const d = c.detectable;
    if (!d) continue;
    const word = c.direction === "lower" ? "rises" : "drops";
    const relative = c.base ? ` (${formatEstimate(100 * d.change / Math.abs(c.base))}%)` : "";
    out.push(
      `${c.metric}: this gate can see ${word} of ${formatEstimate(d.change)}${relative} or more, with ${pct(d.power)} power at ${pct(d.confidence)} confidence on ${d.n.toLocaleString("en-US")} pairs`
    );
  }
  return out;
}
function otherReasons(report) {
  const said = /* @__PURE__ */ new Set();
  const messages = failingChecks(report).map(({ check }) => `: ${check.message}`);
  for (const c of report.comparisons)
    if (c.status === "failed" || c.status === "warning") said.add(`Compare: ${c.metric} regressed`);
  return report.gate.reasons.filter((r) => !said.has(r) && !messages.some((m) => r.endsWith(m)));
}

// src/render/diagnostics.ts
function reportDiagnostics(report) {
  const out = [];
  for (const section of report.sections) {
    for (const check of section.checks) {
      if (check.status === "passed" || check.status === "skipped") continue;
      for (const diagnostic of check.diagnostics) out.push({ check, diagnostic });
    }
  }
  return out;
}
function prefixed(file, prefix) {
  const p = (prefix ?? "").replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/$/, "");
  return p ? `${p}/${file}` : file;
}

// src/render/github.ts
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var renderGithub = (report, options = {}) => {
  const lines = [];
  for (const { diagnostic: d } of reportDiagnostics(report)) {
    const props = [`file=${escapeProperty(prefixed(d.file, options.pathPrefix))}`];
    if (d.range) {
      props.push(`line=${d.range.start.line + 1}`, `col=${d.range.start.column + 1}`);
      props.push(`endLine=${d.range.end.line + 1}`, `endColumn=${d.range.end.column + 1}`);
    }
    props.push(`title=${escapeProperty(`mlgate ${d.code}`)}`);
    const message = d.hint ? `${d.message}
${d.hint}` : d.message;
    lines.push(`::${d.severity} ${props.join(",")}::${escapeData(message)}`);
  }
  lines.push(
    `mlgate ${verdict(report)} (environment ${report.environment.name}, fail_on: ${report.gate.failOn})`
  );
  for (const r of report.gate.reasons) lines.push(`  - ${escapeData(r)}`);
  return `${lines.join("\n")}
`;
};

// src/render/charts.ts
var ORDER = ["roc", "pr", "calibration", "slices", "drift", "histogram", "trend"];
function trendChart(series) {
  const values = series.points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
  return {
    id: `trend/${series.metric}`,
    kind: "trend",
    title: `${series.metric} over the last baselines`,
    style: "line",
    x: { label: "baseline", categories: series.points.map((p) => p.label) },
    y: { label: series.metric, min: lo - pad, max: hi + pad },
    series: [{ name: series.metric, values }]
  };
}
function joinSeries(into, other) {
  const fresh = other.series.filter((s) => !into.series.some((t) => t.name === s.name));
  if (!fresh.length) return;
  const mine = into.x.categories;
  const theirs = other.x.categories;
  if (mine && theirs && (mine.length !== theirs.length || mine.some((c, i2) => c !== theirs[i2]))) {
    const categories = [...mine, ...theirs.filter((c) => !mine.includes(c))];
    const line = (s, from) => ({
      ...s,
      values: categories.map((c) => {
        const i2 = from.indexOf(c);
        return i2 === -1 ? null : s.values[i2] ?? null;
      })
    });
    into.series = [...into.series.map((s) => line(s, mine)), ...fresh.map((s) => line(s, theirs))];
    into.x = { ...into.x, categories };
  } else into.series.push(...fresh);
  const values = fresh.flatMap((s) => s.values).filter((v) => v !== null && Number.isFinite(v));
  if (values.length)
    into.y = { ...into.y, min: Math.min(into.y.min, ...values), max: Math.max(into.y.max, ...values) };
}
function reportCharts(report) {
  const byId = /* @__PURE__ */ new Map();
  for (const section of report.sections)
    for (const chart of section.charts ?? []) {
      const seen = byId.get(chart.id);
      if (!seen) {
        byId.set(chart.id, {
          ...chart,
          series: [...chart.series],
          ...chart.area ? { area: { ...chart.area } } : {}
        });
        continue;
      }
      joinSeries(seen, chart);
      if (chart.area) seen.area = { ...seen.area, ...chart.area };
    }
  const charts = [...byId.values(), ...(report.trend ?? []).filter((t) => t.points.length).map(trendChart)];
  return charts.map((c, i2) => ({ c, i: i2 })).sort((a, b) => ORDER.indexOf(a.c.kind) - ORDER.indexOf(b.c.kind) || a.i - b.i).map(({ c }) => c);
}
function areaWords(chart) {
  if (!chart.area) return "";
  const name = chart.kind === "pr" ? "AP" : "AUC";
  const sides = Object.keys(chart.area).sort(
    (a, b) => a === "head" ? -1 : b === "head" ? 1 : a < b ? -1 : 1
  );
  return sides.map((s) => `${s} ${name} ${chart.area[s].toFixed(4)}`).join(" · ");
}

// src/render/escape-html.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text2) {
  return text2.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// src/render/escape-markdown.ts
var ENTITIES2 = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;"
};
var AUTOLINK = /:(?=\/\/)|\bwww(?=\.)/gi;
function escapeMarkdown(text2) {
  return text2.replace(/\r?\n|\r/g, " ").replace(/[\\`*_{}[\]()#+!~]/g, "\\$&").replace(/[&<>|]/g, (c) => ENTITIES2[c]).replace(/@/g, "@&#8203;").replace(AUTOLINK, "$&&#8203;");
}
function escapeHtmlText(text2) {
  return text2.replace(/\r?\n|\r/g, " ").replace(AUTOLINK, "$&​").replace(/[&<>"|@#]/g, (c) => ENTITIES2[c] ?? `${c}&#8203;`).replace(/\u200b/g, "&#8203;");
}
function codeSpan(text2, table2 = false) {
  let clean3 = text2.replace(/\r?\n|\r/g, " ");
  if (table2) clean3 = clean3.replace(/\|/g, "\\|");
  if (clean3 === "") return "` `";
  const longest = Math.max(0, ...(clean3.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = clean3.startsWith("`") || clean3.endsWith("`") || /^ .* $/.test(clean3) ? " " : "";
  return `${fence}${pad}${clean3}${pad}${fence}`;
}
function markdownText(text2, table2 = false) {
  const parts = text2.split("`");
  if (parts.length % 2 === 0 || parts.length === 1) return escapeMarkdown(text2);
  return parts.map((p, i2) => i2 % 2 ? codeSpan(p, table2) : escapeMarkdown(p)).join("");
}
function linkUrl(url) {
  return url.replace(
    /[()<>\s"'`\\[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

// src/render/mermaid.ts
var SERIES_COLOR = {
  head: ["#0969da", "blue"],
  current: ["#0969da", "blue"],
  base: ["#bc4c00", "orange"],
  reference: ["#8c959f", "grey"],
  "perfectly calibrated": ["#8c959f", "grey"]
};
var OTHER = ["#0969da", "blue"];
var colorOf = (s) => SERIES_COLOR[s.name] ?? OTHER;
function label(text2) {
  return text2.replace(/[^\p{L}\p{N} .:/=,()%·—+_-]/gu, "_").slice(0, 120);
}
function num(v) {
  const r = Math.round(v * 1e4) / 1e4;
  return Object.is(r, -0) ? "0" : String(r).includes("e") ? r.toFixed(6) : String(r);
}
function drawnAs(chart, i2) {
  return chart.style === "bar" && i2 === 0 ? "bar" : "line";
}
function legend(chart) {
  return chart.series.map((s, i2) => {
    const what = chart.style === "bar" ? `${drawnAs(chart, i2) === "bar" ? "bars" : "line"}: ` : "";
    return `${what}${s.name} (${colorOf(s)[1]})`;
  }).join(" · ");
}
function axisAndSeries(chart) {
  const n = Math.max(...chart.series.map((s) => s.values.length));
  const positions = Array.from({ length: n }, (_, i2) => i2);
  const complete = positions.filter((i2) => chart.series.every((s) => s.values[i2] != null));
  const keep = chart.style === "line" ? complete : positions;
  const numeric = chart.x.categories === void 0 && chart.x.min !== void 0 && chart.x.max !== void 0;
  let axis;
  if (numeric && keep.length === n)
    axis = `x-axis "${label(chart.x.label)}" ${num(chart.x.min)} --> ${num(chart.x.max)}`;
  else {
    const at = (i2) => chart.x.categories?.[i2] ?? num(chart.x.min + (chart.x.max - chart.x.min) * i2 / Math.max(1, n - 1));
    axis = `x-axis "${label(chart.x.label)}" [${keep.map((i2) => `"${label(at(i2))}"`).join(", ")}]`;
  }
  const series = chart.series.map(
    (s, j) => `  ${drawnAs(chart, j)} [${keep.map((i2) => num(s.values[i2] ?? 0)).join(", ")}]`
  );
  return { axis, series };
}
function mermaidChart(chart) {
  const { axis, series } = axisAndSeries(chart);
  const palette = chart.series.map((s) => colorOf(s)[0]).join(", ");
  const area = areaWords(chart);
  const title = `${chart.title}${area ? ` — ${area}` : ""}`;
  return [
    "```mermaid",
    `%%{init: {"xyChart": {"width": 720, "height": 360}, "themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `  title "${label(title)}"`,
    `  ${axis}`,
    `  y-axis "${label(chart.y.label)}" ${num(chart.y.min)} --> ${num(chart.y.max)}`,
    ...series,
    "```"
  ];
}
function mermaidCharts(report) {
  const charts = reportCharts(report).filter((c) => c.series.length && c.series[0].values.length);
  if (!charts.length) return [];
  const out = ["", "### Charts"];
  for (const chart of charts)
    out.push("", ...mermaidChart(chart), `<sub>${escapeMarkdown(legend(chart))}</sub>`);
  return out;
}

// src/render/markdown.ts
function codeBlock(text2, indent) {
  const longest = Math.max(2, ...(text2.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const body = text2.replace(/\r/g, "").split("\n").map((l) => `${indent}${l}`);
  return [
    "",
    `${indent}<details><summary>output</summary>`,
    "",
    `${indent}${fence}text`,
    ...body,
    `${indent}${fence}`,
    `${indent}</details>`,
    ""
  ];
}
var EMOJI = {
  passed: "✅",
  failed: "❌",
  warning: "⚠️",
  skipped: "➖",
  incomplete: "❔"
};
function scoreBand(score2) {
  if (score2 <= 0) return "closer to a research project than a production system";
  if (score2 <= 1) return "some tests, but likely serious gaps in reliability";
  if (score2 <= 2) return "a first pass at production readiness; more investment needed";
  if (score2 <= 3) return "reasonably tested; more of it could be automated";
  if (score2 <= 5) return "strong automated testing and monitoring, fit for critical systems";
  return "exceptional automated testing and monitoring";
}
var LEFT_OUT = {
  1: "the charts, the detail tables and the list of passed checks",
  2: "the charts, the detail tables, the per-finding lines and all but the first 100 problems",
  3: "everything but the verdict, the counts and the reasons"
};
var FINDINGS_PER_CHECK = 10;
function where(d, options) {
  const text2 = codeSpan(location(d));
  const l = options.links;
  if (!l) return text2;
  const file = [options.pathPrefix, d.file].filter(Boolean).join("/");
  const path4 = (p) => p.split("/").map(encodeURIComponent).join("/");
  const url = `${l.serverUrl.replace(/\/+$/, "")}/${path4(l.repository)}/blob/${encodeURIComponent(l.sha)}/${path4(
    file
  )}${d.range ? `#L${d.range.start.line + 1}` : ""}`;
  return `[${text2}](${linkUrl(url)})`;
}
function findingLine(d, check, options) {
  const said = d.message === check.message ? "" : ` ${markdownText(d.message)}`;
  const out = [`  - ${where(d, options)} ${codeSpan(d.code)}${said}`];
  if (d.hint) out[0] += `  
    ↳ ${markdownText(d.hint)}`;
  return out;
}
function problems(report, options, level) {
  const failing = failingChecks(report);
  const others = otherReasons(report);
  if (!failing.length && !others.length) return [];
  const out = ["", "### Problems", ""];
  const shown = level >= 2 ? failing.slice(0, 100) : failing;
  for (const { section, check } of shown) {
    const mark2 = check.severity === "error" ? "❌" : "⚠️";
    out.push(`- ${mark2} **${escapeMarkdown(section.title)}:** ${markdownText(check.message)}`);
    if (level >= 2) continue;
    for (const d of check.diagnostics.slice(0, FINDINGS_PER_CHECK))
      out.push(...findingLine(d, check, options));
    const more = check.diagnostics.length - FINDINGS_PER_CHECK;
    if (more > 0) out.push(`  - … and ${more} more in the full report`);
    if (check.details) out.push(...codeBlock(check.details, "  "));
  }
  if (shown.length < failing.length) out.push(`- … and ${failing.length - shown.length} more failing checks`);
  for (const r of others) out.push(`- ❌ ${markdownText(r)}`);
  return out;
}
var DURATION = / \(\d+(\.\d+)? s\)$/;
function passedChecks(report, level) {
  const passed2 = [];
  for (const section of report.sections)
    for (const check of section.checks) if (check.status === "passed") passed2.push({ section, check });
  if (!passed2.length) return [];
  const title = `✅ ${passed2.length} check${passed2.length === 1 ? "" : "s"} passed`;
  if (level > 0) return ["", title];
  const out = ["", `<details><summary>${title}</summary>`, ""];
  for (const { section, check } of passed2)
    out.push(`- **${escapeMarkdown(section.title)}:** ${markdownText(check.message.replace(DURATION, ""))}`);
  out.push("", "</details>");
  return out;
}
function comparisonTable(report) {
  if (!report.comparisons.length) return [];
  const order = (c) => c.status === "failed" ? 0 : c.status === "warning" ? 1 : 2;
  const rows = [...report.comparisons].sort((a, b) => order(a) - order(b)).map((c) => {
    const x2 = comparisonCells(c);
    const mark2 = c.status === "failed" ? "❌ " : c.status === "warning" ? "⚠️ " : "";
    return [
      escapeMarkdown(x2.metric),
      x2.base,
      x2.head,
      x2.delta,
      escapeMarkdown(x2.test),
      `${mark2}${x2.status}`
    ];
  });
  const table2 = markdownTable(["Metric", "Base", "Head", "Δ", "Test", "Status"], rows, [
    "---",
    "---:",
    "---:",
    "---:",
    "---",
    "---"
  ]);
  const out = ["", "### Metrics against baseline", "", ...table2];
  const detectable = detectableLines(report);
  if (detectable.length) out.push("", ...detectable.map((l) => `- ${escapeMarkdown(l)}`));
  return out;
}
function markdownTable(columns, rows, align) {
  const keep = columns.map((_, j) => rows.some((r) => (r[j] ?? "").trim() !== ""));
  const pick = (cells) => cells.filter((_, j) => keep[j]);
  return [
    `| ${pick(columns).join(" | ")} |`,
    `| ${pick(align ?? columns.map(() => "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${pick(columns.map((_, j) => r[j] ?? "")).join(" | ")} |`)
  ];
}
function detailTable(section, t) {
  const rows = t.rows.map((r) => r.map((c) => escapeMarkdown(c)));
  return [
    "",
    `<details><summary>${escapeHtmlText(`${section.title}: ${t.title}`)}</summary>`,
    "",
    ...markdownTable(t.columns.map(escapeMarkdown), rows),
    "",
    "</details>"
  ];
}
function header(report) {
  const broken = report.status === "config-error";
  const env = broken ? "" : ` · ${codeSpan(report.environment.name)}`;
  const out = [`## ${report.passed ? "✅" : "❌"} mlgate ${verdict(report)}${env}`, ""];
  out.push(`**Environment:** ${markdownText(environmentLine(report))}  `);
  if (!broken) {
    const baseline = baselineLine(report);
    if (baseline !== void 0) out.push(`**Baseline:** ${markdownText(baseline)}  `);
    const gated = gatedLine(report);
    if (gated) out.push(`**Comparison:** ${gated}  `);
    out.push(`**ML Test Score:** ${report.mlTestScore.final} (${scoreBand(report.mlTestScore.final)})`);
  }
  out.push("", "| Stage | Status | Checks |", "| --- | --- | --- |");
  for (const s of report.sections) {
    out.push(
      `| ${escapeMarkdown(s.title)} | ${EMOJI[s.status]} ${STATUS_WORD[s.status]} | ${markdownText(checkCounts(s), true)} |`
    );
  }
  return out;
}
function scoreTable(report) {
  if (report.status === "config-error") return [];
  const s = report.mlTestScore.sections;
  return [
    "",
    "<details><summary>ML Test Score</summary>",
    "",
    "| Data | Model | Infrastructure | Monitoring | Final (minimum) |",
    "| ---: | ---: | ---: | ---: | ---: |",
    `| ${s.data} | ${s.model} | ${s.infrastructure} | ${s.monitoring} | **${report.mlTestScore.final}** |`,
    "",
    "</details>"
  ];
}
function reasonList(report) {
  if (!report.gate.reasons.length) return [];
  const reasons = report.gate.reasons.slice(0, 20);
  const out = ["", "### Why the gate failed", "", ...reasons.map((r) => `- ${markdownText(r)}`)];
  if (reasons.length < report.gate.reasons.length)
    out.push(`- … and ${report.gate.reasons.length - reasons.length} more`);
  return out;
}
function render(report, options, level) {
  const out = header(report);
  if (level < 3) out.push(...problems(report, options, level), ...comparisonTable(report));
  else out.push(...reasonList(report));
  if (level < 1) out.push(...mermaidCharts(report));
  if (level === 0)
    for (const section of report.sections)
      for (const t of section.tables ?? []) out.push(...detailTable(section, t));
  if (level < 3) out.push(...passedChecks(report, level));
  out.push(...scoreTable(report));
  if (level > 0) {
    out.push(
      "",
      `> [!NOTE]
> To fit GitHub's size limit this leaves out ${LEFT_OUT[level]}.${options.fullReport ? ` ${markdownText(options.fullReport)}` : ""}`
    );
  }
  if (options.htmlReport)
    out.push(
      "",
      options.htmlReportUrl ? `📄 [${markdownText(options.htmlReport)}](${linkUrl(options.htmlReportUrl)})` : `📄 ${markdownText(options.htmlReport)}`
    );
  out.push(
    "",
    `<sub>mlgate ${escapeMarkdown(report.tool.version)} · fail_on: ${escapeMarkdown(report.gate.failOn)}</sub>`
  );
  return `${out.join("\n")}
`;
}
var renderMarkdown = (report, options = {}) => {
  let text2 = render(report, options, 0);
  const max2 = options.maxLength;
  if (max2 === void 0) return text2;
  for (const level of [1, 2, 3]) {
    if (text2.length <= max2) return text2;
    text2 = render(report, options, level);
  }
  return text2;
};

// src/render/svg-chart.ts
var W = 520;
var H = 300;
var M = { left: 56, right: 16, top: 40, bottom: 64 };
var PW = W - M.left - M.right;
var PH = H - M.top - M.bottom;
function tick(v) {
  const r = Math.round(v * 1e4) / 1e4;
  return Math.abs(r) >= 1e5 ? r.toExponential(1) : String(r);
}
var f = (v) => (Math.round(v * 100) / 100).toString();
function yAxis(chart, y) {
  const out = [];
  for (let i2 = 0; i2 <= 4; i2++) {
    const v = chart.y.min + (chart.y.max - chart.y.min) * i2 / 4;
    out.push(
      `<line class="grid" x1="${M.left}" x2="${M.left + PW}" y1="${f(y(v))}" y2="${f(y(v))}"/>`,
      `<text class="tick" x="${M.left - 6}" y="${f(y(v) + 4)}" text-anchor="end">${escapeHtml(tick(v))}</text>`
    );
  }
  out.push(
    `<text class="axis" transform="translate(14 ${f(M.top + PH / 2)}) rotate(-90)" text-anchor="middle">${escapeHtml(chart.y.label)}</text>`
  );
  return out;
}
function xAxis(chart, n, x2) {
  const out = [];
  const base = M.top + PH;
  if (chart.x.categories) {
    const every = Math.ceil(n / 12);
    chart.x.categories.forEach((c, i2) => {
      if (i2 % every) return;
      const label2 = c.length > 14 ? `${c.slice(0, 13)}…` : c;
      out.push(
        `<text class="tick" x="${f(x2(i2))}" y="${base + 14}" text-anchor="middle">${escapeHtml(label2)}</text>`
      );
    });
  } else {
    const lo = chart.x.min ?? 0;
    const hi = chart.x.max ?? n - 1;
    for (let i2 = 0; i2 <= 4; i2++) {
      const px = M.left + PW * i2 / 4;
      out.push(
        `<text class="tick" x="${f(px)}" y="${base + 14}" text-anchor="middle">${escapeHtml(tick(lo + (hi - lo) * i2 / 4))}</text>`
      );
    }
  }
  out.push(
    `<line class="axisline" x1="${M.left}" x2="${M.left + PW}" y1="${base}" y2="${base}"/>`,
    `<text class="axis" x="${f(M.left + PW / 2)}" y="${base + 32}" text-anchor="middle">${escapeHtml(chart.x.label)}</text>`
  );
  return out;
}
function svgChart(chart) {
  const n = Math.max(1, ...chart.series.map((s) => s.values.length));
  const span = chart.y.max - chart.y.min || 1;
  const y = (v) => M.top + PH - (Math.min(Math.max(v, chart.y.min), chart.y.max) - chart.y.min) / span * PH;
  const bars = chart.style === "bar";
  const x2 = (i2) => bars || chart.x.categories ? M.left + (i2 + 0.5) * PW / n : M.left + (n === 1 ? PW / 2 : i2 * PW / (n - 1));
  const parts = [...yAxis(chart, y), ...xAxis(chart, n, x2)];
  const barSeries = bars ? chart.series : [];
  const slot = PW / n;
  const bw = slot * 0.8 / Math.max(1, barSeries.length);
  chart.series.forEach((s, k) => {
    const color = colorOf(s)[0];
    if (bars) {
      s.values.forEach((v, i2) => {
        if (v === null) return;
        const left = M.left + i2 * slot + slot * 0.1 + k * bw;
        const top = y(Math.max(v, chart.y.min));
        parts.push(
          `<rect x="${f(left)}" y="${f(top)}" width="${f(bw)}" height="${f(M.top + PH - top)}" fill="${color}"><title>${escapeHtml(`${s.name}: ${v}`)}</title></rect>`
        );
      });
      return;
    }
    let run = [];
    const flush = () => {
      if (run.length > 1)
        parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${run.join(" ")}"/>`);
      else if (run.length === 1) {
        const [px, py] = run[0].split(",");
        parts.push(`<circle cx="${px}" cy="${py}" r="2.5" fill="${color}"/>`);
      }
      run = [];
    };
    s.values.forEach((v, i2) => {
      if (v === null) flush();
      else run.push(`${f(x2(i2))},${f(y(v))}`);
    });
    flush();
  });
  const legend2 = chart.series.map((s, k) => {
    const lx = M.left + k * 150;
    return `<rect x="${lx}" y="${H - 14}" width="12" height="12" fill="${colorOf(s)[0]}"/><text class="tick" x="${lx + 16}" y="${H - 4}">${escapeHtml(s.name.length > 22 ? `${s.name.slice(0, 21)}…` : s.name)}</text>`;
  });
  const area = areaWords(chart);
  const label2 = `${chart.title}${area ? ` (${area})` : ""}`;
  return [
    `<figure class="chart"><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label2)}">`,
    `<text class="title" x="${M.left}" y="16">${escapeHtml(chart.title.length > 70 ? `${chart.title.slice(0, 69)}…` : chart.title)}</text>`,
    area ? `<text class="tick" x="${M.left}" y="32">${escapeHtml(area)}</text>` : "",
    ...parts,
    ...legend2,
    "</svg></figure>"
  ].join("");
}

// src/render/svg-profile.ts
var DISTINCT_LIMIT = 64;
var W2 = 240;
var BAR_COLOR = "#0969da";
var f2 = (v) => (Math.round(v * 100) / 100).toString();
function edge(v) {
  if (v === 0) return "0";
  const a = Math.abs(v);
  return a >= 1e6 || a < 1e-3 ? v.toExponential(2).replace(/\.?0+e/, "e") : String(Number(v.toPrecision(4)));
}
var count = (n) => n.toLocaleString("en-US");
function svgHistogram(hist, column) {
  const H2 = 64;
  const plot = H2 - 16;
  const n = hist.counts.length;
  const top = Math.max(1, ...hist.counts);
  const slot = W2 / n;
  const bars = hist.counts.map((c, j) => {
    if (!c) return "";
    const hgt = Math.max(1, c / top * plot);
    const lo = hist.start + j * hist.width;
    const tip = `[${edge(lo)}, ${edge(lo + hist.width)}): ${count(c)}`;
    return `<rect x="${f2(j * slot)}" y="${f2(plot - hgt)}" width="${f2(Math.max(0.5, slot - 0.5))}" height="${f2(hgt)}" fill="${BAR_COLOR}"><title>${escapeHtml(tip)}</title></rect>`;
  });
  const end = hist.start + n * hist.width;
  const total = hist.counts.reduce((a, c) => a + c, 0);
  return [
    `<svg class="spark" viewBox="0 0 ${W2} ${H2}" width="${W2}" height="${H2}" role="img" aria-label="${escapeHtml(`${column}: histogram of ${count(total)} numbers from ${edge(hist.start)} to ${edge(end)}`)}">`,
    `<line class="axisline" x1="0" x2="${W2}" y1="${plot}" y2="${plot}"/>`,
    ...bars,
    `<text class="tick" x="0" y="${H2 - 3}">${escapeHtml(edge(hist.start))}</text>`,
    `<text class="tick" x="${W2}" y="${H2 - 3}" text-anchor="end">${escapeHtml(edge(end))}</text>`,
    "</svg>"
  ].join("");
}
function svgTopValues(top, column) {
  const rowH = 14;
  const rows = [
    ...top.values,
    ...top.other ? [{ value: `${top.distinct - top.values.length} others`, count: top.other }] : []
  ];
  const H2 = rows.length * rowH + 2;
  const labelW = 90;
  const most = Math.max(1, ...rows.map((r) => r.count));
  const barW = W2 - labelW - 56;
  const parts = rows.map((r, i2) => {
    const y = i2 * rowH + 1;
    const label2 = r.value.length > 14 ? `${r.value.slice(0, 13)}…` : r.value;
    const w = Math.max(1, r.count / most * barW);
    const other = i2 >= top.values.length;
    return [
      `<text class="tick" x="${labelW - 4}" y="${y + 10}" text-anchor="end">${escapeHtml(label2)}</text>`,
      `<rect x="${labelW}" y="${y + 2}" width="${f2(w)}" height="${rowH - 4}" fill="${other ? "#8c959f" : BAR_COLOR}"><title>${escapeHtml(`${r.value}: ${count(r.count)}`)}</title></rect>`,
      `<text class="tick" x="${f2(labelW + w + 4)}" y="${y + 10}">${escapeHtml(count(r.count))}</text>`
    ].join("");
  });
  return [
    `<svg class="spark" viewBox="0 0 ${W2} ${H2}" width="${W2}" height="${H2}" role="img" aria-label="${escapeHtml(`${column}: ${top.distinct} distinct values, the most frequent first`)}">`,
    ...parts,
    "</svg>"
  ].join("");
}
function svgDistribution(p) {
  const uncounted = !p.top && p.rows - p.missing - p.numeric > 0;
  return [
    p.histogram ? svgHistogram(p.histogram, p.column) : "",
    p.top ? svgTopValues(p.top, p.column) : "",
    uncounted ? `<span class="muted">text: more than ${DISTINCT_LIMIT} distinct values</span>` : ""
  ].join("");
}

// src/render/html.ts
var CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bad: #cf222e; --warn: #9a6700; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; margin: 0 auto; max-width: 1120px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 28px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 16px; } dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: 6px 0 14px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: #f6f8fa; padding: 1px 4px; border-radius: 4px; }
pre { background: #f6f8fa; padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.failed, .error { color: var(--bad); } .warning { color: var(--warn); } .passed { color: var(--ok); } .skipped, .incomplete, .muted { color: var(--muted); }
ul.findings { margin: 4px 0 12px; padding-left: 20px; } ul.findings li { margin: 2px 0; }
.hint { color: var(--muted); display: block; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px; break-inside: avoid; flex: 1 1 440px; max-width: 560px; }
figure.chart svg { width: 100%; height: auto; display: block; }
svg text { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: var(--fg); }
svg .title { font-size: 13px; font-weight: 600; } svg .tick { font-size: 10px; fill: var(--muted); } svg .axis { font-size: 11px; }
svg .grid { stroke: #eaeef2; } svg .axisline { stroke: #8c959f; }
svg.spark { display: block; margin: 2px 0; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } table, figure.chart, pre { break-inside: avoid; } a { color: inherit; } }
`;
var MARK = {
  passed: "✔",
  failed: "✖",
  warning: "!",
  skipped: "–",
  incomplete: "?"
};
function table(columns, rows, caption, extra) {
  const numeric = /^[-+]?[0-9.,]+(e[-+]?[0-9]+)?%?$/;
  const titles = extra ? [...columns, extra.title] : columns;
  const head = `<tr>${titles.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr>`;
  const body = rows.map(
    (r, i2) => `<tr>${columns.map((_, j) => {
      const cell = r[j] ?? "";
      return `<td${numeric.test(cell) ? ' class="num"' : ""}>${escapeHtml(cell)}</td>`;
    }).join("")}${extra ? `<td>${extra.cells[i2] ?? ""}</td>` : ""}</tr>`
  ).join("\n");
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ""}<thead>${head}</thead><tbody>
${body}
</tbody></table>`;
}
function findings(check) {
  const items = check.diagnostics.map((d) => {
    const hint = d.hint ? `<span class="hint">↳ ${escapeHtml(d.hint)}</span>` : "";
    return `<li><code>${escapeHtml(location(d))}</code> <span class="${d.severity}">${escapeHtml(d.severity)}</span> <code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}${hint}</li>`;
  });
  const list = items.length ? `<ul class="findings">${items.join("\n")}</ul>` : "";
  const seen = [
    check.observed && `observed ${check.observed}`,
    check.expected && `expected ${check.expected}`
  ].filter(Boolean).join(" · ");
  return `${seen ? `<div class="muted">${escapeHtml(seen)}</div>` : ""}${list}${check.details ? `<pre>${escapeHtml(check.details)}</pre>` : ""}`;
}
function header2(report) {
  const rows = report.sections.map(
    (s) => `<tr><td>${escapeHtml(s.title)}</td><td class="${s.status}">${MARK[s.status]} ${STATUS_WORD[s.status]}</td><td>${escapeHtml(checkCounts(s))}</td></tr>`
  );
  const gated = gatedLine(report);
  const baseline = baselineLine(report);
  return [
    `<h1 class="${report.passed ? "passed" : "failed"}">${report.passed ? "✔" : "✖"} mlgate ${escapeHtml(verdict(report))}</h1>`,
    '<dl class="meta">',
    `<dt>Environment</dt><dd><code>${escapeHtml(report.environment.name)}</code> — ${escapeHtml(environmentLine(report))}</dd>`,
    baseline !== void 0 ? `<dt>Baseline</dt><dd>${escapeHtml(baseline)}</dd>` : "",
    gated ? `<dt>Comparison</dt><dd>${escapeHtml(gated)}</dd>` : "",
    `<dt>ML Test Score</dt><dd>${report.mlTestScore.final} (${escapeHtml(scoreBand(report.mlTestScore.final))})</dd>`,
    `<dt>Gate</dt><dd>fail_on: ${escapeHtml(report.gate.failOn)}</dd>`,
    "</dl>",
    `<table><thead><tr><th>Stage</th><th>Status</th><th>Checks</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
  ].join("\n");
}
function problems2(report) {
  const failing = failingChecks(report);
  const others = otherReasons(report);
  if (!failing.length && !others.length) return "";
  const out = ['<h2 id="problems">Problems</h2>'];
  for (const { section, check } of failing)
    out.push(
      `<h3 class="${check.severity === "error" ? "failed" : "warning"}">${check.severity === "error" ? "✖" : "!"} ${escapeHtml(section.title)}: ${escapeHtml(check.message)}</h3>`,
      findings(check)
    );
  if (others.length) out.push(`<ul>${others.map((r) => `<li class="failed">${escapeHtml(r)}</li>`).join("")}</ul>`);
  return out.join("\n");
}
function comparisons(report) {
  if (!report.comparisons.length) return "";
  const rows = report.comparisons.map((c) => {
    const x2 = comparisonCells(c);
    const interval = c.interval ? `[${formatMetric(c.interval.low)}, ${formatMetric(c.interval.high)}] at ${Math.round(c.interval.confidence * 100)}%` : "";
    const detect = c.detectable ? formatMetric(c.detectable.change) : "";
    return [
      x2.metric,
      x2.base,
      x2.head,
      x2.delta,
      interval,
      c.pValue === void 0 ? "" : formatMetric(c.pValue),
      c.test ?? "",
      detect,
      x2.status
    ];
  });
  const columns = [
    "metric",
    "base",
    "head",
    "Δ",
    "interval",
    "p-value",
    "test",
    "detectable change",
    "status"
  ];
  const lines = detectableLines(report);
  return [
    '<h2 id="comparison">Metrics against baseline</h2>',
    table(columns, rows),
    lines.length ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : ""
  ].join("\n");
}
function distributionColumn(section, t) {
  const profiles = (section.profiles ?? []).filter((p) => t.title.startsWith(`${p.dataset} profile (`));
  if (!profiles.length) return void 0;
  const byColumn = new Map(profiles.map((p) => [p.column, p]));
  const cells = t.rows.map((r) => {
    const p = byColumn.get(r[0] ?? "");
    return p ? svgDistribution(p) : "";
  });
  return cells.some(Boolean) ? { title: "distribution", cells } : void 0;
}
function sectionTables(section) {
  return (section.tables ?? []).map(
    (t) => `<h3>${escapeHtml(section.title)}: ${escapeHtml(t.title)}</h3>
${table(t.columns, t.rows, void 0, distributionColumn(section, t))}`
  ).join("\n");
}
function passed(report) {
  const rows = [];
  for (const s of report.sections)
    for (const c of s.checks) if (c.status === "passed") rows.push([s.title, c.id, c.message]);
  if (!rows.length) return "";
  return `<h2 id="passed">Checks that passed (${rows.length})</h2>
${table(["stage", "check", "result"], rows)}`;
}
function score(report) {
  const s = report.mlTestScore.sections;
  const sums = table(
    ["data", "model", "infrastructure", "monitoring", "final (minimum)"],
    [[s.data, s.model, s.infrastructure, s.monitoring, report.mlTestScore.final].map(String)]
  );
  const items = report.mlTestScore.items.map((i2) => [i2.id, i2.section, String(i2.points), i2.how, i2.by]);
  return [
    '<h2 id="ml-test-score">ML Test Score</h2>',
    sums,
    items.length ? table(["item", "section", "points", "how", "by"], items) : '<p class="muted">No item earned.</p>'
  ].join("\n");
}
var renderHtml = (report) => {
  const charts = reportCharts(report);
  const body = [
    header2(report),
    problems2(report),
    charts.length ? `<h2 id="charts">Charts</h2>
<div class="charts">${charts.map(svgChart).join("\n")}</div>` : "",
    comparisons(report),
    report.sections.some((s) => s.tables?.length) ? '<h2 id="details">Details</h2>' : "",
    ...report.sections.map(sectionTables),
    passed(report),
    report.status === "config-error" ? "" : score(report),
    `<footer>mlgate ${escapeHtml(report.tool.version)}</footer>`
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>mlgate ${escapeHtml(verdict(report))} · ${escapeHtml(report.environment.name)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
};

// src/render/json.ts
var renderJson = (report) => `${JSON.stringify(toJsonReport(report), null, 2)}
`;

// src/render/sarif.ts
import { createHash } from "node:crypto";
var DESCRIPTIONS = [
  [/^schema\/invalid-schema$/, "A schema used for linting is not a valid JSON Schema."],
  [/^schema\//, "The file does not satisfy its JSON Schema."],
  [/^yaml\/duplicate-key$|^json\/duplicate-key$/, "The same key appears twice in one mapping."],
  [/^(yaml|json|toml)\//, "The file cannot be parsed."],
  [/^env-leak$/, "A config for one environment mentions another environment's resources."],
  [/^secrets$/, "A credential is written into the file."],
  [/^yaml-truthy$/, "A bare yes/no/on/off that YAML 1.1 readers take as a boolean."],
  [/^paths-exist$/, "A configured path does not exist or leaves the repository."],
  [/^file\//, "The file cannot be linted (size, encoding, binary, nesting)."],
  [/^compare\/regression$/, "A metric worsened beyond its compare rule's tolerance."],
  [
    /^compare\/undetectable-tolerance$/,
    "A compare rule tolerates less worsening than its paired test can detect at this sample size."
  ]
];
function describe(code) {
  return DESCRIPTIONS.find(([re]) => re.test(code))?.[1] ?? `mlgate finding ${code}.`;
}
var renderSarif = (report, options = {}) => {
  const found = reportDiagnostics(report);
  const codes = [...new Set(found.map((f3) => f3.diagnostic.code))].sort();
  const results = found.map(({ diagnostic: d }) => {
    const uri = prefixed(d.file, options.pathPrefix);
    const location2 = { artifactLocation: { uri, uriBaseId: "%SRCROOT%" } };
    if (d.range) {
      location2.region = {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.column + 1,
        endLine: d.range.end.line + 1,
        // 1-based and exclusive; a zero-width range still covers one column.
        endColumn: d.range.end.line > d.range.start.line ? d.range.end.column + 1 : Math.max(d.range.end.column, d.range.start.column + 1) + 1
      };
    }
    const fingerprint = createHash("sha256").update(`${d.code}\0${uri}\0${d.message}`).digest("hex").slice(0, 32);
    return {
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: d.severity,
      message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
      locations: [{ physicalLocation: location2 }],
      partialFingerprints: { "mlgateFinding/v1": fingerprint }
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mlgate",
            version: report.tool.version,
            rules: codes.map((id) => ({ id, shortDescription: { text: describe(id) } }))
          }
        },
        automationDetails: { id: `mlgate/${report.environment.name}/` },
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};

// src/render/text-chart.ts
var COLS = 48;
var ROWS = 8;
var ANSI = {
  head: 34,
  current: 34,
  base: 33,
  reference: 90,
  "perfectly calibrated": 90
};
var DOT = [
  [1, 2, 4, 64],
  [8, 16, 32, 128]
];
var EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
var short = (v) => String(Math.round(v * 1e3) / 1e3);
var clean = (text2) => text2.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
function brailleLines(chart, color) {
  const w = COLS * 2;
  const h = ROWS * 4;
  const bits2 = Array.from({ length: ROWS }, () => new Array(COLS).fill(0));
  const owner = Array.from({ length: ROWS }, () => new Array(COLS).fill(-1));
  const span = chart.y.max - chart.y.min || 1;
  const set = (px, py, k) => {
    const cx = Math.min(COLS - 1, Math.max(0, Math.floor(px / 2)));
    const cy = Math.min(ROWS - 1, Math.max(0, Math.floor(py / 4)));
    bits2[cy][cx] |= DOT[Math.min(1, Math.max(0, Math.round(px) - cx * 2))][Math.min(3, Math.max(0, Math.round(py) - cy * 4))];
    owner[cy][cx] = k;
  };
  chart.series.forEach((s, k) => {
    const n = s.values.length;
    const at = (i2, v) => [
      n === 1 ? w / 2 : i2 * (w - 1) / (n - 1),
      (h - 1) * (1 - (Math.min(Math.max(v, chart.y.min), chart.y.max) - chart.y.min) / span)
    ];
    for (let i2 = 0; i2 < n; i2++) {
      const v = s.values[i2];
      if (v == null) continue;
      const [x1, y1] = at(i2, v);
      const next = s.values[i2 + 1];
      if (next == null) {
        set(x1, y1, k);
        continue;
      }
      const [x2, y2] = at(i2 + 1, next);
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1))));
      for (let t = 0; t <= steps; t++) set(x1 + (x2 - x1) * t / steps, y1 + (y2 - y1) * t / steps, k);
    }
  });
  const top = short(chart.y.max);
  const bottom = short(chart.y.min);
  const pad = Math.max(top.length, bottom.length);
  const lines = bits2.map((row, r) => {
    const cells = row.map((b, c) => {
      const ch = String.fromCharCode(10240 + b);
      const k = owner[r][c];
      return color && k >= 0 ? `\x1B[${ANSI[chart.series[k].name] ?? 34}m${ch}\x1B[0m` : ch;
    }).join("");
    const label2 = r === 0 ? top : r === ROWS - 1 ? bottom : "";
    return `${label2.padStart(pad)} ┤${cells}`;
  });
  const lo = chart.x.categories?.[0] ?? short(chart.x.min ?? 0);
  const hi = chart.x.categories?.at(-1) ?? short(chart.x.max ?? 1);
  lines.push(`${" ".repeat(pad)} └${"─".repeat(COLS)}`);
  lines.push(
    `${" ".repeat(pad)}  ${clean(lo)}${clean(`${chart.x.label} → ${hi}`).padStart(COLS - lo.length)}`
  );
  return lines;
}
function blockBars(chart, color) {
  const labels = (chart.x.categories ?? []).map((c) => clean(c).slice(0, 16));
  const width = Math.max(...labels.map((l) => l.length), 1);
  const names = chart.series.map((s) => clean(s.name).slice(0, 12));
  const nameWidth = Math.max(...names.map((n) => n.length));
  const span = chart.y.max - chart.y.min || 1;
  const out = [];
  labels.forEach((label2, i2) => {
    chart.series.forEach((s, k) => {
      const v = s.values[i2];
      const eighths = v == null ? 0 : Math.round((Math.max(v, chart.y.min) - chart.y.min) / span * 32 * 8);
      let bar = "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
      if (color) bar = `\x1B[${ANSI[s.name] ?? 34}m${bar}\x1B[0m`;
      const head = k === 0 ? label2.padEnd(width) : " ".repeat(width);
      out.push(`${head} ${names[k].padEnd(nameWidth)} ${bar} ${v == null ? "n/a" : short(v)}`);
    });
  });
  return out;
}
function textChart(chart, color = false) {
  const area = areaWords(chart);
  const title = clean(`${chart.title}${area ? ` (${area})` : ""}`);
  const plot = chart.style === "bar" ? blockBars(chart, color) : brailleLines(chart, color);
  const legend2 = chart.style === "line" && chart.series.length > 1 ? [
    `  ${chart.series.map((s) => color ? `\x1B[${ANSI[s.name] ?? 34}m━\x1B[0m ${clean(s.name)}` : clean(s.name)).join("  ")}${color ? "" : " (overlaid; colour tells them apart)"}`
  ] : [];
  return [title, ...plot.map((l) => `  ${l}`), ...legend2];
}

// src/render/terminal.ts
var CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
var ICON = {
  passed: ["✔", "green"],
  failed: ["✖", "red"],
  warning: ["!", "yellow"],
  skipped: ["-", "dim"],
  incomplete: ["?", "yellow"]
};
var CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
var LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
function clean2(text2) {
  return text2.replace(LINE_BREAK, "⏎").replace(CONTROL, "").replace(/\t/g, " ");
}
function cleanLines(text2) {
  return text2.split(LINE_BREAK).map(clean2);
}
function alignTable(t) {
  const MAX_ROWS = 20;
  const rows = [t.columns, ...t.rows.slice(0, MAX_ROWS)].map((r) => r.map(clean2));
  const widths = t.columns.map((_, j) => Math.max(...rows.map((r) => (r[j] ?? "").length)));
  const numeric = /^-?[0-9.]+(e[-+]?[0-9]+)?%?$|^n\/a$/;
  const right = t.columns.map(
    (_, j) => rows.length > 1 && rows.slice(1).every((r) => numeric.test(r[j] ?? ""))
  );
  const out = rows.map(
    (r) => r.map((cell, j) => right[j] ? cell.padStart(widths[j]) : cell.padEnd(widths[j])).join("  ").trimEnd()
  );
  if (t.rows.length > MAX_ROWS)
    out.push(`... ${t.rows.length - MAX_ROWS} more rows in the JSON or markdown report`);
  return out;
}
var renderTerminal = (report, options = {}) => {
  const paint = (style, text2) => options.color ? `\x1B[${CODES[style]}m${text2}\x1B[0m` : text2;
  const lines = [];
  lines.push(paint("bold", `mlgate ${clean2(report.tool.version)}`));
  lines.push(`environment  ${clean2(environmentLine(report))}`);
  const baseline = baselineLine(report);
  if (baseline !== void 0) lines.push(`baseline     ${clean2(baseline)}`);
  const gated = gatedLine(report);
  if (gated) lines.push(`compare      ${clean2(gated)}`);
  lines.push("");
  const width = Math.max(...report.sections.map((s2) => clean2(s2.title).length), 5);
  for (const s2 of report.sections) {
    const [icon, style] = ICON[s2.status];
    const word = STATUS_WORD[s2.status].padEnd(9);
    lines.push(
      `  ${paint(style, icon)} ${clean2(s2.title).padEnd(width)}  ${paint(style, word)} ${clean2(checkCounts(s2))}`
    );
  }
  const failing = failingChecks(report);
  if (failing.length) {
    lines.push("", paint("bold", "Problems"));
    for (const { section, check } of failing) {
      const style = check.severity === "error" ? "red" : "yellow";
      lines.push(
        `  ${paint(style, check.severity === "error" ? "✖" : "!")} ${clean2(section.title)}: ${clean2(check.message)}`
      );
      for (const d of check.diagnostics) {
        lines.push(
          `      ${clean2(location(d))} ${paint(style, d.severity)} ${clean2(d.code)} ${clean2(d.message)}`
        );
        if (d.hint) lines.push(paint("dim", `        ${clean2(d.hint)}`));
      }
      if (check.details) for (const l of cleanLines(check.details)) lines.push(paint("dim", `      │ ${l}`));
    }
  }
  for (const section of report.sections) {
    for (const t of section.tables ?? []) {
      if (!t.compact || !t.rows.length) continue;
      lines.push("", paint("bold", `${clean2(section.title)}: ${clean2(t.title)}`));
      for (const row of alignTable(t)) lines.push(`  ${row}`);
    }
  }
  if (report.comparisons.length) {
    lines.push("", paint("bold", "Metrics against baseline"));
    const cells = report.comparisons.map(comparisonCells);
    const table2 = {
      title: "",
      columns: ["metric", "base", "head", "delta", "test", "status"],
      rows: cells.map((c) => [c.metric, c.base, c.head, c.delta, c.test, c.status])
    };
    for (const row of alignTable(table2)) lines.push(`  ${row}`);
    for (const l of detectableLines(report)) lines.push(`  ${clean2(l)}`);
  }
  if (options.charts)
    for (const chart of reportCharts(report)) lines.push("", ...textChart(chart, options.color));
  const s = report.mlTestScore.sections;
  if (report.status !== "config-error")
    lines.push(
      "",
      `ML Test Score ${report.mlTestScore.final}  (data ${s.data} · model ${s.model} · infrastructure ${s.infrastructure} · monitoring ${s.monitoring})`
    );
  const line = `Gate ${verdict(report)} · fail_on: ${clean2(report.gate.failOn)}`;
  lines.push("", report.passed ? paint("green", line) : paint("red", line));
  for (const r of report.gate.reasons) lines.push(`  - ${clean2(r)}`);
  return `${lines.join("\n")}
`;
};

// src/render/index.ts
var RENDERERS = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  html: renderHtml
};
function isFormat(name) {
  return Object.hasOwn(RENDERERS, name);
}

// src/engine/config-error-report.ts
function countWords(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const words = [`${errors} error${errors === 1 ? "" : "s"}`];
  if (warnings) words.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  return words.join(", ");
}
function buildConfigErrorReport(outcome, flag) {
  const { configFile } = outcome;
  const diagnostics = sortDiagnostics([...outcome.diagnostics]);
  const counts2 = countWords(diagnostics);
  const ran = outcome.report;
  const message = `${configFile} is invalid (${counts2}); ${ran ? "the checks it does not touch ran" : "nothing was checked"}`;
  const section = {
    id: "config",
    title: "Configuration",
    status: "failed",
    summary: `${configFile}: ${counts2}`,
    checks: [{ id: `config/${configFile}`, status: "failed", severity: "error", message, diagnostics }]
  };
  if (ran)
    return {
      ...ran,
      status: "config-error",
      passed: false,
      gate: { ...ran.gate, passed: false, reasons: [`configuration error: ${message}`, ...ran.gate.reasons] },
      sections: [section, ...ran.sections]
    };
  const environment = flag === void 0 ? {
    name: "unknown",
    source: "unresolved",
    detail: `${configFile} is invalid, so its environments are unknown`
  } : { name: flag, source: "flag", detail: "--env / environment input" };
  return {
    version: 1,
    tool: { name: "mlgate", version: VERSION },
    status: "config-error",
    environment,
    passed: false,
    // fail_on cannot be read from a broken config; "error" is its default and what a broken config is.
    gate: { passed: false, failOn: "error", reasons: [`configuration error: ${message}`] },
    sections: [section],
    comparisons: [],
    mlTestScore: scoreFromItems([]),
    baseline: { source: "none", reason: "the configuration is invalid" }
  };
}

export {
  parseConfig,
  resolveEnvironment,
  gatePolicy,
  evaluateGate,
  scoreFromItems,
  normalizeSections,
  buildReport,
  unzipSync,
  GitHubError,
  STAGES_BY_COMMAND,
  readTuning,
  CONFIG_NAMES,
  runMlgate,
  location,
  reportDiagnostics,
  prefixed,
  codeSpan,
  RENDERERS,
  isFormat,
  buildConfigErrorReport
};
