import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  compareMetric,
  delong,
  failProbability,
  mcnemarDetectable,
  mcnemarExact,
  normalQuantile,
  pairedBootstrap,
  ruleFor
} from "./chunk-K5AIFSU7.js";
import "./chunk-UWN6OSUP.js";
import "./chunk-BCHWMC7C.js";
import {
  sectionStatus
} from "./chunk-SLS7POHV.js";
import {
  RENDERERS,
  buildConfigErrorReport,
  buildReport,
  evaluateGate,
  gatePolicy,
  normalizeSections,
  parseConfig,
  resolveEnvironment,
  runMlgate,
  scoreFromItems
} from "./chunk-FWLUUSMS.js";
import "./chunk-KD4LYLAR.js";
import "./chunk-IOA2BS4O.js";
import "./chunk-AF6NCNAN.js";
import "./chunk-REWL6WAV.js";
import "./chunk-IM4NCEDE.js";
import "./chunk-6RLKMJI7.js";
import "./chunk-Z4C2VEZV.js";
import "./chunk-J6OEUPIC.js";
import "./chunk-6NMQYMRM.js";
import "./chunk-FDVFJYAA.js";
import "./chunk-DHTNKQ4Z.js";
import {
  createWorkspace
} from "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-ZHJVOVYD.js";
import "./chunk-NSQR6JOD.js";
import "./chunk-PGUDZQXF.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";

// src/engine/merge-reports.ts
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
    if (s.status !== "incomplete" && s.checks.length) s.status = sectionStatus(s.checks);
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
    sections: normalizeSections([...sections.values()]),
    comparisons: [...comparisons.values()].sort(
      (a, b) => a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0
    ),
    mlTestScore: scoreFromItems([...items.values()])
  };
  const strictest = reports.map((r) => r.gate.failOn).sort((a, b) => rank(a) - rank(b))[0];
  const mins = reports.flatMap((r) => r.gate.minMlTestScore === void 0 ? [] : [r.gate.minMlTestScore]);
  const gate = evaluateGate(merged, {
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
export {
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
};
