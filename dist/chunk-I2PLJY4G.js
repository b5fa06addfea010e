import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  binaryCurveCharts
} from "./chunk-GM4YSFD7.js";
import {
  computeMetrics,
  flattenText,
  metricNames,
  readMetricsFiles
} from "./chunk-YIIVIBPE.js";
import {
  PredictionsError,
  pairedSource,
  readPredictions
} from "./chunk-E7I3OUGM.js";
import "./chunk-MWS6UFV3.js";
import {
  DEFAULT_POWER,
  compareMetric,
  delong,
  detectableChange,
  failProbability,
  mcnemarDetectable,
  mcnemarExact,
  pairedBootstrap,
  ruleFor,
  seeded,
  toleratedWorsening
} from "./chunk-K5AIFSU7.js";
import "./chunk-UWN6OSUP.js";
import "./chunk-BCHWMC7C.js";
import {
  baseSliceCharts,
  baseSliceIds
} from "./chunk-AF6NCNAN.js";
import {
  BASELINE_MAX_BYTES,
  BaselineTooLarge,
  baselineCopies,
  hasBaseline,
  readBaselineFile
} from "./chunk-REWL6WAV.js";
import {
  stageHead
} from "./chunk-IM4NCEDE.js";
import {
  asList
} from "./chunk-6RLKMJI7.js";
import "./chunk-ROQHDLOC.js";
import "./chunk-J6OEUPIC.js";
import {
  FILE_START
} from "./chunk-6NMQYMRM.js";
import "./chunk-SMUHAVL2.js";
import "./chunk-J3WANC6Y.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import {
  formatEstimate,
  formatMetric,
  roundUp2
} from "./chunk-FDVFJYAA.js";
import "./chunk-DHTNKQ4Z.js";
import {
  WorkspaceError,
  decodeUtf8
} from "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";

// src/compare/paired.ts
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
  const quote = { confidence: options.confidence, power: options.power ?? DEFAULT_POWER };
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
      const r = mcnemarExact(headOnly, baseOnly);
      out.set(metric, {
        test: `McNemar exact (${headOnly} fixed, ${baseOnly} broken)`,
        pValue: r.pValue,
        significantWorse: r.pValue < alpha && worse((headOnly - baseOnly) / h.length),
        detectable: mcnemarDetectable(h.length, headOnly + baseOnly, quote)
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
      const r = delong(label, hs, bs);
      if (!r) continue;
      out.set(metric, {
        test: "DeLong",
        pValue: r.pValue,
        significantWorse: r.pValue < alpha && worse(r.delta),
        // Identical scores on both sides leave no spread to extrapolate from: nothing to quote.
        ...r.se > 0 ? { detectable: detectableChange(r.se, n, quote) } : {}
      });
      continue;
    }
    let rowsH = pairs.head;
    let rowsB = pairs.base;
    const cap = options.maxBootstrapRows ?? 2e4;
    if (rowsH.length > cap) {
      const rand = seeded(options.seed + 1);
      const pick = new Uint32Array(cap);
      for (let k = 0; k < cap; k++) pick[k] = Math.floor(rand() * rowsH.length);
      rowsH = pick.map((k) => pairs.head[k]);
      rowsB = pick.map((k) => pairs.base[k]);
    }
    const only = /* @__PURE__ */ new Set([metric]);
    const bufH = new Uint32Array(rowsH.length);
    const bufB = new Uint32Array(rowsB.length);
    const interval = pairedBootstrap(
      rowsH.length,
      (rows, side) => {
        if (side === "head") {
          for (let k = 0; k < rows.length; k++) bufH[k] = rowsH[rows[k]];
          return value(computeMetrics(head, bufH, only)[metric]);
        }
        for (let k = 0; k < rows.length; k++) bufB[k] = rowsB[rows[k]];
        return value(computeMetrics(base, bufB, only)[metric]);
      },
      { resamples: options.resamples, confidence: options.confidence, seed: options.seed }
    );
    if (!interval) continue;
    const entirelyWorse = direction === "higher" ? interval.high < 0 : direction === "lower" ? interval.low > 0 : false;
    out.set(metric, {
      test: `paired bootstrap (${interval.resamples} resamples${rowsH.length < pairs.head.length ? ` of ${rowsH.length} rows` : ""})`,
      interval: { low: interval.low, high: interval.high, confidence: interval.confidence },
      significantWorse: entirelyWorse,
      ...interval.se > 0 ? { detectable: detectableChange(interval.se, rowsH.length, quote) } : {}
    });
  }
  return out;
}

// src/compare/shared-head.ts
async function sharedHead(ctx, pcfg) {
  const cached = ctx.runCache?.predictions;
  if (!cached || cached.path !== pcfg.path || cached.id !== pcfg.id) return void 0;
  const p = await cached.value.catch(() => void 0);
  return p?.ids && p.missingColumns.length === 0 ? p : void 0;
}

// src/compare/undetectable.ts
var share = (p) => `${formatMetric(100 * p)}%`;
var chance = (p) => `${(100 * p).toFixed(1)}%`;
function consequence(mode, c, tolerance) {
  const d = c.detectable;
  const fail = (worsening) => failProbability(mode, worsening, d.se, tolerance.value, d.confidence);
  const word = c.direction === "lower" ? "rise" : "drop";
  const tol = formatMetric(tolerance.value);
  if (mode === "significance")
    return `a real ${word} of ${tol} is found significant ${chance(fail(tolerance.value))} of the time, so ${word}s up to ${formatEstimate(d.change)} mostly pass`;
  if (mode === "interval")
    return `the interval is wider than the tolerance, so an unchanged metric fails this rule ${chance(fail(0))} of the time`;
  return `noise moves the estimate by ${formatEstimate(d.se)} (one standard error), so an unchanged metric fails ${chance(fail(0))} of the time and a real ${word} of ${tol} passes half the time`;
}
function remedy(d, tolerance, base) {
  const needed = roundUp2(d.n * (d.change / tolerance.value) ** 2);
  const key = tolerance.text.replace(/ .*/, "");
  const wider = key.endsWith("_percent") ? 100 * d.change / Math.abs(base) : d.change;
  return `Evaluate on about ${needed.toLocaleString("en-US")} examples (as noisy as these), or set ${key} to ${roundUp2(wider)} or more.`;
}
function undetectableTolerance(rule, c, configFile) {
  const d = c.detectable;
  if (!d || c.base === null) return void 0;
  const tolerance = toleratedWorsening(rule, c.direction, c.base);
  if (!tolerance || tolerance.value >= d.change) return void 0;
  const mode = rule.require_interval ? "interval" : rule.require_significance ? "significance" : "tolerance";
  const word = c.direction === "lower" ? "rise" : "drop";
  const can = `${formatEstimate(d.change)} (${share(d.power)} power at ${share(d.confidence)} confidence, ${d.n.toLocaleString("en-US")} pairs)`;
  return {
    id: `compare/${c.metric}/detectable`,
    status: "failed",
    severity: "warning",
    message: `${c.metric}: ${tolerance.text} is below the smallest ${word} this comparison can detect, ${can}`,
    observed: `detects ${formatEstimate(d.change)}`,
    expected: `<= ${formatMetric(tolerance.value)}`,
    diagnostics: [
      {
        code: "compare/undetectable-tolerance",
        severity: "warning",
        message: `${c.metric}: the gate cannot keep its promise at ${d.n.toLocaleString("en-US")} pairs: ${consequence(mode, c, tolerance)}`,
        file: configFile,
        range: FILE_START,
        hint: remedy(d, tolerance, c.base)
      }
    ]
  };
}

// src/compare/compare-stage.ts
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
    if (c.head === null || !ruleFor(c.metric, rules)) continue;
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
      bytes = await readBaselineFile(baseline, file, BASELINE_MAX_BYTES.metrics);
    } catch (err) {
      if (!(err instanceof BaselineTooLarge)) throw err;
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
      text = decodeUtf8(bytes, file);
    } catch (err) {
      problems.push(
        problem(`compare/baseline/${file}`, "warning", `the baseline's ${file}: ${err.message}`)
      );
      continue;
    }
    const metrics = flattenText(text, file, diagnostics);
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
  const copy = await baselineCopies(baseline, [cfg.path], BASELINE_MAX_BYTES.predictions);
  if (copy.tooLarge.length) return copy.tooLarge[0];
  if (!copy.copied.length) return `the baseline has no ${cfg.path}`;
  try {
    return await readPredictions(baseline.workspace, cfg, void 0, true);
  } catch (err) {
    if (err instanceof PredictionsError || err instanceof WorkspaceError)
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
    ...pairedSource(ctx.config),
    slices: [],
    fairness: [],
    metrics: {}
  };
  let head;
  try {
    head = await sharedHead(ctx, pcfg) ?? await readPredictions(ctx.workspace, pcfg, ctx.progress, true);
  } catch (err) {
    if (!(err instanceof PredictionsError) && !(err instanceof WorkspaceError)) throw err;
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
  const names = metricNames(head.task).filter((m) => m !== "average_precision");
  const wanted = names.filter((m) => compared.has(m) || ruleFor(m, rules)).map((metric) => {
    const rule = ruleFor(metric, rules)?.rule;
    return { metric, direction: rule?.direction ?? "higher", interval: rule?.require_interval === true };
  });
  const paired = pairedTests(head, base, pairs, wanted, {
    confidence: sig.confidence ?? DEFAULT_CONFIDENCE,
    power: sig.power ?? DEFAULT_POWER,
    resamples: sig.resamples ?? 2e3,
    seed: sig.seed ?? 1
  });
  const numbers = (p) => {
    const out = {};
    for (const [k, v] of Object.entries(computeMetrics(p)))
      if ("value" in v && names.includes(k)) out[k] = v.value;
    return out;
  };
  const charts = base.task === "binary" ? binaryCurveCharts(base.columns, "base") : [];
  return { paired, head: numbers(head), base: numbers(base), charts };
}
async function paramsDiff(ctx, files, baseline) {
  if (!files.length) return void 0;
  const head = await readMetricsFiles(ctx.workspace, files);
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
  range: FILE_START
});
async function runCompare(ctx) {
  const cfg = ctx.config.compare;
  const rules = cfg.rules ?? {};
  const checks = [];
  const tables = [];
  const policy = cfg.on_missing_baseline ?? "warn";
  const resolved = ctx.baseline ?? { reason: "no baseline in this run" };
  const title = compareStage.title;
  if (!hasBaseline(resolved)) {
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
  const files = asList(cfg.metrics);
  const head = await readMetricsFiles(ctx.workspace, files);
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
    if (!headBy.has(k) && sig.base && k in sig.base && ruleFor(k, rules))
      headBy.set(k, fromPredictions(k, v));
  for (const [k, v] of Object.entries(sig.base ?? {}))
    if (!baseBy.has(k) && headBy.get(k)?.file === PREDICTIONS) baseBy.set(k, fromPredictions(k, v));
  const names = [.../* @__PURE__ */ new Set([...baseBy.keys(), ...headBy.keys()])].sort();
  let regressed = 0;
  let improved = 0;
  for (const name of names) {
    const h = headBy.get(name);
    const c = compareMetric(
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
    const found = ruleFor(name, rules);
    if (!found || c.status === "not gated" || c.base === null || c.head === null) continue;
    const failed = c.status === "failed" || c.status === "warning";
    const arrow = (c.delta ?? 0) > 0 ? "+" : "";
    const delta = `${arrow}${formatMetric(c.delta ?? 0)}${c.deltaPercent != null ? ` (${arrow}${formatMetric(c.deltaPercent)}%)` : ""}`;
    checks.push({
      id: `compare/${name}`,
      status: failed ? "failed" : "passed",
      severity: c.status === "warning" ? "warning" : c.severity ?? "error",
      message: `${name}: ${formatMetric(c.base)} → ${formatMetric(c.head)}, ${delta}${reason ? `: ${reason}` : ""}`,
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
  const baseSlices = await baseSliceCharts(baseline, baseSliceIds(ctx.config));
  const params = await paramsDiff(ctx, asList(cfg.params), baseline);
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
var compareStage = { ...stageHead("compare"), run: runCompare };
export {
  DEFAULT_CONFIDENCE,
  compareStage,
  runCompare
};
