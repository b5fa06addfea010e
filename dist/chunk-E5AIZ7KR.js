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
var chunk_E5AIZ7KR_exports = {};
__export(chunk_E5AIZ7KR_exports, {
  default: () => mlflow_project_schema_default
});
module.exports = __toCommonJS(chunk_E5AIZ7KR_exports);
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var mlflow_project_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://mlgate.dev/schemas/builtin/mlflow-project.schema.json",
  title: "MLproject",
  description: "An MLflow Project file: its name, software environment and entry points. Written by mlgate from MLflow's documentation.",
  type: "object",
  additionalProperties: false,
  properties: {
    name: {
      type: "string",
      description: "Name of the project."
    },
    python_env: {
      type: "string",
      description: "Path of a python_env.yaml describing a virtualenv."
    },
    conda_env: {
      type: "string",
      description: "Path of a Conda environment file."
    },
    docker_env: {
      type: "object",
      description: "Run inside a Docker image.",
      additionalProperties: false,
      required: ["image"],
      properties: {
        image: {
          type: "string",
          minLength: 1,
          description: "Image name."
        },
        volumes: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Volumes to mount (host:container)."
        },
        environment: {
          type: "array",
          description: "Environment variables: a name to copy from the host, or [name, value].",
          items: {
            type: ["string", "array"],
            items: {
              type: "string"
            },
            minItems: 2,
            maxItems: 2
          }
        },
        run_args: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Extra arguments for docker run."
        }
      }
    },
    entry_points: {
      type: "object",
      description: "Commands the project can run, by name (`main` is the default).",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["command"],
        properties: {
          command: {
            type: "string",
            minLength: 1,
            description: "Shell command; {param} is replaced by the parameter's value."
          },
          parameters: {
            type: "object",
            description: "Parameters, by name: a type, or {type, default}.",
            additionalProperties: {
              if: {
                type: "string"
              },
              then: {
                $ref: "#/definitions/paramType"
              },
              else: {
                type: "object",
                additionalProperties: false,
                properties: {
                  type: {
                    $ref: "#/definitions/paramType"
                  },
                  default: {
                    type: ["string", "number", "boolean"],
                    description: "Value when none is given."
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  definitions: {
    paramType: {
      type: "string",
      enum: ["string", "float", "path", "uri"],
      description: "Parameter type."
    }
  }
};
