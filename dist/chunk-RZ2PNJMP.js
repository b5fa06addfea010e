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
var chunk_RZ2PNJMP_exports = {};
__export(chunk_RZ2PNJMP_exports, {
  default: () => dvc_schema_default
});
module.exports = __toCommonJS(chunk_RZ2PNJMP_exports);
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var dvc_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://mlgate.dev/schemas/builtin/dvc.schema.json",
  title: "dvc.yaml",
  description: "A DVC pipeline file: stages with their command, dependencies and outputs, plus top-level params, metrics, plots and artifacts. Written by mlgate from DVC's documentation.",
  type: "object",
  additionalProperties: false,
  properties: {
    vars: {
      $ref: "#/definitions/vars"
    },
    stages: {
      type: "object",
      description: "Stages of the pipeline, by name.",
      propertyNames: {
        pattern: "^[^:@/\\\\]+$",
        errorMessage: "must not contain ':', '@', '/' or '\\\\'"
      },
      additionalProperties: {
        $ref: "#/definitions/stageEntry"
      }
    },
    params: {
      type: "array",
      description: "Parameter files (or parameter names from params.yaml) tracked at the top level.",
      items: {
        $ref: "#/definitions/paramEntry"
      }
    },
    metrics: {
      type: "array",
      description: "Metrics files of the project.",
      items: {
        type: "string"
      }
    },
    plots: {
      description: "Top-level plot definitions: a list of paths or of {name: config} entries.",
      type: ["array", "object"],
      items: {
        type: ["string", "object"]
      }
    },
    artifacts: {
      type: "object",
      description: "Named artifacts (models, datasets) registered with DVC.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["path"],
        properties: {
          path: {
            type: "string",
            description: "Path of the artifact."
          },
          type: {
            type: "string",
            description: "Kind of artifact, e.g. model."
          },
          desc: {
            type: "string",
            description: "Description."
          },
          labels: {
            type: "array",
            items: {
              type: "string"
            },
            description: "Labels."
          },
          meta: {
            description: "Free-form metadata."
          }
        }
      }
    },
    datasets: {
      type: "array",
      description: "Datasets the pipeline uses (name, url, type).",
      items: {
        type: "object",
        required: ["name", "url"],
        properties: {
          name: {
            type: "string"
          },
          url: {
            type: "string"
          },
          type: {
            type: "string",
            enum: ["dvc", "dvcx", "url", "dc"]
          }
        }
      }
    }
  },
  definitions: {
    vars: {
      type: "array",
      description: "Values for ${} substitution: parameter file paths or inline mappings.",
      items: {
        type: ["string", "object"]
      }
    },
    cmd: {
      description: "Command(s) the stage runs, in order.",
      type: ["string", "array"],
      minLength: 1,
      items: {
        type: "string",
        minLength: 1
      }
    },
    paramEntry: {
      description: "A parameter name from params.yaml, or {file: [names]} for another parameters file.",
      type: ["string", "object"],
      additionalProperties: {
        type: ["array", "null"],
        items: {
          type: "string"
        }
      }
    },
    outFlags: {
      type: "object",
      description: "Options of one output.",
      additionalProperties: false,
      properties: {
        cache: {
          type: "boolean",
          description: "Cache the output in DVC's cache (default true)."
        },
        persist: {
          type: "boolean",
          description: "Keep the output between runs (default false)."
        },
        checkpoint: {
          type: "boolean",
          description: "Deprecated checkpoint output."
        },
        desc: {
          type: "string",
          description: "Description."
        },
        type: {
          type: "string",
          description: "Kind of output."
        },
        labels: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Labels."
        },
        meta: {
          description: "Free-form metadata."
        },
        remote: {
          type: "string",
          description: "Remote to push this output to."
        },
        push: {
          type: "boolean",
          description: "Push the output to a remote (default true)."
        }
      }
    },
    plotFlags: {
      type: "object",
      description: "Options of one plot output.",
      additionalProperties: false,
      properties: {
        cache: {
          type: "boolean",
          description: "Cache the output (default true)."
        },
        persist: {
          type: "boolean",
          description: "Keep the output between runs."
        },
        x: {
          type: ["string", "integer"],
          description: "Field for the x axis."
        },
        y: {
          type: ["string", "integer"],
          description: "Field for the y axis."
        },
        x_label: {
          type: "string",
          description: "Label of the x axis."
        },
        y_label: {
          type: "string",
          description: "Label of the y axis."
        },
        title: {
          type: "string",
          description: "Plot title."
        },
        template: {
          type: "string",
          description: "Vega-Lite template name or path."
        },
        header: {
          type: "boolean",
          description: "CSV/TSV file has a header row."
        },
        desc: {
          type: "string",
          description: "Description."
        },
        remote: {
          type: "string",
          description: "Remote to push to."
        },
        push: {
          type: "boolean",
          description: "Push to a remote."
        }
      }
    },
    outList: {
      type: "array",
      description: "Output paths, each a string or {path: options}.",
      items: {
        type: ["string", "object"],
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: {
          oneOf: [
            {
              $ref: "#/definitions/outFlags"
            },
            {
              type: "null"
            }
          ]
        }
      }
    },
    stage: {
      type: "object",
      additionalProperties: false,
      required: ["cmd"],
      properties: {
        cmd: {
          $ref: "#/definitions/cmd"
        },
        wdir: {
          type: "string",
          description: "Working directory of the command, relative to dvc.yaml."
        },
        deps: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Dependencies: files or folders the command reads."
        },
        params: {
          type: "array",
          items: {
            $ref: "#/definitions/paramEntry"
          },
          description: "Parameter dependencies."
        },
        outs: {
          $ref: "#/definitions/outList"
        },
        metrics: {
          $ref: "#/definitions/outList"
        },
        plots: {
          type: "array",
          description: "Plot outputs, each a string or {path: options}.",
          items: {
            type: ["string", "object"],
            additionalProperties: {
              oneOf: [
                {
                  $ref: "#/definitions/plotFlags"
                },
                {
                  type: "null"
                }
              ]
            }
          }
        },
        frozen: {
          type: "boolean",
          description: "Do not run this stage on dvc repro."
        },
        always_changed: {
          type: "boolean",
          description: "Always treat the stage as changed."
        },
        desc: {
          type: "string",
          description: "Description of the stage."
        },
        meta: {
          description: "Free-form metadata, ignored by DVC."
        },
        vars: {
          $ref: "#/definitions/vars"
        }
      }
    },
    stageEntry: {
      description: "A stage, a foreach/do template, or a matrix stage.",
      if: {
        type: "object",
        required: ["foreach"]
      },
      then: {
        type: "object",
        additionalProperties: false,
        required: ["foreach", "do"],
        properties: {
          foreach: {
            type: ["string", "array", "object"],
            description: "Values (or a ${} reference) to generate stages from."
          },
          do: {
            $ref: "#/definitions/stage"
          }
        }
      },
      else: {
        if: {
          type: "object",
          required: ["matrix"]
        },
        then: {
          $ref: "#/definitions/matrixStage"
        },
        else: {
          $ref: "#/definitions/stage"
        }
      }
    },
    matrixStage: {
      type: "object",
      additionalProperties: false,
      required: ["cmd", "matrix"],
      properties: {
        cmd: {
          $ref: "#/definitions/cmd"
        },
        wdir: {
          type: "string",
          description: "Working directory of the command, relative to dvc.yaml."
        },
        deps: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Dependencies: files or folders the command reads."
        },
        params: {
          type: "array",
          items: {
            $ref: "#/definitions/paramEntry"
          },
          description: "Parameter dependencies."
        },
        outs: {
          $ref: "#/definitions/outList"
        },
        metrics: {
          $ref: "#/definitions/outList"
        },
        plots: {
          type: "array",
          description: "Plot outputs, each a string or {path: options}.",
          items: {
            type: ["string", "object"],
            additionalProperties: {
              oneOf: [
                {
                  $ref: "#/definitions/plotFlags"
                },
                {
                  type: "null"
                }
              ]
            }
          }
        },
        frozen: {
          type: "boolean",
          description: "Do not run this stage on dvc repro."
        },
        always_changed: {
          type: "boolean",
          description: "Always treat the stage as changed."
        },
        desc: {
          type: "string",
          description: "Description of the stage."
        },
        meta: {
          description: "Free-form metadata, ignored by DVC."
        },
        vars: {
          $ref: "#/definitions/vars"
        },
        matrix: {
          type: "object",
          description: "Axes whose combinations generate stages, e.g. {lr: [0.01, 0.1]}.",
          additionalProperties: {
            type: ["array", "string"]
          }
        }
      }
    }
  }
};
