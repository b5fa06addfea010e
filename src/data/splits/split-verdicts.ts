/** The verdicts of a train/test pair: columns and types, leakage, class balance, unseen categories. */

import type { CheckResult, Severity, Table } from "../../report/types.js";
import { diagnostic, SCHEMA_RUBRIC } from "../checks/column-check.js";
import { type CategoryCounts, columnKind, type SplitScan } from "./split-scan.js";
import { LEAKAGE_RUBRIC, type SplitsConfig } from "./splits-options.js";

/** Text columns with at most this many distinct values in train are categorical under `auto`. */
export const AUTO_CATEGORIES = 1000;

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
  train: SplitScan,
  test: SplitScan,
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

/** Leakage: test rows whose key is in train, with confirmed examples (`cells` of both rows). */
export function leakageVerdict(
  base: string,
  name: string,
  train: SplitScan,
  test: SplitScan,
  leaked: number,
  examples: { leak: Leak; test: string[] | undefined; train: string[] | undefined }[],
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
      return diagnostic(
        "data/split-leakage",
        sev,
        `test row ${leak.testRow} is train row ${leak.trainRow} (${train.file} line ${leak.trainLine})${shown ? `: ${shown}` : ""}${keyNames.length > at.length ? ", …" : ""}`,
        { file: test.file, line: leak.testLine },
      );
    });
  return r;
}

/** Each class's share of the rows in both splits; fails past `max_class_shift`. */
export function balanceVerdict(
  base: string,
  name: string,
  label: string,
  train: CategoryCounts | undefined,
  test: CategoryCounts | undefined,
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
  const shares = (c: CategoryCounts) => {
    const total = c.counts.reduce((a, b) => a + b, 0);
    return new Map(c.dict.values.map((v, i) => [v, total ? (c.counts[i] ?? 0) / total : 0]));
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

/** Test values of a categorical column never seen in train. */
export function unseenVerdict(
  base: string,
  name: string,
  column: string,
  train: CategoryCounts,
  test: CategoryCounts,
  testFile: string,
  testRows: number,
  sev: Severity,
): CheckResult {
  const id = `${base}/${column}/unseen_categories`;
  if (train.overflow || test.overflow)
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
  const r = result(
    id,
    unseen.length === 0,
    sev,
    unseen.length
      ? `${name}: ${rows} of ${testRows} test rows have a ${column} never seen in train (${unseen.length} value${unseen.length === 1 ? "" : "s"}: ${unseen
          .slice(0, 5)
          .map((u) => JSON.stringify(cut(u.value)))
          .join(", ")}${unseen.length > 5 ? ", …" : ""})`
      : `${name}: every ${column} in test was seen in train (${known.size} values)`,
    SCHEMA_RUBRIC,
  );
  r.observed = `${rows} row${rows === 1 ? "" : "s"}, ${unseen.length} value${unseen.length === 1 ? "" : "s"}`;
  r.expected = "values seen in train";
  r.diagnostics = unseen
    .slice(0, 5)
    .map((u) =>
      diagnostic(
        "data/unseen-category",
        sev,
        `row ${u.row}, ${column}: "${cut(u.value)}" is not in train (${u.count} test row${u.count === 1 ? "" : "s"})`,
        { file: testFile, line: u.line },
      ),
    );
  return r;
}
