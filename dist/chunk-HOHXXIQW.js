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
var chunk_HOHXXIQW_exports = {};
__export(chunk_HOHXXIQW_exports, {
  MISSING: () => MISSING,
  cellNumber: () => cellNumber,
  hasType: () => hasType,
  isDateBytes: () => isDateBytes,
  isDecimalBytes: () => isDecimalBytes,
  isIntegerBytes: () => isIntegerBytes,
  isMissing: () => isMissing,
  isMissingBytes: () => isMissingBytes,
  parquetText: () => parquetText,
  toNumber: () => toNumber
});
module.exports = __toCommonJS(chunk_HOHXXIQW_exports);
var MISSING = /* @__PURE__ */ new Set([
  "",
  "NA",
  "N/A",
  "n/a",
  "NaN",
  "nan",
  "-NaN",
  "-nan",
  "NULL",
  "null",
  "None",
  "<NA>",
  "#N/A",
  "#NA"
]);
var MISSING_MAX_LENGTH = Math.max(...[...MISSING].map((m) => m.length));
function isMissing(text) {
  return text.length <= MISSING_MAX_LENGTH && MISSING.has(text);
}
function cellNumber(text) {
  const t = text.trim();
  return t === "" || isMissing(t) ? Number.NaN : Number(t);
}
function parquetText(v) {
  if (v === null || v === void 0) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return JSON.stringify(v, (_, x) => typeof x === "bigint" ? x.toString() : x);
  return String(v);
}
var BOOLEAN = /^(?:true|false|TRUE|FALSE|True|False|0|1|yes|no|Yes|No|YES|NO)$/;
var TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$/;
function isDecimal(text) {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i);
  let digits2 = 0;
  while (c >= 48 && c <= 57) {
    digits2++;
    c = text.charCodeAt(++i);
  }
  if (c === 46) {
    c = text.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      digits2++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits2 === 0) return false;
  if (c === 101 || c === 69) {
    c = text.charCodeAt(++i);
    if (c === 43 || c === 45) c = text.charCodeAt(++i);
    let exp = 0;
    while (c >= 48 && c <= 57) {
      exp++;
      c = text.charCodeAt(++i);
    }
    if (exp === 0) return false;
  }
  return i === n;
}
function toNumber(text) {
  if (!isDecimal(text)) return void 0;
  const n = Number(text);
  return Number.isFinite(n) ? n : void 0;
}
function isInteger(text) {
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) i++;
  if (i >= text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function digits(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
function isDate(text) {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  return y >= 0 && m >= 0 && d >= 0 && validDate(y, m, d);
}
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]);
}
function hasType(text, type) {
  switch (type) {
    case "string":
      return true;
    case "integer":
      return isInteger(text);
    case "number":
      return toNumber(text) !== void 0;
    case "boolean":
      return BOOLEAN.test(text);
    case "date":
      return isDate(text);
    case "timestamp":
      return TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text.replace(" ", "T")));
  }
}
var MISSING_BYTES = [];
for (const m of MISSING) {
  MISSING_BYTES[m.length] ??= [];
  MISSING_BYTES[m.length].push(new TextEncoder().encode(m));
}
var MISSING_FIRST = new Uint8Array(256);
for (const m of MISSING) if (m) MISSING_FIRST[m.charCodeAt(0)] = 1;
function isMissingBytes(b, s, e) {
  const len = e - s;
  if (len === 0) return true;
  if (len > MISSING_MAX_LENGTH || MISSING_FIRST[b[s]] === 0) return false;
  const candidates = MISSING_BYTES[len];
  if (!candidates) return false;
  outer: for (const m of candidates) {
    for (let i = 0; i < len; i++) if (m[i] !== b[s + i]) continue outer;
    return true;
  }
  return false;
}
function isIntegerBytes(b, s, e) {
  let i = s;
  if (b[i] === 43 || b[i] === 45) i++;
  if (i >= e) return false;
  for (; i < e; i++) if (b[i] < 48 || b[i] > 57) return false;
  return true;
}
function isDecimalBytes(b, s, e) {
  let i = s;
  if (b[i] === 43 || b[i] === 45) i++;
  let digits2 = 0;
  while (i < e && b[i] >= 48 && b[i] <= 57) {
    digits2++;
    i++;
  }
  if (i < e && b[i] === 46) {
    i++;
    while (i < e && b[i] >= 48 && b[i] <= 57) {
      digits2++;
      i++;
    }
  }
  if (digits2 === 0) return false;
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    i++;
    if (i < e && (b[i] === 43 || b[i] === 45)) i++;
    let exp = 0;
    while (i < e && b[i] >= 48 && b[i] <= 57) {
      exp++;
      i++;
    }
    if (exp === 0) return false;
  }
  return i === e;
}
function isDateBytes(b, s, e) {
  if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return false;
  const y = digitsAt(b, s, s + 4);
  const m = digitsAt(b, s + 5, s + 7);
  const d = digitsAt(b, s + 8, s + 10);
  return y >= 0 && m >= 0 && d >= 0 && validDate(y, m, d);
}
function digitsAt(b, s, e) {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MISSING,
  cellNumber,
  hasType,
  isDateBytes,
  isDecimalBytes,
  isIntegerBytes,
  isMissing,
  isMissingBytes,
  parquetText,
  toNumber
});
