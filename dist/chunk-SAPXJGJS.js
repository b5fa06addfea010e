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
var chunk_SAPXJGJS_exports = {};
__export(chunk_SAPXJGJS_exports, {
  sortFloat64: () => sortFloat64
});
module.exports = __toCommonJS(chunk_SAPXJGJS_exports);
var RADIX_MIN = 1 << 16;
function sortFloat64(a) {
  const n = a.length;
  if (n < RADIX_MIN) return a.sort();
  let src = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  for (let i = 1; i < 2 * n; i += 2) {
    const hi = src[i];
    if (hi & 2147483648) {
      src[i] = ~hi >>> 0;
      src[i - 1] = ~src[i - 1] >>> 0;
    } else src[i] = (hi | 2147483648) >>> 0;
  }
  let dst = new Uint32Array(n * 2);
  const counts = new Uint32Array(1 << 16);
  let inPlace = true;
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 ? 16 : 0;
    counts.fill(0);
    for (let i = word; i < 2 * n; i += 2) counts[src[i] >>> shift & 65535]++;
    if (counts[src[word] >>> shift & 65535] === n) continue;
    let sum = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const at = 2 * counts[src[i + word] >>> shift & 65535]++;
      dst[at] = src[i];
      dst[at + 1] = src[i + 1];
    }
    const t = src;
    src = dst;
    dst = t;
    inPlace = !inPlace;
  }
  if (!inPlace) new Uint32Array(a.buffer, a.byteOffset, n * 2).set(src);
  const out = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  for (let i = 1; i < 2 * n; i += 2) {
    const hi = out[i];
    if (hi & 2147483648) out[i] = (hi & 2147483647) >>> 0;
    else {
      out[i] = ~hi >>> 0;
      out[i - 1] = ~out[i - 1] >>> 0;
    }
  }
  return a;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  sortFloat64
});
