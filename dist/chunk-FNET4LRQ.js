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
var chunk_FNET4LRQ_exports = {};
__export(chunk_FNET4LRQ_exports, {
  redact: () => redact
});
module.exports = __toCommonJS(chunk_FNET4LRQ_exports);
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|KEY|CREDENTIAL|PRIVATE|AUTH(?!OR)|COOKIE|SESSION|SIGNATURE|CERT/i;
var NOT_SECRET = /^INPUT_|^SSH_AUTH_SOCK$|_(PATH|FILE|DIR|URL)$/i;
var TOKEN_INPUT = "INPUT_GITHUB-TOKEN";
var MIN_SECRET_LENGTH = 8;
var REDACTED = "***";
var URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/gi;
function isSecretName(name) {
  return name === TOKEN_INPUT || SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}
function secretValues(env, extra = []) {
  const found = /* @__PURE__ */ new Set();
  const add = (value) => {
    if (value.length < MIN_SECRET_LENGTH) return;
    found.add(value);
    found.add(JSON.stringify(value).slice(1, -1));
    found.add(encodeURIComponent(value));
    if (/[\r\n]/.test(value)) {
      for (const line of value.split(/\r?\n|\r/))
        if (line.trim().length >= MIN_SECRET_LENGTH) found.add(line.trim());
    }
  };
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (isSecretName(name)) add(value);
    for (const m of value.matchAll(URL_PASSWORD)) add(m[1]);
  }
  for (const value of extra) add(value);
  return [...found].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
function redactWith(text, secrets) {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}
var processSecrets;
function redact(text) {
  processSecrets ??= secretValues(process.env);
  return redactWith(text, processSecrets);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  redact
});
