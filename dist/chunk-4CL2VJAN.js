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
var chunk_4CL2VJAN_exports = {};
__export(chunk_4CL2VJAN_exports, {
  default: () => kedro_catalog_schema_default
});
module.exports = __toCommonJS(chunk_4CL2VJAN_exports);
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var kedro_catalog_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://mlgate.dev/schemas/builtin/kedro-catalog.schema.json",
  title: "Kedro catalog.yml",
  description: "A Kedro Data Catalog: datasets by name (or dataset factory pattern), each with its type and options; keys starting with _ hold YAML anchors. Written by mlgate from Kedro's documentation.",
  type: "object",
  patternProperties: {
    "^_": { description: "A template for YAML anchors; Kedro ignores it." }
  },
  additionalProperties: {
    type: "object",
    description: "One dataset.",
    required: ["type"],
    properties: {
      type: {
        type: "string",
        pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$",
        errorMessage: "must be a dataset class such as pandas.CSVDataset",
        description: "Dataset class, e.g. pandas.CSVDataset or a full module path."
      },
      filepath: {
        type: "string",
        minLength: 1,
        description: "Where the data lives (local path or fsspec URL)."
      },
      path: { type: "string", minLength: 1, description: "Folder of a partitioned dataset." },
      dataset: {
        type: ["string", "object"],
        description: "Underlying dataset of a partitioned or cached dataset."
      },
      load_args: { type: "object", description: "Arguments passed to the loader." },
      save_args: { type: "object", description: "Arguments passed to the saver." },
      fs_args: { type: "object", description: "Arguments for the filesystem." },
      credentials: {
        type: ["string", "object"],
        description: "Name of an entry in credentials.yml (do not inline secrets)."
      },
      versioned: { type: "boolean", description: "Keep versions of the data." },
      metadata: { type: "object", description: "Free-form metadata (e.g. for Kedro-Viz)." },
      layer: { type: "string", description: "Data layer (older Kedro versions; now under metadata)." }
    }
  }
};
