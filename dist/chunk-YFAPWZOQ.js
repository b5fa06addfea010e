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
var chunk_YFAPWZOQ_exports = {};
__export(chunk_YFAPWZOQ_exports, {
  CsvError: () => CsvError,
  CsvParser: () => CsvParser
});
module.exports = __toCommonJS(chunk_YFAPWZOQ_exports);
var CsvError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
var QUOTE = 34;
var CR = 13;
var LF = 10;
var CsvParser = class {
  constructor(onRow, delimiter = ",") {
    this.onRow = onRow;
    if (delimiter.length !== 1) throw new Error("the delimiter must be one character");
    this.delimiter = delimiter.charCodeAt(0);
  }
  onRow;
  delimiter;
  fields = [];
  field = "";
  inQuotes = false;
  /** A quote seen inside a quoted field: either the closing quote or the first of a doubled one. */
  quoteSeen = false;
  /** The current field was quoted (text after its closing quote is appended, as pandas does). */
  wasQuoted = false;
  pendingCr = false;
  line = 1;
  rowLine = 1;
  rows = 0;
  started = false;
  first = true;
  /** UTF-8 bytes of the text consumed so far, and where the current row starts. */
  bytes = 0;
  rowByte = 0;
  /** Feed the next chunk of text. */
  push(text) {
    let s = text;
    let bytes = this.bytes;
    if (this.first && s.length) {
      this.first = false;
      if (s.charCodeAt(0) === 65279) {
        s = s.slice(1);
        bytes += 3;
        this.rowByte = bytes;
      }
    }
    let start = 0;
    const d = this.delimiter;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      bytes += c < 128 ? 1 : c < 2048 || c >= 55296 && c <= 57343 ? 2 : 3;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === LF) {
          start = i + 1;
          this.rowByte = bytes;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === QUOTE) {
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.inQuotes = false;
        } else {
          if (c === QUOTE) {
            this.field += s.slice(start, i);
            this.quoteSeen = true;
            start = i + 1;
          } else if (c === LF) {
            this.line++;
          }
          continue;
        }
      }
      this.started = true;
      if (c === d) {
        this.field += s.slice(start, i);
        this.endField();
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.field += s.slice(start, i);
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        this.rowByte = bytes;
        if (c === CR) this.pendingCr = true;
        start = i + 1;
      } else if (c === QUOTE && this.field === "" && start === i && !this.wasQuoted) {
        this.inQuotes = true;
        this.wasQuoted = true;
        start = i + 1;
      }
    }
    if (this.inQuotes && !this.quoteSeen) this.field += s.slice(start);
    else if (!this.inQuotes) this.field += s.slice(start);
    this.bytes = bytes;
  }
  endField() {
    this.fields.push(this.field);
    this.field = "";
    this.wasQuoted = false;
  }
  endRow() {
    if (this.fields.length === 0 && this.field === "" && !this.wasQuoted) return;
    this.endField();
    this.onRow({ index: this.rows++, line: this.rowLine, fields: this.fields, offset: this.rowByte });
    this.fields = [];
  }
  /** The 1-based line the parser has reached. */
  get currentLine() {
    return this.line;
  }
  /** Finish: emit the last row if the text did not end with a newline. */
  end() {
    if (this.inQuotes && !this.quoteSeen)
      throw new CsvError("a quoted field is not closed before the end of the file", this.rowLine);
    this.inQuotes = false;
    this.quoteSeen = false;
    if (this.started) this.endRow();
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CsvError,
  CsvParser
});
