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
var chunk_4ZZ3B2CA_exports = {};
__export(chunk_4ZZ3B2CA_exports, {
  dataStage: () => dataStage,
  runData: () => runData
});
module.exports = __toCommonJS(chunk_4ZZ3B2CA_exports);
var import_chunk_AWD24VCE = require("./chunk-AWD24VCE.js");
var import_chunk_XP556YIM = require("./chunk-XP556YIM.js");
var import_chunk_HI6AAJID = require("./chunk-HI6AAJID.js");
var import_chunk_A72DGWRH = require("./chunk-A72DGWRH.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_ONUVJQMU = require("./chunk-ONUVJQMU.js");
var import_chunk_22IBHHNP = require("./chunk-22IBHHNP.js");
var import_chunk_HCYQT7WV = require("./chunk-HCYQT7WV.js");
var import_chunk_SSUJ7GHV = require("./chunk-SSUJ7GHV.js");
var import_chunk_SNHAHQFI = require("./chunk-SNHAHQFI.js");
var import_chunk_TOHZ7UWI = require("./chunk-TOHZ7UWI.js");
var import_chunk_4HHBHUEK = require("./chunk-4HHBHUEK.js");
var import_chunk_2U4XSOY3 = require("./chunk-2U4XSOY3.js");
var import_chunk_HOHXXIQW = require("./chunk-HOHXXIQW.js");
var import_chunk_YFAPWZOQ = require("./chunk-YFAPWZOQ.js");
var import_chunk_CPTRZ6QP = require("./chunk-CPTRZ6QP.js");
var import_chunk_3B363WQ3 = require("./chunk-3B363WQ3.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var BINS = 12;
var TOP_CATEGORIES = 10;
var MAX_CHARTS = 20;
var round = (v) => Math.round(v * 1e4) / 1e4;
var edge = (v) => Math.abs(v) >= 1e4 || v !== 0 && Math.abs(v) < 1e-3 ? v.toPrecision(3) : String(round(v));
function numericBars(reference, current) {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const side of [reference, current])
    for (const v of side) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  const width = (hi - lo) / BINS || 1;
  const shares = (values) => {
    const counts = new Array(BINS).fill(0);
    for (const v of values) counts[Math.min(BINS - 1, Math.floor((v - lo) / width))]++;
    return counts.map((c) => c / (values.length || 1));
  };
  const labels = Array.from({ length: BINS }, (_, b) => edge(lo + b * width));
  return { labels, ref: shares(reference), cur: shares(current) };
}
function categoryBars(reference, current) {
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0) || 1;
  const rt = total(reference);
  const ct = total(current);
  const keys = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])];
  const weight = (k) => (reference.get(k) ?? 0) / rt + (current.get(k) ?? 0) / ct;
  keys.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1));
  const top = keys.slice(0, TOP_CATEGORIES);
  const share = (m, t) => {
    const out = top.map((k) => (m.get(k) ?? 0) / t);
    if (keys.length > top.length) out.push(1 - out.reduce((a, b) => a + b, 0));
    return out;
  };
  const labels = keys.length > top.length ? [...top, "other"] : top;
  return { labels, ref: share(reference, rt), cur: share(current, ct) };
}
function columnChart(dataset, column, reference, current) {
  if (!reference.seen || !current.seen) return void 0;
  const numeric = reference.numericOnly && current.numericOnly && reference.counts.size > 20;
  const bars = numeric ? numericBars(reference.values, current.values) : categoryBars(reference.counts, current.counts);
  if (!bars.labels.length) return void 0;
  let moved = 0;
  for (let i = 0; i < bars.ref.length; i++) moved += Math.abs(bars.ref[i] - bars.cur[i]);
  const top = Math.max(...bars.ref, ...bars.cur);
  return {
    id: `data/${dataset}/${column}/drift`,
    kind: "drift",
    title: `${dataset}: ${column}, reference against current`,
    style: "bar",
    x: { label: numeric ? `${column} (bin from)` : column, categories: bars.labels },
    y: { label: "share of rows", min: 0, max: Math.min(1, round(top * 1.15) || 1) },
    series: [
      { name: "reference", values: bars.ref.map(round) },
      { name: "current", values: bars.cur.map(round) }
    ],
    score: round(moved / 2)
  };
}
function driftCharts(dataset, plan) {
  if (!plan) return [];
  const charts = [];
  for (const [name, d] of plan.columns) {
    if (d.at === -1) continue;
    const chart = columnChart(dataset, name, d.reference, d.current);
    if (chart) charts.push(chart);
  }
  return charts.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, MAX_CHARTS);
}
async function scanCsvOnePass(workspace, file, delimiter, onHeader, progress) {
  let plan;
  let rows = 0;
  await (0, import_chunk_TOHZ7UWI.readCsvBatches)(
    workspace,
    file,
    (batch) => {
      let from = 0;
      if (!plan) {
        plan = onHeader(batch.rowTexts(0), batch.line[0]);
        from = 1;
      }
      rows += batch.rows - from;
      (0, import_chunk_ONUVJQMU.checkBatch)(batch, from, batch.firstIndex, plan);
    },
    delimiter,
    (bytes) => progress.update(bytes)
  );
  return rows;
}
async function scanRecords(workspace, file, format, delimiter, onHeader, wanted, progress) {
  let plan;
  let rows = 0;
  await (0, import_chunk_4HHBHUEK.readerFor)(file, format)(
    workspace,
    file,
    (row) => {
      if (row.index === 0) {
        plan = onHeader(row.fields, row.line);
        return;
      }
      const p = plan;
      rows++;
      if (row.fields.length !== p.width)
        p.ragged.add({ row: row.index, line: row.line, file, value: `${row.fields.length} fields` });
      const key = row.offset ?? row.index;
      for (const { at, kernel } of p.columns)
        kernel.add(row.fields[at] ?? "", row.index, row.line, file, key);
      (0, import_chunk_ONUVJQMU.checkCells)((i) => row.fields[i] ?? "", row.index, row.line, key, p);
    },
    delimiter,
    (bytes) => progress.update(bytes),
    wanted
  );
  return rows;
}
async function verifyUnique(workspace, files, format, delimiter, columns, keys) {
  for (const u of columns.values()) u.tracker.finishFirstPass();
  for (const k of keys) k.tracker.finishFirstPass();
  const uniques = [...columns].filter(([, u]) => u.tracker.needsVerification);
  const keysToVerify = keys.filter((k) => k.tracker.needsVerification);
  if (!uniques.length && !keysToVerify.length) return;
  for (const file of files) {
    let at = [];
    try {
      await (0, import_chunk_4HHBHUEK.readerFor)(file, format)(
        workspace,
        file,
        (row) => {
          if (row.index === 0) {
            at = uniques.map(([name, u]) => [u, row.fields.indexOf(name)]);
            for (const k of keysToVerify) k.at = k.cols.map((c) => row.fields.indexOf(c));
            return;
          }
          for (const [u, i] of at) {
            const text = row.fields[i] ?? "";
            if (i >= 0 && !(0, import_chunk_HOHXXIQW.isMissing)(text)) u.tracker.verify(text, { row: row.index, line: row.line, file });
          }
          for (const k of keysToVerify) {
            if (k.at.includes(-1)) continue;
            k.verify(
              k.at.map((i) => row.fields[i] ?? ""),
              row.index,
              row.line,
              file
            );
          }
        },
        delimiter
      );
    } catch (err) {
      if (!(0, import_chunk_HCYQT7WV.isReadError)(err)) throw err;
    }
  }
}
var Enough = class extends Error {
};
async function fetchRows(workspace, file, format, delimiter, wanted) {
  const want = new Set(wanted);
  const out = /* @__PURE__ */ new Map();
  if (!want.size) return out;
  const last = Math.max(...want);
  try {
    await (0, import_chunk_4HHBHUEK.readerFor)(file, format)(
      workspace,
      file,
      (row) => {
        if (want.has(row.index)) out.set(row.index, [...row.fields]);
        if (row.index >= last) throw new Enough();
      },
      delimiter
    );
  } catch (err) {
    if (!(err instanceof Enough)) throw err;
  }
  return out;
}
function splitParallel(t) {
  return async (file, start) => {
    if (t.threads < 2 || !(0, import_chunk_ONUVJQMU.parallelAvailable)()) return void 0;
    if (await t.workspace.size(file) < import_chunk_ONUVJQMU.MIN_PARALLEL_BYTES) return void 0;
    const abs = t.workspace.resolve(file);
    const delimiter = t.delimiter ?? (0, import_chunk_4HHBHUEK.defaultDelimiter)(file);
    const head = (0, import_chunk_ONUVJQMU.readHeader)(abs, delimiter);
    if (!head) return void 0;
    const scan = start(head.fields);
    const points = (0, import_chunk_ONUVJQMU.splitPoints)(abs, head.end, t.threads);
    const scratch = t.scratch();
    const parts = await (0, import_chunk_ONUVJQMU.scanParts)(
      points.slice(0, -1).map((from, k) => ({
        kind: "split",
        path: abs,
        file,
        start: from,
        end: points[k + 1],
        delimiter,
        header: scan.header,
        key: scan.keyAt,
        tracked: scan.categories.map((c) => c !== void 0),
        textOnly: scan.textOnly,
        scratch
      })),
      void 0,
      import_chunk_ONUVJQMU.scanSplitPart
    );
    if (parts.some((p) => p.error)) return void 0;
    (0, import_chunk_ONUVJQMU.mergeInOrder)(
      parts,
      head.line,
      (p, rowOffset, lineOffset) => (0, import_chunk_ONUVJQMU.mergeSplitPart)(scan, p, rowOffset, lineOffset)
    );
    t.note?.(`${file}: read in ${parts.length} parts on ${parts.length} threads`);
    return scan;
  };
}
var AUTO_CATEGORIES = 1e3;
function autoCategory(c) {
  if (c.overflow || !c.texts || c.numbers) return false;
  return c.distinct <= AUTO_CATEGORIES && c.distinct * import_chunk_22IBHHNP.ROWS_PER_CATEGORY <= c.rows;
}
var CHARS = 60;
var cut2 = (s) => s.length > CHARS ? `${s.slice(0, CHARS - 1)}…` : s;
var pct = (x) => `${(100 * x).toFixed(1)}%`;
function result(id, passed, severity, message, rubric) {
  return {
    id,
    status: passed ? "passed" : "failed",
    severity,
    message,
    rubric: [...rubric],
    diagnostics: []
  };
}
function columnsVerdict(base, name, train, test, sev) {
  const inTest = new Set(test.header);
  const inTrain = new Set(train.header);
  const problems = [];
  for (const c of train.header) if (!inTest.has(c)) problems.push(`${c} is missing from ${test.file}`);
  for (const c of test.header) if (!inTrain.has(c)) problems.push(`${c} is only in ${test.file}`);
  train.header.forEach((c, i) => {
    const j = test.header.indexOf(c);
    if (j === -1) return;
    const a = (0, import_chunk_ONUVJQMU.columnKind)(train, i);
    const b = (0, import_chunk_ONUVJQMU.columnKind)(test, j);
    const numeric = (k) => k === "integer" || k === "number";
    if (a !== "empty" && b !== "empty" && numeric(a) !== numeric(b))
      problems.push(
        `${c} holds ${numeric(a) ? "numbers" : "text"} in ${train.file} but ${numeric(b) ? "numbers" : "text"} in ${test.file}`
      );
  });
  const r = result(
    `${base}/columns`,
    problems.length === 0,
    sev,
    problems.length ? `${name}: the splits differ: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? `; and ${problems.length - 5} more` : ""}` : `${name}: train and test have the same ${train.header.length} columns and types`,
    import_chunk_22IBHHNP.SCHEMA_RUBRIC
  );
  r.diagnostics = problems.slice(0, 5).map((p) => (0, import_chunk_22IBHHNP.diagnostic)("data/split-columns", sev, p, { file: test.file, line: 1 }));
  return r;
}
function leakageVerdict(base, name, train, test, leaked, examples, keyNames, cfg, sev) {
  const max = cfg.max_leaked_rows ?? 0;
  const share = test.rows ? leaked / test.rows : 0;
  const what = cfg.key === void 0 || cfg.key === "all_columns" ? "rows" : `keys (${keyNames.join(", ")})`;
  const r = result(
    `${base}/leakage`,
    leaked <= max,
    sev,
    leaked ? `${name}: ${leaked} of ${test.rows} test rows (${pct(share)}) are also in train (same ${what})` : `${name}: no test row is in train (same ${what})`,
    import_chunk_22IBHHNP.LEAKAGE_RUBRIC
  );
  r.observed = `${leaked} row${leaked === 1 ? "" : "s"}`;
  r.expected = `<= ${max}`;
  if (leaked > max)
    r.diagnostics = examples.map(({ leak, test: cells }) => {
      const at = keyNames.length <= 6 ? keyNames : keyNames.slice(0, 6);
      const idx = at.map((k) => test.header.indexOf(k));
      const shown = cells ? idx.map((i, k) => `${at[k]}=${cut2(cells[i] ?? "")}`).join(", ") : "";
      const where = leak ? `test row ${leak.testRow} is train row ${leak.trainRow} (${train.file} line ${leak.trainLine})` : `a test row is also in train (${train.file})`;
      return (0, import_chunk_22IBHHNP.diagnostic)(
        "data/split-leakage",
        sev,
        `${where}${shown ? `: ${shown}` : ""}${keyNames.length > at.length ? ", …" : ""}`,
        { file: test.file, line: leak?.testLine ?? 1 }
      );
    });
  return r;
}
function tallyOf(c) {
  return c && { values: c.dict.values, counts: c.counts, overflow: c.overflow };
}
function balanceVerdict(base, name, label, train, test, cfg, sev) {
  const max = cfg.max_class_shift ?? 0.1;
  const id = `${base}/class_balance`;
  if (!train || !test || train.overflow || test.overflow)
    return {
      check: {
        ...result(
          id,
          false,
          sev,
          `${name}: the label ${label} has more than 10,000 classes: class balance is not compared`,
          import_chunk_22IBHHNP.SCHEMA_RUBRIC
        ),
        status: "skipped"
      }
    };
  const shares = (c) => {
    const total = c.counts.reduce((a2, b2) => a2 + b2, 0);
    return new Map(c.values.map((v, i) => [v, total ? (c.counts[i] ?? 0) / total : 0]));
  };
  const a = shares(train);
  const b = shares(test);
  const classes = [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
  let worst = "";
  let shift = -1;
  const rows = classes.map((k) => {
    const d = Math.abs((a.get(k) ?? 0) - (b.get(k) ?? 0));
    if (d > shift) {
      shift = d;
      worst = k;
    }
    return [k, pct(a.get(k) ?? 0), pct(b.get(k) ?? 0), `${(100 * d).toFixed(1)} points`];
  });
  const passed = shift <= max + 1e-12;
  const check = result(
    id,
    passed,
    sev,
    `${name}: ${label} class ${JSON.stringify(cut2(worst))} is ${pct(a.get(worst) ?? 0)} of train and ${pct(b.get(worst) ?? 0)} of test (shift ${(100 * shift).toFixed(1)} points${passed ? "" : `, more than ${(100 * max).toFixed(1)}`})`,
    import_chunk_22IBHHNP.SCHEMA_RUBRIC
  );
  check.observed = `${(100 * Math.max(shift, 0)).toFixed(1)} points`;
  check.expected = `<= ${(100 * max).toFixed(1)} points`;
  return {
    check,
    table: {
      title: `${name} class balance (${label})`,
      compact: true,
      columns: ["class", "train", "test", "shift"],
      rows
    }
  };
}
function unseenOf(train, test) {
  if (train.overflow || test.overflow) return { overflow: true, known: 0, rows: 0, values: 0, examples: [] };
  const known = new Set(train.dict.values);
  const unseen2 = [];
  let rows = 0;
  test.dict.values.forEach((v, i) => {
    if (known.has(v)) return;
    const count = test.counts[i] ?? 0;
    rows += count;
    const [row, line] = test.first[i];
    unseen2.push({ value: v, count, row, line });
  });
  unseen2.sort((x, y) => x.row - y.row);
  return { overflow: false, known: known.size, rows, values: unseen2.length, examples: unseen2.slice(0, 5) };
}
function unseenVerdict(base, name, column, u, testFile, testRows, sev) {
  const id = `${base}/${column}/unseen_categories`;
  if (u.overflow)
    return {
      ...result(
        id,
        false,
        sev,
        `${name}: ${column} has more than 10,000 distinct values: its categories are not compared`,
        import_chunk_22IBHHNP.SCHEMA_RUBRIC
      ),
      status: "skipped"
    };
  const r = result(
    id,
    u.values === 0,
    sev,
    u.values ? `${name}: ${u.rows} of ${testRows} test rows have a ${column} never seen in train (${u.values} value${u.values === 1 ? "" : "s"}: ${u.examples.slice(0, 5).map((x) => JSON.stringify(cut2(x.value))).join(", ")}${u.values > 5 ? ", …" : ""})` : `${name}: every ${column} in test was seen in train (${u.known} values)`,
    import_chunk_22IBHHNP.SCHEMA_RUBRIC
  );
  r.observed = `${u.rows} row${u.rows === 1 ? "" : "s"}, ${u.values} value${u.values === 1 ? "" : "s"}`;
  r.expected = "values seen in train";
  r.diagnostics = u.examples.slice(0, 5).map(
    (x) => (0, import_chunk_22IBHHNP.diagnostic)(
      "data/unseen-category",
      sev,
      `${x.row === void 0 ? "" : `row ${x.row}, `}${column}: "${cut2(x.value)}" is not in train (${x.count} test row${x.count === 1 ? "" : "s"})`,
      { file: testFile, line: x.line ?? 1 }
    )
  );
  return r;
}
function ignoredOptions(entry, base, kept, side) {
  const ignored = Object.keys(entry).filter((k) => !kept.has(k));
  if (!ignored.length) return [];
  return [
    {
      id: `${base}/not-evaluated`,
      status: "error",
      severity: "warning",
      message: `${entry.name}: an entry with splits does not evaluate ${ignored.join(", ")} (give the train ${side} its own entry)`,
      diagnostics: []
    }
  ];
}
var SPLITS_KEYS = /* @__PURE__ */ new Set(["name", "splits", "format", "delimiter", "severity"]);
var EXAMPLES2 = 5;
function joinLeaks(train, test) {
  let leaked = 0;
  const examples = [];
  const trainParts = train.keys.partitions();
  const testParts = test.keys.partitions();
  for (; ; ) {
    const a = trainParts.next();
    const b = testParts.next();
    if (a.done || b.done) break;
    const tr = a.value;
    const te = b.value;
    if (!tr.length || !te.length) continue;
    const table = new import_chunk_22IBHHNP.Table128(tr.length / 6);
    const firstRow = [];
    const firstLine = [];
    for (let i = 0; i < tr.length; i += 6) {
      const id = table.put(tr, i);
      if (table.added) {
        firstRow.push(tr[i + 4]);
        firstLine.push(tr[i + 5]);
      } else if (tr[i + 4] < firstRow[id]) {
        firstRow[id] = tr[i + 4];
        firstLine[id] = tr[i + 5];
      }
    }
    for (let i = 0; i < te.length; i += 6) {
      const id = table.get(te, i);
      if (id === -1) continue;
      leaked++;
      const leak = {
        testRow: te[i + 4],
        testLine: te[i + 5],
        trainRow: firstRow[id],
        trainLine: firstLine[id]
      };
      if (examples.length < EXAMPLES2 || leak.testRow < examples[examples.length - 1].testRow) {
        examples.push(leak);
        examples.sort((x, y) => x.testRow - y.testRow);
        if (examples.length > EXAMPLES2) examples.pop();
      }
    }
  }
  while (!trainParts.next().done) ;
  while (!testParts.next().done) ;
  return { leaked, examples };
}
function keyOf(cfg, file) {
  return (header) => {
    if (cfg.key === void 0 || cfg.key === "all_columns") return header.map((_, i) => i);
    const at = cfg.key.map((c) => header.indexOf(c));
    const missing = cfg.key.filter((_, k) => at[k] === -1);
    return missing.length ? `${file} has no column ${missing.join(", ")} (named in splits.key)` : at;
  };
}
async function checkSplits(ds, ctx) {
  const cfg = ds.splits;
  const base = `data/${ds.name}`;
  const sev = cfg.severity ?? ds.severity ?? "error";
  const fail2 = (id, message) => ({
    checks: [{ id, status: "error", severity: sev, message, rubric: [...import_chunk_22IBHHNP.SCHEMA_RUBRIC], diagnostics: [] }],
    rows: 0,
    tables: []
  });
  for (const f of [cfg.train, cfg.test]) {
    if (!await ctx.workspace.exists(f)) return fail2(`${base}/files`, `${ds.name}: ${f} does not exist`);
    if (!(0, import_chunk_4HHBHUEK.readerFor)(f, ds.format))
      return fail2(
        `${base}/files`,
        `${ds.name}: ${f}: not a format mlgate reads (CSV, TSV, JSON, JSON Lines, Parquet)`
      );
  }
  const notEvaluated2 = ignoredOptions(ds, base, SPLITS_KEYS, "file");
  const temp = ctx.temp;
  const spillDir = temp ? () => temp.makeDir("splits-") : void 0;
  const parallel = temp && ctx.tuning?.fastPath !== false ? splitParallel({
    workspace: ctx.workspace,
    delimiter: ds.delimiter,
    threads: (0, import_chunk_ONUVJQMU.dataThreads)(ctx.tuning?.threads),
    scratch: () => temp.makeDir("parts-"),
    note: (m) => ctx.progress?.note?.(m)
  }) : void 0;
  const tracked = (header) => header.map(
    (c) => c === cfg.label || cfg.categories === void 0 || cfg.categories === "auto" || Array.isArray(cfg.categories) && cfg.categories.includes(c)
  );
  let train;
  let test;
  let reading = cfg.train;
  try {
    train = await (0, import_chunk_ONUVJQMU.scanSplit)(ctx.workspace, cfg.train, ds.format, ds.delimiter, {
      key: keyOf(cfg, cfg.train),
      tracked,
      // `auto` categories are text columns: a number ends a column's tracking (not the label's).
      textOnly: (header) => header.map((c) => c !== cfg.label && (cfg.categories === void 0 || cfg.categories === "auto")),
      ...spillDir ? { spillDir } : {},
      ...parallel ? { parallel } : {}
    });
    const categorical = categoricalColumns(cfg, train);
    reading = cfg.test;
    test = await (0, import_chunk_ONUVJQMU.scanSplit)(ctx.workspace, cfg.test, ds.format, ds.delimiter, {
      // The key's columns by name, as train placed them.
      key: (header) => {
        const names = keyOf(cfg, cfg.train)(train.header);
        const at = names.map((i) => header.indexOf(train.header[i]));
        const missing = names.filter((_, k) => at[k] === -1).map((i) => train.header[i]);
        return missing.length ? `${cfg.test} has no column ${missing.join(", ")} of the key` : at;
      },
      tracked: (header) => header.map((c) => c === cfg.label || categorical.has(c)),
      ...spillDir ? { spillDir } : {},
      ...parallel ? { parallel } : {}
    });
  } catch (err) {
    if (err instanceof import_chunk_ONUVJQMU.SplitPlanError) return fail2(`${base}/leakage`, `${ds.name}: ${err.message}`);
    if (err instanceof import_chunk_YFAPWZOQ.CsvError)
      return {
        ...fail2(`${base}/read`, `${ds.name}: ${err.message}`),
        checks: [
          {
            id: `${base}/read`,
            status: "error",
            severity: sev,
            message: `${ds.name}: ${reading}: ${err.message}`,
            diagnostics: [(0, import_chunk_22IBHHNP.diagnostic)("data/parse", sev, err.message, { file: reading, line: err.line })]
          }
        ]
      };
    if (err instanceof import_chunk_TEV5JGM7.WorkspaceError) return fail2(`${base}/read`, `${ds.name}: ${err.message}`);
    throw err;
  }
  const v = await verdicts(ds, cfg, base, sev, train, test, ctx);
  return { ...v, checks: [...notEvaluated2, ...v.checks], rows: train.rows + test.rows };
}
function categoricalColumns(cfg, train) {
  if (cfg.categories === false) return /* @__PURE__ */ new Set();
  if (Array.isArray(cfg.categories)) return new Set(cfg.categories);
  return new Set(
    train.header.filter((c, i) => {
      const cat = train.categories[i];
      if (c === cfg.label || !cat) return false;
      return autoCategory({
        texts: train.texts[i],
        numbers: train.integers[i] + train.numbers[i],
        distinct: cat.counts.length,
        rows: cat.counts.reduce((a, b) => a + b, 0),
        overflow: cat.overflow
      });
    })
  );
}
async function verdicts(ds, cfg, base, sev, train, test, ctx) {
  const checks = [columnsVerdict(base, ds.name, train, test, sev)];
  const tables = [];
  const { leaked, examples } = joinLeaks(train, test);
  const keyNames = cfg.key === void 0 || cfg.key === "all_columns" ? train.header : cfg.key;
  const testCells = await fetchRows(
    ctx.workspace,
    cfg.test,
    ds.format,
    ds.delimiter,
    examples.map((e) => e.testRow)
  );
  const trainCells = await fetchRows(
    ctx.workspace,
    cfg.train,
    ds.format,
    ds.delimiter,
    examples.map((e) => e.trainRow)
  );
  const confirmed = examples.map((leak) => ({ leak, test: testCells.get(leak.testRow), train: trainCells.get(leak.trainRow) })).filter(({ test: a, train: b }) => {
    if (!a || !b) return true;
    return keyNames.every((k) => (a[test.header.indexOf(k)] ?? "") === (b[train.header.indexOf(k)] ?? ""));
  });
  checks.push(leakageVerdict(base, ds.name, train, test, leaked, confirmed, keyNames, cfg, sev));
  if (cfg.label !== void 0) {
    const i = train.header.indexOf(cfg.label);
    const j = test.header.indexOf(cfg.label);
    if (i === -1 || j === -1)
      checks.push({
        id: `${base}/class_balance`,
        status: "failed",
        severity: sev,
        message: `${ds.name}: the label ${cfg.label} is missing from ${i === -1 ? cfg.train : cfg.test}`,
        rubric: [...import_chunk_22IBHHNP.SCHEMA_RUBRIC],
        diagnostics: []
      });
    else {
      const b = balanceVerdict(
        base,
        ds.name,
        cfg.label,
        tallyOf(train.categories[i]),
        tallyOf(test.categories[j]),
        cfg,
        sev
      );
      checks.push(b.check);
      if (b.table) tables.push(b.table);
    }
  }
  for (const c of categoricalColumns(cfg, train)) {
    const i = train.header.indexOf(c);
    const j = test.header.indexOf(c);
    if (i === -1 || j === -1) continue;
    checks.push(
      unseenVerdict(
        base,
        ds.name,
        c,
        unseenOf(train.categories[i], test.categories[j]),
        test.file,
        test.rows,
        sev
      )
    );
  }
  return { checks, tables };
}
var SqlError = class extends Error {
};
var PG_TYPES = {
  20: "bigint",
  21: "smallint",
  23: "integer",
  700: "real",
  701: "double",
  1700: "numeric",
  16: "boolean",
  1082: "date",
  1114: "timestamp",
  1184: "timestamptz"
};
function redact(message, secrets) {
  let out = message;
  for (const s of secrets.filter((x) => x.length >= 3)) out = out.split(s).join("[redacted]");
  return out.replace(/(\w+:\/\/)[^@\s/]*@/g, "$1[redacted]@");
}
function secretsOf(url) {
  try {
    const u = new URL(url);
    return [url, u.password, decodeURIComponent(u.password)];
  } catch {
    return [url];
  }
}
function urlFromEnv(ref, env) {
  const name = ref.slice("env:".length);
  const url = env[name];
  if (!url) throw new SqlError(`the environment variable ${name} (source url: ${ref}) is not set`);
  return url;
}
async function openPostgres(url, timeoutMs) {
  const secrets = secretsOf(url);
  const fail2 = (err) => {
    throw new SqlError(redact(err.message ?? String(err), secrets));
  };
  const { default: postgres } = await Promise.resolve().then(() => __toESM(require("./chunk-YY4T5QVW.js")));
  const client = new postgres.Client({
    connectionString: url,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 5e3,
    connectionTimeoutMillis: 3e4,
    // Read-only: a query from the config cannot write, whatever the database user may do.
    options: "-c default_transaction_read_only=on -c standard_conforming_strings=on -c TimeZone=UTC"
  });
  client.on("error", () => {
  });
  await client.connect().catch(fail2);
  return {
    async query(sql) {
      const r = await client.query({ text: sql, queryMode: "extended" }).catch(fail2);
      return {
        columns: r.fields.map((f) => ({ name: f.name, type: PG_TYPES[f.dataTypeID] ?? "text" })),
        rows: r.rows
      };
    },
    close: () => client.end().catch(() => {
    })
  };
}
function duckType(t) {
  const u = t.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(u))
    return "integer";
  if (/^(FLOAT|DOUBLE|REAL)$/.test(u)) return "double";
  if (u.startsWith("DECIMAL")) return "numeric";
  if (u === "BOOLEAN") return "boolean";
  if (u === "DATE") return "date";
  if (u.startsWith("TIMESTAMP WITH TIME ZONE") || u === "TIMESTAMPTZ") return "timestamptz";
  if (u.startsWith("TIMESTAMP")) return "timestamp";
  return "text";
}
function realFileIn(root, relative) {
  const abs = import_node_path.default.resolve(root, relative);
  const rel = import_node_path.default.relative(import_node_path.default.resolve(root), abs);
  if (rel === ".." || rel.startsWith(`..${import_node_path.default.sep}`) || import_node_path.default.isAbsolute(rel))
    throw new import_chunk_TEV5JGM7.WorkspaceError(`${relative} is outside the repository`);
  let real;
  try {
    real = (0, import_node_fs.realpathSync)(abs);
  } catch {
    throw new import_chunk_TEV5JGM7.WorkspaceError(`${relative} does not exist`);
  }
  const inside = import_node_path.default.relative((0, import_node_fs.realpathSync)(root), real);
  if (inside === ".." || inside.startsWith(`..${import_node_path.default.sep}`) || import_node_path.default.isAbsolute(inside))
    throw new import_chunk_TEV5JGM7.WorkspaceError(`${relative} is a link to a file outside the repository`);
  return real;
}
async function openDuckdb(root, database, timeoutMs) {
  let duck;
  try {
    duck = await Promise.resolve().then(() => __toESM(require("@duckdb/node-api")));
  } catch {
    throw new SqlError(
      "engine duckdb needs the package @duckdb/node-api (a native binding not bundled in mlgate): install it next to mlgate (npm install @duckdb/node-api)"
    );
  }
  const realRoot = (0, import_node_fs.realpathSync)(root);
  const dbFile = database === void 0 ? ":memory:" : realFileIn(root, database);
  const fail2 = (err) => {
    throw new SqlError(err.message ?? String(err));
  };
  const instance = await duck.DuckDBInstance.create(dbFile, {
    ...database !== void 0 ? { access_mode: "READ_ONLY" } : {},
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    file_search_path: realRoot
  }).catch(fail2);
  const conn = await instance.connect().catch(fail2);
  const dir = `'${realRoot.replaceAll("'", "''")}'`;
  await conn.run(
    `set allowed_directories = [${dir}]; set enable_external_access = false; set lock_configuration = true`
  ).catch(fail2);
  return {
    async query(sql) {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        conn.interrupt();
      }, timeoutMs);
      try {
        const r = await conn.runAndReadAll(sql);
        const names = r.columnNames();
        const types = r.columnTypes().map((t) => duckType(t.toString()));
        return {
          columns: names.map((name, i) => ({ name, type: types[i] })),
          rows: r.getRowObjectsJS()
        };
      } catch (err) {
        if (timedOut) throw new SqlError(`the statement ran past its timeout (${timeoutMs / 1e3} s)`);
        return fail2(err);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    }
  };
}
async function openSql(target, env, root) {
  if (target.engine === "postgres") return openPostgres(urlFromEnv(target.url, env), target.timeoutMs);
  return openDuckdb(root, target.database, target.timeoutMs);
}
var num = (v) => v === null || v === void 0 ? void 0 : Number(v);
function lengthViolation(c, config) {
  const b = config.string_length;
  const parts = [
    b.min !== void 0 && `length(${c.t}) < ${b.min}`,
    b.max !== void 0 && `length(${c.t}) > ${b.max}`
  ].filter(Boolean);
  return parts.length ? `not ${c.m} and (${parts.join(" or ")})` : void 0;
}
var STATISTICS_SQL = {
  mean: {
    aggregates: (c) => ({ avg: `avg(${c.n})`, var: `var_samp(${c.n})` }),
    fill: (sink, a, key) => fillMoments(sink, a, key)
  },
  std: {
    aggregates: (c) => ({ avg: `avg(${c.n})`, var: `var_samp(${c.n})` }),
    fill: (sink, a, key) => fillMoments(sink, a, key)
  },
  distinct: {
    aggregates: (c) => ({
      distinct: `count(distinct ${c.kind === "float" ? `case when ${c.n} = 0 then '0' else ${c.t} end` : c.t}) filter (where not ${c.m})`
    }),
    fill: (sink, a, key) => {
      sink.counted = Number(a.agg[`${key}_distinct`] ?? 0);
    }
  },
  string_length: {
    violates: (c, config) => lengthViolation(c, config),
    fill: (sink, a, key) => {
      const s = sink;
      s.measured = Number(a.agg.mlgate_rows ?? 0) - Number(a.agg[`${key}_missing`] ?? 0);
      s.bad.count = 0;
      for (const value of (a.examples.get(`${key}_string_length`) ?? []).slice(0, 5))
        s.bad.add({
          row: -1,
          line: 1,
          file: a.file,
          value: value.length > 80 ? `${value.slice(0, 79)}…` : value
        });
      s.bad.count = Number(a.agg[`${key}_string_length`] ?? 0);
    }
  },
  // The order statistics need the count first: fillOrderStatistics runs their query.
  median: { fill: () => {
  } },
  quantiles: { fill: () => {
  } }
};
function fillMoments(sink, a, key) {
  const n = Number(a.agg[`${key}_numeric`] ?? 0);
  const mean = num(a.agg[`${key}_avg`]);
  if (!n || mean === void 0 || sink.n) return;
  const variance = num(a.agg[`${key}_var`]) ?? 0;
  sink.mergeState({ n, shift: mean, mean: 0, m2: variance * (n - 1) });
}
function levelsOf(id, config) {
  if (id === "median") return [0.5];
  if (id !== "quantiles") return [];
  return Object.keys(config.quantiles).filter((k) => k !== "severity").map(Number);
}
async function fillOrderStatistics(conn, inner, c, kernel) {
  const count = kernel.numeric;
  const sinks = kernel.checks.flatMap((check, i) => {
    const sink = kernel.sinks[i];
    const levels = levelsOf(check.id, kernel.config);
    return sink instanceof import_chunk_22IBHHNP.ValuesSink && levels.length ? [{ sink, levels }] : [];
  });
  if (!sinks.length) return;
  const ranks = /* @__PURE__ */ new Set();
  if (count)
    for (const { levels } of sinks)
      for (const q of levels) {
        const r = (0, import_chunk_22IBHHNP.quantileRanks)(count, q);
        ranks.add(r.lo).add(r.hi);
      }
  const ranked = /* @__PURE__ */ new Map();
  if (ranks.size) {
    const wanted = [...ranks].sort((a, b) => a - b).join(", ");
    const r = await conn.query(
      `select r, v from (select ${c.n} as v, row_number() over (order by ${c.n}) - 1 as r from (${inner}) as s where ${c.n} is not null) as o where r in (${wanted})`
    );
    for (const row of r.rows) ranked.set(Number(row.r), Number(row.v));
  }
  for (const { sink } of sinks) sink.setRanked(count, ranked);
}
var DECIMAL = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$";
var INTEGER = "^[+-]?[0-9]+$";
var BOOLEAN = "^(true|false|TRUE|FALSE|True|False|0|1|yes|no|Yes|No|YES|NO)$";
var DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
var TIMESTAMP = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$";
function sqlExample(value, file) {
  return { row: -1, line: 1, file, value: value.length > 80 ? `${value.slice(0, 79)}…` : value };
}
function fillViolations(v, count, values, file) {
  for (const value of values.slice(0, import_chunk_TOHZ7UWI.EXAMPLES)) v.add(sqlExample(value, file));
  v.count = count;
}
var part = (d, t, from, len) => d.toInt(`substr(${t}, ${from}, ${len})`);
function validDay(t, dialect) {
  const y = part(dialect, t, 1, 4);
  const m = part(dialect, t, 6, 2);
  const d = part(dialect, t, 9, 2);
  const leap = `((${y} % 4 = 0 and ${y} % 100 <> 0) or ${y} % 400 = 0)`;
  return `(${m} between 1 and 12 and ${d} >= 1 and ${d} <= case when ${m} = 2 then case when ${leap} then 29 else 28 end when ${m} in (4, 6, 9, 11) then 30 else 31 end)`;
}
function validTimestamp(t, d) {
  const clock = (from, max) => `(length(${t}) < ${from + 1} or coalesce(${part(d, t, from, 2)} < ${max}, true))`;
  return `(${part(d, t, 6, 2)} between 1 and 12 and ${part(d, t, 9, 2)} between 1 and 31 and ${clock(12, 24)} and ${clock(15, 60)} and (length(${t}) < 19 or substr(${t}, 17, 1) <> ':' or ${part(d, t, 18, 2)} < 60))`;
}
function typeViolation(c, type, d) {
  if (type === "string") return void 0;
  const typed = c.kind === "timestamp" || c.kind === "date";
  if (typed && (type === "timestamp" || type === "date" && c.kind === "date")) return void 0;
  if (c.kind === "integer" && (type === "integer" || type === "number")) return void 0;
  const t = c.t;
  const shaped = (re, valid) => valid === void 0 ? `not ${d.matchesRaw(t, re)}` : `not coalesce(case when ${d.matchesRaw(t, re)} then ${valid} end, false)`;
  switch (type) {
    case "integer":
      return shaped(INTEGER);
    case "number":
      return `${c.n} is null`;
    case "boolean":
      return shaped(BOOLEAN);
    case "date":
      return shaped(DATE, validDay(t, d));
    case "timestamp":
      return shaped(TIMESTAMP, validTimestamp(t, d));
  }
}
function allowedViolation(c, values, d) {
  const texts = values.map((v) => d.literal(String(v)));
  const numbers = values.map((v) => String(v)).filter((s) => new RegExp(DECIMAL).test(s) && Number.isFinite(Number(s))).map((s) => String(Number(s)));
  const inNumbers = numbers.length ? ` or ${c.n} in (${numbers.join(", ")})` : "";
  return `not (${c.t} in (${texts.join(", ")})${inNumbers})`;
}
var counter = (sink, field) => sink[field];
var fillFrom = (field) => (sink, a, key, checkId) => fillViolations(
  counter(sink, field),
  Number(a.agg[`${key}_${checkId}`] ?? 0),
  a.examples.get(`${key}_${checkId}`) ?? [],
  a.file
);
var COLUMN_SQL = {
  type: {
    violates: (c, config, d) => {
      const v = typeViolation(c, config.type, d);
      return v === void 0 ? void 0 : `not ${c.m} and ${v}`;
    },
    fill: fillFrom("bad")
  },
  range: {
    violates: (c, config) => [
      config.min !== void 0 && `${c.n} < ${config.min}`,
      config.max !== void 0 && `${c.n} > ${config.max}`
    ].filter(Boolean).join(" or "),
    fill: fillFrom("bad")
  },
  allowed: {
    violates: (c, config, d) => `not ${c.m} and ${allowedViolation(c, config.allowed, d)}`,
    fill: fillFrom("bad")
  },
  regex: {
    violates: (c, config, d) => `not ${c.m} and not ${d.matches(c.t, config.regex)}`,
    fill: fillFrom("bad")
  },
  missing: {
    violates: (c) => c.m,
    fill: fillFrom("rows")
  },
  freshness: {
    aggregates: (c) => ({ newest: `max(${c.ts})` }),
    fill: (sink, a, key) => {
      const newest = a.agg[`${key}_newest`];
      if (newest !== null && newest !== void 0)
        sink.text(new Date(Number(newest)).toISOString(), void 0, -1, 1, a.file, 0);
    }
  },
  not_constant: {
    aggregates: (c) => ({
      lo: `min(${c.t}) filter (where not ${c.m})`,
      hi: `max(${c.t}) filter (where not ${c.m})`
    }),
    fill: (sink, a, key) => {
      for (const end of ["lo", "hi"]) {
        const v = a.agg[`${key}_${end}`];
        if (typeof v === "string") sink.text(v, void 0, -1, 1, a.file, 0);
      }
    }
  },
  // unique and outliers need their own queries: sql-scan.ts runs them.
  unique: { fill: () => {
  } },
  outliers: { fill: () => {
  } },
  ...STATISTICS_SQL
};
var PostgresRegexError = class extends Error {
};
var MAX_BOUND = 255;
var SPACES = "	\n\v\f\r    - \u2028\u2029  　\uFEFF";
var CLASS = { d: "0-9", w: "0-9A-Za-z_", s: SPACES };
var PUNCT = "^$\\.*+?()[]{}|/-";
var CONTROL = { t: "	", n: "\n", r: "\r", f: "\f", v: "\v" };
var lit = (c) => /^[\p{L}\p{N}\s]$/u.test(c) || c.codePointAt(0) > 127 ? c : `\\${c}`;
function charEscape(p, i) {
  const c = p[i];
  if (CONTROL[c]) return [CONTROL[c], i + 1];
  if (c === "x") return [String.fromCodePoint(Number.parseInt(p.slice(i + 1, i + 3), 16)), i + 3];
  if (c === "u" && p[i + 1] === "{") {
    const end = p.indexOf("}", i);
    return [String.fromCodePoint(Number.parseInt(p.slice(i + 2, end), 16)), end + 1];
  }
  if (c === "u") return [String.fromCodePoint(Number.parseInt(p.slice(i + 1, i + 5), 16)), i + 5];
  if (PUNCT.includes(c)) return [c, i + 1];
  return void 0;
}
function refuse(what) {
  throw new PostgresRegexError(
    `${what} has no translation for PostgreSQL here (use \`engine: duckdb\`, whose regexes are RE2, or rewrite the pattern)`
  );
}
function bracket(p, i) {
  let out = "[";
  if (p[i] === "^") {
    out += "^";
    i++;
  }
  while (p[i] !== "]") {
    if (i >= p.length) refuse("an unterminated class");
    const c = p[i];
    if (c === "\\") {
      const e = p[i + 1];
      if (CLASS[e]) {
        out += CLASS[e];
        i += 2;
        continue;
      }
      const ch = charEscape(p, i + 1) ?? refuse(`\\${e} inside a class`);
      out += lit(ch[0]);
      i = ch[1];
      continue;
    }
    out += c === "-" ? "-" : lit(c);
    i += c.length;
  }
  return [`${out}]`, i + 1];
}
function toPostgresRegex(p) {
  let out = "";
  let i = 0;
  while (i < p.length) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (c === "\\") {
      const e = p[i + 1];
      if (CLASS[e]) out += `[${CLASS[e]}]`;
      else if (CLASS[e.toLowerCase()] && e !== e.toLowerCase()) out += `[^${CLASS[e.toLowerCase()]}]`;
      else {
        const ch = charEscape(p, i + 1) ?? refuse(`\\${e}`);
        out += lit(ch[0]);
        i = ch[1];
        continue;
      }
      i += 2;
    } else if (c === "[") {
      const [text, next] = bracket(p, i + 1);
      out += text;
      i = next;
    } else if (c === "(") {
      if (p.startsWith("(?:", i)) i += 3;
      else if (p.startsWith("(?<", i) && !p.startsWith("(?<=", i) && !p.startsWith("(?<!", i))
        i = p.indexOf(">", i) + 1;
      else if (p[i + 1] === "?") refuse("a lookaround");
      else i += 1;
      out += "(?:";
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
      if (Number(m[1]) > MAX_BOUND || Number(m[3] || 0) > MAX_BOUND) refuse(`a count above ${MAX_BOUND}`);
      out += m[0];
      i += m[0].length;
    } else if (c === ".") {
      out += "[^\n\r\u2028\u2029]";
      i++;
    } else if ("^$|)*+?".includes(c)) {
      out += c;
      i++;
    } else {
      out += lit(c);
      i += c.length;
    }
  }
  return out;
}
var ident = (name) => `"${name.replaceAll('"', '""')}"`;
var literal = (text) => `'${text.replaceAll("'", "''").replaceAll("\0", "")}'`;
var POSTGRES = {
  engine: "postgres",
  ident,
  literal,
  text: (e) => `(${e})::text`,
  matches: (t, pattern) => `(${t} ~ ${literal(toPostgresRegex(pattern))})`,
  // Through numeric: a decimal past double's range (1e400) is then an infinity to filter, not an error.
  matchesRaw: (t, re) => `(${t} ~ ${literal(re)})`,
  double: (e) => `(${e})::float8`,
  toInt: (t) => `(case when ${t} ~ '^[0-9]{1,9}$' then (${t})::integer end)`,
  toDouble: (t) => `(case when abs((${t})::numeric) < 1.7976931348623157e308 then (${t})::numeric::float8 end)`,
  isNaN: (e) => `((${e}) = 'NaN'::float8)`,
  isFinite: (e) => `((${e}) not in ('Infinity'::float8, '-Infinity'::float8, 'NaN'::float8))`,
  epochMs: (e) => `(extract(epoch from ${e}) * 1000)::float8`,
  toTimestamp: (t) => `(${t})::timestamptz`,
  quantile: (e, q) => `percentile_cont(${q}) within group (order by ${e})`
};
var DUCKDB = {
  engine: "duckdb",
  ident,
  literal,
  text: (e) => `cast(${e} as varchar)`,
  matches: (t, pattern) => `regexp_matches(${t}, ${literal((0, import_chunk_HYYFA32R.translatePattern)(pattern))})`,
  matchesRaw: (t, re) => `regexp_matches(${t}, ${literal(re)})`,
  double: (e) => `cast(${e} as double)`,
  toInt: (t) => `try_cast(${t} as integer)`,
  toDouble: (t) => `try_cast(${t} as double)`,
  isNaN: (e) => `isnan(${e})`,
  isFinite: (e) => `isfinite(${e})`,
  epochMs: (e) => `(epoch_ms(cast(${e} as timestamptz)))::double`,
  toTimestamp: (t) => `try_cast(${t} as timestamptz)`,
  quantile: (e, q) => `quantile_cont(${e}, ${q})`
};
function dialectOf(engine) {
  return engine === "postgres" ? POSTGRES : DUCKDB;
}
var MISSING_MARKERS = [...import_chunk_HOHXXIQW.MISSING];
function kindOf(type) {
  if (/^(bigint|smallint|integer)$/.test(type)) return "integer";
  if (/^(real|double|numeric)$/.test(type)) return "float";
  if (type === "timestamp" || type === "timestamptz") return "timestamp";
  if (type === "date" || type === "boolean") return type;
  return "text";
}
function valueExprs(c, d) {
  const q = d.ident(c.name);
  let t;
  let m;
  let n;
  switch (c.kind) {
    case "integer":
      [t, m, n] = [d.text(q), `${q} is null`, d.double(q)];
      break;
    case "float":
      t = d.text(q);
      m = `(${q} is null or ${d.isNaN(q)})`;
      n = `case when ${d.isFinite(q)} then ${d.double(q)} end`;
      break;
    case "text":
      t = q;
      m = `(${q} is null or ${q} in (${MISSING_MARKERS.map(d.literal).join(", ")}))`;
      n = `case when ${d.matchesRaw(q, DECIMAL)} then ${d.toDouble(q)} end`;
      break;
    default:
      [t, m, n] = [d.text(q), `${q} is null`, "cast(null as double precision)"];
  }
  const ts = c.kind === "timestamp" || c.kind === "date" ? d.epochMs(q) : `case when ${d.matchesRaw(t, TIMESTAMP)} and ${validDay(t, d)} then ${d.epochMs(d.toTimestamp(`replace(${t}, ' ', 'T')`))} end`;
  return { t, m, n, ts };
}
function derived(c, d, wantsTs) {
  const v = valueExprs(c, d);
  const items = [`${v.t} as ${c.t}`, `${v.m} as ${c.m}`, `${v.n} as ${c.n}`];
  if (wantsTs) items.push(`${v.ts} as ${c.ts}`);
  return items;
}
function derivedScan(from, columns, d) {
  return `select ${columns.flatMap((c) => derived(c, d, false)).join(", ") || "1 as mlgate_one"} from ${from}`;
}
function planScan(from, columns, kernels, d, rowPredicates, tsColumns = /* @__PURE__ */ new Set()) {
  const items = [];
  const aggregates = ["count(*) as mlgate_rows"];
  const predicates = new Map(rowPredicates);
  for (const c of columns) {
    const kernel = kernels.get(c.name);
    const checks = kernel?.checks.map((k2) => k2.id) ?? [];
    items.push(...derived(c, d, checks.includes("freshness") || tsColumns.has(c.name)));
    if (!kernel) continue;
    const k = c.t.slice(1);
    aggregates.push(
      `count(*) filter (where ${c.m}) as c${k}_missing`,
      `count(${c.n}) as c${k}_numeric`,
      `sum(${c.n}) as c${k}_sum`,
      `sum(${c.n} * ${c.n}) as c${k}_sumsq`,
      `min(${c.n}) as c${k}_min`,
      `max(${c.n}) as c${k}_max`
    );
    const config = kernel.config;
    for (const id of checks) {
      const form = COLUMN_SQL[id];
      const where = form?.violates?.(c, config, d);
      if (where) {
        aggregates.push(`count(*) filter (where ${where}) as c${k}_${id}`);
        predicates.set(`c${k}_${id}`, { column: c, where });
      }
      for (const [name, expr] of Object.entries(form?.aggregates?.(c, config, d) ?? {})) {
        const item = `${expr} as c${k}_${name}`;
        if (!aggregates.includes(item)) aggregates.push(item);
      }
    }
    if (config.outliers?.iqr !== void 0)
      aggregates.push(`${d.quantile(c.n, 0.25)} as c${k}_q1`, `${d.quantile(c.n, 0.75)} as c${k}_q3`);
  }
  for (const [alias, p] of rowPredicates) aggregates.push(`count(*) filter (where ${p.where}) as ${alias}`);
  return { inner: `select ${items.join(", ") || "1 as mlgate_one"} from ${from}`, aggregates, predicates };
}
async function runScan(conn, plan, exampleOf) {
  const r = await conn.query(`select ${plan.aggregates.join(",\n  ")}
from (${plan.inner}) as s`);
  const agg = r.rows[0] ?? {};
  const examples = /* @__PURE__ */ new Map();
  for (const [alias, p] of plan.predicates) {
    if (!Number(agg[alias] ?? 0)) continue;
    const value = exampleOf(alias, p.column);
    const ex = await conn.query(
      `select ${value} as v from (${plan.inner}) as s where ${p.where} order by 1 limit 5`
    );
    examples.set(
      alias,
      ex.rows.map((row) => String(row.v ?? ""))
    );
  }
  return { agg, examples };
}
async function duplicates(conn, inner, keys, skipMissing) {
  const by = keys.map((c) => `coalesce(${c.t}, '')`);
  const where = skipMissing ? `where not ${keys[0].m}` : "";
  const groups = `select ${by.map((b, i) => `${b} as k${i}`).join(", ")}, count(*) as c from (${inner}) as s ${where} group by ${by.join(", ")} having count(*) > 1`;
  const total = await conn.query(`select coalesce(sum(c - 1), 0) as dup from (${groups}) as g`);
  const count = Number(total.rows[0]?.dup ?? 0);
  if (!count) return { count, examples: [] };
  const shown = keys.length === 1 ? "k0" : `concat_ws(', ', ${keys.map((_, i) => `k${i}`).join(", ")})`;
  const ex = await conn.query(`select ${shown} as v, c from (${groups}) as g order by 1 limit 5`);
  const examples = ex.rows.flatMap((row) => Array(Number(row.c) - 1).fill(String(row.v ?? "")));
  return { count, examples: examples.slice(0, 5) };
}
var MeasuredSample = class extends import_chunk_22IBHHNP.DriftSample {
  constructor(limits, seen, numericOnly, measuredValues, measuredCounts) {
    super(1, limits);
    this.measuredValues = measuredValues;
    this.measuredCounts = measuredCounts;
    this.seen = seen;
    this.numericOnly = numericOnly;
  }
  measuredValues;
  measuredCounts;
  get values() {
    return this.measuredValues;
  }
  get counts() {
    return this.measuredCounts;
  }
};
function floatText(x, text) {
  if (x !== null && x !== void 0) return String(Number(x));
  if (/^\+?inf(inity)?$/i.test(text)) return "Infinity";
  if (/^-inf(inity)?$/i.test(text)) return "-Infinity";
  return text;
}
var columnOf = (name, type, i) => ({
  name,
  kind: kindOf(type),
  t: `t${i}`,
  m: `m${i}`,
  n: `n${i}`,
  ts: `ts${i}`
});
async function numbersOf(conn, inner, c, count, size) {
  const out = [];
  if (count <= size) {
    const r2 = await conn.query(
      `select ${c.n} as v, count(*) as c from (${inner}) as s where ${c.n} is not null group by ${c.n}`
    );
    for (const row of r2.rows) for (let k = Number(row.c); k > 0; k--) out.push(Number(row.v));
    return out;
  }
  const r = await conn.query(
    `select v from (select ${c.n} as v, row_number() over (order by ${c.n}) - 1 as r from (${inner}) as s where ${c.n} is not null) as o where (r * ${size}) % ${count} < ${size}`
  );
  for (const row of r.rows) out.push(Number(row.v));
  return out;
}
async function measureSides(conn, rel, names, d, limits) {
  const sides = /* @__PURE__ */ new Map();
  if (!names.length) return sides;
  const cols = names.map((name, i) => columnOf(name, rel.types.get(name), i));
  const counts = cols.flatMap((c, i) => [
    `count(*) filter (where not ${c.m}) as s${i}`,
    `count(*) filter (where not ${c.m} and ${c.n} is null) as x${i}`,
    `count(${c.n}) as n${i}`
  ]);
  const agg = (await conn.query(`select ${counts.join(", ")} from (${derivedScan(rel.from, cols, d)}) as s`)).rows[0];
  for (const [i, c] of cols.entries()) {
    const one = { ...c, t: "t0", m: "m0", n: "n0" };
    const inner = derivedScan(rel.from, [one], d);
    const seen = Number(agg[`s${i}`] ?? 0);
    const numericOnly = Number(agg[`x${i}`] ?? 0) === 0;
    const tally2 = /* @__PURE__ */ new Map();
    if (seen) {
      const r = await conn.query(
        `select t0 as v, n0 as x, count(*) as c from (${inner}) as s where not m0 group by t0, n0 order by 3 desc, 1 limit ${limits.categories + 1}`
      );
      for (const row of r.rows) {
        const key = c.kind === "float" ? floatText(row.x, String(row.v)) : String(row.v);
        tally2.set(key, (tally2.get(key) ?? 0) + Number(row.c));
      }
    }
    const count = Number(agg[`n${i}`] ?? 0);
    const values = numericOnly && count ? await numbersOf(conn, inner, one, count, limits.values) : [];
    sides.set(c.name, new MeasuredSample(limits, seen, numericOnly, values, tally2));
  }
  return sides;
}
var error = (id, message, sev) => ({
  ...(0, import_chunk_22IBHHNP.failed)(id, message, sev, import_chunk_22IBHHNP.SCHEMA_RUBRIC),
  status: "error"
});
async function referenceFiles(ds, source, ctx, out) {
  const base = `data/${ds.name}`;
  const config = ds.drift;
  const sev = config.severity ?? "warning";
  if (config.reference !== "baseline") {
    const files = (await ctx.workspace.glob([config.reference])).sort();
    if (!files.length)
      out.push(
        error(
          `${base}/drift`,
          `${ds.name}: the drift reference ${config.reference} does not exist`,
          ds.severity ?? "error"
        )
      );
    return { workspace: ctx.workspace, files };
  }
  const none = { workspace: ctx.workspace, files: [] };
  if (source.path === void 0) {
    const message = `${ds.name}: no drift check: a table or a query has no copy on the baseline; name a reference table, query or file`;
    out.push(error(`${base}/drift`, message, sev));
    return none;
  }
  const baseline = ctx.baseline ?? { reason: "no baseline in this run" };
  if (!(0, import_chunk_A72DGWRH.hasBaseline)(baseline)) {
    out.push(error(`${base}/drift`, `${ds.name}: no drift check: no baseline (${baseline.reason})`, sev));
    return none;
  }
  const copy = await (0, import_chunk_A72DGWRH.baselineCopies)(baseline.files, [source.path], import_chunk_A72DGWRH.BASELINE_MAX_BYTES.data);
  for (const message of copy.tooLarge)
    out.push(error(`${base}/drift`, `${ds.name}: baseline ${message}`, "warning"));
  if (!copy.copied.length && !copy.tooLarge.length)
    out.push(
      error(
        `${base}/drift`,
        `${ds.name}: the baseline has none of ${source.path}, so there is nothing to compare against`,
        sev
      )
    );
  return { workspace: baseline.files.workspace, files: copy.copied };
}
async function sqlReference(ds, source, conn, d, out) {
  const base = `data/${ds.name}`;
  const config = ds.drift;
  const ref = config.reference;
  const from = (0, import_chunk_22IBHHNP.fromItem)({ engine: source.engine, ...ref }, d);
  const probe = await conn.query(`select * from ${from} limit 0`);
  const types = new Map(probe.columns.map((c) => [c.name, c.type]));
  const wanted = [...new Set(config.columns ?? probe.columns.map((c) => c.name))];
  const plan = { config, columns: /* @__PURE__ */ new Map() };
  const limits = (0, import_chunk_22IBHHNP.sampleLimits)(wanted.length);
  if (wanted.length > import_chunk_22IBHHNP.MAX_DRIFT_COLUMNS) {
    const message = `${ds.name}: drift of ${wanted.length.toLocaleString("en-US")} columns is over the limit of ${import_chunk_22IBHHNP.MAX_DRIFT_COLUMNS.toLocaleString("en-US")} (each costs memory for its samples): list at most that many in drift.columns`;
    out.push(error(`${base}/drift`, message, config.severity ?? ds.severity ?? "error"));
    return { plan, limits };
  }
  const present = wanted.filter((name) => types.has(name));
  for (const name of wanted)
    if (!types.has(name))
      out.push(
        (0, import_chunk_22IBHHNP.failed)(
          `${base}/${name}/drift`,
          `${ds.name}: column ${name} is not in the drift reference`,
          ds.severity ?? "error",
          import_chunk_22IBHHNP.SCHEMA_RUBRIC
        )
      );
  const sides = await measureSides(conn, { from, types }, present, d, limits);
  for (const name of present)
    plan.columns.set(name, { reference: sides.get(name), current: new import_chunk_22IBHHNP.DriftSample(1, limits), at: -1 });
  return { plan, limits };
}
async function prepareSqlDrift(ds, source, ctx, conn, current, d, out) {
  const config = ds.drift;
  if (!config) return void 0;
  let plan;
  let limits;
  if (typeof config.reference === "string") {
    const ref = await referenceFiles(ds, source, ctx, out);
    const bytePath = ctx.tuning?.fastPath !== false;
    plan = await (0, import_chunk_22IBHHNP.prepareDrift)(
      `data/${ds.name}`,
      ds.name,
      ds.severity ?? "error",
      config,
      ref.workspace,
      ref.files,
      bytePath,
      out
    );
    limits = plan.columns.values().next().value?.reference.limits;
  } else ({ plan, limits } = await sqlReference(ds, source, conn, d, out));
  const names = [...plan.columns.keys()].filter((name) => current.types.has(name));
  const sides = limits ? await measureSides(conn, current, names, d, limits) : /* @__PURE__ */ new Map();
  const header = [...current.types.keys()];
  for (const [name, col] of plan.columns) {
    const side = sides.get(name);
    if (!side) continue;
    col.current = side;
    col.at = header.indexOf(name);
  }
  return plan;
}
var SQL_SPLITS_KEYS = /* @__PURE__ */ new Set(["name", "splits", "severity"]);
var DEFAULT_TIMEOUT_MS = 10 * 60 * 1e3;
var EXAMPLES3 = 5;
var num2 = (v) => Number(v ?? 0);
function sideLabel(s, side) {
  return `${s.engine}:${s.table ?? s.path ?? `${side} query`}`;
}
async function checkSqlSplits(ds, ctx) {
  const cfg = ds.splits;
  const base = `data/${ds.name}`;
  const sev = cfg.severity ?? ds.severity ?? "error";
  const fail2 = (id, message) => ({
    checks: [
      { id, status: "error", severity: sev, message, rubric: [...import_chunk_22IBHHNP.SCHEMA_RUBRIC], diagnostics: [] }
    ],
    rows: 0,
    tables: []
  });
  const notEvaluated2 = ignoredOptions(ds, base, SQL_SPLITS_KEYS, "table");
  const d = dialectOf(cfg.train.engine);
  let conn;
  try {
    const ms = (s) => s.timeout === void 0 ? DEFAULT_TIMEOUT_MS : (0, import_chunk_SNHAHQFI.durationMs)(s.timeout);
    conn = await openSql(
      {
        engine: cfg.train.engine,
        url: cfg.train.url,
        database: cfg.train.database ?? cfg.test.database,
        timeoutMs: Math.max(ms(cfg.train), ms(cfg.test))
      },
      ctx.env ?? {},
      ctx.workspace.root
    );
    const from = (s) => (0, import_chunk_22IBHHNP.fromItem)(
      s,
      d,
      s.path === void 0 ? void 0 : duckFile(s.path, realFileIn(ctx.workspace.root, s.path))
    );
    const r = await judgeSplits(conn, ds.name, base, sev, cfg, from(cfg.train), from(cfg.test), d, fail2);
    return { ...r, checks: [...notEvaluated2, ...r.checks] };
  } catch (err) {
    if (err instanceof SqlError || err instanceof import_chunk_TEV5JGM7.WorkspaceError)
      return fail2(`${base}/source`, `${ds.name}: ${err.message}`);
    throw err;
  } finally {
    await conn?.close();
  }
}
function exprs(side, name, d) {
  return valueExprs({ name, kind: kindOf(side.types.get(name)) }, d);
}
function asText(from, types, d) {
  const items = [...types].map(
    ([name, type]) => kindOf(type) === "text" ? `${d.text(d.ident(name))} as ${d.ident(name)}` : d.ident(name)
  );
  return `(select ${items.join(", ")} from ${from}) as mlgate_text`;
}
async function measure(conn, from, file, d, distinctOf2) {
  const probe = await conn.query(`select * from ${from} limit 0`);
  const header = probe.columns.map((c) => c.name);
  const types = new Map(probe.columns.map((c) => [c.name, c.type]));
  const side = { types };
  from = asText(from, types, d);
  const items = ["count(*) as mlgate_rows"];
  const counted = [];
  header.forEach((name, i) => {
    const v = exprs(side, name, d);
    items.push(
      `count(*) filter (where not ${v.m}) as v${i}`,
      `count(*) filter (where not ${v.m} and ${v.n} is not null) as n${i}`
    );
    if (distinctOf2(name, kindOf(types.get(name)))) counted.push(name);
  });
  const agg = (await conn.query(`select ${items.join(", ")} from ${from}`)).rows[0] ?? {};
  const values = header.map((_, i) => num2(agg[`v${i}`]));
  const numbers = header.map((_, i) => num2(agg[`n${i}`]));
  const distinct = /* @__PURE__ */ new Map();
  for (const name of counted) {
    const i = header.indexOf(name);
    if (values[i] > numbers[i] && numbers[i] === 0)
      distinct.set(name, await distinctUpTo(conn, from, side, name, d));
  }
  return {
    file,
    header,
    from,
    types,
    rows: num2(agg.mlgate_rows),
    values,
    numbers,
    // A value that does not read as a number is text (a timestamp, "Infinity"), as in a file.
    texts: values.map((v, i) => v - numbers[i]),
    integers: header.map(() => 0),
    distinct
  };
}
async function distinctUpTo(conn, from, side, name, d) {
  const v = exprs(side, name, d);
  const r = await conn.query(
    `select count(*) as n from (select 1 as one from ${from} where not ${v.m} group by ${v.t} limit ${AUTO_CATEGORIES + 1}) as g`
  );
  return num2(r.rows[0]?.n);
}
async function judgeSplits(conn, name, base, sev, cfg, trainFrom, testFrom, d, fail2) {
  const auto = cfg.categories === void 0 || cfg.categories === "auto";
  const train = await measure(
    conn,
    trainFrom,
    sideLabel(cfg.train, "train"),
    d,
    (c, kind) => auto && c !== cfg.label && !["integer", "float"].includes(kind)
  );
  const test = await measure(conn, testFrom, sideLabel(cfg.test, "test"), d, () => false);
  const keyNames = cfg.key === void 0 || cfg.key === "all_columns" ? train.header : cfg.key;
  const noTrain = keyNames.filter((k) => !train.types.has(k));
  if (noTrain.length)
    return fail2(
      `${base}/leakage`,
      `${name}: ${train.file} has no column ${noTrain.join(", ")} (named in splits.key)`
    );
  const noTest = keyNames.filter((k) => !test.types.has(k));
  if (noTest.length)
    return fail2(`${base}/leakage`, `${name}: ${test.file} has no column ${noTest.join(", ")} of the key`);
  const checks = [columnsVerdict(base, name, train, test, sev)];
  checks.push(await leakage(conn, base, name, sev, cfg, train, test, keyNames, d));
  const tables = [];
  if (cfg.label !== void 0) {
    if (!train.types.has(cfg.label) || !test.types.has(cfg.label))
      checks.push({
        id: `${base}/class_balance`,
        status: "failed",
        severity: sev,
        message: `${name}: the label ${cfg.label} is missing from ${train.types.has(cfg.label) ? test.file : train.file}`,
        rubric: [...import_chunk_22IBHHNP.SCHEMA_RUBRIC],
        diagnostics: []
      });
    else {
      const b = balanceVerdict(
        base,
        name,
        cfg.label,
        await tally(conn, train, cfg.label, d),
        await tally(conn, test, cfg.label, d),
        cfg,
        sev
      );
      checks.push(b.check);
      if (b.table) tables.push(b.table);
    }
  }
  const categorical = cfg.categories === false ? [] : Array.isArray(cfg.categories) ? cfg.categories : train.header.filter(
    (c, i) => train.distinct.has(c) && autoCategory({
      texts: train.texts[i],
      numbers: train.numbers[i],
      distinct: train.distinct.get(c) ?? 0,
      rows: train.values[i],
      overflow: false
    })
  );
  for (const c of new Set(categorical)) {
    if (!train.types.has(c) || !test.types.has(c)) continue;
    checks.push(
      unseenVerdict(base, name, c, await unseen(conn, train, test, c, d), test.file, test.rows, sev)
    );
  }
  return { checks, rows: train.rows + test.rows, tables };
}
async function leakage(conn, base, name, sev, cfg, train, test, keyNames, d) {
  const keys = (side) => keyNames.map((k, i) => `coalesce(${exprs(side, k, d).t}, '') as k${i}`).join(", ");
  const on = keyNames.map((_, i) => `tr.k${i} = te.k${i}`).join(" and ");
  const leaked = `from (select ${keys(test)} from ${test.from}) as te where exists (select 1 from (select ${keys(train)} from ${train.from}) as tr where ${on})`;
  const shown = keyNames.slice(0, 6);
  const order = keyNames.map((_, i) => `te.k${i}`).join(", ");
  const ex = await conn.query(
    `select ${shown.map((_, i) => `te.k${i}`).join(", ")}, count(*) over () as mlgate_count ${leaked} order by ${order} limit ${EXAMPLES3}`
  );
  const count = num2(ex.rows[0]?.mlgate_count);
  const examples = [];
  if (count > (cfg.max_leaked_rows ?? 0))
    for (const row of ex.rows) {
      const cells = test.header.map(() => "");
      shown.forEach((k, i) => {
        cells[test.header.indexOf(k)] = String(row[`k${i}`] ?? "");
      });
      examples.push({ test: cells });
    }
  return leakageVerdict(base, name, train, test, count, examples, keyNames, cfg, sev);
}
async function tally(conn, side, column, d) {
  const v = exprs(side, column, d);
  const r = await conn.query(
    `select ${v.t} as v, count(*) as c from ${side.from} where not ${v.m} group by ${v.t} order by 1 limit ${import_chunk_ONUVJQMU.CATEGORY_CAP + 1}`
  );
  if (r.rows.length > import_chunk_ONUVJQMU.CATEGORY_CAP) return { values: [], counts: [], overflow: true };
  return {
    values: r.rows.map((row) => String(row.v)),
    counts: r.rows.map((row) => num2(row.c)),
    overflow: false
  };
}
async function unseen(conn, train, test, column, d) {
  const a = exprs(train, column, d);
  const b = exprs(test, column, d);
  const groups = `with a as (select ${a.t} as t from ${train.from} where not ${a.m} group by ${a.t}), b as (select ${b.t} as t, count(*) as c from ${test.from} where not ${b.m} group by ${b.t}), u as (select b.t, b.c from b left join a on a.t = b.t where a.t is null)`;
  const r = (await conn.query(
    `${groups} select (select count(*) from a) as known, (select count(*) from b) as seen, (select count(*) from u) as n, (select coalesce(sum(c), 0) from u) as r`
  )).rows[0];
  if (num2(r.known) > import_chunk_ONUVJQMU.CATEGORY_CAP || num2(r.seen) > import_chunk_ONUVJQMU.CATEGORY_CAP)
    return { overflow: true, known: 0, rows: 0, values: 0, examples: [] };
  const values = num2(r.n);
  const ex = values ? await conn.query(`${groups} select t as v, c from u order by 1 limit ${EXAMPLES3}`) : { rows: [] };
  return {
    overflow: false,
    known: num2(r.known),
    rows: num2(r.r),
    values,
    examples: ex.rows.map((row) => ({ value: String(row.v), count: num2(row.c) }))
  };
}
var EXAMPLES4 = 5;
var num3 = (v) => v === null || v === void 0 ? Number.NaN : Number(v);
async function judgeLabels(conn, from, ds, base, severity, file, typeOf, d) {
  const cfg = ds.labels;
  const sev = cfg.severity ?? severity;
  const cols = (0, import_chunk_22IBHHNP.labelColumns)(cfg, [...typeOf.keys()]);
  const at = cols.map((c) => typeOf.has(c) ? 0 : -1);
  const verdicts3 = (m) => (0, import_chunk_22IBHHNP.labelsVerdicts)(base, ds.name, cfg, sev, {
    cols,
    at,
    conflicts: () => m.conflicts(),
    task: () => m.task(),
    scores: (t) => m.scores(t),
    file
  });
  if (at.includes(-1)) return verdicts3({});
  const rel = labelRelation(from, cols, typeOf, d);
  const conflicts = cfg.conflicts === false ? void 0 : await conflictsOf(conn, rel, cols.slice(1), cfg, sev, file);
  const leakage2 = cfg.leakage === false ? void 0 : await leakageOf(conn, rel, cols.slice(1), d);
  return verdicts3({ conflicts: () => conflicts, task: () => leakage2.task, scores: () => leakage2.scores });
}
function labelRelation(from, cols, typeOf, d) {
  const items = cols.flatMap((c, i) => {
    const v = valueExprs({ name: c, kind: kindOf(typeOf.get(c)) }, d);
    const k = i === 0 ? "l" : `f${i - 1}`;
    return [`${v.t} as ${k}t`, `${v.m} as ${k}m`, `${v.n} as ${k}n`];
  });
  return `(select * from (select ${items.join(", ")} from ${asText(from, typeOf, d)}) as r where not lm)`;
}
async function leakageOf(conn, rel, features, d) {
  const l = (await conn.query(
    `select count(distinct lt) as classes, count(*) filter (where ln is null) as nonnum, max(lt) as b from ${rel} as s`
  )).rows[0];
  const classes = num3(l.classes);
  const task = (0, import_chunk_22IBHHNP.taskOf)({
    classes: Math.min(classes, import_chunk_22IBHHNP.CLASS_CAP),
    classOverflow: classes > import_chunk_22IBHHNP.CLASS_CAP,
    labelNumeric: num3(l.nonnum) === 0
  });
  const scores = typeof task === "string" ? await scoresOf(conn, rel, features, task, String(l.b ?? ""), d) : [];
  return { task, scores };
}
async function conflictsOf(conn, rel, features, cfg, sev, file) {
  const keys = features.length ? features.map((_, i) => `coalesce(f${i}t, '')`) : ["''"];
  const ks = keys.map((_, i) => `k${i}`);
  const groups = `select ${ks.join(", ")}, count(*) as c, count(distinct lt) as n, min(lt) as a, max(lt) as b from (select ${keys.map((k, i) => `${k} as k${i}`).join(", ")}, lt from ${rel} as s) as u group by ${ks.join(", ")} having count(distinct lt) > 1`;
  const total = (await conn.query(`select count(*) as g, coalesce(sum(c), 0) as r from (${groups}) as g`)).rows[0];
  const count = { groups: num3(total.g), rows: num3(total.r) };
  if (!count.groups) return { ...count, diagnostics: [] };
  const shown = ks.slice(0, 4);
  const ex = await conn.query(
    `select ${shown.join(", ")}, c, n, a, b from (${groups}) as g order by ${ks.join(", ")} limit ${EXAMPLES4}`
  );
  const diagnostics = ex.rows.map((row) => {
    const cells = shown.map((k) => String(row[k] ?? ""));
    const labels = `${JSON.stringify((0, import_chunk_22IBHHNP.cut)(String(row.a ?? "")))}${num3(row.n) > 2 ? " … " : " vs "}${JSON.stringify((0, import_chunk_22IBHHNP.cut)(String(row.b ?? "")))}`;
    return (0, import_chunk_22IBHHNP.diagnostic)(
      "data/conflicting-labels",
      sev,
      `${num3(row.c)} rows have the same features (${features.length ? (0, import_chunk_22IBHHNP.showFeatures)(features, cells) : "none"}) and ${num3(row.n)} different ${cfg.column}: ${labels}`,
      { file, line: 1 }
    );
  });
  return { ...count, diagnostics };
}
async function scoresOf(conn, rel, features, task, classOne, d) {
  if (!features.length) return [];
  const facts = (await conn.query(
    `select ${features.map(
      (_, i) => `count(*) filter (where not f${i}m) as p${i}, count(*) filter (where not f${i}m and f${i}n is null) as x${i}, count(*) filter (where not f${i}m and f${i}n is not null and ln is not null) as co${i}, count(distinct case when not f${i}m then f${i}t end) as d${i}`
    ).join(", ")} from ${rel} as s`
  )).rows[0];
  const out = [];
  for (const [i, feature] of features.entries()) {
    const values = num3(facts[`d${i}`]);
    const overflow = values > import_chunk_22IBHHNP.VALUE_CAP;
    const { rule, why } = (0, import_chunk_22IBHHNP.ruleOf)(
      {
        allNumeric: num3(facts[`x${i}`]) === 0,
        coRows: num3(facts[`co${i}`]),
        values: overflow ? 0 : values,
        overflow,
        rows: overflow ? 0 : num3(facts[`p${i}`])
      },
      task
    );
    if (why) {
      out.push({ feature, rule, why });
      continue;
    }
    const present = `${rel} as s where not f${i}m`;
    const one = `count(*) filter (where lt = ${d.literal(classOne)})`;
    let score;
    if (rule === "value")
      score = await auc(
        conn,
        `select f${i}n as s, count(*) - ${one} as c0, ${one} as c1 from ${present} group by f${i}n`,
        d
      );
    else if (rule === "category rate")
      score = await auc(
        conn,
        `select ${d.double("c1")} / c as s, sum(c - c1) as c0, sum(c1) as c1 from (select count(*) as c, ${one} as c1 from ${present} group by f${i}t) as v group by 1`,
        d
      );
    else if (rule === "line") {
      const r = (await conn.query(
        `select covar_pop(ln, f${i}n) as cxy, var_pop(f${i}n) as vx, var_pop(ln) as vy, min(f${i}n) < max(f${i}n) and min(ln) < max(ln) as varies from ${present} and f${i}n is not null and ln is not null`
      )).rows[0];
      const [cxy, vx, vy] = [num3(r.cxy), num3(r.vx), num3(r.vy)];
      score = r.varies === true && vx > 0 && vy > 0 ? cxy * cxy / (vx * vy) : Number.NaN;
    } else {
      const r = (await conn.query(
        `select (select var_pop(ln) * count(*) from ${present}) as m2, (select min(ln) < max(ln) from ${present}) as varies, sum(c * case when lo = hi then 0 else v end) as within from (select count(*) as c, var_pop(ln) as v, min(ln) as lo, max(ln) as hi from ${present} group by f${i}t) as g`
      )).rows[0];
      const m2 = num3(r.m2);
      score = r.varies === true && m2 > 0 ? 1 - num3(r.within) / m2 : Number.NaN;
    }
    out.push(
      (0, import_chunk_22IBHHNP.finite)({ feature, rule, score: rule === "value" || rule === "category rate" ? (0, import_chunk_22IBHHNP.best)(score) : score })
    );
  }
  return out;
}
async function auc(conn, groups, d) {
  const r = (await conn.query(
    `select sum(${d.double("c1")} * (coalesce(b0, 0) + 0.5 * ${d.double("c0")})) as num, sum(c0) as n0, sum(c1) as n1 from (select c0, c1, sum(c0) over (order by s rows between unbounded preceding and 1 preceding) as b0 from (${groups}) as g) as w`
  )).rows[0];
  const [n0, n1] = [num3(r.n0), num3(r.n1)];
  return n0 && n1 ? num3(r.num) / (n0 * n1) : Number.NaN;
}
function outlierPredicate(c, config, profile, q1, q3) {
  const o = config.outliers;
  const n = profile.numeric;
  const mean = n ? profile.sum / n : 0;
  const sd = n ? Math.sqrt(Math.max(0, profile.sumSq / n - mean * mean)) : 0;
  const parts = [];
  if (o.zscore !== void 0 && sd > 0) parts.push(`abs(${c.n} - (${mean})) / ${sd} > ${o.zscore}`);
  if (o.iqr !== void 0 && q1 !== void 0 && q3 !== void 0) {
    const lo = q1 - o.iqr * (q3 - q1);
    const hi = q3 + o.iqr * (q3 - q1);
    parts.push(`${c.n} < ${lo}`, `${c.n} > ${hi}`);
  }
  return parts.length ? parts.join(" or ") : void 0;
}
function outliersVerdict(id, column, config, severity, numeric, count, examples, file) {
  const o = config.outliers;
  const bad = new import_chunk_TOHZ7UWI.Violations();
  fillViolations(bad, count, examples, file);
  const share = numeric ? 100 * count / numeric : 0;
  const tolerance = o.max_percent ?? 0;
  const ok = share <= tolerance;
  const rule = [
    o.zscore !== void 0 && `more than ${o.zscore} standard deviations from the mean`,
    o.iqr !== void 0 && `outside Tukey's fences (k = ${o.iqr})`
  ].filter(Boolean).join(" or ");
  const sev = o.severity ?? severity;
  return {
    id: `${id}/outliers`,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: `${column} outliers: ${share.toFixed(2)}% of values ${rule}${ok ? "" : `, over ${tolerance}%`}`,
    observed: `${share.toFixed(2)}%`,
    expected: `<= ${tolerance}%`,
    rubric: import_chunk_22IBHHNP.SCHEMA_RUBRIC,
    diagnostics: ok ? [] : bad.examples.map((e) => (0, import_chunk_22IBHHNP.diagnostic)("data/outlier", sev, `${column}: "${e.value}" is an outlier`, e))
  };
}
var sqlOp = (op) => op === "==" ? "=" : op === "!=" ? "<>" : op;
var asNumbers = (l, r) => `(${l.n} is not null and ${r.n} is not null)`;
var asInstants = (l, r) => `(${l.n} is null and ${r.n} is null and ${l.ts} is not null and ${r.ts} is not null)`;
function compareViolation(l, op, r) {
  const o = sqlOp(op);
  const text = op === "==" || op === "!=" ? `${l.t} ${o} ${r.t}` : "null";
  return `not ${l.m} and not ${r.m} and not coalesce(case when ${asNumbers(l, r)} then ${l.n} ${o} ${r.n} when ${asInstants(l, r)} then ${l.ts} ${o} ${r.ts} else ${text} end, false)`;
}
function comparePlan(sinks, columns, d) {
  const predicates = /* @__PURE__ */ new Map();
  const aggregates = [];
  const pairs = /* @__PURE__ */ new Map();
  sinks.forEach((s, i) => {
    if (s.at.includes(-1)) return;
    const l = columns.get(s.rule.left);
    const r = columns.get(s.rule.right);
    pairs.set(`cmp${i}`, [l, r]);
    predicates.set(`cmp${i}`, { column: l, where: compareViolation(l, s.rule.op, r) });
    aggregates.push(`count(*) filter (where ${l.m} or ${r.m}) as cmpskip${i}`);
    if (s.rule.op !== "==" && s.rule.op !== "!=")
      aggregates.push(
        `count(*) filter (where not ${l.m} and not ${r.m} and not ${asNumbers(l, r)} and not ${asInstants(l, r)}) as cmpbad${i}`
      );
  });
  const example = (alias) => {
    const p = pairs.get(alias);
    return p && `concat_ws(${d.literal("")}, coalesce(${p[0].t}, ''), coalesce(${p[1].t}, ''))`;
  };
  return { predicates, aggregates, example };
}
function fillCompare(sinks, agg, examples, label) {
  sinks.forEach((s, i) => {
    if (s.at.includes(-1)) return;
    fillViolations(s.bad, Number(agg[`cmp${i}`] ?? 0), examples.get(`cmp${i}`) ?? [], label);
    s.skipped = Number(agg[`cmpskip${i}`] ?? 0);
    s.incomparable = Number(agg[`cmpbad${i}`] ?? 0);
  });
}
function equalsSql(v, value, d) {
  if (typeof value === "number") return `${v.n} = ${value}`;
  if (typeof value === "boolean") return `lower(${v.t}) = ${d.literal(String(value))}`;
  return `${v.t} = ${d.literal(value)}`;
}
function leafSql(c, kind, d) {
  const v = valueExprs({ name: c.column, kind }, d);
  let test;
  switch (c.kind) {
    case "missing":
      return c.missing ? `coalesce(${v.m}, true)` : `not coalesce(${v.m}, true)`;
    case "equals":
      test = equalsSql(v, c.value, d);
      break;
    case "in":
      test = c.values.map((x) => `(${equalsSql(v, x, d)})`).join(" or ");
      break;
    case "compare":
      test = c.ms === void 0 ? `${v.n} ${sqlOp(c.op)} ${c.value}` : `${v.ts} ${sqlOp(c.op)} ${c.ms}`;
      break;
  }
  return `coalesce(not ${v.m} and (${test}), false)`;
}
function conditionSql(c, kinds, d) {
  switch (c.kind) {
    case "and":
    case "or":
      return `(${c.parts.map((p) => conditionSql(p, kinds, d)).join(` ${c.kind} `)})`;
    case "not":
      return `(not ${conditionSql(c.part, kinds, d)})`;
    default:
      return leafSql(c, kinds.get(c.column) ?? "text", d);
  }
}
async function foreignKeySql(conn, inner, c, sink, d, label) {
  const table = sink.fk.reference_table.split(".").map(d.ident).join(".");
  const key = d.text(`r.${d.ident(sink.fk.reference_column)}`);
  const orphans = `select ${c.t} as k from (${inner}) as s where not ${c.m} and not exists (select 1 from ${table} as r where ${key} = s.${c.t})`;
  const totals = await conn.query(
    `select count(*) as rows, count(distinct k) as keys, (select count(distinct ${c.t}) from (${inner}) as a where not ${c.m}) as all_keys from (${orphans}) as o`
  );
  const t = totals.rows[0] ?? {};
  const ex = Number(t.keys ?? 0) ? (await conn.query(`select k from (${orphans}) as o group by k order by k limit 5`)).rows.map(
    (r) => String(r.k)
  ) : [];
  sink.sqlAnswer = {
    orphanKeys: Number(t.keys ?? 0),
    orphanRows: Number(t.rows ?? 0),
    keys: Number(t.all_keys ?? 0),
    examples: ex,
    file: label
  };
}
async function judgeWhere(ds, base, severity, label, conn, from, typeOf, sinks, judge2, ctx) {
  const d = dialectOf(ds.source.engine);
  const kinds = new Map([...typeOf].map(([name, type]) => [name, kindOf(type)]));
  const checks = [];
  for (const sink of sinks) {
    if (!sink.condition || sink.at.includes(-1)) {
      checks.push(...(0, import_chunk_22IBHHNP.whereVerdicts)(base, ds, severity, sink));
      continue;
    }
    const block = sink.block;
    const filtered = `(select * from ${from} where ${conditionSql(sink.condition, kinds, d)}) as mlgate_where`;
    const sub = { name: ds.name, source: ds.source, columns: block.columns };
    const r = await judge2(
      sub,
      `${base}/where/${(0, import_chunk_22IBHHNP.blockName)(block, sink.index)}`,
      block.severity ?? severity,
      label,
      conn,
      filtered,
      ctx
    );
    const when = (0, import_chunk_22IBHHNP.describeCondition)(sink.condition);
    for (const c of r.checks) checks.push({ ...c, message: `${(0, import_chunk_22IBHHNP.whereSays)(when, r.rows)}${c.message}` });
  }
  return checks;
}
var DEFAULT_TIMEOUT_MS2 = 10 * 60 * 1e3;
var ONES = ["1", "1.0", "true", "True"];
var ZEROS = ["0", "0.0", "false", "False"];
function duckFile(path2, abs) {
  const lit2 = `'${abs.replaceAll("'", "''")}'`;
  if (/\.parquet$/i.test(path2)) return `read_parquet(${lit2})`;
  if (/\.jsonl?$/i.test(path2)) return `read_json_auto(${lit2})`;
  return `read_csv(${lit2}, all_varchar = true)`;
}
async function checkSqlDataset(ds, ctx) {
  const base = `data/${ds.name}`;
  const severity = ds.severity ?? "error";
  const source = ds.source;
  const label = (0, import_chunk_22IBHHNP.sourceLabel)(source);
  const fail2 = (message) => ({
    checks: [
      { ...(0, import_chunk_22IBHHNP.failed)(`${base}/source`, `${ds.name}: ${message}`, severity, import_chunk_22IBHHNP.SCHEMA_RUBRIC), status: "error" }
    ],
    rows: 0,
    tables: []
  });
  const problem = (0, import_chunk_22IBHHNP.sourceProblem)(source);
  if (problem) return fail2(`source ${problem}`);
  let conn;
  try {
    const timeoutMs = source.timeout === void 0 ? DEFAULT_TIMEOUT_MS2 : (0, import_chunk_SNHAHQFI.durationMs)(source.timeout);
    const fileSql = source.path === void 0 ? void 0 : duckFile(source.path, realFileIn(ctx.workspace.root, source.path));
    conn = await openSql(
      { engine: source.engine, url: source.url, database: source.database, timeoutMs },
      ctx.env ?? {},
      ctx.workspace.root
    );
    return await judge(
      ds,
      base,
      severity,
      label,
      conn,
      (0, import_chunk_22IBHHNP.fromItem)(source, dialectOf(source.engine), fileSql),
      ctx
    );
  } catch (err) {
    if (err instanceof SqlError || err instanceof import_chunk_TEV5JGM7.WorkspaceError) return fail2(`${label}: ${err.message}`);
    throw err;
  } finally {
    await conn?.close();
  }
}
function makeKernels(ds, d, base, severity, checks) {
  const kernels = /* @__PURE__ */ new Map();
  for (const [name, config] of Object.entries(ds.columns ?? {})) {
    try {
      const kernel = new import_chunk_22IBHHNP.ColumnKernel(config);
      if (config.regex !== void 0) d.matches("v", config.regex);
      kernels.set(name, kernel);
    } catch (err) {
      const why = err instanceof PostgresRegexError ? "a regex PostgreSQL cannot run" : "an invalid regex";
      checks.push({
        ...(0, import_chunk_22IBHHNP.failed)(
          `${base}/${name}/regex`,
          `${ds.name}: column ${name} has ${why}: ${err.message}`,
          severity,
          import_chunk_22IBHHNP.SCHEMA_RUBRIC
        ),
        status: "error"
      });
    }
  }
  return kernels;
}
function oneHotViolation(cs, d) {
  const inSet = (c, set) => `coalesce(${c.t} in (${set.map(d.literal).join(", ")}), false)`;
  const all = cs.map((c) => inSet(c, [...ONES, ...ZEROS])).join(" and ");
  const ones = cs.map((c) => `case when ${inSet(c, ONES)} then 1 else 0 end`).join(" + ");
  return `not (${all} and ${ones} = 1)`;
}
async function judge(ds, base, severity, label, conn, from, ctx) {
  const d = dialectOf(ds.source.engine);
  const checks = [];
  const probe = await conn.query(`select * from ${from} limit 0`);
  const header = probe.columns.map((c) => c.name);
  const typeOf = new Map(probe.columns.map((c) => [c.name, c.type]));
  const kernels = makeKernels(ds, d, base, severity, checks);
  const source = ds.source;
  const drift = await prepareSqlDrift(ds, source, ctx, conn, { from, types: typeOf }, d, checks);
  const sinksByCheck = import_chunk_22IBHHNP.DATASET_CHECKS.map((c) => c.configured(ds) && c.rowSinks ? c.rowSinks(ds) : []);
  for (const s of sinksByCheck.flat()) s.at = s.cols.map((c) => header.indexOf(c));
  const columns = sqlColumns([...kernels.keys(), ...sinksByCheck.flat().flatMap((s) => s.cols)], typeOf);
  const oneHot = sinksByCheck[import_chunk_22IBHHNP.DATASET_CHECKS.findIndex((c) => c.id === "one_hot")];
  const rowPredicates = /* @__PURE__ */ new Map();
  for (const [i, g] of oneHot.entries()) {
    if (g.at.includes(-1)) continue;
    const cs = g.cols.map((c) => columns.get(c));
    rowPredicates.set(`onehot${i}`, { column: cs[0], where: oneHotViolation(cs, d) });
  }
  const sinksOf = (id) => sinksByCheck[import_chunk_22IBHHNP.DATASET_CHECKS.findIndex((c) => c.id === id)] ?? [];
  const compare = sinksOf("compare_columns");
  const cmp = comparePlan(compare, columns, d);
  for (const [alias, p] of cmp.predicates) rowPredicates.set(alias, p);
  const tsColumns = new Set(compare.flatMap((s) => s.cols));
  const plan = planScan(from, [...columns.values()], kernels, d, rowPredicates, tsColumns);
  plan.aggregates.push(...cmp.aggregates);
  const exampleOf = (alias, c) => {
    const pair = cmp.example(alias);
    if (pair) return pair;
    if (!alias.startsWith("onehot")) return `coalesce(${c.t}, '')`;
    const g = oneHot[Number(alias.slice("onehot".length))];
    return `concat_ws(', ', ${g.cols.map((col) => `coalesce(${columns.get(col).t}, '')`).join(", ")})`;
  };
  const { agg, examples } = await runScan(conn, plan, exampleOf);
  const rows = Number(agg.mlgate_rows ?? 0);
  const answers = { agg, examples, file: label };
  fillCompare(compare, agg, examples, label);
  const references = await foreignKeys(
    conn,
    plan.inner,
    sinksOf("foreign_key"),
    columns,
    d,
    label
  );
  oneHot.forEach((g, i) => {
    if (!g.at.includes(-1))
      fillViolations(
        g.bad,
        Number(agg[`onehot${i}`] ?? 0),
        examples.get(`onehot${i}`) ?? [],
        label
      );
  });
  await fillKeys(conn, plan.inner, sinksOf("unique"), columns, label);
  for (const [i, check] of import_chunk_22IBHHNP.DATASET_CHECKS.entries()) {
    if (!check.configured(ds)) continue;
    if (check.id === "where") {
      checks.push(
        ...await judgeWhere(ds, base, severity, label, conn, from, typeOf, sinksByCheck[i], judge, ctx)
      );
      continue;
    }
    if (check.id === "labels") {
      checks.push(...await judgeLabels(conn, from, ds, base, severity, label, typeOf, d));
      continue;
    }
    checks.push(
      ...check.verdict({
        base,
        ds,
        severity,
        rows,
        header,
        sinks: sinksByCheck[i],
        drift,
        checked: new Set(kernels.keys()),
        prepared: check.id === "foreign_key" ? references : void 0
      })
    );
  }
  for (const [name, kernel] of kernels) {
    const id = `${base}/${name}`;
    const c = columns.get(name);
    if (!c) {
      checks.push(
        (0, import_chunk_22IBHHNP.failed)(
          `${id}/present`,
          `${ds.name}: column ${name} is missing from ${label}`,
          severity,
          import_chunk_22IBHHNP.SCHEMA_RUBRIC
        )
      );
      continue;
    }
    await judgeColumn(conn, plan.inner, c, kernel, answers, rows);
    const sev = kernel.config.severity ?? severity;
    kernel.checks.forEach((check, i) => {
      if (check.id === "outliers") {
        const o = answers.examples.get(`outliers:${name}`) ?? [];
        checks.push(
          outliersVerdict(
            id,
            name,
            kernel.config,
            sev,
            kernel.numeric,
            Number(answers.agg[`outliers:${name}`] ?? 0),
            o,
            label
          )
        );
        return;
      }
      checks.push(
        check.verdict({
          id,
          column: name,
          config: kernel.config,
          severity: sev,
          profile: kernel,
          sink: kernel.sinks[i]
        })
      );
    });
  }
  for (const check of checks)
    for (const diag of check.diagnostics) diag.message = diag.message.replace(/^row -1(, |: )/, "");
  const tables = kernels.size ? [profileTable(ds.name, rows, kernels)] : [];
  return { checks, rows, tables, charts: driftCharts(ds.name, drift) };
}
function sqlColumns(names, typeOf) {
  const columns = /* @__PURE__ */ new Map();
  for (const [i, name] of [...new Set(names.filter((c) => typeOf.has(c)))].entries()) {
    const kind = kindOf(typeOf.get(name));
    columns.set(name, { name, kind, t: `t${i}`, m: `m${i}`, n: `n${i}`, ts: `ts${i}` });
  }
  return columns;
}
async function fillKeys(conn, inner, keys, columns, label) {
  for (const k of keys) {
    if (k.at.includes(-1)) continue;
    const dup = await duplicates(
      conn,
      inner,
      k.cols.map((c) => columns.get(c)),
      false
    );
    fillViolations(
      k.duplicates,
      dup.count,
      dup.examples,
      label
    );
  }
}
async function foreignKeys(conn, inner, sinks, columns, d, label) {
  const refs = [];
  for (const sink of sinks) {
    const c = columns.get(sink.fk.column);
    try {
      if (c) await foreignKeySql(conn, inner, c, sink, d, label);
      refs.push({ keys: /* @__PURE__ */ new Set() });
    } catch (err) {
      if (!(err instanceof SqlError)) throw err;
      refs.push({ error: `${sink.fk.reference_table}: ${err.message}` });
    }
  }
  return refs;
}
async function judgeColumn(conn, inner, c, kernel, answers, rows) {
  const { agg } = answers;
  const k = `c${c.t.slice(1)}`;
  const num4 = (v) => v === null || v === void 0 ? void 0 : Number(v);
  kernel.rows = rows;
  kernel.missing = Number(agg[`${k}_missing`] ?? 0);
  kernel.numeric = Number(agg[`${k}_numeric`] ?? 0);
  kernel.sum = num4(agg[`${k}_sum`]) ?? 0;
  kernel.sumSq = num4(agg[`${k}_sumsq`]) ?? 0;
  kernel.min = num4(agg[`${k}_min`]);
  kernel.max = num4(agg[`${k}_max`]);
  for (const [i, check] of kernel.checks.entries()) {
    const sink = kernel.sinks[i];
    if (check.id === "unique") {
      const dup = await duplicates(conn, inner, [c], true);
      fillViolations(
        sink.duplicates,
        dup.count,
        dup.examples,
        answers.file
      );
    } else if (check.id === "outliers") {
      const where = outlierPredicate(c, kernel.config, kernel, num4(agg[`${k}_q1`]), num4(agg[`${k}_q3`]));
      if (!where) continue;
      const r = await conn.query(`select count(*) as c from (${inner}) as s where ${where}`);
      const count = Number(r.rows[0]?.c ?? 0);
      agg[`outliers:${c.name}`] = count;
      if (count) {
        const ex = await conn.query(
          `select ${c.t} as v from (${inner}) as s where ${where} order by ${c.n} limit 5`
        );
        answers.examples.set(
          `outliers:${c.name}`,
          ex.rows.map((row) => String(row.v))
        );
      }
    } else COLUMN_SQL[check.id]?.fill(sink, answers, k, check.id);
  }
  await fillOrderStatistics(conn, inner, c, kernel);
}
function distinctOf(k) {
  const u = k.sinkOf("unique");
  return u ? String(k.rows - k.missing - u.duplicates.count) : "";
}
function profileTable(name, rows, kernels) {
  const fmt2 = (n) => n === void 0 ? "" : Number.isInteger(n) ? String(n) : n.toPrecision(6).replace(/\.?0+$/, "");
  return {
    title: `${name} profile (${rows} rows)`,
    columns: ["column", "values", "missing", "min", "max", "mean", "distinct"],
    rows: [...kernels].map(([col, k]) => [
      col,
      String(k.rows - k.missing),
      String(k.missing),
      fmt2(k.min),
      fmt2(k.max),
      k.numeric ? fmt2(k.sum / k.numeric) : "",
      distinctOf(k)
    ])
  };
}
function fail(run, id, message, sev = run.severity) {
  return (0, import_chunk_22IBHHNP.failed)(id, message, sev, import_chunk_22IBHHNP.SCHEMA_RUBRIC);
}
function error2(run, id, message, sev = run.severity) {
  return { ...fail(run, id, message, sev), status: "error" };
}
function notEvaluated(run, unsupported) {
  const notYet = [
    ...Object.entries(run.ds.columns ?? {}).filter(([, c]) => c.format !== void 0 && c.format !== "iso8601").map(([col]) => `${col}.format`),
    ...unsupported.length ? [`reading ${unsupported.join(", ")} (CSV, TSV, JSON, JSON Lines and Parquet so far)`] : []
  ];
  if (notYet.length)
    run.checks.push({
      id: `${run.base}/not-evaluated`,
      status: "error",
      severity: "warning",
      message: `${run.ds.name}: mlgate ${import_chunk_HI6AAJID.VERSION} does not evaluate ${notYet.join(", ")} yet`,
      diagnostics: []
    });
}
function makeKernels2(run) {
  for (const [name, config] of Object.entries(run.ds.columns ?? {})) {
    try {
      run.kernels.set(name, new import_chunk_22IBHHNP.ColumnKernel(config, void 0, run.spillDir));
    } catch (err) {
      run.checks.push(
        error2(
          run,
          `${run.base}/${name}/regex`,
          `${run.ds.name}: column ${name} has an invalid regex: ${err.message}`
        )
      );
    }
  }
}
async function prepareDatasetDrift(run, files, ctx) {
  const drift = run.ds.drift;
  if (!drift) return;
  let refWorkspace = ctx.workspace;
  let refFiles = [];
  const { base, ds } = run;
  if (typeof drift.reference !== "string") {
    const message = `${ds.name}: a drift reference { table } or { query } needs a dataset with a SQL source`;
    run.checks.push(error2(run, `${base}/drift`, message));
  } else if (drift.reference === "baseline") {
    const baseline = ctx.baseline ?? { reason: "no baseline in this run" };
    if (!(0, import_chunk_A72DGWRH.hasBaseline)(baseline)) {
      run.checks.push(
        error2(
          run,
          `${base}/drift`,
          `${ds.name}: no drift check: no baseline (${baseline.reason})`,
          drift.severity ?? "warning"
        )
      );
    } else {
      const copy = await (0, import_chunk_A72DGWRH.baselineCopies)(baseline.files, files, import_chunk_A72DGWRH.BASELINE_MAX_BYTES.data);
      for (const message of copy.tooLarge)
        run.checks.push(error2(run, `${base}/drift`, `${ds.name}: baseline ${message}`, "warning"));
      refFiles = copy.copied;
      refWorkspace = baseline.files.workspace;
      if (!refFiles.length)
        run.checks.push(
          error2(
            run,
            `${base}/drift`,
            `${ds.name}: the baseline has none of ${files.join(", ")}, so there is nothing to compare against`,
            drift.severity ?? "warning"
          )
        );
    }
  } else {
    refFiles = (await ctx.workspace.glob([drift.reference])).sort();
    if (!refFiles.length)
      run.checks.push(
        error2(run, `${base}/drift`, `${ds.name}: the drift reference ${drift.reference} does not exist`)
      );
  }
  run.drift = await (0, import_chunk_22IBHHNP.prepareDrift)(
    base,
    ds.name,
    run.severity,
    drift,
    refWorkspace,
    refFiles,
    ctx.tuning?.fastPath !== false,
    run.checks
  );
}
function planFor(run, file, fields, line) {
  if (run.header && fields.join("\0") !== run.header.join("\0")) {
    run.checks.push({
      ...fail(run, `${run.base}/header/${file}`, `${file}: its header differs from ${run.headerFile}'s`),
      diagnostics: [(0, import_chunk_22IBHHNP.diagnostic)("data/header", run.severity, `header is ${fields.join(",")}`, { file, line })]
    });
  }
  if (!run.header) {
    run.header = fields;
    run.headerFile = file;
  }
  const lookups = (run.drift?.columns.size ?? 0) + run.kernels.size + run.allSinks.length;
  let where;
  if (lookups > 16) {
    where = /* @__PURE__ */ new Map();
    for (let i = 0; i < fields.length; i++) if (!where.has(fields[i])) where.set(fields[i], i);
  }
  const indexOf = (name) => where ? where.get(name) ?? -1 : fields.indexOf(name);
  for (const s of run.allSinks) {
    s.place?.(fields);
    s.at = s.cols.map(indexOf);
  }
  const plan = (0, import_chunk_ONUVJQMU.emptyPlan)(file);
  plan.width = fields.length;
  plan.ragged = run.ragged;
  for (const [name, d] of run.drift?.columns ?? []) {
    d.at = indexOf(name);
    if (d.at >= 0) plan.drift.push({ at: d.at, sample: d.current });
  }
  plan.rows = run.allSinks.filter((s) => !s.at.includes(-1));
  for (const [name, kernel] of run.kernels) {
    const at = indexOf(name);
    if (at === -1) run.missingColumns.add(name);
    else plan.columns.push({ at, kernel });
  }
  return plan;
}
async function scanFile(run, file, ctx) {
  const { ds } = run;
  let progress = import_chunk_AWD24VCE.SILENT.start("", 0);
  const onHeader = (fields, line) => planFor(run, file, fields, line);
  const wanted = /* @__PURE__ */ new Set([
    ...run.kernels.keys(),
    ...run.drift?.columns.keys() ?? [],
    ...run.allSinks.flatMap((s) => s.cols)
  ]);
  const wantsAll = run.allSinks.some((s) => s.wantsHeader);
  try {
    const size = await ctx.workspace.size(file);
    progress = (ctx.progress ?? import_chunk_AWD24VCE.SILENT).start(file, size);
    const bytePath = ctx.tuning?.fastPath !== false;
    const csv = /\.(csv|tsv)(\.gz)?$/i.test(file) && (!ds.format || ds.format === "csv" || ds.format === "tsv");
    const threads = (0, import_chunk_ONUVJQMU.dataThreads)(ctx.tuning?.threads);
    if (csv && bytePath && !/\.gz$/i.test(file) && threads > 1 && size >= import_chunk_ONUVJQMU.MIN_PARALLEL_BYTES && (0, import_chunk_ONUVJQMU.parallelAvailable)()) {
      const rows = await (0, import_chunk_ONUVJQMU.scanCsvParallel)(
        ctx.workspace.resolve(file),
        file,
        ds.delimiter ?? (0, import_chunk_4HHBHUEK.defaultDelimiter)(file),
        threads,
        ds,
        onHeader,
        run.allSinks,
        progress,
        ctx.progress?.note,
        ctx.temp?.makeDir("parts-")
      );
      if (rows !== void 0) {
        run.rows += rows;
        return;
      }
    }
    if (csv && bytePath)
      run.rows += await scanCsvOnePass(ctx.workspace, file, ds.delimiter, onHeader, progress);
    else if ((0, import_chunk_4HHBHUEK.readerFor)(file, ds.format) === import_chunk_4HHBHUEK.readParquetRows && bytePath && !wantsAll) {
      const rowWise = (run.drift?.columns.size ?? 0) > 0 || run.allSinks.length > 0;
      const rows = (0, import_chunk_ONUVJQMU.parquetThreads)(ctx.tuning?.threads) > 1 && (0, import_chunk_ONUVJQMU.parallelAvailable)() ? await (0, import_chunk_ONUVJQMU.scanParquetParallel)(
        ctx.workspace,
        file,
        ds,
        onHeader,
        run.kernels,
        run.allSinks,
        wanted,
        rowWise,
        progress,
        ctx.progress?.note,
        ctx.temp?.makeDir("parts-")
      ) : void 0;
      run.rows += rows ?? await (0, import_chunk_ONUVJQMU.scanParquet)(ctx.workspace, file, onHeader, run.kernels, wanted, rowWise, progress);
    } else
      run.rows += await scanRecords(
        ctx.workspace,
        file,
        ds.format,
        ds.delimiter,
        onHeader,
        wantsAll ? void 0 : wanted,
        progress
      );
  } catch (err) {
    if (err instanceof import_chunk_YFAPWZOQ.CsvError)
      run.checks.push({
        ...error2(run, `${run.base}/read/${file}`, `${file}: ${err.message}`),
        diagnostics: [(0, import_chunk_22IBHHNP.diagnostic)("data/parse", run.severity, err.message, { file, line: err.line })]
      });
    else if (err instanceof import_chunk_TEV5JGM7.WorkspaceError)
      run.checks.push(error2(run, `${run.base}/read/${file}`, err.message));
    else throw err;
  } finally {
    progress.end();
  }
}
function verdicts2(run, readable, commit) {
  const { ds, base, severity, header, rows } = run;
  if (header === void 0 && readable.length)
    run.checks.push(fail(run, `${base}/empty`, `${ds.name}: the files are empty (no header row)`));
  if (run.ragged.count)
    run.checks.push({
      ...fail(
        run,
        `${base}/shape`,
        `${ds.name}: ${run.ragged.count} rows do not have ${header?.length} fields`
      ),
      diagnostics: run.ragged.examples.map(
        (e) => (0, import_chunk_22IBHHNP.diagnostic)(
          "data/ragged-row",
          severity,
          `row ${e.row} has ${e.value}, the header has ${header?.length}`,
          e
        )
      )
    });
  import_chunk_22IBHHNP.DATASET_CHECKS.forEach((check, i) => {
    if (!check.configured(ds)) return;
    const sinks = run.sinksByCheck[i];
    check.finish?.(sinks);
    run.checks.push(
      ...check.verdict({
        base,
        ds,
        severity,
        rows,
        header,
        sinks,
        drift: run.drift,
        checked: new Set(run.kernels.keys()),
        prepared: run.prepared[i],
        ...commit !== void 0 ? { commitTime: commit } : {}
      })
    );
  });
  for (const [name, kernel] of run.kernels) {
    const id = `${base}/${name}`;
    if (run.missingColumns.has(name)) {
      run.checks.push(
        fail(
          run,
          `${id}/present`,
          `${ds.name}: column ${name} is missing from ${run.headerFile || "the files"}`
        )
      );
      continue;
    }
    kernel.checks.forEach((check, i) => {
      run.checks.push(
        check.verdict({
          id,
          column: name,
          config: kernel.config,
          severity: kernel.config.severity ?? severity,
          profile: kernel,
          sink: kernel.sinks[i],
          ...commit !== void 0 ? { commitTime: commit } : {}
        })
      );
    });
  }
}
var fmt = (n) => n === void 0 ? "" : Number.isInteger(n) ? String(n) : n.toPrecision(6).replace(/\.?0+$/, "");
function profileTable2(run) {
  return {
    title: `${run.ds.name} profile (${run.rows} rows)`,
    columns: ["column", "values", "missing", "min", "max", "mean", "distinct"],
    rows: [...run.kernels].map(([name, k]) => {
      const distinct = k.sinkOf("unique")?.tracker.distinct;
      return [
        name,
        String(k.rows - k.missing),
        String(k.missing),
        fmt(k.min),
        fmt(k.max),
        k.numeric ? fmt(k.sum / k.numeric) : "",
        distinct === void 0 ? "" : String(distinct)
      ];
    })
  };
}
function columnSummaries(run) {
  return [...run.kernels].filter(([name]) => !run.missingColumns.has(name)).map(([column, k]) => {
    const histogram = k.histogram.bins();
    const top = k.top.summary();
    return {
      dataset: run.ds.name,
      column,
      rows: k.rows,
      missing: k.missing,
      numeric: k.numeric,
      // The mean to 10 digits: the sum's last digits depend on how the file was split over threads.
      ...k.min !== void 0 ? { min: k.min, max: k.max, mean: Number((k.sum / k.numeric).toPrecision(10)) } : {},
      ...histogram ? { histogram } : {},
      ...top ? { top } : {}
    };
  });
}
async function checkDataset(ds, ctx) {
  if (ds.source !== void 0) return checkSqlDataset(ds, ctx);
  if (ds.splits !== void 0)
    return (0, import_chunk_22IBHHNP.sqlSplits)(ds.splits) ? checkSqlSplits(ds, ctx) : checkSplits(ds, ctx);
  const temp = ctx.temp;
  const spillDir = temp ? () => temp.makeDir("unique-") : void 0;
  const sinksByCheck = import_chunk_22IBHHNP.DATASET_CHECKS.map(
    (c) => c.configured(ds) && c.rowSinks ? c.rowSinks(ds, spillDir) : []
  );
  const run = {
    ds,
    base: `data/${ds.name}`,
    severity: ds.severity ?? "error",
    checks: [],
    kernels: /* @__PURE__ */ new Map(),
    drift: void 0,
    sinksByCheck,
    allSinks: sinksByCheck.flat(),
    header: void 0,
    headerFile: "",
    rows: 0,
    ragged: new import_chunk_TOHZ7UWI.Violations(),
    missingColumns: /* @__PURE__ */ new Set(),
    spillDir,
    prepared: []
  };
  const files = (await ctx.workspace.glob((0, import_chunk_Y2MZXBRO.asList)(ds.path))).sort();
  if (!files.length)
    return {
      checks: [error2(run, `${run.base}/files`, `${ds.name}: no file matches ${(0, import_chunk_Y2MZXBRO.asList)(ds.path).join(", ")}`)],
      rows: 0
    };
  const unsupported = files.filter((f) => !(0, import_chunk_4HHBHUEK.readerFor)(f, ds.format));
  const readable = files.filter((f) => !unsupported.includes(f));
  notEvaluated(run, unsupported);
  makeKernels2(run);
  await prepareDatasetDrift(run, files, ctx);
  run.prepared = await Promise.all(
    import_chunk_22IBHHNP.DATASET_CHECKS.map((c) => c.configured(ds) ? c.prepare?.(ds, ctx.workspace, spillDir) : void 0)
  );
  for (const file of readable) await scanFile(run, file, ctx);
  const uniques = /* @__PURE__ */ new Map();
  for (const [name, k] of run.kernels) {
    const u = k.sinkOf("unique");
    if (u) uniques.set(name, u);
  }
  const keys = run.sinksByCheck[import_chunk_22IBHHNP.DATASET_CHECKS.findIndex((c) => c.id === "unique")];
  await verifyUnique(ctx.workspace, readable, ds.format, ds.delimiter, uniques, keys);
  for (const [i, check] of import_chunk_22IBHHNP.DATASET_CHECKS.entries())
    if (check.configured(ds) && check.secondPass)
      await check.secondPass(
        run.sinksByCheck[i],
        (file, rows) => fetchRows(ctx.workspace, file, ds.format, ds.delimiter, rows),
        run.prepared[i]
      );
  for (const k of run.kernels.values()) k.finish();
  verdicts2(run, readable, ctx.commitTime);
  const tables = run.kernels.size ? [profileTable2(run)] : [];
  return {
    checks: run.checks,
    rows: run.rows,
    tables,
    charts: driftCharts(ds.name, run.drift),
    profiles: columnSummaries(run)
  };
}
async function runData(ctx) {
  const checks = [];
  const tables = [];
  const charts = [];
  const profiles = [];
  let rows = 0;
  const datasets = ctx.config.data ?? [];
  for (const ds of datasets) {
    const r = await checkDataset(ds, ctx);
    checks.push(...r.checks);
    tables.push(...r.tables ?? []);
    charts.push(...r.charts ?? []);
    profiles.push(...r.profiles ?? []);
    rows += r.rows;
  }
  const summary = `${datasets.length} dataset${datasets.length === 1 ? "" : "s"}, ${(0, import_chunk_CPTRZ6QP.formatCount)(rows)} rows`;
  const status = (0, import_chunk_XP556YIM.sectionStatus)(checks);
  return {
    id: "data",
    title: dataStage.title,
    status,
    summary,
    tables,
    ...charts.length ? { charts } : {},
    ...profiles.length ? { profiles } : {},
    checks
  };
}
var dataStage = { ...(0, import_chunk_P3AQRZ4Z.stageHead)("data"), run: runData };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  dataStage,
  runData
});
