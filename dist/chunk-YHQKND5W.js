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
var chunk_YHQKND5W_exports = {};
__export(chunk_YHQKND5W_exports, {
  CONFIG_NAMES: () => CONFIG_NAMES,
  RENDERERS: () => RENDERERS,
  STAGES_BY_COMMAND: () => STAGES_BY_COMMAND,
  buildConfigErrorReport: () => buildConfigErrorReport,
  buildReport: () => buildReport,
  codeSpan: () => codeSpan,
  evaluateGate: () => evaluateGate,
  gatePolicy: () => gatePolicy,
  isFormat: () => isFormat,
  location: () => location,
  normalizeSections: () => normalizeSections,
  parseConfig: () => parseConfig,
  prefixed: () => prefixed,
  readTuning: () => readTuning,
  reportDiagnostics: () => reportDiagnostics,
  resolveEnvironment: () => resolveEnvironment,
  runMlgate: () => runMlgate,
  scoreFromItems: () => scoreFromItems
});
module.exports = __toCommonJS(chunk_YHQKND5W_exports);
var import_chunk_PMJDWGDD = require("./chunk-PMJDWGDD.js");
var import_chunk_HI6AAJID = require("./chunk-HI6AAJID.js");
var import_chunk_ZSXKQYUC = require("./chunk-ZSXKQYUC.js");
var import_chunk_A72DGWRH = require("./chunk-A72DGWRH.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_CBQHX6JX = require("./chunk-CBQHX6JX.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_7GL4YUX4 = require("./chunk-7GL4YUX4.js");
var import_chunk_IDCT4TUJ = require("./chunk-IDCT4TUJ.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_module = require("node:module");
var import_node_crypto = require("node:crypto");
var import_ucs2length2 = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_IDCT4TUJ.require_ucs2length)(), 1);
var import_ucs2length = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_IDCT4TUJ.require_ucs2length)(), 1);
var ucs2length = { default: typeof import_ucs2length.default === "function" ? import_ucs2length.default : import_ucs2length.default.default };
var mlgate_validator_generated_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mlgate.dev/schemas/mlgate.schema.json", "title": "mlgate.yml", "description": "Configuration of mlgate, the CI gate for machine-learning repositories.", "type": "object", "additionalProperties": false, "required": ["version"], "definitions": {}, "properties": { "$schema": { "type": "string", "description": "JSON Schema this file follows (for editors)." }, "version": { "const": 1, "description": "Version of the mlgate.yml format. Always 1." }, "environments": { "type": "object", "description": "Named environments; the first whose branches match the target branch is chosen.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "branches": { "type": "array", "items": { "type": "string" }, "description": "Branch globs (e.g. `main`, `release/*`) that select this environment." }, "default": { "type": "boolean", "description": "Chosen when no branch matches." }, "deploy": { "type": "boolean", "description": "Changes to this environment are deployed; shown in the scorecard." }, "description": { "type": "string", "description": "Free text for humans." } } } }, "lint": true, "data": true, "model": true, "tests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "run"], "description": "One of the team's own test suites.", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name shown in the scorecard." }, "run": { "type": "string", "minLength": 1, "description": "Shell command, run at the repository root." }, "junit": { "type": "string", "description": "JUnit XML file the command writes." }, "category": { "type": "string", "enum": ["data", "model", "infrastructure", "monitoring"], "description": "ML Test Score section the suite belongs to." }, "timeout": { "type": ["string", "number"], "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "errorMessage": "must be a duration such as 30s, 10m, 2h or 7d", "description": "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds." }, "env": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Extra environment variables." }, "pass_env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$", "description": "A variable name, exactly as the runner sets it (e.g. `ACTIONS_ID_TOKEN_REQUEST_TOKEN`)." }, "description": "Variables the suite gets although mlgate removes them by default: every `ACTIONS_*` (runtime, results, cache and OIDC request tokens and URLs), every `INPUT_*` (the action's inputs, its `github-token` among them), `GITHUB_TOKEN`, `GH_TOKEN`, `GITHUB_OUTPUT`, `GITHUB_STATE` and any variable holding one of those tokens. Named exactly; their values are still redacted from what is published. See docs/suites-environment.md." }, "severity": { "type": "string", "enum": ["error", "warning"], "description": "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`." } } }, "description": "The team's own test suites; their JUnit results join the scorecard." }, "compare": true, "gates": { "type": "object", "additionalProperties": false, "description": "When the run fails.", "properties": { "fail_on": { "type": "string", "enum": ["error", "warning", "never"], "description": "The gate fails on findings of this severity or worse; `never` only reports." }, "min_ml_test_score": { "type": "number", "minimum": 0, "maximum": 7, "description": "Lowest ML Test Score (final, the minimum over the four sections) that passes." }, "environments": { "type": "object", "description": "Per-environment overrides of the gate.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "errorMessage": "must start with a letter and use only letters, digits, `_`, `-` and `.`", "description": "An environment name, such as production, staging or dev." }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "fail_on": { "type": "string", "enum": ["error", "warning", "never"], "description": "The gate fails on findings of this severity or worse; `never` only reports." }, "min_ml_test_score": { "type": "number", "minimum": 0, "maximum": 7, "description": "Lowest ML Test Score (final, the minimum over the four sections) that passes." } } } } } }, "scorecard": { "type": "object", "additionalProperties": false, "description": "The scorecard posted on pull requests.", "properties": { "comment": { "type": "string", "enum": ["always", "on-change", "on-failure", "never"], "description": "When to post or update the PR comment." }, "charts": { "description": "Charts in the scorecard, the HTML report and `--charts` (all on by default; `false`: none).", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "roc": { "type": "boolean", "description": "ROC curve, head against base, with each AUC." }, "pr": { "type": "boolean", "description": "Precision-recall curve, head against base, with each average precision." }, "calibration": { "type": "boolean", "description": "Calibration curve: observed rate of positives per score bin." }, "slices": { "type": "boolean", "description": "Each slice's metric as bars, head against base." }, "drift": { "type": "boolean", "description": "Reference against current histograms of the drift columns that moved most." }, "drift_columns": { "type": "integer", "minimum": 1, "maximum": 10, "description": "How many drift columns get a chart, those that moved most first (default 3)." }, "trend": { "type": "boolean", "description": "Metrics over the last baselines (artifact baselines)." } } }] }, "ml_test_score": { "type": "object", "additionalProperties": false, "description": "The ML Test Score rubric (Breck et al., 2017).", "properties": { "manual": { "type": "object", "description": "Rubric items done by hand, with how (half a point each), e.g. `model.1: reviewed in PR template`.", "propertyNames": { "pattern": "^(data|model|infrastructure|monitoring)\\.[1-7]$", "errorMessage": "must be a rubric item such as data.1 or monitoring.7" }, "additionalProperties": { "type": "string", "minLength": 1 } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_chunk_HYYFA32R.lazyAjvRegExp;
var func4 = ucs2length.default;
var pattern0 = func3("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
var pattern1 = func3("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", "u");
var pattern2 = func3("^[A-Za-z_][A-Za-z0-9_-]*$", "u");
var pattern4 = func3("^(data|model|infrastructure|monitoring)\\.[1-7]$", "u");
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
    if (data.tests !== void 0) {
      let data9 = data.tests;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.name === void 0) {
              const err14 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.properties.tests.items.required, parentSchema: schema6.properties.tests.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data10.run === void 0) {
              const err15 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema6.properties.tests.items.required, parentSchema: schema6.properties.tests.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key4 in data10) {
              if (!(key4 === "name" || key4 === "run" || key4 === "junit" || key4 === "category" || key4 === "timeout" || key4 === "env" || key4 === "pass_env" || key4 === "severity")) {
                const err16 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.tests.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data10.name !== void 0) {
              let data11 = data10.name;
              if (typeof data11 === "string") {
                if (func4(data11) < 1) {
                  const err17 = { instancePath: instancePath + "/tests/" + i1 + "/name", schemaPath: "#/properties/tests/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.tests.items.properties.name, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/tests/" + i1 + "/name", schemaPath: "#/properties/tests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.name.type, parentSchema: schema6.properties.tests.items.properties.name, data: data11 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data10.run !== void 0) {
              let data12 = data10.run;
              if (typeof data12 === "string") {
                if (func4(data12) < 1) {
                  const err19 = { instancePath: instancePath + "/tests/" + i1 + "/run", schemaPath: "#/properties/tests/items/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.tests.items.properties.run, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/tests/" + i1 + "/run", schemaPath: "#/properties/tests/items/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.run.type, parentSchema: schema6.properties.tests.items.properties.run, data: data12 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data10.junit !== void 0) {
              let data13 = data10.junit;
              if (typeof data13 !== "string") {
                const err21 = { instancePath: instancePath + "/tests/" + i1 + "/junit", schemaPath: "#/properties/tests/items/properties/junit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.junit.type, parentSchema: schema6.properties.tests.items.properties.junit, data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data10.category !== void 0) {
              let data14 = data10.category;
              if (typeof data14 !== "string") {
                const err22 = { instancePath: instancePath + "/tests/" + i1 + "/category", schemaPath: "#/properties/tests/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.category.type, parentSchema: schema6.properties.tests.items.properties.category, data: data14 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (!(data14 === "data" || data14 === "model" || data14 === "infrastructure" || data14 === "monitoring")) {
                const err23 = { instancePath: instancePath + "/tests/" + i1 + "/category", schemaPath: "#/properties/tests/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema6.properties.tests.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.tests.items.properties.category.enum, parentSchema: schema6.properties.tests.items.properties.category, data: data14 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data10.timeout !== void 0) {
              let data15 = data10.timeout;
              if (typeof data15 !== "string" && !(typeof data15 == "number")) {
                const err24 = { instancePath: instancePath + "/tests/" + i1 + "/timeout", schemaPath: "#/properties/tests/items/properties/timeout/type", keyword: "type", params: { type: schema6.properties.tests.items.properties.timeout.type }, message: "must be string,number", schema: schema6.properties.tests.items.properties.timeout.type, parentSchema: schema6.properties.tests.items.properties.timeout, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data15 === "string") {
                if (!pattern1.test(data15)) {
                  const err25 = { instancePath: instancePath + "/tests/" + i1 + "/timeout", schemaPath: "#/properties/tests/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$", parentSchema: schema6.properties.tests.items.properties.timeout, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data10.env !== void 0) {
              let data16 = data10.env;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key5 in data16) {
                  let data17 = data16[key5];
                  if (typeof data17 !== "string") {
                    const err26 = { instancePath: instancePath + "/tests/" + i1 + "/env/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/items/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.env.additionalProperties.type, parentSchema: schema6.properties.tests.items.properties.env.additionalProperties, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/tests/" + i1 + "/env", schemaPath: "#/properties/tests/items/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.tests.items.properties.env.type, parentSchema: schema6.properties.tests.items.properties.env, data: data16 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data10.pass_env !== void 0) {
              let data18 = data10.pass_env;
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data19 = data18[i2];
                  if (typeof data19 === "string") {
                    if (!pattern2.test(data19)) {
                      const err28 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env/" + i2, schemaPath: "#/properties/tests/items/properties/pass_env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_-]*$", parentSchema: schema6.properties.tests.items.properties.pass_env.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env/" + i2, schemaPath: "#/properties/tests/items/properties/pass_env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.pass_env.items.type, parentSchema: schema6.properties.tests.items.properties.pass_env.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                let i3 = data18.length;
                let j0;
                if (i3 > 1) {
                  const indices0 = {};
                  for (; i3--; ) {
                    let item0 = data18[i3];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err30 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env", schemaPath: "#/properties/tests/items/properties/pass_env/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema6.properties.tests.items.properties.pass_env, data: data18 };
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
                const err31 = { instancePath: instancePath + "/tests/" + i1 + "/pass_env", schemaPath: "#/properties/tests/items/properties/pass_env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.tests.items.properties.pass_env.type, parentSchema: schema6.properties.tests.items.properties.pass_env, data: data18 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data10.severity !== void 0) {
              let data20 = data10.severity;
              if (typeof data20 !== "string") {
                const err32 = { instancePath: instancePath + "/tests/" + i1 + "/severity", schemaPath: "#/properties/tests/items/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.tests.items.properties.severity.type, parentSchema: schema6.properties.tests.items.properties.severity, data: data20 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (!(data20 === "error" || data20 === "warning")) {
                const err33 = { instancePath: instancePath + "/tests/" + i1 + "/severity", schemaPath: "#/properties/tests/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.properties.tests.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.tests.items.properties.severity.enum, parentSchema: schema6.properties.tests.items.properties.severity, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.tests.items.type, parentSchema: schema6.properties.tests.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.tests.type, parentSchema: schema6.properties.tests, data: data9 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data21 = data.gates;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key6 in data21) {
          if (!(key6 === "fail_on" || key6 === "min_ml_test_score" || key6 === "environments")) {
            const err36 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.gates, data: data21 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data21.fail_on !== void 0) {
          let data22 = data21.fail_on;
          if (typeof data22 !== "string") {
            const err37 = { instancePath: instancePath + "/gates/fail_on", schemaPath: "#/properties/gates/properties/fail_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.gates.properties.fail_on.type, parentSchema: schema6.properties.gates.properties.fail_on, data: data22 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (!(data22 === "error" || data22 === "warning" || data22 === "never")) {
            const err38 = { instancePath: instancePath + "/gates/fail_on", schemaPath: "#/properties/gates/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema6.properties.gates.properties.fail_on.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.gates.properties.fail_on.enum, parentSchema: schema6.properties.gates.properties.fail_on, data: data22 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data21.min_ml_test_score !== void 0) {
          let data23 = data21.min_ml_test_score;
          if (typeof data23 == "number") {
            if (data23 > 7 || isNaN(data23)) {
              const err39 = { instancePath: instancePath + "/gates/min_ml_test_score", schemaPath: "#/properties/gates/properties/min_ml_test_score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema6.properties.gates.properties.min_ml_test_score, data: data23 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data23 < 0 || isNaN(data23)) {
              const err40 = { instancePath: instancePath + "/gates/min_ml_test_score", schemaPath: "#/properties/gates/properties/min_ml_test_score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.gates.properties.min_ml_test_score, data: data23 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/gates/min_ml_test_score", schemaPath: "#/properties/gates/properties/min_ml_test_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.properties.gates.properties.min_ml_test_score.type, parentSchema: schema6.properties.gates.properties.min_ml_test_score, data: data23 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data21.environments !== void 0) {
          let data24 = data21.environments;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key7 in data24) {
              const _errs57 = errors;
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
              var valid14 = _errs57 === errors;
              if (!valid14) {
                const err43 = { instancePath: instancePath + "/gates/environments", schemaPath: "#/properties/gates/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema6.properties.gates.properties.environments.propertyNames, parentSchema: schema6.properties.gates.properties.environments, data: data24 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            for (const key8 in data24) {
              let data25 = data24[key8];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key9 in data25) {
                  if (!(key9 === "fail_on" || key9 === "min_ml_test_score")) {
                    const err44 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.gates.properties.environments.additionalProperties, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data25.fail_on !== void 0) {
                  let data26 = data25.fail_on;
                  if (typeof data26 !== "string") {
                    const err45 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/fail_on", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/fail_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on.type, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                  if (!(data26 === "error" || data26 === "warning" || data26 === "never")) {
                    const err46 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/fail_on", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on.enum, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.fail_on, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data25.min_ml_test_score !== void 0) {
                  let data27 = data25.min_ml_test_score;
                  if (typeof data27 == "number") {
                    if (data27 > 7 || isNaN(data27)) {
                      const err47 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_ml_test_score", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/min_ml_test_score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (data27 < 0 || isNaN(data27)) {
                      const err48 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_ml_test_score", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/min_ml_test_score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_ml_test_score", schemaPath: "#/properties/gates/properties/environments/additionalProperties/properties/min_ml_test_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score.type, parentSchema: schema6.properties.gates.properties.environments.additionalProperties.properties.min_ml_test_score, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/gates/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.gates.properties.environments.additionalProperties.type, parentSchema: schema6.properties.gates.properties.environments.additionalProperties, data: data25 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/gates/environments", schemaPath: "#/properties/gates/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.gates.properties.environments.type, parentSchema: schema6.properties.gates.properties.environments, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.gates.type, parentSchema: schema6.properties.gates, data: data21 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.scorecard !== void 0) {
      let data28 = data.scorecard;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key10 in data28) {
          if (!(key10 === "comment" || key10 === "charts" || key10 === "ml_test_score")) {
            const err53 = { instancePath: instancePath + "/scorecard", schemaPath: "#/properties/scorecard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.scorecard, data: data28 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data28.comment !== void 0) {
          let data29 = data28.comment;
          if (typeof data29 !== "string") {
            const err54 = { instancePath: instancePath + "/scorecard/comment", schemaPath: "#/properties/scorecard/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.scorecard.properties.comment.type, parentSchema: schema6.properties.scorecard.properties.comment, data: data29 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (!(data29 === "always" || data29 === "on-change" || data29 === "on-failure" || data29 === "never")) {
            const err55 = { instancePath: instancePath + "/scorecard/comment", schemaPath: "#/properties/scorecard/properties/comment/enum", keyword: "enum", params: { allowedValues: schema6.properties.scorecard.properties.comment.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.scorecard.properties.comment.enum, parentSchema: schema6.properties.scorecard.properties.comment, data: data29 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data28.charts !== void 0) {
          let data30 = data28.charts;
          const _errs72 = errors;
          let valid18 = false;
          let passing0 = null;
          const _errs73 = errors;
          if (typeof data30 !== "boolean") {
            const err56 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[0].type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[0], data: data30 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid0 = _errs73 === errors;
          if (_valid0) {
            valid18 = true;
            passing0 = 0;
          }
          const _errs75 = errors;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            for (const key11 in data30) {
              if (!(key11 === "roc" || key11 === "pr" || key11 === "calibration" || key11 === "slices" || key11 === "drift" || key11 === "drift_columns" || key11 === "trend")) {
                const err57 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1], data: data30 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data30.roc !== void 0) {
              let data31 = data30.roc;
              if (typeof data31 !== "boolean") {
                const err58 = { instancePath: instancePath + "/scorecard/charts/roc", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/roc/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.roc.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.roc, data: data31 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data30.pr !== void 0) {
              let data32 = data30.pr;
              if (typeof data32 !== "boolean") {
                const err59 = { instancePath: instancePath + "/scorecard/charts/pr", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/pr/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.pr.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.pr, data: data32 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data30.calibration !== void 0) {
              let data33 = data30.calibration;
              if (typeof data33 !== "boolean") {
                const err60 = { instancePath: instancePath + "/scorecard/charts/calibration", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/calibration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.calibration.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.calibration, data: data33 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data30.slices !== void 0) {
              let data34 = data30.slices;
              if (typeof data34 !== "boolean") {
                const err61 = { instancePath: instancePath + "/scorecard/charts/slices", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/slices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.slices.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.slices, data: data34 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data30.drift !== void 0) {
              let data35 = data30.drift;
              if (typeof data35 !== "boolean") {
                const err62 = { instancePath: instancePath + "/scorecard/charts/drift", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift, data: data35 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data30.drift_columns !== void 0) {
              let data36 = data30.drift_columns;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                const err63 = { instancePath: instancePath + "/scorecard/charts/drift_columns", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift_columns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns, data: data36 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data36 == "number") {
                if (data36 > 10 || isNaN(data36)) {
                  const err64 = { instancePath: instancePath + "/scorecard/charts/drift_columns", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift_columns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data36 < 1 || isNaN(data36)) {
                  const err65 = { instancePath: instancePath + "/scorecard/charts/drift_columns", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/drift_columns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.drift_columns, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            if (data30.trend !== void 0) {
              let data37 = data30.trend;
              if (typeof data37 !== "boolean") {
                const err66 = { instancePath: instancePath + "/scorecard/charts/trend", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/properties/trend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.trend.type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1].properties.trend, data: data37 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.properties.charts.oneOf[1].type, parentSchema: schema6.properties.scorecard.properties.charts.oneOf[1], data: data30 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          var _valid0 = _errs75 === errors;
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
            const err68 = { instancePath: instancePath + "/scorecard/charts", schemaPath: "#/properties/scorecard/properties/charts/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema6.properties.scorecard.properties.charts.oneOf, parentSchema: schema6.properties.scorecard.properties.charts, data: data30 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          } else {
            errors = _errs72;
            if (vErrors !== null) {
              if (_errs72) {
                vErrors.length = _errs72;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data28.ml_test_score !== void 0) {
          let data38 = data28.ml_test_score;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key12 in data38) {
              if (!(key12 === "manual")) {
                const err69 = { instancePath: instancePath + "/scorecard/ml_test_score", schemaPath: "#/properties/scorecard/properties/ml_test_score/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.scorecard.properties.ml_test_score, data: data38 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data38.manual !== void 0) {
              let data39 = data38.manual;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                for (const key13 in data39) {
                  const _errs97 = errors;
                  if (typeof key13 === "string") {
                    if (!pattern4.test(key13)) {
                      const err70 = { instancePath: instancePath + "/scorecard/ml_test_score/manual", schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(data|model|infrastructure|monitoring)\\.[1-7]$" }, message: 'must match pattern "^(data|model|infrastructure|monitoring)\\.[1-7]$"', schema: "^(data|model|infrastructure|monitoring)\\.[1-7]$", parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.propertyNames, data: key13, propertyName: key13 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                  var valid21 = _errs97 === errors;
                  if (!valid21) {
                    const err71 = { instancePath: instancePath + "/scorecard/ml_test_score/manual", schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/propertyNames", keyword: "propertyNames", params: { propertyName: key13 }, message: "property name must be valid", schema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.propertyNames, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                for (const key14 in data39) {
                  let data40 = data39[key14];
                  if (typeof data40 === "string") {
                    if (func4(data40) < 1) {
                      const err72 = { instancePath: instancePath + "/scorecard/ml_test_score/manual/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.additionalProperties, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/scorecard/ml_test_score/manual/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.additionalProperties.type, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.additionalProperties, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/scorecard/ml_test_score/manual", schemaPath: "#/properties/scorecard/properties/ml_test_score/properties/manual/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.properties.ml_test_score.properties.manual.type, parentSchema: schema6.properties.scorecard.properties.ml_test_score.properties.manual, data: data39 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/scorecard/ml_test_score", schemaPath: "#/properties/scorecard/properties/ml_test_score/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.properties.ml_test_score.type, parentSchema: schema6.properties.scorecard.properties.ml_test_score, data: data38 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/scorecard", schemaPath: "#/properties/scorecard/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scorecard.type, parentSchema: schema6.properties.scorecard, data: data28 };
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
var BLOCK_NAMES = ["lint", "data", "model", "compare"];
var blockValidators = /* @__PURE__ */ new Map();
var UCS2LENGTH = {
  default: typeof import_ucs2length2.default === "function" ? import_ucs2length2.default : import_ucs2length2.default.default
};
function blockValidator(name) {
  let validate = blockValidators.get(name);
  if (!validate) {
    const make = (0, import_node_module.createRequire)(__mlgateUrl)(`./config-block-${name}.generated.cjs`);
    validate = make(UCS2LENGTH, import_chunk_HYYFA32R.lazyAjvRegExp);
    blockValidators.set(name, validate);
  }
  return validate;
}
var configValidator = ((data) => {
  const errors = [];
  if (!mlgate_validator_generated_default(data)) errors.push(...mlgate_validator_generated_default.errors ?? []);
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    const record = data;
    for (const key of BLOCK_NAMES) {
      if (record[key] === void 0) continue;
      const validate = blockValidator(key);
      const at = { instancePath: `/${key}`, parentData: record, parentDataProperty: key, rootData: record };
      if (!validate(record[key], { ...at, dynamicAnchors: {} })) errors.push(...validate.errors ?? []);
    }
  }
  configValidator.errors = errors.length ? errors : null;
  return errors.length === 0;
});
function parseConfig(text, file, review) {
  const parsed = (0, import_chunk_MJ6LNWCQ.parseYaml)(text, file);
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
  diagnostics.push(...(0, import_chunk_CBQHX6JX.validateDocument)(configValidator, parsed.document, file));
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
      message: (0, import_chunk_CBQHX6JX.withVia)(w.message, where2),
      file,
      path: w.path,
      range: where2.range
    };
    if (w.hint) d.hint = w.hint;
    diagnostics.push(d);
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: (0, import_chunk_CBQHX6JX.sortDiagnostics)(diagnostics) };
  return { config, diagnostics, document };
}
var import_picomatch = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_HFP5IKVS.require_picomatch)(), 1);
var FALLBACK_ENVIRONMENT = "dev";
var UnknownEnvironmentError = class extends Error {
};
function resolveEnvironment(config, ctx) {
  const envs = config.environments ?? {};
  const names = Object.keys(envs);
  if (ctx.flag !== void 0) {
    if (names.length > 0 && !names.includes(ctx.flag)) {
      const guess = (0, import_chunk_CBQHX6JX.closest)(ctx.flag, names);
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
var SECTION_ORDER = ["config", "lint", "data", "model", "tests", "compare"];
function normalizeSections(sections) {
  return [...sections].sort((a, b) => SECTION_ORDER.indexOf(a.id) - SECTION_ORDER.indexOf(b.id)).map((s) => ({
    ...s,
    checks: [...s.checks].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((c) => ({ ...c, diagnostics: (0, import_chunk_CBQHX6JX.sortDiagnostics)([...c.diagnostics]) }))
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
    tool: { name: "mlgate", version: import_chunk_HI6AAJID.VERSION },
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
async function commitTime(root) {
  const { execFile } = await Promise.resolve().then(() => __toESM(require("node:child_process")));
  return new Promise((resolve) => {
    execFile("git", ["log", "-1", "--format=%ct", "HEAD"], { cwd: root, timeout: 1e4 }, (err, stdout) => {
      const seconds = Number(String(stdout).trim());
      resolve(err || !Number.isFinite(seconds) || seconds <= 0 ? void 0 : seconds * 1e3);
    });
  });
}
var card = (id, load) => ({ ...(0, import_chunk_P3AQRZ4Z.stageHead)(id), load });
var STAGE_CARDS = [
  card("lint", async () => (await Promise.resolve().then(() => __toESM(require("./chunk-LHJR3DUX.js")))).lintStage),
  card("data", async () => (await Promise.resolve().then(() => __toESM(require("./chunk-4ZZ3B2CA.js")))).dataStage),
  card("model", async () => (await Promise.resolve().then(() => __toESM(require("./chunk-MHAPEFPC.js")))).modelStage),
  card("tests", async () => (await Promise.resolve().then(() => __toESM(require("./chunk-A3CI22DP.js")))).testsStage),
  card("compare", async () => (await Promise.resolve().then(() => __toESM(require("./chunk-K6QUI4TL.js")))).compareStage)
];
function stageCard(id) {
  const found = STAGE_CARDS.find((c) => c.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
}
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
        note: `mlgate ${import_chunk_HI6AAJID.VERSION} cannot run the \`${stage.key}:\` block yet, so none of its checks ran`
      }
    };
  }
  try {
    const result = await stage.run(ctx);
    return "section" in result ? result : { section: result };
  } catch (err) {
    throw new Error(`the ${stage.title} stage crashed`, { cause: err });
  }
}
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
  const metrics = comparing ? [...(0, import_chunk_Y2MZXBRO.asList)(config.compare?.metrics), ...(0, import_chunk_Y2MZXBRO.asList)(config.compare?.params)] : [];
  for (const file of metrics) files.push({ file, maxBytes: import_chunk_A72DGWRH.BASELINE_MAX_BYTES.metrics });
  const predictions = comparing ? (await Promise.resolve().then(() => __toESM(require("./chunk-VPXHHT57.js")))).pairedSource(config) : void 0;
  if (predictions) files.push({ file: predictions.path, maxBytes: import_chunk_A72DGWRH.BASELINE_MAX_BYTES.predictions });
  if (comparing && (0, import_chunk_ZSXKQYUC.baseSliceIds)(config).size)
    files.push({ file: import_chunk_ZSXKQYUC.BASE_REPORT, maxBytes: import_chunk_A72DGWRH.BASELINE_MAX_BYTES.report });
  for (const ds of drifting)
    for (const file of await workspace.glob((0, import_chunk_Y2MZXBRO.asList)(ds.path)))
      files.push({ file, maxBytes: import_chunk_A72DGWRH.BASELINE_MAX_BYTES.data });
  return { files, trend: comparing ? (0, import_chunk_Y2MZXBRO.asList)(config.compare?.metrics) : [] };
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
      const { prepareBaseline } = await Promise.resolve().then(() => __toESM(require("./chunk-2TY6MRTR.js")));
      prepared = await prepareBaseline(workspace, config.compare ?? {}, request, needs, temp, github);
    } catch (err) {
      throw new Error("the baseline could not be prepared", { cause: err });
    }
    inputs.baseline = prepared.baseline;
    inputs.remove = prepared.remove;
  }
  return inputs;
}
var DROPPED = /* @__PURE__ */ Symbol("dropped");
function mark(root, path) {
  let node = root;
  for (const step of path.slice(0, -1)) {
    const next = node?.[step];
    if (next === null || typeof next !== "object") return;
    node = next;
  }
  const last = path[path.length - 1];
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
function resolveEnvironmentNames(sink, config) {
  const known = Object.keys(config.environments ?? {});
  if (!known.length) return;
  const check = (name, path, where2) => {
    if (!known.includes(name))
      sink.unknown(
        { path, key: true },
        "names/environment",
        `${where2} names the environment "${name}", which environments: does not define`,
        name,
        known,
        path
      );
  };
  for (const name of Object.keys(config.gates?.environments ?? {}))
    check(name, ["gates", "environments", name], "gates.environments");
  const lint = config.lint;
  const targets = Array.isArray(lint) ? lint : lint?.targets ?? [];
  const at = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  targets.forEach((t, i) => {
    for (const name of Object.keys(t.environments ?? {}))
      check(name, [...at, i, "environments", name], "a lint schema overlay");
  });
  const leak = Array.isArray(lint) ? void 0 : lint?.rules?.["env-leak"];
  const markers = typeof leak === "object" ? leak.markers : void 0;
  for (const name of Object.keys(markers ?? {}))
    check(name, ["lint", "rules", "env-leak", "markers", name], "env-leak markers");
}
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
    const guess = (0, import_chunk_CBQHX6JX.closest)(name, known);
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
      message: (0, import_chunk_CBQHX6JX.withVia)(message, where2),
      file: this.file,
      path: site.path,
      range: where2.range
    };
  }
};
async function resolveNames(command, config, doc, configFile, workspace) {
  const sink = new NameSink(doc, configFile);
  (0, import_chunk_PMJDWGDD.resolvePathNames)(sink, config, workspace.root);
  resolveEnvironmentNames(sink, config);
  const runs = (stage) => stageRuns(command, stageCard(stage), config);
  if (runs("data") || runs("model") || runs("compare")) {
    const { dataNames, modelNames, compareNames } = await Promise.resolve().then(() => __toESM(require("./chunk-YRHHDCRY.js")));
    if (runs("data")) await dataNames(sink, config, workspace);
    if (runs("model")) await modelNames(sink, config, workspace);
    if (runs("compare")) await compareNames(sink, config, workspace);
  }
  return { config: withoutPaths(config, sink.drops), diagnostics: (0, import_chunk_CBQHX6JX.sortDiagnostics)(sink.diagnostics) };
}
function readTuning(env) {
  const tuning = {};
  const threads = Number(env.MLGATE_THREADS);
  if (env.MLGATE_THREADS && Number.isInteger(threads) && threads > 0) tuning.threads = threads;
  if (env.MLGATE_FAST_PATH === "0") tuning.fastPath = false;
  return tuning;
}
var CONFIG_NAMES = ["mlgate.yml", "mlgate.yaml"];
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
  let text;
  try {
    text = await workspace.readText(configFile, MAX_CONFIG_BYTES);
  } catch (err) {
    if (err instanceof import_chunk_TEV5JGM7.WorkspaceError)
      return { kind: "usage-error", message: `cannot read the config: ${err.message}` };
    throw err;
  }
  let parsed = parseConfig(text, configFile);
  if (parsed.config?.data !== void 0) {
    const { dataConfigFindings } = await Promise.resolve().then(() => __toESM(require("./chunk-5SIOUP2V.js")));
    parsed = reviewConfig(parsed, configFile, dataConfigFindings);
  }
  if (!parsed.config || !parsed.document)
    return { kind: "config-error", configFile, diagnostics: parsed.diagnostics };
  let environment;
  try {
    environment = resolveEnvironment(parsed.config, { ...branch, flag: settings.environment });
  } catch (err) {
    if (err instanceof UnknownEnvironmentError) return { kind: "usage-error", message: err.message };
    throw err;
  }
  const names = await resolveNames(settings.command, parsed.config, parsed.document, configFile, workspace);
  const { config } = names;
  const diagnostics = (0, import_chunk_CBQHX6JX.sortDiagnostics)([...parsed.diagnostics, ...names.diagnostics]);
  const temp = (0, import_chunk_3B363WQ3.createTempSpace)((0, import_chunk_3B363WQ3.tempRoot)(settings.temp));
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
  const num2 = (v) => v === null ? "–" : (0, import_chunk_CPTRZ6QP.formatMetric)(v);
  const sign = (v) => v > 0 ? "+" : "";
  const arrow = c.direction === "higher" ? " ↑" : c.direction === "lower" ? " ↓" : "";
  let delta = "";
  if (c.delta !== null) {
    delta = `${sign(c.delta)}${(0, import_chunk_CPTRZ6QP.formatMetric)(c.delta)}`;
    if (c.deltaPercent != null && c.delta !== 0)
      delta += ` (${sign(c.deltaPercent)}${(0, import_chunk_CPTRZ6QP.formatMetric)(c.deltaPercent)}%)`;
  }
  let test = "";
  if (c.pValue !== void 0) test = `p = ${(0, import_chunk_CPTRZ6QP.formatMetric)(c.pValue)}`;
  if (c.interval)
    test = `${Math.round(c.interval.confidence * 100)}% CI [${(0, import_chunk_CPTRZ6QP.formatMetric)(c.interval.low)}, ${(0, import_chunk_CPTRZ6QP.formatMetric)(c.interval.high)}]`;
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
  const pct = (v) => `${(0, import_chunk_CPTRZ6QP.formatMetric)(100 * v)}%`;
  const out = [];
  for (const c of report.comparisons) {
    const d = c.detectable;
    if (!d) continue;
    const word = c.direction === "lower" ? "rises" : "drops";
    const relative = c.base ? ` (${(0, import_chunk_CPTRZ6QP.formatEstimate)(100 * d.change / Math.abs(c.base))}%)` : "";
    out.push(
      `${c.metric}: this gate can see ${word} of ${(0, import_chunk_CPTRZ6QP.formatEstimate)(d.change)}${relative} or more, with ${pct(d.power)} power at ${pct(d.confidence)} confidence on ${d.n.toLocaleString("en-US")} pairs`
    );
  }
  return out;
}
function otherReasons(report) {
  const failing = failingChecks(report);
  const said = new Set(failing.map(({ section, check }) => `${section.title}: ${check.message}`));
  for (const c of report.comparisons)
    if (c.status === "failed" || c.status === "warning") said.add(`Compare: ${c.metric} regressed`);
  const messages = failing.map(({ check }) => `: ${check.message}`);
  return report.gate.reasons.filter((r) => !said.has(r) && !messages.some((m) => r.endsWith(m)));
}
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
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
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
  if (mine && theirs && (mine.length !== theirs.length || mine.some((c, i) => c !== theirs[i]))) {
    const categories = [...mine, ...theirs.filter((c) => !mine.includes(c))];
    const line = (s, from) => ({
      ...s,
      values: categories.map((c) => {
        const i = from.indexOf(c);
        return i === -1 ? null : s.values[i] ?? null;
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
  return charts.map((c, i) => ({ c, i })).sort((a, b) => ORDER.indexOf(a.c.kind) - ORDER.indexOf(b.c.kind) || a.i - b.i).map(({ c }) => c);
}
function areaWords(chart) {
  if (!chart.area) return "";
  const name = chart.kind === "pr" ? "AP" : "AUC";
  const sides = Object.keys(chart.area).sort(
    (a, b) => a === "head" ? -1 : b === "head" ? 1 : a < b ? -1 : 1
  );
  return sides.map((s) => `${s} ${name} ${chart.area[s].toFixed(4)}`).join(" · ");
}
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
var ENTITIES2 = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;"
};
var AUTOLINK = /:(?=\/\/)|\bwww(?=\.)/gi;
function escapeMarkdown(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(/[\\`*_{}[\]()#+!~]/g, "\\$&").replace(/[&<>|]/g, (c) => ENTITIES2[c]).replace(/@/g, "@&#8203;").replace(AUTOLINK, "$&&#8203;");
}
function escapeHtmlText(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(AUTOLINK, "$&​").replace(/[&<>"|@#]/g, (c) => ENTITIES2[c] ?? `${c}&#8203;`).replace(/\u200b/g, "&#8203;");
}
function codeSpan(text, table2 = false) {
  let clean3 = text.replace(/\r?\n|\r/g, " ");
  if (table2) clean3 = clean3.replace(/\|/g, "\\|");
  if (clean3 === "") return "` `";
  const longest = Math.max(0, ...(clean3.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = clean3.startsWith("`") || clean3.endsWith("`") || /^ .* $/.test(clean3) ? " " : "";
  return `${fence}${pad}${clean3}${pad}${fence}`;
}
function markdownText(text, table2 = false) {
  const parts = text.split("`");
  if (parts.length % 2 === 0 || parts.length === 1) return escapeMarkdown(text);
  return parts.map((p, i) => i % 2 ? codeSpan(p, table2) : escapeMarkdown(p)).join("");
}
function linkUrl(url) {
  return url.replace(
    /[()<>\s"'`\\[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
var SERIES_COLOR = {
  head: ["#0969da", "blue"],
  current: ["#0969da", "blue"],
  base: ["#bc4c00", "orange"],
  reference: ["#8c959f", "grey"],
  "perfectly calibrated": ["#8c959f", "grey"]
};
var OTHER = ["#0969da", "blue"];
var colorOf = (s) => SERIES_COLOR[s.name] ?? OTHER;
function label(text) {
  return text.replace(/[^\p{L}\p{N} .:/=,()%·—+_-]/gu, "_").slice(0, 120);
}
function num(v) {
  const r = Math.round(v * 1e4) / 1e4;
  return Object.is(r, -0) ? "0" : String(r).includes("e") ? r.toFixed(6) : String(r);
}
function drawnAs(chart, i) {
  return chart.style === "bar" && i === 0 ? "bar" : "line";
}
function legend(chart) {
  return chart.series.map((s, i) => {
    const what = chart.style === "bar" ? `${drawnAs(chart, i) === "bar" ? "bars" : "line"}: ` : "";
    return `${what}${s.name} (${colorOf(s)[1]})`;
  }).join(" · ");
}
function axisAndSeries(chart) {
  const n = Math.max(...chart.series.map((s) => s.values.length));
  const positions = Array.from({ length: n }, (_, i) => i);
  const complete = positions.filter((i) => chart.series.every((s) => s.values[i] != null));
  const keep = chart.style === "line" ? complete : positions;
  const numeric = chart.x.categories === void 0 && chart.x.min !== void 0 && chart.x.max !== void 0;
  let axis;
  if (numeric && keep.length === n)
    axis = `x-axis "${label(chart.x.label)}" ${num(chart.x.min)} --> ${num(chart.x.max)}`;
  else {
    const at = (i) => chart.x.categories?.[i] ?? num(chart.x.min + (chart.x.max - chart.x.min) * i / Math.max(1, n - 1));
    axis = `x-axis "${label(chart.x.label)}" [${keep.map((i) => `"${label(at(i))}"`).join(", ")}]`;
  }
  const series = chart.series.map(
    (s, j) => `  ${drawnAs(chart, j)} [${keep.map((i) => num(s.values[i] ?? 0)).join(", ")}]`
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
function codeBlock(text, indent) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const body = text.replace(/\r/g, "").split("\n").map((l) => `${indent}${l}`);
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
  const text = codeSpan(location(d));
  const l = options.links;
  if (!l) return text;
  const file = [options.pathPrefix, d.file].filter(Boolean).join("/");
  const path = (p) => p.split("/").map(encodeURIComponent).join("/");
  const url = `${l.serverUrl.replace(/\/+$/, "")}/${path(l.repository)}/blob/${encodeURIComponent(l.sha)}/${path(
    file
  )}${d.range ? `#L${d.range.start.line + 1}` : ""}`;
  return `[${text}](${linkUrl(url)})`;
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
    const x = comparisonCells(c);
    const mark2 = c.status === "failed" ? "❌ " : c.status === "warning" ? "⚠️ " : "";
    return [
      escapeMarkdown(x.metric),
      x.base,
      x.head,
      x.delta,
      escapeMarkdown(x.test),
      `${mark2}${x.status}`
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
  let text = render(report, options, 0);
  const max = options.maxLength;
  if (max === void 0) return text;
  for (const level of [1, 2, 3]) {
    if (text.length <= max) return text;
    text = render(report, options, level);
  }
  return text;
};
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
  for (let i = 0; i <= 4; i++) {
    const v = chart.y.min + (chart.y.max - chart.y.min) * i / 4;
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
function xAxis(chart, n, x) {
  const out = [];
  const base = M.top + PH;
  if (chart.x.categories) {
    const every = Math.ceil(n / 12);
    chart.x.categories.forEach((c, i) => {
      if (i % every) return;
      const label2 = c.length > 14 ? `${c.slice(0, 13)}…` : c;
      out.push(
        `<text class="tick" x="${f(x(i))}" y="${base + 14}" text-anchor="middle">${escapeHtml(label2)}</text>`
      );
    });
  } else {
    const lo = chart.x.min ?? 0;
    const hi = chart.x.max ?? n - 1;
    for (let i = 0; i <= 4; i++) {
      const px = M.left + PW * i / 4;
      out.push(
        `<text class="tick" x="${f(px)}" y="${base + 14}" text-anchor="middle">${escapeHtml(tick(lo + (hi - lo) * i / 4))}</text>`
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
  const x = (i) => bars || chart.x.categories ? M.left + (i + 0.5) * PW / n : M.left + (n === 1 ? PW / 2 : i * PW / (n - 1));
  const parts = [...yAxis(chart, y), ...xAxis(chart, n, x)];
  const barSeries = bars ? chart.series : [];
  const slot = PW / n;
  const bw = slot * 0.8 / Math.max(1, barSeries.length);
  chart.series.forEach((s, k) => {
    const color = colorOf(s)[0];
    if (bars) {
      s.values.forEach((v, i) => {
        if (v === null) return;
        const left = M.left + i * slot + slot * 0.1 + k * bw;
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
    s.values.forEach((v, i) => {
      if (v === null) flush();
      else run.push(`${f(x(i))},${f(y(v))}`);
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
  const parts = rows.map((r, i) => {
    const y = i * rowH + 1;
    const label2 = r.value.length > 14 ? `${r.value.slice(0, 13)}…` : r.value;
    const w = Math.max(1, r.count / most * barW);
    const other = i >= top.values.length;
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
    (r, i) => `<tr>${columns.map((_, j) => {
      const cell = r[j] ?? "";
      return `<td${numeric.test(cell) ? ' class="num"' : ""}>${escapeHtml(cell)}</td>`;
    }).join("")}${extra ? `<td>${extra.cells[i] ?? ""}</td>` : ""}</tr>`
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
    const x = comparisonCells(c);
    const interval = c.interval ? `[${(0, import_chunk_CPTRZ6QP.formatMetric)(c.interval.low)}, ${(0, import_chunk_CPTRZ6QP.formatMetric)(c.interval.high)}] at ${Math.round(c.interval.confidence * 100)}%` : "";
    const detect = c.detectable ? (0, import_chunk_CPTRZ6QP.formatMetric)(c.detectable.change) : "";
    return [
      x.metric,
      x.base,
      x.head,
      x.delta,
      interval,
      c.pValue === void 0 ? "" : (0, import_chunk_CPTRZ6QP.formatMetric)(c.pValue),
      c.test ?? "",
      detect,
      x.status
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
  const items = report.mlTestScore.items.map((i) => [i.id, i.section, String(i.points), i.how, i.by]);
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
var renderJson = (report) => `${JSON.stringify((0, import_chunk_7GL4YUX4.toJsonReport)(report), null, 2)}
`;
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
    const fingerprint = (0, import_node_crypto.createHash)("sha256").update(`${d.code}\0${uri}\0${d.message}`).digest("hex").slice(0, 32);
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
var clean = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
function brailleLines(chart, color) {
  const w = COLS * 2;
  const h = ROWS * 4;
  const bits = Array.from({ length: ROWS }, () => new Array(COLS).fill(0));
  const owner = Array.from({ length: ROWS }, () => new Array(COLS).fill(-1));
  const span = chart.y.max - chart.y.min || 1;
  const set = (px, py, k) => {
    const cx = Math.min(COLS - 1, Math.max(0, Math.floor(px / 2)));
    const cy = Math.min(ROWS - 1, Math.max(0, Math.floor(py / 4)));
    bits[cy][cx] |= DOT[Math.min(1, Math.max(0, Math.round(px) - cx * 2))][Math.min(3, Math.max(0, Math.round(py) - cy * 4))];
    owner[cy][cx] = k;
  };
  chart.series.forEach((s, k) => {
    const n = s.values.length;
    const at = (i, v) => [
      n === 1 ? w / 2 : i * (w - 1) / (n - 1),
      (h - 1) * (1 - (Math.min(Math.max(v, chart.y.min), chart.y.max) - chart.y.min) / span)
    ];
    for (let i = 0; i < n; i++) {
      const v = s.values[i];
      if (v == null) continue;
      const [x1, y1] = at(i, v);
      const next = s.values[i + 1];
      if (next == null) {
        set(x1, y1, k);
        continue;
      }
      const [x2, y2] = at(i + 1, next);
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1))));
      for (let t = 0; t <= steps; t++) set(x1 + (x2 - x1) * t / steps, y1 + (y2 - y1) * t / steps, k);
    }
  });
  const top = short(chart.y.max);
  const bottom = short(chart.y.min);
  const pad = Math.max(top.length, bottom.length);
  const lines = bits.map((row, r) => {
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
  labels.forEach((label2, i) => {
    chart.series.forEach((s, k) => {
      const v = s.values[i];
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
function clean2(text) {
  return text.replace(LINE_BREAK, "⏎").replace(CONTROL, "").replace(/\t/g, " ");
}
function cleanLines(text) {
  return text.split(LINE_BREAK).map(clean2);
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
var MAX_PROBLEM_CHECKS = 50;
var MAX_REASONS = 20;
var renderTerminal = (report, options = {}) => {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
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
    const perSection = /* @__PURE__ */ new Map();
    const hidden = /* @__PURE__ */ new Map();
    const listed = failing.filter(({ section, check }) => {
      const n = (perSection.get(section) ?? 0) + 1;
      perSection.set(section, n);
      if (options.fullReport === void 0 || n <= MAX_PROBLEM_CHECKS) return true;
      const h = hidden.get(section) ?? { checks: 0, findings: 0 };
      h.checks++;
      h.findings += check.diagnostics.length;
      hidden.set(section, h);
      return false;
    });
    for (const { section, check } of listed) {
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
    if (hidden.size) {
      const parts = [...hidden].map(([section, { checks, findings: findings2 }]) => {
        const found = findings2 ? ` (${findings2} finding${findings2 === 1 ? "" : "s"})` : "";
        return `${checks} more checks with problems in ${clean2(section.title)}${found}`;
      });
      lines.push(paint("dim", `  … and ${parts.join("; ")}. ${clean2(options.fullReport ?? "")}`));
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
  const others = new Set(otherReasons(report));
  let repeated = 0;
  for (const r of report.gate.reasons) {
    if (others.has(r) || ++repeated <= MAX_REASONS) lines.push(`  - ${clean2(r)}`);
  }
  if (repeated > MAX_REASONS) lines.push(`  - … and ${repeated - MAX_REASONS} more`);
  return `${lines.join("\n")}
`;
};
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
function countWords(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const words = [`${errors} error${errors === 1 ? "" : "s"}`];
  if (warnings) words.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  return words.join(", ");
}
function buildConfigErrorReport(outcome, flag) {
  const { configFile } = outcome;
  const diagnostics = (0, import_chunk_CBQHX6JX.sortDiagnostics)([...outcome.diagnostics]);
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
    tool: { name: "mlgate", version: import_chunk_HI6AAJID.VERSION },
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CONFIG_NAMES,
  RENDERERS,
  STAGES_BY_COMMAND,
  buildConfigErrorReport,
  buildReport,
  codeSpan,
  evaluateGate,
  gatePolicy,
  isFormat,
  location,
  normalizeSections,
  parseConfig,
  prefixed,
  readTuning,
  reportDiagnostics,
  resolveEnvironment,
  runMlgate,
  scoreFromItems
});
