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
var chunk_PMJDWGDD_exports = {};
__export(chunk_PMJDWGDD_exports, {
  isDropped: () => isDropped,
  resolvePathNames: () => resolvePathNames
});
module.exports = __toCommonJS(chunk_PMJDWGDD_exports);
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function sitesOf(value, at, drop) {
  if (typeof value === "string") return [{ at, value, drop }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i) => typeof v === "string" ? [{ at: [...at, i], value: v, drop }] : []);
}
function lintSites(lint) {
  const base = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  const targets = Array.isArray(lint) ? lint : isObj(lint) && Array.isArray(lint.targets) ? lint.targets : [];
  return targets.flatMap((t, i) => {
    if (!isObj(t)) return [];
    const at = [...base, i];
    const drop = [at];
    const schema = (v) => typeof v === "string" && !v.startsWith("builtin:");
    return [
      ...sitesOf(t.files, [...at, "files"], drop),
      ...sitesOf(t.exclude, [...at, "exclude"], drop),
      ...schema(t.schema) ? sitesOf(t.schema, [...at, "schema"], drop) : [],
      ...Object.entries(isObj(t.environments) ? t.environments : {}).flatMap(
        ([env, o]) => isObj(o) && schema(o.schema) ? sitesOf(o.schema, [...at, "environments", env, "schema"], drop) : []
      )
    ];
  });
}
function dataSites(data) {
  return (Array.isArray(data) ? data : []).flatMap((ds, i) => {
    if (!isObj(ds)) return [];
    const ref = isObj(ds.drift) ? ds.drift.reference : void 0;
    const fks = Array.isArray(ds.foreign_key) ? ds.foreign_key : [ds.foreign_key];
    const fkAt = (k) => Array.isArray(ds.foreign_key) ? ["data", i, "foreign_key", k] : ["data", i, "foreign_key"];
    const source = isObj(ds.source) ? ds.source : {};
    const splits = isObj(ds.splits) ? ds.splits : {};
    return [
      ...sitesOf(ds.path, ["data", i, "path"], [["data", i]]),
      ...sitesOf(source.path, ["data", i, "source", "path"], [["data", i]]),
      ...sitesOf(source.database, ["data", i, "source", "database"], [["data", i]]),
      ...sitesOf(splits.train, ["data", i, "splits", "train"], [["data", i]]),
      ...sitesOf(splits.test, ["data", i, "splits", "test"], [["data", i]]),
      // Splits in DuckDB: each side's file or database.
      ...["train", "test"].flatMap((side) => {
        const s = isObj(splits[side]) ? splits[side] : {};
        return [
          ...sitesOf(s.path, ["data", i, "splits", side, "path"], [["data", i]]),
          ...sitesOf(s.database, ["data", i, "splits", side, "database"], [["data", i]])
        ];
      }),
      ...ref === "baseline" ? [] : sitesOf(ref, ["data", i, "drift", "reference"], [["data", i, "drift"]]),
      ...fks.flatMap(
        (fk, k) => isObj(fk) ? sitesOf(fk.reference, [...fkAt(k), "reference"], [fkAt(k)]) : []
      )
    ];
  });
}
function modelSites(model) {
  if (!isObj(model)) return [];
  const predictions = isObj(model.predictions) ? model.predictions.path : void 0;
  const artifact = isObj(model.artifact) ? model.artifact.path : void 0;
  return [
    ...sitesOf(
      model.metrics,
      ["model", "metrics"],
      [
        ["model", "metrics"],
        ["model", "thresholds"]
      ]
    ),
    ...sitesOf(predictions, ["model", "predictions", "path"], [["model", "predictions"]]),
    ...sitesOf(artifact, ["model", "artifact", "path"], [["model", "artifact"]])
  ];
}
function compareSites(compare) {
  if (!isObj(compare)) return [];
  const from = isObj(compare.baseline) ? compare.baseline.from : void 0;
  const predictions = isObj(compare.significance) ? compare.significance.predictions : void 0;
  return [
    ...sitesOf(compare.metrics, ["compare", "metrics"], [["compare"]]),
    ...Array.isArray(compare.params) ? compare.params.flatMap(
      (p, i) => typeof p === "string" ? [{ at: ["compare", "params", i], value: p, drop: [["compare", "params", i]] }] : []
    ) : sitesOf(compare.params, ["compare", "params"], [["compare", "params"]]),
    ...sitesOf(predictions, ["compare", "significance", "predictions"], [["compare", "significance"]]),
    ...typeof from === "string" && from.startsWith("path:") ? [{ at: ["compare", "baseline", "from"], value: from.slice("path:".length), drop: [["compare"]] }] : []
  ];
}
function pathSites(config) {
  const tests = Array.isArray(config.tests) ? config.tests : [];
  return [
    ...lintSites(config.lint),
    ...dataSites(config.data),
    ...modelSites(config.model),
    ...tests.flatMap((t, i) => sitesOf(t?.junit, ["tests", i, "junit"], [["tests", i]])),
    ...compareSites(config.compare)
  ];
}
function resolvePathNames(sink, config, root) {
  for (const site of pathSites(config)) {
    const reason = (0, import_chunk_TEV5JGM7.escapeReason)(root, site.value);
    if (!reason) continue;
    const [first, ...more] = site.drop;
    sink.problem(
      { path: site.at, key: false },
      "config/path-outside",
      "error",
      `"${site.value}" ${reason}; mlgate reads only files inside the repository`,
      "Write a path relative to the repository root, without `..`, that does not go through a link leading out.",
      first
    );
    sink.drops.push(...more);
  }
  const lint = config.lint;
  const targets = Array.isArray(lint) ? lint : lint?.targets ?? [];
  const base = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  if (targets.length && targets.every((_, i) => isDropped(sink.drops, [...base, i])))
    sink.drops.push(["lint"]);
}
function isDropped(drops, path) {
  return drops.some((d) => d.length <= path.length && d.every((step, i) => path[i] === step));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  isDropped,
  resolvePathNames
});
