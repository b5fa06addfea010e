import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  matching
} from "./chunk-S7VWU2YR.js";
import {
  checkMetricName,
  metricNames,
  readMetricsFiles
} from "./chunk-YIIVIBPE.js";
import "./chunk-UWN6OSUP.js";
import {
  filesFor,
  isGlob
} from "./chunk-BCHWMC7C.js";
import {
  isDropped
} from "./chunk-KD4LYLAR.js";
import {
  asList
} from "./chunk-6RLKMJI7.js";
import "./chunk-ROQHDLOC.js";
import "./chunk-J6OEUPIC.js";
import "./chunk-6NMQYMRM.js";
import {
  isReadError
} from "./chunk-BGVNV7CY.js";
import "./chunk-J7HIHQAJ.js";
import {
  readJsonArray,
  readerFor
} from "./chunk-J3WANC6Y.js";
import "./chunk-FV3S536X.js";
import "./chunk-FDVFJYAA.js";
import "./chunk-IJJMSSTF.js";
import {
  require_picomatch
} from "./chunk-NYWWWUSS.js";
import "./chunk-KKJHUJZZ.js";
import {
  __toESM
} from "./chunk-2OBMBC2G.js";

// src/names/column-names.ts
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

// src/names/metric-names.ts
var import_picomatch = __toESM(require_picomatch(), 1);
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
    if (matching(key, metrics).length) continue;
    if (isGlob(key)) {
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
    if (isGlob(key)) {
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
  const known = metricNames(cfg.task);
  const checkName = (name) => checkMetricName(cfg.task, name)?.replace(/; expected one of .*$/, "");
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

// src/names/read-header.ts
var HeaderFound = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
async function readHeader(workspace, file, format, delimiter) {
  const reader = readerFor(file, format);
  if (!reader || reader === readJsonArray) return void 0;
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
    if (isReadError(err)) return void 0;
    throw err;
  }
}

// src/engine/stage-names.ts
async function modelNames(sink, config, workspace) {
  const model = config.model ?? {};
  const files = asList(model.metrics);
  if (model.thresholds && files.length && !isDropped(sink.drops, ["model", "metrics"])) {
    const read = await readMetricsFiles(workspace, files);
    if (!read.diagnostics.length) resolveThresholds(sink, model.thresholds, read.metrics, read.files);
  }
  const p = model.predictions;
  if (!p || isDropped(sink.drops, ["model", "predictions"])) return;
  resolvePredictionMetrics(sink, p);
  const first = (await filesFor(workspace, p.path))[0];
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
    if (isDropped(sink.drops, ["data", i])) continue;
    const format = typeof ds.format === "string" ? ds.format : void 0;
    const delimiter = typeof ds.delimiter === "string" ? ds.delimiter : void 0;
    const train = ds.splits?.train;
    if (typeof train === "string" && await workspace.exists(train)) {
      const fields = await readHeader(workspace, train, format, delimiter);
      if (fields) resolveSplitColumns(sink, ds.splits, i, { file: train, fields });
    }
    if (ds.path === void 0) continue;
    const files = (await workspace.glob(asList(ds.path))).sort();
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
  if (!cfg.rules || !Object.keys(cfg.rules).length || isDropped(sink.drops, ["compare"])) return;
  const files = asList(cfg.metrics);
  const read = await readMetricsFiles(workspace, files);
  if (read.diagnostics.length) return;
  const names = read.metrics.map((m) => m.name);
  const task = config.model?.predictions?.task;
  if (cfg.significance && task) names.push(...metricNames(task).filter((m) => m !== "average_precision"));
  resolveRules(sink, cfg.rules, [...new Set(names)], read.files);
}
export {
  compareNames,
  dataNames,
  modelNames
};
