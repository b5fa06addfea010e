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
var chunk_CBQHX6JX_exports = {};
__export(chunk_CBQHX6JX_exports, {
  closest: () => closest,
  describeErrors: () => describeErrors,
  formatPath: () => formatPath,
  sortDiagnostics: () => sortDiagnostics,
  validateDocument: () => validateDocument,
  withVia: () => withVia
});
module.exports = __toCommonJS(chunk_CBQHX6JX_exports);
function editDistance(a, b) {
  if (a === b) return 0;
  let before = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
    }
    before = prev;
    prev = row;
  }
  return prev[b.length];
}
function closest(word, candidates) {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance || d === bestDistance && best !== void 0 && c < best) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
var PLAIN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatPath(path) {
  let out = "";
  for (const s of path) {
    if (typeof s === "number") out += `[${s}]`;
    else if (PLAIN.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || "(root)";
}
function parsePointer(pointer, data) {
  if (pointer === "") return [];
  const out = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const isIndex = Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(seg);
    const key = isIndex ? Number(seg) : seg;
    out.push(key);
    node = node !== null && typeof node === "object" ? node[seg] : void 0;
  }
  return out;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(truncate(value))}`;
  if (typeof value === "number" && Number.isInteger(value)) return `the integer ${value}`;
  return `${typeof value} ${String(value)}`;
}
function truncate(s, max = 60) {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
function shown(value) {
  if (typeof value === "string") return JSON.stringify(truncate(value));
  if (value !== null && typeof value === "object") return Array.isArray(value) ? "a list" : "a mapping";
  return String(value);
}
var TYPE_WORDS = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  null: "empty"
};
var COMPARISON = {
  minimum: ">=",
  maximum: "<=",
  exclusiveMinimum: ">",
  exclusiveMaximum: "<"
};
function describe(e, data) {
  const f = describeError(e, data);
  const custom = e.parentSchema?.errorMessage;
  if (!f || typeof custom !== "string" || f.preferKey) return f;
  const where = f.path.length ? formatPath(f.path) : "the file";
  const got = e.data !== null && typeof e.data === "object" ? "" : ` (got ${shown(e.data)})`;
  return { ...f, message: `${where} ${custom}${got}` };
}
function describeError(e, data) {
  const path = parsePointer(e.instancePath, data);
  const where = path.length ? formatPath(path) : "the file";
  const parent = e.parentSchema ?? {};
  const p = e.params;
  const described = parent.description ? `${where}: ${parent.description}` : void 0;
  if (e.propertyName !== void 0) return void 0;
  switch (e.keyword) {
    case "if":
      return void 0;
    // the `then`/`else` errors carry the real reason
    case "required": {
      const missing = String(p.missingProperty);
      const what = parent.properties?.[missing]?.description;
      return {
        code: "schema/required",
        message: `${where} is missing the required key "${missing}"`,
        path,
        preferKey: true,
        hint: what ? `Add "${missing}": ${what}` : `Add "${missing}".`
      };
    }
    case "additionalProperties": {
      const extra = String(p.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const guess = closest(extra, known);
      return {
        code: "schema/unknown-key",
        message: `unknown key "${extra}" in ${where}${guess ? `; did you mean "${guess}"?` : ""}`,
        path: [...path, extra],
        preferKey: true,
        hint: known.length ? `Known keys here: ${known.join(", ")}.` : "Remove it."
      };
    }
    case "propertyNames": {
      const rule = e.schema ?? {};
      return {
        code: "schema/key-name",
        message: `key "${String(p.propertyName)}" in ${where} ${rule.errorMessage ?? "is not a valid name"}`,
        path: [...path, String(p.propertyName)],
        preferKey: true,
        hint: described
      };
    }
    case "type": {
      const types = String(p.type).split(",").map((t) => TYPE_WORDS[t] ?? t);
      return {
        code: "schema/type",
        message: `${where} must be ${types.join(" or ")} (got ${typeName(e.data)})`,
        path,
        preferKey: false,
        hint: described
      };
    }
    case "enum": {
      const allowed = p.allowedValues.map((v) => String(v));
      const guess = typeof e.data === "string" ? closest(e.data, allowed) : void 0;
      return {
        code: "schema/enum",
        message: `${where} must be one of ${allowed.join(", ")} (got ${shown(e.data)})${guess ? `; did you mean "${guess}"?` : ""}`,
        path,
        preferKey: false,
        hint: described
      };
    }
    case "const":
      return {
        code: "schema/const",
        message: `${where} must be ${JSON.stringify(p.allowedValue)} (got ${shown(e.data)})`,
        path,
        preferKey: false,
        hint: described
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        code: `schema/${e.keyword === "minimum" || e.keyword === "exclusiveMinimum" ? "minimum" : "maximum"}`,
        message: `${where} must be ${COMPARISON[e.keyword]} ${String(p.limit)} (got ${shown(e.data)})`,
        path,
        preferKey: false,
        hint: described
      };
    case "pattern":
      return {
        code: "schema/pattern",
        message: `${where} must match the pattern \`${String(p.pattern)}\` (got ${shown(e.data)})`,
        path,
        preferKey: false,
        hint: described
      };
    default:
      return {
        code: `schema/${e.keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        message: parent.errorMessage ? `${where} ${parent.errorMessage}` : `${where} ${e.message ?? "is invalid"}`,
        path,
        preferKey: false,
        hint: described
      };
  }
}
function withVia(message, where) {
  if (!where.via) return message;
  const { line, column } = where.via.start;
  return `${message} (the value is defined at its anchor; it is used through the alias at ${line + 1}:${column + 1})`;
}
function validateDocument(validate, doc, file) {
  if (validate(doc.data)) return [];
  return describeErrors(validate.errors ?? [], doc, file);
}
function foldBranches(errors, data) {
  const unions = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const out = [];
  const folded = /* @__PURE__ */ new Set();
  for (const u of unions) {
    const branches = [];
    for (const e of errors.slice(0, errors.indexOf(u))) {
      if (!folded.has(e) && !unions.includes(e) && e.instancePath === u.instancePath) {
        folded.add(e);
        const f = describe(e, data);
        const where = f?.path.length ? formatPath(f.path) : "the file";
        if (f) branches.push(f.message.startsWith(where) ? f.message.slice(where.length).trim() : f.message);
      }
    }
    out.push({ error: u, branches: [...new Set(branches)] });
  }
  for (const e of errors) if (!folded.has(e) && !unions.includes(e)) out.push({ error: e, branches: [] });
  return out;
}
function describeErrors(errors, doc, file) {
  const out = /* @__PURE__ */ new Map();
  for (const { error: e, branches } of foldBranches(errors, doc.data)) {
    const f = describe(e, doc.data);
    if (!f) continue;
    const where = doc.locate(f.path, f.preferKey);
    const { range } = where;
    let message = withVia(f.message, where);
    if (branches.length) {
      const at = f.path.length ? formatPath(f.path) : "the file";
      message = withVia(`${at} does not match any allowed form: it ${branches.join("; or it ")}`, where);
    }
    const d = { code: f.code, severity: "error", message, file, path: f.path, range };
    if (f.hint) d.hint = f.hint;
    out.set(`${f.code}\0${d.message}\0${range.start.line}:${range.start.column}`, d);
  }
  return sortDiagnostics([...out.values()]);
}
function sortDiagnostics(list) {
  return list.sort(
    (a, b) => cmp(a.file, b.file) || (a.range?.start.line ?? -1) - (b.range?.start.line ?? -1) || (a.range?.start.column ?? -1) - (b.range?.start.column ?? -1) || cmp(a.code, b.code) || cmp(a.message, b.message)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  closest,
  describeErrors,
  formatPath,
  sortDiagnostics,
  validateDocument,
  withVia
});
