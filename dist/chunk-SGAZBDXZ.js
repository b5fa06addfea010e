import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  SILENT
} from "./chunk-MWS6UFV3.js";
import {
  parseFile
} from "./chunk-JVSTFKBI.js";
import {
  FILE_START
} from "./chunk-6NMQYMRM.js";
import {
  ByteDictionary,
  Violations,
  hash64Bytes,
  readCsvBatches
} from "./chunk-6KOCNZY2.js";
import {
  readerFor
} from "./chunk-6VHWHBVA.js";
import {
  CsvError,
  cellNumber,
  isMissing
} from "./chunk-7ZEVFJB2.js";
import {
  WorkspaceError
} from "./chunk-ML2N7WWW.js";

// src/io/files-for.ts
function isGlob(pattern) {
  return /[*?[{]/.test(pattern);
}
async function filesFor(workspace, pattern) {
  return isGlob(pattern) ? workspace.glob([pattern]) : [pattern];
}

// src/model/prediction-cells.ts
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
    return cellNumber(this.fields[col] ?? "");
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

// src/model/id-column.ts
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
    hash64Bytes(this.bytes, this.start(i), this.ends[i], out);
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

// src/model/typed-column.ts
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

// src/model/prediction-columns.ts
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
      dict: new ByteDictionary(),
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
  classDict = new ByteDictionary();
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
        if (isMissing(t)) return `${cfg.label} is missing`;
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
      if (isMissing(c.text(at.label))) return `${cfg.label} is missing`;
      for (let j = 0; j < classScores.length; j++) {
        const v = c.num(classScores[j].at);
        if (Number.isNaN(v))
          return `${classScores[j].column} is ${JSON.stringify(c.text(classScores[j].at))}, not a number`;
        probs[j] = v;
      }
      let p;
      if (at.prediction >= 0) {
        if (isMissing(c.text(at.prediction))) return `${cfg.prediction} is missing`;
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

// src/model/predictions.ts
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
  await readCsvBatches(
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
  const reader = csv ? void 0 : readerFor(file);
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
    if (err instanceof CsvError) throw new PredictionsError(`${file}: ${err.message}`, err.line, file);
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
async function readPredictions(workspace, cfg, progress = SILENT, withIds = false) {
  const files = await filesFor(workspace, cfg.path);
  if (!files.length) throw new PredictionsError(`no predictions file matches ${cfg.path}`);
  checkNamedColumns(cfg);
  const cols = new PredictionColumns(cfg, withIds);
  const r = {
    cols,
    onRow: rowReader(cols),
    skipped: new Violations(),
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

// src/model/radix-sort.ts
var RADIX_MIN = 1 << 16;
function sortFloat64(a) {
  const n = a.length;
  if (n < RADIX_MIN) return a.sort();
  let src = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  for (let i = 1; i < 2 * n; i += 2) {
    const hi = src[i];
    if (hi & 2147483648) {
      src[i] = ~hi >>> 0;
      src[i - 1] = ~src[i - 1] >>> 0;
    } else src[i] = (hi | 2147483648) >>> 0;
  }
  let dst = new Uint32Array(n * 2);
  const counts = new Uint32Array(1 << 16);
  let inPlace = true;
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 ? 16 : 0;
    counts.fill(0);
    for (let i = word; i < 2 * n; i += 2) counts[src[i] >>> shift & 65535]++;
    if (counts[src[word] >>> shift & 65535] === n) continue;
    let sum = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const at = 2 * counts[src[i + word] >>> shift & 65535]++;
      dst[at] = src[i];
      dst[at + 1] = src[i + 1];
    }
    const t = src;
    src = dst;
    dst = t;
    inPlace = !inPlace;
  }
  if (!inPlace) new Uint32Array(a.buffer, a.byteOffset, n * 2).set(src);
  const out = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  for (let i = 1; i < 2 * n; i += 2) {
    const hi = out[i];
    if (hi & 2147483648) out[i] = (hi & 2147483647) >>> 0;
    else {
      out[i] = ~hi >>> 0;
      out[i - 1] = ~out[i - 1] >>> 0;
    }
  }
  return a;
}

// src/model/binary-metrics.ts
var EPS = 2220446049250313e-31;
var count = (n, rows) => rows ? rows.length : n;
function confusion(c, rows) {
  const m = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const n = count(c.n, rows);
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    if (c.label[i]) {
      if (c.prediction[i]) m.tp++;
      else m.fn++;
    } else if (c.prediction[i]) m.fp++;
    else m.tn++;
  }
  return m;
}
var ratio = (a, b) => b === 0 ? 0 : a / b;
function fromConfusion(m) {
  const precision = ratio(m.tp, m.tp + m.fp);
  const recall = ratio(m.tp, m.tp + m.fn);
  const total = m.tp + m.fp + m.tn + m.fn;
  return {
    accuracy: ratio(m.tp + m.tn, total),
    precision,
    recall,
    f1: ratio(2 * m.tp, 2 * m.tp + m.fp + m.fn),
    specificity: ratio(m.tn, m.tn + m.fp),
    fpr: ratio(m.fp, m.fp + m.tn),
    fnr: ratio(m.fn, m.fn + m.tp),
    selection_rate: ratio(m.tp + m.fp, total),
    // Mean recall over the classes present in the labels, as scikit-learn computes it.
    balanced_accuracy: m.tp + m.fn && m.tn + m.fp ? (recall + ratio(m.tn, m.tn + m.fp)) / 2 : m.tp + m.fn ? recall : ratio(m.tn, m.tn + m.fp)
  };
}
function splitScores(score, label, n, rows) {
  const m = count(n, rows);
  let positives = 0;
  for (let k = 0; k < m; k++) positives += label[rows ? rows[k] : k];
  const pos = new Float64Array(positives);
  const neg = new Float64Array(m - positives);
  let p = 0;
  let q = 0;
  for (let k = 0; k < m; k++) {
    const i = rows ? rows[k] : k;
    if (label[i]) pos[p++] = score[i];
    else neg[q++] = score[i];
  }
  sortFloat64(pos);
  sortFloat64(neg);
  return { pos, neg };
}
function rocAuc(c, rows, split) {
  if (!c.score) return { undefined: "no score column" };
  const { pos, neg } = split ?? splitScores(c.score, c.label, c.n, rows);
  if (pos.length === 0 || neg.length === 0)
    return { undefined: `only one class is present (${pos.length} positive, ${neg.length} negative)` };
  let sum = 0;
  let j = 0;
  for (let k = 0; k < pos.length; ) {
    const s = pos[k];
    let p = 0;
    while (k < pos.length && pos[k] === s) {
      p++;
      k++;
    }
    while (j < neg.length && neg[j] < s) j++;
    let tied = 0;
    while (j + tied < neg.length && neg[j + tied] === s) tied++;
    sum += p * (j + tied / 2);
  }
  return { value: sum / pos.length / neg.length };
}
function averagePrecision(c, rows, split) {
  if (!c.score) return { undefined: "no score column" };
  const { pos, neg } = split ?? splitScores(c.score, c.label, c.n, rows);
  if (pos.length === 0) return { undefined: "no positive example" };
  let k = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  while (k >= 0) {
    const s = j >= 0 && neg[j] > pos[k] ? neg[j] : pos[k];
    let p = 0;
    while (k >= 0 && pos[k] === s) {
      p++;
      k--;
    }
    while (j >= 0 && neg[j] === s) {
      fp++;
      j--;
    }
    tp += p;
    if (p) ap += p / pos.length * (tp / (tp + fp));
  }
  return { value: ap };
}
function notProbabilities(c, rows) {
  if (!c.score) return "no score column";
  const n = count(c.n, rows);
  if (n === 0) return "no rows";
  for (let k = 0; k < n; k++) {
    const s = c.score[rows ? rows[k] : k];
    if (!(s >= 0 && s <= 1)) return `the scores are not probabilities (${s} is outside [0, 1])`;
  }
  return void 0;
}
function logLoss(c, rows) {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const p = Math.min(Math.max(c.score[i], EPS), 1 - EPS);
    sum -= c.label[i] ? Math.log(p) : Math.log(1 - p);
  }
  return { value: sum / n };
}
function brier(c, rows) {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const d = c.score[i] - c.label[i];
    sum += d * d;
  }
  return { value: sum / n };
}
var ECE_BINS = 10;
function ece(c, rows) {
  const why = notProbabilities(c, rows);
  if (why) return { undefined: why };
  const n = count(c.n, rows);
  const total = new Float64Array(ECE_BINS);
  const positives = new Float64Array(ECE_BINS);
  const scoreSum = new Float64Array(ECE_BINS);
  const step = (1 + 1e-8) / ECE_BINS;
  const edges = Array.from({ length: ECE_BINS - 1 }, (_, j) => (j + 1) * step);
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const s = c.score[i];
    let b = 0;
    while (b < edges.length && edges[b] < s) b++;
    total[b] += 1;
    positives[b] += c.label[i];
    scoreSum[b] += s;
  }
  let sum = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    if (total[b]) sum += Math.abs(positives[b] - scoreSum[b]);
  }
  return { value: sum / n };
}
var BINARY_METRICS = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "specificity",
  "fpr",
  "fnr",
  "selection_rate",
  "balanced_accuracy",
  "roc_auc",
  "pr_auc",
  "average_precision",
  "log_loss",
  "brier",
  "ece"
];
function binaryMetrics(c, rows, only) {
  const out = {};
  const n = count(c.n, rows);
  const want = (name) => !only || only.has(name);
  if (n === 0) {
    for (const name of BINARY_METRICS) if (want(name)) out[name] = { undefined: "no rows" };
    return out;
  }
  for (const [name, value] of Object.entries(fromConfusion(confusion(c, rows))))
    if (want(name)) out[name] = { value };
  const needsOrder = want("roc_auc") || want("pr_auc") || want("average_precision");
  const order = needsOrder && c.score ? splitScores(c.score, c.label, c.n, rows) : void 0;
  if (want("roc_auc")) out.roc_auc = rocAuc(c, rows, order);
  if (want("pr_auc") || want("average_precision")) {
    const ap = averagePrecision(c, rows, order);
    if (want("pr_auc")) out.pr_auc = ap;
    if (want("average_precision")) out.average_precision = ap;
  }
  if (want("log_loss")) out.log_loss = logLoss(c, rows);
  if (want("brier")) out.brier = brier(c, rows);
  if (want("ece")) out.ece = ece(c, rows);
  return out;
}

// src/model/multiclass-metrics.ts
function confusionMatrix(c, rows) {
  const k = c.classes.length;
  const m = Array.from({ length: k }, () => new Array(k).fill(0));
  const n = rows ? rows.length : c.n;
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    m[c.label[i]][c.prediction[i]]++;
  }
  return m;
}
var ratio2 = (a, b) => b === 0 ? 0 : a / b;
var MULTICLASS_METRICS = [
  "accuracy",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_micro",
  "recall_micro",
  "f1_micro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "balanced_accuracy",
  "log_loss"
];
function multiclassMetrics(c, rows) {
  const n = rows ? rows.length : c.n;
  const out = {};
  if (n === 0) {
    for (const name of MULTICLASS_METRICS) out[name] = { undefined: "no rows" };
    return out;
  }
  return { ...fromMatrix(confusionMatrix(c, rows), c.classes), log_loss: multiclassLogLoss(c, rows) };
}
function fromMatrix(m, classes) {
  const out = {};
  const k = classes.length;
  const support = m.map((row) => row.reduce((a, b) => a + b, 0));
  const n = support.reduce((a, b) => a + b, 0);
  const predicted = classes.map((_, j) => m.reduce((a, row) => a + row[j], 0));
  const correct = m.reduce((a, row, j) => a + row[j], 0);
  const precision = classes.map((_, j) => ratio2(m[j][j], predicted[j]));
  const recall = classes.map((_, j) => ratio2(m[j][j], support[j]));
  const f1 = classes.map((_, j) => ratio2(2 * m[j][j], predicted[j] + support[j]));
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / k;
  const weighted = (xs) => xs.reduce((a, x, j) => a + x * support[j], 0) / n;
  const accuracy = correct / n;
  out.accuracy = { value: accuracy };
  out.precision_macro = { value: mean(precision) };
  out.recall_macro = { value: mean(recall) };
  out.f1_macro = { value: mean(f1) };
  out.precision_micro = { value: accuracy };
  out.recall_micro = { value: accuracy };
  out.f1_micro = { value: accuracy };
  out.precision_weighted = { value: weighted(precision) };
  out.recall_weighted = { value: weighted(recall) };
  out.f1_weighted = { value: weighted(f1) };
  const present = support.map((s, j) => [s, j]).filter(([s]) => s > 0);
  out.balanced_accuracy = { value: present.reduce((a, [, j]) => a + recall[j], 0) / present.length };
  classes.forEach((name, j) => {
    out[`recall.${name}`] = support[j] ? { value: recall[j] } : { undefined: `no example of class ${name}` };
    out[`precision.${name}`] = { value: precision[j] };
  });
  return out;
}
function multiclassLogLoss(c, rows) {
  if (!c.proba) return { undefined: "no probability columns (`scores`)" };
  const missing = c.classes.filter((_, j) => !c.proba[j]);
  if (missing.length) return { undefined: `no probability column for class ${missing.join(", ")}` };
  const n = rows ? rows.length : c.n;
  const cols = c.proba;
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    let total = 0;
    for (const col of cols) {
      const p2 = col[i];
      if (!(p2 >= 0 && p2 <= 1))
        return { undefined: `the scores are not probabilities (${p2} is outside [0, 1])` };
      total += Math.min(Math.max(p2, EPS), 1 - EPS);
    }
    const p = Math.min(Math.max(cols[c.label[i]][i], EPS), 1 - EPS) / total;
    sum -= Math.log(p);
  }
  return { value: sum / n };
}

// src/model/regression-metrics.ts
var REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape", "median_ae", "max_error"];
function regressionMetrics(c, rows) {
  const n = rows ? rows.length : c.n;
  if (n === 0) return Object.fromEntries(REGRESSION_METRICS.map((m) => [m, { undefined: "no rows" }]));
  let abs = 0;
  let sq = 0;
  let pct = 0;
  let mean = 0;
  let max = 0;
  const errors = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    const y = c.label[i];
    const e = Math.abs(y - c.prediction[i]);
    errors[j] = e;
    abs += e;
    sq += e * e;
    pct += e / Math.max(Math.abs(y), EPS);
    mean += y;
    if (e > max) max = e;
  }
  mean /= n;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const d = c.label[rows ? rows[j] : j] - mean;
    total += d * d;
  }
  errors.sort();
  const median = n % 2 ? errors[(n - 1) / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
  const mse = sq / n;
  const r2 = total === 0 ? sq === 0 ? 1 : 0 : 1 - sq / total;
  return {
    mae: { value: abs / n },
    mse: { value: mse },
    rmse: { value: Math.sqrt(mse) },
    r2: { value: r2 },
    mape: { value: pct / n },
    median_ae: { value: median },
    max_error: { value: max }
  };
}

// src/model/slices.ts
function metricNames(task) {
  if (task === "binary") return BINARY_METRICS;
  if (task === "multiclass") return MULTICLASS_METRICS;
  return REGRESSION_METRICS;
}
function checkMetricName(task, name) {
  const names = metricNames(task);
  if (names.includes(name)) return void 0;
  if (task === "multiclass" && /^(recall|precision)\.[^.]/.test(name)) return void 0;
  if (task === "multiclass" && ["precision", "recall", "f1"].includes(name))
    return `${name} is ambiguous for a multiclass model: use ${name}_macro, ${name}_micro or ${name}_weighted`;
  return `${name} is not a ${task} metric; expected one of ${names.join(", ")}`;
}
function computeMetrics(p, rows, only) {
  if (p.task === "binary") return binaryMetrics(p.columns, rows, only);
  if (p.task === "multiclass") return multiclassMetrics(p.columns, rows);
  return regressionMetrics(p.columns, rows);
}
function groupRows(g) {
  const sizes = new Uint32Array(g.values.length);
  for (let i = 0; i < g.codes.length; i++) sizes[g.codes[i]]++;
  const out = Array.from(sizes, (s) => new Uint32Array(s));
  const fill = new Uint32Array(g.values.length);
  for (let i = 0; i < g.codes.length; i++) {
    const c = g.codes[i];
    out[c][fill[c]++] = i;
  }
  return out;
}
var DEFAULT_MIN_SLICE = 30;
function sliceValues(p, by, metric, minSize = DEFAULT_MIN_SLICE) {
  const g = p.groups.get(by);
  const rows = groupRows(g);
  const only = /* @__PURE__ */ new Set([metric]);
  return g.values.map((group, c) => {
    const r = rows[c];
    const insufficient = r.length < minSize;
    const value = insufficient ? { undefined: `${r.length} rows, fewer than ${minSize}` } : computeMetrics(p, r, only)[metric] ?? { undefined: "not computed" };
    return { group, rows: r.length, metric: value, insufficient };
  }).sort((a, b) => a.group < b.group ? -1 : a.group > b.group ? 1 : 0);
}
function fairnessOf(c, g) {
  const rows = groupRows(g);
  const groups = g.values.map((group, code) => {
    const m = confusion(c, rows[code]);
    const n = rows[code].length;
    return {
      group,
      rows: n,
      selectionRate: n ? (m.tp + m.fp) / n : 0,
      tpr: m.tp + m.fn ? m.tp / (m.tp + m.fn) : void 0,
      fpr: m.fp + m.tn ? m.fp / (m.fp + m.tn) : void 0
    };
  }).filter((r) => r.rows > 0).sort((a, b) => a.group < b.group ? -1 : a.group > b.group ? 1 : 0);
  const dpd = gap(groups.map((r) => [r.group, r.selectionRate]));
  const eod = gap(groups.map((r) => [r.group, r.tpr]));
  const fprGap = gap(groups.map((r) => [r.group, r.fpr]));
  const eqOdds = eod && fprGap ? eod.value >= fprGap.value ? eod : fprGap : eod ?? fprGap;
  return { groups, dpd, eod, fprGap, eqOdds };
}
function gap(values) {
  const defined = values.filter((v) => v[1] !== void 0);
  if (defined.length < 2) return void 0;
  let hi = defined[0];
  let lo = defined[0];
  for (const v of defined) {
    if (v[1] > hi[1]) hi = v;
    if (v[1] < lo[1]) lo = v;
  }
  return { value: hi[1] - lo[1], high: hi[0], low: lo[0] };
}

// src/model/metrics-files.ts
var MAX_METRICS_BYTES = 8 * 1024 * 1024;
var BARE = [
  [/-Infinity/y, '"-~~~~~~"', "-Infinity"],
  [/Infinity/y, '"~~~~~~"', "Infinity"],
  [/NaN/y, '"~"', "NaN"]
];
function protectBareWords(text) {
  const markers = /* @__PURE__ */ new Map();
  let out = "";
  let i = 0;
  let last = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    let matched = false;
    for (const [re, marker, word] of BARE) {
      re.lastIndex = i;
      if (re.test(text) && !/[A-Za-z0-9_]/.test(text[i - 1] ?? "") && !/[A-Za-z0-9_]/.test(text[i + word.length] ?? "")) {
        out += text.slice(last, i) + marker;
        markers.set(JSON.parse(marker), word);
        i += word.length;
        last = i;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return { text: out + text.slice(last), markers };
}
function walk(value, path, leaf) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], [...path, i], leaf);
  } else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], leaf);
  else leaf(path, value);
}
async function readMetricsFiles(workspace, patterns) {
  const diagnostics = [];
  const files = [];
  const perFile = [];
  for (const pattern of patterns) {
    const matched = await filesFor(workspace, pattern);
    if (!matched.length) {
      diagnostics.push(fileProblem(pattern, `no metrics file matches ${pattern}`));
      continue;
    }
    for (const file of matched) {
      if (files.includes(file)) continue;
      let text;
      try {
        text = await workspace.readText(file, MAX_METRICS_BYTES);
      } catch (err) {
        if (!(err instanceof WorkspaceError)) throw err;
        diagnostics.push(fileProblem(file, err.message));
        continue;
      }
      files.push(file);
      perFile.push(flattenText(text, file, diagnostics));
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const list of perFile) for (const m of list) seen.set(m.name, (seen.get(m.name) ?? 0) + 1);
  const metrics = perFile.flat().map((m) => (seen.get(m.name) ?? 0) > 1 ? { ...m, name: `${m.file}:${m.name}` } : m);
  return { metrics, diagnostics, files };
}
function fileProblem(file, message) {
  return { code: "model/metrics-file", severity: "error", message, file, range: FILE_START };
}
function flattenText(text, file, diagnostics) {
  const isJson = /\.json$/i.test(file);
  const protectedText = isJson ? protectBareWords(text) : { text, markers: /* @__PURE__ */ new Map() };
  const parsed = parseFile(protectedText.text, file);
  for (const d of parsed.diagnostics) diagnostics.push({ ...d, code: "model/metrics-file" });
  if (parsed.diagnostics.length) return [];
  const metrics = [];
  for (const doc of parsed.documents) {
    if (doc.data === null || typeof doc.data !== "object") {
      diagnostics.push(fileProblem(file, `${file} holds no mapping of metric names to values`));
      continue;
    }
    walk(doc.data, [], (path, raw) => {
      const name = path.join(".");
      const range = doc.locate(path, false).range;
      let value = null;
      let problem;
      const bare = typeof raw === "string" ? protectedText.markers.get(raw) : void 0;
      if (bare) problem = `is ${bare}`;
      else if (typeof raw === "number") {
        if (Number.isFinite(raw)) value = raw;
        else problem = `is ${raw}`;
      } else if (typeof raw === "boolean") value = raw ? 1 : 0;
      else problem = `is ${raw === null ? "null" : JSON.stringify(raw)}, not a number`;
      metrics.push({ name, value, problem, file, range });
    });
  }
  return metrics;
}

export {
  isGlob,
  filesFor,
  PredictionsError,
  pairedSource,
  readPredictions,
  sortFloat64,
  confusion,
  fromConfusion,
  splitScores,
  rocAuc,
  averagePrecision,
  ECE_BINS,
  binaryMetrics,
  confusionMatrix,
  multiclassMetrics,
  fromMatrix,
  regressionMetrics,
  metricNames,
  checkMetricName,
  computeMetrics,
  DEFAULT_MIN_SLICE,
  sliceValues,
  fairnessOf,
  readMetricsFiles,
  flattenText
};
