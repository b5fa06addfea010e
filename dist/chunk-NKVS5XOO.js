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
var chunk_NKVS5XOO_exports = {};
__export(chunk_NKVS5XOO_exports, {
  DEFAULT_POWER: () => DEFAULT_POWER,
  compareMetric: () => compareMetric,
  delong: () => delong,
  detectableChange: () => detectableChange,
  failProbability: () => failProbability,
  mcnemarDetectable: () => mcnemarDetectable,
  mcnemarExact: () => mcnemarExact,
  normalQuantile: () => normalQuantile,
  pairedBootstrap: () => pairedBootstrap,
  ruleFor: () => ruleFor,
  seeded: () => seeded,
  toleratedWorsening: () => toleratedWorsening
});
module.exports = __toCommonJS(chunk_NKVS5XOO_exports);
var import_chunk_SAPXJGJS = require("./chunk-SAPXJGJS.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
function logGamma(x) {
  const g = 7;
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xx = x - 1;
  let a = c[0];
  const t = xx + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}
function binomialCdfHalf(k, n) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const logN = logGamma(n + 1) - n * Math.LN2;
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(logN - logGamma(i + 1) - logGamma(n - i + 1));
  return Math.min(1, sum);
}
function mcnemarExact(b, c) {
  const n = b + c;
  if (n === 0) return { statistic: 0, pValue: 1 };
  const k = Math.min(b, c);
  return { statistic: k, pValue: Math.min(1, 2 * binomialCdfHalf(k, n)) };
}
function normalCdf(z) {
  return 0.5 * erfc(-z / Math.SQRT2);
}
function erfc(x) {
  const ax = Math.abs(x);
  let r;
  if (ax < 0.5) {
    const t = x * x;
    const top = (((0.18577770618460315 * t + 3.1611237438705655) * t + 113.86415415105016) * t + 377.485237685302) * t + 3209.3775891384694;
    const bot = (((t + 23.601290952344122) * t + 244.02463793444417) * t + 1282.6165260773723) * t + 2844.236833439171;
    return 1 - x * top / bot;
  }
  if (ax < 4) {
    const top = ((((((-1368648573827167e-22 * ax + 0.564195517478974) * ax + 7.2117582508830935) * ax + 43.162227222056735) * ax + 152.9892850469404) * ax + 339.3208167343437) * ax + 451.9189537118729) * ax + 300.4592610201616;
    const bot = ((((((ax + 12.782727319629423) * ax + 77.00015293522948) * ax + 277.58544474398866) * ax + 638.9802644656312) * ax + 931.35409485061) * ax + 790.9509253278981) * ax + 300.4592609569833;
    r = Math.exp(-ax * ax) * top / bot;
  } else {
    let k = ax;
    for (let i = 80; i >= 1; i--) k = ax + i / 2 / k;
    r = Math.exp(-ax * ax) / (Math.sqrt(Math.PI) * k);
  }
  return x < 0 ? 2 - r : r;
}
function midranks(x) {
  const n = x.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && x[idx[j]] === x[idx[i]]) j++;
    const r = (i + j + 1) / 2;
    for (let k = i; k < j; k++) ranks[idx[k]] = r;
    i = j;
  }
  return ranks;
}
function structural(pos, neg) {
  const m = pos.length;
  const n = neg.length;
  const all = new Float64Array(m + n);
  all.set(pos);
  all.set(neg, m);
  const rAll = midranks(all);
  const rPos = midranks(pos);
  const rNeg = midranks(neg);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    v10[i] = (rAll[i] - rPos[i]) / n;
    sum += rAll[i];
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (rAll[m + j] - rNeg[j]) / m;
  const auc = (sum - m * (m + 1) / 2) / (m * n);
  return { auc, v10, v01 };
}
function covariance(a, b) {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] - ma) * (b[i] - mb);
  return s / (n - 1);
}
function delong(label, head, base) {
  let m = 0;
  for (let i = 0; i < label.length; i++) m += label[i];
  const n = label.length - m;
  if (m < 2 || n < 2) return void 0;
  const split = (s) => {
    const pos = new Float64Array(m);
    const neg = new Float64Array(n);
    let p = 0;
    let q = 0;
    for (let i = 0; i < label.length; i++) {
      if (label[i]) pos[p++] = s[i];
      else neg[q++] = s[i];
    }
    return structural(pos, neg);
  };
  const h = split(head);
  const b = split(base);
  const s10 = covariance(h.v10, h.v10) + covariance(b.v10, b.v10) - 2 * covariance(h.v10, b.v10);
  const s01 = covariance(h.v01, h.v01) + covariance(b.v01, b.v01) - 2 * covariance(h.v01, b.v01);
  const variance = s10 / m + s01 / n;
  const delta = h.auc - b.auc;
  const se = Math.sqrt(Math.max(variance, 0));
  if (se === 0) return { aucHead: h.auc, aucBase: b.auc, delta, se, z: 0, pValue: delta === 0 ? 1 : 0 };
  const z = delta / se;
  return { aucHead: h.auc, aucBase: b.auc, delta, se, z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function pairedBootstrap(n, metric, options) {
  const rand = seeded(options.seed);
  const deltas = [];
  const rows = new Uint32Array(n);
  for (let r = 0; r < options.resamples; r++) {
    for (let i = 0; i < n; i++) rows[i] = Math.floor(rand() * n);
    const h = metric(rows, "head");
    const b = metric(rows, "base");
    if (h === void 0 || b === void 0 || Number.isNaN(h) || Number.isNaN(b)) continue;
    deltas.push(h - b);
  }
  if (deltas.length < options.resamples / 2) return void 0;
  const sorted = (0, import_chunk_SAPXJGJS.sortFloat64)(Float64Array.from(deltas));
  const alpha = (1 - options.confidence) / 2;
  const at = (q) => {
    const pos = q * (sorted.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  };
  let mean = 0;
  for (const d of deltas) mean += d;
  mean /= deltas.length;
  let ss = 0;
  for (const d of deltas) ss += (d - mean) ** 2;
  const se = Math.sqrt(ss / (deltas.length - 1));
  return {
    low: at(alpha),
    high: at(1 - alpha),
    confidence: options.confidence,
    resamples: deltas.length,
    se
  };
}
var DEFAULT_POWER = 0.8;
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : Number.NaN;
  if (p > 0.5) return -normalQuantile(1 - p);
  let lo = -40;
  let hi = 40;
  for (; ; ) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) return mid;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
}
function criticalValue(confidence) {
  return normalQuantile(1 - (1 - confidence) / 2);
}
function standardErrors(options) {
  return criticalValue(options.confidence) + normalQuantile(options.power);
}
function detectableChange(se, n, options) {
  return {
    change: standardErrors(options) * se,
    confidence: options.confidence,
    power: options.power,
    n,
    se
  };
}
function mcnemarDetectable(n, discordant, options) {
  const d = detectableChange(Math.sqrt(discordant) / n, n, options);
  const k = standardErrors(options);
  return { ...d, change: Math.max(d.change, k * k / n) };
}
function failProbability(mode, worsening2, se, tolerance, confidence) {
  const z = criticalValue(confidence);
  const threshold = mode === "tolerance" ? tolerance : mode === "significance" ? Math.max(tolerance, z * se) : tolerance - z * se;
  if (se === 0) return worsening2 > threshold ? 1 : 0;
  return normalCdf((worsening2 - threshold) / se);
}
var import_picomatch = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_HFP5IKVS.require_picomatch)(), 1);
function ruleFor(metric, rules) {
  if (Object.hasOwn(rules, metric)) return { key: metric, rule: rules[metric] };
  for (const [key, rule] of Object.entries(rules)) {
    if (!(0, import_chunk_MPGLMMVQ.isGlob)(key)) continue;
    if ((0, import_picomatch.default)(key, { dot: true })(metric)) return { key, rule };
  }
  return void 0;
}
function worsening(base, head, direction) {
  const abs = direction === "higher" ? base - head : direction === "lower" ? head - base : 0;
  return { abs, percent: base === 0 ? null : 100 * abs / Math.abs(base) };
}
function significant(x) {
  return Number(x.toPrecision(12));
}
function beyondTolerance(rule, w) {
  if (!(w.abs > 0)) return void 0;
  const [absLimit, pctLimit, word] = rule.direction === "lower" ? [rule.max_rise, rule.max_rise_percent, "rise"] : [rule.max_drop, rule.max_drop_percent, "drop"];
  if (absLimit === void 0 && pctLimit === void 0) return `any ${word} fails (no tolerance set)`;
  const reasons = [];
  if (absLimit !== void 0 && significant(w.abs) > absLimit)
    reasons.push(`${word} ${round(w.abs)} > max_${word} ${absLimit}`);
  if (pctLimit !== void 0 && w.percent !== null && significant(w.percent) > pctLimit)
    reasons.push(`${word} ${round(w.percent)}% > max_${word}_percent ${pctLimit}`);
  return reasons.length ? reasons.join(", ") : void 0;
}
function toleratedWorsening(rule, direction, base) {
  const [absLimit, pctLimit, word] = direction === "lower" ? [rule.max_rise, rule.max_rise_percent, "rise"] : [rule.max_drop, rule.max_drop_percent, "drop"];
  const limits = [];
  if (absLimit !== void 0) limits.push({ value: absLimit, text: `max_${word} ${absLimit}` });
  if (pctLimit !== void 0 && base !== 0)
    limits.push({ value: pctLimit * Math.abs(base) / 100, text: `max_${word}_percent ${pctLimit}` });
  return limits.sort((a, b) => a.value - b.value)[0];
}
var round = (v) => Number(v.toPrecision(4));
function compareMetric(metric, base, head, rules, paired) {
  const found = ruleFor(metric, rules);
  const rule = found?.rule ?? {};
  const direction = rule.direction ?? (found ? "higher" : "none");
  const out = {
    metric,
    base,
    head,
    delta: null,
    direction,
    status: "unchanged"
  };
  if (rule.severity) out.severity = rule.severity;
  if (paired) {
    out.test = paired.test;
    if (paired.pValue !== void 0) out.pValue = paired.pValue;
    if (paired.interval) out.interval = paired.interval;
    if (paired.detectable && direction !== "none") out.detectable = paired.detectable;
  }
  if (base === null && head === null) return out;
  if (base === null) return { ...out, status: "added" };
  if (head === null) return { ...out, status: "removed" };
  out.delta = head - base;
  out.deltaPercent = base === 0 ? null : 100 * (head - base) / Math.abs(base);
  if (direction === "none") return { ...out, status: "not gated" };
  if (rule.require_interval) {
    if (!paired?.interval)
      return {
        ...out,
        status: failStatus(rule),
        reason: "require_interval, but no interval was computed for this metric"
      };
    const end = direction === "higher" ? base + paired.interval.low : base + paired.interval.high;
    const beyondEnd = beyondTolerance({ ...rule, direction }, worsening(base, end, direction));
    const conf = Math.round(paired.interval.confidence * 100);
    if (beyondEnd)
      return { ...out, status: failStatus(rule), reason: `the ${conf}% interval's worse end: ${beyondEnd}` };
    return {
      ...out,
      status: out.delta === 0 ? "unchanged" : "passed",
      reason: `the ${conf}% interval stays within the tolerance`
    };
  }
  if (out.delta === 0) return out;
  const w = worsening(base, head, direction);
  const beyond = beyondTolerance({ ...rule, direction }, w);
  if (!beyond) return { ...out, status: "passed" };
  if (rule.require_significance) {
    if (!paired)
      return {
        ...out,
        status: failStatus(rule),
        reason: `${beyond}; no paired test for this metric, so the tolerance decides`
      };
    if (!paired.significantWorse)
      return {
        ...out,
        status: "passed",
        reason: `${beyond}, but not significant (${paired.test}${paired.pValue !== void 0 ? `, p = ${round(paired.pValue)}` : ""})`
      };
    return {
      ...out,
      status: failStatus(rule),
      reason: `${beyond}, significant (${paired.test}${paired.pValue !== void 0 ? `, p = ${round(paired.pValue)}` : ""})`
    };
  }
  return { ...out, status: failStatus(rule), reason: beyond };
}
function failStatus(rule) {
  return rule.severity === "warning" ? "warning" : "failed";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_POWER,
  compareMetric,
  delong,
  detectableChange,
  failProbability,
  mcnemarDetectable,
  mcnemarExact,
  normalQuantile,
  pairedBootstrap,
  ruleFor,
  seeded,
  toleratedWorsening
});
