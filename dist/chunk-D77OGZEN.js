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
var chunk_D77OGZEN_exports = {};
__export(chunk_D77OGZEN_exports, {
  parseJsonReport: () => parseJsonReport
});
module.exports = __toCommonJS(chunk_D77OGZEN_exports);
var import_chunk_7GL4YUX4 = require("./chunk-7GL4YUX4.js");
var import_chunk_UDEI5ASV = require("./chunk-UDEI5ASV.js");
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://mlgate.dev/schemas/report.schema.json",
  title: "mlgate report",
  description: "The JSON report of one mlgate run: the public contract every renderer and publisher reads.",
  type: "object",
  additionalProperties: false,
  required: [
    "version",
    "tool",
    "environment",
    "passed",
    "gate",
    "sections",
    "comparisons",
    "mlTestScore",
    "baseline"
  ],
  definitions: {
    severity: {
      type: "string",
      enum: ["error", "warning"]
    },
    diagnostic: {
      type: "object",
      additionalProperties: false,
      required: ["code", "severity", "message", "file"],
      properties: {
        code: {
          type: "string",
          pattern: "^[a-z0-9][a-z0-9/_.-]*$",
          description: "Stable id, e.g. schema/required."
        },
        severity: {
          $ref: "#/definitions/severity"
        },
        message: {
          type: "string",
          minLength: 1
        },
        file: {
          type: "string",
          description: "Path relative to the repository root, forward slashes."
        },
        line: {
          type: "integer",
          minimum: 1,
          description: "1-based start line."
        },
        column: {
          type: "integer",
          minimum: 1,
          description: "1-based start column (UTF-16 code units)."
        },
        endLine: {
          type: "integer",
          minimum: 1,
          description: "1-based end line."
        },
        endColumn: {
          type: "integer",
          minimum: 1,
          description: "1-based end column (exclusive)."
        },
        path: {
          type: "array",
          items: {
            type: ["string", "integer"]
          },
          description: "JSON path inside the file."
        },
        hint: {
          type: "string"
        }
      }
    },
    check: {
      type: "object",
      additionalProperties: false,
      required: ["id", "status", "severity", "message", "diagnostics"],
      properties: {
        id: {
          type: "string",
          minLength: 1
        },
        status: {
          type: "string",
          enum: ["passed", "failed", "skipped", "error"]
        },
        severity: {
          $ref: "#/definitions/severity"
        },
        message: {
          type: "string"
        },
        observed: {
          type: "string"
        },
        details: {
          type: "string",
          description: "Preformatted text that explains the result (the tail of a failed command's output)."
        },
        expected: {
          type: "string"
        },
        approximate: {
          type: "object",
          additionalProperties: false,
          required: ["count", "rankError"],
          description: "Set when the observed value is approximate (an order statistic past the exact limit, from a quantile sketch): the numbers it summarises and the most ranks by which it may be off.",
          properties: {
            count: { type: "integer", minimum: 0 },
            rankError: { type: "number", minimum: 0 }
          }
        },
        rubric: {
          type: "array",
          items: {
            type: "string",
            pattern: "^(data|model|infrastructure|monitoring)\\.[1-7]$"
          }
        },
        diagnostics: {
          type: "array",
          items: {
            $ref: "#/definitions/diagnostic"
          }
        }
      }
    },
    section: {
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "status", "checks"],
      properties: {
        id: {
          type: "string",
          enum: ["config", "lint", "data", "model", "tests", "compare"],
          description: "The stage; `config` is the only section of a configuration-error report and holds mlgate.yml's diagnostics."
        },
        title: {
          type: "string"
        },
        status: {
          type: "string",
          enum: ["passed", "failed", "warning", "skipped", "incomplete"]
        },
        note: {
          type: "string"
        },
        checks: {
          type: "array",
          items: {
            $ref: "#/definitions/check"
          }
        },
        summary: {
          type: "string",
          description: "What the stage looked at, in a few words."
        },
        metrics: {
          type: "object",
          description: "Values the stage measured, at full precision (model metrics computed from predictions).",
          additionalProperties: {
            type: "number"
          }
        },
        tables: {
          type: "array",
          description: "Detail tables (a data profile, a confusion matrix).",
          items: {
            $ref: "#/definitions/table"
          }
        },
        charts: {
          type: "array",
          description: "Pictures of what the stage measured (curves, slice bars, drift histograms).",
          maxItems: 200,
          items: {
            $ref: "#/definitions/chart"
          }
        },
        profiles: {
          type: "array",
          description: "Each checked column's profile with its distribution: numbers in equal bins, a category's most frequent values.",
          maxItems: 1e5,
          items: {
            $ref: "#/definitions/columnProfile"
          }
        }
      }
    },
    nullableNumber: {
      type: ["number", "null"]
    },
    comparison: {
      type: "object",
      additionalProperties: false,
      required: ["metric", "base", "head", "delta", "direction", "status"],
      properties: {
        metric: {
          type: "string"
        },
        base: {
          $ref: "#/definitions/nullableNumber"
        },
        head: {
          $ref: "#/definitions/nullableNumber"
        },
        delta: {
          $ref: "#/definitions/nullableNumber"
        },
        deltaPercent: {
          $ref: "#/definitions/nullableNumber"
        },
        direction: {
          type: "string",
          enum: ["higher", "lower", "none"]
        },
        status: {
          type: "string",
          enum: ["passed", "failed", "warning", "not gated", "added", "removed", "unchanged"],
          description: "`not gated`: no rule gives the metric a direction, so it is shown and never fails."
        },
        severity: {
          $ref: "#/definitions/severity"
        },
        interval: {
          type: "object",
          additionalProperties: false,
          required: ["low", "high", "confidence"],
          properties: {
            low: {
              type: "number"
            },
            high: {
              type: "number"
            },
            confidence: {
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1
            }
          }
        },
        pValue: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        test: {
          type: "string"
        },
        detectable: {
          type: "object",
          additionalProperties: false,
          description: "For a gated metric with a paired test: the smallest worsening the test detects with probability `power` at `confidence`, for this comparison's pairs and noise.",
          required: ["change", "confidence", "power", "n", "se"],
          properties: {
            change: {
              type: "number",
              minimum: 0,
              description: "The minimum detectable worsening, in the metric's units (a drop for direction higher, a rise for lower)."
            },
            confidence: {
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1
            },
            power: {
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1
            },
            n: {
              type: "integer",
              minimum: 0,
              description: "Pairs the test used."
            },
            se: {
              type: "number",
              minimum: 0,
              description: "Standard error of the delta that the test works with."
            }
          }
        }
      }
    },
    table: {
      type: "object",
      additionalProperties: false,
      required: ["title", "columns", "rows"],
      properties: {
        title: {
          type: "string"
        },
        compact: {
          type: "boolean",
          description: "Small enough to show in the terminal scorecard too (a confusion matrix, slices)."
        },
        columns: {
          type: "array",
          items: {
            type: "string"
          }
        },
        rows: {
          type: "array",
          items: {
            type: "array",
            items: {
              type: "string"
            }
          }
        }
      }
    },
    chart: {
      type: "object",
      additionalProperties: false,
      required: ["id", "kind", "title", "style", "x", "y", "series"],
      properties: {
        id: {
          type: "string",
          maxLength: 1e3
        },
        kind: {
          type: "string",
          enum: ["roc", "pr", "calibration", "slices", "drift", "histogram", "trend"]
        },
        title: {
          type: "string",
          maxLength: 1e3
        },
        style: {
          type: "string",
          enum: ["line", "bar"]
        },
        x: {
          type: "object",
          additionalProperties: false,
          required: ["label"],
          properties: {
            label: {
              type: "string",
              maxLength: 1e3
            },
            min: {
              type: "number"
            },
            max: {
              type: "number"
            },
            categories: {
              type: "array",
              maxItems: 200,
              items: {
                type: "string",
                maxLength: 1e3
              }
            }
          }
        },
        y: {
          type: "object",
          additionalProperties: false,
          required: ["label", "min", "max"],
          properties: {
            label: {
              type: "string",
              maxLength: 1e3
            },
            min: {
              type: "number"
            },
            max: {
              type: "number"
            }
          }
        },
        series: {
          type: "array",
          maxItems: 20,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "values"],
            properties: {
              name: {
                type: "string",
                maxLength: 1e3
              },
              values: {
                type: "array",
                maxItems: 200,
                items: {
                  type: ["number", "null"]
                }
              }
            }
          }
        },
        area: {
          type: "object",
          additionalProperties: {
            type: "number"
          }
        },
        score: {
          type: "number"
        }
      }
    },
    columnProfile: {
      type: "object",
      additionalProperties: false,
      required: ["dataset", "column", "rows", "missing", "numeric"],
      properties: {
        dataset: {
          type: "string",
          maxLength: 1e3
        },
        column: {
          type: "string",
          maxLength: 1e3
        },
        rows: {
          type: "integer",
          minimum: 0
        },
        missing: {
          type: "integer",
          minimum: 0
        },
        numeric: {
          type: "integer",
          minimum: 0,
          description: "Cells that read as numbers."
        },
        min: {
          type: "number"
        },
        max: {
          type: "number"
        },
        mean: {
          type: "number"
        },
        histogram: {
          type: "object",
          additionalProperties: false,
          required: ["start", "width", "counts"],
          description: "`counts[j]` numbers in [start + j*width, start + (j+1)*width): exact counts in at most 64 equal bins whose width is a power of two.",
          properties: {
            start: {
              type: "number"
            },
            width: {
              type: "number",
              exclusiveMinimum: 0
            },
            counts: {
              type: "array",
              maxItems: 64,
              items: {
                type: "integer",
                minimum: 0
              }
            }
          }
        },
        top: {
          type: "object",
          additionalProperties: false,
          required: ["values", "other", "distinct"],
          description: "The most frequent text values, exact; absent when the column has more than 64 distinct text values.",
          properties: {
            values: {
              type: "array",
              maxItems: 10,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["value", "count"],
                properties: {
                  value: {
                    type: "string",
                    maxLength: 1e5
                  },
                  count: {
                    type: "integer",
                    minimum: 1
                  }
                }
              }
            },
            other: {
              type: "integer",
              minimum: 0,
              description: "Text cells not among the values listed."
            },
            distinct: {
              type: "integer",
              minimum: 0,
              maximum: 64
            }
          }
        }
      }
    }
  },
  properties: {
    version: {
      const: 1,
      description: "Report format version."
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: {
        name: {
          const: "mlgate"
        },
        version: {
          type: "string"
        }
      }
    },
    status: {
      type: "string",
      enum: ["config-error"],
      description: "`config-error`: the configuration file is invalid, no stage ran, and the `config` section lists its diagnostics (passed is false, the exit code 2). Absent on a report whose stages ran."
    },
    environment: {
      type: "object",
      additionalProperties: false,
      required: ["name", "source"],
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        source: {
          type: "string",
          enum: ["flag", "branch", "default", "fallback", "unresolved"],
          description: "Which rule chose the environment; `unresolved` when mlgate.yml is invalid and its environments could not be read."
        },
        detail: {
          type: "string"
        },
        deploy: {
          type: "boolean"
        }
      }
    },
    passed: {
      type: "boolean"
    },
    gate: {
      type: "object",
      additionalProperties: false,
      required: ["passed", "failOn", "reasons"],
      properties: {
        passed: {
          type: "boolean"
        },
        failOn: {
          type: "string",
          enum: ["error", "warning", "never"]
        },
        minMlTestScore: {
          type: "number"
        },
        reasons: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    sections: {
      type: "array",
      items: {
        $ref: "#/definitions/section"
      }
    },
    comparisons: {
      type: "array",
      items: {
        $ref: "#/definitions/comparison"
      }
    },
    mlTestScore: {
      type: "object",
      additionalProperties: false,
      required: ["sections", "final", "items"],
      properties: {
        sections: {
          type: "object",
          additionalProperties: false,
          required: ["data", "model", "infrastructure", "monitoring"],
          properties: {
            data: {
              type: "number",
              minimum: 0,
              maximum: 7
            },
            model: {
              type: "number",
              minimum: 0,
              maximum: 7
            },
            infrastructure: {
              type: "number",
              minimum: 0,
              maximum: 7
            },
            monitoring: {
              type: "number",
              minimum: 0,
              maximum: 7
            }
          }
        },
        final: {
          type: "number",
          minimum: 0,
          maximum: 7
        },
        items: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "section", "points", "how", "by"],
            properties: {
              id: {
                type: "string",
                pattern: "^(data|model|infrastructure|monitoring)\\.[1-7]$"
              },
              section: {
                type: "string",
                enum: ["data", "model", "infrastructure", "monitoring"]
              },
              points: {
                enum: [0.5, 1]
              },
              how: {
                type: "string",
                enum: ["automated", "manual"]
              },
              by: {
                type: "string"
              }
            }
          }
        }
      }
    },
    baseline: {
      type: "object",
      additionalProperties: false,
      required: ["source"],
      properties: {
        source: {
          type: "string",
          enum: ["artifact", "git", "path", "none"]
        },
        ref: {
          type: "string"
        },
        sha: {
          type: "string"
        },
        url: {
          type: "string",
          description: "The web page of the run an artifact baseline came from."
        },
        reason: {
          type: "string"
        }
      }
    },
    trend: {
      type: "array",
      description: "Per metric, its values on past baselines and on this change (oldest first), for the trend chart.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["metric", "points"],
        properties: {
          metric: {
            type: "string"
          },
          points: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["label", "value"],
              properties: {
                label: {
                  type: "string"
                },
                value: {
                  type: "number"
                }
              }
            }
          }
        }
      }
    }
  }
};
var validator;
function parseJsonReport(value) {
  validator ??= (0, import_chunk_UDEI5ASV.createAjv)().compile(report_schema_default);
  if (!validator(value)) {
    const errors = (validator.errors ?? []).map(
      (e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`
    );
    return { errors };
  }
  const json = value;
  return { report: { ...json, sections: (0, import_chunk_7GL4YUX4.mapDiagnostics)(json, import_chunk_7GL4YUX4.fromJsonDiagnostic) }, errors: [] };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseJsonReport
});
