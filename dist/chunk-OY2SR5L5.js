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
var chunk_OY2SR5L5_exports = {};
__export(chunk_OY2SR5L5_exports, {
  PredictionsError: () => PredictionsError,
  pairedSource: () => pairedSource,
  readPredictions: () => readPredictions
});
module.exports = __toCommonJS(chunk_OY2SR5L5_exports);
var import_chunk_AWD24VCE = require("./chunk-AWD24VCE.js");
var import_chunk_MPGLMMVQ = require("./chunk-MPGLMMVQ.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
function estimateRows(batch, fileSize) {
  const last = batch.fieldOf[batch.rows] - 1;
  const bytes = last >= 0 ? batch.end[last] + 1 : 0;
  if (batch.rows < 100 || bytes <= 0) return 0;
  return Math.ceil(fileSize / bytes * batch.rows * 1.02);
}
var BatchCells = class {
  batch;
  base = 0;
  width = 0;
  /** Point at row `r` of `batch`. */
  at(batch, r) {
    this.batch = batch;
    this.base = batch.fieldOf[r];
    this.width = batch.fieldOf[r + 1] - this.base;
  }
  /** Cells in the row. */
  get count() {
    return this.width;
  }
  text(col) {
    return col < this.width ? this.batch.text(this.base + col) : "";
  }
  num(col) {
    return col < this.width ? this.batch.num(this.base + col) : Number.NaN;
  }
  code(col, dict) {
    return col < this.width ? dict.codeOfField(this.batch, this.base + col) : dict.codeOfText("");
  }
  id(col, ids) {
    const f = this.base + col;
    if (col >= this.width || this.batch.isSpecial(f)) ids.pushText(this.text(col));
    else ids.pushBytes(this.batch.buf, this.batch.start[f], this.batch.end[f]);
  }
  bit(col) {
    if (col >= this.width) return -1;
    const f = this.base + col;
    if (this.batch.end[f] - this.batch.start[f] !== 1 || this.batch.isSpecial(f)) return -1;
    const c = this.batch.buf[this.batch.start[f]];
    return c === 48 ? 0 : c === 49 ? 1 : -1;
  }
};
var StringCells = class {
  fields = [];
  text(col) {
    return this.fields[col] ?? "";
  }
  num(col) {
    return (0, import_chunk_HOHXXIQW.cellNumber)(this.fields[col] ?? "");
  }
  code(col, dict) {
    return dict.codeOfText(this.fields[col] ?? "");
  }
  id(col, ids) {
    ids.pushText(this.fields[col] ?? "");
  }
  bit(col) {
    const t = this.fields[col];
    return t === "0" ? 0 : t === "1" ? 1 : -1;
  }
};
var IdColumn = class _IdColumn {
  bytes = new Uint8Array(1 << 16);
  used = 0;
  ends = new Uint32Array(1024);
  /** Ids held. */
  count = 0;
  /** An id column holding `ids` (tests, small inputs). */
  static of(ids) {
    const c = new _IdColumn();
    for (const id of ids) c.pushText(id);
    return c;
  }
  /** Append the id in bytes [s, e) of `buf`. */
  pushBytes(buf, s, e) {
    this.room(e - s);
    this.bytes.set(buf.subarray(s, e), this.used);
    this.used += e - s;
    this.end();
  }
  /** Append an id given as text. */
  pushText(text) {
    this.room(Buffer.byteLength(text));
    this.used += Buffer.from(this.bytes.buffer, this.bytes.byteOffset).write(text, this.used, "utf8");
    this.end();
  }
  /** Id `i` as text (messages). */
  text(i) {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset).toString(
      "utf8",
      this.start(i),
      this.ends[i]
    );
  }
  /** Whether `other` holds the same ids in the same order. */
  sameAs(other) {
    if (this.count !== other.count || this.used !== other.used) return false;
    const a = (x) => Buffer.from(x.bytes.buffer, x.bytes.byteOffset, x.used);
    const e = (x) => Buffer.from(x.ends.buffer, x.ends.byteOffset, x.count * 4);
    return a(this).equals(a(other)) && e(this).equals(e(other));
  }
  /** Two 32-bit hashes of id `i`, into `out`. */
  hash(i, out) {
    (0, import_chunk_TOHZ7UWI.hash64Bytes)(this.bytes, this.start(i), this.ends[i], out);
  }
  /** Whether id `i` equals id `j` of `other`. */
  equal(i, other, j) {
    const s = this.start(i);
    const len = this.ends[i] - s;
    const t = other.start(j);
    if (other.ends[j] - t !== len) return false;
    for (let k = 0; k < len; k++) if (this.bytes[s + k] !== other.bytes[t + k]) return false;
    return true;
  }
  start(i) {
    return i === 0 ? 0 : this.ends[i - 1];
  }
  room(n) {
    if (this.used + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.used + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.used));
    this.bytes = next;
  }
  end() {
    if (this.count === this.ends.length) {
      const next = new Uint32Array(this.ends.length * 2);
      next.set(this.ends);
      this.ends = next;
    }
    this.ends[this.count++] = this.used;
  }
};
var TypedColumn = class {
  constructor(data) {
    this.data = data;
  }
  data;
  length = 0;
  /** Append one value. */
  push(v) {
    if (this.length === this.data.length) this.resize(Math.ceil(this.data.length * 1.5) + 1024);
    this.data[this.length++] = v;
  }
  /** Make room for `n` values in all (no-op when there is room). */
  reserve(n) {
    if (n > this.data.length) this.resize(n);
  }
  resize(n) {
    const next = new this.data.constructor(n);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  /** The values pushed, without the spare room (a view, not a copy). */
  done() {
    return this.data.subarray(0, this.length);
  }
};
var MAX_GROUPS = 1e3;
var TOO_MANY = "tooMany:";
var TRUE_WORDS = /* @__PURE__ */ new Set(["1", "1.0", "true", "True", "TRUE", "yes", "Yes"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["0", "0.0", "false", "False", "FALSE", "no", "No", "-1"]);
function binaryLabel(positive) {
  if (positive === void 0) return (t) => TRUE_WORDS.has(t) ? 1 : FALSE_WORDS.has(t) ? 0 : -1;
  const p = String(positive);
  const pn = Number(p);
  return (t) => t === p || t !== "" && Number(t) === pn ? 1 : 0;
}
function sortClasses(names) {
  const numeric = names.every((n) => n.trim() !== "" && Number.isFinite(Number(n)));
  return [...names].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function wantedColumns(cfg) {
  const cols = [cfg.label];
  if (cfg.id) cols.push(cfg.id);
  if (cfg.prediction) cols.push(cfg.prediction);
  if (cfg.score) cols.push(cfg.score);
  for (const c of Object.values(cfg.scores ?? {})) cols.push(c);
  for (const s of cfg.slices ?? []) cols.push(s.by);
  for (const f of cfg.fairness ?? []) cols.push(f.by);
  return [...new Set(cols)];
}
var column = (data) => new TypedColumn(data);
var PredictionColumns = class {
  constructor(cfg, withIds) {
    this.cfg = cfg;
    const groupNames = [...new Set([...cfg.slices ?? [], ...cfg.fairness ?? []].map((s) => s.by))];
    this.groups = groupNames.map((name) => ({
      name,
      dict: new import_chunk_TOHZ7UWI.ByteDictionary(),
      codes: column(new Uint16Array(1024)),
      at: -1
    }));
    this.classScores = Object.entries(cfg.scores ?? {}).map(([cls, column2]) => ({
      cls,
      column: column2,
      values: new TypedColumn(new Float64Array(1024)),
      at: -1
    }));
    for (const s of this.classScores) this.classDict.codeOfText(s.cls);
    this.ids = cfg.id && withIds ? new IdColumn() : void 0;
  }
  cfg;
  label8 = column(new Uint8Array(1024));
  pred8 = column(new Uint8Array(1024));
  label32 = column(new Uint32Array(1024));
  pred32 = column(new Uint32Array(1024));
  labelF = column(new Float64Array(1024));
  predF = column(new Float64Array(1024));
  score = column(new Float64Array(1024));
  /** Multiclass: each class's probability column. */
  classScores;
  /** Multiclass: class names to codes, in first-seen order (recoded to sorted order at the end). */
  classDict = new import_chunk_TOHZ7UWI.ByteDictionary();
  /** Slice and fairness columns, as codes into each one's dictionary. */
  groups;
  /** Example ids, only when asked for (pairing with the baseline): one run of bytes for all rows. */
  ids;
  at = { label: -1, prediction: -1, score: -1, id: -1 };
  /** Find every column in a header row; returns the columns the config names that it lacks. */
  locate(header) {
    const { cfg, at } = this;
    at.label = header.indexOf(cfg.label);
    at.prediction = cfg.prediction ? header.indexOf(cfg.prediction) : -1;
    at.score = cfg.score ? header.indexOf(cfg.score) : -1;
    at.id = cfg.id ? header.indexOf(cfg.id) : -1;
    for (const s of this.classScores) s.at = header.indexOf(s.column);
    for (const g of this.groups) g.at = header.indexOf(g.name);
    return wantedColumns(cfg).filter((c) => !header.includes(c));
  }
  /** Room for `n` more rows in every column this task fills. */
  reserve(n) {
    const { cfg } = this;
    const cols = cfg.task === "binary" ? [this.label8, this.pred8, ...cfg.score ? [this.score] : []] : cfg.task === "multiclass" ? [this.label32, this.pred32, ...this.classScores.map((c) => c.values)] : [this.labelF, this.predF];
    for (const c of [...cols, ...this.groups.map((g) => g.codes)]) c.reserve(c.length + n);
  }
  /** The filled columns of the task; multiclass codes recoded so they follow the sorted class order. */
  finish() {
    const { cfg } = this;
    const groups = /* @__PURE__ */ new Map();
    for (const g of this.groups)
      groups.set(g.name, { name: g.name, values: g.dict.values, codes: g.codes.done() });
    if (cfg.task === "binary") {
      const label = this.label8.done();
      const score = cfg.score ? this.score.done() : void 0;
      return { columns: { n: label.length, label, prediction: this.pred8.done(), score }, groups };
    }
    if (cfg.task === "multiclass") {
      const names = this.classDict.values;
      const classes = sortClasses(names);
      const recode = Uint32Array.from(names, (nm) => classes.indexOf(nm));
      const label = this.label32.done().map((c) => recode[c]);
      const prediction = this.pred32.done().map((c) => recode[c]);
      const proba = cfg.scores ? classes.map((cls) => this.classScores.find((s) => s.cls === cls)?.values.done()) : void 0;
      return { columns: { n: label.length, classes, label, prediction, proba }, groups };
    }
    return {
      columns: { n: this.labelF.length, label: this.labelF.done(), prediction: this.predF.done() },
      groups
    };
  }
};
function rowReader(cols) {
  const { cfg, at, ids, groups, classScores, classDict } = cols;
  const { label8, pred8, label32, pred32, labelF, predF, score } = cols;
  const readLabel = binaryLabel(cfg.positive);
  const defaultPositive = cfg.positive === void 0;
  const threshold = cfg.threshold ?? 0.5;
  const probs = new Float64Array(classScores.length);
  return (c) => {
    if (cfg.task === "binary") {
      let y = defaultPositive ? c.bit(at.label) : -1;
      if (y < 0) {
        const t = c.text(at.label);
        if ((0, import_chunk_HOHXXIQW.isMissing)(t)) return `${cfg.label} is missing`;
        y = readLabel(t);
        if (y < 0)
          return `${cfg.label} is ${JSON.stringify(t)}, expected 0/1 or true/false (set \`positive\` for other labels)`;
      }
      let s = Number.NaN;
      if (at.score >= 0) {
        s = c.num(at.score);
        if (Number.isNaN(s)) return `${cfg.score} is ${JSON.stringify(c.text(at.score))}, not a number`;
      }
      let p;
      if (at.prediction >= 0) {
        p = defaultPositive ? c.bit(at.prediction) : -1;
        if (p < 0) {
          const t = c.text(at.prediction);
          p = readLabel(t);
          if (p < 0) return `${cfg.prediction} is ${JSON.stringify(t)}, expected 0/1 or true/false`;
        }
      } else p = s >= threshold ? 1 : 0;
      label8.push(y);
      pred8.push(p);
      if (at.score >= 0) score.push(s);
    } else if (cfg.task === "multiclass") {
      if ((0, import_chunk_HOHXXIQW.isMissing)(c.text(at.label))) return `${cfg.label} is missing`;
      for (let j = 0; j < classScores.length; j++) {
        const v = c.num(classScores[j].at);
        if (Number.isNaN(v))
          return `${classScores[j].column} is ${JSON.stringify(c.text(classScores[j].at))}, not a number`;
        probs[j] = v;
      }
      let p;
      if (at.prediction >= 0) {
        if ((0, import_chunk_HOHXXIQW.isMissing)(c.text(at.prediction))) return `${cfg.prediction} is missing`;
        p = c.code(at.prediction, classDict);
      } else {
        let best = 0;
        for (let j = 1; j < probs.length; j++) if (probs[j] > probs[best]) best = j;
        p = classDict.codeOfText(classScores[best].cls);
      }
      label32.push(c.code(at.label, classDict));
      pred32.push(p);
      for (let j = 0; j < classScores.length; j++) classScores[j].values.push(probs[j]);
    } else {
      const y = c.num(at.label);
      if (!Number.isFinite(y)) return `${cfg.label} is ${JSON.stringify(c.text(at.label))}, not a number`;
      const p = c.num(at.prediction);
      if (!Number.isFinite(p))
        return `${cfg.prediction} is ${JSON.stringify(c.text(at.prediction))}, not a number`;
      labelF.push(y);
      predF.push(p);
    }
    if (ids) c.id(at.id, ids);
    for (const g of groups) {
      const code = c.code(g.at, g.dict);
      if (code >= MAX_GROUPS) return `${TOO_MANY}${g.name}`;
      g.codes.push(code);
    }
    return void 0;
  };
}
var PredictionsError = class extends Error {
  constructor(message, line, file) {
    super(message);
    this.line = line;
    this.file = file;
  }
  line;
  file;
};
function pairedSource(config) {
  const sig = config.compare?.significance;
  const model = config.model?.predictions;
  if (!sig || !model) return void 0;
  return { path: sig.predictions ?? model.path, id: sig.id ?? model.id };
}
function onHeader(r, fields, line, file) {
  if (r.header && fields.join("\0") !== r.header.join("\0"))
    throw new PredictionsError(`${file}: its header differs from the first file's`, line, file);
  r.header = fields;
  r.missingColumns = r.cols.locate(fields);
}
function onDataRow(r, c, index, line, file) {
  r.rows++;
  if (r.missingColumns.length) return;
  const why = r.onRow(c);
  if (why === void 0) return;
  if (why.startsWith(TOO_MANY))
    throw new PredictionsError(
      `column ${why.slice(TOO_MANY.length)} has more than ${MAX_GROUPS} distinct values: slices and fairness need a column of groups`,
      line,
      file
    );
  r.skipped.add({ row: index, line, file, value: why });
}
async function readCsvFile(workspace, file, r, size, onBytes) {
  const gz = /\.gz$/i.test(file);
  const cells = new BatchCells();
  let seenHeader = false;
  await (0, import_chunk_TOHZ7UWI.readCsvBatches)(
    workspace,
    file,
    (batch) => {
      if (batch.firstIndex === 0 && !gz) r.cols.reserve(estimateRows(batch, size));
      for (let i = 0; i < batch.rows; i++) {
        cells.at(batch, i);
        if (!seenHeader) {
          seenHeader = true;
          const names = [];
          for (let k = 0; k < cells.count; k++) names.push(cells.text(k));
          onHeader(r, names, batch.line[i], file);
          continue;
        }
        onDataRow(r, cells, batch.firstIndex + i, batch.line[i], file);
      }
    },
    void 0,
    onBytes
  );
}
async function readRowsFile(workspace, file, reader, r, onBytes) {
  const cells = new StringCells();
  await reader(
    workspace,
    file,
    (row) => {
      if (row.index === 0) return onHeader(r, row.fields, row.line, file);
      cells.fields = row.fields;
      onDataRow(r, cells, row.index, row.line, file);
    },
    void 0,
    onBytes,
    // Parquet decodes only these columns.
    new Set(wantedColumns(r.cols.cfg))
  );
}
async function readPredictionsFile(workspace, file, r, progress) {
  const csv = /\.(csv|tsv)(\.gz)?$/i.test(file);
  const reader = csv ? void 0 : (0, import_chunk_4HHBHUEK.readerFor)(file);
  if (!csv && !reader)
    throw new PredictionsError(
      `cannot read ${file}: expected .csv, .tsv, .jsonl, .json or .parquet (optionally .gz)`
    );
  const size = await workspace.size(file);
  const bar = progress.start(file, size);
  const onBytes = (bytes) => bar.update(bytes);
  try {
    if (reader) await readRowsFile(workspace, file, reader, r, onBytes);
    else await readCsvFile(workspace, file, r, size, onBytes);
  } catch (err) {
    if (err instanceof import_chunk_YFAPWZOQ.CsvError) throw new PredictionsError(`${file}: ${err.message}`, err.line, file);
    throw err;
  } finally {
    bar.end();
  }
}
function checkNamedColumns(cfg) {
  if (cfg.task !== "regression" && !cfg.prediction && !cfg.score && !cfg.scores)
    throw new PredictionsError(
      "name a `prediction` column, or a `score` (binary) or `scores` (multiclass) to derive it from"
    );
  if (cfg.task === "regression" && !cfg.prediction)
    throw new PredictionsError("a regression needs a `prediction` column");
}
async function readPredictions(workspace, cfg, progress = import_chunk_AWD24VCE.SILENT, withIds = false) {
  const files = await (0, import_chunk_MPGLMMVQ.filesFor)(workspace, cfg.path);
  if (!files.length) throw new PredictionsError(`no predictions file matches ${cfg.path}`);
  checkNamedColumns(cfg);
  const cols = new PredictionColumns(cfg, withIds);
  const r = {
    cols,
    onRow: rowReader(cols),
    skipped: new import_chunk_TOHZ7UWI.Violations(),
    rows: 0,
    header: void 0,
    missingColumns: []
  };
  for (const file of files) await readPredictionsFile(workspace, file, r, progress);
  if (!r.header) throw new PredictionsError(`${cfg.path}: the file is empty (no header row)`);
  const { columns, groups } = cols.finish();
  return {
    task: cfg.task,
    columns,
    groups,
    skipped: r.skipped,
    rows: r.rows,
    missingColumns: r.missingColumns,
    ...cols.ids ? { ids: cols.ids } : {}
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PredictionsError,
  pairedSource,
  readPredictions
});
