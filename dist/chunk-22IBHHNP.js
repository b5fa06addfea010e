"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_22IBHHNP_exports = {};
__export(chunk_22IBHHNP_exports, {
  CLASS_CAP: () => CLASS_CAP,
  COLUMN_CHECKS: () => COLUMN_CHECKS,
  ColumnKernel: () => ColumnKernel,
  DATASET_CHECKS: () => DATASET_CHECKS,
  DriftSample: () => DriftSample,
  HashPartitions: () => HashPartitions,
  LEAKAGE_RUBRIC: () => LEAKAGE_RUBRIC,
  MAX_DRIFT_COLUMNS: () => MAX_DRIFT_COLUMNS,
  ROWS_PER_CATEGORY: () => ROWS_PER_CATEGORY,
  RowHash: () => RowHash,
  SCHEMA_RUBRIC: () => SCHEMA_RUBRIC,
  Table128: () => Table128,
  VALUE_CAP: () => VALUE_CAP,
  ValuesSink: () => ValuesSink,
  best: () => best,
  blockName: () => blockName,
  cut: () => cut2,
  dataConfigFindings: () => dataConfigFindings,
  describeCondition: () => describeCondition,
  diagnostic: () => diagnostic,
  failed: () => failed,
  finite: () => finite,
  fromItem: () => fromItem,
  labelColumns: () => labelColumns,
  labelsVerdicts: () => labelsVerdicts,
  prepareDrift: () => prepareDrift,
  quantileRanks: () => quantileRanks,
  ruleOf: () => ruleOf,
  sampleLimits: () => sampleLimits,
  showFeatures: () => showFeatures,
  sourceLabel: () => sourceLabel,
  sourceProblem: () => sourceProblem,
  sqlSplits: () => sqlSplits,
  taskOf: () => taskOf,
  whereSays: () => whereSays,
  whereVerdicts: () => whereVerdicts
});
module.exports = __toCommonJS(chunk_22IBHHNP_exports);
var import_chunk_HCYQT7WV = require("./chunk-HCYQT7WV.js");
var import_chunk_SSUJ7GHV = require("./chunk-SSUJ7GHV.js");
var import_chunk_SNHAHQFI = require("./chunk-SNHAHQFI.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var sqlSourceSchema = {
  type: "object",
  additionalProperties: false,
  required: ["engine"],
  description: "Data where it lives: the checks run as SQL aggregates inside the engine (docs/sql-sources.md); only counts and at most 5 example rows per finding come back.",
  properties: {
    engine: { type: "string", enum: ["postgres", "duckdb"], description: "The engine that runs the checks." },
    url: {
      type: "string",
      pattern: "^env:[A-Za-z_][A-Za-z0-9_]*$",
      errorMessage: "must be env:NAME, the environment variable that holds the connection URL",
      description: "PostgreSQL: `env:NAME`, the environment variable holding the connection URL."
    },
    path: {
      type: "string",
      minLength: 1,
      description: "DuckDB: a data file in the repository (Parquet, CSV, JSON) read as the table."
    },
    database: {
      type: "string",
      minLength: 1,
      description: "DuckDB: a database file in the repository, opened read-only."
    },
    table: {
      type: "string",
      pattern: "^[^.]+(\\.[^.]+)?$",
      errorMessage: "must be table or schema.table",
      description: "The table, `table` or `schema.table`."
    },
    query: { type: "string", minLength: 1, description: "One SELECT statement whose rows are checked." },
    timeout: { ...import_chunk_SSUJ7GHV.duration, description: "Statement timeout (default 10m)." }
  }
};
function sourceProblem(s) {
  const what = [s.table !== void 0, s.query !== void 0, s.path !== void 0].filter(Boolean).length;
  if (what !== 1) return "needs exactly one of table, query or path";
  if (s.engine === "postgres") {
    if (s.url === void 0) return "engine postgres needs url: env:NAME";
    if (s.path !== void 0 || s.database !== void 0) return "path and database are for engine duckdb";
  } else {
    if (s.url !== void 0) return "url is for engine postgres (DuckDB reads files: path or database)";
    if (s.path !== void 0 && s.database !== void 0) return "path and database do not go together";
    if (s.table !== void 0 && s.database === void 0) return "table needs database (a .duckdb file)";
  }
  return void 0;
}
function sourceLabel(s) {
  const what = s.table ?? s.path ?? "query";
  return `${s.engine}:${what}`;
}
function fromItem(s, d, fileSql) {
  if (s.table !== void 0) return s.table.split(".").map(d.ident).join(".");
  if (s.query !== void 0) return `(${s.query.replace(/;\s*$/, "")}
) as mlgate_source`;
  return fileSql;
}
var LEAKAGE_RUBRIC = ["infrastructure.4"];
function sqlSplits(cfg) {
  return typeof cfg.train === "object" && typeof cfg.test === "object";
}
function splitsConfigErrors(splits) {
  if (typeof splits !== "object" || splits === null) return [];
  const cfg = splits;
  const error2 = (message, at) => ({
    severity: "error",
    code: "config/splits",
    message,
    path: ["splits", ...at]
  });
  const sides = [cfg.train, cfg.test].filter((s) => typeof s === "object" && s !== null);
  if (sides.length === 0) return [];
  if (sides.length === 1)
    return [
      error2(
        "train and test must both be files or both be SQL sources of one engine: leakage is a join inside one engine (docs/checks-splits.md#splits-in-a-database)",
        [typeof cfg.train === "object" ? "test" : "train"]
      )
    ];
  const [train, test] = sides;
  const out = [];
  for (const [side, s] of [
    ["train", train],
    ["test", test]
  ]) {
    const problem = sourceProblem(s);
    if (problem) out.push(error2(`${side} ${problem}`, [side]));
  }
  if (out.length) return out;
  const same = (k, what) => train[k] === test[k] ? [] : [
    error2(
      `test must name train's ${what} (${k}: ${train[k] ?? "none"}): both splits are read through one connection`,
      ["test", ...test[k] === void 0 ? [] : [k]]
    )
  ];
  out.push(...same("engine", "engine"));
  if (!out.length && train.engine === "postgres") out.push(...same("url", "database"));
  if (!out.length && train.engine === "duckdb" && train.database !== void 0 && test.database !== void 0)
    out.push(...same("database", "database file"));
  return out;
}
var MISSING_CELL = 0;
var NUMBER_CELL = 1;
var TEXT_CELL = 2;
var NUMERIC_TEXT_CELL = 3;
var BatchColumn = class {
  batch;
  from = 0;
  to = 0;
  /** Whether any cell of this batch column is special (most batches have none). */
  anySpecial = false;
  special = new Uint8Array(1024);
  kind = new Uint8Array(1024);
  num = new Float64Array(1024);
  s = new Int32Array(1024);
  e = new Int32Array(1024);
  /** The text of Special cells. */
  texts = [];
  /** Room for `rows` rows. */
  ensure(rows) {
    if (rows <= this.kind.length) return;
    let n = this.kind.length;
    while (n < rows) n *= 2;
    this.kind = new Uint8Array(n);
    this.special = new Uint8Array(n);
    this.num = new Float64Array(n);
    this.s = new Int32Array(n);
    this.e = new Int32Array(n);
  }
  /** Row r's cell as text (a Special cell's decoded text). */
  text(r) {
    return this.special[r] === 1 ? this.texts[r] : this.batch.slice(this.s[r], this.e[r]);
  }
};
var SCHEMA_RUBRIC = ["data.1"];
var EXAMPLE_CHARS = 80;
function example(text, row, line, file) {
  return {
    row,
    line,
    file,
    value: text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text
  };
}
function diagnostic(code, severity2, message, ex) {
  const at = { line: ex.line - 1, column: 0 };
  return { code, severity: severity2, message, file: ex.file, range: { start: at, end: at } };
}
function violationCheck(id, code, v, rows, tolerancePercent, severity2, what, expected, describe, rubric = SCHEMA_RUBRIC) {
  const percent2 = rows ? 100 * v.count / rows : 0;
  const passed = v.count === 0 || percent2 <= tolerancePercent;
  return {
    id,
    status: passed ? "passed" : "failed",
    severity: severity2,
    message: passed ? `${what}: ${expected}` : `${what}: ${v.count} of ${rows} rows violate ${expected}`,
    observed: `${v.count} row${v.count === 1 ? "" : "s"} (${percent2.toFixed(2)}%)`,
    expected: tolerancePercent ? `${expected}, up to ${tolerancePercent}% of rows` : expected,
    rubric: [...rubric],
    diagnostics: passed ? [] : v.examples.map((e) => diagnostic(code, severity2, describe(e), e))
  };
}
var say = (column, what) => (e) => `row ${e.row}, ${column}: "${e.value}" ${what}`;
var ViolationSink = class {
  bad = new import_chunk_TOHZ7UWI.Violations();
  /** The verdicts of the last dictionary's entries (1: violates). */
  judged;
  /** Each distinct value judged once; then one pass over the codes finds the rows. */
  coded(page, rowBase, file) {
    const { entries, codes } = page;
    if (this.judged?.entries !== entries) {
      const { kind, num, text } = entries;
      const bad2 = new Uint8Array(kind.length);
      let any = false;
      for (let c = 0; c < kind.length; c++) {
        const k = kind[c];
        if (k === MISSING_CELL) continue;
        bad2[c] = this.violates(text[c], k === TEXT_CELL ? void 0 : num[c], k === NUMBER_CELL) ? 1 : 0;
        any ||= bad2[c] === 1;
      }
      this.judged = { entries, bad: bad2, any };
    }
    if (!this.judged.any) return;
    const bad = this.judged.bad;
    for (let k = page.from; k < page.to; k++) {
      const c = codes[k];
      if (c >= 0 && bad[c] === 1) this.bad.add(example(entries.text[c], rowBase + k, rowBase + k, file));
    }
  }
  exportState() {
    return { count: this.bad.count, examples: this.bad.examples };
  }
  mergeState(s, rowOffset, lineOffset) {
    this.bad.merge(s, rowOffset, lineOffset);
  }
};
function columnViolations(v, code, what, expected, violates) {
  const check = code.slice("data/".length);
  return violationCheck(
    `${v.id}/${check}`,
    code,
    v.sink.bad,
    v.profile.rows,
    v.config.max_percent ?? 0,
    v.severity,
    `${v.column} ${what}`,
    expected,
    say(v.column, violates)
  );
}
var MAX_ALLOWED_CODES = 4096;
var AllowedSink = class extends ViolationSink {
  allowed;
  /** Verdicts per distinct cell (the byte path); missing markers never reach the dictionary. */
  codes = new import_chunk_TOHZ7UWI.ByteDictionary("\0missing");
  verdicts = [];
  constructor(values) {
    super();
    this.allowed = new Set(values.map((v) => String(v)));
  }
  /** Whether a cell is allowed: as written, or as the number it reads as. */
  isAllowed(text, n) {
    return this.allowed.has(text) || n !== void 0 && this.allowed.has(String(n));
  }
  violates(text, n) {
    return !this.isAllowed(text, n);
  }
  text(text, n, row, line, file) {
    if (!this.isAllowed(text, n)) this.bad.add(example(text, row, line, file));
  }
  number(v, row, file) {
    const text = String(v);
    if (!this.isAllowed(text, v)) this.bad.add(example(text, row, row, file));
  }
  batch(col, rowBase, file) {
    const { kind, num, s, e, special, batch } = col;
    const b = batch.buf;
    const codes = this.codes;
    const verdicts = this.verdicts;
    for (let r = col.from; r < col.to; r++) {
      const k = kind[r];
      if (k === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r], k === NUMBER_CELL ? num[r] : void 0, rowBase + r, batch.line[r], file);
        continue;
      }
      let ok;
      if (codes.values.length < MAX_ALLOWED_CODES) {
        const code = codes.codeOfBytes(b, s[r], e[r]);
        let verdict = verdicts[code];
        if (verdict === void 0) {
          const t = codes.values[code];
          verdict = this.isAllowed(t, (0, import_chunk_HOHXXIQW.toNumber)(t));
          verdicts[code] = verdict;
        }
        ok = verdict;
      } else ok = this.isAllowed(batch.slice(s[r], e[r]), k === NUMBER_CELL ? num[r] : void 0);
      if (!ok) this.bad.add(example(batch.slice(s[r], e[r]), rowBase + r, batch.line[r], file));
    }
  }
};
var allowedCheck = {
  id: "allowed",
  description: "Every non-missing value must be one of the listed values.",
  options: {
    allowed: {
      type: "array",
      description: "The only values allowed (categories).",
      items: { type: ["string", "number", "boolean"] }
    }
  },
  configured: (c) => c.allowed !== void 0,
  create: (c) => new AllowedSink(c.allowed),
  verdict: (v) => columnViolations(
    v,
    "data/allowed",
    "values",
    `one of ${v.config.allowed.join(", ")}`,
    "is not an allowed value"
  )
};
var OPS = ["<", "<=", "==", "!=", ">=", ">"];
function timestampMs(text) {
  if (!(0, import_chunk_HOHXXIQW.hasType)(text, "timestamp") || !(0, import_chunk_HOHXXIQW.hasType)(text.slice(0, 10), "date")) return void 0;
  let iso = text.replace(" ", "T");
  if (iso.length > 10 && !/(Z|[+-]\d\d:?\d\d)$/.test(iso)) iso += "Z";
  const t = Date.parse(iso);
  return Number.isNaN(t) ? void 0 : t;
}
function holds(a, op, b) {
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case ">=":
      return a >= b;
    case ">":
      return a > b;
  }
}
function compareCells(left, op, right) {
  const a = (0, import_chunk_HOHXXIQW.toNumber)(left);
  const b = (0, import_chunk_HOHXXIQW.toNumber)(right);
  if (a !== void 0 && b !== void 0) return holds(a, op, b);
  if (a === void 0 && b === void 0) {
    const ta = timestampMs(left);
    const tb = timestampMs(right);
    if (ta !== void 0 && tb !== void 0) return holds(ta, op, tb);
  }
  if (op === "==") return left === right;
  if (op === "!=") return left !== right;
  return void 0;
}
function failed(id, message, severity2, rubric) {
  return { id, status: "failed", severity: severity2, message, rubric: [...rubric], diagnostics: [] };
}
var SIDE_CHARS = 38;
var cut = (s) => s.length > SIDE_CHARS ? `${s.slice(0, SIDE_CHARS - 1)}…` : s;
var JOIN = "";
var CompareSink = class {
  constructor(rule) {
    this.rule = rule;
    this.cols = [rule.left, rule.right];
  }
  rule;
  at = [];
  cols;
  bad = new import_chunk_TOHZ7UWI.Violations();
  /** Rows where a side is missing. */
  skipped = 0;
  /** Violating rows whose sides cannot be compared with this operator. */
  incomparable = 0;
  row(cells, row, line, file) {
    const l = cells[0];
    const r = cells[1];
    if ((0, import_chunk_HOHXXIQW.isMissing)(l) || (0, import_chunk_HOHXXIQW.isMissing)(r)) {
      this.skipped++;
      return;
    }
    const ok = compareCells(l, this.rule.op, r);
    if (ok === true) return;
    if (ok === void 0) this.incomparable++;
    this.bad.add({ row, line, file, value: `${cut(l)}${JOIN}${cut(r)}` });
  }
  exportState() {
    const { count, examples } = this.bad;
    return { count, examples, skipped: this.skipped, incomparable: this.incomparable };
  }
  mergeState(s, rowOffset, lineOffset) {
    this.bad.merge(s, rowOffset, lineOffset);
    this.skipped += s.skipped;
    this.incomparable += s.incomparable;
  }
};
var ruleName = (r) => `${r.left}${r.op}${r.right}`;
function compareVerdict(base, ds, dsSeverity, rows, sink) {
  const { rule, bad, skipped, incomparable } = sink;
  const id = `${base}/${ruleName(rule)}/compare_columns`;
  const sev = rule.severity ?? dsSeverity;
  const what = `${rule.left} ${rule.op} ${rule.right}`;
  if (sink.at.includes(-1)) {
    const absent = rule.left === rule.right || sink.at[0] === -1 ? rule.left : rule.right;
    return failed(id, `${ds.name}: ${what} names a missing column (${absent})`, sev, SCHEMA_RUBRIC);
  }
  const compared = rows - skipped;
  const tolerance = rule.max_percent ?? 0;
  const percent2 = compared ? 100 * bad.count / compared : 0;
  const passed = bad.count === 0 || percent2 <= tolerance;
  const skippedNote = skipped ? `; ${skipped} row${skipped === 1 ? "" : "s"} skipped (a side missing)` : "";
  const incomparableNote = incomparable ? `, ${incomparable} of them not comparable` : "";
  return {
    id,
    status: passed ? "passed" : "failed",
    severity: sev,
    message: passed ? `${what}: holds in ${compared} of ${rows} rows${skippedNote}` : `${what}: ${bad.count} of ${compared} compared rows violate it${incomparableNote}${skippedNote}`,
    observed: `${bad.count} row${bad.count === 1 ? "" : "s"} (${percent2.toFixed(2)}%), ${skipped} skipped`,
    expected: tolerance ? `${what}, up to ${tolerance}% of compared rows` : `${what} in every compared row`,
    rubric: [...SCHEMA_RUBRIC],
    diagnostics: passed ? [] : bad.examples.map((e) => {
      const [l, r] = e.value.split(JOIN);
      const where = e.row >= 0 ? `row ${e.row}: ` : "";
      return diagnostic(
        "data/compare-columns",
        sev,
        `${where}${rule.left} "${l}" ${rule.op} ${rule.right} "${r ?? ""}" does not hold`,
        e
      );
    })
  };
}
var compareColumnsCheck = {
  id: "compare_columns",
  description: "In every row, `left op right` holds between two columns (numbers or ISO dates/timestamps; rows with a side missing are skipped).",
  options: {
    compare_columns: {
      type: "array",
      description: 'Rules between two columns of the same row, e.g. `{ left: start_date, op: "<=", right: end_date }`.',
      items: {
        type: "object",
        additionalProperties: false,
        required: ["left", "op", "right"],
        properties: {
          left: { type: "string", minLength: 1, description: "The column on the left." },
          op: {
            type: "string",
            enum: [...OPS],
            description: "`<`, `<=`, `==`, `!=`, `>=` or `>`: numbers compare as numbers, ISO dates/timestamps as instants, otherwise only `==`/`!=` apply (as text)."
          },
          right: { type: "string", minLength: 1, description: "The column on the right." },
          max_percent: {
            type: "number",
            minimum: 0,
            maximum: 100,
            description: "Percentage of compared rows allowed to violate the rule (default 0)."
          },
          severity: import_chunk_SSUJ7GHV.severity
        }
      }
    }
  },
  rubric: SCHEMA_RUBRIC,
  configured: (ds) => Array.isArray(ds.compare_columns) && ds.compare_columns.length > 0,
  rowSinks: (ds) => ds.compare_columns.map((r) => new CompareSink(r)),
  verdict: ({ base, ds, severity: sev, rows, sinks }) => sinks.map((s) => compareVerdict(base, ds, sev, rows, s))
};
var SKETCH_K = 32768;
var QuantileSketch = class _QuantileSketch {
  constructor(k = SKETCH_K) {
    this.k = k;
    if (k < 2 || k % 2) throw new Error(`sketch capacity must be even and at least 2: ${k}`);
  }
  k;
  /** Numbers summarised. */
  n = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  /** The most ranks by which any estimated rank may be off (the sum of the compactions' weights). */
  error = 0;
  levels = [];
  sizes = [];
  /** Per level, whether the next compaction keeps the odd positions. */
  toggles = [];
  /** After `freeze`: every kept number sorted, and the cumulative weight up to each. */
  sorted;
  cumulative;
  /** Add one finite number. */
  add(x) {
    this.n++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.push(0, x);
  }
  /** Add the first `count` numbers of `values` (all finite): the kept numbers of an exact part. */
  addAll(values, count) {
    for (let i = 0; i < count; i++) {
      const x = values[i];
      if (x < this.min) this.min = x;
      if (x > this.max) this.max = x;
    }
    this.n += count;
    const buf = this.level(0);
    for (let from = 0; from < count; ) {
      const take = Math.min(this.k - this.sizes[0], count - from);
      buf.set(values.subarray(from, from + take), this.sizes[0]);
      from += take;
      this.sizes[0] += take;
      if (this.sizes[0] === this.k) this.compact(0);
    }
  }
  level(h) {
    while (this.levels.length <= h) {
      this.levels.push(new Float64Array(this.k));
      this.sizes.push(0);
      this.toggles.push(0);
    }
    return this.levels[h];
  }
  push(h, x) {
    const buf = this.levels[h] ?? this.level(h);
    const i = this.sizes[h];
    buf[i] = x;
    this.sizes[h] = i + 1;
    if (i + 1 === this.k) this.compact(h);
  }
  /** Sort a full level and move every other number up one level. */
  compact(h) {
    const buf = sortLevel(this.levels[h]);
    const offset = this.toggles[h];
    this.toggles[h] = offset ^ 1;
    this.sizes[h] = 0;
    for (let i = offset; i < this.k; i += 2) this.push(h + 1, buf[i]);
    this.error += 2 ** h;
  }
  /** The state to send from a worker. */
  exportState() {
    return {
      k: this.k,
      n: this.n,
      min: this.min,
      max: this.max,
      error: this.error,
      levels: this.levels.map((l, h) => l.slice(0, this.sizes[h])),
      toggles: [...this.toggles]
    };
  }
  /** Merge a part's state into this sketch (in file order, for a deterministic result). */
  merge(s) {
    if (s.k !== this.k) throw new Error(`sketches of different capacities: ${s.k} and ${this.k}`);
    this.n += s.n;
    this.error += s.error;
    if (s.min < this.min) this.min = s.min;
    if (s.max > this.max) this.max = s.max;
    s.levels.forEach((l, h) => {
      for (let i = 0; i < l.length; i++) this.push(h, l[i]);
    });
  }
  /** A sketch from a part's state. */
  static fromState(s) {
    const sketch = new _QuantileSketch(s.k);
    sketch.merge(s);
    sketch.toggles = s.toggles.slice();
    return sketch;
  }
  /** Sort the kept numbers once, after the merge; no number may be added afterwards. */
  freeze() {
    if (this.sorted) return;
    let merged = new Float64Array(0);
    let weights = new Float64Array(0);
    this.levels.forEach((l, h) => {
      const part = l.slice(0, this.sizes[h]).sort();
      [merged, weights] = mergeSorted(merged, weights, part, 2 ** h);
    });
    for (let i = 1; i < weights.length; i++) weights[i] += weights[i - 1];
    this.sorted = merged;
    this.cumulative = weights;
  }
  /**
   * The number at (fractional, 0-based) rank `t`: one whose estimated rank range covers `t`, so
   * the order statistics at ranks ⌊t⌋ − error and ⌈t⌉ + error enclose it. Rank 0 and n − 1 are the
   * exact minimum and maximum.
   */
  atRank(t) {
    this.freeze();
    if (t <= 0) return this.min;
    if (t >= this.n - 1) return this.max;
    const cum = this.cumulative;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (cum[mid] > t) hi = mid;
      else lo = mid + 1;
    }
    return this.sorted[lo];
  }
  /**
   * The q-quantile (numpy's linear interpolation between the order statistics at ranks lo and
   * hi = lo + 1 of (n − 1)·q): an estimate, and `low` ≤ the exact value ≤ `high` for certain
   * (the numbers `error` ranks below lo and above hi); levels 0 and 1 are exact.
   */
  quantile(q) {
    if (this.n === 0) return void 0;
    const h = (this.n - 1) * q;
    if (h <= 0) return { value: this.min, low: this.min, high: this.min };
    if (h >= this.n - 1) return { value: this.max, low: this.max, high: this.max };
    const lo = Math.floor(h);
    return {
      value: this.atRank(h),
      low: this.atRank(lo - this.error),
      high: this.atRank(Math.min(lo + 1, this.n - 1) + this.error)
    };
  }
};
function mergeSorted(a, wa, b, wb) {
  const out = new Float64Array(a.length + b.length);
  const w = new Float64Array(out.length);
  let i = 0;
  let j = 0;
  for (let o = 0; o < out.length; o++) {
    if (j >= b.length || i < a.length && a[i] <= b[j]) {
      out[o] = a[i];
      w[o] = wa[i++];
    } else {
      out[o] = b[j++];
      w[o] = wb;
    }
  }
  return [out, w];
}
function sortLevel(buf) {
  let descents = 0;
  let cut3 = 0;
  for (let i2 = 1; i2 < buf.length && descents < 2; i2++)
    if (buf[i2] < buf[i2 - 1]) {
      descents++;
      cut3 = i2;
    }
  if (descents === 0) return buf;
  if (descents > 1) return buf.sort();
  const left = buf.slice(0, cut3);
  let i = 0;
  let j = cut3;
  let o = 0;
  while (i < left.length && j < buf.length) buf[o++] = left[i] <= buf[j] ? left[i++] : buf[j++];
  while (i < left.length) buf[o++] = left[i++];
  return buf;
}
var VALUES_LIMIT = 1e6;
var DISTINCT_LIMIT = 1e6;
var DISTINCT_CHARS = 32e6;
var MomentSink = class {
  n = 0;
  shift = 0;
  /** Mean of the shifted values. */
  m = 0;
  m2 = 0;
  add(x) {
    if (this.n === 0) this.shift = x;
    this.n++;
    const d = x - this.shift - this.m;
    this.m += d / this.n;
    this.m2 += d * (x - this.shift - this.m);
  }
  text(_text, n) {
    if (n !== void 0 && Number.isFinite(n)) this.add(n);
  }
  number(v) {
    if (Number.isFinite(v)) this.add(v);
  }
  batch(col) {
    const { kind, num } = col;
    let n = this.n;
    let k = this.shift;
    let mean = this.m;
    let m2 = this.m2;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      const x = num[r];
      if (x - x !== 0) continue;
      if (n === 0) k = x;
      n++;
      const d = x - k - mean;
      mean += d / n;
      m2 += d * (x - k - mean);
    }
    this.n = n;
    this.shift = k;
    this.m = mean;
    this.m2 = m2;
  }
  exportState() {
    return { n: this.n, shift: this.shift, mean: this.m, m2: this.m2 };
  }
  mergeState(s) {
    if (s.n === 0) return;
    if (this.n === 0) {
      this.n = s.n;
      this.shift = s.shift;
      this.m = s.mean;
      this.m2 = s.m2;
      return;
    }
    const n = this.n + s.n;
    const d = s.shift - this.shift + s.mean - this.m;
    this.m += d * s.n / n;
    this.m2 += s.m2 + d * d * this.n * s.n / n;
    this.n = n;
  }
  /** The mean; undefined without a number. */
  get mean() {
    return this.n ? this.shift + this.m : void 0;
  }
  /** Sample standard deviation (ddof = 1, as pandas); undefined below two numbers. */
  get std() {
    return this.n < 2 ? void 0 : Math.sqrt(this.m2 / (this.n - 1));
  }
};
function quantileRanks(count, q) {
  const h = (count - 1) * q;
  const lo = Math.floor(h);
  return { lo, hi: Math.min(lo + 1, count - 1), t: h - lo };
}
var ValuesSink = class {
  constructor(limit = VALUES_LIMIT, sketchK = SKETCH_K) {
    this.limit = limit;
    this.sketchK = sketchK;
  }
  limit;
  sketchK;
  values = new Float64Array(1024);
  /** Finite numbers seen. */
  count = 0;
  sorted = false;
  /** Past the limit: every number so far, summarised (then `values` is dropped). */
  sketch;
  /** Order statistics an engine measured (rank to value), in place of the values (a SQL source). */
  ranked;
  /** Whether the order statistics are approximate (more numbers than the limit). */
  get approximate() {
    return this.sketch !== void 0;
  }
  /**
   * Take the count and the order statistics from an engine that sorted the column itself (it
   * holds the quantileRanks of every level asked): exact whatever the count.
   */
  setRanked(count, ranked) {
    this.count = count;
    this.ranked = ranked;
    this.sketch = void 0;
    this.values = new Float64Array(0);
    this.sorted = true;
  }
  /** Move the kept numbers into a new sketch. */
  toSketch() {
    const sketch = new QuantileSketch(this.sketchK);
    sketch.addAll(this.values, this.count);
    this.values = new Float64Array(0);
    this.sketch = sketch;
    return sketch;
  }
  add(x) {
    if (this.sketch !== void 0 || this.count === this.limit) {
      (this.sketch ?? this.toSketch()).add(x);
      this.count++;
      return;
    }
    const i = this.count++;
    if (i >= this.values.length) {
      const grown = new Float64Array(Math.min(this.limit, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[i] = x;
  }
  text(_text, n) {
    if (n !== void 0 && Number.isFinite(n)) this.add(n);
  }
  number(v) {
    if (Number.isFinite(v)) this.add(v);
  }
  batch(col) {
    const { kind, num } = col;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      const x = num[r];
      if (x - x === 0) this.add(x);
    }
  }
  exportState() {
    if (this.sketch)
      return { values: new Float64Array(0), count: this.count, sketch: this.sketch.exportState() };
    return { values: this.values.slice(0, this.count), count: this.count };
  }
  mergeState(s) {
    if (!this.sketch && !s.sketch && this.count + s.count <= this.limit) {
      for (let i = 0; i < s.count; i++) this.add(s.values[i]);
      return;
    }
    const sketch = this.sketch ?? this.toSketch();
    if (s.sketch) sketch.merge(s.sketch);
    else sketch.addAll(s.values, s.count);
    this.count += s.count;
  }
  /** Sort once, after the merge. */
  finish() {
    if (this.sketch) this.sketch.freeze();
    if (this.sketch || this.sorted) return;
    this.values = this.values.slice(0, this.count).sort();
    this.sorted = true;
  }
  /**
   * The q-quantile by linear interpolation between order statistics (numpy's default); past the
   * limit, the sketch's estimate (see `estimate`).
   */
  quantile(q) {
    if (this.sketch) return this.sketch.quantile(q)?.value;
    if (this.count === 0) return void 0;
    this.finish();
    const { lo, hi, t } = quantileRanks(this.count, q);
    const at = (i) => this.ranked ? this.ranked.get(i) : this.values[i];
    const a = at(lo);
    const b = at(hi);
    if (a === void 0 || b === void 0) return void 0;
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
  }
  /** The q-quantile: exact (a number), approximate past the limit, undefined without numbers. */
  measure(q) {
    if (!this.sketch) return this.quantile(q);
    const at = this.sketch.quantile(q);
    return at && { ...at, rankError: this.sketch.error, count: this.count };
  }
};
var DistinctSink = class {
  constructor(limit = DISTINCT_LIMIT, charLimit = DISTINCT_CHARS) {
    this.limit = limit;
    this.charLimit = charLimit;
  }
  limit;
  charLimit;
  seen = /* @__PURE__ */ new Set();
  /** Whether a value arrived once the set was full: the count is then a lower bound. */
  overflow = false;
  /** Characters of the kept values. */
  chars = 0;
  /** The exact count an engine measured (a SQL source), in place of the set. */
  counted;
  text(text) {
    if (this.seen.has(text)) return;
    if (this.seen.size < this.limit && this.chars + text.length <= this.charLimit) {
      this.seen.add(text);
      this.chars += text.length;
    } else this.overflow = true;
  }
  number(v) {
    this.text(String(v));
  }
  batch(col) {
    const { kind } = col;
    for (let r = col.from; r < col.to; r++) if (kind[r] !== MISSING_CELL) this.text(col.text(r));
  }
  exportState() {
    return { values: [...this.seen], overflow: this.overflow };
  }
  mergeState(s) {
    if (s.overflow) this.overflow = true;
    for (const v of s.values) this.text(v);
  }
  /** Distinct values counted (a lower bound when `overflow`). */
  get size() {
    return this.counted ?? this.seen.size;
  }
};
function formatStat(v) {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}
var NOT_FED = "the values were not read by this check (a SQL source measures only the checks with a SQL form)";
function describeBounds(b) {
  return [b.min !== void 0 && `>= ${b.min}`, b.max !== void 0 && `<= ${b.max}`].filter(Boolean).join(" and ");
}
function within(value, b) {
  return (b.min === void 0 || value >= b.min) && (b.max === void 0 || value <= b.max);
}
function describeApproximation(a) {
  return `approximate: rank error ≤ ${(0, import_chunk_CPTRZ6QP.roundUp2)(100 * a.rankError / a.count)}% of ${(0, import_chunk_CPTRZ6QP.formatCount)(a.count)} values`;
}
function judgeApproximate(a, b) {
  if (within(a.low, b) && within(a.high, b)) return "passed";
  if (b.min !== void 0 && a.high < b.min || b.max !== void 0 && a.low > b.max) return "failed";
  return "undecided";
}
function undecidedReason(a, b) {
  return `the exact value lies between ${formatStat(a.low)} and ${formatStat(a.high)}, on both sides of ${describeBounds(b)}`;
}
function statVerdict(v, check, b, value, notMeasured2) {
  const expected = describeBounds(b);
  const severity2 = b.severity ?? v.severity;
  const base = { id: `${v.id}/${check}`, severity: severity2, expected, rubric: SCHEMA_RUBRIC, diagnostics: [] };
  if (value === void 0)
    return { ...base, status: "skipped", message: `${v.column} ${check} not tested: ${notMeasured2}` };
  if (typeof value !== "number") {
    const shown2 = formatStat(value.value);
    const approximate = { count: value.count, rankError: value.rankError };
    const verdict = judgeApproximate(value, b);
    const note = `(${describeApproximation(value)})`;
    if (verdict === "undecided")
      return {
        ...base,
        status: "skipped",
        message: `${v.column} ${check} not tested: about ${shown2}, and ${undecidedReason(value, b)} ${note}`,
        observed: shown2,
        approximate
      };
    const failed2 = verdict === "failed";
    return {
      ...base,
      status: verdict,
      message: `${v.column} ${check}: ${shown2}${failed2 ? `, expected ${expected}` : ""} ${note}`,
      observed: shown2,
      approximate
    };
  }
  const ok = within(value, b);
  const shown = formatStat(value);
  return {
    ...base,
    status: ok ? "passed" : "failed",
    message: `${v.column} ${check}: ${shown}${ok ? "" : `, expected ${expected}`}`,
    observed: shown
  };
}
var distinctCheck = {
  id: "distinct",
  description: "The number of distinct non-missing values must lie within `min` and `max` (exact up to 1,000,000 distinct values).",
  options: { distinct: (0, import_chunk_SSUJ7GHV.bounds)("Bounds on the number of distinct non-missing values.") },
  configured: (c) => c.distinct !== void 0,
  create: () => new DistinctSink(),
  verdict: (v) => {
    const b = v.config.distinct;
    const n = v.sink.size;
    if (n === 0 && v.profile.rows > v.profile.missing)
      return statVerdict(v, "distinct", b, void 0, NOT_FED);
    if (!v.sink.overflow) return statVerdict(v, "distinct", b, n, "");
    const failsMax = b.max !== void 0 && n > b.max;
    const passesMin = b.min === void 0 || n >= b.min;
    const result = statVerdict(v, "distinct", b, void 0, "");
    const lower = `at least ${(0, import_chunk_CPTRZ6QP.formatCount)(n + 1)}`;
    if (failsMax)
      return {
        ...result,
        status: "failed",
        observed: lower,
        message: `${v.column} distinct: ${lower}, expected ${describeBounds(b)}`
      };
    if (passesMin && b.max === void 0)
      return { ...result, status: "passed", observed: lower, message: `${v.column} distinct: ${lower}` };
    return {
      ...result,
      observed: lower,
      message: `${v.column} distinct not tested: ${lower} distinct values, counted exactly only up to ${(0, import_chunk_CPTRZ6QP.formatCount)(v.sink.limit)} values or ${(0, import_chunk_CPTRZ6QP.formatCount)(v.sink.charLimit)} characters`
    };
  }
};
function sorted(xs) {
  return Float64Array.from(xs).sort();
}
function ksStatistic(a, b) {
  const x = sorted(a);
  const y = sorted(b);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}
function ksPValue(d, n, m) {
  const lambda = Math.sqrt(n * m / (n + m)) * d;
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-16) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}
function wasserstein(a, b) {
  const x = sorted(a);
  const y = sorted(b);
  const all = sorted([...x, ...y]);
  let i = 0;
  let j = 0;
  let total = 0;
  for (let k = 0; k < all.length - 1; k++) {
    const v = all[k];
    while (i < x.length && x[i] <= v) i++;
    while (j < y.length && y[j] <= v) j++;
    total += Math.abs(i / x.length - j / y.length) * (all[k + 1] - v);
  }
  return total;
}
function normalizedWasserstein(reference, current) {
  const n = reference.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += reference[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (reference[i] - mean) ** 2;
  const sd = Math.sqrt(ss / n);
  const w = wasserstein(reference, current);
  return sd > 0 ? w / sd : w === 0 ? 0 : Number.POSITIVE_INFINITY;
}
function quantileEdges(reference, bins = 10) {
  const x = sorted(reference);
  const edges = [];
  for (let k = 1; k < bins; k++) {
    const pos = k / bins * (x.length - 1);
    const lo = Math.floor(pos);
    const v = x[lo] + (x[Math.min(lo + 1, x.length - 1)] - x[lo]) * (pos - lo);
    if (!edges.length || v > edges[edges.length - 1]) edges.push(v);
  }
  return edges;
}
function histogram(xs, edges) {
  const counts = new Array(edges.length + 1).fill(0);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (v <= edges[mid]) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]++;
  }
  return counts;
}
function proportions(counts, epsilon) {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => Math.max(c / total, epsilon));
}
function psi(reference, current, epsilon = 1e-4) {
  const p = proportions(reference, epsilon);
  const q = proportions(current, epsilon);
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (q[i] - p[i]) * Math.log(q[i] / p[i]);
  return s;
}
function jensenShannon(reference, current) {
  const p = proportions(reference, 0);
  const q = proportions(current, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    if (p[i] > 0) js += 0.5 * p[i] * Math.log2(p[i] / m);
    if (q[i] > 0) js += 0.5 * q[i] * Math.log2(q[i] / m);
  }
  return Math.sqrt(Math.max(0, js));
}
function gammaQ(a, x) {
  if (x <= 0) return 1;
  const lnGammaA = lnGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1e3; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - lnGammaA);
  }
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e3; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGammaA) * h;
}
function lnGamma(a) {
  if (a <= 0 || Math.round(a * 2) !== a * 2)
    throw new Error(`lnGamma is only defined here for positive halves, not ${a}`);
  let x = a;
  let s = 0;
  while (x > 1) {
    x -= 1;
    s += Math.log(x);
  }
  return x === 0.5 ? s + 0.5 * Math.log(Math.PI) : s;
}
function chiSquareSf(x, df) {
  return gammaQ(df / 2, x / 2);
}
function chiSquare(reference, current) {
  const cols = reference.map((r, i) => r + current[i]).map((c, i) => [c, i]).filter(([c]) => c > 0);
  const n1 = reference.reduce((s, v) => s + v, 0);
  const n2 = current.reduce((s, v) => s + v, 0);
  const n = n1 + n2;
  let statistic = 0;
  for (const [colTotal, i] of cols) {
    for (const [rowTotal, observed] of [
      [n1, reference[i]],
      [n2, current[i]]
    ]) {
      const expected = rowTotal * colTotal / n;
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  const df = cols.length - 1;
  return { statistic, pValue: df > 0 ? chiSquareSf(statistic, df) : 1, df };
}
var KeyedSample = class {
  constructor(size, seed) {
    this.size = size;
    this.seed = seed;
    this.prio = new Float64Array(Math.min(2 * size, 16));
  }
  size;
  seed;
  /**
   * Candidates: the kept items and those offered since the last compaction (up to twice the
   * size), with their priorities; `threshold` is the largest priority kept at the last
   * compaction (anything above it can never make the sample).
   */
  prio;
  items = [];
  n = 0;
  threshold = Number.POSITIVE_INFINITY;
  /** Items held. */
  get length() {
    this.compact();
    return this.n;
  }
  /** The priority of the item with `key` (an integer below 2^53), in [0, 2^53). */
  priority(key) {
    const lo = key >>> 0;
    const hi = key / 4294967296 >>> 0;
    const a = mix(lo ^ Math.imul(hi, 2654435761) ^ this.seed);
    const b = mix(a ^ hi ^ 2246822507);
    return (a >>> 0) * 2097152 + (b >>> 0 >>> 11);
  }
  /** Whether an item of priority `p` may be kept. */
  accepts(p) {
    return p < this.threshold;
  }
  /** Keep an item of priority `p` (call when accepts(p)). */
  put(p, item) {
    if (this.n === this.prio.length) {
      if (this.n < 2 * this.size) {
        const bigger = new Float64Array(Math.min(2 * this.size, this.prio.length * 2));
        bigger.set(this.prio);
        this.prio = bigger;
      } else {
        this.compact();
        if (!(p < this.threshold)) return;
      }
    }
    this.prio[this.n] = p;
    this.items[this.n++] = item;
  }
  /** Offer the item with `key`. */
  offer(key, item) {
    const p = this.priority(key);
    if (this.accepts(p)) this.put(p, item);
  }
  /** The items, in a fixed order (by priority): the same whatever the order they came in. */
  values() {
    this.compact();
    const order = Array.from({ length: this.n }, (_, i) => i).sort((x, y) => this.prio[x] - this.prio[y]);
    return order.map((i) => this.items[i]);
  }
  /** What a part kept, for merging elsewhere. */
  exportState() {
    this.compact();
    return { prio: Array.from(this.prio.subarray(0, this.n)), items: this.items.slice(0, this.n) };
  }
  /** Merge the sample of another part of the same data (same seed). */
  merge(state) {
    state.items.forEach((item, i) => {
      const p = state.prio[i];
      if (this.accepts(p)) this.put(p, item);
    });
  }
  /** Keep only the `size` candidates of smallest priority (a quickselect: linear on average). */
  compact() {
    if (this.n <= this.size) return;
    const prio = this.prio;
    const order = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) order[i] = i;
    let lo = 0;
    let hi = this.n - 1;
    const k = this.size - 1;
    while (lo < hi) {
      const pivot = prio[order[lo + hi >> 1]];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (prio[order[i]] < pivot) i++;
        while (prio[order[j]] > pivot) j--;
        if (i <= j) {
          const t = order[i];
          order[i] = order[j];
          order[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else break;
    }
    const keptPrio = new Float64Array(prio.length);
    const keptItems = new Array(this.size);
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < this.size; i++) {
      const p = prio[order[i]];
      keptPrio[i] = p;
      keptItems[i] = this.items[order[i]];
      if (p > max) max = p;
    }
    this.prio = keptPrio;
    this.items = keptItems;
    this.n = this.size;
    this.threshold = max;
  }
};
function mix(x) {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h;
}
var SAMPLE = 1e5;
var MAX_CATEGORIES = 1e4;
var VALUE_BUDGET = 4e6;
var CATEGORY_BUDGET = 1e6;
var MIN_SAMPLE = 50;
var MIN_CATEGORIES = 21;
var MAX_DRIFT_COLUMNS = 2e4;
function sampleLimits(columns) {
  const share = (budget, min, max) => Math.max(min, Math.min(max, Math.floor(budget / Math.max(1, columns))));
  return {
    values: share(VALUE_BUDGET, MIN_SAMPLE, SAMPLE),
    categories: share(CATEGORY_BUDGET, MIN_CATEGORIES, MAX_CATEGORIES)
  };
}
var DriftSample = class {
  /** `seed` picks the sample (the same seed on every part of a file). */
  constructor(seed, limits = sampleLimits(1)) {
    this.seed = seed;
    this.limits = limits;
    this.sample = new KeyedSample(limits.values, seed >>> 0 || 1);
  }
  seed;
  limits;
  seen = 0;
  numericOnly = true;
  /** Numbers kept: a seeded sample keyed by where each row starts (exact below SAMPLE). */
  sample;
  sorted;
  /** Distinct values (looked up by their bytes on the byte path) and how often each was seen. */
  dict = new import_chunk_TOHZ7UWI.ByteDictionary();
  tally = [];
  /** The numbers kept, in a fixed order. */
  get values() {
    this.sorted ??= this.sample.values();
    return this.sorted;
  }
  /** Category counts, kept while there are at most `limits.categories` + 1 distinct values (more: not categorical). */
  get counts() {
    const m = /* @__PURE__ */ new Map();
    this.dict.values.forEach((v, code) => {
      m.set(v, this.tally[code]);
    });
    return m;
  }
  /** A cell's text; `key` says where its row is (the row's byte offset, or its number). */
  add(text, key) {
    if ((0, import_chunk_HOHXXIQW.isMissing)(text)) return;
    this.seen++;
    if (this.dict.values.length <= this.limits.categories) this.count(this.dict.codeOfText(text));
    this.keep((0, import_chunk_HOHXXIQW.toNumber)(text), key);
  }
  /**
   * Column `at` of rows [from, batch.rows) of a CSV batch: what add() does with each cell's
   * text, read from the bytes (a string only for a new category or an escaped field).
   */
  addColumn(batch, at, from) {
    const b = batch.buf;
    for (let r = from; r < batch.rows; r++) {
      const f = batch.fieldOf[r] + at;
      if (f >= batch.fieldOf[r + 1]) continue;
      if (batch.isSpecial(f)) {
        this.add(batch.text(f), batch.rowOffset(r));
        continue;
      }
      const s = batch.start[f];
      const e = batch.end[f];
      if ((0, import_chunk_HOHXXIQW.isMissingBytes)(b, s, e)) continue;
      this.seen++;
      if (this.dict.values.length <= this.limits.categories) this.count(this.dict.codeOfBytes(b, s, e));
      this.keep((0, import_chunk_TOHZ7UWI.bytesNumber)(b, s, e), batch.rowOffset(r));
    }
  }
  /** This sample's state, to merge into the sample of the whole file. */
  exportState() {
    return {
      seen: this.seen,
      numericOnly: this.numericOnly,
      sample: this.sample.exportState(),
      counts: [...this.counts]
    };
  }
  /** Merge the state of another part of the same file. */
  mergeState(state) {
    this.seen += state.seen;
    this.numericOnly &&= state.numericOnly;
    this.sample.merge(state.sample);
    this.sorted = void 0;
    for (const [text, n] of state.counts) {
      if (this.dict.values.length > this.limits.categories && this.dict.codeOfExisting(text) < 0) continue;
      const code = this.dict.codeOfText(text);
      this.tally[code] = (this.tally[code] ?? 0) + n;
    }
  }
  count(code) {
    this.tally[code] = (this.tally[code] ?? 0) + 1;
  }
  keep(n, key) {
    if (n === void 0) {
      this.numericOnly = false;
      return;
    }
    this.sample.offer(key, n);
    this.sorted = void 0;
  }
};
var P_VALUE_METHODS = /* @__PURE__ */ new Set(["ks", "chi2"]);
var STATISTIC_NAME = {
  ks: "KS p-value",
  chi2: "chi-square p-value",
  psi: "PSI",
  js: "Jensen-Shannon distance",
  wasserstein: "normalised Wasserstein"
};
var DEFAULT_THRESHOLDS = {
  ks: 0.05,
  chi2: 0.05,
  psi: 0.2,
  js: 0.1,
  wasserstein: 0.1
};
var SMALL_SAMPLE = 1e3;
function compareColumn(reference, current, method, thresholds = {}) {
  if (!reference.seen || !current.seen) return "no values to compare";
  const numeric = reference.numericOnly && current.numericOnly && reference.counts.size > 20;
  const values = Math.min(reference.seen, current.seen);
  const small = values < SMALL_SAMPLE;
  const m = method !== "auto" ? method : numeric ? small ? "ks" : "psi" : small ? "chi2" : "js";
  if ((m === "ks" || m === "psi" || m === "wasserstein") && !(reference.numericOnly && current.numericOnly)) {
    return `${m} needs numbers, and the column has text`;
  }
  const categories = Math.min(reference.limits.categories, current.limits.categories);
  if ((m === "chi2" || m === "js") && (reference.counts.size > categories || current.counts.size > categories)) {
    return `${m} needs categories, and the column has more than ${categories} distinct values`;
  }
  const t = thresholds[m] ?? DEFAULT_THRESHOLDS[m];
  const { value, shown, detail } = measure(reference, current, m);
  const result = {
    method: m,
    value,
    threshold: t,
    drifted: P_VALUE_METHODS.has(m) ? value < t : value > t,
    shown,
    label: `${STATISTIC_NAME[m]} ${shown}${detail ? ` (${detail})` : ""}`
  };
  if (detail) result.detail = detail;
  if (method === "auto") result.auto = { kind: numeric ? "numeric" : "categorical", values };
  return result;
}
function measure(reference, current, m) {
  const categories = () => {
    const keys = [.../* @__PURE__ */ new Set([...reference.counts.keys(), ...current.counts.keys()])].sort();
    return [
      keys.map((k) => reference.counts.get(k) ?? 0),
      keys.map((k) => current.counts.get(k) ?? 0)
    ];
  };
  switch (m) {
    case "ks": {
      const d = ksStatistic(reference.values, current.values);
      const p = ksPValue(d, reference.values.length, current.values.length);
      return { value: p, shown: p.toPrecision(3), detail: `D = ${d.toFixed(4)}` };
    }
    case "chi2": {
      const [r, c] = categories();
      const { statistic, pValue } = chiSquare(r, c);
      return { value: pValue, shown: pValue.toPrecision(3), detail: `χ² = ${statistic.toFixed(2)}` };
    }
    case "psi": {
      const edges = quantileEdges(reference.values);
      const v = psi(histogram(reference.values, edges), histogram(current.values, edges));
      return { value: v, shown: v.toFixed(4) };
    }
    case "js": {
      const [r, c] = categories();
      const v = jensenShannon(r, c);
      return { value: v, shown: v.toFixed(4) };
    }
    case "wasserstein": {
      const v = normalizedWasserstein(reference.values, current.values);
      return { value: v, shown: v.toFixed(4) };
    }
  }
}
function error(id, message, sev) {
  return { ...failed(id, message, sev, SCHEMA_RUBRIC), status: "error" };
}
var BYTE_PATH = /\.(csv|tsv)(\.gz)?$/i;
async function prepareDrift(base, dsName, dsSeverity, config, refWorkspace, refFiles, bytePath, out) {
  const plan = { config, columns: /* @__PURE__ */ new Map() };
  if (!refFiles.length) return plan;
  let refHeader = [];
  let refAt = /* @__PURE__ */ new Map();
  let limits;
  const samples = /* @__PURE__ */ new Map();
  let tooWide = 0;
  for (const file of refFiles) {
    const reader = (0, import_chunk_4HHBHUEK.readerFor)(file);
    if (!reader) {
      out.push(error(`${base}/drift`, `${dsName}: cannot read the drift reference ${file}`, dsSeverity));
      continue;
    }
    const onRefHeader = (fields) => {
      refHeader = fields;
      const asked = config.columns ? new Set(config.columns).size : fields.length;
      if (asked > MAX_DRIFT_COLUMNS) {
        tooWide = asked;
        return [];
      }
      refAt = /* @__PURE__ */ new Map();
      fields.forEach((name, i) => {
        if (!refAt.has(name)) refAt.set(name, i);
      });
      const wanted = config.columns ? new Set(config.columns) : void 0;
      const compared = fields.flatMap((name, i) => wanted && !wanted.has(name) ? [] : [i]);
      limits ??= sampleLimits(compared.length);
      for (const i of compared) if (!samples.has(i)) samples.set(i, new DriftSample(7919 * (i + 1), limits));
      return compared;
    };
    try {
      if (BYTE_PATH.test(file) && bytePath) {
        let compared;
        await (0, import_chunk_TOHZ7UWI.readCsvBatches)(refWorkspace, file, (batch) => {
          let from = 0;
          if (!compared) {
            compared = onRefHeader(batch.rowTexts(0));
            from = 1;
          }
          for (const i of compared) samples.get(i).addColumn(batch, i, from);
        });
      } else {
        let compared = [];
        await reader(refWorkspace, file, (row) => {
          if (row.index === 0) {
            compared = onRefHeader(row.fields);
            return;
          }
          for (const i of compared) samples.get(i).add(row.fields[i] ?? "", row.offset ?? row.index);
        });
      }
    } catch (err) {
      if (!(0, import_chunk_HCYQT7WV.isReadError)(err)) throw err;
      out.push(error(`${base}/drift`, `${dsName}: drift reference ${file}: ${err.message}`, dsSeverity));
    }
  }
  if (tooWide) {
    const message = `${dsName}: drift of ${tooWide.toLocaleString("en-US")} columns is over the limit of ${MAX_DRIFT_COLUMNS.toLocaleString("en-US")} (each costs memory for its samples): list at most that many in drift.columns`;
    out.push(error(`${base}/drift`, message, config.severity ?? dsSeverity));
    return plan;
  }
  for (const name of config.columns ?? refHeader) {
    const at = refAt.get(name);
    if (at === void 0) {
      out.push(
        failed(
          `${base}/${name}/drift`,
          `${dsName}: column ${name} is not in the drift reference`,
          dsSeverity,
          SCHEMA_RUBRIC
        )
      );
      continue;
    }
    if (plan.columns.has(name)) continue;
    const reference = samples.get(at);
    plan.columns.set(name, {
      reference,
      current: new DriftSample(104729 * (at + 1), reference.limits),
      at: -1
    });
  }
  return plan;
}
function referenceLabel(reference) {
  if (typeof reference === "string") return reference;
  return reference.table !== void 0 ? `table ${reference.table}` : "the reference query";
}
var THRESHOLD_KEY = {
  psi: "psi",
  ks: "ks_p",
  js: "js",
  chi2: "chi2_p",
  wasserstein: "wasserstein"
};
function thresholdsOf(config) {
  const method = config.method ?? "auto";
  const out = {};
  for (const m of Object.keys(THRESHOLD_KEY)) {
    const t = config.thresholds?.[THRESHOLD_KEY[m]] ?? (method === "auto" || method === m ? config.threshold : void 0);
    if (t !== void 0) out[m] = t;
  }
  return out;
}
function explainedWords(r) {
  const op = P_VALUE_METHODS.has(r.method) ? ">=" : "<=";
  const why = r.auto && `auto: ${r.auto.kind}, ${r.auto.values.toLocaleString("en-US")} values`;
  const notes = [r.detail, why].filter(Boolean).join("; ");
  return {
    observed: `${STATISTIC_NAME[r.method]} ${r.shown}${notes ? ` (${notes})` : ""}`,
    expected: `${STATISTIC_NAME[r.method]} ${op} ${r.threshold}`,
    suffix: `, ${r.drifted ? "beyond" : "within"} ${P_VALUE_METHODS.has(r.method) ? "p " : ""}${op} ${r.threshold}`
  };
}
function deprecatedThreshold(config) {
  const t = config.threshold;
  if (t === void 0 || (config.method ?? "auto") !== "auto") return [];
  return [
    {
      code: "config/deprecated",
      message: `threshold with method auto means a p-value bound for ks/chi2 and a statistic bound for psi/js; write thresholds: { psi: ${t}, js: ${t}, ks_p: ${t}, chi2_p: ${t} } to say which`,
      path: ["drift", "threshold"],
      hint: `Those four keep today's verdicts; a statistic left out takes its default (psi ${DEFAULT_THRESHOLDS.psi}, js ${DEFAULT_THRESHOLDS.js}, ks_p ${DEFAULT_THRESHOLDS.ks}, chi2_p ${DEFAULT_THRESHOLDS.chi2}). Or name a method to keep one threshold.`
    }
  ];
}
var driftCheck = {
  id: "drift",
  description: "Each compared column's drift statistic against the reference must stay within its bound (`thresholds`, or `threshold` for a named `method`).",
  rubric: ["monitoring.3"],
  options: {
    drift: {
      type: "object",
      additionalProperties: false,
      required: ["reference"],
      // Both at once would bring back the question `thresholds` answers: which bound is meant.
      allOf: [
        {
          not: { required: ["threshold", "thresholds"] },
          errorMessage: "takes `threshold` or `thresholds`, not both"
        }
      ],
      description: "Distribution drift of columns against a reference.",
      properties: {
        reference: {
          description: "A reference data file, or `baseline` for the same file on the target branch; for a dataset with a SQL `source`, also `{ table }` or `{ query }` in the same database.",
          anyOf: [
            { type: "string" },
            {
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              maxProperties: 1,
              description: "A table or a query of the dataset's SQL source (docs/sql-sources.md).",
              properties: {
                table: {
                  type: "string",
                  pattern: "^[^.]+(\\.[^.]+)?$",
                  description: "The reference table, `table` or `schema.table`."
                },
                query: {
                  type: "string",
                  minLength: 1,
                  description: "One SELECT statement: the reference rows."
                }
              }
            }
          ]
        },
        columns: {
          type: "array",
          items: { type: "string" },
          description: "Columns to compare (default: all shared columns). At most 20,000: drift of a wider file without `columns` is an error that asks for them."
        },
        method: {
          type: "string",
          enum: ["auto", "psi", "ks", "js", "chi2", "wasserstein"],
          description: "Statistic: population stability index, Kolmogorov-Smirnov, Jensen-Shannon distance, chi-square, normalised Wasserstein; `auto` picks by column type and sample size."
        },
        threshold: {
          type: "number",
          minimum: 0,
          description: "The bound of the statistic `method` names: for psi, js and wasserstein drift above it fails; for ks and chi2 a p-value below it fails. With `auto` it is deprecated (it would bound a p-value on some columns and a statistic on others): write `thresholds`."
        },
        thresholds: {
          type: "object",
          additionalProperties: false,
          description: "A bound per statistic, for `auto` (which picks the statistic per column) or a named `method`; a statistic not given keeps its default. Not together with `threshold`.",
          properties: {
            psi: {
              type: "number",
              minimum: 0,
              description: `Upper bound on the population stability index: PSI above it fails (default ${DEFAULT_THRESHOLDS.psi}, the usual "significant shift").`
            },
            ks_p: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: `Lower bound on the Kolmogorov-Smirnov p-value: a p-value below it fails (default ${DEFAULT_THRESHOLDS.ks}).`
            },
            js: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: `Upper bound on the Jensen-Shannon distance (base 2, 0 to 1): a distance above it fails (default ${DEFAULT_THRESHOLDS.js}).`
            },
            chi2_p: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: `Lower bound on the chi-square p-value: a p-value below it fails (default ${DEFAULT_THRESHOLDS.chi2}).`
            },
            wasserstein: {
              type: "number",
              minimum: 0,
              description: `Upper bound on the Wasserstein distance in reference standard deviations: a distance above it fails (default ${DEFAULT_THRESHOLDS.wasserstein}).`
            }
          }
        },
        severity: import_chunk_SSUJ7GHV.severity
      }
    }
  },
  configured: (ds) => ds.drift !== void 0,
  configWarnings: (ds) => ds.drift ? deprecatedThreshold(ds.drift) : [],
  verdict: ({ base, ds, severity: dsSeverity, header, drift }) => {
    const out = [];
    if (!drift) return out;
    const config = drift.config;
    const sev = config.severity ?? dsSeverity;
    for (const [name, d] of drift.columns) {
      if (d.at === -1 && header) {
        out.push(
          failed(
            `${base}/${name}/drift`,
            `${ds.name}: column ${name} is in the drift reference but not in the data`,
            dsSeverity,
            SCHEMA_RUBRIC
          )
        );
        continue;
      }
      const r = compareColumn(d.reference, d.current, config.method ?? "auto", thresholdsOf(config));
      if (typeof r === "string") {
        out.push(error(`${base}/${name}/drift`, `${name} drift: ${r}`, sev));
        continue;
      }
      const words = explainedWords(r);
      out.push({
        id: `${base}/${name}/drift`,
        status: r.drifted ? "failed" : "passed",
        severity: sev,
        message: `${name} drift against ${referenceLabel(config.reference)}: ${words.observed}${words.suffix}`,
        observed: words.observed,
        expected: words.expected,
        rubric: ["monitoring.3"],
        diagnostics: []
      });
    }
    return out;
  }
};
var extraColumnsCheck = {
  id: "columns",
  description: "With `allow_extra_columns: false`, a column not listed under `columns` fails.",
  options: {
    allow_extra_columns: {
      type: "boolean",
      description: "When false, a column not listed under `columns` is an error. Default true."
    }
  },
  configured: (ds) => ds.allow_extra_columns === false,
  verdict: ({ base, ds, severity: severity2, header, checked }) => {
    if (!header) return [];
    const extra = header.filter((h) => !checked.has(h));
    return extra.length ? [
      failed(
        `${base}/columns`,
        `${ds.name}: unexpected columns ${extra.join(", ")}`,
        severity2,
        SCHEMA_RUBRIC
      )
    ] : [];
  }
};
var PARTITIONS = 64;
var SPILL_WORDS = 1 << 22;
var BUFFER_WORDS = 1 << 14;
function splitWords(all, w) {
  const counts = new Uint32Array(PARTITIONS);
  for (let i = 0; i < all.length; i += w) counts[all[i] >>> 26]++;
  const parts = Array.from(counts, (c) => new Uint32Array(c * w));
  const fill = new Uint32Array(PARTITIONS);
  for (let i = 0; i < all.length; i += w) {
    const p = all[i] >>> 26;
    const out = parts[p];
    let f = fill[p];
    for (let k = 0; k < w; k++) out[f++] = all[i + k];
    fill[p] = f;
  }
  return parts;
}
var HashPartitions = class {
  constructor(width, shifted, spillDir = () => (0, import_chunk_3B363WQ3.makeTempDir)((0, import_chunk_3B363WQ3.tempRoot)(), "rows-"), spillWords = SPILL_WORDS) {
    this.width = width;
    this.shifted = shifted;
    this.spillDir = spillDir;
    this.spillWords = spillWords;
    this.mem = new Uint32Array(Math.min(1024 * width, spillWords));
  }
  width;
  shifted;
  spillDir;
  spillWords;
  mem;
  n = 0;
  dir;
  buffers;
  fill = new Uint32Array(PARTITIONS);
  fds = new Array(PARTITIONS).fill(void 0);
  adopted = [];
  /** Add one record (its first `width` words). */
  add(rec) {
    if (this.buffers) {
      this.spill(rec);
      return;
    }
    if (this.n + this.width > this.mem.length) {
      if (this.mem.length >= this.spillWords) {
        this.startSpilling();
        this.spill(rec);
        return;
      }
      const bigger = new Uint32Array(Math.min(this.mem.length * 2, this.spillWords));
      bigger.set(this.mem);
      this.mem = bigger;
      if (this.n + this.width > this.mem.length) {
        this.startSpilling();
        this.spill(rec);
        return;
      }
    }
    const mem = this.mem;
    const n = this.n;
    for (let k = 0; k < this.width; k++) mem[n + k] = rec[k];
    this.n = n + this.width;
  }
  startSpilling() {
    this.dir = this.spillDir();
    this.buffers = Array.from({ length: PARTITIONS }, () => new Uint32Array(BUFFER_WORDS));
    const kept = this.mem.subarray(0, this.n);
    this.mem = new Uint32Array(0);
    this.n = 0;
    for (let i = 0; i < kept.length; i += this.width) this.spill(kept.subarray(i, i + this.width));
  }
  spill(rec) {
    const p = rec[0] >>> 26;
    const buf = this.buffers[p];
    let f = this.fill[p];
    for (let k = 0; k < this.width; k++) buf[f++] = rec[k];
    this.fill[p] = f;
    if (f + this.width > buf.length) this.write(p);
  }
  write(p) {
    const f = this.fill[p];
    if (!f) return;
    this.fds[p] ??= (0, import_node_fs.openSync)(import_node_path.default.join(this.dir, `p${p}`), "a");
    const buf = this.buffers[p];
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, f * 4);
    for (let at = 0; at < bytes.length; ) at += (0, import_node_fs.writeSync)(this.fds[p], bytes, at, bytes.length - at);
    this.fill[p] = 0;
  }
  flush() {
    if (!this.buffers) return;
    for (let p = 0; p < PARTITIONS; p++) {
      this.write(p);
      if (this.fds[p] !== void 0) (0, import_node_fs.closeSync)(this.fds[p]);
      this.fds[p] = void 0;
    }
  }
  /** What this set holds, to merge into another thread's. */
  exportState() {
    this.flush();
    return { words: this.mem.slice(0, this.n), ...this.dir ? { files: [this.dir] } : {} };
  }
  /** Take over a later part's records (the words `shifted` names get `offsets` added). */
  mergeState(s, offsets) {
    if (s.words.length) this.adopted.push({ words: s.words, offsets });
    for (const dir of s.files ?? []) this.adopted.push({ dir, offsets });
  }
  /**
   * Each partition's records in turn (rows and lines shifted to the whole file's), in the order
   * they were added within each source; partition files are deleted once read.
   */
  *partitions() {
    this.flush();
    const none = this.shifted.map(() => 0);
    const own = { words: this.mem.subarray(0, this.n), offsets: none };
    const sources = [this.dir ? { dir: this.dir, offsets: none } : own, ...this.adopted];
    if (this.dir && this.n) sources.push(own);
    const w = this.width;
    for (let p = 0; p < PARTITIONS; p++) {
      const parts = [];
      for (const src of sources) {
        let words;
        if (src.words) {
          src.split ??= splitWords(src.words, w);
          words = src.split[p];
        } else {
          const file = import_node_path.default.join(src.dir, `p${p}`);
          let bytes;
          try {
            bytes = (0, import_node_fs.readFileSync)(file);
          } catch {
            continue;
          }
          (0, import_node_fs.rmSync)(file, { force: true });
          words = new Uint32Array(bytes.byteLength / 4);
          new Uint8Array(words.buffer).set(bytes);
        }
        this.shifted.forEach((at2, k) => {
          const by = src.offsets[k] ?? 0;
          if (by) for (let i = at2; i < words.length; i += w) words[i] += by;
        });
        parts.push(words);
      }
      let total = 0;
      for (const x of parts) total += x.length;
      const out = new Uint32Array(total);
      let at = 0;
      for (const x of parts) {
        out.set(x, at);
        at += x.length;
      }
      yield out;
    }
    for (const src of sources) if (src.dir) (0, import_node_fs.rmSync)(src.dir, { recursive: true, force: true });
  }
};
var RowHash = class {
  a = 0;
  b = 0;
  c = 0;
  d = 0;
  /** Start a new row. */
  reset() {
    this.a = 2166136261;
    this.b = 2538058380;
    this.c = 2246822507;
    this.d = 668265263;
  }
  /** One cell from bytes [s, e) (UTF-8), four bytes at a time. */
  bytes(buf, s, e) {
    let i = s;
    for (; i + 4 <= e; i += 4)
      this.word(buf[i] | buf[i + 1] << 8 | buf[i + 2] << 16 | buf[i + 3] << 24);
    if (i < e) {
      let k = 0;
      for (let sh = 0; i < e; i++, sh += 8) k |= buf[i] << sh;
      this.word(k);
    }
    this.end(e - s);
  }
  /** One cell as text (hashed as its UTF-8 bytes, like bytes()). */
  text(s) {
    for (let i2 = 0; i2 < s.length; i2++)
      if (s.charCodeAt(i2) > 127) {
        const b = Buffer.from(s, "utf8");
        this.bytes(b, 0, b.length);
        return;
      }
    const n = s.length;
    let i = 0;
    for (; i + 4 <= n; i += 4)
      this.word(
        s.charCodeAt(i) | s.charCodeAt(i + 1) << 8 | s.charCodeAt(i + 2) << 16 | s.charCodeAt(i + 3) << 24
      );
    if (i < n) {
      let k = 0;
      for (let sh = 0; i < n; i++, sh += 8) k |= s.charCodeAt(i) << sh;
      this.word(k);
    }
    this.end(n);
  }
  /**
   * Four bytes into every lane: murmur3's scrambling of the word, then a different rotation,
   * multiplier and constant per lane.
   */
  word(w) {
    let k = Math.imul(w, 3432918353);
    k = Math.imul(k << 15 | k >>> 17, 461845907);
    let a = this.a ^ k;
    a = a << 13 | a >>> 19;
    this.a = Math.imul(a, 5) + 3864292196 | 0;
    let b = this.b ^ k;
    b = b << 17 | b >>> 15;
    this.b = Math.imul(b, 2246822507) + 668265263 | 0;
    let c = this.c + k;
    c = c << 11 | c >>> 21;
    this.c = Math.imul(c, 3266489909) ^ 374761393 | 0;
    let d = this.d ^ Math.imul(k, 2654435761);
    d = d << 19 | d >>> 13;
    this.d = Math.imul(d, 9) + 1640531527 | 0;
  }
  /** The end of a cell: its length mixed into every lane. */
  end(n) {
    this.a = Math.imul(this.a ^ n ^ 255, 16777619);
    this.b = Math.imul(this.b ^ n, 1540483477);
    this.c = Math.imul(this.c + n + 1, 3432918353);
    this.d = Math.imul(this.d ^ n + 60, 461845907);
  }
  /** The row's hash into out[at .. at + 4) (never all zero: zero marks an empty slot). */
  digest(out, at) {
    const a = mix(this.a ^ this.d);
    const b = mix(this.b ^ a);
    const c = mix(this.c ^ b);
    const d = mix(this.d ^ c);
    out[at] = a >>> 0 || 1;
    out[at + 1] = b >>> 0;
    out[at + 2] = c >>> 0;
    out[at + 3] = d >>> 0;
  }
};
var Table128 = class {
  slots;
  ids;
  mask;
  size = 0;
  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.slots = new Uint32Array(n * 4);
    this.ids = new Int32Array(n).fill(-1);
    this.mask = n - 1;
  }
  /** The id of the key at words[at .. at + 4), or -1. */
  get(words, at) {
    let i = (words[at + 1] ^ Math.imul(words[at + 2], 2654435761)) & this.mask;
    for (; ; ) {
      const id = this.ids[i];
      if (id === -1) return -1;
      if (this.equal(i, words, at)) return id;
      i = i + 1 & this.mask;
    }
  }
  /** The id of the key, adding it (with the next id) when new; `added` says which. */
  put(words, at) {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = (words[at + 1] ^ Math.imul(words[at + 2], 2654435761)) & this.mask;
    for (; ; ) {
      const id = this.ids[i];
      if (id === -1) {
        const k = i * 4;
        this.slots[k] = words[at];
        this.slots[k + 1] = words[at + 1];
        this.slots[k + 2] = words[at + 2];
        this.slots[k + 3] = words[at + 3];
        this.ids[i] = this.size;
        this.added = true;
        return this.size++;
      }
      if (this.equal(i, words, at)) {
        this.added = false;
        return id;
      }
      i = i + 1 & this.mask;
    }
  }
  /** Whether the last put() added its key. */
  added = false;
  equal(i, w, at) {
    const s = this.slots;
    const k = i * 4;
    return s[k] === w[at] && s[k + 1] === w[at + 1] && s[k + 2] === w[at + 2] && s[k + 3] === w[at + 3];
  }
  grow() {
    const oldSlots = this.slots;
    const oldIds = this.ids;
    const n = (this.mask + 1) * 2;
    this.slots = new Uint32Array(n * 4);
    this.ids = new Int32Array(n).fill(-1);
    this.mask = n - 1;
    for (let j = 0; j < oldIds.length; j++) {
      const id = oldIds[j];
      if (id === -1) continue;
      let i = (oldSlots[j * 4 + 1] ^ Math.imul(oldSlots[j * 4 + 2], 2654435761)) & this.mask;
      while (this.ids[i] !== -1) i = i + 1 & this.mask;
      this.slots.set(oldSlots.subarray(j * 4, j * 4 + 4), i * 4);
      this.ids[i] = id;
    }
  }
};
var EXAMPLES = 5;
var RECORD = 7;
var foreignKeys = (ds) => {
  const fk = ds.foreign_key;
  return fk === void 0 ? [] : Array.isArray(fk) ? fk : [fk];
};
var ForeignKeySink = class {
  /** `spillWords`: words kept in memory before spilling (the default, but for tests). */
  constructor(fk, spillDir, spillWords) {
    this.fk = fk;
    this.cols = [fk.column];
    this.records = new HashPartitions(RECORD, [4, 5, 6], spillDir, spillWords);
  }
  fk;
  at = [];
  cols;
  files = [];
  records;
  /** The join's answer, once secondPass ran. */
  answer;
  /** What the SQL form measured in the engine (sql/relationships-sql.ts), in place of the records. */
  sqlAnswer;
  hash = new RowHash();
  rec = new Uint32Array(RECORD);
  row(cells, row, line, file) {
    const v = cells[0];
    if ((0, import_chunk_HOHXXIQW.isMissing)(v)) return;
    let f = this.files.length ? this.files.lastIndexOf(file) : -1;
    if (f === -1) f = this.files.push(file) - 1;
    const rec = this.rec;
    this.hash.reset();
    this.hash.text(v);
    this.hash.digest(rec, 0);
    rec[4] = f;
    rec[5] = row;
    rec[6] = line;
    this.records.add(rec);
  }
  exportState() {
    return { files: this.files, records: this.records.exportState() };
  }
  mergeState(s, rowOffset, lineOffset) {
    let fileIndex = 0;
    if (s.files[0] !== void 0) {
      fileIndex = this.files.indexOf(s.files[0]);
      if (fileIndex === -1) fileIndex = this.files.push(s.files[0]) - 1;
    }
    this.records.mergeState(s.records, [fileIndex, rowOffset, lineOffset]);
  }
};
var before = (a, b) => a[0] < b[0] || a[0] === b[0] && a[1] < b[1];
function joinForeignKey(ref, records) {
  const answer = { orphanKeys: 0, orphanRows: 0, keys: 0, examples: [] };
  const first = [];
  const refParts = ref.partitions();
  const parts = records.partitions();
  for (; ; ) {
    const a = refParts.next();
    const b = parts.next();
    if (a.done || b.done) break;
    const keys = a.value;
    const recs = b.value;
    if (!recs.length) continue;
    const known = new Table128(keys.length / 4);
    for (let i = 0; i < keys.length; i += 4) known.put(keys, i);
    const seen = new Table128(recs.length / RECORD);
    const earliest = new Int32Array(recs.length / RECORD);
    const at = (o) => [recs[o + 4], recs[o + 5], recs[o + 6]];
    for (let i = 0; i < recs.length; i += RECORD) {
      const id = seen.put(recs, i);
      if (seen.added) earliest[id] = known.get(recs, i) === -1 ? i : -1;
      const o = earliest[id];
      if (o === -1) continue;
      answer.orphanRows++;
      const f = recs[i + 4];
      const g = recs[o + 4];
      if (f < g || f === g && recs[i + 5] < recs[o + 5]) earliest[id] = i;
    }
    answer.keys += seen.size;
    for (let id = 0; id < seen.size; id++) {
      const o = earliest[id];
      if (o === -1) continue;
      answer.orphanKeys++;
      const here = at(o);
      if (first.length < EXAMPLES || before(here, first[first.length - 1])) {
        first.push(here);
        first.sort((x, y) => before(x, y) ? -1 : 1);
        if (first.length > EXAMPLES) first.pop();
      }
    }
  }
  while (!refParts.next().done) ;
  while (!parts.next().done) ;
  return { answer, first };
}
async function foreignKeyAnswer(sink, ref, fetch) {
  const { answer, first } = joinForeignKey(ref, sink.records);
  const col = sink.at[0];
  const cells = /* @__PURE__ */ new Map();
  for (const f of new Set(first.map((a) => a[0])))
    cells.set(
      f,
      await fetch(
        sink.files[f],
        first.filter((a) => a[0] === f).map((a) => a[1])
      )
    );
  answer.examples = first.map(([f, row, line]) => ({
    value: cells.get(f)?.get(row)?.[col] ?? "",
    row,
    line,
    file: sink.files[f]
  }));
  return answer;
}
async function readReference(ws, fk, spillDir) {
  const files = (await ws.glob([fk.reference])).sort();
  if (!files.length) return { error: `the reference ${fk.reference} does not exist` };
  const hashes = new HashPartitions(4, [], spillDir);
  const hash = new RowHash();
  const rec = new Uint32Array(4);
  for (const file of files) {
    const read = (0, import_chunk_4HHBHUEK.readerFor)(file);
    if (!read)
      return {
        error: `the reference ${file} is not a file mlgate reads (CSV, TSV, JSON, JSON Lines, Parquet)`
      };
    let at = -1;
    try {
      await read(
        ws,
        file,
        (row) => {
          if (row.index === 0) {
            at = row.fields.indexOf(fk.reference_column);
            if (at === -1) throw new NoColumn(`${file} has no column ${fk.reference_column}`);
            return;
          }
          const v = row.fields[at] ?? "";
          if ((0, import_chunk_HOHXXIQW.isMissing)(v)) return;
          hash.reset();
          hash.text(v);
          hash.digest(rec, 0);
          hashes.add(rec);
        },
        void 0,
        void 0,
        /* @__PURE__ */ new Set([fk.reference_column])
      );
    } catch (err) {
      if (err instanceof NoColumn) return { error: err.message };
      return { error: `${file}: ${err.message}` };
    }
    if (at === -1) return { error: `${file} is empty (no header row)` };
  }
  return { hashes };
}
var NoColumn = class extends Error {
};
function foreignKeyVerdict(base, ds, dsSeverity, sink, ref) {
  const { fk } = sink;
  const id = `${base}/${fk.column}/foreign_key`;
  const sev = fk.severity ?? dsSeverity;
  const target = `${fk.reference ?? fk.reference_table}:${fk.reference_column}`;
  const what = `${fk.column} → ${target}`;
  const rubric = [...SCHEMA_RUBRIC];
  if (!ref || "error" in ref)
    return {
      ...failed(id, `${ds.name}: ${what}: ${ref ? ref.error : "no reference"}`, sev, rubric),
      status: "error"
    };
  if (sink.at.includes(-1))
    return failed(id, `${ds.name}: ${what}: ${fk.column} is not a column`, sev, rubric);
  let orphanKeys;
  let orphanRows;
  let distinct;
  const examples = [];
  const sql = sink.sqlAnswer;
  if (sql) {
    ({ orphanKeys, orphanRows, keys: distinct } = sql);
    for (const v of sql.examples) examples.push(example(v, -1, 1, sql.file));
  } else {
    const answer = sink.answer ?? ("hashes" in ref ? joinForeignKey(ref.hashes, sink.records).answer : void 0);
    if (!answer)
      return { ...failed(id, `${ds.name}: ${what}: no reference keys`, sev, rubric), status: "error" };
    ({ orphanKeys, orphanRows, keys: distinct } = answer);
    for (const e of answer.examples) examples.push(example(e.value, e.row, e.line, e.file));
  }
  const passed = orphanKeys === 0;
  const s = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return {
    id,
    status: passed ? "passed" : "failed",
    severity: sev,
    message: passed ? `${what}: all ${s(distinct, "key")} found` : `${what}: ${s(orphanKeys, "orphan key")} in ${s(orphanRows, "row")} (of ${distinct} distinct)`,
    observed: `${s(orphanKeys, "orphan key")}, ${s(orphanRows, "row")}`,
    expected: `every ${fk.column} in ${target}`,
    rubric,
    diagnostics: passed ? [] : examples.map(
      (e) => diagnostic(
        "data/foreign-key",
        sev,
        `${e.row >= 0 ? `row ${e.row}: ` : ""}${fk.column} "${e.value}" is not in ${target}`,
        e
      )
    )
  };
}
var fkSchema = {
  type: "object",
  additionalProperties: false,
  required: ["column", "reference_column"],
  properties: {
    column: { type: "string", minLength: 1, description: "The column holding the keys." },
    reference: {
      type: "string",
      minLength: 1,
      description: "The reference file (a path in the repository, as `path`), for a dataset of files."
    },
    reference_table: {
      type: "string",
      minLength: 1,
      description: "The reference table (`schema.table`) in the same database, for a dataset with a `source`."
    },
    reference_column: { type: "string", minLength: 1, description: "The reference's key column." },
    severity: import_chunk_SSUJ7GHV.severity
  }
};
var foreignKeyCheck = {
  id: "foreign_key",
  description: "Every value of a column is a key of a reference file's (or table's) column; orphan keys are counted with examples.",
  options: {
    foreign_key: {
      ...fkSchema,
      type: ["object", "array"],
      description: "`{ column, reference: FILE, reference_column }` (or `reference_table:` for SQL sources), or a list of them.",
      items: fkSchema
    }
  },
  rubric: SCHEMA_RUBRIC,
  configured: (ds) => foreignKeys(ds).length > 0,
  rowSinks: (ds, spillDir) => foreignKeys(ds).map((fk) => new ForeignKeySink(fk, spillDir)),
  configErrors: (ds) => foreignKeys(ds).flatMap((fk, i) => {
    const at = Array.isArray(ds.foreign_key) ? ["foreign_key", i] : ["foreign_key"];
    const table = ds.source !== void 0;
    const ok = table ? fk.reference_table !== void 0 && fk.reference === void 0 : fk.reference !== void 0 && fk.reference_table === void 0;
    return ok ? [] : [
      {
        severity: "error",
        code: "config/foreign-key",
        message: table ? `a dataset with a \`source\` takes \`reference_table:\` (a table of the same database)${fk.reference === void 0 ? "" : ", not `reference:`"}` : `a dataset of files takes \`reference:\` (a file in the repository)${fk.reference_table === void 0 ? "" : ", not `reference_table:`"}`,
        path: at
      }
    ];
  }),
  prepare: async (ds, ws, spillDir) => Promise.all(foreignKeys(ds).map((fk) => readReference(ws, fk, spillDir))),
  async secondPass(sinks, fetch, prepared) {
    for (const [i, sink] of sinks.entries()) {
      const ref = prepared?.[i];
      if (!ref || !("hashes" in ref) || sink.at.includes(-1)) continue;
      sink.answer = await foreignKeyAnswer(sink, ref.hashes, fetch);
    }
  },
  verdict: ({ base, ds, severity: sev, sinks, prepared }) => sinks.map(
    (s, i) => foreignKeyVerdict(base, ds, sev, s, prepared?.[i])
  )
};
var FreshnessSink = class {
  newest;
  text(text) {
    if (!(0, import_chunk_HOHXXIQW.hasType)(text, "timestamp")) return;
    const t = Date.parse(text.replace(" ", "T"));
    if (!Number.isNaN(t) && (this.newest === void 0 || t > this.newest)) this.newest = t;
  }
  number() {
  }
  batch(col) {
    const { kind } = col;
    for (let r = col.from; r < col.to; r++) if (kind[r] !== MISSING_CELL) this.text(col.text(r));
  }
  exportState() {
    return { newest: this.newest };
  }
  mergeState(s) {
    if (s.newest !== void 0 && (this.newest === void 0 || s.newest > this.newest))
      this.newest = s.newest;
  }
};
var freshnessCheck = {
  id: "freshness",
  description: "The newest timestamp must be younger than `max_age` (from now, or from the commit's time).",
  options: {
    freshness: {
      type: "object",
      additionalProperties: false,
      required: ["max_age"],
      description: "The newest timestamp must be recent.",
      properties: {
        max_age: import_chunk_SSUJ7GHV.duration,
        since: {
          type: "string",
          enum: ["now", "commit"],
          description: "Measure age from now (default) or from the run's commit time."
        },
        severity: import_chunk_SSUJ7GHV.severity
      }
    }
  },
  rubric: ["monitoring.4"],
  configured: (c) => c.freshness !== void 0,
  needsText: () => true,
  create: () => new FreshnessSink(),
  verdict: ({ id, column, config, severity: sev, sink, commitTime }) => {
    const fresh = config.freshness;
    const maxAge = (0, import_chunk_SNHAHQFI.durationMs)(fresh.max_age);
    const newest = sink.newest;
    const sinceCommit = fresh.since === "commit";
    const now = sinceCommit ? commitTime : Date.now();
    const age = newest === void 0 || now === void 0 ? void 0 : now - newest;
    const ok = age !== void 0 && age <= maxAge;
    const when = sinceCommit ? "before the commit" : "ago";
    return {
      id: `${id}/freshness`,
      status: now === void 0 ? "error" : ok ? "passed" : "failed",
      severity: fresh.severity ?? sev,
      message: now === void 0 ? `${column} freshness: no git commit to measure from (since: commit)` : newest === void 0 ? `${column} freshness: no timestamp to measure` : `${column} freshness: newest is ${new Date(newest).toISOString()}${ok ? "" : `, older than ${fresh.max_age} ${when}`}`,
      ...newest !== void 0 ? { observed: new Date(newest).toISOString() } : {},
      expected: `newer than ${fresh.max_age} ${when}`,
      rubric: ["monitoring.4"],
      diagnostics: []
    };
  }
};
var VALUE_CAP = 1e5;
var W = 5;
function addCo(c, x, y) {
  c.n++;
  const dx = x - c.mx;
  c.mx += dx / c.n;
  const dy = y - c.my;
  c.my += dy / c.n;
  c.m2x += dx * (x - c.mx);
  c.m2y += dy * (y - c.my);
  c.cxy += dx * (y - c.my);
}
function mergeCo(a, b) {
  if (!b.n) return;
  const n = a.n + b.n;
  const dx = b.mx - a.mx;
  const dy = b.my - a.my;
  const f = a.n * b.n / n;
  a.m2x += b.m2x + dx * dx * f;
  a.m2y += b.m2y + dy * dy * f;
  a.cxy += b.cxy + dx * dy * f;
  a.mx += dx * b.n / n;
  a.my += dy * b.n / n;
  a.n = n;
}
var FeatureStats = class {
  index = /* @__PURE__ */ new Map();
  values = [];
  data = new Float64Array(64 * W);
  overflow = false;
  /** Every non-missing value read as a number so far. */
  numeric = true;
  co = { n: 0, mx: 0, my: 0, m2x: 0, m2y: 0, cxy: 0 };
  /** The slot of value `v`, made on first sight; undefined (and the values dropped) past the cap. */
  slotOf(v) {
    let k = this.index.get(v);
    if (k !== void 0) return k;
    if (this.values.length >= VALUE_CAP) {
      this.drop();
      return void 0;
    }
    k = this.values.length;
    this.index.set(v, k);
    this.values.push(v);
    if ((k + 1) * W > this.data.length) {
      const bigger = new Float64Array(Math.max(this.data.length * 2, (k + 1) * W));
      bigger.set(this.data);
      this.data = bigger;
    }
    return k;
  }
  /**
   * One row: the feature's text `v` and number `x` (undefined: not a number), the label's class
   * code (0, 1, or more) and number `y` (NaN: not a number).
   */
  add(v, x, cls, y) {
    if (x === void 0) this.numeric = false;
    else if (!Number.isNaN(y)) addCo(this.co, x, y);
    if (this.overflow) return;
    const k = this.slotOf(v);
    if (k === void 0) return;
    const d = this.data;
    const o = k * W;
    d[o]++;
    if (cls === 0) d[o + 1]++;
    else if (cls === 1) d[o + 2]++;
    if (!Number.isNaN(y)) {
      const n = d[o];
      const delta = y - d[o + 3];
      d[o + 3] += delta / n;
      d[o + 4] += delta * (y - d[o + 3]);
    }
  }
  drop() {
    this.overflow = true;
    this.index = /* @__PURE__ */ new Map();
    this.values = [];
    this.data = new Float64Array(0);
  }
  exportState() {
    return {
      values: this.values,
      data: this.data.slice(0, this.values.length * W),
      overflow: this.overflow,
      numeric: this.numeric,
      co: this.co
    };
  }
  /** Merge a part's measures; `swap` when the part's classes 0 and 1 are this one's 1 and 0. */
  mergeState(s, swap) {
    this.numeric &&= s.numeric;
    mergeCo(this.co, s.co);
    if (this.overflow) return;
    if (s.overflow) {
      this.drop();
      return;
    }
    s.values.forEach((v, j) => {
      const o2 = j * W;
      const k = this.slotOf(v);
      if (k === void 0 || this.overflow) return;
      const d = this.data;
      const o = k * W;
      const na = d[o];
      const nb = s.data[o2];
      const n = na + nb;
      d[o + 1] += s.data[o2 + (swap ? 2 : 1)];
      d[o + 2] += s.data[o2 + (swap ? 1 : 2)];
      const delta = s.data[o2 + 3] - d[o + 3];
      d[o + 4] += s.data[o2 + 4] + delta * delta * na * nb / (n || 1);
      d[o + 3] += delta * nb / (n || 1);
      d[o] = n;
    });
  }
  /** Per value: rows, class-0 rows, class-1 rows, label mean, label M2. */
  record(k) {
    const o = k * W;
    const d = this.data;
    return [d[o], d[o + 1], d[o + 2], d[o + 3], d[o + 4]];
  }
};
function aucOfGroups(groups) {
  const sorted2 = [...groups].sort((a, b) => a.score - b.score);
  let n0 = 0;
  let n1 = 0;
  let num = 0;
  for (let i = 0; i < sorted2.length; ) {
    let g0 = 0;
    let g1 = 0;
    const s = sorted2[i].score;
    while (i < sorted2.length && sorted2[i].score === s) {
      g0 += sorted2[i].c0;
      g1 += sorted2[i].c1;
      i++;
    }
    num += g1 * (n0 + 0.5 * g0);
    n0 += g0;
    n1 += g1;
  }
  return n0 && n1 ? num / (n0 * n1) : Number.NaN;
}
function etaSquared(f) {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  let within2 = 0;
  for (let k = 0; k < f.values.length; k++) {
    const [nb, , , mb, m2b] = f.record(k);
    if (!nb) continue;
    within2 += m2b;
    const total = n + nb;
    const delta = mb - mean;
    m2 += m2b + delta * delta * n * nb / total;
    mean += delta * nb / total;
    n = total;
  }
  return m2 > 0 ? 1 - within2 / m2 : Number.NaN;
}
function pearsonR2(c) {
  return c.m2x > 0 && c.m2y > 0 ? c.cxy * c.cxy / (c.m2x * c.m2y) : Number.NaN;
}
var CLASS_CAP = 1e3;
var RECORD2 = 9;
function labelColumns(config, header) {
  if (config.features !== void 0) return [config.column, ...config.features];
  const out = /* @__PURE__ */ new Set([config.column, ...config.exclude ?? []]);
  return [config.column, ...header.filter((h) => !out.has(h))];
}
var LabelSink = class {
  constructor(config, spillDir) {
    this.config = config;
    this.wantsHeader = config.features === void 0;
    this.cols = [config.column, ...config.features ?? []];
    this.records = new HashPartitions(RECORD2, [6, 7, 8], spillDir);
  }
  config;
  at = [];
  /** The label, then the features (set from the header when the config lists none). */
  cols;
  wantsHeader;
  classes = [];
  classCounts = [];
  classOverflow = false;
  labelNumeric = true;
  missingLabels = 0;
  rows = 0;
  files = [];
  records;
  features = [];
  classIndex = /* @__PURE__ */ new Map();
  hash = new RowHash();
  rec = new Uint32Array(RECORD2);
  /** The features from the header: every column but the label and the excluded ones. */
  place(header) {
    if (this.wantsHeader) this.cols = labelColumns(this.config, header);
  }
  row(cells, row, line, file) {
    const label = cells[0] ?? "";
    if ((0, import_chunk_HOHXXIQW.isMissing)(label)) {
      this.missingLabels++;
      return;
    }
    this.rows++;
    let cls = this.classIndex.get(label);
    if (cls === void 0) {
      if (this.classes.length < CLASS_CAP) {
        cls = this.classes.length;
        this.classIndex.set(label, cls);
        this.classes.push(label);
        this.classCounts.push(0);
      } else {
        this.classOverflow = true;
        cls = -1;
      }
    }
    if (cls >= 0) this.classCounts[cls]++;
    const y = (0, import_chunk_HOHXXIQW.toNumber)(label) ?? Number.NaN;
    if (Number.isNaN(y)) this.labelNumeric = false;
    const n = cells.length - 1;
    while (this.features.length < n) this.features.push(new FeatureStats());
    const h = this.hash;
    h.reset();
    for (let i = 1; i < cells.length; i++) {
      const v = cells[i];
      h.text(v);
      if (this.config.leakage !== false && !(0, import_chunk_HOHXXIQW.isMissing)(v)) this.features[i - 1].add(v, (0, import_chunk_HOHXXIQW.toNumber)(v), cls, y);
    }
    let f = this.files.indexOf(file);
    if (f === -1) f = this.files.push(file) - 1;
    if (this.config.conflicts === false) return;
    const rec = this.rec;
    h.digest(rec, 0);
    const [a, b] = (0, import_chunk_TOHZ7UWI.hash64)(label);
    rec[4] = a;
    rec[5] = b;
    rec[6] = f;
    rec[7] = row;
    rec[8] = line;
    this.records.add(rec);
  }
  exportState() {
    return {
      classes: this.classes,
      classCounts: this.classCounts,
      classOverflow: this.classOverflow,
      labelNumeric: this.labelNumeric,
      missingLabels: this.missingLabels,
      rows: this.rows,
      files: this.files,
      records: this.records.exportState(),
      features: this.features.map((f) => f.exportState())
    };
  }
  mergeState(s, rowOffset, lineOffset) {
    const code = s.classes.map((c, k) => {
      let i = this.classIndex.get(c);
      if (i === void 0) {
        if (this.classes.length >= CLASS_CAP) {
          this.classOverflow = true;
          return -1;
        }
        i = this.classes.length;
        this.classIndex.set(c, i);
        this.classes.push(c);
        this.classCounts.push(0);
      }
      this.classCounts[i] += s.classCounts[k];
      return i;
    });
    this.classOverflow ||= s.classOverflow;
    this.labelNumeric &&= s.labelNumeric;
    this.missingLabels += s.missingLabels;
    this.rows += s.rows;
    let fileIndex = 0;
    if (s.files[0] !== void 0) {
      fileIndex = this.files.indexOf(s.files[0]);
      if (fileIndex === -1) fileIndex = this.files.push(s.files[0]) - 1;
    }
    this.records.mergeState(s.records, [fileIndex, rowOffset, lineOffset]);
    const swap = code[0] === 1 && (code[1] === void 0 || code[1] === 0);
    s.features.forEach((f, i) => {
      while (this.features.length <= i) this.features.push(new FeatureStats());
      this.features[i].mergeState(f, swap);
    });
  }
};
var before2 = (a, b) => a.file < b.file || a.file === b.file && a.row < b.row;
function findConflicts(records, keep = 5) {
  const out = { groups: 0, rows: 0, examples: [] };
  for (const part of records.partitions()) {
    if (!part.length) continue;
    const table = new Table128(part.length / RECORD2);
    const first = [];
    const other = [];
    const count = [];
    for (let i = 0; i < part.length; i += RECORD2) {
      const g = table.put(part, i);
      if (table.added) {
        first.push(i);
        other.push(-1);
        count.push(1);
        continue;
      }
      count[g]++;
      const f = first[g];
      if (other[g] === -1 && (part[f + 4] !== part[i + 4] || part[f + 5] !== part[i + 5])) other[g] = i;
    }
    const at = (o) => ({ file: part[o + 6], row: part[o + 7], line: part[o + 8] });
    for (let g = 0; g < first.length; g++) {
      if (other[g] === -1) continue;
      out.groups++;
      out.rows += count[g];
      const c = { first: at(first[g]), other: at(other[g]), rows: count[g] };
      const ex = out.examples;
      if (ex.length < keep || before2(c.first, ex[ex.length - 1].first)) {
        ex.push(c);
        ex.sort((x, y) => before2(x.first, y.first) ? -1 : 1);
        if (ex.length > keep) ex.pop();
      }
    }
  }
  return out;
}
var CATEGORY_LIMIT = 1e3;
var ROWS_PER_CATEGORY = 10;
function taskOf(l) {
  const classes = typeof l.classes === "number" ? l.classes : l.classes.length;
  if (!l.classOverflow && classes === 2) return "binary";
  if (l.labelNumeric && classes > 2) return "regression";
  return {
    why: `${l.classOverflow ? `more than ${classes}` : classes} label classes that are not all numbers (leakage is judged for binary and numeric labels)`
  };
}
function factsOf(f) {
  let rows = 0;
  for (let k = 0; k < f.values.length; k++) rows += f.record(k)[0];
  return { allNumeric: f.numeric, coRows: f.co.n, values: f.values.length, overflow: f.overflow, rows };
}
function ruleOf(facts, task) {
  const numeric = facts.allNumeric && (facts.coRows > 0 || facts.values > 0);
  if (!numeric) {
    const rule = task === "binary" ? "category rate" : "category mean";
    if (facts.overflow || facts.values > CATEGORY_LIMIT)
      return { rule, why: `more than ${CATEGORY_LIMIT} categories` };
    if (facts.values * ROWS_PER_CATEGORY > facts.rows)
      return { rule, why: `fewer than ${ROWS_PER_CATEGORY} rows per category` };
    return { rule };
  }
  if (task === "regression") return { rule: "line" };
  if (facts.overflow)
    return { rule: "value", why: "more than 100,000 distinct values (the AUC is exact up to that many)" };
  return { rule: "value" };
}
function scoreFeature(name, f, task) {
  const { rule, why } = ruleOf(factsOf(f), task);
  if (why) return { feature: name, rule, why };
  let score;
  if (rule === "category mean") score = etaSquared(f);
  else if (rule === "line") score = pearsonR2(f.co);
  else
    score = best(
      aucOfGroups(
        f.values.map((v, k) => {
          const [, c0, c1] = f.record(k);
          return { score: rule === "value" ? (0, import_chunk_HOHXXIQW.toNumber)(v) ?? Number.NaN : c1 / (c0 + c1 || 1), c0, c1 };
        })
      )
    );
  return finite({ feature: name, rule, score });
}
var best = (auc) => Number.isNaN(auc) ? auc : Math.max(auc, 1 - auc);
function finite(s) {
  if (s.score !== void 0 && Number.isFinite(s.score)) return s;
  return {
    feature: s.feature,
    rule: s.rule,
    why: "constant, or the label has one value where it is present"
  };
}
var DEFAULT_MAX_SCORE = 0.95;
var cut2 = (s) => s.length > 40 ? `${s.slice(0, 39)}…` : s;
var found = /* @__PURE__ */ new WeakMap();
function conflictsVerdict(id, name, label, features, c, sev) {
  return {
    id,
    status: c.groups ? "failed" : "passed",
    severity: sev,
    message: c.groups ? `${name}: ${c.rows} rows in ${c.groups} group${c.groups === 1 ? "" : "s"} have the same ${features} features but different ${label}` : `${name}: no two rows with the same ${features} features have different ${label}`,
    observed: `${c.groups} group${c.groups === 1 ? "" : "s"}, ${c.rows} rows`,
    expected: "one label per feature row",
    rubric: [...SCHEMA_RUBRIC],
    diagnostics: c.diagnostics
  };
}
function fileConflicts(sink, sev) {
  const f = found.get(sink);
  const c = f?.conflicts ?? { groups: 0, rows: 0, examples: [] };
  const label = sink.config.column;
  const features = sink.cols.slice(1);
  const diagnostics = c.examples.map((e) => {
    const file = sink.files[e.other.file] ?? "";
    const a = f?.cells.get(sink.files[e.first.file] ?? "")?.get(e.first.row);
    const b = f?.cells.get(file)?.get(e.other.row);
    const shown = a ? showFeatures(features, a.slice(1)) : "";
    const labels = a && b ? `: ${label} ${JSON.stringify(cut2(a[0] ?? ""))} vs ${JSON.stringify(cut2(b[0] ?? ""))}` : "";
    return diagnostic(
      "data/conflicting-labels",
      sev,
      `row ${e.other.row} repeats the features of row ${e.first.row} (line ${e.first.line})${shown ? ` (${shown})` : ""} with another label${labels}`,
      { file, line: e.other.line }
    );
  });
  return { groups: c.groups, rows: c.rows, diagnostics };
}
function showFeatures(features, cells) {
  return features.slice(0, 4).map((n, k) => `${n}=${cut2(cells[k] ?? "")}`).join(", ") + (features.length > 4 ? ", …" : "");
}
function leakageVerdict(id, name, label, task, all, max, sev, file) {
  if (typeof task === "object")
    return {
      id,
      status: "skipped",
      severity: sev,
      message: `${name}: target leakage not judged: ${label} has ${task.why}`,
      diagnostics: []
    };
  const metric = task === "binary" ? "AUC" : "R²";
  const judged = all.filter((s) => s.score !== void 0);
  const leaky = judged.filter((s) => s.score > max).sort((a, b) => b.score - a.score);
  const top = [...judged].sort((a, b) => b.score - a.score)[0];
  const notJudged = all.filter((s) => s.score === void 0);
  const tail = notJudged.length ? `; not judged: ${notJudged.map((s) => `${s.feature} (${s.why})`).join(", ")}` : "";
  const say2 = (s) => `${s.feature} ${metric} ${s.score.toFixed(3)}`;
  return {
    id,
    status: leaky.length ? "failed" : "passed",
    severity: sev,
    message: leaky.length ? `${name}: possible target leakage: ${leaky.map(say2).join(", ")} predict${leaky.length === 1 ? "s" : ""} ${label} alone (above ${max})${tail}` : `${name}: no single feature predicts ${label} above ${metric} ${max}${top ? ` (highest: ${say2(top)})` : ""}${tail}`,
    observed: top ? say2(top) : "no feature judged",
    expected: `${metric} <= ${max} for every feature`,
    rubric: [...LEAKAGE_RUBRIC],
    diagnostics: leaky.map(
      (s) => diagnostic(
        "data/target-leakage",
        sev,
        `${s.feature} alone predicts ${label}: ${metric} ${s.score.toFixed(4)} by its ${s.rule}`,
        { file, line: 1 }
      )
    )
  };
}
function labelsVerdicts(base, name, cfg, sev, m) {
  const id = `${base}/${cfg.column}`;
  if (m.at[0] === -1 || m.at.length === 0)
    return [failed(`${id}/labels`, `${name}: the label column ${cfg.column} is missing`, sev, SCHEMA_RUBRIC)];
  const missing = m.cols.filter((_, k) => m.at[k] === -1);
  if (missing.length)
    return [
      failed(
        `${id}/labels`,
        `${name}: no column ${missing.join(", ")} (named in labels.features)`,
        sev,
        SCHEMA_RUBRIC
      )
    ];
  const out = [];
  if (cfg.conflicts !== false)
    out.push(
      conflictsVerdict(`${id}/conflicting_labels`, name, cfg.column, m.cols.length - 1, m.conflicts(), sev)
    );
  if (cfg.leakage !== false) {
    const task = m.task();
    out.push(
      leakageVerdict(
        `${id}/target_leakage`,
        name,
        cfg.column,
        task,
        typeof task === "object" ? [] : m.scores(task),
        cfg.max_score ?? DEFAULT_MAX_SCORE,
        sev,
        m.file
      )
    );
  }
  return out;
}
var labelsCheck = {
  id: "labels",
  description: "The label against the features: rows with the same features and different labels; a single feature that predicts the label (AUC or R² above a bound).",
  rubric: [...SCHEMA_RUBRIC, ...LEAKAGE_RUBRIC],
  options: {
    labels: {
      type: "object",
      additionalProperties: false,
      required: ["column"],
      description: "The label column and its checks (docs/checks-splits.md): conflicting labels and single-feature target leakage.",
      properties: {
        column: { type: "string", minLength: 1, description: "The label column." },
        features: {
          type: "array",
          items: { type: "string" },
          minItems: 1,
          description: "The feature columns (default: every column but the label and `exclude`)."
        },
        exclude: {
          type: "array",
          items: { type: "string" },
          description: "Columns that are not features (identifiers, timestamps), when `features` is not given."
        },
        conflicts: {
          type: "boolean",
          description: "Fail on rows with the same features and different labels (default true)."
        },
        leakage: {
          type: "boolean",
          description: "Fail on a single feature that predicts the label above `max_score` (default true)."
        },
        max_score: {
          type: "number",
          minimum: 0.5,
          maximum: 1,
          description: `Largest AUC (binary label) or R² (numeric label) one feature may reach alone (default ${DEFAULT_MAX_SCORE}).`
        },
        severity: {
          type: "string",
          enum: ["error", "warning"],
          description: "How a failure of these checks counts (default: the dataset's severity)."
        }
      }
    }
  },
  configured: (ds) => ds.labels !== void 0,
  rowSinks: (ds, spillDir) => [new LabelSink(ds.labels, spillDir)],
  async secondPass(sinks, fetch) {
    for (const sink of sinks) {
      if (sink.config.conflicts === false) continue;
      const conflicts = findConflicts(sink.records);
      const want = /* @__PURE__ */ new Map();
      for (const e of conflicts.examples)
        for (const at of [e.first, e.other]) {
          const file = sink.files[at.file];
          want.set(file, [...want.get(file) ?? [], at.row]);
        }
      const cells = /* @__PURE__ */ new Map();
      for (const [file, rows] of want) {
        const got = await fetch(file, rows);
        cells.set(file, new Map([...got].map(([row, all]) => [row, sink.at.map((i) => all[i] ?? "")])));
      }
      conflicts.examples = conflicts.examples.filter((e) => {
        const a = cells.get(sink.files[e.first.file])?.get(e.first.row);
        const b = cells.get(sink.files[e.other.file])?.get(e.other.row);
        return !a || !b || a.slice(1).join("") === b.slice(1).join("") && a[0] !== b[0];
      });
      found.set(sink, { conflicts, cells });
    }
  },
  verdict: ({ base, ds, severity: severity2, sinks }) => {
    const sink = sinks[0];
    const sev = sink.config.severity ?? severity2;
    return labelsVerdicts(base, ds.name, sink.config, sev, {
      cols: sink.cols,
      at: sink.at,
      conflicts: () => fileConflicts(sink, sev),
      task: () => taskOf(sink),
      scores: (task) => sink.cols.slice(1).map((c, i) => scoreFeature(c, sink.features[i], task)),
      file: sink.files[0] ?? ""
    });
  }
};
var meanCheck = {
  id: "mean",
  description: "The mean of the column's numbers must lie within `min` and `max`.",
  options: { mean: (0, import_chunk_SSUJ7GHV.bounds)("Bounds on the mean of the column's non-missing numbers.") },
  configured: (c) => c.mean !== void 0,
  create: () => new MomentSink(),
  verdict: (v) => statVerdict(
    v,
    "mean",
    v.config.mean,
    v.sink.mean,
    v.profile.numeric ? NOT_FED : "no numeric value"
  )
};
function notMeasured(sink, numeric) {
  return sink.count === 0 && numeric > 0 ? NOT_FED : "no numeric value";
}
var medianCheck = {
  id: "median",
  description: "The median of the column's numbers must lie within `min` and `max` (exact up to 1,000,000 numbers, past that within a stated rank error).",
  options: { median: (0, import_chunk_SSUJ7GHV.bounds)("Bounds on the median of the column's non-missing numbers.") },
  configured: (c) => c.median !== void 0,
  create: () => new ValuesSink(),
  finish: (sink) => sink.finish(),
  verdict: (v) => statVerdict(
    v,
    "median",
    v.config.median,
    v.sink.measure(0.5),
    notMeasured(v.sink, v.profile.numeric)
  )
};
var MissingSink = class {
  /** Rows with a missing value, with the first examples. */
  rows = new import_chunk_TOHZ7UWI.Violations();
  text() {
  }
  number() {
  }
  /** Only missing rows count, and those reach `missing`. */
  coded() {
  }
  missing(text, row, line, file) {
    this.rows.add({ row, line, file, value: text });
  }
  batch(col, rowBase, file) {
    const { kind, batch } = col;
    for (let r = col.from; r < col.to; r++)
      if (kind[r] === MISSING_CELL)
        this.rows.add({ row: rowBase + r, line: batch.line[r], file, value: col.text(r) });
  }
  exportState() {
    return { count: this.rows.count, examples: this.rows.examples };
  }
  mergeState(s, rowOffset, lineOffset) {
    this.rows.merge(s, rowOffset, lineOffset);
  }
};
var missingCheck = {
  id: "missing",
  description: "At most `max` (or `max_percent`) values may be missing.",
  options: {
    missing: {
      type: "object",
      additionalProperties: false,
      description: "How many values may be missing (empty, null, NA).",
      properties: {
        max: { type: "integer", minimum: 0, description: "At most this many missing values." },
        max_percent: { ...import_chunk_SSUJ7GHV.percent, description: "At most this percentage of missing values." },
        severity: import_chunk_SSUJ7GHV.severity
      }
    }
  },
  configured: (c) => c.missing !== void 0,
  create: () => new MissingSink(),
  verdict: ({ id, column, config, severity: severity2, profile, sink }) => {
    const m = config.missing;
    const sev = m.severity ?? severity2;
    const rows = profile.rows;
    const percentMissing = rows ? 100 * profile.missing / rows : 0;
    const ok = (m.max === void 0 || profile.missing <= m.max) && (m.max_percent === void 0 || percentMissing <= m.max_percent);
    const expected = [
      m.max !== void 0 && `at most ${m.max}`,
      m.max_percent !== void 0 && `at most ${m.max_percent}%`
    ].filter(Boolean).join(" and ");
    return {
      id: `${id}/missing`,
      status: ok ? "passed" : "failed",
      severity: sev,
      message: `${column} missing: ${profile.missing} of ${rows} rows${ok ? "" : `, expected ${expected}`}`,
      observed: `${profile.missing} (${percentMissing.toFixed(2)}%)`,
      expected,
      rubric: SCHEMA_RUBRIC,
      diagnostics: ok ? [] : sink.rows.examples.map(
        (e) => diagnostic(
          "data/missing",
          sev,
          `row ${e.row}, ${column}: missing${e.value ? ` ("${e.value}")` : ""}`,
          e
        )
      )
    };
  }
};
var NotConstantSink = class {
  first;
  varied = false;
  text(text) {
    if (this.varied) return;
    if (this.first === void 0) this.first = text;
    else if (text !== this.first) this.varied = true;
  }
  number(v) {
    if (!this.varied) this.text(String(v));
  }
  batch(col) {
    const { kind } = col;
    for (let r = col.from; r < col.to && !this.varied; r++)
      if (kind[r] !== MISSING_CELL) this.text(col.text(r));
  }
  exportState() {
    return { first: this.first, varied: this.varied };
  }
  mergeState(s) {
    if (s.varied) this.varied = true;
    else if (s.first !== void 0) this.text(s.first);
  }
};
var notConstantCheck = {
  id: "not_constant",
  description: "The column must hold at least two distinct non-missing values.",
  options: {
    not_constant: {
      description: "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.",
      type: ["boolean", "object"],
      additionalProperties: false,
      properties: { severity: import_chunk_SSUJ7GHV.severity }
    }
  },
  configured: (c) => c.not_constant !== void 0 && c.not_constant !== false,
  create: () => new NotConstantSink(),
  verdict: ({ id, column, config, severity: sev, profile, sink }) => {
    const option = config.not_constant;
    const own = typeof option === "object" ? option.severity : void 0;
    const severityOf = own ?? sev;
    const present = profile.rows - profile.missing;
    const message = sink.varied ? `${column} varies: at least two distinct values` : sink.first === void 0 ? `${column} is constant: no non-missing value in ${profile.rows} rows` : `${column} is constant: all ${present} non-missing values are "${sink.first.length > 80 ? `${sink.first.slice(0, 79)}…` : sink.first}"`;
    return {
      id: `${id}/not_constant`,
      status: sink.varied ? "passed" : "failed",
      severity: severityOf,
      message,
      observed: sink.varied ? "2 or more distinct values" : sink.first === void 0 ? "no value" : "1 distinct value",
      expected: "at least 2 distinct values",
      rubric: SCHEMA_RUBRIC,
      diagnostics: []
    };
  }
};
function isOneHot(cells) {
  let ones = 0;
  for (const v of cells) {
    if (v === "1" || v === "1.0" || v === "true" || v === "True") ones++;
    else if (!(v === "0" || v === "0.0" || v === "false" || v === "False")) return false;
  }
  return ones === 1;
}
var GroupSink = class {
  constructor(cols) {
    this.cols = cols;
  }
  cols;
  at = [];
  bad = new import_chunk_TOHZ7UWI.Violations();
  row(cells, row, line, file) {
    if (!isOneHot(cells)) this.bad.add({ row, line, file, value: cells.join(", ") });
  }
  exportState() {
    return { count: this.bad.count, examples: this.bad.examples };
  }
  mergeState(s, rowOffset, lineOffset) {
    this.bad.merge(s, rowOffset, lineOffset);
  }
};
var oneHotCheck = {
  id: "one_hot",
  description: "In each row, exactly one column of each group is 1 and the others 0.",
  options: {
    one_hot: {
      type: "array",
      description: "One-hot groups: in each row exactly one column of the group is 1.",
      items: { type: "array", items: { type: "string" }, minItems: 2 }
    }
  },
  configured: (ds) => (ds.one_hot?.length ?? 0) > 0,
  rowSinks: (ds) => (ds.one_hot ?? []).map((cols) => new GroupSink(cols)),
  verdict: ({ base, ds, severity: severity2, rows, sinks }) => sinks.map((g) => {
    const name = g.cols.join("+");
    if (g.at.includes(-1))
      return failed(
        `${base}/${name}/one_hot`,
        `${ds.name}: one-hot group ${g.cols.join(", ")} names a missing column`,
        severity2,
        SCHEMA_RUBRIC
      );
    return violationCheck(
      `${base}/${name}/one_hot`,
      "data/one-hot",
      g.bad,
      rows,
      0,
      severity2,
      `one-hot (${g.cols.join(", ")})`,
      "exactly one 1 per row",
      (e) => `row ${e.row}: (${e.value}) is not exactly one 1 among 0s`
    );
  })
};
var OUTLIER_SAMPLE = 1e5;
var OutlierSink = class {
  kept = new KeyedSample(OUTLIER_SAMPLE, 2463534242);
  keptValues;
  text(text, n, row, line, file, key) {
    if (n !== void 0) this.keep(n, row, line, file, text, key);
  }
  number(v, row, file) {
    this.keep(v, row, row, file, String(v), row);
  }
  batch(col, rowBase, file) {
    const { kind, num, s, e, special, batch } = col;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      const p = this.kept.priority(batch.rowOffset(r));
      if (!this.kept.accepts(p)) continue;
      const text = col.anySpecial && special[r] === 1 ? col.texts[r] : batch.slice(s[r], e[r]);
      this.put(p, num[r], example(text, rowBase + r, batch.line[r], file));
    }
  }
  keep(n, row, line, file, text, key) {
    const p = this.kept.priority(key);
    if (this.kept.accepts(p)) this.put(p, n, example(text, row, line, file));
  }
  put(p, value, ex) {
    this.kept.put(p, { value, example: ex });
    this.keptValues = void 0;
  }
  exportState() {
    return this.kept.exportState();
  }
  mergeState(s, rowOffset, lineOffset) {
    this.kept.merge({
      prio: s.prio,
      items: s.items.map(({ value, example: e }) => ({
        value,
        example: { ...e, row: e.row + rowOffset, line: e.line + lineOffset }
      }))
    });
    this.keptValues = void 0;
  }
  /** The values kept, with where they were (in a fixed order). */
  get sample() {
    this.keptValues ??= this.kept.values();
    return this.keptValues;
  }
};
var outliersCheck = {
  id: "outliers",
  description: "At most `max_percent` of values may be outliers (z-score and/or Tukey's fences).",
  options: {
    outliers: {
      type: "object",
      additionalProperties: false,
      description: "Values far from the bulk of the column.",
      properties: {
        zscore: {
          type: "number",
          exclusiveMinimum: 0,
          description: "A value more than this many standard deviations from the mean is an outlier."
        },
        iqr: {
          type: "number",
          exclusiveMinimum: 0,
          description: "A value beyond Q1 - k·IQR or Q3 + k·IQR is an outlier (Tukey's fences; 1.5 is usual)."
        },
        max_percent: { ...import_chunk_SSUJ7GHV.percent, description: "Percentage of outliers tolerated." },
        severity: import_chunk_SSUJ7GHV.severity
      }
    }
  },
  configured: (c) => c.outliers !== void 0,
  create: () => new OutlierSink(),
  verdict: ({ id, column, config, severity: sev, profile, sink }) => {
    const o = config.outliers;
    const n = profile.numeric;
    const mean = n ? profile.sum / n : 0;
    const sd = n ? Math.sqrt(Math.max(0, profile.sumSq / n - mean * mean)) : 0;
    const sample = sink.sample;
    const values = sample.map((s) => s.value).sort((a, b) => a - b);
    const quantile = (q) => {
      const pos = q * (values.length - 1);
      const lo = Math.floor(pos);
      return values[lo] + ((values[Math.min(lo + 1, values.length - 1)] ?? values[lo]) - values[lo]) * (pos - lo);
    };
    const q1 = values.length ? quantile(0.25) : 0;
    const q3 = values.length ? quantile(0.75) : 0;
    const fence = o.iqr === void 0 ? void 0 : [q1 - o.iqr * (q3 - q1), q3 + o.iqr * (q3 - q1)];
    const isOutlier = (v) => o.zscore !== void 0 && sd > 0 && Math.abs(v - mean) / sd > o.zscore || fence !== void 0 && (v < fence[0] || v > fence[1]);
    const bad = new import_chunk_TOHZ7UWI.Violations();
    for (const s of [...sample].sort((a, b) => a.example.row - b.example.row))
      if (isOutlier(s.value)) bad.add(s.example);
    const share = sample.length ? 100 * bad.count / sample.length : 0;
    const tolerance = o.max_percent ?? 0;
    const ok = share <= tolerance;
    const rule = [
      o.zscore !== void 0 && `more than ${o.zscore} standard deviations from the mean`,
      fence && `outside Tukey's fences (k = ${o.iqr})`
    ].filter(Boolean).join(" or ");
    const sampled = n > sample.length ? ` (estimated on a sample of ${sample.length.toLocaleString("en")} values)` : "";
    return {
      id: `${id}/outliers`,
      status: ok ? "passed" : "failed",
      severity: o.severity ?? sev,
      message: `${column} outliers: ${share.toFixed(2)}% of values ${rule}${sampled}${ok ? "" : `, over ${tolerance}%`}`,
      observed: `${share.toFixed(2)}%`,
      expected: `<= ${tolerance}%`,
      rubric: SCHEMA_RUBRIC,
      diagnostics: ok ? [] : bad.examples.map(
        (e) => diagnostic(
          "data/outlier",
          o.severity ?? sev,
          `row ${e.row}, ${column}: "${e.value}" is an outlier`,
          e
        )
      )
    };
  }
};
function levels(option) {
  return Object.entries(option).filter(([k]) => k !== "severity").map(([k, b]) => [Number(k), b]).sort((a, b) => a[0] - b[0]);
}
var quantilesCheck = {
  id: "quantiles",
  description: "Quantiles of the column's numbers (linear interpolation, as numpy) must lie within bounds (exact up to 1,000,000 numbers, past that within a stated rank error).",
  options: {
    quantiles: {
      type: "object",
      description: 'Quantile levels from 0 to 1 mapped to bounds: `{ "0.05": { min: 0 }, "0.95": { max: 100 } }`, and an optional `severity`.',
      additionalProperties: false,
      minProperties: 1,
      properties: { severity: import_chunk_SSUJ7GHV.severity },
      patternProperties: { "^(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)$": (0, import_chunk_SSUJ7GHV.bounds)("Bounds on this quantile.") }
    }
  },
  configured: (c) => c.quantiles !== void 0,
  create: () => new ValuesSink(),
  finish: (sink) => sink.finish(),
  verdict: (v) => {
    const option = v.config.quantiles;
    const sev = option.severity;
    const measured = levels(option).map(([q, b]) => ({ q, b, at: v.sink.measure(q) }));
    const first = measured[0]?.at;
    if (first === void 0)
      return statVerdict(
        v,
        "quantiles",
        { severity: sev },
        void 0,
        notMeasured(v.sink, v.profile.numeric)
      );
    const judged = measured.map((m) => {
      const exact = typeof m.at === "number";
      const value = typeof m.at === "number" ? m.at : m.at.value;
      const verdict = exact ? within(value, m.b) ? "passed" : "failed" : judgeApproximate(m.at, m.b);
      return { ...m, value, verdict };
    });
    const bad = judged.filter((m) => m.verdict === "failed");
    const open = judged.filter((m) => m.verdict === "undecided");
    const say2 = (m) => `q${m.q} = ${formatStat(m.value)}`;
    const expected = judged.map((m) => `q${m.q} ${describeBounds(m.b)}`).join(", ");
    const approx = typeof first === "number" ? void 0 : first;
    const note = approx ? ` (${describeApproximation(approx)})` : "";
    const message = bad.length ? `${v.column} quantiles: ${bad.map((m) => `${say2(m)}, expected ${describeBounds(m.b)}`).join("; ")}${note}` : open.length ? `${v.column} quantiles not tested: ${open.map((m) => `q${m.q} about ${formatStat(m.value)}, and ${undecidedReason(m.at, m.b)}`).join("; ")}${note}` : `${v.column} quantiles: ${judged.map(say2).join(", ")}${note}`;
    return {
      id: `${v.id}/quantiles`,
      status: bad.length ? "failed" : open.length ? "skipped" : "passed",
      severity: sev ?? v.severity,
      message,
      observed: judged.map(say2).join(", "),
      expected,
      rubric: ["data.1"],
      ...approx && { approximate: { count: approx.count, rankError: approx.rankError } },
      diagnostics: []
    };
  }
};
var RangeSink = class extends ViolationSink {
  constructor(lo, hi) {
    super();
    this.lo = lo;
    this.hi = hi;
  }
  lo;
  hi;
  violates(_text, n) {
    return n !== void 0 && (n < this.lo || n > this.hi);
  }
  text(text, n, row, line, file) {
    if (this.violates(text, n)) this.bad.add(example(text, row, line, file));
  }
  number(v, row, file) {
    if (v < this.lo || v > this.hi) this.bad.add(example(String(v), row, row, file));
  }
  batch(col, rowBase, file) {
    const { kind, num, s, e, special, batch } = col;
    const lo = this.lo;
    const hi = this.hi;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== NUMBER_CELL) continue;
      const v = num[r];
      if (!(v < lo || v > hi)) continue;
      const text = col.anySpecial && special[r] === 1 ? col.texts[r] : batch.slice(s[r], e[r]);
      this.bad.add(example(text, rowBase + r, batch.line[r], file));
    }
  }
};
function bounds2(min, max) {
  return [min !== void 0 && `>= ${min}`, max !== void 0 && `<= ${max}`].filter(Boolean).join(" and ");
}
var rangeCheck = {
  id: "range",
  description: "Numeric values must lie within `min` and `max`.",
  options: {
    min: { type: "number", description: "Smallest allowed value." },
    max: { type: "number", description: "Largest allowed value." }
  },
  configured: (c) => c.min !== void 0 || c.max !== void 0,
  create: (c) => new RangeSink(c.min ?? Number.NEGATIVE_INFINITY, c.max ?? Number.POSITIVE_INFINITY),
  verdict: (v) => {
    const expected = bounds2(v.config.min, v.config.max);
    return columnViolations(v, "data/range", "range", `values ${expected}`, `is outside ${expected}`);
  }
};
var MAX_STATES = 31;
var MAX_REPEAT = 20;
function setOf(test) {
  const s = new Uint8Array(128);
  for (let c = 0; c < 128; c++) s[c] = test(c) ? 1 : 0;
  return s;
}
var isDigit = (c) => c >= 48 && c <= 57;
var isWord = (c) => isDigit(c) || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isSpace = (c) => c >= 9 && c <= 13 || c === 32;
var ESCAPES = {
  d: isDigit,
  D: (c) => !isDigit(c),
  w: isWord,
  W: (c) => !isWord(c),
  s: isSpace,
  S: (c) => !isSpace(c)
};
var IDENTITY = /* @__PURE__ */ new Set([..."^$\\.*+?()[]{}|/-"]);
var CONTROL = { t: 9, n: 10, v: 11, f: 12, r: 13 };
function compileByteRegex(pattern, maxDfa = 512) {
  for (let i2 = 0; i2 < pattern.length; i2++) if (pattern.charCodeAt(i2) > 127) return void 0;
  let i = 0;
  const anchoredStart = pattern[0] === "^";
  if (anchoredStart) i = 1;
  let end = pattern.length;
  const anchoredEnd = end > i && pattern[end - 1] === "$" && pattern[end - 2] !== "\\";
  if (anchoredEnd) end--;
  const items = [];
  while (i < end) {
    let set;
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === void 0) return void 0;
      if (ESCAPES[next]) set = setOf(ESCAPES[next]);
      else if (CONTROL[next] !== void 0) {
        const code = CONTROL[next];
        set = setOf((c) => c === code);
      } else if (IDENTITY.has(next)) {
        const code = next.charCodeAt(0);
        set = setOf((c) => c === code);
      } else return void 0;
      i += 2;
    } else if (ch === "[") {
      const parsed = parseClass(pattern, i + 1, end);
      if (!parsed) return void 0;
      set = parsed.set;
      i = parsed.next;
    } else if (ch === ".") {
      set = setOf((c) => c !== 10 && c !== 13);
      i++;
    } else if ("()|*+?{}^$]".includes(ch)) {
      return void 0;
    } else {
      const code = ch.charCodeAt(0);
      set = setOf((c) => c === code);
      i++;
    }
    let min = 1;
    let max = 1;
    const q = pattern[i];
    if (q === "*" || q === "+" || q === "?") {
      min = q === "+" ? 1 : 0;
      max = q === "?" ? 1 : Number.POSITIVE_INFINITY;
      i++;
    } else if (q === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, end));
      if (!m) return void 0;
      min = Number(m[1]);
      max = m[2] === void 0 ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      if (max < min || min > MAX_REPEAT || max !== Number.POSITIVE_INFINITY && max > MAX_REPEAT)
        return void 0;
      i += m[0].length;
    }
    if (pattern[i] === "?" && q && "*+?{".includes(q)) i++;
    if (pattern[i] === "*" || pattern[i] === "+" || pattern[i] === "{") return void 0;
    for (let k = 0; k < min; k++) items.push({ set, kind: "one" });
    if (max === Number.POSITIVE_INFINITY) items.push({ set, kind: "star" });
    else for (let k = min; k < max; k++) items.push({ set, kind: "optional" });
    if (items.length > MAX_STATES - 1) return void 0;
  }
  return automaton(items, anchoredStart, anchoredEnd, maxDfa);
}
function parseClass(p, from, end) {
  let i = from;
  const negate = p[i] === "^";
  if (negate) i++;
  const member = new Uint8Array(128);
  while (i < end && p[i] !== "]") {
    let lo;
    if (p[i] === "\\") {
      const next = p[i + 1];
      if (next === void 0) return void 0;
      if (ESCAPES[next]) {
        for (let c = 0; c < 128; c++) if (ESCAPES[next](c)) member[c] = 1;
        i += 2;
        continue;
      }
      if (CONTROL[next] !== void 0) lo = CONTROL[next];
      else if (IDENTITY.has(next)) lo = next.charCodeAt(0);
      else return void 0;
      i += 2;
    } else if (p[i] === "[") return void 0;
    else {
      lo = p.charCodeAt(i);
      i++;
    }
    if (p[i] === "-" && p[i + 1] !== void 0 && p[i + 1] !== "]") {
      let hi;
      if (p[i + 1] === "\\") {
        const next = p[i + 2];
        if (next === void 0 || ESCAPES[next]) return void 0;
        if (CONTROL[next] !== void 0) hi = CONTROL[next];
        else if (IDENTITY.has(next)) hi = next.charCodeAt(0);
        else return void 0;
        i += 3;
      } else {
        hi = p.charCodeAt(i + 1);
        i += 2;
      }
      if (hi < lo) return void 0;
      for (let c = lo; c <= hi; c++) member[c] = 1;
    } else member[lo] = 1;
  }
  if (p[i] !== "]") return void 0;
  const set = negate ? member.map((v) => v ? 0 : 1) : member;
  return { set, next: i + 1 };
}
function automaton(items, anchoredStart, anchoredEnd, maxDfa) {
  const k = items.length;
  const accept = 1 << k;
  const close = (states) => {
    let s = states;
    for (let j = 0; j < k; j++) if (s & 1 << j && items[j].kind !== "one") s |= 1 << j + 1;
    return s;
  };
  const start = close(1);
  const step = (states, c) => {
    let next = 0;
    for (let j = 0; j < k; j++) {
      if (!(states & 1 << j)) continue;
      const item = items[j];
      if (!item.set[c]) continue;
      next |= item.kind === "star" ? 1 << j : 1 << j + 1;
    }
    if (!anchoredStart) next |= 1;
    return close(next);
  };
  const setOfId = [];
  const idOfSet = /* @__PURE__ */ new Map();
  let table = new Int32Array(128 * 16).fill(-1);
  const idOf = (set) => {
    let id = idOfSet.get(set);
    if (id === void 0) {
      id = setOfId.length;
      setOfId.push(set);
      idOfSet.set(set, id);
      if ((id + 1) * 128 > table.length) {
        const bigger = new Int32Array(table.length * 2).fill(-1);
        bigger.set(table);
        table = bigger;
      }
    }
    return id;
  };
  const verdict = (set) => !anchoredEnd && set & accept ? 1 : set === 0 ? 2 : 0;
  const startRow = idOf(start) * 128;
  const startVerdict = verdict(start);
  return (b, s, e) => {
    if (startVerdict !== 0) return startVerdict === 1;
    let t = table;
    let row = startRow;
    for (let p = s; p < e; p++) {
      const c = b[p];
      if (c > 127) return false;
      let entry = t[row + c];
      if (entry < 0) {
        const set = step(setOfId[row >> 7], c);
        if (setOfId.length >= maxDfa && !idOfSet.has(set)) {
          let states = set;
          for (let q = p + 1; q < e && states !== 0; q++) {
            if (b[q] > 127) return false;
            if (!anchoredEnd && states & accept) return true;
            states = step(states, b[q]);
          }
          return (states & accept) !== 0;
        }
        const next = idOf(set);
        entry = next * 128 << 2 | verdict(set);
        t = table;
        t[row + c] = entry;
      }
      if ((entry & 3) !== 0) return (entry & 3) === 1;
      row = entry >> 2;
    }
    return (setOfId[row >> 7] & accept) !== 0;
  };
}
var MAX_MEMO = 4096;
var RegexSink = class extends ViolationSink {
  /** Verdicts of values seen through `text` (Parquet dictionaries hand the same strings again and again). */
  memo = /* @__PURE__ */ new Map();
  pattern;
  bytePattern;
  /**
   * Both engines are linear in the cell, so every cell is tested whatever its length. Throws on a
   * pattern that is invalid or that RE2 cannot run (config loading has refused those already).
   */
  constructor(source) {
    super();
    this.pattern = (0, import_chunk_HYYFA32R.compileLinear)(source);
    this.bytePattern = compileByteRegex(source);
  }
  violates(text) {
    return !this.pattern.test(text);
  }
  text(text, _n, row, line, file) {
    let ok = this.memo.get(text);
    if (ok === void 0) {
      ok = this.pattern.test(text);
      if (this.memo.size < MAX_MEMO) this.memo.set(text, ok);
    }
    if (!ok) this.bad.add(example(text, row, line, file));
  }
  number(v, row, file) {
    const text = String(v);
    if (!this.pattern.test(text)) this.bad.add(example(text, row, row, file));
  }
  batch(col, rowBase, file) {
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    const pattern = this.pattern;
    const bytePattern = batch.ascii ? this.bytePattern : void 0;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r], void 0, rowBase + r, batch.line[r], file);
        continue;
      }
      const cs = s[r];
      const ce = e[r];
      const ok = bytePattern !== void 0 ? bytePattern(b, cs, ce) : pattern.test(batch.slice(cs, ce));
      if (!ok) this.bad.add(example(batch.slice(cs, ce), rowBase + r, batch.line[r], file));
    }
  }
};
var regexCheck = {
  id: "regex",
  description: "Every non-missing value must match the regular expression.",
  options: {
    regex: {
      type: "string",
      description: "Every non-missing value must match this regular expression (JavaScript syntax, matched in linear time: no backreferences or lookaround)."
    }
  },
  configured: (c) => c.regex !== void 0,
  create: (c) => new RegexSink(c.regex),
  // Refused at load, at its line: a pattern RE2 cannot run never falls back to a backtracking engine.
  configErrors: (c) => {
    const problem = c.regex === void 0 ? void 0 : (0, import_chunk_HYYFA32R.patternProblem)(c.regex);
    if (problem === void 0) return [];
    const { unsupported, message } = problem;
    return [
      {
        severity: "error",
        code: unsupported ? "config/unsupported-regex" : "config/invalid-regex",
        message: unsupported ? `regex ${message}` : `regex is not a valid regular expression: ${message}`,
        path: ["regex"],
        hint: unsupported ? "mlgate matches data regexes with RE2, in time linear in the cell: write the pattern without backreferences or lookaround." : "Fix the pattern's syntax (JavaScript regular expressions with the u flag)."
      }
    ];
  },
  verdict: (v) => columnViolations(
    v,
    "data/regex",
    "format",
    `a match for \`${v.config.regex}\``,
    `does not match /${v.config.regex}/`
  )
};
var rowCountCheck = {
  id: "row_count",
  description: "The number of rows must lie within `min` and `max`.",
  options: { row_count: (0, import_chunk_SSUJ7GHV.bounds)("Bounds on the number of rows.") },
  configured: (ds) => ds.row_count !== void 0,
  verdict: ({ base, ds, severity: severity2, rows }) => {
    const { min, max } = ds.row_count;
    const ok = (min === void 0 || rows >= min) && (max === void 0 || rows <= max);
    const expected = [min !== void 0 && `>= ${min}`, max !== void 0 && `<= ${max}`].filter(Boolean).join(" and ");
    return [
      {
        id: `${base}/row_count`,
        status: ok ? "passed" : "failed",
        severity: ds.row_count.severity ?? severity2,
        message: `${ds.name}: ${(0, import_chunk_CPTRZ6QP.formatCount)(rows)} rows${ok ? "" : `, expected ${expected}`}`,
        observed: String(rows),
        expected,
        rubric: SCHEMA_RUBRIC,
        diagnostics: []
      }
    ];
  }
};
var stdCheck = {
  id: "std",
  description: "The sample standard deviation (n − 1) of the column's numbers must lie within `min` and `max`.",
  options: { std: (0, import_chunk_SSUJ7GHV.bounds)("Bounds on the sample standard deviation (ddof = 1) of the column's numbers.") },
  configured: (c) => c.std !== void 0,
  create: () => new MomentSink(),
  verdict: (v) => statVerdict(
    v,
    "std",
    v.config.std,
    v.sink.std,
    v.sink.n === 0 && v.profile.numeric ? NOT_FED : `fewer than 2 numeric values (${v.sink.n})`
  )
};
function codePoints(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 56320 || c > 57343) n++;
  }
  return n;
}
var StringLengthSink = class extends ViolationSink {
  constructor(lo, hi) {
    super();
    this.lo = lo;
    this.hi = hi;
  }
  lo;
  hi;
  /** Non-missing values measured (none while values exist: the engine fed nothing, see NOT_FED). */
  measured = 0;
  violates(text) {
    const n = codePoints(text);
    return n < this.lo || n > this.hi;
  }
  text(text, _n, row, line, file) {
    this.measured++;
    if (this.violates(text)) this.bad.add(example(text, row, line, file));
  }
  coded(page, rowBase, file) {
    this.measured += page.present;
    super.coded(page, rowBase, file);
  }
  number(v, row, file) {
    this.text(String(v), void 0, row, row, file);
  }
  batch(col, rowBase, file) {
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    const { lo, hi } = this;
    let measured = 0;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] === MISSING_CELL) continue;
      measured++;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r], void 0, rowBase + r, batch.line[r], file);
        measured--;
        continue;
      }
      const end = e[r];
      let n = 0;
      for (let i = s[r]; i < end; i++) if ((b[i] & 192) !== 128) n++;
      if (n < lo || n > hi) this.bad.add(example(batch.slice(s[r], end), rowBase + r, batch.line[r], file));
    }
    this.measured += measured;
  }
  exportState() {
    return { ...super.exportState(), measured: this.measured };
  }
  mergeState(s, rowOffset, lineOffset) {
    super.mergeState(s, rowOffset, lineOffset);
    this.measured += s.measured ?? 0;
  }
};
var stringLengthCheck = {
  id: "string_length",
  description: "Every non-missing value must be between `min` and `max` characters long.",
  options: {
    string_length: (0, import_chunk_SSUJ7GHV.bounds)("Bounds on the length in characters of each non-missing value, as written.")
  },
  configured: (c) => c.string_length !== void 0,
  create: (c) => {
    const b = c.string_length;
    return new StringLengthSink(b.min ?? 0, b.max ?? Number.POSITIVE_INFINITY);
  },
  verdict: (v) => {
    const b = v.config.string_length;
    const expected = `lengths ${describeBounds(b)}`;
    if (v.sink.measured === 0 && v.profile.rows > v.profile.missing)
      return statVerdict({ ...v, config: {} }, "string_length", b, void 0, NOT_FED);
    return columnViolations(
      { ...v, severity: b.severity ?? v.severity },
      "data/string_length",
      "string length",
      expected,
      `has a length outside ${describeBounds(b)}`
    );
  }
};
function typeCode(type) {
  return type === "string" ? 0 : type === "integer" ? 1 : type === "date" ? 2 : type === "number" ? 3 : 4;
}
var TypeSink = class extends ViolationSink {
  constructor(type) {
    super();
    this.type = type;
    this.code = typeCode(type);
  }
  type;
  code;
  violates(text, n, typed) {
    if (typed) return this.type === "integer" && !(Number.isInteger(n) && Math.abs(n) < 1e21);
    return !(0, import_chunk_HOHXXIQW.hasType)(text, this.type);
  }
  text(text, n, row, line, file) {
    if (this.violates(text, n, false)) this.bad.add(example(text, row, line, file));
  }
  number(v, row, file) {
    if (this.violates("", v, true)) this.bad.add(example(String(v), row, row, file));
  }
  batch(col, rowBase, file) {
    const code = this.code;
    if (code === 0) return;
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    for (let r = col.from; r < col.to; r++) {
      const k = kind[r];
      if (k === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) {
        this.text(col.texts[r], void 0, rowBase + r, batch.line[r], file);
        continue;
      }
      const ok = code === 1 ? (0, import_chunk_HOHXXIQW.isIntegerBytes)(b, s[r], e[r]) : code === 2 ? (0, import_chunk_HOHXXIQW.isDateBytes)(b, s[r], e[r]) : code === 3 ? k === NUMBER_CELL : (0, import_chunk_HOHXXIQW.hasType)(batch.slice(s[r], e[r]), this.type);
      if (!ok) this.bad.add(example(batch.slice(s[r], e[r]), rowBase + r, batch.line[r], file));
    }
  }
};
var typeCheck = {
  id: "type",
  description: "Every non-missing value must parse as the column's type.",
  options: {
    type: {
      type: "string",
      enum: ["integer", "number", "string", "boolean", "date", "timestamp"],
      description: "Every non-missing value must parse as this type."
    }
  },
  configured: (c) => c.type !== void 0,
  // Booleans, dates and timestamps are judged on their text.
  needsText: (c) => c.type !== void 0 && c.type !== "integer" && c.type !== "number" && c.type !== "string",
  create: (c) => new TypeSink(c.type),
  verdict: (v) => columnViolations(
    v,
    "data/type",
    "type",
    `values of type ${v.config.type}`,
    `is not of type ${v.config.type}`
  )
};
var UniqueSink = class {
  tracker;
  duplicates = new import_chunk_TOHZ7UWI.Violations();
  /** `spillDir`: where the tracker spills past its in-memory size (the run's temp space). */
  constructor(spillDir) {
    this.tracker = new import_chunk_TOHZ7UWI.UniqueTracker(void 0, void 0, spillDir);
  }
  text(text) {
    this.tracker.add(text);
  }
  number(v) {
    this.tracker.add(String(v));
  }
  batch(col) {
    const { kind, s, e, special, batch } = col;
    const b = batch.buf;
    const unique = this.tracker;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] === MISSING_CELL) continue;
      if (col.anySpecial && special[r] === 1) unique.add(col.texts[r]);
      else if (!unique.addAscii(b, s[r], e[r])) unique.add(batch.slice(s[r], e[r]));
    }
  }
  exportState() {
    return this.tracker.exportState();
  }
  mergeState(s) {
    this.tracker.mergeState(s);
  }
};
var uniqueCheck = {
  id: "unique",
  description: "No value may appear twice (exact: hashes first, then the values behind repeated hashes).",
  options: { unique: { type: "boolean", description: "No value may appear twice." } },
  configured: (c) => c.unique === true,
  create: (_config, spillDir) => new UniqueSink(spillDir),
  finish: (sink) => {
    for (const d of sink.tracker.duplicates) sink.duplicates.add(example(d.value, d.row, d.line, d.file));
    sink.duplicates.count = sink.tracker.duplicateCount;
  },
  verdict: ({ id, column, severity: severity2, profile, sink }) => violationCheck(
    `${id}/unique`,
    "data/duplicate",
    sink.duplicates,
    profile.rows,
    0,
    severity2,
    `${column} uniqueness`,
    "unique values",
    say(column, "appeared before")
  )
};
var JOIN2 = "";
var KeySink = class {
  /** `spillDir`: where the tracker spills past its in-memory size (the run's temp space). */
  constructor(cols, spillDir) {
    this.cols = cols;
    this.tracker = new import_chunk_TOHZ7UWI.UniqueTracker(void 0, void 0, spillDir);
  }
  cols;
  at = [];
  tracker;
  duplicates = new import_chunk_TOHZ7UWI.Violations();
  row(cells) {
    this.tracker.add(cells.join(JOIN2));
  }
  /** The second pass: the same row again, when the first saw a hash twice. */
  verify(cells, row, line, file) {
    this.tracker.verify(cells.join(JOIN2), { row, line, file });
  }
  exportState() {
    return this.tracker.exportState();
  }
  mergeState(s) {
    this.tracker.mergeState(s);
  }
};
var uniqueKeysCheck = {
  id: "unique",
  description: "Each listed combination of columns must be unique across the rows.",
  options: {
    unique: {
      type: "array",
      description: "Compound keys: each entry is a list of columns whose combination must be unique.",
      items: { type: "array", items: { type: "string" }, minItems: 1 }
    }
  },
  configured: (ds) => (ds.unique?.length ?? 0) > 0,
  rowSinks: (ds, spillDir) => (ds.unique ?? []).map((cols) => new KeySink(cols, spillDir)),
  finish: (sinks) => {
    for (const k of sinks) {
      for (const d of k.tracker.duplicates) k.duplicates.add({ ...d, value: d.value.replaceAll(JOIN2, ", ") });
      k.duplicates.count = k.tracker.duplicateCount;
    }
  },
  verdict: ({ base, ds, severity: severity2, rows, sinks }) => sinks.map((k) => {
    const name = k.cols.join("+");
    if (k.at.includes(-1))
      return failed(
        `${base}/${name}/unique`,
        `${ds.name}: key ${k.cols.join(", ")} names a missing column`,
        severity2,
        SCHEMA_RUBRIC
      );
    return violationCheck(
      `${base}/${name}/unique`,
      "data/duplicate",
      k.duplicates,
      rows,
      0,
      severity2,
      `key (${k.cols.join(", ")})`,
      "unique combinations",
      (e) => `row ${e.row}: (${e.value}) appeared before`
    );
  })
};
var DISTINCT_LIMIT2 = 64;
var TOP_SHOWN = 10;
var SLOTS = DISTINCT_LIMIT2 * 4;
var TopValues = class {
  /** More than DISTINCT_LIMIT distinct values came: counting stopped. */
  over = false;
  index = /* @__PURE__ */ new Map();
  values = [];
  counts = [];
  /** Each value's UTF-8 bytes, for the byte path's matches. */
  bytes = [];
  /** Per slot: the value's number + 1 (0: empty), and its bytes' hash. */
  slotValue = new Int16Array(SLOTS);
  slotHash = new Int32Array(SLOTS);
  /** Count one text cell. */
  add(text, n = 1) {
    if (this.over) return;
    const k = this.index.get(text) ?? this.newValue(text);
    if (k >= 0) this.counts[k] += n;
  }
  /** Count the text cells of a decoded CSV batch column. */
  addBatch(col) {
    if (this.over) return;
    const { kind, special, s, e, batch } = col;
    const buf = batch.buf;
    const counts = this.counts;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== TEXT_CELL) continue;
      if (special[r] === 1) {
        this.add(col.texts[r]);
      } else {
        const k = this.findBytes(buf, s[r], e[r], batch.slice.bind(batch));
        if (k >= 0) counts[k]++;
      }
      if (this.over) return;
    }
  }
  /** The value number of bytes [s, e), made when new; -1 once past the limit. */
  findBytes(buf, s, e, text) {
    let h = 2166136261;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 16777619);
    let slot = h & SLOTS - 1;
    for (; ; ) {
      const v = this.slotValue[slot];
      if (v === 0) break;
      if (this.slotHash[slot] === h && sameBytes(this.bytes[v - 1], buf, s, e)) return v - 1;
      slot = slot + 1 & SLOTS - 1;
    }
    const t = text(s, e);
    return this.index.get(t) ?? this.newValue(t);
  }
  /** Number a new value and enter its bytes in the hash table; -1 (and stop) past the limit. */
  newValue(text) {
    if (this.values.length === DISTINCT_LIMIT2) {
      this.over = true;
      return -1;
    }
    const k = this.values.length;
    this.values.push(text);
    this.counts.push(0);
    this.index.set(text, k);
    const b = Buffer.from(text, "utf8");
    this.bytes.push(b);
    let h = 2166136261;
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 16777619);
    let slot = h & SLOTS - 1;
    while (this.slotValue[slot] !== 0) slot = slot + 1 & SLOTS - 1;
    this.slotValue[slot] = k + 1;
    this.slotHash[slot] = h;
    return k;
  }
  /** Measures to send to the main thread. */
  exportState() {
    return { values: [...this.values], counts: [...this.counts], over: this.over };
  }
  /** Merge another part's counts (order does not matter: counts add). */
  mergeState(s) {
    if (s.over) this.over = true;
    s.values.forEach((v, i) => {
      this.add(v, s.counts[i]);
    });
  }
  /** The most frequent values, or undefined when none came or there were too many to count. */
  summary() {
    if (this.over || !this.values.length) return void 0;
    const order = this.values.map((value, i) => ({ value, count: this.counts[i] })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const values = order.slice(0, TOP_SHOWN);
    const total = order.reduce((t, v) => t + v.count, 0);
    return { values, other: total - values.reduce((t, v) => t + v.count, 0), distinct: order.length };
  }
};
function sameBytes(b, buf, s, e) {
  if (b.length !== e - s) return false;
  for (let i = 0; i < b.length; i++) if (b[i] !== buf[s + i]) return false;
  return true;
}
var SLOTS2 = 64;
var MIN_LEVEL = -30;
var MAX_LEVEL = 1023;
var ValueHistogram = class {
  level = MIN_LEVEL;
  /** 2^-level: a value's bin is floor(v · scale); multiplying by a power of two is exact. */
  scale = 2 ** -MIN_LEVEL;
  /** The bin index of counts[0]; NaN until the first value. */
  base = Number.NaN;
  counts = new Float64Array(SLOTS2);
  /**
   * The lowest and highest bin index holding a value, brought up to date by `bounds()` only when
   * needed (a value outside the window, an export): the per-value path just counts.
   */
  lo = Number.POSITIVE_INFINITY;
  hi = Number.NEGATIVE_INFINITY;
  /** Count one finite number. */
  add(v) {
    const j = Math.floor(v * this.scale) - this.base;
    if (j >= 0 && j < SLOTS2) this.counts[j]++;
    else this.place(v, 1);
  }
  /** Count `n` copies of one finite number (a dictionary entry and its rows). */
  addCount(v, n) {
    const j = Math.floor(v * this.scale) - this.base;
    if (j >= 0 && j < SLOTS2) this.counts[j] += n;
    else this.place(v, n);
  }
  /** Count the numbers of rows [from, to) whose kind is `numberKind` (a decoded CSV batch column). */
  addBatch(kind, num, numberKind, from, to) {
    let scale = this.scale;
    let base = this.base;
    let counts = this.counts;
    for (let r = from; r < to; r++) {
      if (kind[r] !== numberKind) continue;
      const v = num[r];
      const j = Math.floor(v * scale) - base;
      if (j >= 0 && j < SLOTS2) counts[j]++;
      else {
        this.place(v, 1);
        scale = this.scale;
        base = this.base;
        counts = this.counts;
      }
    }
  }
  /** Bring lo and hi up to date from the counts (the window holds every counted value). */
  bounds() {
    if (Number.isNaN(this.base)) return;
    let first = 0;
    while (first < SLOTS2 && !this.counts[first]) first++;
    if (first === SLOTS2) return;
    let last = SLOTS2 - 1;
    while (!this.counts[last]) last--;
    this.lo = this.base + first;
    this.hi = this.base + last;
  }
  /** Count `n` copies of v, widening the bins until v's bin fits in the window. */
  place(v, n) {
    this.bounds();
    let i = Math.floor(v * this.scale);
    while (!Number.isFinite(i) || !Number.isNaN(this.base) && Math.max(this.hi, i) - Math.min(this.lo, i) >= SLOTS2) {
      if (this.level >= MAX_LEVEL) return;
      this.widen();
      i = Math.floor(v * this.scale);
    }
    if (Number.isNaN(this.base)) this.base = i;
    else if (i < this.base || i >= this.base + SLOTS2) this.rebase(Math.min(this.lo, i));
    this.counts[i - this.base] += n;
    if (i < this.lo) this.lo = i;
    if (i > this.hi) this.hi = i;
  }
  /** One level up: bins 2m and 2m + 1 become bin m. */
  widen() {
    this.level++;
    this.scale = 2 ** -this.level;
    if (Number.isNaN(this.base)) return;
    const old = this.counts;
    const oldBase = this.base;
    this.counts = new Float64Array(SLOTS2);
    this.lo = Math.floor(this.lo / 2);
    this.hi = Math.floor(this.hi / 2);
    this.base = this.lo;
    for (let j = 0; j < SLOTS2; j++)
      if (old[j]) this.counts[Math.floor((oldBase + j) / 2) - this.base] += old[j];
  }
  /** Move the window to start at bin `start` (every occupied bin stays inside it). */
  rebase(start) {
    const old = this.counts;
    const shift = this.base - start;
    this.counts = new Float64Array(SLOTS2);
    for (let j = 0; j < SLOTS2; j++) if (old[j]) this.counts[j + shift] += old[j];
    this.base = start;
  }
  /** Measures to send to the main thread. */
  exportState() {
    this.bounds();
    if (Number.isNaN(this.base)) return { level: this.level, base: 0, counts: [] };
    const counts = Array.from(this.counts.subarray(this.lo - this.base, this.hi - this.base + 1));
    return { level: this.level, base: this.lo, counts };
  }
  /** Merge another part's histogram (order does not matter: counts add). */
  mergeState(s) {
    this.bounds();
    while (this.level < s.level) this.widen();
    s.counts.forEach((c, j) => {
      if (c) this.place((s.base + j) * 2 ** s.level, c);
    });
  }
  /** The occupied bins, or undefined when no number came. */
  bins() {
    this.bounds();
    if (Number.isNaN(this.base)) return void 0;
    const width = 2 ** this.level;
    return {
      start: this.lo * width,
      width,
      counts: Array.from(this.counts.subarray(this.lo - this.base, this.hi - this.base + 1))
    };
  }
};
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
var ColumnKernel = class {
  /** Throws when an option cannot be used (an invalid regex); `spillDir` is for checks that spill. */
  constructor(config, registry = COLUMN_CHECKS, spillDir) {
    this.config = config;
    this.checks = registry.filter((c) => c.configured(config));
    this.sinks = this.checks.map((c) => c.create(config, spillDir));
    this.missingSinks = this.sinks.filter((s) => s.missing !== void 0);
    this.textOnly = this.checks.some((c) => c.needsText?.(config));
    this.codedSinks = this.sinks.filter((s) => s.coded !== void 0);
    this.rowSinks = this.sinks.filter((s) => s.coded === void 0);
  }
  config;
  rows = 0;
  missing = 0;
  numeric = 0;
  sum = 0;
  /** Sum of squares of the numeric values, for the standard deviation. */
  sumSq = 0;
  min;
  max;
  /** The numbers' distribution, for the report's profile. */
  histogram = new ValueHistogram();
  /** The text values' counts, for the report's profile. */
  top = new TopValues();
  /** The checks this column's options ask for, in report order, and their accumulators. */
  checks;
  sinks;
  missingSinks;
  /** Some check needs numbers as text: typed input then goes through the text path. */
  textOnly;
  col = new BatchColumn();
  /** The checks that take dictionary-coded pages whole, and those fed row by row. */
  codedSinks;
  rowSinks;
  dict;
  entries;
  /** Rows per dictionary entry of the page being measured (index 0: nulls). */
  counts = new Int32Array(0);
  /** The accumulator of check `id`, when configured. */
  sinkOf(id) {
    const i = this.checks.findIndex((c) => c.id === id);
    return i === -1 ? void 0 : this.sinks[i];
  }
  /** Feed one cell as text (`key` places the row for samples: its byte offset, or its number). */
  add(text, row, line, file, key = row) {
    this.rows++;
    if ((0, import_chunk_HOHXXIQW.isMissing)(text)) {
      this.missing++;
      for (const s of this.missingSinks) s.missing(text, row, line, file);
      return;
    }
    const n = (0, import_chunk_HOHXXIQW.toNumber)(text);
    if (n !== void 0) {
      this.numeric++;
      this.sum += n;
      this.sumSq += n * n;
      if (this.min === void 0 || n < this.min) this.min = n;
      if (this.max === void 0 || n > this.max) this.max = n;
      this.histogram.add(n);
    } else this.top.add(text);
    for (const s of this.sinks) s.text(text, n, row, line, file, key);
  }
  /**
   * Feed column `at` of rows [from, batch.rows) of a CSV batch (row r is row rowBase + r): the
   * cells are decoded once, the profile kept in locals, then each check loops over the result.
   */
  addColumn(batch, at, from, rowBase, file) {
    const col = this.col;
    col.ensure(batch.rows);
    col.batch = batch;
    col.from = from;
    col.to = batch.rows;
    col.anySpecial = false;
    const { kind, num, s: starts, e: ends, special } = col;
    const b = batch.buf;
    const fieldOf = batch.fieldOf;
    const bs = batch.start;
    const be = batch.end;
    const specials = batch.specials > 0;
    let missing = this.missing;
    let numeric = this.numeric;
    let sum = this.sum;
    let sumSq = this.sumSq;
    let min = this.min ?? Number.POSITIVE_INFINITY;
    let max = this.max ?? Number.NEGATIVE_INFINITY;
    for (let r = from; r < batch.rows; r++) {
      const f = fieldOf[r] + at;
      let v;
      if (f >= fieldOf[r + 1] || specials && batch.isSpecial(f)) {
        const text = f >= fieldOf[r + 1] ? "" : batch.text(f);
        special[r] = 1;
        col.anySpecial = true;
        col.texts[r] = text;
        if ((0, import_chunk_HOHXXIQW.isMissing)(text)) {
          kind[r] = MISSING_CELL;
          missing++;
          continue;
        }
        v = (0, import_chunk_HOHXXIQW.toNumber)(text);
      } else {
        special[r] = 0;
        const s = bs[f];
        const e = be[f];
        starts[r] = s;
        ends[r] = e;
        if ((0, import_chunk_HOHXXIQW.isMissingBytes)(b, s, e)) {
          kind[r] = MISSING_CELL;
          missing++;
          continue;
        }
        v = (0, import_chunk_TOHZ7UWI.bytesNumber)(b, s, e);
      }
      if (v === void 0) {
        kind[r] = TEXT_CELL;
        continue;
      }
      kind[r] = NUMBER_CELL;
      num[r] = v;
      numeric++;
      sum += v;
      sumSq += v * v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    this.rows += batch.rows - from;
    this.missing = missing;
    this.numeric = numeric;
    this.sum = sum;
    this.sumSq = sumSq;
    this.min = numeric ? min : void 0;
    this.max = numeric ? max : void 0;
    this.histogram.addBatch(kind, num, NUMBER_CELL, from, batch.rows);
    this.top.addBatch(col);
    for (const s of this.sinks) s.batch(col, rowBase, file);
  }
  /**
   * Feed decoded values (a Parquet column chunk), entries [from, to): value k is row and line
   * rowBase + k. Finite numbers are measured as numbers, with no text made unless a check needs
   * it; everything else goes through add() as the text a reader would show (null is missing,
   * NaN reads as "NaN", which is missing too).
   */
  addValues(data, from, to, rowBase, file) {
    for (let k = from; k < to; k++) {
      const raw = data[k];
      const row = rowBase + k;
      const v = typeof raw === "bigint" && raw <= MAX_SAFE && raw >= -MAX_SAFE ? Number(raw) : raw;
      if (typeof v !== "number" || !Number.isFinite(v) || this.textOnly) {
        this.add((0, import_chunk_HOHXXIQW.parquetText)(raw), row, row, file);
        continue;
      }
      this.rows++;
      this.numeric++;
      this.sum += v;
      this.sumSq += v * v;
      if (this.min === void 0 || v < this.min) this.min = v;
      if (this.max === void 0 || v > this.max) this.max = v;
      this.histogram.add(v);
      for (const s of this.sinks) s.number(v, row, file);
    }
  }
  /**
   * Feed a dictionary-coded Parquet page, entries [from, to): row rowBase + k holds
   * `dict[codes[k]]` (-1 is missing). Each distinct value is read once (missing or not, its
   * number, its text) and the rows are counted per entry; the profile is measured from the
   * counts (sums too when every partial sum is an integer below 2^53, so exact in any order; else
   * in row order, as addValues adds). Checks with a `coded` path judge each distinct value once;
   * the others are fed row by row as addValues feeds them.
   */
  addCoded(dict, codes, from, to, rowBase, file) {
    const entries = this.entriesOf(dict);
    const { kind, num } = entries;
    const size = kind.length;
    if (this.counts.length < size + 1) this.counts = new Int32Array(size + 1);
    const counts = this.counts;
    counts.fill(0, 0, size + 1);
    for (let k = from; k < to; k++) counts[codes[k] + 1]++;
    let missing = counts[0];
    let numeric = 0;
    let sum = 0;
    let sumSq = 0;
    let maxSq = 0;
    let integers = Number.isInteger(this.sum) && Number.isInteger(this.sumSq);
    let min = this.min ?? Number.POSITIVE_INFINITY;
    let max = this.max ?? Number.NEGATIVE_INFINITY;
    for (let c = 0; c < size; c++) {
      const m = counts[c + 1];
      if (m === 0) continue;
      const what = kind[c];
      if (what === MISSING_CELL) {
        missing += m;
        continue;
      }
      if (what === TEXT_CELL) {
        this.top.add(entries.text[c], m);
        continue;
      }
      const v = num[c];
      this.histogram.addCount(v, m);
      numeric += m;
      if (v < min) min = v;
      if (v > max) max = v;
      if (!Number.isInteger(v)) integers = false;
      sum += v * m;
      sumSq += v * v * m;
      if (v * v > maxSq) maxSq = v * v;
    }
    const rows = to - from;
    if (integers && Math.abs(this.sum) + maxSq * rows < 2 ** 53 && this.sumSq + maxSq * rows < 2 ** 53) {
      this.sum += sum;
      this.sumSq += sumSq;
    } else this.sumInRowOrder(entries, codes, from, to);
    const present = rows - missing;
    this.rows += rows;
    this.missing += missing;
    this.numeric += numeric;
    this.min = this.numeric ? min : void 0;
    this.max = this.numeric ? max : void 0;
    if (missing > 0 && this.missingSinks.length) this.codedMissing(entries, codes, from, to, rowBase, file);
    if (this.rowSinks.length) this.codedRows(entries, codes, from, to, rowBase, file);
    const page = { entries, codes, from, to, present };
    for (const s of this.codedSinks) s.coded(page, rowBase, file);
  }
  sumInRowOrder(entries, codes, from, to) {
    const { kind, num } = entries;
    let sum = this.sum;
    let sumSq = this.sumSq;
    for (let k = from; k < to; k++) {
      const c = codes[k];
      if (c < 0 || kind[c] === MISSING_CELL || kind[c] === TEXT_CELL) continue;
      const v = num[c];
      sum += v;
      sumSq += v * v;
    }
    this.sum = sum;
    this.sumSq = sumSq;
  }
  /** A coded page's missing rows, to the checks that count them. */
  codedMissing(e, codes, from, to, rowBase, file) {
    for (let k = from; k < to; k++) {
      const c = codes[k];
      if (c >= 0 && e.kind[c] !== MISSING_CELL) continue;
      const t = c < 0 ? "" : e.text[c];
      for (const s of this.missingSinks) s.missing(t, rowBase + k, rowBase + k, file);
    }
  }
  /** A coded page's present rows, one by one, to the checks without a coded path. */
  codedRows(e, codes, from, to, rowBase, file) {
    const { kind, num, text } = e;
    for (let k = from; k < to; k++) {
      const c = codes[k];
      const what = c < 0 ? MISSING_CELL : kind[c];
      if (what === MISSING_CELL) continue;
      const row = rowBase + k;
      if (what === NUMBER_CELL) for (const s of this.rowSinks) s.number(num[c], row, file);
      else
        for (const s of this.rowSinks)
          s.text(text[c], what === TEXT_CELL ? void 0 : num[c], row, row, file, row);
    }
  }
  /** The last dictionary's entries as cells (a column chunk's pages share one dictionary). */
  entriesOf(dict) {
    if (this.dict === dict && this.entries) return this.entries;
    const size = dict.length;
    const entries = {
      kind: new Uint8Array(size),
      num: new Float64Array(size),
      text: new Array(size)
    };
    for (let c = 0; c < size; c++) {
      const raw = dict[c];
      const v = typeof raw === "bigint" && raw <= MAX_SAFE && raw >= -MAX_SAFE ? Number(raw) : raw;
      if (typeof v === "number" && Number.isFinite(v) && !this.textOnly) {
        entries.kind[c] = NUMBER_CELL;
        entries.num[c] = v;
        entries.text[c] = String(v);
        continue;
      }
      const t = (0, import_chunk_HOHXXIQW.parquetText)(raw);
      entries.text[c] = t;
      const n = (0, import_chunk_HOHXXIQW.isMissing)(t) ? void 0 : (0, import_chunk_HOHXXIQW.toNumber)(t);
      entries.kind[c] = (0, import_chunk_HOHXXIQW.isMissing)(t) ? MISSING_CELL : n === void 0 ? TEXT_CELL : NUMERIC_TEXT_CELL;
      entries.num[c] = n ?? 0;
    }
    this.dict = dict;
    this.entries = entries;
    return entries;
  }
  /** This column's measures, for merging into the main thread's. */
  exportState() {
    const { rows, missing, numeric, sum, sumSq, min, max } = this;
    return {
      profile: { rows, missing, numeric, sum, sumSq, min, max },
      histogram: this.histogram.exportState(),
      top: this.top.exportState(),
      sinks: this.sinks.map((s) => s.exportState())
    };
  }
  /** Merge the measures of a later part of the file (parts are merged in file order). */
  mergeState(state, rowOffset, lineOffset) {
    const p = state.profile;
    this.rows += p.rows;
    this.missing += p.missing;
    this.numeric += p.numeric;
    this.sum += p.sum;
    this.sumSq += p.sumSq;
    if (p.min !== void 0 && (this.min === void 0 || p.min < this.min)) this.min = p.min;
    if (p.max !== void 0 && (this.max === void 0 || p.max > this.max)) this.max = p.max;
    this.histogram.mergeState(state.histogram);
    this.top.mergeState(state.top);
    this.sinks.forEach((s, i) => {
      s.mergeState(state.sinks[i], rowOffset, lineOffset);
    });
  }
  /** Once every part is in: each check's last step (duplicates from the second pass, …). */
  finish() {
    this.checks.forEach((c, i) => {
      c.finish?.(this.sinks[i]);
    });
  }
};
var MAX_DEPTH = 16;
var MAX_PARTS = 1e3;
var MAX_IN = 1e4;
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var isScalar = (v) => typeof v === "string" || typeof v === "boolean" || typeof v === "number" && Number.isFinite(v);
var TESTS = ["equals", "in", "missing", "op"];
var SHAPES = "{ column, equals }, { column, in }, { column, missing }, { column, op, value }, { and: [...] }, { or: [...] } or { not: {...} }";
function parseCondition(raw, path2) {
  const errors = [];
  let parts = 0;
  const problem = (at, message) => {
    if (errors.length < 20)
      errors.push({
        severity: "error",
        code: "config/condition",
        message,
        path: at,
        hint: `A condition is one of ${SHAPES} (docs/checks-relationships.md).`
      });
    return void 0;
  };
  const walk = (node, at, depth) => {
    if (depth > MAX_DEPTH) return problem(at, `conditions nest at most ${MAX_DEPTH} levels deep`);
    if (++parts > MAX_PARTS) return problem(at, `a condition has at most ${MAX_PARTS} parts`);
    if (!isObj(node)) return problem(at, "a condition must be a mapping");
    const keys = Object.keys(node);
    for (const op of ["and", "or", "not"]) {
      if (!Object.hasOwn(node, op)) continue;
      const extra = keys.find((k) => k !== op);
      if (extra !== void 0)
        return problem([...at, extra], `\`${op}\` stands alone: ${extra} is not allowed next to it`);
      const inner = node[op];
      if (op === "not") {
        const part = walk(inner, [...at, op], depth + 1);
        return part && { kind: "not", part };
      }
      if (!Array.isArray(inner) || inner.length === 0)
        return problem([...at, op], `\`${op}\` takes a non-empty list of conditions`);
      const list = [];
      for (let i = 0; i < inner.length; i++) {
        const part = walk(inner[i], [...at, op, i], depth + 1);
        if (!part) return void 0;
        list.push(part);
      }
      return { kind: op, parts: list };
    }
    return test(node, at);
  };
  const test = (node, at) => {
    const column = node.column;
    if (typeof column !== "string" || column === "")
      return problem(
        Object.hasOwn(node, "column") ? [...at, "column"] : at,
        "a test needs `column:`, a column name"
      );
    const extra = Object.keys(node).find((k) => k !== "column" && k !== "value" && !TESTS.includes(k));
    if (extra !== void 0)
      return problem(
        [...at, extra],
        `unknown key ${extra} in a test (expected column and one of equals, in, missing, op with value)`
      );
    const named = TESTS.filter((t) => Object.hasOwn(node, t));
    if (named.length !== 1)
      return problem(
        at,
        `a test on ${column} takes exactly one of equals, in, missing, op (found ${named.join(", ") || "none"})`
      );
    if (named[0] !== "op" && Object.hasOwn(node, "value"))
      return problem([...at, "value"], `\`value\` goes with \`op\`, not with \`${named[0]}\``);
    switch (named[0]) {
      case "equals":
        if (!isScalar(node.equals))
          return problem([...at, "equals"], "`equals` takes a string, a number or a boolean");
        return { kind: "equals", column, value: node.equals };
      case "in": {
        const values = node.in;
        if (!Array.isArray(values) || values.length === 0)
          return problem([...at, "in"], "`in` takes a non-empty list of values");
        if (values.length > MAX_IN)
          return problem([...at, "in"], `\`in\` takes at most ${MAX_IN} values (found ${values.length})`);
        const bad = values.findIndex((v) => !isScalar(v));
        if (bad !== -1) return problem([...at, "in", bad], "`in` values are strings, numbers or booleans");
        return { kind: "in", column, values };
      }
      case "missing":
        if (typeof node.missing !== "boolean")
          return problem([...at, "missing"], "`missing` takes true or false");
        return { kind: "missing", column, missing: node.missing };
      default: {
        const op = node.op;
        if (typeof op !== "string" || !OPS.includes(op))
          return problem([...at, "op"], `\`op\` is one of ${OPS.join(" ")}`);
        const value = node.value;
        if (typeof value === "number" && Number.isFinite(value))
          return { kind: "compare", column, op, value };
        const ms = typeof value === "string" ? timestampMs(value) : void 0;
        if (ms === void 0)
          return problem(
            Object.hasOwn(node, "value") ? [...at, "value"] : at,
            "`op` compares with `value:`, a number or an ISO date/timestamp (2024-01-31, 2024-01-31T12:00:00Z)"
          );
        return { kind: "compare", column, op, value, ms };
      }
    }
  };
  const condition = walk(raw, path2, 1);
  return errors.length || !condition ? { errors } : { condition, errors };
}
function conditionColumns(c, into = []) {
  if (c.kind === "and" || c.kind === "or") for (const p of c.parts) conditionColumns(p, into);
  else if (c.kind === "not") conditionColumns(c.part, into);
  else if (!into.includes(c.column)) into.push(c.column);
  return into;
}
function isValue(text, v) {
  if (typeof v === "number") return (0, import_chunk_HOHXXIQW.toNumber)(text) === v;
  if (typeof v === "boolean") return text.toLowerCase() === String(v);
  return text === v;
}
function compileCondition(c, columns) {
  switch (c.kind) {
    case "and": {
      const parts = c.parts.map((p) => compileCondition(p, columns));
      return (cells) => parts.every((p) => p(cells));
    }
    case "or": {
      const parts = c.parts.map((p) => compileCondition(p, columns));
      return (cells) => parts.some((p) => p(cells));
    }
    case "not": {
      const part = compileCondition(c.part, columns);
      return (cells) => !part(cells);
    }
    default:
      return compileLeaf(c, columns.indexOf(c.column));
  }
}
function compileLeaf(c, i) {
  switch (c.kind) {
    case "missing":
      return (cells) => (0, import_chunk_HOHXXIQW.isMissing)(cells[i]) === c.missing;
    case "equals":
      return (cells) => !(0, import_chunk_HOHXXIQW.isMissing)(cells[i]) && isValue(cells[i], c.value);
    case "in": {
      const texts = new Set(c.values.filter((v) => typeof v === "string"));
      const numbers = new Set(c.values.filter((v) => typeof v === "number"));
      const bools = new Set(c.values.filter((v) => typeof v === "boolean").map(String));
      return (cells) => {
        const t = cells[i];
        if ((0, import_chunk_HOHXXIQW.isMissing)(t)) return false;
        if (texts.has(t) || bools.size && bools.has(t.toLowerCase())) return true;
        const n = numbers.size ? (0, import_chunk_HOHXXIQW.toNumber)(t) : void 0;
        return n !== void 0 && numbers.has(n);
      };
    }
    case "compare": {
      const { op, value, ms } = c;
      if (ms === void 0)
        return (cells) => {
          const n = (0, import_chunk_HOHXXIQW.isMissing)(cells[i]) ? void 0 : (0, import_chunk_HOHXXIQW.toNumber)(cells[i]);
          return n !== void 0 && holds(n, op, value);
        };
      return (cells) => {
        const t = (0, import_chunk_HOHXXIQW.isMissing)(cells[i]) ? void 0 : timestampMs(cells[i]);
        return t !== void 0 && holds(t, op, ms);
      };
    }
  }
}
var show = (v) => typeof v === "string" ? JSON.stringify(v) : String(v);
function describeCondition(c, nested = false) {
  let s;
  switch (c.kind) {
    case "and":
    case "or":
      s = c.parts.map((p) => describeCondition(p, true)).join(` ${c.kind} `);
      return nested && c.parts.length > 1 ? `(${s})` : s;
    case "not":
      return `not ${describeCondition(c.part, true)}`;
    case "equals":
      return `${c.column} == ${show(c.value)}`;
    case "in": {
      const shown = c.values.slice(0, 5).map(show).join(", ");
      return `${c.column} in (${shown}${c.values.length > 5 ? `, … ${c.values.length - 5} more` : ""})`;
    }
    case "missing":
      return `${c.column} is ${c.missing ? "" : "not "}missing`;
    case "compare":
      return `${c.column} ${c.op} ${show(c.value)}`;
  }
}
var blockName = (b, i) => b.name ?? String(i + 1);
var offered = (check) => check.id !== "unique";
var WhereSink = class {
  constructor(block, index, registry, spillDir) {
    this.block = block;
    this.index = index;
    this.condition = parseCondition(block.condition, []).condition;
    const when = this.condition ? conditionColumns(this.condition) : [];
    this.cols = [...when];
    for (const [name, config] of Object.entries(block.columns ?? {})) {
      try {
        const kernel = new ColumnKernel(config, registry.filter(offered), spillDir);
        this.kernels.set(name, kernel);
        let cell = this.cols.indexOf(name);
        if (cell === -1) cell = this.cols.push(name) - 1;
        this.targets.push({ name, cell, kernel });
      } catch (err) {
        this.unusable.set(name, err.message);
      }
    }
    this.test = this.condition && compileCondition(this.condition, when);
  }
  block;
  index;
  at = [];
  cols;
  condition;
  kernels = /* @__PURE__ */ new Map();
  /** Columns whose options cannot be used, with why. */
  unusable = /* @__PURE__ */ new Map();
  /** Rows the condition selected. */
  matched = 0;
  test;
  targets = [];
  row(cells, row, line, file) {
    if (!this.test?.(cells)) return;
    this.matched++;
    for (const t of this.targets) t.kernel.add(cells[t.cell], row, line, file);
  }
  exportState() {
    return { matched: this.matched, kernels: [...this.kernels.values()].map((k) => k.exportState()) };
  }
  mergeState(s, rowOffset, lineOffset) {
    this.matched += s.matched;
    [...this.kernels.values()].forEach((k, i) => {
      k.mergeState(s.kernels[i], rowOffset, lineOffset);
    });
  }
};
var whereSays = (when, rows) => `where ${when} (${rows} row${rows === 1 ? "" : "s"}): `;
function whereVerdicts(base, ds, dsSeverity, sink, commitTime) {
  const { block, index } = sink;
  const prefix = `${base}/where/${blockName(block, index)}`;
  const sev = block.severity ?? dsSeverity;
  const when = sink.condition ? describeCondition(sink.condition) : "";
  const missing = sink.cols.filter((_, i) => sink.at[i] === -1);
  if (missing.length)
    return [
      failed(
        `${prefix}/present`,
        `${ds.name}: where ${when}: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not a column`,
        sev,
        SCHEMA_RUBRIC
      )
    ];
  const results = [];
  for (const [name, why] of sink.unusable)
    results.push({
      ...failed(
        `${prefix}/${name}/options`,
        `${ds.name}: where ${when}: ${name}: ${why}`,
        sev,
        SCHEMA_RUBRIC
      ),
      status: "error"
    });
  for (const [name, kernel] of sink.kernels) {
    kernel.finish();
    kernel.checks.forEach((check, i) => {
      const r = check.verdict({
        id: `${prefix}/${name}`,
        column: name,
        config: kernel.config,
        severity: kernel.config.severity ?? sev,
        profile: kernel,
        sink: kernel.sinks[i],
        ...commitTime !== void 0 ? { commitTime } : {}
      });
      results.push({ ...r, message: `${whereSays(when, sink.matched)}${r.message}` });
    });
  }
  return results;
}
function whereErrors(ds, registry) {
  const blocks = ds.where ?? [];
  return blocks.flatMap((b, i) => {
    const at = ["where", i];
    const columns = Object.entries(b.columns ?? {});
    return [
      ...parseCondition(b.condition, [...at, "condition"]).errors,
      ...columns.flatMap(([name, config]) => [
        ...config.unique === true ? [
          {
            severity: "error",
            code: "config/where-unique",
            message: "`unique` is not available under `where:` (its exact check reads whole files)",
            path: [...at, "columns", name, "unique"],
            hint: "Use a compound key (`unique: [[a, b]]`) on the dataset instead."
          }
        ] : [],
        ...registry.flatMap(
          (check) => (check.configErrors?.(config) ?? []).map((e) => ({
            ...e,
            path: [...at, "columns", name, ...e.path]
          }))
        )
      ])
    ];
  });
}
function whereCheck(registry) {
  return {
    id: "where",
    description: "Column checks on the rows a condition selects (equals, in, missing, op/value, and/or/not; parsed, never evaluated as code).",
    options: {
      where: {
        type: "array",
        description: "Conditional checks: each entry applies column checks to the rows its `condition` selects (docs/checks-relationships.md).",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["condition", "columns"],
          properties: {
            name: {
              type: "string",
              minLength: 1,
              pattern: "^[^/]+$",
              errorMessage: "must be a name without `/`",
              description: "Name in check ids (`data/<dataset>/where/<name>/<column>/<check>`); default: its position, 1, 2, …"
            },
            condition: {
              type: "object",
              description: 'Which rows: `{ column, equals }`, `{ column, in: [...] }`, `{ column, missing: true }`, `{ column, op: ">=", value }`, `{ and: [...] }`, `{ or: [...] }`, `{ not: {...} }`.'
            },
            columns: {
              type: "object",
              description: "Expectations per column on the selected rows: the options of `columns:` (but `unique`).",
              additionalProperties: {
                $ref: "#/definitions/column",
                type: "object",
                description: "One column's options on the selected rows, as under `data.columns.<name>`."
              }
            },
            severity: {
              type: "string",
              enum: ["error", "warning"],
              description: "Severity of this block's checks (default: the dataset's)."
            }
          }
        }
      }
    },
    rubric: SCHEMA_RUBRIC,
    configured: (ds) => Array.isArray(ds.where) && ds.where.length > 0,
    rowSinks: (ds, spillDir) => ds.where.map((b, i) => new WhereSink(b, i, registry(), spillDir)),
    configErrors: (ds) => whereErrors(ds, registry()),
    verdict: ({ base, ds, severity: severity2, sinks, commitTime }) => sinks.flatMap((s) => whereVerdicts(base, ds, severity2, s, commitTime))
  };
}
var COLUMN_CHECKS = [
  typeCheck,
  rangeCheck,
  allowedCheck,
  regexCheck,
  uniqueCheck,
  outliersCheck,
  freshnessCheck,
  missingCheck,
  notConstantCheck,
  meanCheck,
  stdCheck,
  medianCheck,
  quantilesCheck,
  distinctCheck,
  stringLengthCheck
];
var DATASET_CHECKS = [
  rowCountCheck,
  extraColumnsCheck,
  driftCheck,
  uniqueKeysCheck,
  oneHotCheck,
  labelsCheck,
  compareColumnsCheck,
  foreignKeyCheck,
  // Column checks on a subset of rows: given the column checks lazily (where.ts reaches this file back).
  whereCheck(() => COLUMN_CHECKS)
];
function dataConfigFindings(config) {
  return (config.data ?? []).flatMap((ds, i) => [
    ...DATASET_CHECKS.flatMap(
      (check) => [
        ...check.configWarnings?.(ds) ?? [],
        ...check.configured(ds) ? check.configErrors?.(ds) ?? [] : []
      ].map((w) => ({
        ...w,
        path: ["data", i, ...w.path]
      }))
    ),
    ...splitsConfigErrors(ds.splits).map((e) => ({ ...e, path: ["data", i, ...e.path] })),
    ...Object.entries(ds.columns ?? {}).flatMap(
      ([name, column]) => COLUMN_CHECKS.flatMap(
        (check) => (check.configErrors?.(column) ?? []).map((e) => ({
          ...e,
          path: ["data", i, "columns", name, ...e.path]
        }))
      )
    )
  ]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CLASS_CAP,
  COLUMN_CHECKS,
  ColumnKernel,
  DATASET_CHECKS,
  DriftSample,
  HashPartitions,
  LEAKAGE_RUBRIC,
  MAX_DRIFT_COLUMNS,
  ROWS_PER_CATEGORY,
  RowHash,
  SCHEMA_RUBRIC,
  Table128,
  VALUE_CAP,
  ValuesSink,
  best,
  blockName,
  cut,
  dataConfigFindings,
  describeCondition,
  diagnostic,
  failed,
  finite,
  fromItem,
  labelColumns,
  labelsVerdicts,
  prepareDrift,
  quantileRanks,
  ruleOf,
  sampleLimits,
  showFeatures,
  sourceLabel,
  sourceProblem,
  sqlSplits,
  taskOf,
  whereSays,
  whereVerdicts
});
