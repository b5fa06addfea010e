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
var chunk_K6QUI4TL_exports = {};
__export(chunk_K6QUI4TL_exports, {
  DEFAULT_CONFIDENCE: () => DEFAULT_CONFIDENCE,
  compareStage: () => compareStage,
  runCompare: () => runCompare
});
module.exports = __toCommonJS(chunk_K6QUI4TL_exports);
var import_chunk_CE465ECT = require("./chunk-CE465ECT.js");
var import_chunk_56AY5UTG = require("./chunk-56AY5UTG.js");
var import_chunk_OY2SR5L5 = require("./chunk-OY2SR5L5.js");
var import_chunk_AWD24VCE = require("./chunk-AWD24VCE.js");
var import_chunk_NKVS5XOO = require("./chunk-NKVS5XOO.js");
var import_chunk_SAPXJGJS = require("./chunk-SAPXJGJS.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_ZSXKQYUC = require("./chunk-ZSXKQYUC.js");
var import_chunk_A72DGWRH = require("./chunk-A72DGWRH.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
function pairRows(head, base) {
  if (head.ids && base.ids) {
    const pairs = pairIds(head.ids, base.ids);
    if (!pairs.head.length) return { problem: "no example id appears on both sides" };
    return pairs;
  }
  const n = head.columns.n;
  if (n !== base.columns.n)
    return {
      problem: `the sides have ${n} and ${base.columns.n} rows; set compare.significance.id to join them`
    };
  const p = { head: new Uint32Array(n).map((_, i) => i), base: new Uint32Array(n).map((_, i) => i) };
  return p;
}
function pairIds(headIds, baseIds) {
  if (headIds.sameAs(baseIds)) {
    const rows = new Uint32Array(headIds.count);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    return { head: rows, base: rows.slice() };
  }
  let size = 1024;
  while (size < baseIds.count * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size * 2);
  const h = new Uint32Array(2);
  const find = (ids, i) => {
    ids.hash(i, h);
    const check = h[1] | 0;
    let slot = h[0] & mask;
    for (; ; ) {
      const row = table[slot * 2];
      if (row === 0) {
        table[slot * 2 + 1] = check;
        return slot;
      }
      if (table[slot * 2 + 1] === check && ids.equal(i, baseIds, row - 1)) return slot;
      slot = slot + 1 & mask;
    }
  };
  for (let j = 0; j < baseIds.count; j++) table[find(baseIds, j) * 2] = j + 1;
  const head = [];
  const base = [];
  for (let i = 0; i < headIds.count; i++) {
    const row = table[find(headIds, i) * 2];
    if (row !== 0) {
      head.push(i);
      base.push(row - 1);
    }
  }
  return { head: Uint32Array.from(head), base: Uint32Array.from(base) };
}
function labelsAgree(head, base, pairs) {
  const hl = head.columns.label;
  const bl = base.columns.label;
  const hc = head.columns.classes;
  const bc = base.columns.classes;
  let bad = 0;
  for (let k = 0; k < pairs.head.length; k++) {
    const a = hl[pairs.head[k]];
    const b = bl[pairs.base[k]];
    if (hc && bc ? hc[a] !== bc[b] : a !== b) bad++;
  }
  return bad;
}
var value = (v) => v && "value" in v ? v.value : void 0;
function correct(p, rows) {
  const out = new Uint8Array(rows.length);
  const c = p.columns;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    out[k] = Number(c.label[i] === c.prediction[i]);
  }
  return out;
}
function pairedTests(head, base, pairs, wanted, options) {
  const out = /* @__PURE__ */ new Map();
  const alpha = 1 - options.confidence;
  const quote = { confidence: options.confidence, power: options.power ?? import_chunk_NKVS5XOO.DEFAULT_POWER };
  for (const { metric, direction, interval: wantsInterval } of wanted) {
    const worse = (delta) => direction === "higher" ? delta < 0 : direction === "lower" ? delta > 0 : false;
    if (metric === "accuracy" && head.task !== "regression" && !wantsInterval) {
      const h = correct(head, pairs.head);
      const b = correct(base, pairs.base);
      let headOnly = 0;
      let baseOnly = 0;
      for (let k = 0; k < h.length; k++) {
        if (h[k] && !b[k]) headOnly++;
        else if (!h[k] && b[k]) baseOnly++;
      }
      const r = (0, import_chunk_NKVS5XOO.mcnemarExact)(headOnly, baseOnly);
      out.set(metric, {
        test: `McNemar exact (${headOnly} fixed, ${baseOnly} broken)`,
        pValue: r.pValue,
        significantWorse: r.pValue < alpha && worse((headOnly - baseOnly) / h.length),
        detectable: (0, import_chunk_NKVS5XOO.mcnemarDetectable)(h.length, headOnly + baseOnly, quote)
      });
      continue;
    }
    if (metric === "roc_auc" && head.task === "binary" && !wantsInterval) {
      const hc = head.columns;
      const bc = base.columns;
      if (!hc.score || !bc.score) continue;
      const n = pairs.head.length;
      const label = new Uint8Array(n);
      const hs = new Float64Array(n);
      const bs = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        label[k] = hc.label[pairs.head[k]];
        hs[k] = hc.score[pairs.head[k]];
        bs[k] = bc.score[pairs.base[k]];
      }
      const r = (0, import_chunk_NKVS5XOO.delong)(label, hs, bs);
      if (!r) continue;
      out.set(metric, {
        test: "DeLong",
        pValue: r.pValue,
        significantWorse: r.pValue < alpha && worse(r.delta),
        // Identical scores on both sides leave no spread to extrapolate from: nothing to quote.
        ...r.se > 0 ? { detectable: (0, import_chunk_NKVS5XOO.detectableChange)(r.se, n, quote) } : {}
      });
      continue;
    }
    let rowsH = pairs.head;
    let rowsB = pairs.base;
    const cap = options.maxBootstrapRows ?? 2e4;
    if (rowsH.length > cap) {
      const rand = (0, import_chunk_NKVS5XOO.seeded)(options.seed + 1);
      const pick = new Uint32Array(cap);
      for (let k = 0; k < cap; k++) pick[k] = Math.floor(rand() * rowsH.length);
      rowsH = pick.map((k) => pairs.head[k]);
      rowsB = pick.map((k) => pairs.base[k]);
    }
    const only = /* @__PURE__ */ new Set([metric]);
    const bufH = new Uint32Array(rowsH.length);
    const bufB = new Uint32Array(rowsB.length);
    const interval = (0, import_chunk_NKVS5XOO.pairedBootstrap)(
      rowsH.length,
      (rows, side) => {
        if (side === "head") {
          for (let k = 0; k < rows.length; k++) bufH[k] = rowsH[rows[k]];
          return value((0, import_chunk_56AY5UTG.computeMetrics)(head, bufH, only)[metric]);
        }
        for (let k = 0; k < rows.length; k++) bufB[k] = rowsB[rows[k]];
        return value((0, import_chunk_56AY5UTG.computeMetrics)(base, bufB, only)[metric]);
      },
      { resamples: options.resamples, confidence: options.confidence, seed: options.seed }
    );
    if (!interval) continue;
    const entirelyWorse = direction === "higher" ? interval.high < 0 : direction === "lower" ? interval.low > 0 : false;
    out.set(metric, {
      test: `paired bootstrap (${interval.resamples} resamples${rowsH.length < pairs.head.length ? ` of ${rowsH.length} rows` : ""})`,
      interval: { low: interval.low, high: interval.high, confidence: interval.confidence },
      significantWorse: entirelyWorse,
      ...interval.se > 0 ? { detectable: (0, import_chunk_NKVS5XOO.detectableChange)(interval.se, rowsH.length, quote) } : {}
    });
  }
  return out;
}
async function sharedHead(ctx, pcfg) {
  const cached = ctx.runCache?.predictions;
  if (!cached || cached.path !== pcfg.path || cached.id !== pcfg.id) return void 0;
  const p = await cached.value.catch(() => void 0);
  return p?.ids && p.missingColumns.length === 0 ? p : void 0;
}
var share = (p) => `${(0, import_chunk_CPTRZ6QP.formatMetric)(100 * p)}%`;
var chance = (p) => `${(100 * p).toFixed(1)}%`;
function consequence(mode, c, tolerance) {
  const d = c.detectable;
  const fail = (worsening) => (0, import_chunk_NKVS5XOO.failProbability)(mode, worsening, d.se, tolerance.value, d.confidence);
  const word = c.direction === "lower" ? "rise" : "drop";
  const tol = (0, import_chunk_CPTRZ6QP.formatMetric)(tolerance.value);
  if (mode === "significance")
    return `a real ${word} of ${tol} is found significant ${chance(fail(tolerance.value))} of the time, so ${word}s up to ${(0, import_chunk_CPTRZ6QP.formatEstimate)(d.change)} mostly pass`;
  if (mode === "interval")
    return `the interval is wider than the tolerance, so an unchanged metric fails this rule ${chance(fail(0))} of the time`;
  return `noise moves the estimate by ${(0, import_chunk_CPTRZ6QP.formatEstimate)(d.se)} (one standard error), so an unchanged metric fails ${chance(fail(0))} of the time and a real ${word} of ${tol} passes half the time`;
}
function remedy(d, tolerance, base) {
  const needed = (0, import_chunk_CPTRZ6QP.roundUp2)(d.n * (d.change / tolerance.value) ** 2);
  const key = tolerance.text.replace(/ .*/, "");
  const wider = key.endsWith("_percent") ? 100 * d.change / Math.abs(base) : d.change;
  return `Evaluate on about ${needed.toLocaleString("en-US")} examples (as noisy as these), or set ${key} to ${(0, import_chunk_CPTRZ6QP.roundUp2)(wider)} or more.`;
}
function undetectableTolerance(rule, c, configFile) {
  const d = c.detectable;
  if (!d || c.base === null) return void 0;
  const tolerance = (0, import_chunk_NKVS5XOO.toleratedWorsening)(rule, c.direction, c.base);
  if (!tolerance || tolerance.value >= d.change) return void 0;
  const mode = rule.require_interval ? "interval" : rule.require_significance ? "significance" : "tolerance";
  const word = c.direction === "lower" ? "rise" : "drop";
  const can = `${(0, import_chunk_CPTRZ6QP.formatEstimate)(d.change)} (${share(d.power)} power at ${share(d.confidence)} confidence, ${d.n.toLocaleString("en-US")} pairs)`;
  return {
    id: `compare/${c.metric}/detectable`,
    status: "failed",
    severity: "warning",
    message: `${c.metric}: ${tolerance.text} is below the smallest ${word} this comparison can detect, ${can}`,
    observed: `detects ${(0, import_chunk_CPTRZ6QP.formatEstimate)(d.change)}`,
    expected: `<= ${(0, import_chunk_CPTRZ6QP.formatMetric)(tolerance.value)}`,
    diagnostics: [
      {
        code: "compare/undetectable-tolerance",
        severity: "warning",
        message: `${c.metric}: the gate cannot keep its promise at ${d.n.toLocaleString("en-US")} pairs: ${consequence(mode, c, tolerance)}`,
        file: configFile,
        range: import_chunk_Y3HCMOLU.FILE_START,
        hint: remedy(d, tolerance, c.base)
      }
    ]
  };
}
var RUBRIC = ["infrastructure.4"];
var DEFAULT_CONFIDENCE = 0.98;
async function trendOf(history, files, comparisons, rules) {
  const past = [];
  for (const h of history) {
    const metrics = await baseMetrics(h.files, files, []);
    past.push({
      sha: h.sha,
      values: new Map(metrics.filter((m) => m.value !== null).map((m) => [m.name, m.value]))
    });
  }
  const series = [];
  for (const c of comparisons) {
    if (c.head === null || !(0, import_chunk_NKVS5XOO.ruleFor)(c.metric, rules)) continue;
    const points = [];
    for (const p of past) {
      const v = p.values.get(c.metric);
      if (v !== void 0) points.push({ label: p.sha.slice(0, 7), value: v });
    }
    if (!points.length) continue;
    points.push({ label: "this change", value: c.head });
    series.push({ metric: c.metric, points });
  }
  return series.slice(0, 6);
}
async function baseMetrics(baseline, files, problems) {
  const perFile = [];
  for (const file of files) {
    let bytes;
    try {
      bytes = await (0, import_chunk_A72DGWRH.readBaselineFile)(baseline, file, import_chunk_A72DGWRH.BASELINE_MAX_BYTES.metrics);
    } catch (err) {
      if (!(err instanceof import_chunk_A72DGWRH.BaselineTooLarge)) throw err;
      problems.push(problem(`compare/baseline/${file}`, "warning", `baseline ${err.message}`));
      continue;
    }
    if (!bytes) {
      problems.push(
        problem(
          `compare/baseline/${file}`,
          "warning",
          `the baseline has no ${file}: its metrics count as added`
        )
      );
      continue;
    }
    const diagnostics = [];
    let text;
    try {
      text = (0, import_chunk_TEV5JGM7.decodeUtf8)(bytes, file);
    } catch (err) {
      problems.push(
        problem(`compare/baseline/${file}`, "warning", `the baseline's ${file}: ${err.message}`)
      );
      continue;
    }
    const metrics = (0, import_chunk_56AY5UTG.flattenText)(text, file, diagnostics);
    if (diagnostics.length)
      problems.push(
        problem(
          `compare/baseline/${file}`,
          "warning",
          `the baseline's ${file} cannot be read: ${diagnostics[0].message}`
        )
      );
    perFile.push(metrics);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const l of perFile) for (const m of l) seen.set(m.name, (seen.get(m.name) ?? 0) + 1);
  return perFile.flat().map((m) => (seen.get(m.name) ?? 0) > 1 ? { ...m, name: `${m.file}:${m.name}` } : m);
}
function problem(id, severity, message) {
  return { id, status: "error", severity, message, diagnostics: [] };
}
async function basePredictions(baseline, cfg) {
  const copy = await (0, import_chunk_A72DGWRH.baselineCopies)(baseline, [cfg.path], import_chunk_A72DGWRH.BASELINE_MAX_BYTES.predictions);
  if (copy.tooLarge.length) return copy.tooLarge[0];
  if (!copy.copied.length) return `the baseline has no ${cfg.path}`;
  try {
    return await (0, import_chunk_OY2SR5L5.readPredictions)(baseline.workspace, cfg, void 0, true);
  } catch (err) {
    if (err instanceof import_chunk_OY2SR5L5.PredictionsError || err instanceof import_chunk_TEV5JGM7.WorkspaceError)
      return `the baseline's ${cfg.path}: ${err.message}`;
    throw err;
  }
}
async function significance(ctx, cfg, baseline, rules, problems, compared) {
  const sig = cfg.significance;
  const empty = { paired: /* @__PURE__ */ new Map() };
  if (!sig) return empty;
  const model = ctx.config.model?.predictions;
  if (!model) {
    problems.push(
      problem(
        "compare/significance",
        "warning",
        "significance needs model.predictions to name the task and columns"
      )
    );
    return empty;
  }
  const pcfg = {
    ...model,
    ...(0, import_chunk_OY2SR5L5.pairedSource)(ctx.config),
    slices: [],
    fairness: [],
    metrics: {}
  };
  let head;
  try {
    head = await sharedHead(ctx, pcfg) ?? await (0, import_chunk_OY2SR5L5.readPredictions)(ctx.workspace, pcfg, ctx.progress, true);
  } catch (err) {
    if (!(err instanceof import_chunk_OY2SR5L5.PredictionsError) && !(err instanceof import_chunk_TEV5JGM7.WorkspaceError)) throw err;
    problems.push(problem("compare/significance", "warning", `paired tests skipped: ${err.message}`));
    return empty;
  }
  const base = await basePredictions(baseline.files, pcfg);
  if (typeof base === "string") {
    problems.push(problem("compare/significance", "warning", `paired tests skipped: ${base}`));
    return empty;
  }
  const pairs = pairRows(head, base);
  if ("problem" in pairs) {
    problems.push(problem("compare/significance", "warning", `paired tests skipped: ${pairs.problem}`));
    return empty;
  }
  const disagree = labelsAgree(head, base, pairs);
  if (disagree) {
    problems.push(
      problem(
        "compare/significance",
        "warning",
        `paired tests skipped: ${disagree} paired rows have different labels, so the rows are not the same examples${pcfg.id ? "" : " (set compare.significance.id to join on an id column)"}`
      )
    );
    return empty;
  }
  const names = (0, import_chunk_56AY5UTG.metricNames)(head.task).filter((m) => m !== "average_precision");
  const wanted = names.filter((m) => compared.has(m) || (0, import_chunk_NKVS5XOO.ruleFor)(m, rules)).map((metric) => {
    const rule = (0, import_chunk_NKVS5XOO.ruleFor)(metric, rules)?.rule;
    return { metric, direction: rule?.direction ?? "higher", interval: rule?.require_interval === true };
  });
  const paired = pairedTests(head, base, pairs, wanted, {
    confidence: sig.confidence ?? DEFAULT_CONFIDENCE,
    power: sig.power ?? import_chunk_NKVS5XOO.DEFAULT_POWER,
    resamples: sig.resamples ?? 2e3,
    seed: sig.seed ?? 1
  });
  const numbers = (p) => {
    const out = {};
    for (const [k, v] of Object.entries((0, import_chunk_56AY5UTG.computeMetrics)(p)))
      if ("value" in v && names.includes(k)) out[k] = v.value;
    return out;
  };
  const charts = base.task === "binary" ? (0, import_chunk_CE465ECT.binaryCurveCharts)(base.columns, "base") : [];
  return { paired, head: numbers(head), base: numbers(base), charts };
}
async function paramsDiff(ctx, files, baseline) {
  if (!files.length) return void 0;
  const head = await (0, import_chunk_56AY5UTG.readMetricsFiles)(ctx.workspace, files);
  const baseList = await baseMetrics(baseline.files, files, []);
  const show = (m) => m === void 0 ? "–" : m.value !== null ? String(m.value) : m.problem?.replace(/^is /, "").replace(/, not a number$/, "") ?? "";
  const headBy = new Map(head.metrics.map((m) => [m.name, m]));
  const baseBy = new Map(baseList.map((m) => [m.name, m]));
  const rows = [];
  for (const name of [.../* @__PURE__ */ new Set([...baseBy.keys(), ...headBy.keys()])].sort()) {
    const b = show(baseBy.get(name));
    const h = show(headBy.get(name));
    if (b !== h) rows.push([name, b, h]);
  }
  return {
    title: `Params changed (${rows.length})`,
    compact: true,
    columns: ["param", "base", "head"],
    rows
  };
}
var PREDICTIONS = "(predictions)";
var fromPredictions = (name, value2) => ({
  name,
  value: value2,
  file: PREDICTIONS,
  range: import_chunk_Y3HCMOLU.FILE_START
});
async function runCompare(ctx) {
  const cfg = ctx.config.compare;
  const rules = cfg.rules ?? {};
  const checks = [];
  const tables = [];
  const policy = cfg.on_missing_baseline ?? "warn";
  const resolved = ctx.baseline ?? { reason: "no baseline in this run" };
  const title = compareStage.title;
  if (!(0, import_chunk_A72DGWRH.hasBaseline)(resolved)) {
    const compared = {
      comparisons: [],
      baseline: { source: "none", reason: resolved.reason }
    };
    const message = `no baseline: ${resolved.reason} (on_missing_baseline: ${policy})`;
    const check = policy === "pass" ? { id: "compare/baseline", status: "skipped", severity: "warning", message, diagnostics: [] } : {
      id: "compare/baseline",
      status: "error",
      severity: policy === "fail" ? "error" : "warning",
      message,
      diagnostics: []
    };
    const section = {
      id: "compare",
      title,
      status: policy === "pass" ? "passed" : policy === "fail" ? "failed" : "warning",
      summary: "no baseline",
      checks: [check]
    };
    return { section, compared };
  }
  const baseline = resolved;
  const out = { comparisons: [], baseline: baseline.info };
  const problems = [];
  const files = (0, import_chunk_Y2MZXBRO.asList)(cfg.metrics);
  const head = await (0, import_chunk_56AY5UTG.readMetricsFiles)(ctx.workspace, files);
  for (const d of head.diagnostics)
    problems.push({
      ...problem(`compare/metrics-file/${d.file}`, "error", `${d.file}: ${d.message}`),
      diagnostics: [d]
    });
  const base = await baseMetrics(baseline.files, files, problems);
  const sig = await significance(
    ctx,
    cfg,
    baseline,
    rules,
    problems,
    new Set(head.metrics.map((m) => m.name))
  );
  const headBy = new Map(head.metrics.filter((m) => m.value !== null).map((m) => [m.name, m]));
  const baseBy = new Map(base.filter((m) => m.value !== null).map((m) => [m.name, m]));
  for (const [k, v] of Object.entries(sig.head ?? {}))
    if (!headBy.has(k) && sig.base && k in sig.base && (0, import_chunk_NKVS5XOO.ruleFor)(k, rules))
      headBy.set(k, fromPredictions(k, v));
  for (const [k, v] of Object.entries(sig.base ?? {}))
    if (!baseBy.has(k) && headBy.get(k)?.file === PREDICTIONS) baseBy.set(k, fromPredictions(k, v));
  const names = [.../* @__PURE__ */ new Set([...baseBy.keys(), ...headBy.keys()])].sort();
  let regressed = 0;
  let improved = 0;
  for (const name of names) {
    const h = headBy.get(name);
    const c = (0, import_chunk_NKVS5XOO.compareMetric)(
      name,
      baseBy.get(name)?.value ?? null,
      h?.value ?? null,
      rules,
      sig.paired.get(name)
    );
    const { reason, ...comparison } = c;
    out.comparisons.push(comparison);
    if (c.status === "failed" || c.status === "warning") regressed++;
    else if (c.delta !== null && c.delta !== 0 && c.direction !== "none" && c.direction === "higher" === c.delta > 0)
      improved++;
    const found = (0, import_chunk_NKVS5XOO.ruleFor)(name, rules);
    if (!found || c.status === "not gated" || c.base === null || c.head === null) continue;
    const failed = c.status === "failed" || c.status === "warning";
    const arrow = (c.delta ?? 0) > 0 ? "+" : "";
    const delta = `${arrow}${(0, import_chunk_CPTRZ6QP.formatMetric)(c.delta ?? 0)}${c.deltaPercent != null ? ` (${arrow}${(0, import_chunk_CPTRZ6QP.formatMetric)(c.deltaPercent)}%)` : ""}`;
    checks.push({
      id: `compare/${name}`,
      status: failed ? "failed" : "passed",
      severity: c.status === "warning" ? "warning" : c.severity ?? "error",
      message: `${name}: ${(0, import_chunk_CPTRZ6QP.formatMetric)(c.base)} → ${(0, import_chunk_CPTRZ6QP.formatMetric)(c.head)}, ${delta}${reason ? `: ${reason}` : ""}`,
      observed: delta,
      rubric: RUBRIC,
      diagnostics: failed && h && h.file !== PREDICTIONS ? [
        {
          code: "compare/regression",
          severity: c.status === "warning" ? "warning" : "error",
          message: `${name} ${reason ?? "regressed"}`,
          file: h.file,
          range: h.range
        }
      ] : []
    });
    const promise = undetectableTolerance(found.rule, comparison, ctx.configFile);
    if (promise) checks.push(promise);
  }
  if (baseline.history.length) out.trend = await trendOf(baseline.history, files, out.comparisons, rules);
  const baseSlices = await (0, import_chunk_ZSXKQYUC.baseSliceCharts)(baseline, (0, import_chunk_ZSXKQYUC.baseSliceIds)(ctx.config));
  const params = await paramsDiff(ctx, (0, import_chunk_Y2MZXBRO.asList)(cfg.params), baseline);
  if (params) tables.push(params);
  checks.push(...problems);
  const where = baseline.info.sha ? `${baseline.info.ref}@${baseline.info.sha.slice(0, 7)}` : baseline.info.ref;
  checks.unshift({
    id: "compare/baseline",
    status: "passed",
    severity: "warning",
    message: `baseline: ${baseline.info.source} ${where}${baseline.info.reason ? ` (${baseline.info.reason})` : ""}`,
    rubric: RUBRIC,
    diagnostics: []
  });
  const failing = checks.filter((c) => c.status === "failed" || c.status === "error");
  const status = failing.some((c) => c.severity === "error") ? "failed" : failing.length ? "warning" : "passed";
  const summary = `${names.length} metric${names.length === 1 ? "" : "s"}: ${regressed} regressed, ${improved} improved${params ? `; ${params.rows.length} param${params.rows.length === 1 ? "" : "s"} changed` : ""}`;
  const all = [...sig.charts ?? [], ...baseSlices];
  const charts = all.length ? { charts: all } : {};
  return { section: { id: "compare", title, status, summary, tables, ...charts, checks }, compared: out };
}
var compareStage = { ...(0, import_chunk_P3AQRZ4Z.stageHead)("compare"), run: runCompare };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_CONFIDENCE,
  compareStage,
  runCompare
});
