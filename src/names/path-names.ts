/**
 * Every path mlgate.yml names, checked before anything is listed or read: a path or glob that is
 * absolute, climbs with `..` or goes through a link to outside is a configuration error at its
 * value, and the entry that holds it is left out of the run, so that the refusal is the only
 * thing said about it (no "does not exist", "empty" or "0 rows" after it).
 */
import type { MlgateConfig } from "../config/types.js";
import { escapeReason } from "../io/confine.js";
import type { JsonPath } from "../source/locate.js";
import type { NameSink } from "./name-sink.js";

/** One path value in the config, and what to leave out of the run when it is refused. */
export interface PathSite {
  /** Where the value is written. */
  at: JsonPath;
  value: string;
  /** Config entries that cannot run without it (the first is the one the path belongs to). */
  drop: JsonPath[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

/** The sites of a `string | string[]` value at `at` (each list item at its own index). */
function sitesOf(value: unknown, at: JsonPath, drop: JsonPath[]): PathSite[] {
  if (typeof value === "string") return [{ at, value, drop }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i) => (typeof v === "string" ? [{ at: [...at, i], value: v, drop }] : []));
}

/** Lint targets: files, exclude and schemas; a refused one leaves its whole target out. */
function lintSites(lint: unknown): PathSite[] {
  const base: JsonPath = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  const targets = Array.isArray(lint) ? lint : isObj(lint) && Array.isArray(lint.targets) ? lint.targets : [];
  return targets.flatMap((t: unknown, i) => {
    if (!isObj(t)) return [];
    const at = [...base, i];
    const drop = [at];
    const schema = (v: unknown) => typeof v === "string" && !v.startsWith("builtin:");
    return [
      ...sitesOf(t.files, [...at, "files"], drop),
      ...sitesOf(t.exclude, [...at, "exclude"], drop),
      ...(schema(t.schema) ? sitesOf(t.schema, [...at, "schema"], drop) : []),
      ...Object.entries(isObj(t.environments) ? t.environments : {}).flatMap(([env, o]) =>
        isObj(o) && schema(o.schema) ? sitesOf(o.schema, [...at, "environments", env, "schema"], drop) : [],
      ),
    ];
  });
}

/**
 * Datasets: their files and a DuckDB source's file or database (the dataset is left out), and
 * drift references (the drift check is).
 */
function dataSites(data: unknown): PathSite[] {
  return (Array.isArray(data) ? data : []).flatMap((ds: unknown, i) => {
    if (!isObj(ds)) return [];
    const ref = isObj(ds.drift) ? ds.drift.reference : undefined;
    // A foreign key's reference file: refused, the foreign_key entry is left out.
    const fks = Array.isArray(ds.foreign_key) ? ds.foreign_key : [ds.foreign_key];
    const fkAt = (k: number): JsonPath =>
      Array.isArray(ds.foreign_key) ? ["data", i, "foreign_key", k] : ["data", i, "foreign_key"];
    const source = isObj(ds.source) ? ds.source : {};
    const splits = isObj(ds.splits) ? ds.splits : {};
    return [
      ...sitesOf(ds.path, ["data", i, "path"], [["data", i]]),
      ...sitesOf(source.path, ["data", i, "source", "path"], [["data", i]]),
      ...sitesOf(source.database, ["data", i, "source", "database"], [["data", i]]),
      ...sitesOf(splits.train, ["data", i, "splits", "train"], [["data", i]]),
      ...sitesOf(splits.test, ["data", i, "splits", "test"], [["data", i]]),
      // Splits in DuckDB: each side's file or database.
      ...(["train", "test"] as const).flatMap((side) => {
        const s = isObj(splits[side]) ? splits[side] : {};
        return [
          ...sitesOf(s.path, ["data", i, "splits", side, "path"], [["data", i]]),
          ...sitesOf(s.database, ["data", i, "splits", side, "database"], [["data", i]]),
        ];
      }),
      ...(ref === "baseline" ? [] : sitesOf(ref, ["data", i, "drift", "reference"], [["data", i, "drift"]])),
      ...fks.flatMap((fk, k) =>
        isObj(fk) ? sitesOf(fk.reference, [...fkAt(k), "reference"], [fkAt(k)]) : [],
      ),
    ];
  });
}

/** The model's metrics files (their thresholds go with them), predictions and artifact. */
function modelSites(model: unknown): PathSite[] {
  if (!isObj(model)) return [];
  const predictions = isObj(model.predictions) ? model.predictions.path : undefined;
  const artifact = isObj(model.artifact) ? model.artifact.path : undefined;
  return [
    ...sitesOf(
      model.metrics,
      ["model", "metrics"],
      [
        ["model", "metrics"],
        ["model", "thresholds"],
      ],
    ),
    ...sitesOf(predictions, ["model", "predictions", "path"], [["model", "predictions"]]),
    ...sitesOf(artifact, ["model", "artifact", "path"], [["model", "artifact"]]),
  ];
}

/**
 * The comparison's files. Metrics and the baseline's `path:` are what it compares, so a refused
 * one leaves the comparison out; a params file is only shown, and significance is an extra.
 */
function compareSites(compare: unknown): PathSite[] {
  if (!isObj(compare)) return [];
  const from = isObj(compare.baseline) ? compare.baseline.from : undefined;
  const predictions = isObj(compare.significance) ? compare.significance.predictions : undefined;
  return [
    ...sitesOf(compare.metrics, ["compare", "metrics"], [["compare"]]),
    ...(Array.isArray(compare.params)
      ? compare.params.flatMap((p, i) =>
          typeof p === "string"
            ? [{ at: ["compare", "params", i], value: p, drop: [["compare", "params", i]] }]
            : [],
        )
      : sitesOf(compare.params, ["compare", "params"], [["compare", "params"]])),
    ...sitesOf(predictions, ["compare", "significance", "predictions"], [["compare", "significance"]]),
    ...(typeof from === "string" && from.startsWith("path:")
      ? [{ at: ["compare", "baseline", "from"], value: from.slice("path:".length), drop: [["compare"]] }]
      : []),
  ];
}

/** Every path mlgate.yml names, with where it is written and what needs it. */
export function pathSites(config: MlgateConfig): PathSite[] {
  const tests = Array.isArray(config.tests) ? config.tests : [];
  return [
    ...lintSites(config.lint),
    ...dataSites(config.data),
    ...modelSites(config.model),
    ...tests.flatMap((t, i) => sitesOf(t?.junit, ["tests", i, "junit"], [["tests", i]])),
    ...compareSites(config.compare),
  ];
}

/** Refuse, at its value, every path of `config` that reaches outside `root`; drop what needs it. */
export function resolvePathNames(sink: NameSink, config: MlgateConfig, root: string): void {
  for (const site of pathSites(config)) {
    const reason = escapeReason(root, site.value);
    if (!reason) continue;
    const [first, ...more] = site.drop;
    sink.problem(
      { path: site.at, key: false },
      "config/path-outside",
      "error",
      `"${site.value}" ${reason}; mlgate reads only files inside the repository`,
      "Write a path relative to the repository root, without `..`, that does not go through a link leading out.",
      first,
    );
    sink.drops.push(...more);
  }
  // A lint block whose every target is refused would still run, over no file, and pass.
  const lint = config.lint;
  const targets = Array.isArray(lint) ? lint : (lint?.targets ?? []);
  const base: JsonPath = Array.isArray(lint) ? ["lint"] : ["lint", "targets"];
  if (targets.length && targets.every((_, i) => isDropped(sink.drops, [...base, i])))
    sink.drops.push(["lint"]);
}

/** Whether `path` is at or below one of `drops`: resolution skips what the run leaves out. */
export function isDropped(drops: readonly JsonPath[], path: JsonPath): boolean {
  return drops.some((d) => d.length <= path.length && d.every((step, i) => path[i] === step));
}
