import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  CsvError,
  CsvParser
} from "./chunk-FV3S536X.js";
import {
  WorkspaceError
} from "./chunk-IJJMSSTF.js";

// src/readers/open-stream.ts
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
async function openStream(workspace, file) {
  const abs = workspace.resolve(file);
  if (!await workspace.exists(file)) throw new WorkspaceError(`${file} does not exist`);
  const raw = createReadStream(abs, { highWaterMark: 1 << 20 });
  return { raw, stream: /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw };
}
function failRead(opened, file, err) {
  opened.raw.destroy();
  const code = err.code;
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR")
    throw new WorkspaceError(`${file} is not a valid gzip file`);
  throw err;
}

// src/readers/read-delimited.ts
function defaultDelimiter(file) {
  return /\.tsv(\.gz)?$/i.test(file) ? "	" : ",";
}
async function readDelimited(workspace, file, onRow, delimiter = defaultDelimiter(file), onBytes) {
  const opened = await openStream(workspace, file);
  let rows = 0;
  const parser = new CsvParser((row) => {
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
        throw new CsvError("the file is not valid UTF-8", parser.currentLine);
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

// src/readers/read-records.ts
import { createInterface } from "node:readline";
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
      throw new CsvError("a record must be a JSON object", line);
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
    for await (const text of createInterface({ input: opened.stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      if (text.trim() === "") continue;
      let record;
      try {
        record = JSON.parse(text);
      } catch (err) {
        throw new CsvError(`invalid JSON: ${err.message}`, line);
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
    throw new CsvError(`invalid JSON: ${err.message}`, 1);
  }
  if (!Array.isArray(data)) throw new CsvError("expected an array of records", 1);
  const rows = new RecordRows(onRow);
  for (const record of data) rows.add(record, 1);
}

// src/readers/reader-for.ts
var readParquetRows = async (...args) => (await import("./chunk-5YI6X553.js")).readParquet(...args);
function readerFor(file, format) {
  const kind = format ?? /\.(csv|tsv|jsonl|ndjson|json|parquet)(\.gz)?$/i.exec(file)?.[1]?.toLowerCase();
  if (kind === "csv" || kind === "tsv") return readDelimited;
  if (kind === "jsonl" || kind === "ndjson") return readJsonLines;
  if (kind === "json" && !/\.gz$/i.test(file)) return readJsonArray;
  if (kind === "parquet" && !/\.gz$/i.test(file)) return readParquetRows;
  return void 0;
}

export {
  openStream,
  failRead,
  defaultDelimiter,
  readJsonArray,
  readParquetRows,
  readerFor
};
