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
var lib_exports = {};
__export(lib_exports, {
  RENDERERS: () => import_chunk_YHQKND5W.RENDERERS,
  buildConfigErrorReport: () => import_chunk_YHQKND5W.buildConfigErrorReport,
  buildReport: () => import_chunk_YHQKND5W.buildReport,
  compareMetric: () => import_chunk_NKVS5XOO.compareMetric,
  createWorkspace: () => import_chunk_TEV5JGM7.createWorkspace,
  delong: () => import_chunk_NKVS5XOO.delong,
  evaluateGate: () => import_chunk_YHQKND5W.evaluateGate,
  failProbability: () => import_chunk_NKVS5XOO.failProbability,
  gatePolicy: () => import_chunk_YHQKND5W.gatePolicy,
  mcnemarDetectable: () => import_chunk_NKVS5XOO.mcnemarDetectable,
  mcnemarExact: () => import_chunk_NKVS5XOO.mcnemarExact,
  mergeReports: () => mergeReports,
  normalQuantile: () => import_chunk_NKVS5XOO.normalQuantile,
  pairedBootstrap: () => import_chunk_NKVS5XOO.pairedBootstrap,
  parseConfig: () => import_chunk_YHQKND5W.parseConfig,
  resolveEnvironment: () => import_chunk_YHQKND5W.resolveEnvironment,
  ruleFor: () => import_chunk_NKVS5XOO.ruleFor,
  runMlgate: () => import_chunk_YHQKND5W.runMlgate
});
module.exports = __toCommonJS(lib_exports);
var import_chunk_NKVS5XOO = require("./chunk-NKVS5XOO.js");
var import_chunk_SAPXJGJS = require("./chunk-SAPXJGJS.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_XP556YIM = require("./chunk-XP556YIM.js");
var import_chunk_YHQKND5W = require("./chunk-YHQKND5W.js");
var import_chunk_PMJDWGDD = require("./chunk-PMJDWGDD.js");
var import_chunk_HI6AAJID = require("./chunk-HI6AAJID.js");
var import_chunk_ZSXKQYUC = require("./chunk-ZSXKQYUC.js");
var import_chunk_A72DGWRH = require("./chunk-A72DGWRH.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_CBQHX6JX = require("./chunk-CBQHX6JX.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_7GL4YUX4 = require("./chunk-7GL4YUX4.js");
var import_chunk_IDCT4TUJ = require("./chunk-IDCT4TUJ.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var MergeError = class extends Error {
};
function checkKey(c) {
  return `${c.id}\0${c.status}\0${c.message}`;
}
function mergeReports(reports) {
  const first = reports[0];
  if (!first) throw new MergeError("no reports to merge");
  for (const r of reports) {
    if (r.environment.name !== first.environment.name) {
      throw new MergeError(
        `shards ran in different environments: "${first.environment.name}" and "${r.environment.name}"`
      );
    }
  }
  const sections = /* @__PURE__ */ new Map();
  for (const r of reports) {
    for (const s of r.sections) {
      const into = sections.get(s.id);
      if (!into) {
        sections.set(s.id, { ...s, checks: [...s.checks] });
        continue;
      }
      const seen = new Set(into.checks.map(checkKey));
      for (const c of s.checks) if (!seen.has(checkKey(c))) into.checks.push(c);
      joinPictures(into, s);
      if (into.status === "skipped" && s.status !== "skipped")
        Object.assign(into, { status: s.status, note: s.note });
      else if (s.status === "incomplete") Object.assign(into, { status: "incomplete", note: s.note });
    }
  }
  for (const s of sections.values()) {
    if (s.status !== "incomplete" && s.checks.length) s.status = (0, import_chunk_XP556YIM.sectionStatus)(s.checks);
  }
  const comparisons = /* @__PURE__ */ new Map();
  for (const r of reports)
    for (const c of r.comparisons) if (!comparisons.has(c.metric)) comparisons.set(c.metric, c);
  const items = /* @__PURE__ */ new Map();
  for (const r of reports) {
    for (const item of r.mlTestScore.items) {
      const had = items.get(item.id);
      if (!had || had.points < item.points) items.set(item.id, item);
    }
  }
  const merged = {
    sections: (0, import_chunk_YHQKND5W.normalizeSections)([...sections.values()]),
    comparisons: [...comparisons.values()].sort(
      (a, b) => a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0
    ),
    mlTestScore: (0, import_chunk_YHQKND5W.scoreFromItems)([...items.values()])
  };
  const strictest = reports.map((r) => r.gate.failOn).sort((a, b) => rank(a) - rank(b))[0];
  const mins = reports.flatMap((r) => r.gate.minMlTestScore === void 0 ? [] : [r.gate.minMlTestScore]);
  const gate = (0, import_chunk_YHQKND5W.evaluateGate)(merged, {
    failOn: strictest,
    ...mins.length ? { minMlTestScore: Math.max(...mins) } : {}
  });
  const baseline = reports.find((r) => r.baseline.source !== "none")?.baseline ?? first.baseline;
  const trend = reports.find((r) => r.trend?.length)?.trend;
  const { status: _, ...rest } = first;
  const broken = reports.some((r) => r.status === "config-error");
  return {
    ...rest,
    ...broken ? { status: "config-error" } : {},
    ...merged,
    passed: gate.passed,
    gate,
    baseline,
    ...trend ? { trend } : {}
  };
}
function joinPictures(into, s) {
  const add = (mine, theirs, key) => {
    if (!theirs?.length) return mine;
    const have = new Set((mine ?? []).map(key));
    const out = [...mine ?? [], ...theirs.filter((x) => !have.has(key(x)))];
    return out;
  };
  const tables = add(into.tables, s.tables, (t) => t.title);
  const charts = add(into.charts, s.charts, (c) => c.id);
  const profiles = add(into.profiles, s.profiles, (p) => `${p.dataset}\0${p.column}`);
  if (tables) into.tables = tables;
  if (charts) into.charts = charts;
  if (profiles) into.profiles = profiles;
}
function rank(failOn) {
  return failOn === "warning" ? 0 : failOn === "error" ? 1 : 2;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RENDERERS,
  buildConfigErrorReport,
  buildReport,
  compareMetric,
  createWorkspace,
  delong,
  evaluateGate,
  failProbability,
  gatePolicy,
  mcnemarDetectable,
  mcnemarExact,
  mergeReports,
  normalQuantile,
  pairedBootstrap,
  parseConfig,
  resolveEnvironment,
  ruleFor,
  runMlgate
});
