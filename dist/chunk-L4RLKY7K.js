"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_L4RLKY7K_exports = {};
__export(chunk_L4RLKY7K_exports, {
  default: () => mlgate_schema_default
});
module.exports = __toCommonJS(chunk_L4RLKY7K_exports);
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var mlgate_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://mlgate.dev/schemas/mlgate.schema.json",
  title: "mlgate.yml",
  description: "Configuration of mlgate, the CI gate for machine-learning repositories.",
  type: "object",
  additionalProperties: false,
  required: [
    "version"
  ],
  definitions: {
    column: {
      type: "object",
      additionalProperties: false,
      description: "Expectations on one column.",
      properties: {
        format: {
          type: "string",
          description: "Date/timestamp format, e.g. `YYYY-MM-DD` or `iso8601` (the default)."
        },
        type: {
          type: "string",
          enum: [
            "integer",
            "number",
            "string",
            "boolean",
            "date",
            "timestamp"
          ],
          description: "Every non-missing value must parse as this type."
        },
        min: {
          type: "number",
          description: "Smallest allowed value."
        },
        max: {
          type: "number",
          description: "Largest allowed value."
        },
        allowed: {
          type: "array",
          description: "The only values allowed (categories).",
          items: {
            type: [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        regex: {
          type: "string",
          description: "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround)."
        },
        unique: {
          type: "boolean",
          description: "No value may appear twice."
        },
        outliers: {
          type: "object",
          additionalProperties: false,
          description: "Values far from the bulk of the column.",
          properties: {
            zscore: {
              type: "number",
              exclusiveMinimum: 0,
              description: "A value more than this many standard deviations from the mean is an outlier."
            },
            iqr: {
              type: "number",
              exclusiveMinimum: 0,
              description: "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual)."
            },
            max_percent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "Percentage of outliers tolerated."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        freshness: {
          type: "object",
          additionalProperties: false,
          required: [
            "max_age"
          ],
          description: "The newest timestamp must be recent.",
          properties: {
            max_age: {
              type: [
                "string",
                "number"
              ],
              pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
              errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
              description: "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds."
            },
            since: {
              type: "string",
              enum: [
                "now",
                "commit"
              ],
              description: "Measure age from now (default) or from the run's commit time."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        missing: {
          type: "object",
          additionalProperties: false,
          description: "How many values may be missing (empty, null, NA).",
          properties: {
            max: {
              type: "integer",
              minimum: 0,
              description: "At most this many missing values."
            },
            max_percent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "At most this percentage of missing values."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        not_constant: {
          description: "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.",
          type: [
            "boolean",
            "object"
          ],
          additionalProperties: false,
          properties: {
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        mean: {
          type: "object",
          additionalProperties: false,
          description: "Bounds on the mean of the column's non-missing numbers.",
          properties: {
            min: {
              type: "number",
              description: "Fails when the value is below this."
            },
            max: {
              type: "number",
              description: "Fails when the value is above this."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        std: {
          type: "object",
          additionalProperties: false,
          description: "Bounds on the sample standard deviation (ddof = 1) of the column's numbers.",
          properties: {
            min: {
              type: "number",
              description: "Fails when the value is below this."
            },
            max: {
              type: "number",
              description: "Fails when the value is above this."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        median: {
          type: "object",
          additionalProperties: false,
          description: "Bounds on the median of the column's non-missing numbers.",
          properties: {
            min: {
              type: "number",
              description: "Fails when the value is below this."
            },
            max: {
              type: "number",
              description: "Fails when the value is above this."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        quantiles: {
          type: "object",
          description: 'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          },
          patternProperties: {
            "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": {
              type: "object",
              additionalProperties: false,
              description: "Bounds on this quantile.",
              properties: {
                min: {
                  type: "number",
                  description: "Fails when the value is below this."
                },
                max: {
                  type: "number",
                  description: "Fails when the value is above this."
                },
                severity: {
                  type: "string",
                  enum: [
                    "error",
                    "warning"
                  ],
                  description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                }
              }
            }
          }
        },
        distinct: {
          type: "object",
          additionalProperties: false,
          description: "Bounds on the number of distinct non-missing values.",
          properties: {
            min: {
              type: "number",
              description: "Fails when the value is below this."
            },
            max: {
              type: "number",
              description: "Fails when the value is above this."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        string_length: {
          type: "object",
          additionalProperties: false,
          description: "Bounds on the length in characters of each non-missing value, as written.",
          properties: {
            min: {
              type: "number",
              description: "Fails when the value is below this."
            },
            max: {
              type: "number",
              description: "Fails when the value is above this."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        max_percent: {
          type: "number",
          minimum: 0,
          maximum: 100,
          description: "Percentage of rows allowed to violate this column's checks (type, range, allowed, regex)."
        },
        severity: {
          type: "string",
          enum: [
            "error",
            "warning"
          ],
          description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
        }
      }
    }
  },
  properties: {
    $schema: {
      type: "string",
      description: "JSON Schema this file follows (for editors)."
    },
    version: {
      const: 1,
      description: "Version of the mlgate.yml format. Always 1."
    },
    environments: {
      type: "object",
      description: "Named environments; the first whose branches match the target branch is chosen.",
      propertyNames: {
        pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
        errorMessage: "must start with a letter and use only letters, digits, `_`, `-` and `.`",
        description: "An environment name, such as production, staging or dev."
      },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          branches: {
            type: "array",
            items: {
              type: "string"
            },
            description: "Branch globs (e.g. `main`, `release/*`) that select this environment."
          },
          default: {
            type: "boolean",
            description: "Chosen when no branch matches."
          },
          deploy: {
            type: "boolean",
            description: "Changes to this environment are deployed; shown in the scorecard."
          },
          description: {
            type: "string",
            description: "Free text for humans."
          }
        }
      }
    },
    lint: {
      description: "Config linting: a list of targets, or a mapping with `targets`, `rules` and `max_file_size`.",
      if: {
        type: "array"
      },
      then: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: [
            "files"
          ],
          description: "A set of config files and the schema they must satisfy.",
          properties: {
            files: {
              type: [
                "string",
                "array"
              ],
              items: {
                type: "string"
              },
              description: "Glob(s) of files to lint, relative to the repository root, e.g. `configs/**/*.yaml`. `{env}` in a glob stands for a name under `environments:` (`configs/{env}/**/*.yaml`): a file it matches for E belongs to environment E, and other names are not matched. Overlays, `x-mlgate-env` and the env-leak rule apply to a file only in a run of its own environment; in another environment's run it is still validated, against its base schema only (it is not skipped). Files of a glob without `{env}` belong to the run's environment."
            },
            exclude: {
              type: [
                "string",
                "array"
              ],
              items: {
                type: "string"
              },
              description: "Glob(s) of files to leave out; `{env}` leaves out the same environment's files."
            },
            schema: {
              type: "string",
              description: "Base JSON Schema: a path in the repository, or `builtin:NAME` (dvc, mlflow-project, kedro-catalog, mlgate)."
            },
            environments: {
              type: "object",
              description: "Per-environment overlay schemas: in environment E the files must satisfy the base schema AND E's overlay (with `{env}` in `files`, only E's files).",
              propertyNames: {
                pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
                errorMessage: "must start with a letter and use only letters, digits, `_`, `-` and `.`",
                description: "An environment name, such as production, staging or dev."
              },
              additionalProperties: {
                type: "object",
                additionalProperties: false,
                required: [
                  "schema"
                ],
                properties: {
                  schema: {
                    type: "string",
                    description: "Overlay schema for this environment (path or builtin:NAME)."
                  }
                }
              }
            }
          }
        }
      },
      else: {
        type: "object",
        additionalProperties: false,
        properties: {
          targets: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: [
                "files"
              ],
              description: "A set of config files and the schema they must satisfy.",
              properties: {
                files: {
                  type: [
                    "string",
                    "array"
                  ],
                  items: {
                    type: "string"
                  },
                  description: "Glob(s) of files to lint, relative to the repository root, e.g. `configs/**/*.yaml`. `{env}` in a glob stands for a name under `environments:` (`configs/{env}/**/*.yaml`): a file it matches for E belongs to environment E, and other names are not matched. Overlays, `x-mlgate-env` and the env-leak rule apply to a file only in a run of its own environment; in another environment's run it is still validated, against its base schema only (it is not skipped). Files of a glob without `{env}` belong to the run's environment."
                },
                exclude: {
                  type: [
                    "string",
                    "array"
                  ],
                  items: {
                    type: "string"
                  },
                  description: "Glob(s) of files to leave out; `{env}` leaves out the same environment's files."
                },
                schema: {
                  type: "string",
                  description: "Base JSON Schema: a path in the repository, or `builtin:NAME` (dvc, mlflow-project, kedro-catalog, mlgate)."
                },
                environments: {
                  type: "object",
                  description: "Per-environment overlay schemas: in environment E the files must satisfy the base schema AND E's overlay (with `{env}` in `files`, only E's files).",
                  propertyNames: {
                    pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
                    errorMessage: "must start with a letter and use only letters, digits, `_`, `-` and `.`",
                    description: "An environment name, such as production, staging or dev."
                  },
                  additionalProperties: {
                    type: "object",
                    additionalProperties: false,
                    required: [
                      "schema"
                    ],
                    properties: {
                      schema: {
                        type: "string",
                        description: "Overlay schema for this environment (path or builtin:NAME)."
                      }
                    }
                  }
                }
              }
            },
            description: "Sets of files and the schemas they must satisfy."
          },
          rules: {
            type: "object",
            additionalProperties: false,
            description: "Built-in rules beyond JSON Schema, applied to every linted file.",
            properties: {
              "env-leak": {
                description: "In environment E, a string value that mentions another environment's markers (e.g. `backtest` in production).",
                if: {
                  type: "string"
                },
                then: {
                  type: "string",
                  enum: [
                    "error",
                    "warning",
                    "off"
                  ],
                  description: "Severity of this rule's findings, or `off` to disable it."
                },
                else: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning",
                        "off"
                      ],
                      description: "Severity of this rule's findings, or `off` to disable it."
                    },
                    markers: {
                      type: "object",
                      description: "Per environment, the words that must not appear in its configs.",
                      propertyNames: {
                        pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
                        errorMessage: "must start with a letter and use only letters, digits, `_`, `-` and `.`",
                        description: "An environment name, such as production, staging or dev."
                      },
                      additionalProperties: {
                        type: "array",
                        items: {
                          type: "string",
                          minLength: 1
                        }
                      }
                    }
                  }
                }
              },
              secrets: {
                description: "Hard-coded credentials: cloud access keys, private keys, tokens, passwords in URLs.",
                if: {
                  type: "string"
                },
                then: {
                  type: "string",
                  enum: [
                    "error",
                    "warning",
                    "off"
                  ],
                  description: "Severity of this rule's findings, or `off` to disable it."
                },
                else: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning",
                        "off"
                      ],
                      description: "Severity of this rule's findings, or `off` to disable it."
                    }
                  }
                }
              },
              "yaml-truthy": {
                description: "YAML 1.1 booleans (yes/no/on/off) that other tools read differently.",
                if: {
                  type: "string"
                },
                then: {
                  type: "string",
                  enum: [
                    "error",
                    "warning",
                    "off"
                  ],
                  description: "Severity of this rule's findings, or `off` to disable it."
                },
                else: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning",
                        "off"
                      ],
                      description: "Severity of this rule's findings, or `off` to disable it."
                    }
                  }
                }
              },
              "duplicate-key": {
                description: "The same key twice in one mapping.",
                if: {
                  type: "string"
                },
                then: {
                  type: "string",
                  enum: [
                    "error",
                    "warning",
                    "off"
                  ],
                  description: "Severity of this rule's findings, or `off` to disable it."
                },
                else: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning",
                        "off"
                      ],
                      description: "Severity of this rule's findings, or `off` to disable it."
                    }
                  }
                }
              },
              "paths-exist": {
                description: "Keys naming local paths: the path must exist and stay inside the repository.",
                if: {
                  type: "string"
                },
                then: {
                  type: "string",
                  enum: [
                    "error",
                    "warning",
                    "off"
                  ],
                  description: "Severity of this rule's findings, or `off` to disable it."
                },
                else: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning",
                        "off"
                      ],
                      description: "Severity of this rule's findings, or `off` to disable it."
                    },
                    keys: {
                      type: "array",
                      items: {
                        type: "string"
                      },
                      description: "Key globs whose values are paths, e.g. `**.path`, `**.*_path`."
                    }
                  }
                }
              }
            }
          },
          max_file_size: {
            type: "string",
            pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB)$",
            errorMessage: "must be a size such as 512KB or 10MB",
            description: "Files over this size are reported, not parsed (default 10MB)."
          }
        }
      }
    },
    data: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "name"
        ],
        if: {
          not: {
            anyOf: [
              {
                required: [
                  "source"
                ]
              },
              {
                required: [
                  "splits"
                ]
              }
            ]
          }
        },
        then: {
          required: [
            "path"
          ],
          properties: {
            path: {
              type: [
                "string",
                "array"
              ],
              items: {
                type: "string"
              },
              description: "File(s) or glob(s): csv, tsv, json (array of records), jsonl, parquet, optionally .gz."
            }
          }
        },
        else: {
          not: {
            anyOf: [
              {
                required: [
                  "path"
                ]
              },
              {
                required: [
                  "source",
                  "splits"
                ]
              }
            ]
          },
          errorMessage: "takes one of path (files), source (a table or a query) or splits (train and test files)"
        },
        description: "One dataset: a file or a glob of files read as one table, or a table or query (`source`).",
        properties: {
          name: {
            type: "string",
            minLength: 1,
            description: "Name shown in the scorecard."
          },
          path: {
            type: [
              "string",
              "array"
            ],
            items: {
              type: "string"
            },
            description: "File(s) or glob(s): csv, tsv, json (array of records), jsonl, parquet, optionally .gz."
          },
          source: {
            type: "object",
            additionalProperties: false,
            required: [
              "engine"
            ],
            description: "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.",
            properties: {
              engine: {
                type: "string",
                enum: [
                  "postgres",
                  "duckdb"
                ],
                description: "The engine that runs the checks."
              },
              url: {
                type: "string",
                pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$",
                errorMessage: "must be env:NAME, the environment variable that holds the connection URL",
                description: "PostgreSQL: `env:NAME`, the environment variable holding the connection URL."
              },
              path: {
                type: "string",
                minLength: 1,
                description: "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table."
              },
              database: {
                type: "string",
                minLength: 1,
                description: "DuckDB: a database file in the repository, opened read-only."
              },
              table: {
                type: "string",
                pattern: "^[^.]+(\\.[^.]+)?$",
                errorMessage: "must be table or schema.table",
                description: "The table, `table` or `schema.table`."
              },
              query: {
                type: "string",
                minLength: 1,
                description: "One SELECT statement whose rows are checked."
              },
              timeout: {
                type: [
                  "string",
                  "number"
                ],
                pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
                errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
                description: "Statement timeout (default 10m)."
              }
            }
          },
          splits: {
            type: "object",
            additionalProperties: false,
            required: [
              "train",
              "test"
            ],
            description: "Train and test splits checked against each other (docs/checks-splits.md): rows in both (leakage), class balance, test categories never seen in train, the same columns and types. Two files, or two SQL sources of one engine and database. An entry with `splits` takes no `path` or `source`.",
            properties: {
              train: {
                description: "The training split: one file in the repository, or a table or query where the data lives (as `data[].source`; `test` then names the same engine and database).",
                anyOf: [
                  {
                    type: "string",
                    minLength: 1
                  },
                  {
                    type: "object",
                    additionalProperties: false,
                    required: [
                      "engine"
                    ],
                    description: "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.",
                    properties: {
                      engine: {
                        type: "string",
                        enum: [
                          "postgres",
                          "duckdb"
                        ],
                        description: "The engine that runs the checks."
                      },
                      url: {
                        type: "string",
                        pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$",
                        errorMessage: "must be env:NAME, the environment variable that holds the connection URL",
                        description: "PostgreSQL: `env:NAME`, the environment variable holding the connection URL."
                      },
                      path: {
                        type: "string",
                        minLength: 1,
                        description: "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table."
                      },
                      database: {
                        type: "string",
                        minLength: 1,
                        description: "DuckDB: a database file in the repository, opened read-only."
                      },
                      table: {
                        type: "string",
                        pattern: "^[^.]+(\\.[^.]+)?$",
                        errorMessage: "must be table or schema.table",
                        description: "The table, `table` or `schema.table`."
                      },
                      query: {
                        type: "string",
                        minLength: 1,
                        description: "One SELECT statement whose rows are checked."
                      },
                      timeout: {
                        type: [
                          "string",
                          "number"
                        ],
                        pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
                        errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
                        description: "Statement timeout (default 10m)."
                      }
                    }
                  }
                ]
              },
              test: {
                description: "The test split: one file in the repository, or a table or query of train's engine and database.",
                anyOf: [
                  {
                    type: "string",
                    minLength: 1
                  },
                  {
                    type: "object",
                    additionalProperties: false,
                    required: [
                      "engine"
                    ],
                    description: "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.",
                    properties: {
                      engine: {
                        type: "string",
                        enum: [
                          "postgres",
                          "duckdb"
                        ],
                        description: "The engine that runs the checks."
                      },
                      url: {
                        type: "string",
                        pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$",
                        errorMessage: "must be env:NAME, the environment variable that holds the connection URL",
                        description: "PostgreSQL: `env:NAME`, the environment variable holding the connection URL."
                      },
                      path: {
                        type: "string",
                        minLength: 1,
                        description: "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table."
                      },
                      database: {
                        type: "string",
                        minLength: 1,
                        description: "DuckDB: a database file in the repository, opened read-only."
                      },
                      table: {
                        type: "string",
                        pattern: "^[^.]+(\\.[^.]+)?$",
                        errorMessage: "must be table or schema.table",
                        description: "The table, `table` or `schema.table`."
                      },
                      query: {
                        type: "string",
                        minLength: 1,
                        description: "One SELECT statement whose rows are checked."
                      },
                      timeout: {
                        type: [
                          "string",
                          "number"
                        ],
                        pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
                        errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
                        description: "Statement timeout (default 10m)."
                      }
                    }
                  }
                ]
              },
              key: {
                description: "The columns two rows are the same on: a list of columns, or `all_columns` (the default: whole rows).",
                anyOf: [
                  {
                    const: "all_columns"
                  },
                  {
                    type: "array",
                    items: {
                      type: "string"
                    },
                    minItems: 1
                  }
                ]
              },
              label: {
                type: "string",
                minLength: 1,
                description: "The label column: its class shares are compared."
              },
              max_leaked_rows: {
                type: "integer",
                minimum: 0,
                description: "Test rows whose key is also in train that are tolerated (default 0)."
              },
              max_class_shift: {
                type: "number",
                minimum: 0,
                maximum: 1,
                description: "Largest difference of one class's share of the rows between train and test, from 0 to 1 (default 0.1: ten points)."
              },
              categories: {
                description: "Columns whose test values must all appear in train: `auto` (the default: text columns with at most 1,000 distinct values in train and at least 10 rows per value), a list, or `false`.",
                anyOf: [
                  {
                    const: "auto"
                  },
                  {
                    const: false
                  },
                  {
                    type: "array",
                    items: {
                      type: "string"
                    },
                    minItems: 1
                  }
                ]
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
              }
            }
          },
          format: {
            type: "string",
            enum: [
              "csv",
              "tsv",
              "json",
              "jsonl",
              "parquet"
            ],
            description: "Format, when the extension does not say it."
          },
          delimiter: {
            type: "string",
            minLength: 1,
            maxLength: 1,
            description: "Field delimiter for delimited text (default: `,` for csv, tab for tsv)."
          },
          columns: {
            type: "object",
            description: "Expectations per column, keyed by column name.",
            additionalProperties: {
              type: "object",
              additionalProperties: false,
              description: "Expectations on one column.",
              properties: {
                format: {
                  type: "string",
                  description: "Date/timestamp format, e.g. `YYYY-MM-DD` or `iso8601` (the default)."
                },
                type: {
                  type: "string",
                  enum: [
                    "integer",
                    "number",
                    "string",
                    "boolean",
                    "date",
                    "timestamp"
                  ],
                  description: "Every non-missing value must parse as this type."
                },
                min: {
                  type: "number",
                  description: "Smallest allowed value."
                },
                max: {
                  type: "number",
                  description: "Largest allowed value."
                },
                allowed: {
                  type: "array",
                  description: "The only values allowed (categories).",
                  items: {
                    type: [
                      "string",
                      "number",
                      "boolean"
                    ]
                  }
                },
                regex: {
                  type: "string",
                  description: "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround)."
                },
                unique: {
                  type: "boolean",
                  description: "No value may appear twice."
                },
                outliers: {
                  type: "object",
                  additionalProperties: false,
                  description: "Values far from the bulk of the column.",
                  properties: {
                    zscore: {
                      type: "number",
                      exclusiveMinimum: 0,
                      description: "A value more than this many standard deviations from the mean is an outlier."
                    },
                    iqr: {
                      type: "number",
                      exclusiveMinimum: 0,
                      description: "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual)."
                    },
                    max_percent: {
                      type: "number",
                      minimum: 0,
                      maximum: 100,
                      description: "Percentage of outliers tolerated."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                freshness: {
                  type: "object",
                  additionalProperties: false,
                  required: [
                    "max_age"
                  ],
                  description: "The newest timestamp must be recent.",
                  properties: {
                    max_age: {
                      type: [
                        "string",
                        "number"
                      ],
                      pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
                      errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
                      description: "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds."
                    },
                    since: {
                      type: "string",
                      enum: [
                        "now",
                        "commit"
                      ],
                      description: "Measure age from now (default) or from the run's commit time."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                missing: {
                  type: "object",
                  additionalProperties: false,
                  description: "How many values may be missing (empty, null, NA).",
                  properties: {
                    max: {
                      type: "integer",
                      minimum: 0,
                      description: "At most this many missing values."
                    },
                    max_percent: {
                      type: "number",
                      minimum: 0,
                      maximum: 100,
                      description: "At most this percentage of missing values."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                not_constant: {
                  description: "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.",
                  type: [
                    "boolean",
                    "object"
                  ],
                  additionalProperties: false,
                  properties: {
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                mean: {
                  type: "object",
                  additionalProperties: false,
                  description: "Bounds on the mean of the column's non-missing numbers.",
                  properties: {
                    min: {
                      type: "number",
                      description: "Fails when the value is below this."
                    },
                    max: {
                      type: "number",
                      description: "Fails when the value is above this."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                std: {
                  type: "object",
                  additionalProperties: false,
                  description: "Bounds on the sample standard deviation (ddof = 1) of the column's numbers.",
                  properties: {
                    min: {
                      type: "number",
                      description: "Fails when the value is below this."
                    },
                    max: {
                      type: "number",
                      description: "Fails when the value is above this."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                median: {
                  type: "object",
                  additionalProperties: false,
                  description: "Bounds on the median of the column's non-missing numbers.",
                  properties: {
                    min: {
                      type: "number",
                      description: "Fails when the value is below this."
                    },
                    max: {
                      type: "number",
                      description: "Fails when the value is above this."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                quantiles: {
                  type: "object",
                  description: 'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.',
                  additionalProperties: false,
                  minProperties: 1,
                  properties: {
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  },
                  patternProperties: {
                    "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": {
                      type: "object",
                      additionalProperties: false,
                      description: "Bounds on this quantile.",
                      properties: {
                        min: {
                          type: "number",
                          description: "Fails when the value is below this."
                        },
                        max: {
                          type: "number",
                          description: "Fails when the value is above this."
                        },
                        severity: {
                          type: "string",
                          enum: [
                            "error",
                            "warning"
                          ],
                          description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                        }
                      }
                    }
                  }
                },
                distinct: {
                  type: "object",
                  additionalProperties: false,
                  description: "Bounds on the number of distinct non-missing values.",
                  properties: {
                    min: {
                      type: "number",
                      description: "Fails when the value is below this."
                    },
                    max: {
                      type: "number",
                      description: "Fails when the value is above this."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                string_length: {
                  type: "object",
                  additionalProperties: false,
                  description: "Bounds on the length in characters of each non-missing value, as written.",
                  properties: {
                    min: {
                      type: "number",
                      description: "Fails when the value is below this."
                    },
                    max: {
                      type: "number",
                      description: "Fails when the value is above this."
                    },
                    severity: {
                      type: "string",
                      enum: [
                        "error",
                        "warning"
                      ],
                      description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                    }
                  }
                },
                max_percent: {
                  type: "number",
                  minimum: 0,
                  maximum: 100,
                  description: "Percentage of rows allowed to violate this column's checks (type, range, allowed, regex)."
                },
                severity: {
                  type: "string",
                  enum: [
                    "error",
                    "warning"
                  ],
                  description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                }
              }
            }
          },
          row_count: {
            type: "object",
            additionalProperties: false,
            description: "Bounds on the number of rows.",
            properties: {
              min: {
                type: "number",
                description: "Fails when the value is below this."
              },
              max: {
                type: "number",
                description: "Fails when the value is above this."
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
              }
            }
          },
          allow_extra_columns: {
            type: "boolean",
            description: "When false, a column not listed under `columns` is an error. Default true."
          },
          drift: {
            type: "object",
            additionalProperties: false,
            required: [
              "reference"
            ],
            allOf: [
              {
                not: {
                  required: [
                    "threshold",
                    "thresholds"
                  ]
                },
                errorMessage: "takes `threshold` or `thresholds`, not both"
              }
            ],
            description: "Distribution drift of columns against a reference.",
            properties: {
              reference: {
                description: "A reference data file, or `baseline` for the same file on the target branch; for a dataset with a SQL `source`, also `{ table }` or `{ query }` in the same database.",
                anyOf: [
                  {
                    type: "string"
                  },
                  {
                    type: "object",
                    additionalProperties: false,
                    minProperties: 1,
                    maxProperties: 1,
                    description: "A table or a query of the dataset's SQL source (docs/sql-sources.md).",
                    properties: {
                      table: {
                        type: "string",
                        pattern: "^[^.]+(\\.[^.]+)?$",
                        description: "The reference table, `table` or `schema.table`."
                      },
                      query: {
                        type: "string",
                        minLength: 1,
                        description: "One SELECT statement: the reference rows."
                      }
                    }
                  }
                ]
              },
              columns: {
                type: "array",
                items: {
                  type: "string"
                },
                description: "Columns to compare (default: all shared columns). At most 20,000: drift of a wider file without `columns` is an error that asks for them."
              },
              method: {
                type: "string",
                enum: [
                  "auto",
                  "psi",
                  "ks",
                  "js",
                  "chi2",
                  "wasserstein"
                ],
                description: "Statistic: population stability index, Kolmogorov-Smirnov, Jensen-Shannon distance, chi-square, normalised Wasserstein; `auto` picks by column type and sample size."
              },
              threshold: {
                type: "number",
                minimum: 0,
                description: "The bound of the statistic `method` names: for psi, js and wasserstein drift above it fails; for ks and chi2 a p-value below it fails. With `auto` it is deprecated (it would bound a p-value on some columns and a statistic on others): write `thresholds`."
              },
              thresholds: {
                type: "object",
                additionalProperties: false,
                description: "A bound per statistic, for `auto` (which picks the statistic per column) or a named `method`; a statistic not given keeps its default. Not together with `threshold`.",
                properties: {
                  psi: {
                    type: "number",
                    minimum: 0,
                    description: 'Upper bound on the population stability index: PSI above it fails (default 0.2, the usual "significant shift").'
                  },
                  ks_p: {
                    type: "number",
                    minimum: 0,
                    maximum: 1,
                    description: "Lower bound on the Kolmogorov-Smirnov p-value: a p-value below it fails (default 0.05)."
                  },
                  js: {
                    type: "number",
                    minimum: 0,
                    maximum: 1,
                    description: "Upper bound on the Jensen-Shannon distance (base 2, 0 to 1): a distance above it fails (default 0.1)."
                  },
                  chi2_p: {
                    type: "number",
                    minimum: 0,
                    maximum: 1,
                    description: "Lower bound on the chi-square p-value: a p-value below it fails (default 0.05)."
                  },
                  wasserstein: {
                    type: "number",
                    minimum: 0,
                    description: "Upper bound on the Wasserstein distance in reference standard deviations: a distance above it fails (default 0.1)."
                  }
                }
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
              }
            }
          },
          unique: {
            type: "array",
            description: "Compound keys: each entry is a list of columns whose combination must be unique.",
            items: {
              type: "array",
              items: {
                type: "string"
              },
              minItems: 1
            }
          },
          one_hot: {
            type: "array",
            description: "One-hot groups: in each row exactly one column of the group is 1.",
            items: {
              type: "array",
              items: {
                type: "string"
              },
              minItems: 2
            }
          },
          labels: {
            type: "object",
            additionalProperties: false,
            required: [
              "column"
            ],
            description: "The label column and its checks (docs/checks-splits.md): conflicting labels and single-feature target leakage.",
            properties: {
              column: {
                type: "string",
                minLength: 1,
                description: "The label column."
              },
              features: {
                type: "array",
                items: {
                  type: "string"
                },
                minItems: 1,
                description: "The feature columns (default: every column but the label and `exclude`)."
              },
              exclude: {
                type: "array",
                items: {
                  type: "string"
                },
                description: "Columns that are not features (identifiers, timestamps), when `features` is not given."
              },
              conflicts: {
                type: "boolean",
                description: "Fail on rows with the same features and different labels (default true)."
              },
              leakage: {
                type: "boolean",
                description: "Fail on a single feature that predicts the label above `max_score` (default true)."
              },
              max_score: {
                type: "number",
                minimum: 0.5,
                maximum: 1,
                description: "Largest AUC (binary label) or R² (numeric label) one feature may reach alone (default 0.95)."
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of these checks counts (default: the dataset's severity)."
              }
            }
          },
          compare_columns: {
            type: "array",
            description: 'Rules between two columns of the same row, e.g. `{ left: start_date, op: "<=", right: end_date }`.',
            items: {
              type: "object",
              additionalProperties: false,
              required: [
                "left",
                "op",
                "right"
              ],
              properties: {
                left: {
                  type: "string",
                  minLength: 1,
                  description: "The column on the left."
                },
                op: {
                  type: "string",
                  enum: [
                    "<",
                    "<=",
                    "==",
                    "!=",
                    ">=",
                    ">"
                  ],
                  description: "`<`, `<=`, `==`, `!=`, `>=` or `>`: numbers compare as numbers, ISO dates/timestamps as instants, otherwise only `==`/`!=` apply (as text)."
                },
                right: {
                  type: "string",
                  minLength: 1,
                  description: "The column on the right."
                },
                max_percent: {
                  type: "number",
                  minimum: 0,
                  maximum: 100,
                  description: "Percentage of compared rows allowed to violate the rule (default 0)."
                },
                severity: {
                  type: "string",
                  enum: [
                    "error",
                    "warning"
                  ],
                  description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                }
              }
            }
          },
          foreign_key: {
            type: [
              "object",
              "array"
            ],
            additionalProperties: false,
            required: [
              "column",
              "reference_column"
            ],
            properties: {
              column: {
                type: "string",
                minLength: 1,
                description: "The column holding the keys."
              },
              reference: {
                type: "string",
                minLength: 1,
                description: "The reference file (a path in the repository, as `path`), for a dataset of files."
              },
              reference_table: {
                type: "string",
                minLength: 1,
                description: "The reference table (`schema.table`) in the same database, for a dataset with a `source`."
              },
              reference_column: {
                type: "string",
                minLength: 1,
                description: "The reference's key column."
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
              }
            },
            description: "`{ column, reference: FILE, reference_column }` (or `reference_table:` for SQL sources), or a list of them.",
            items: {
              type: "object",
              additionalProperties: false,
              required: [
                "column",
                "reference_column"
              ],
              properties: {
                column: {
                  type: "string",
                  minLength: 1,
                  description: "The column holding the keys."
                },
                reference: {
                  type: "string",
                  minLength: 1,
                  description: "The reference file (a path in the repository, as `path`), for a dataset of files."
                },
                reference_table: {
                  type: "string",
                  minLength: 1,
                  description: "The reference table (`schema.table`) in the same database, for a dataset with a `source`."
                },
                reference_column: {
                  type: "string",
                  minLength: 1,
                  description: "The reference's key column."
                },
                severity: {
                  type: "string",
                  enum: [
                    "error",
                    "warning"
                  ],
                  description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                }
              }
            }
          },
          where: {
            type: "array",
            description: "Conditional checks: each entry applies column checks to the rows its `condition` selects (docs/checks-relationships.md).",
            items: {
              type: "object",
              additionalProperties: false,
              required: [
                "condition",
                "columns"
              ],
              properties: {
                name: {
                  type: "string",
                  minLength: 1,
                  pattern: "^[^/]+$",
                  errorMessage: "must be a name without `/`",
                  description: "Name in check ids (`data/<dataset>/where/<name>/<column>/<check>`); default: its position, 1, 2, …"
                },
                condition: {
                  type: "object",
                  description: 'Which rows: `{ column, equals }`, `{ column, in: [...] }`, `{ column, missing: true }`, `{ column, op: ">=", value }`, `{ and: [...] }`, `{ or: [...] }`, `{ not: {...} }`.'
                },
                columns: {
                  type: "object",
                  description: "Expectations per column on the selected rows: the options of `columns:` (but `unique`).",
                  additionalProperties: {
                    $ref: "#/definitions/column",
                    type: "object",
                    description: "One column's options on the selected rows, as under `data.columns.<name>`."
                  }
                },
                severity: {
                  type: "string",
                  enum: [
                    "error",
                    "warning"
                  ],
                  description: "Severity of this block's checks (default: the dataset's)."
                }
              }
            }
          },
          severity: {
            type: "string",
            enum: [
              "error",
              "warning"
            ],
            description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
          }
        }
      },
      description: "Datasets and the checks each must pass."
    },
    model: {
      type: "object",
      additionalProperties: false,
      description: "Model quality: metric thresholds, metrics computed from predictions, slices, budgets.",
      properties: {
        metrics: {
          type: [
            "string",
            "array"
          ],
          items: {
            type: "string"
          },
          description: "Metrics file(s), JSON or YAML; nested keys are flattened with dots (`latency_ms.p95`)."
        },
        thresholds: {
          type: "object",
          description: "Bounds per metric name (globs allowed), read from the metrics files.",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            description: "Bounds on a metric.",
            properties: {
              min: {
                type: "number",
                description: "Fails when the value is below this."
              },
              max: {
                type: "number",
                description: "Fails when the value is above this."
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
              }
            }
          }
        },
        predictions: {
          type: "object",
          additionalProperties: false,
          required: [
            "path",
            "task",
            "label"
          ],
          description: "A predictions file from which mlgate computes metrics itself.",
          properties: {
            path: {
              type: "string",
              description: "Predictions file (csv, jsonl, parquet)."
            },
            task: {
              type: "string",
              enum: [
                "binary",
                "multiclass",
                "regression"
              ],
              description: "Kind of model."
            },
            label: {
              type: "string",
              description: "Column with the true label or target."
            },
            prediction: {
              type: "string",
              description: "Column with the predicted label or value."
            },
            score: {
              type: "string",
              description: "Column with the probability of the positive class (binary)."
            },
            scores: {
              type: "object",
              additionalProperties: {
                type: "string"
              },
              description: "Multiclass: class label to the column holding its probability."
            },
            positive: {
              type: [
                "string",
                "number",
                "boolean"
              ],
              description: "The positive class label (binary; default 1)."
            },
            threshold: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: "Decision threshold on `score` when `prediction` is absent (default 0.5)."
            },
            id: {
              type: "string",
              description: "Column identifying each example (used to pair predictions with the baseline)."
            },
            metrics: {
              type: "object",
              description: "Bounds per computed metric (accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, ece, mae, rmse, r2, ...).",
              additionalProperties: {
                type: "object",
                additionalProperties: false,
                description: "Bounds on a metric.",
                properties: {
                  min: {
                    type: "number",
                    description: "Fails when the value is below this."
                  },
                  max: {
                    type: "number",
                    description: "Fails when the value is above this."
                  },
                  severity: {
                    type: "string",
                    enum: [
                      "error",
                      "warning"
                    ],
                    description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                  }
                }
              }
            },
            slices: {
              type: "array",
              description: "Per-slice quality: the metric on every group of a column.",
              items: {
                type: "object",
                additionalProperties: false,
                required: [
                  "by",
                  "metric"
                ],
                properties: {
                  by: {
                    type: "string",
                    description: "Column whose values define the slices."
                  },
                  metric: {
                    type: "string",
                    description: "Metric computed on each slice."
                  },
                  min: {
                    type: "number",
                    description: "Every slice must reach at least this."
                  },
                  max: {
                    type: "number",
                    description: "No slice may exceed this."
                  },
                  max_gap: {
                    type: "number",
                    minimum: 0,
                    description: "Largest minus smallest slice value may not exceed this."
                  },
                  min_size: {
                    type: "integer",
                    minimum: 1,
                    description: "Slices with fewer rows are reported as insufficient data, not failed."
                  },
                  severity: {
                    type: "string",
                    enum: [
                      "error",
                      "warning"
                    ],
                    description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                  }
                }
              }
            },
            fairness: {
              type: "array",
              description: "Fairness measures over a sensitive column.",
              items: {
                type: "object",
                additionalProperties: false,
                required: [
                  "by"
                ],
                properties: {
                  by: {
                    type: "string",
                    description: "Sensitive column."
                  },
                  demographic_parity_difference: {
                    type: "number",
                    minimum: 0,
                    description: "Maximum gap in positive-prediction rate between groups."
                  },
                  equal_opportunity_difference: {
                    type: "number",
                    minimum: 0,
                    description: "Maximum gap in true-positive rate between groups."
                  },
                  equalized_odds_difference: {
                    type: "number",
                    minimum: 0,
                    description: "Maximum of the TPR gap and the FPR gap."
                  },
                  severity: {
                    type: "string",
                    enum: [
                      "error",
                      "warning"
                    ],
                    description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
                  }
                }
              }
            }
          }
        },
        baseline_model: {
          description: "The model must beat a trivial predictor scored on the same labels (docs/checks-baseline-model.md): a kind, or `{kind, metrics, margin, severity}`. Needs `predictions`.",
          if: {
            type: "string"
          },
          then: {
            type: "string",
            enum: [
              "majority",
              "stratified",
              "mean"
            ],
            description: "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression)."
          },
          else: {
            type: "object",
            additionalProperties: false,
            required: [
              "kind"
            ],
            properties: {
              kind: {
                type: "string",
                enum: [
                  "majority",
                  "stratified",
                  "mean"
                ],
                description: "The trivial predictor: `majority` (most frequent class, class prior as score), `stratified` (random classes with the class priors, scored by EXPECTED value), `mean` (the mean label, regression)."
              },
              metrics: {
                type: "array",
                minItems: 1,
                uniqueItems: true,
                items: {
                  type: "string"
                },
                description: "Computed metrics to compare (default `accuracy`, `r2` for regression)."
              },
              margin: {
                type: "number",
                minimum: 0,
                description: "How much better the model must be on each metric (default 0: strictly better); lower is better for losses and errors."
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
              }
            }
          }
        },
        artifact: {
          type: "object",
          additionalProperties: false,
          required: [
            "path"
          ],
          description: "The model file and its size budget.",
          properties: {
            path: {
              type: "string",
              description: "Model artifact path."
            },
            max_size_mb: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Largest allowed size in MB."
            },
            severity: {
              type: "string",
              enum: [
                "error",
                "warning"
              ],
              description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
            }
          }
        },
        severity: {
          type: "string",
          enum: [
            "error",
            "warning"
          ],
          description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
        }
      }
    },
    tests: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "name",
          "run"
        ],
        description: "One of the team's own test suites.",
        properties: {
          name: {
            type: "string",
            minLength: 1,
            description: "Name shown in the scorecard."
          },
          run: {
            type: "string",
            minLength: 1,
            description: "Shell command, run at the repository root."
          },
          junit: {
            type: "string",
            description: "JUnit XML file the command writes."
          },
          category: {
            type: "string",
            enum: [
              "data",
              "model",
              "infrastructure",
              "monitoring"
            ],
            description: "ML Test Score section the suite belongs to."
          },
          timeout: {
            type: [
              "string",
              "number"
            ],
            pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)$",
            errorMessage: "must be a duration such as 30s, 10m, 2h or 7d",
            description: "A duration: a number with a unit (ms, s, m, h, d, w), e.g. `10m` or `7d`; a bare number is seconds."
          },
          env: {
            type: "object",
            additionalProperties: {
              type: "string"
            },
            description: "Extra environment variables."
          },
          pass_env: {
            type: "array",
            uniqueItems: true,
            items: {
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_-]*$",
              description: "A variable name, exactly as the runner sets it (e.g. `ACTIONS_ID_TOKEN_REQUEST_TOKEN`)."
            },
            description: "Variables the suite gets although mlgate removes them by default: every `ACTIONS_*` (runtime, results, cache and OIDC request tokens and URLs), every `INPUT_*` (the action's inputs, its `github-token` among them), `GITHUB_TOKEN`, `GH_TOKEN`, `GITHUB_OUTPUT`, `GITHUB_STATE` and any variable holding one of those tokens. Named exactly; their values are still redacted from what is published. See docs/suites-environment.md."
          },
          severity: {
            type: "string",
            enum: [
              "error",
              "warning"
            ],
            description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
          }
        }
      },
      description: "The team's own test suites; their JUnit results join the scorecard."
    },
    compare: {
      type: "object",
      additionalProperties: false,
      description: "Comparison of this change's metrics with the baseline of the target branch.",
      properties: {
        metrics: {
          type: [
            "string",
            "array"
          ],
          items: {
            type: "string"
          },
          description: "Metrics file(s) to compare."
        },
        params: {
          type: [
            "string",
            "array"
          ],
          items: {
            type: "string"
          },
          description: "Parameter file(s) whose changes are listed (like `dvc params diff`)."
        },
        baseline: {
          type: "object",
          additionalProperties: false,
          description: "Where the baseline comes from.",
          properties: {
            from: {
              type: "string",
              pattern: "^(auto|artifact|git|path:.+)$",
              errorMessage: "must be auto, artifact, git or path:FILE",
              description: "`artifact` (the baseline run's upload), `git` (the files at the merge base), `path:FILE`, or `auto` (artifact, then git)."
            },
            branch: {
              type: "string",
              description: "Branch whose pushes record the baseline (default: the repository's default branch)."
            }
          }
        },
        rules: {
          type: "object",
          description: "Per metric (globs allowed; `*` matches all), the direction and tolerance.",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            description: "How a metric may move against the baseline.",
            properties: {
              direction: {
                type: "string",
                enum: [
                  "higher",
                  "lower",
                  "none"
                ],
                description: "Which way is better."
              },
              max_drop: {
                type: "number",
                minimum: 0,
                description: "Largest tolerated absolute worsening (direction higher)."
              },
              max_drop_percent: {
                type: "number",
                minimum: 0,
                maximum: 100,
                description: "Largest tolerated relative worsening in percent (direction higher)."
              },
              max_rise: {
                type: "number",
                minimum: 0,
                description: "Largest tolerated absolute worsening (direction lower)."
              },
              max_rise_percent: {
                type: "number",
                minimum: 0,
                maximum: 100,
                description: "Largest tolerated relative worsening in percent (direction lower)."
              },
              require_interval: {
                type: "boolean",
                description: "Fail when the paired bootstrap interval's worse end goes beyond the tolerance (stricter than the point estimate)."
              },
              require_significance: {
                type: "boolean",
                description: "Fail only when the worsening is statistically significant."
              },
              severity: {
                type: "string",
                enum: [
                  "error",
                  "warning"
                ],
                description: "How a failure of this check counts: `error` fails the gate under `fail_on: error`, `warning` only under `fail_on: warning`."
              }
            }
          }
        },
        significance: {
          type: "object",
          additionalProperties: false,
          description: "Paired statistical tests on predictions present on both sides.",
          properties: {
            predictions: {
              type: "string",
              description: "Predictions file, on both head and baseline."
            },
            id: {
              type: "string",
              description: "Column joining the two sides; without it rows are paired by position."
            },
            confidence: {
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              description: "Confidence of the paired tests (default 0.98: under 1% false failures in the honesty simulation)."
            },
            power: {
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              description: "Power at which the scorecard quotes each test's minimum detectable change, and below which a tolerance is warned about (default 0.8)."
            },
            resamples: {
              type: "integer",
              minimum: 100,
              description: "Bootstrap resamples (default 2000)."
            },
            seed: {
              type: "integer",
              description: "Seed of the bootstrap, for reproducible intervals."
            }
          }
        },
        trend: {
          type: "integer",
          minimum: 0,
          maximum: 20,
          description: "With artifact baselines, how many past baselines the scorecard's trend chart shows per metric with a rule (default 5; 0: no chart)."
        },
        on_missing_baseline: {
          type: "string",
          enum: [
            "pass",
            "warn",
            "fail"
          ],
          description: "What a missing baseline does to the gate (default warn)."
        }
      }
    },
    gates: {
      type: "object",
      additionalProperties: false,
      description: "When the run fails.",
      properties: {
        fail_on: {
          type: "string",
          enum: [
            "error",
            "warning",
            "never"
          ],
          description: "The gate fails on findings of this severity or worse; `never` only reports."
        },
        min_ml_test_score: {
          type: "number",
          minimum: 0,
          maximum: 7,
          description: "Lowest ML Test Score (final, the minimum over the four sections) that passes."
        },
        environments: {
          type: "object",
          description: "Per-environment overrides of the gate.",
          propertyNames: {
            pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
            errorMessage: "must start with a letter and use only letters, digits, `_`, `-` and `.`",
            description: "An environment name, such as production, staging or dev."
          },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              fail_on: {
                type: "string",
                enum: [
                  "error",
                  "warning",
                  "never"
                ],
                description: "The gate fails on findings of this severity or worse; `never` only reports."
              },
              min_ml_test_score: {
                type: "number",
                minimum: 0,
                maximum: 7,
                description: "Lowest ML Test Score (final, the minimum over the four sections) that passes."
              }
            }
          }
        }
      }
    },
    scorecard: {
      type: "object",
      additionalProperties: false,
      description: "The scorecard posted on pull requests.",
      properties: {
        comment: {
          type: "string",
          enum: [
            "always",
            "on-change",
            "on-failure",
            "never"
          ],
          description: "When to post or update the PR comment."
        },
        charts: {
          description: "Charts in the scorecard, the HTML report and `--charts` (all on by default; `false`: none).",
          oneOf: [
            {
              type: "boolean"
            },
            {
              type: "object",
              additionalProperties: false,
              properties: {
                roc: {
                  type: "boolean",
                  description: "ROC curve, head against base, with each AUC."
                },
                pr: {
                  type: "boolean",
                  description: "Precision-recall curve, head against base, with each average precision."
                },
                calibration: {
                  type: "boolean",
                  description: "Calibration curve: observed rate of positives per score bin."
                },
                slices: {
                  type: "boolean",
                  description: "Each slice's metric as bars, head against base."
                },
                drift: {
                  type: "boolean",
                  description: "Reference against current histograms of the drift columns that moved most."
                },
                drift_columns: {
                  type: "integer",
                  minimum: 1,
                  maximum: 10,
                  description: "How many drift columns get a chart, those that moved most first (default 3)."
                },
                trend: {
                  type: "boolean",
                  description: "Metrics over the last baselines (artifact baselines)."
                }
              }
            }
          ]
        },
        ml_test_score: {
          type: "object",
          additionalProperties: false,
          description: "The ML Test Score rubric (Breck et al., 2017).",
          properties: {
            manual: {
              type: "object",
              description: "Rubric items done by hand, with how (half a point each), e.g. `model.1: reviewed in PR template`.",
              propertyNames: {
                pattern: "^(data|model|infrastructure|monitoring)\\.[1-7]$",
                errorMessage: "must be a rubric item such as data.1 or monitoring.7"
              },
              additionalProperties: {
                type: "string",
                minLength: 1
              }
            }
          }
        }
      }
    }
  }
};
