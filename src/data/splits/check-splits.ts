/**
 * A `data:` entry with `splits:`: the train file and the test file read once each (split-scan.ts;
 * a large CSV file in parts on threads, split-parallel.ts), then the verdicts (split-verdicts.ts). Leakage joins the two files' row hashes partition by
 * partition (hash-partitions.ts), so memory holds one partition of train at a time.
 */
import { WorkspaceError } from "../../io/workspace.js";
import { CsvError } from "../../readers/csv-parser.js";
import { readerFor } from "../../readers/reader-for.js";
import type { CheckResult, Severity, Table } from "../../report/types.js";
import type { StageContext } from "../../stages/stage.js";
import { diagnostic, SCHEMA_RUBRIC } from "../checks/column-check.js";
import type { DatasetConfig } from "../checks/dataset-check.js";
import { dataThreads } from "../scan/csv-parallel.js";
import { fetchRows } from "./fetch-rows.js";
import { splitParallel } from "./split-parallel.js";
import { type SplitPlan, SplitPlanError, type SplitScan, scanSplit } from "./split-scan.js";
import {
  autoCategory,
  balanceVerdict,
  columnsVerdict,
  ignoredOptions,
  type Leak,
  leakageVerdict,
  tallyOf,
  unseenOf,
  unseenVerdict,
} from "./split-verdicts.js";
import type { SplitsConfig } from "./splits-options.js";

/** Splits of two files. */
type FileSplits = SplitsConfig & { train: string; test: string };

import { Table128 } from "./table128.js";

/** The keys an entry with `splits` reads. */
const SPLITS_KEYS = new Set(["name", "splits", "format", "delimiter", "severity"]);

/** Examples of leaked rows shown. */
const EXAMPLES = 5;

/** What the stage gets back. */
export interface SplitsResult {
  checks: CheckResult[];
  rows: number;
  tables: Table[];
}

/**
 * Test rows whose key hash is among train's: count them and keep the EXAMPLES with the lowest
 * test row numbers (with the first train row of the same key).
 */
export function joinLeaks(train: SplitScan, test: SplitScan): { leaked: number; examples: Leak[] } {
  let leaked = 0;
  const examples: Leak[] = [];
  const trainParts = train.keys.partitions();
  const testParts = test.keys.partitions();
  for (;;) {
    const a = trainParts.next();
    const b = testParts.next();
    if (a.done || b.done) break;
    const tr = a.value;
    const te = b.value;
    if (!tr.length || !te.length) continue;
    const table = new Table128(tr.length / 6);
    const firstRow: number[] = [];
    const firstLine: number[] = [];
    for (let i = 0; i < tr.length; i += 6) {
      const id = table.put(tr, i);
      if (table.added) {
        firstRow.push(tr[i + 4]!);
        firstLine.push(tr[i + 5]!);
      } else if (tr[i + 4]! < firstRow[id]!) {
        firstRow[id] = tr[i + 4]!;
        firstLine[id] = tr[i + 5]!;
      }
    }
    for (let i = 0; i < te.length; i += 6) {
      const id = table.get(te, i);
      if (id === -1) continue;
      leaked++;
      const leak = {
        testRow: te[i + 4]!,
        testLine: te[i + 5]!,
        trainRow: firstRow[id]!,
        trainLine: firstLine[id]!,
      };
      if (examples.length < EXAMPLES || leak.testRow < examples[examples.length - 1]!.testRow) {
        examples.push(leak);
        examples.sort((x, y) => x.testRow - y.testRow);
        if (examples.length > EXAMPLES) examples.pop();
      }
    }
  }
  // Drain both generators so their spilled files are removed.
  while (!trainParts.next().done);
  while (!testParts.next().done);
  return { leaked, examples };
}

/** The key's positions in a header, or why it cannot be placed. */
function keyOf(cfg: SplitsConfig, file: string) {
  return (header: string[]): number[] | string => {
    if (cfg.key === undefined || cfg.key === "all_columns") return header.map((_, i) => i);
    const at = cfg.key.map((c) => header.indexOf(c));
    const missing = cfg.key.filter((_, k) => at[k] === -1);
    return missing.length ? `${file} has no column ${missing.join(", ")} (named in splits.key)` : at;
  };
}

/** Check a train/test pair. */
export async function checkSplits(ds: DatasetConfig, ctx: StageContext): Promise<SplitsResult> {
  const cfg = ds.splits as FileSplits;
  const base = `data/${ds.name}`;
  const sev: Severity = cfg.severity ?? ds.severity ?? "error";
  const fail = (id: string, message: string): SplitsResult => ({
    checks: [{ id, status: "error", severity: sev, message, rubric: [...SCHEMA_RUBRIC], diagnostics: [] }],
    rows: 0,
    tables: [],
  });
  for (const f of [cfg.train, cfg.test]) {
    if (!(await ctx.workspace.exists(f))) return fail(`${base}/files`, `${ds.name}: ${f} does not exist`);
    if (!readerFor(f, ds.format))
      return fail(
        `${base}/files`,
        `${ds.name}: ${f}: not a format mlgate reads (CSV, TSV, JSON, JSON Lines, Parquet)`,
      );
  }
  const notEvaluated = ignoredOptions(ds, base, SPLITS_KEYS, "file");
  const temp = ctx.temp;
  const spillDir = temp ? () => temp.makeDir("splits-") : undefined;
  // A large CSV file read in parts on threads, as a dataset's is (the byte path only).
  const parallel =
    temp && ctx.tuning?.fastPath !== false
      ? splitParallel({
          workspace: ctx.workspace,
          delimiter: ds.delimiter,
          threads: dataThreads(ctx.tuning?.threads),
          scratch: () => temp.makeDir("parts-"),
          note: (m) => ctx.progress?.note?.(m),
        })
      : undefined;
  const tracked = (header: string[]) =>
    header.map(
      (c) =>
        c === cfg.label ||
        cfg.categories === undefined ||
        cfg.categories === "auto" ||
        (Array.isArray(cfg.categories) && cfg.categories.includes(c)),
    );
  let train: SplitScan;
  let test: SplitScan;
  let reading = cfg.train;
  try {
    train = await scanSplit(ctx.workspace, cfg.train, ds.format, ds.delimiter, {
      key: keyOf(cfg, cfg.train),
      tracked,
      // `auto` categories are text columns: a number ends a column's tracking (not the label's).
      textOnly: (header) =>
        header.map((c) => c !== cfg.label && (cfg.categories === undefined || cfg.categories === "auto")),
      ...(spillDir ? { spillDir } : {}),
      ...(parallel ? { parallel } : {}),
    } satisfies SplitPlan);
    const categorical = categoricalColumns(cfg, train);
    reading = cfg.test;
    test = await scanSplit(ctx.workspace, cfg.test, ds.format, ds.delimiter, {
      // The key's columns by name, as train placed them.
      key: (header) => {
        const names = keyOf(cfg, cfg.train)(train.header) as number[];
        const at = names.map((i) => header.indexOf(train.header[i]!));
        const missing = names.filter((_, k) => at[k] === -1).map((i) => train.header[i]);
        return missing.length ? `${cfg.test} has no column ${missing.join(", ")} of the key` : at;
      },
      tracked: (header) => header.map((c) => c === cfg.label || categorical.has(c)),
      ...(spillDir ? { spillDir } : {}),
      ...(parallel ? { parallel } : {}),
    });
  } catch (err) {
    if (err instanceof SplitPlanError) return fail(`${base}/leakage`, `${ds.name}: ${err.message}`);
    if (err instanceof CsvError)
      return {
        ...fail(`${base}/read`, `${ds.name}: ${err.message}`),
        checks: [
          {
            id: `${base}/read`,
            status: "error",
            severity: sev,
            message: `${ds.name}: ${reading}: ${err.message}`,
            diagnostics: [diagnostic("data/parse", sev, err.message, { file: reading, line: err.line })],
          },
        ],
      };
    if (err instanceof WorkspaceError) return fail(`${base}/read`, `${ds.name}: ${err.message}`);
    throw err;
  }
  const v = await verdicts(ds, cfg, base, sev, train, test, ctx);
  return { ...v, checks: [...notEvaluated, ...v.checks], rows: train.rows + test.rows };
}

/** Categorical columns: the listed ones, or under `auto` text columns of few distinct values in train. */
function categoricalColumns(cfg: SplitsConfig, train: SplitScan): Set<string> {
  if (cfg.categories === false) return new Set();
  if (Array.isArray(cfg.categories)) return new Set(cfg.categories);
  return new Set(
    train.header.filter((c, i) => {
      const cat = train.categories[i];
      if (c === cfg.label || !cat) return false;
      return autoCategory({
        texts: train.texts[i]!,
        numbers: train.integers[i]! + train.numbers[i]!,
        distinct: cat.counts.length,
        rows: cat.counts.reduce((a, b) => a + b, 0),
        overflow: cat.overflow,
      });
    }),
  );
}

/** Every verdict, in report order: columns, leakage, class balance, unseen categories per column. */
async function verdicts(
  ds: DatasetConfig,
  cfg: FileSplits,
  base: string,
  sev: Severity,
  train: SplitScan,
  test: SplitScan,
  ctx: StageContext,
): Promise<{ checks: CheckResult[]; tables: Table[] }> {
  const checks: CheckResult[] = [columnsVerdict(base, ds.name, train, test, sev)];
  const tables: Table[] = [];
  const { leaked, examples } = joinLeaks(train, test);
  const keyNames = cfg.key === undefined || cfg.key === "all_columns" ? train.header : cfg.key;
  // The examples' text, read again (and compared: a hash collision would show as a differing row).
  const testCells = await fetchRows(
    ctx.workspace,
    cfg.test,
    ds.format,
    ds.delimiter,
    examples.map((e) => e.testRow),
  );
  const trainCells = await fetchRows(
    ctx.workspace,
    cfg.train,
    ds.format,
    ds.delimiter,
    examples.map((e) => e.trainRow),
  );
  const confirmed = examples
    .map((leak) => ({ leak, test: testCells.get(leak.testRow), train: trainCells.get(leak.trainRow) }))
    .filter(({ test: a, train: b }) => {
      if (!a || !b) return true;
      return keyNames.every((k) => (a[test.header.indexOf(k)] ?? "") === (b[train.header.indexOf(k)] ?? ""));
    });
  checks.push(leakageVerdict(base, ds.name, train, test, leaked, confirmed, keyNames, cfg, sev));
  if (cfg.label !== undefined) {
    const i = train.header.indexOf(cfg.label);
    const j = test.header.indexOf(cfg.label);
    if (i === -1 || j === -1)
      checks.push({
        id: `${base}/class_balance`,
        status: "failed",
        severity: sev,
        message: `${ds.name}: the label ${cfg.label} is missing from ${i === -1 ? cfg.train : cfg.test}`,
        rubric: [...SCHEMA_RUBRIC],
        diagnostics: [],
      });
    else {
      const b = balanceVerdict(
        base,
        ds.name,
        cfg.label,
        tallyOf(train.categories[i]),
        tallyOf(test.categories[j]),
        cfg,
        sev,
      );
      checks.push(b.check);
      if (b.table) tables.push(b.table);
    }
  }
  for (const c of categoricalColumns(cfg, train)) {
    const i = train.header.indexOf(c);
    const j = test.header.indexOf(c);
    if (i === -1 || j === -1) continue; // the columns check names it
    checks.push(
      unseenVerdict(
        base,
        ds.name,
        c,
        unseenOf(train.categories[i]!, test.categories[j]!),
        test.file,
        test.rows,
        sev,
      ),
    );
  }
  return { checks, tables };
}
