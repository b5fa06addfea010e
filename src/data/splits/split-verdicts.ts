/** The verdicts of a train/test pair: columns and types, leakage, class balance, unseen categories. */

import type { CheckResult, Severity, Table } from "../../report/types.js";
import { diagnostic, SCHEMA_RUBRIC } from "../checks/column-check.js";
import { ROWS_PER_CATEGORY } from "../labels/leakage-scores.js";
import { type CategoryCounts, columnKind, type SplitColumns } from "./split-scan.js";
import { LEAKAGE_RUBRIC, type SplitsConfig } from "./splits-options.js";

/** Text columns with at most this many distinct values in train are categorical under `auto`. */
export const AUTO_CATEGORIES = 1000;

/**
 * Whether a train column is a category under `auto`: text only (no value reads as a number), few
 * values, each on many rows (an identifier or free text is not a category).
 */
export function autoCategory(c: {
  texts: number;
  numbers: number;
  distinct: number;
  rows: number;
  overflow: boolean;
}): boolean {
  if (c.overflow || !c.texts || c.numbers) return false;
  return c.distinct <= AUTO_CATEGORIES && c.distinct * ROWS_PER_CATEGORY <= c.rows;
}

/** Cell text in messages is cut to this many characters. */
const CHARS = 60;
const cut = (s: string) => (s.length > CHARS ? `${s.slice(0, CHARS - 1)}…` : s);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The check's common fields. */
function result(
  id: string,
  passed: boolean,
  severity: Severity,
  message: string,
  rubric: readonly string[],
): CheckResult {
  return {
    id,
    status: passed ? "passed" : "failed",
    severity,
    message,
    rubric: [...rubric],
    diagnostics: [],
  };
}

/** Same columns and the same kind of values (numbers or text) in both splits. */
export function columnsVerdict(
  base: string,
  name: string,
  train: SplitColumns,
  test: SplitColumns,
  sev: Severity,
): CheckResult {
  const inTest = new Set(test.header);
  const inTrain = new Set(train.header);
  const problems: string[] = [];
  for (const c of train.header) if (!inTest.has(c)) problems.push(`${c} is missing from ${test.file}`);
  for (const c of test.header) if (!inTrain.has(c)) problems.push(`${c} is only in ${test.file}`);
  train.header.forEach((c, i) => {
    const j = test.header.indexOf(c);
    if (j === -1) return;
    const a = columnKind(train, i);
    const b = columnKind(test, j);
    const numeric = (k: string) => k === "integer" || k === "number";
    if (a !== "empty" && b !== "empty" && numeric(a) !== numeric(b))
      problems.push(
        `${c} holds ${numeric(a) ? "numbers" : "text"} in ${train.file} but ${numeric(b) ? "numbers" : "text"} in ${test.file}`,
      );
  });
  const r = result(
    `${base}/columns`,
    problems.length === 0,
    sev,
    problems.length
      ? `${name}: the splits differ: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? `; and ${problems.length - 5} more` : ""}`
      : `${name}: train and test have the same ${train.header.length} columns and types`,
    SCHEMA_RUBRIC,
  );
  r.diagnostics = problems
    .slice(0, 5)
    .map((p) => diagnostic("data/split-columns", sev, p, { file: test.file, line: 1 }));
  return r;
}

/** A leaked row: a test row whose key is also a train row's. */
export interface Leak {
  testRow: number;
  testLine: number;
  trainRow: number;
  trainLine: number;
}

/**
 * Leakage: test rows whose key is in train, with confirmed examples (`cells` of the test row, by
 * test's header; `leak` where the file path knows the rows, absent for a table, which has no order).
 */
export function leakageVerdict(
  base: string,
  name: string,
  train: { file: string },
  test: { file: string; rows: number; header: string[] },
  leaked: number,
  examples: { leak?: Leak; test: string[] | undefined }[],
  keyNames: string[],
  cfg: SplitsConfig,
  sev: Severity,
): CheckResult {
  const max = cfg.max_leaked_rows ?? 0;
  const share = test.rows ? leaked / test.rows : 0;
  const what = cfg.key === undefined || cfg.key === "all_columns" ? "rows" : `keys (${keyNames.join(", ")})`;
  const r = result(
    `${base}/leakage`,
    leaked <= max,
    sev,
    leaked
      ? `${name}: ${leaked} of ${test.rows} test rows (${pct(share)}) are also in train (same ${what})`
      : `${name}: no test row is in train (same ${what})`,
    LEAKAGE_RUBRIC,
  );
  r.observed = `${leaked} row${leaked === 1 ? "" : "s"}`;
  r.expected = `<= ${max}`;
  if (leaked > max)
    r.diagnostics = examples.map(({ leak, test: cells }) => {
      const at = keyNames.length <= 6 ? keyNames : keyNames.slice(0, 6);
      const idx = at.map((k) => test.header.indexOf(k));
      const shown = cells ? idx.map((i, k) => `${at[k]}=${cut(cells[i] ?? "")}`).join(", ") : "";
      const where = leak
        ? `test row ${leak.testRow} is train row ${leak.trainRow} (${train.file} line ${leak.trainLine})`
        : `a test row is also in train (${train.file})`;
      return diagnostic(
        "data/split-leakage",
        sev,
        `${where}${shown ? `: ${shown}` : ""}${keyNames.length > at.length ? ", …" : ""}`,
        { file: test.file, line: leak?.testLine ?? 1 },
      );
    });
  return r;
}

/** A column's distinct values and their rows; `overflow`: more than CATEGORY_CAP values (not kept). */
export interface Tally {
  values: string[];
  counts: number[];
  overflow: boolean;
}

/** The tally of a file's category counts. */
export function tallyOf(c: CategoryCounts | undefined): Tally | undefined {
  return c && { values: c.dict.values, counts: c.counts, overflow: c.overflow };
}

/** Each class's share of the rows in both splits; fails past `max_class_shift`. */
export function balanceVerdict(
  base: string,
  name: string,
  label: string,
  train: Tally | undefined,
  test: Tally | undefined,
  cfg: SplitsConfig,
  sev: Severity,
): { check: CheckResult; table?: Table } {
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
          SCHEMA_RUBRIC,
        ),
        status: "skipped",
      },
    };
  const shares = (c: Tally) => {
    const total = c.counts.reduce((a, b) => a + b, 0);
    return new Map(c.values.map((v, i) => [v, total ? (c.counts[i] ?? 0) / total : 0]));
  };
  const a = shares(train);
  const b = shares(test);
  const classes = [...new Set([...a.keys(), ...b.keys()])].sort();
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
    `${name}: ${label} class ${JSON.stringify(cut(worst))} is ${pct(a.get(worst) ?? 0)} of train and ${pct(b.get(worst) ?? 0)} of test (shift ${(100 * shift).toFixed(1)} points${passed ? "" : `, more than ${(100 * max).toFixed(1)}`})`,
    SCHEMA_RUBRIC,
  );
  check.observed = `${(100 * Math.max(shift, 0)).toFixed(1)} points`;
  check.expected = `<= ${(100 * max).toFixed(1)} points`;
  return {
    check,
    table: {
      title: `${name} class balance (${label})`,
      compact: true,
      columns: ["class", "train", "test", "shift"],
      rows,
    },
  };
}

/** What unseen categories found: the first examples (by test row, or by value in a table), and totals. */
export interface Unseen {
  /** A side had more than CATEGORY_CAP distinct values: not compared. */
  overflow: boolean;
  /** Distinct values in train. */
  known: number;
  /** Test rows and distinct test values not in train. */
  rows: number;
  values: number;
  examples: { value: string; count: number; row?: number; line?: number }[];
}

/** Unseen values from the two files' category counts, the first by test row. */
export function unseenOf(train: CategoryCounts, test: CategoryCounts): Unseen {
  if (train.overflow || test.overflow) return { overflow: true, known: 0, rows: 0, values: 0, examples: [] };
  const known = new Set(train.dict.values);
  const unseen: { value: string; count: number; row: number; line: number }[] = [];
  let rows = 0;
  test.dict.values.forEach((v, i) => {
    if (known.has(v)) return;
    const count = test.counts[i] ?? 0;
    rows += count;
    const [row, line] = test.first[i]!;
    unseen.push({ value: v, count, row, line });
  });
  unseen.sort((x, y) => x.row - y.row);
  return { overflow: false, known: known.size, rows, values: unseen.length, examples: unseen.slice(0, 5) };
}

/** Test values of a categorical column never seen in train. */
export function unseenVerdict(
  base: string,
  name: string,
  column: string,
  u: Unseen,
  testFile: string,
  testRows: number,
  sev: Severity,
): CheckResult {
  const id = `${base}/${column}/unseen_categories`;
  if (u.overflow)
    return {
      ...result(
        id,
        false,
        sev,
        `${name}: ${column} has more than 10,000 distinct values: its categories are not compared`,
        SCHEMA_RUBRIC,
      ),
      status: "skipped",
    };
  const r = result(
    id,
    u.values === 0,
    sev,
    u.values
      ? `${name}: ${u.rows} of ${testRows} test rows have a ${column} never seen in train (${u.values} value${u.values === 1 ? "" : "s"}: ${u.examples
          .slice(0, 5)
          .map((x) => JSON.stringify(cut(x.value)))
          .join(", ")}${u.values > 5 ? ", …" : ""})`
      : `${name}: every ${column} in test was seen in train (${u.known} values)`,
    SCHEMA_RUBRIC,
  );
  r.observed = `${u.rows} row${u.rows === 1 ? "" : "s"}, ${u.values} value${u.values === 1 ? "" : "s"}`;
  r.expected = "values seen in train";
  r.diagnostics = u.examples
    .slice(0, 5)
    .map((x) =>
      diagnostic(
        "data/unseen-category",
        sev,
        `${x.row === undefined ? "" : `row ${x.row}, `}${column}: "${cut(x.value)}" is not in train (${x.count} test row${x.count === 1 ? "" : "s"})`,
        { file: testFile, line: x.line ?? 1 },
      ),
    );
  return r;
}

/**
 * Options of a dataset read from files mean nothing on a train/test pair: said, not ignored. A
 * warning naming the keys of `entry` outside `kept`, or none. `side` names what the train split
 * is (a file, a table) in the hint.
 */
export function ignoredOptions(
  entry: Record<string, unknown> & { name: string },
  base: string,
  kept: ReadonlySet<string>,
  side: "file" | "table",
): CheckResult[] {
  const ignored = Object.keys(entry).filter((k) => !kept.has(k));
  if (!ignored.length) return [];
  return [
    {
      id: `${base}/not-evaluated`,
      status: "error",
      severity: "warning",
      message: `${entry.name}: an entry with splits does not evaluate ${ignored.join(", ")} (give the train ${side} its own entry)`,
      diagnostics: [],
    },
  ];
}
