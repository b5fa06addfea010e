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
var chunk_4HHBHUEK_exports = {};
__export(chunk_4HHBHUEK_exports, {
  defaultDelimiter: () => defaultDelimiter,
  failRead: () => failRead,
  openStream: () => openStream,
  readJsonArray: () => readJsonArray,
  readParquetRows: () => readParquetRows,
  readerFor: () => readerFor
});
module.exports = __toCommonJS(chunk_4HHBHUEK_exports);
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_node_fs = require("node:fs");
var import_node_zlib = require("node:zlib");
var import_node_readline = require("node:readline");
async function openStream(workspace, file) {
  const abs = workspace.resolve(file);
  if (!await workspace.exists(file)) throw new import_chunk_TEV5JGM7.WorkspaceError(`${file} does not exist`);
  const raw = (0, import_node_fs.createReadStream)(abs, { highWaterMark: 1 << 20 });
  return { raw, stream: /\.gz$/i.test(file) ? raw.pipe((0, import_node_zlib.createGunzip)()) : raw };
}
function failRead(opened, file, err) {
  opened.raw.destroy();
  const code = err.code;
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR")
    throw new import_chunk_TEV5JGM7.WorkspaceError(`${file} is not a valid gzip file`);
  throw err;
}
function defaultDelimiter(file) {
  return /\.tsv(\.gz)?$/i.test(file) ? "	" : ",";
}
async function readDelimited(workspace, file, onRow, delimiter = defaultDelimiter(file), onBytes) {
  const opened = await openStream(workspace, file);
  let rows = 0;
  const parser = new import_chunk_YFAPWZOQ.CsvParser((row) => {
    rows++;
    onRow(row);
  }, delimiter);
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    for await (const chunk of opened.stream) {
      let text;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new import_chunk_YFAPWZOQ.CsvError("the file is not valid UTF-8", parser.currentLine);
      }
      onBytes?.(opened.raw.bytesRead);
      parser.push(text);
    }
    parser.push(decoder.decode());
  } catch (err) {
    failRead(opened, file, err);
  }
  parser.end();
  return rows;
}
var MAX_JSON_BYTES = 256 * 1024 * 1024;
function cell(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
var RecordRows = class {
  constructor(onRow) {
    this.onRow = onRow;
  }
  onRow;
  header;
  index = 0;
  add(record, line) {
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      throw new import_chunk_YFAPWZOQ.CsvError("a record must be a JSON object", line);
    }
    if (!this.header) {
      this.header = Object.keys(record);
      this.onRow({ index: this.index++, line, fields: this.header });
    }
    const r = record;
    this.onRow({
      index: this.index++,
      line,
      fields: this.header.map((k) => Object.hasOwn(r, k) ? cell(r[k]) : "")
    });
  }
};
async function readJsonLines(workspace, file, onRow) {
  const opened = await openStream(workspace, file);
  const rows = new RecordRows(onRow);
  let line = 0;
  try {
    for await (const text of (0, import_node_readline.createInterface)({ input: opened.stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      if (text.trim() === "") continue;
      let record;
      try {
        record = JSON.parse(text);
      } catch (err) {
        throw new import_chunk_YFAPWZOQ.CsvError(`invalid JSON: ${err.message}`, line);
      }
      rows.add(record, line);
    }
  } catch (err) {
    failRead(opened, file, err);
  }
}
async function readJsonArray(workspace, file, onRow) {
  const text = await workspace.readText(file, MAX_JSON_BYTES);
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new import_chunk_YFAPWZOQ.CsvError(`invalid JSON: ${err.message}`, 1);
  }
  if (!Array.isArray(data)) throw new import_chunk_YFAPWZOQ.CsvError("expected an array of records", 1);
  const rows = new RecordRows(onRow);
  for (const record of data) rows.add(record, 1);
}
var readParquetRows = async (...args) => (await Promise.resolve().then(() => __toESM(require("./chunk-7SZJHMJ2.js")))).readParquet(...args);
function readerFor(file, format) {
  const kind = format ?? /\.(csv|tsv|jsonl|ndjson|json|parquet)(\.gz)?$/i.exec(file)?.[1]?.toLowerCase();
  if (kind === "csv" || kind === "tsv") return readDelimited;
  if (kind === "jsonl" || kind === "ndjson") return readJsonLines;
  if (kind === "json" && !/\.gz$/i.test(file)) return readJsonArray;
  if (kind === "parquet" && !/\.gz$/i.test(file)) return readParquetRows;
  return void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  defaultDelimiter,
  failRead,
  openStream,
  readJsonArray,
  readParquetRows,
  readerFor
});
