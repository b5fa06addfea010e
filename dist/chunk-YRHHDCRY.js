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
var chunk_YRHHDCRY_exports = {};
__export(chunk_YRHHDCRY_exports, {
  compareNames: () => compareNames,
  dataNames: () => dataNames,
  modelNames: () => modelNames
});
module.exports = __toCommonJS(chunk_YRHHDCRY_exports);
var import_chunk_GZ5VITXX = require("./chunk-GZ5VITXX.js");
var import_chunk_56AY5UTG = require("./chunk-56AY5UTG.js");
var import_chunk_SAPXJGJS = require("./chunk-SAPXJGJS.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_PMJDWGDD = require("./chunk-PMJDWGDD.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_HCYQT7WV = require("./chunk-HCYQT7WV.js");
var import_chunk_SSUJ7GHV = require("./chunk-SSUJ7GHV.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
function lacking(name, headers) {
  return headers.find((h) => !h.fields.includes(name));
}
function checkColumn(sink, headers, name, path, key, what, drop) {
  const h = lacking(name, headers);
  if (!h) return true;
  sink.unknown(
    { path, key },
    "names/column",
    `${what} "${name}" is not a column of ${h.file}`,
    name,
    h.fields,
    drop
  );
  return false;
}
function resolveColumn(sink, header, name, path, what) {
  checkColumn(sink, [header], name, path, false, what);
}
function resolveDatasetColumns(sink, ds, index, headers) {
  if (!headers.length) return;
  const base = ["data", index];
  for (const name of Object.keys(ds.columns ?? {}))
    checkColumn(sink, headers, name, [...base, "columns", name], true, "the column", [
      ...base,
      "columns",
      name
    ]);
  const lists = [
    ["unique", ds.unique],
    ["one_hot", ds.one_hot]
  ];
  for (const [key, value] of lists) {
    if (!Array.isArray(value)) continue;
    value.forEach((group, g) => {
      if (!Array.isArray(group)) return;
      group.forEach((name, k) => {
        if (typeof name !== "string") return;
        const what = key === "unique" ? "the key column" : "the one-hot column";
        checkColumn(sink, headers, name, [...base, key, g, k], false, what, [...base, key, g]);
      });
    });
  }
  const drift = ds.drift;
  if (Array.isArray(drift?.columns))
    drift.columns.forEach((name, k) => {
      if (typeof name !== "string") return;
      const path = [...base, "drift", "columns", k];
      checkColumn(sink, headers, name, path, false, "the drift column", path);
    });
  resolveLabelColumns(sink, ds.labels, base, headers);
}
function resolveLabelColumns(sink, labels, base, headers) {
  if (labels === null || typeof labels !== "object") return;
  const cfg = labels;
  const at = [...base, "labels"];
  if (typeof cfg.column === "string")
    checkColumn(sink, headers, cfg.column, [...at, "column"], false, "the label column", at);
  for (const [key, what] of [
    ["features", "the feature column"],
    ["exclude", "the excluded column"]
  ]) {
    const list = cfg[key];
    if (Array.isArray(list))
      list.forEach((name, k) => {
        if (typeof name === "string") checkColumn(sink, headers, name, [...at, key, k], false, what, at);
      });
  }
}
function resolveSplitColumns(sink, splits, index, train) {
  if (splits === null || typeof splits !== "object") return;
  const cfg = splits;
  const entry = ["data", index];
  const at = [...entry, "splits"];
  const headers = [train];
  for (const [key, what] of [
    ["key", "the key column"],
    ["categories", "the category column"]
  ]) {
    const list = cfg[key];
    if (Array.isArray(list))
      list.forEach((name, k) => {
        if (typeof name === "string") checkColumn(sink, headers, name, [...at, key, k], false, what, entry);
      });
  }
  if (typeof cfg.label === "string")
    checkColumn(sink, headers, cfg.label, [...at, "label"], false, "the label column", entry);
}
function resolvePredictionColumns(sink, cfg, header) {
  const base = ["model", "predictions"];
  const headers = [header];
  for (const key of ["label", "prediction", "score", "id"]) {
    const name = cfg[key];
    if (typeof name === "string")
      checkColumn(sink, headers, name, [...base, key], false, `the ${key} column`);
  }
  for (const [cls, name] of Object.entries(cfg.scores ?? {}))
    checkColumn(sink, headers, name, [...base, "scores", cls], false, `the score column of class ${cls}`);
  for (const list of ["slices", "fairness"])
    (cfg[list] ?? []).forEach((s, i) => {
      if (typeof s.by === "string")
        checkColumn(
          sink,
          headers,
          s.by,
          [...base, list, i, "by"],
          false,
          `the ${list === "slices" ? "slice" : "fairness"} column`,
          [...base, list, i]
        );
    });
}
var import_picomatch = (0, import_chunk_75QCMCYK.__toESM)((0, import_chunk_HFP5IKVS.require_picomatch)(), 1);
function namesOf(metrics) {
  return [...new Set(metrics.map((m) => m.name))];
}
function unknownFile(key, files) {
  const colon = key.lastIndexOf(":");
  if (colon <= 0) return void 0;
  const file = key.slice(0, colon);
  return files.includes(file) ? void 0 : file;
}
function resolveThresholds(sink, thresholds, metrics, files) {
  for (const key of Object.keys(thresholds)) {
    const path = ["model", "thresholds", key];
    const site = { path, key: true };
    if ((0, import_chunk_GZ5VITXX.matching)(key, metrics).length) continue;
    if ((0, import_chunk_MPGLMMVQ.isGlob)(key)) {
      sink.problem(
        site,
        "names/no-match",
        "warning",
        `the threshold glob "${key}" matches no metric in ${files.join(", ")}`,
        `The files have: ${namesOf(metrics).slice(0, 12).join(", ") || "no metrics"}.`,
        path
      );
      continue;
    }
    const file = unknownFile(key, files);
    if (file !== void 0) {
      sink.unknown(
        site,
        "names/metrics-file",
        `"${file}" in the threshold "${key}" is not a metrics file of model.metrics`,
        file,
        files,
        path
      );
      continue;
    }
    sink.unknown(
      site,
      "names/metric",
      `the threshold "${key}" names a metric that no metrics file has`,
      key,
      namesOf(metrics),
      path
    );
  }
}
function resolveRules(sink, rules, names, files) {
  for (const key of Object.keys(rules)) {
    const path = ["compare", "rules", key];
    const site = { path, key: true };
    if ((0, import_chunk_MPGLMMVQ.isGlob)(key)) {
      if (!names.some((n) => matchesGlob(key, n)))
        sink.problem(site, "names/no-match", "warning", `the rule glob "${key}" matches no compared metric`);
      continue;
    }
    if (names.includes(key)) continue;
    const file = unknownFile(key, files);
    if (file !== void 0 && !names.some((n) => n.startsWith(`${file}:`))) {
      sink.unknown(
        site,
        "names/metrics-file",
        `"${file}" in the rule "${key}" is not a file of compare.metrics`,
        file,
        files,
        path
      );
      continue;
    }
    sink.unknown(
      site,
      "names/metric",
      `the rule "${key}" names a metric that is not compared`,
      key,
      names,
      path
    );
  }
}
function matchesGlob(glob, name) {
  return (0, import_picomatch.default)(glob, { dot: true })(name);
}
function resolvePredictionMetrics(sink, cfg) {
  const base = ["model", "predictions"];
  const known = (0, import_chunk_56AY5UTG.metricNames)(cfg.task);
  const checkName = (name) => (0, import_chunk_56AY5UTG.checkMetricName)(cfg.task, name)?.replace(/; expected one of .*$/, "");
  for (const name of Object.keys(cfg.metrics ?? {})) {
    const why = checkName(name);
    const path = [...base, "metrics", name];
    if (why) sink.unknown({ path, key: true }, "names/prediction-metric", why, name, known, path);
  }
  (cfg.slices ?? []).forEach((s, i) => {
    const why = checkName(s.metric);
    if (why)
      sink.unknown(
        { path: [...base, "slices", i, "metric"], key: false },
        "names/prediction-metric",
        why,
        s.metric,
        known,
        [...base, "slices", i]
      );
  });
  if (cfg.fairness?.length && cfg.task !== "binary") {
    const path = [...base, "fairness"];
    sink.problem(
      { path, key: true },
      "names/fairness-task",
      "error",
      `fairness measures need a binary model (task is ${cfg.task})`,
      "Remove `fairness:` or compare slices with `slices:` instead.",
      path
    );
  }
}
var HeaderFound = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
async function readHeader(workspace, file, format, delimiter) {
  const reader = (0, import_chunk_4HHBHUEK.readerFor)(file, format);
  if (!reader || reader === import_chunk_4HHBHUEK.readJsonArray) return void 0;
  try {
    await reader(
      workspace,
      file,
      (row) => {
        throw new HeaderFound([...row.fields]);
      },
      delimiter
    );
    return void 0;
  } catch (err) {
    if (err instanceof HeaderFound) return err.fields;
    if ((0, import_chunk_HCYQT7WV.isReadError)(err)) return void 0;
    throw err;
  }
}
async function modelNames(sink, config, workspace) {
  const model = config.model ?? {};
  const files = (0, import_chunk_Y2MZXBRO.asList)(model.metrics);
  if (model.thresholds && files.length && !(0, import_chunk_PMJDWGDD.isDropped)(sink.drops, ["model", "metrics"])) {
    const read = await (0, import_chunk_56AY5UTG.readMetricsFiles)(workspace, files);
    if (!read.diagnostics.length) resolveThresholds(sink, model.thresholds, read.metrics, read.files);
  }
  const p = model.predictions;
  if (!p || (0, import_chunk_PMJDWGDD.isDropped)(sink.drops, ["model", "predictions"])) return;
  resolvePredictionMetrics(sink, p);
  const first = (await (0, import_chunk_MPGLMMVQ.filesFor)(workspace, p.path))[0];
  const fields = first === void 0 ? void 0 : await readHeader(workspace, first);
  if (!fields) return;
  resolvePredictionColumns(sink, p, { file: first, fields });
  const sig = config.compare?.significance;
  if (typeof sig?.id === "string" && (sig.predictions ?? p.path) === p.path)
    resolveColumn(sink, { file: first, fields }, sig.id, ["compare", "significance", "id"], "the id column");
}
async function dataNames(sink, config, workspace) {
  const datasets = config.data ?? [];
  for (const [i, ds] of datasets.entries()) {
    if ((0, import_chunk_PMJDWGDD.isDropped)(sink.drops, ["data", i])) continue;
    const format = typeof ds.format === "string" ? ds.format : void 0;
    const delimiter = typeof ds.delimiter === "string" ? ds.delimiter : void 0;
    const train = ds.splits?.train;
    if (typeof train === "string" && await workspace.exists(train)) {
      const fields = await readHeader(workspace, train, format, delimiter);
      if (fields) resolveSplitColumns(sink, ds.splits, i, { file: train, fields });
    }
    if (ds.path === void 0) continue;
    const files = (await workspace.glob((0, import_chunk_Y2MZXBRO.asList)(ds.path))).sort();
    for (const file of files) {
      const fields = await readHeader(workspace, file, format, delimiter);
      if (!fields) continue;
      resolveDatasetColumns(sink, ds, i, [{ file, fields }]);
      break;
    }
  }
}
async function compareNames(sink, config, workspace) {
  const cfg = config.compare ?? {};
  if (!cfg.rules || !Object.keys(cfg.rules).length || (0, import_chunk_PMJDWGDD.isDropped)(sink.drops, ["compare"])) return;
  const files = (0, import_chunk_Y2MZXBRO.asList)(cfg.metrics);
  const read = await (0, import_chunk_56AY5UTG.readMetricsFiles)(workspace, files);
  if (read.diagnostics.length) return;
  const names = read.metrics.map((m) => m.name);
  const task = config.model?.predictions?.task;
  if (cfg.significance && task) names.push(...(0, import_chunk_56AY5UTG.metricNames)(task).filter((m) => m !== "average_precision"));
  resolveRules(sink, cfg.rules, [...new Set(names)], read.files);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compareNames,
  dataNames,
  modelNames
});
