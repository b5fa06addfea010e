import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import "./chunk-2OBMBC2G.js";

// schemas/builtin/mlflow-project.schema.json
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
export {
  mlflow_project_schema_default as default
};
