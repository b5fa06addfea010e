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
var chunk_AWD24VCE_exports = {};
__export(chunk_AWD24VCE_exports, {
  SILENT: () => SILENT,
  createProgress: () => createProgress
});
module.exports = __toCommonJS(chunk_AWD24VCE_exports);
var SILENT = { start: () => ({ update() {
}, end() {
} }), note() {
} };
function mb(bytes) {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
function createProgress(options) {
  const now = options.now ?? (() => Date.now());
  const every = options.logEveryMs ?? 5e3;
  return {
    note(text) {
      options.write(`mlgate: ${text}
`);
    },
    start(label, total) {
      const started = now();
      let last = started;
      let drawn = false;
      return {
        update(done) {
          const t = now();
          if (options.tty) {
            if (t - last < 100 || t - started < 500) return;
            const pct = total ? Math.min(1, done / total) : 0;
            const bar = "#".repeat(Math.round(pct * 20)).padEnd(20, "-");
            const rate = done / Math.max(1e-3, (t - started) / 1e3);
            options.write(`\r  ${label} [${bar}] ${(pct * 100).toFixed(0).padStart(3)}%  ${mb(rate)}/s`);
            drawn = true;
          } else {
            if (t - last < every) return;
            options.write(
              `mlgate: ${label}: ${total ? `${(100 * done / total).toFixed(0)}%, ` : ""}${mb(done)}${total ? ` of ${mb(total)}` : ""}
`
            );
          }
          last = t;
        },
        end() {
          if (drawn) options.write(`\r${" ".repeat(label.length + 48)}\r`);
          drawn = false;
        }
      };
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SILENT,
  createProgress
});
