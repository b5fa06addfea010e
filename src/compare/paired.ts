/**
 * Pair head and baseline predictions on the same examples and run the paired tests per metric:
 * McNemar's exact test for accuracy, DeLong's test for ROC AUC, a seeded paired bootstrap interval
 * for every other metric of the task.
 */
import type { BinaryColumns, MetricValue } from "../model/binary-metrics.js";
import type { IdColumn } from "../model/id-column.js";
import type { MulticlassColumns } from "../model/multiclass-metrics.js";
import type { Predictions } from "../model/predictions.js";
import type { RegressionColumns } from "../model/regression-metrics.js";
import { computeMetrics } from "../model/slices.js";
import type { Direction } from "../report/types.js";
import { DEFAULT_POWER, detectableChange, mcnemarDetectable } from "./detectable.js";
import type { PairedResult } from "./rules.js";
import { delong, mcnemarExact, pairedBootstrap, seeded } from "./significance.js";

/** Significance options. */
export interface PairedOptions {
  confidence: number;
  /** Power the minimum detectable change is quoted at (default 0.8). */
  power?: number;
  resamples: number;
  seed: number;
  /** Rows the bootstrap resamples at most (a seeded subsample above). */
  maxBootstrapRows?: number;
}

/** Rows of head and base that describe the same examples. */
export interface Pairing {
  head: Uint32Array;
  base: Uint32Array;
}

/** Pair by id when both sides have ids, else by position (and the labels must agree). */
export function pairRows(head: Predictions, base: Predictions): Pairing | { problem: string } {
  if (head.ids && base.ids) {
    const pairs = pairIds(head.ids, base.ids);
    if (!pairs.head.length) return { problem: "no example id appears on both sides" };
    return pairs;
  }
  const n = head.columns.n;
  if (n !== base.columns.n)
    return {
      problem: `the sides have ${n} and ${base.columns.n} rows; set compare.significance.id to join them`,
    };
  const p = { head: new Uint32Array(n).map((_, i) => i), base: new Uint32Array(n).map((_, i) => i) };
  return p;
}

/**
 * Pair rows by id. When both sides list the same ids in the same order (one evaluation set,
 * written twice) rows pair by position, repeated ids included. Otherwise each head row pairs
 * with the base row of the same id (the last one, if the base repeats an id), through a hash
 * table of the base ids (two 32-bit hashes in one typed array, the strings compared only when
 * both match): millions of ids without a Map entry each.
 */
export function pairIds(headIds: IdColumn, baseIds: IdColumn): Pairing {
  if (headIds.sameAs(baseIds)) {
    // The same ids in the same order (one evaluation set, written twice): row by row.
    const rows = new Uint32Array(headIds.count);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    return { head: rows, base: rows.slice() };
  }
  let size = 1024;
  while (size < baseIds.count * 2) size *= 2;
  const mask = size - 1;
  // Per slot: the base row + 1 (0: empty) and the id's second hash, side by side (one cache
  // line per probe); the bytes are compared only when both hashes match.
  const table = new Int32Array(size * 2);
  const h = new Uint32Array(2);
  /** The slot of id `i` of `ids`: where it is, or the empty slot where it goes (its second hash set there). */
  const find = (ids: IdColumn, i: number): number => {
    ids.hash(i, h);
    const check = h[1]! | 0;
    let slot = h[0]! & mask;
    for (;;) {
      const row = table[slot * 2]!;
      if (row === 0) {
        table[slot * 2 + 1] = check;
        return slot;
      }
      if (table[slot * 2 + 1] === check && ids.equal(i, baseIds, row - 1)) return slot;
      slot = (slot + 1) & mask;
    }
  };
  for (let j = 0; j < baseIds.count; j++) table[find(baseIds, j) * 2] = j + 1;
  const head: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < headIds.count; i++) {
    const row = table[find(headIds, i) * 2]!;
    if (row !== 0) {
      head.push(i);
      base.push(row - 1);
    }
  }
  return { head: Uint32Array.from(head), base: Uint32Array.from(base) };
}

/** Whether the labels of paired rows agree (they must: the same examples). */
export function labelsAgree(head: Predictions, base: Predictions, pairs: Pairing): number {
  const hl = head.columns.label as ArrayLike<number>;
  const bl = base.columns.label as ArrayLike<number>;
  const hc = (head.columns as MulticlassColumns).classes;
  const bc = (base.columns as MulticlassColumns).classes;
  let bad = 0;
  for (let k = 0; k < pairs.head.length; k++) {
    const a = hl[pairs.head[k]!]!;
    const b = bl[pairs.base[k]!]!;
    if (hc && bc ? hc[a] !== bc[b] : a !== b) bad++;
  }
  return bad;
}

const value = (v: MetricValue | undefined): number | undefined => (v && "value" in v ? v.value : undefined);

/** Correct (1) or not (0), per paired row, for accuracy's McNemar test. */
function correct(p: Predictions, rows: Uint32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  const c = p.columns as BinaryColumns | MulticlassColumns;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    // On one side labels and predictions are codes into the same classes.
    out[k] = Number(c.label[i] === c.prediction[i]);
  }
  return out;
}

/** Paired results for the metrics in `wanted` (names of the predictions' metrics). */
export function pairedTests(
  head: Predictions,
  base: Predictions,
  pairs: Pairing,
  wanted: { metric: string; direction: Direction; interval?: boolean }[],
  options: PairedOptions,
): Map<string, PairedResult> {
  const out = new Map<string, PairedResult>();
  const alpha = 1 - options.confidence;
  const quote = { confidence: options.confidence, power: options.power ?? DEFAULT_POWER };
  for (const { metric, direction, interval: wantsInterval } of wanted) {
    const worse = (delta: number) =>
      direction === "higher" ? delta < 0 : direction === "lower" ? delta > 0 : false;
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
        detectable: mcnemarDetectable(h.length, headOnly + baseOnly, quote),
      });
      continue;
    }
    if (metric === "roc_auc" && head.task === "binary" && !wantsInterval) {
      const hc = head.columns as BinaryColumns;
      const bc = base.columns as BinaryColumns;
      if (!hc.score || !bc.score) continue;
      const n = pairs.head.length;
      const label = new Uint8Array(n);
      const hs = new Float64Array(n);
      const bs = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        label[k] = hc.label[pairs.head[k]!]!;
        hs[k] = hc.score[pairs.head[k]!]!;
        bs[k] = bc.score[pairs.base[k]!]!;
      }
      const r = delong(label, hs, bs);
      if (!r) continue;
      out.set(metric, {
        test: "DeLong",
        pValue: r.pValue,
        significantWorse: r.pValue < alpha && worse(r.delta),
        // Identical scores on both sides leave no spread to extrapolate from: nothing to quote.
        ...(r.se > 0 ? { detectable: detectableChange(r.se, n, quote) } : {}),
      });
      continue;
    }
    // Everything else: a paired bootstrap interval of the delta, on a seeded subsample of large sets.
    let rowsH = pairs.head;
    let rowsB = pairs.base;
    const cap = options.maxBootstrapRows ?? 20_000;
    if (rowsH.length > cap) {
      const rand = seeded(options.seed + 1);
      const pick = new Uint32Array(cap);
      for (let k = 0; k < cap; k++) pick[k] = Math.floor(rand() * rowsH.length);
      rowsH = pick.map((k) => pairs.head[k]!);
      rowsB = pick.map((k) => pairs.base[k]!);
    }
    const only = new Set([metric]);
    const bufH = new Uint32Array(rowsH.length);
    const bufB = new Uint32Array(rowsB.length);
    const interval = pairedBootstrap(
      rowsH.length,
      (rows, side) => {
        if (side === "head") {
          for (let k = 0; k < rows.length; k++) bufH[k] = rowsH[rows[k]!]!;
          return value(computeMetrics(head, bufH, only)[metric]);
        }
        for (let k = 0; k < rows.length; k++) bufB[k] = rowsB[rows[k]!]!;
        return value(computeMetrics(base, bufB, only)[metric]);
      },
      { resamples: options.resamples, confidence: options.confidence, seed: options.seed },
    );
    if (!interval) continue;
    const entirelyWorse =
      direction === "higher" ? interval.high < 0 : direction === "lower" ? interval.low > 0 : false;
    out.set(metric, {
      test: `paired bootstrap (${interval.resamples} resamples${rowsH.length < pairs.head.length ? ` of ${rowsH.length} rows` : ""})`,
      interval: { low: interval.low, high: interval.high, confidence: interval.confidence },
      significantWorse: entirelyWorse,
      ...(interval.se > 0 ? { detectable: detectableChange(interval.se, rowsH.length, quote) } : {}),
    });
  }
  return out;
}

/** Types the caller may want without importing the model folder. */
export type { RegressionColumns };
