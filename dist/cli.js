#!/usr/bin/env node
"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var import_chunk_5YRTXGYO = require("./chunk-5YRTXGYO.js");
var import_chunk_2CG4V7IG = require("./chunk-2CG4V7IG.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var argv = process.argv.slice(2);
var isLint = argv.find((a) => !a.startsWith("-")) === "lint" && !argv.some((a) => a === "--help" || a === "-h");
var lintWorkers = isLint ? (0, import_chunk_5YRTXGYO.startLintWorkers)((0, import_chunk_5YRTXGYO.lintThreads)(Number(process.env.MLGATE_THREADS)) - 1) : [];
if (isLint) (0, import_chunk_2CG4V7IG.prestartReadAhead)();
Promise.resolve().then(() => __toESM(require("./cli-main.js"))).then(({ main }) => main(process.argv.slice(2), { lintWorkers })).then(
  (code) => {
    process.exitCode = code;
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  },
  (err) => {
    const e = err;
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : "";
    process.stderr.write(`mlgate: internal error: ${e.message}${cause}
`);
    if (process.env.MLGATE_DEBUG) process.stderr.write(`${e.stack}
`);
    else process.stderr.write("Run with MLGATE_DEBUG=1 for details, and please report it.\n");
    process.exitCode = 2;
  }
);
