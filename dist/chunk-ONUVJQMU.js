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
var chunk_ONUVJQMU_exports = {};
__export(chunk_ONUVJQMU_exports, {
  CATEGORY_CAP: () => CATEGORY_CAP,
  MIN_PARALLEL_BYTES: () => MIN_PARALLEL_BYTES,
  SplitPlanError: () => SplitPlanError,
  checkBatch: () => checkBatch,
  checkCells: () => checkCells,
  columnKind: () => columnKind,
  dataThreads: () => dataThreads,
  emptyPlan: () => emptyPlan,
  mergeInOrder: () => mergeInOrder,
  mergeSplitPart: () => mergeSplitPart,
  parallelAvailable: () => parallelAvailable,
  parquetThreads: () => parquetThreads,
  readHeader: () => readHeader,
  scanCsvParallel: () => scanCsvParallel,
  scanParquet: () => scanParquet,
  scanParquetGroups: () => scanParquetGroups,
  scanParquetParallel: () => scanParquetParallel,
  scanPart: () => scanPart,
  scanParts: () => scanParts,
  scanSplit: () => scanSplit,
  scanSplitPart: () => scanSplitPart,
  splitPoints: () => splitPoints
});
module.exports = __toCommonJS(chunk_ONUVJQMU_exports);
var import_chunk_22IBHHNP = require("./chunk-22IBHHNP.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_2U4XSOY3 = require("./chunk-2U4XSOY3.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_url = require("node:url");
var import_node_worker_threads = require("node:worker_threads");
var import_node_fs2 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_worker_threads2 = require("node:worker_threads");
function emptyPlan(file) {
  return { file, width: 0, ragged: new import_chunk_TOHZ7UWI.Violations(), columns: [], drift: [], rows: [] };
}
function checkBatch(batch, from, rowBase, p) {
  for (let r = from; r < batch.rows; r++) {
    const n = batch.fieldOf[r + 1] - batch.fieldOf[r];
    if (n !== p.width)
      p.ragged.add({ row: rowBase + r, line: batch.line[r], file: p.file, value: `${n} fields` });
  }
  for (const { at, kernel } of p.columns) kernel.addColumn(batch, at, from, rowBase, p.file);
  for (const { at, sample } of p.drift) sample.addColumn(batch, at, from);
  if (p.rows.length)
    for (let r = from; r < batch.rows; r++)
      for (const sink of p.rows)
        sink.row(
          sink.at.map((i) => batch.cell(r, i)),
          rowBase + r,
          batch.line[r],
          p.file
        );
}
function checkCells(cell, row, line, key, p) {
  for (const d of p.drift) d.sample.add(cell(d.at), key);
  for (const sink of p.rows)
    sink.row(
      sink.at.map((i) => cell(i)),
      row,
      line,
      p.file
    );
}
function rowSinksOf(ds, spillDir) {
  return import_chunk_22IBHHNP.DATASET_CHECKS.flatMap((c) => c.configured(ds) && c.rowSinks ? c.rowSinks(ds, spillDir) : []);
}
function partPlan(job) {
  const scratch = job.scratch;
  const spillDir = scratch === void 0 ? void 0 : () => (0, import_chunk_3B363WQ3.makeTempDir)(scratch, "unique-");
  const all = rowSinksOf(job.dataset, spillDir);
  const sinks = job.rows.map((r) => {
    const sink = all[r.index];
    sink.at = r.at;
    return sink;
  });
  return {
    file: job.file,
    width: job.width,
    ragged: new import_chunk_TOHZ7UWI.Violations(),
    columns: job.columns.map((c) => ({ at: c.at, kernel: new import_chunk_22IBHHNP.ColumnKernel(c.config, void 0, spillDir) })),
    drift: job.drift.map((d) => ({ at: d.at, sample: new import_chunk_22IBHHNP.DriftSample(d.seed, d.limits) })),
    rows: sinks
  };
}
function planJob(plan, file, dataset, allSinks, scratch) {
  return {
    file,
    width: plan.width,
    columns: plan.columns.map(({ at, kernel }) => ({ at, config: kernel.config })),
    dataset,
    rows: plan.rows.map((s) => ({ index: allSinks.indexOf(s), at: s.at })),
    drift: plan.drift.map((d) => ({ at: d.at, seed: d.sample.seed, limits: d.sample.limits })),
    ...scratch === void 0 ? {} : { scratch }
  };
}
function mergePart(plan, r, rowOffset, lineOffset) {
  plan.columns.forEach(({ kernel }, i) => {
    kernel.mergeState(r.columns[i], rowOffset, lineOffset);
  });
  plan.rows.forEach((s, i) => {
    s.mergeState(r.sinks[i], rowOffset, lineOffset);
  });
  plan.drift.forEach((d, i) => {
    d.sample.mergeState(r.drift[i]);
  });
  plan.ragged.merge(r.ragged, rowOffset, lineOffset);
}
function partResult(plan, rows, lines) {
  return {
    rows,
    lines,
    columns: plan.columns.map((c) => c.kernel.exportState()),
    sinks: plan.rows.map((s) => s.exportState()),
    drift: plan.drift.map((d) => d.sample.exportState()),
    ragged: { count: plan.ragged.count, examples: plan.ragged.examples }
  };
}
async function scanPart(job, onBytes) {
  const plan = partPlan(job);
  let rows = 0;
  const scanner = new import_chunk_TOHZ7UWI.CsvByteScanner((batch) => {
    checkBatch(batch, 0, rows, plan);
    rows += batch.rows;
  }, job.delimiter);
  let error;
  try {
    await scanner.scanFile(job.path, job.start, job.end, onBytes);
  } catch (err) {
    if (!(err instanceof import_chunk_YFAPWZOQ.CsvError)) throw err;
    error = { message: err.message, line: err.line };
  }
  return { ...partResult(plan, rows, scanner.currentLine - 1), ...error ? { error } : {} };
}
function readAt(fd, position, length) {
  const buf = Buffer.alloc(length);
  const n = (0, import_node_fs2.readSync)(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}
function readHeader(path, delimiter) {
  const fd = (0, import_node_fs2.openSync)(path, "r");
  try {
    const head = readAt(fd, 0, 1 << 20);
    let start = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
    let quoted = false;
    let lines = 0;
    for (let i = start; i < head.length; i++) {
      const c = head[i];
      if (c === 34) quoted = !quoted;
      else if (c === 10) {
        lines++;
        if (!quoted) {
          let row;
          const p = new import_chunk_YFAPWZOQ.CsvParser((r) => {
            row ??= r;
          }, delimiter);
          p.push(head.toString("utf8", start, i + 1));
          p.end();
          if (!row) {
            return void 0;
          }
          start = i + 1;
          return { fields: row.fields, end: start, line: lines + 1 };
        }
      }
    }
    return void 0;
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
var FIRST_SHARE = 1.06;
function splitPoints(path, from, parts) {
  const size = (0, import_node_fs2.statSync)(path).size;
  const points = [from];
  const fd = (0, import_node_fs2.openSync)(path, "r");
  const total = FIRST_SHARE + (parts - 1);
  try {
    for (let k = 1; k < parts; k++) {
      const guess = from + Math.floor((size - from) * (FIRST_SHARE + k - 1) / total);
      const window = readAt(fd, guess, 1 << 16);
      const nl = window.indexOf(10);
      if (nl === -1) break;
      const at = guess + nl + 1;
      if (at > points[points.length - 1] && at < size) points.push(at);
    }
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  points.push(size);
  return points;
}
var MIN_PARALLEL_BYTES = 32 * 1024 * 1024;
var DATA_WORKER = new URL("./data-worker.js", __mlgateUrl);
function dataThreads(requested) {
  return Math.max(1, Math.min(requested ?? (0, import_node_os.availableParallelism)(), 4));
}
function parallelAvailable() {
  return (0, import_node_fs.existsSync)((0, import_node_url.fileURLToPath)(DATA_WORKER));
}
async function scanParts(jobs, onBytes, here = scanPart) {
  const read = jobs.map(() => 0);
  const tell = (k, bytes) => {
    read[k] = bytes;
    onBytes?.(read.reduce((a, b) => a + b, 0));
  };
  const workers = jobs.slice(1).map(
    (job, i) => new Promise((resolve, reject) => {
      const w = new import_node_worker_threads.Worker(DATA_WORKER, { workerData: job });
      w.on("message", (m) => {
        if ("progress" in m) return tell(i + 1, m.progress);
        resolve(m.result);
        void w.terminate();
      });
      w.once("error", reject);
    })
  );
  const first = await here(jobs[0], (bytes) => tell(0, bytes));
  return [first, ...await Promise.all(workers)];
}
async function scanCsvParallel(abs, file, delimiter, threads, dataset, onHeader, allSinks, progress, note, scratch) {
  const head = readHeader(abs, delimiter);
  if (!head) return void 0;
  const plan = onHeader(head.fields, 1);
  const points = splitPoints(abs, head.end, threads);
  const results = await scanParts(
    points.slice(0, -1).map((start, k) => ({
      ...planJob(plan, file, dataset, allSinks, scratch),
      path: abs,
      start,
      end: points[k + 1],
      delimiter
    })),
    (bytes) => progress.update(head.end + bytes)
  );
  if (results.some((r) => r.error)) return void 0;
  const rows = mergeInOrder(
    results,
    head.line,
    (r, rowOffset, lineOffset) => mergePart(plan, r, rowOffset, lineOffset)
  );
  progress.update((0, import_node_fs.statSync)(abs).size);
  progress.end();
  note?.(`${file}: read in ${results.length} parts on ${results.length} threads`);
  return rows;
}
function mergeInOrder(parts, headerLine, merge) {
  let rows = 0;
  let lineStart = headerLine;
  for (const p of parts) {
    merge(p, 1 + rows, lineStart - 1);
    rows += p.rows;
    lineStart += p.lines;
  }
  return rows;
}
async function scanParquet(workspace, file, onHeader, names, wanted, rowWise, progress, share = {}) {
  let plan;
  let fields = [];
  let rows = 0;
  const covered = /* @__PURE__ */ new Map();
  const placed = () => new Map(plan.columns.map(({ kernel }) => [kernel, true]));
  let isPlaced = /* @__PURE__ */ new Map();
  const byName = () => [...names].filter(([, k]) => isPlaced.has(k));
  await (0, import_chunk_2U4XSOY3.readParquetGroups)(
    workspace,
    file,
    (all) => {
      fields = all;
      plan = onHeader(all, 1);
      isPlaced = placed();
    },
    ({ start, end, chunks }) => {
      rows += end - start;
      for (const [name, kernel] of byName()) {
        let next = covered.get(name) ?? start;
        for (const c of chunks.get(name) ?? []) {
          addChunk(kernel, c, file);
          next = c.rowEnd;
        }
        for (let row = Math.max(next, start); row < end; row++) kernel.add("", row + 1, row + 1, file);
      }
      covered.clear();
      if (rowWise) {
        const cellsOf = /* @__PURE__ */ new Map();
        for (const name of wanted) {
          const i = fields.indexOf(name);
          if (i >= 0) cellsOf.set(i, (0, import_chunk_2U4XSOY3.columnCells)(chunks.get(name) ?? []));
        }
        for (let row = start; row < end; row++)
          checkCells((i) => cellsOf.get(i)?.(row) ?? "", row + 1, row + 1, row + 1, plan);
      }
    },
    (bytes) => progress.update(bytes),
    {
      wanted,
      flat: true,
      ...share,
      onChunk: rowWise ? void 0 : (name, c) => {
        const kernel = names.get(name);
        if (!kernel || !isPlaced.has(kernel)) return;
        addChunk(kernel, c, file);
        covered.set(name, c.rowEnd);
      }
    }
  );
  return rows;
}
function addChunk(kernel, c, file) {
  const n = c.rowEnd - c.rowStart;
  if (c.dict === void 0) kernel.addValues(c.data, 0, n, c.rowStart + 1, file);
  else kernel.addCoded(c.dict, c.codes, 0, n, c.rowStart + 1, file);
}
var MIN_PARALLEL_PARQUET_BYTES = 8 * 1024 * 1024;
function parquetThreads(requested) {
  if (requested !== void 0) return Math.max(1, Math.min(requested, 2));
  return (0, import_node_os2.availableParallelism)() > 2 ? 2 : 1;
}
async function scanParquetGroups(job, groups, footers, workspace = (0, import_chunk_TEV5JGM7.createWorkspace)(job.root)) {
  const plan = partPlan(job);
  const names = new Map(plan.columns.map(({ kernel }, i) => [job.names[i], kernel]));
  const rows = await scanParquet(
    workspace,
    job.file,
    () => plan,
    names,
    new Set(job.wanted),
    job.rowWise,
    { update() {
    }, end() {
    } },
    { groups, footers }
  );
  return partResult(plan, rows, rows);
}
async function scanParquetParallel(workspace, file, dataset, onHeader, names, allSinks, wanted, rowWise, progress, note, scratch) {
  const parsed = /* @__PURE__ */ new Map();
  const sizes = await (0, import_chunk_2U4XSOY3.parquetGroups)(workspace, file, parsed);
  const bytes = sizes.reduce((sum, g) => sum + g.bytes, 0);
  if (sizes.length < 2 || bytes < MIN_PARALLEL_PARQUET_BYTES) return void 0;
  const n = sizes.length;
  let front = 0;
  let back = n;
  const runs = [];
  const fromWorker = /* @__PURE__ */ new Map();
  const runLength = Math.max(1, Math.round(n / 16));
  let job;
  let plan;
  let worker;
  let stopped = Promise.resolve();
  const startWorker = (placed, fields) => {
    job = {
      ...planJob(placed, file, dataset, allSinks, scratch),
      kind: "parquet",
      root: workspace.root,
      names: placed.columns.map(({ at }) => fields[at]),
      wanted: [...wanted],
      rowWise
    };
    const w = new import_node_worker_threads2.Worker(DATA_WORKER, { workerData: job });
    worker = w;
    stopped = new Promise((resolve) => {
      const next = () => {
        if (back - 1 >= front) {
          const run = [Math.max(front, back - runLength), back];
          back = run[0];
          runs.push(run);
          w.postMessage({ groups: run });
        } else {
          w.postMessage({ done: true });
          resolve();
        }
      };
      w.on("message", (m) => {
        fromWorker.set(m.groups[0], m.result);
        next();
      });
      w.once("error", () => resolve());
      w.once("exit", () => resolve());
      next();
    });
  };
  let rows = await scanParquet(
    workspace,
    file,
    (fields, line) => {
      plan = onHeader(fields, line);
      startWorker(plan, fields);
      return plan;
    },
    names,
    wanted,
    rowWise,
    progress,
    {
      footers: parsed,
      claim: (group) => {
        if (group >= back) return false;
        front = group + 1;
        return true;
      }
    }
  );
  await stopped;
  void worker?.terminate();
  if (!plan || !job) return rows;
  for (const run of runs.sort((a, b) => a[0] - b[0])) {
    const r = fromWorker.get(run[0]) ?? await scanParquetGroups(job, run, parsed, workspace);
    mergePart(plan, r, 0, 0);
    rows += r.rows;
  }
  progress.end();
  note?.(`${file}: row groups ${back + 1}-${n} of ${n} read by a second thread`);
  return rows;
}
var CATEGORY_CAP = 1e4;
var CategoryCounts = class {
  dict = new import_chunk_TOHZ7UWI.ByteDictionary();
  counts = [];
  first = [];
  /** More than CATEGORY_CAP distinct values came: no longer tracked. */
  overflow = false;
  /** Count code `c` (from the dictionary) at a row. */
  count(c, row, line) {
    if (c === this.counts.length) {
      this.counts.push(0);
      this.first.push([row, line]);
      if (this.counts.length > CATEGORY_CAP) this.overflow = true;
    }
    this.counts[c]++;
  }
};
function emptyScan(file, spillDir) {
  return {
    file,
    header: [],
    rows: 0,
    keys: new import_chunk_22IBHHNP.HashPartitions(6, [4, 5], spillDir),
    integers: [],
    numbers: [],
    texts: [],
    categories: [],
    textOnly: []
  };
}
function placeScan(scan, header, tracked, textOnly) {
  scan.header = header;
  scan.integers = header.map(() => 0);
  scan.numbers = header.map(() => 0);
  scan.texts = header.map(() => 0);
  scan.categories = tracked.map((t) => t ? new CategoryCounts() : void 0);
  scan.textOnly = textOnly;
}
var SplitPlanError = class extends Error {
};
async function scanSplit(workspace, file, format, delimiter, plan) {
  const scan = emptyScan(file, plan.spillDir);
  let key = [];
  const hash = new import_chunk_22IBHHNP.RowHash();
  const rec = new Uint32Array(6);
  const start = (header) => {
    const k = plan.key(header);
    if (typeof k === "string") throw new SplitPlanError(k);
    key = k;
    placeScan(scan, header, plan.tracked(header), plan.textOnly?.(header) ?? header.map(() => false));
    scan.keyAt = key;
    return scan;
  };
  const csv = /\.(csv|tsv)$/i.test(file) && (!format || format === "csv" || format === "tsv");
  const parts = csv ? await plan.parallel?.(file, start) : void 0;
  if (parts) return parts;
  if (csv) {
    let started = false;
    await (0, import_chunk_TOHZ7UWI.readCsvBatches)(
      workspace,
      file,
      (batch) => {
        let from = 0;
        if (!started) {
          start(batch.rowTexts(0));
          started = true;
          from = 1;
        }
        scanBatch(scan, batch, from, key, hash, rec);
      },
      delimiter
    );
  } else {
    await (0, import_chunk_4HHBHUEK.readerFor)(file, format)(
      workspace,
      file,
      (row) => {
        if (row.index === 0) return start(row.fields);
        scanFields(scan, row.fields, row.index, row.line, key, hash, rec);
      },
      delimiter
    );
  }
  return scan;
}
function scanBatch(scan, batch, from, key, hash, rec) {
  const { buf, fieldOf, start, end } = batch;
  const width = scan.header.length;
  const { integers, numbers, texts, categories } = scan;
  for (let r = from; r < batch.rows; r++) {
    const f0 = fieldOf[r];
    const f1 = fieldOf[r + 1];
    const row = batch.firstIndex + r;
    const line = batch.line[r];
    hash.reset();
    for (const i of key) {
      const f = f0 + i;
      if (f >= f1) hash.text("");
      else if (batch.isSpecial(f)) hash.text(batch.text(f));
      else hash.bytes(buf, start[f], end[f]);
    }
    hash.digest(rec, 0);
    rec[4] = row;
    rec[5] = line;
    scan.keys.add(rec);
    for (let i = 0; i < width; i++) {
      const f = f0 + i;
      if (f >= f1) continue;
      if (batch.isSpecial(f)) {
        textCell(scan, i, batch.text(f), row, line);
        continue;
      }
      const s = start[f];
      const e = end[f];
      if ((0, import_chunk_HOHXXIQW.isMissingBytes)(buf, s, e)) continue;
      let number = true;
      if ((0, import_chunk_HOHXXIQW.isIntegerBytes)(buf, s, e)) integers[i]++;
      else if ((0, import_chunk_TOHZ7UWI.bytesNumber)(buf, s, e) !== void 0) numbers[i]++;
      else {
        texts[i]++;
        number = false;
      }
      const c = categories[i];
      if (!c || c.overflow) continue;
      if (number && scan.textOnly[i]) categories[i] = void 0;
      else c.count(c.dict.codeOfBytes(buf, s, e), row, line);
    }
  }
  scan.rows += batch.rows - from;
}
function textCell(scan, i, text, row, line) {
  if ((0, import_chunk_HOHXXIQW.isMissing)(text)) return;
  const n = (0, import_chunk_HOHXXIQW.toNumber)(text);
  if (n === void 0) scan.texts[i]++;
  else if (/^[-+]?[0-9]+$/.test(text)) scan.integers[i]++;
  else scan.numbers[i]++;
  const c = scan.categories[i];
  if (!c || c.overflow) return;
  if (n !== void 0 && scan.textOnly[i]) scan.categories[i] = void 0;
  else c.count(c.dict.codeOfText(text), row, line);
}
function scanFields(scan, fields, row, line, key, hash, rec) {
  hash.reset();
  for (const i of key) hash.text(fields[i] ?? "");
  hash.digest(rec, 0);
  rec[4] = row;
  rec[5] = line;
  scan.keys.add(rec);
  for (let i = 0; i < scan.header.length; i++) textCell(scan, i, fields[i] ?? "", row, line);
  scan.rows++;
}
function columnKind(scan, i) {
  if (scan.texts[i]) return "string";
  if (scan.numbers[i]) return "number";
  if (scan.integers[i]) return "integer";
  return "empty";
}
async function scanSplitPart(job, onBytes) {
  const scratch = job.scratch;
  const scan = emptyScan(job.file, scratch === void 0 ? void 0 : () => (0, import_chunk_3B363WQ3.makeTempDir)(scratch, "splits-"));
  placeScan(scan, job.header, job.tracked, job.textOnly);
  const hash = new import_chunk_22IBHHNP.RowHash();
  const rec = new Uint32Array(6);
  const scanner = new import_chunk_TOHZ7UWI.CsvByteScanner((batch) => scanBatch(scan, batch, 0, job.key, hash, rec), job.delimiter);
  let error;
  try {
    await scanner.scanFile(job.path, job.start, job.end, onBytes);
  } catch (err) {
    if (!(err instanceof import_chunk_YFAPWZOQ.CsvError)) throw err;
    error = { message: err.message, line: err.line };
  }
  return {
    rows: scan.rows,
    lines: scanner.currentLine - 1,
    keys: scan.keys.exportState(),
    integers: scan.integers,
    numbers: scan.numbers,
    texts: scan.texts,
    categories: scan.categories.map(
      (c) => c ? {
        values: c.dict.values.slice(0, c.counts.length),
        counts: c.counts,
        first: c.first,
        overflow: c.overflow
      } : void 0
    ),
    ...error ? { error } : {}
  };
}
function mergeSplitPart(scan, part, rowOffset, lineOffset) {
  scan.rows += part.rows;
  scan.keys.mergeState(part.keys, [rowOffset, lineOffset]);
  for (let i = 0; i < scan.header.length; i++) {
    scan.integers[i] += part.integers[i];
    scan.numbers[i] += part.numbers[i];
    scan.texts[i] += part.texts[i];
    const c = scan.categories[i];
    const p = part.categories[i];
    if (!c || c.overflow) continue;
    if (!p) {
      scan.categories[i] = void 0;
      continue;
    }
    if (p.overflow) c.overflow = true;
    p.values.forEach((v, k) => {
      if (c.overflow) return;
      const code = c.dict.codeOfText(v);
      if (code === c.counts.length) {
        c.counts.push(0);
        c.first.push([p.first[k][0] + rowOffset, p.first[k][1] + lineOffset]);
        if (c.counts.length > CATEGORY_CAP) c.overflow = true;
      }
      c.counts[code] += p.counts[k];
    });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CATEGORY_CAP,
  MIN_PARALLEL_BYTES,
  SplitPlanError,
  checkBatch,
  checkCells,
  columnKind,
  dataThreads,
  emptyPlan,
  mergeInOrder,
  mergeSplitPart,
  parallelAvailable,
  parquetThreads,
  readHeader,
  scanCsvParallel,
  scanParquet,
  scanParquetGroups,
  scanParquetParallel,
  scanPart,
  scanParts,
  scanSplit,
  scanSplitPart,
  splitPoints
});
