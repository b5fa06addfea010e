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
var chunk_CPTRZ6QP_exports = {};
__export(chunk_CPTRZ6QP_exports, {
  formatCount: () => formatCount,
  formatEstimate: () => formatEstimate,
  formatMetric: () => formatMetric,
  roundUp2: () => roundUp2
});
module.exports = __toCommonJS(chunk_CPTRZ6QP_exports);
function formatMetric(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  if (Math.abs(v) >= 1e3) return v.toFixed(1);
  return String(Number(v.toPrecision(4)));
}
function formatEstimate(v) {
  if (!Number.isFinite(v) || v === 0) return String(v);
  return String(Number(v.toPrecision(2)));
}
function roundUp2(v) {
  if (!Number.isFinite(v) || v <= 0) return v;
  const unit = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Number((Math.ceil(Number((v / unit).toPrecision(12))) * unit).toPrecision(12));
}
function formatCount(n) {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n);
  const digits = String(Math.abs(n));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatCount,
  formatEstimate,
  formatMetric,
  roundUp2
});
