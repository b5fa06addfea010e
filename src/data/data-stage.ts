/** The `data:` block as a stage: declarative checks on data files, read once each. */

import { BASELINE_MAX_BYTES, baselineCopies, hasBaseline } from "../baseline/resolved-baseline.js";
import { type Example, Violations } from "../checks/violations.js";
import { asList } from "../config/as-list.js";
import { durationMs } from "../config/duration.js";
import { SILENT } from "../io/progress.js";
import { WorkspaceError } from "../io/workspace.js";
import { CsvError } from "../readers/csv-parser.js";
import { UniqueTracker } from "../readers/hash-set.js";
import { readCsvBatches } from "../readers/read-csv-batches.js";
import { defaultDelimiter } from "../readers/read-delimited.js";
import { columnCells, readParquet, readParquetGroups } from "../readers/read-parquet.js";
import { readerFor } from "../readers/reader-for.js";
import { isOneHot } from "../readers/values.js";
import { sectionStatus } from "../report/section-status.js";
import type { CheckResult, Diagnostic, Section, Severity, Table } from "../report/types.js";
import { hasBlock, type Stage, type StageContext } from "../stages/stage.js";
import { VERSION } from "../version.js";
import { ColumnAccumulator, type ColumnConfig } from "./column-checks.js";
import { type BatchChecks, checkBatch } from "./csv-part.js";
import { compareColumn, type DriftMethod, DriftSample } from "./drift.js";
import {
  dataThreads,
  MIN_PARALLEL_BYTES,
  parallelAvailable,
  readHeader,
  scanParts,
  splitPoints,
} from "./parallel-csv.js";

/** ML Test Score item these checks automate: "feature expectations are captured in a schema". */
const RUBRIC = ["data.1"];

/** One dataset of `data:`. */
interface DatasetConfig {
  name: string;
  path: string | string[];
  format?: string;
  delimiter?: string;
  row_count?: { min?: number; max?: number; severity?: Severity };
  columns?: Record<string, ColumnConfig>;
  allow_extra_columns?: boolean;
  severity?: Severity;
  [key: string]: unknown;
}

/** Options this build reads but does not evaluate yet; naming them keeps the stage from passing silently. */
const NOT_YET_DATASET: string[] = [];
const NOT_YET_COLUMN: string[] = [];

function diagnostic(
  code: string,
  severity: Severity,
  message: string,
  ex: { file: string; line: number },
): Diagnostic {
  const at = { line: ex.line - 1, column: 0 };
  return { code, severity, message, file: ex.file, range: { start: at, end: at } };
}

/** A check from a violation counter and a tolerance in percent of the rows. */
function violationCheck(
  id: string,
  code: string,
  v: Violations,
  rows: number,
  tolerancePercent: number,
  severity: Severity,
  what: string,
  expected: string,
  describe: (e: Example) => string,
): CheckResult {
  const percent = rows ? (100 * v.count) / rows : 0;
  const passed = v.count === 0 || percent <= tolerancePercent;
  return {
    id,
    status: passed ? "passed" : "failed",
    severity,
    message: passed ? `${what}: ${expected}` : `${what}: ${v.count} of ${rows} rows violate ${expected}`,
    observed: `${v.count} row${v.count === 1 ? "" : "s"} (${percent.toFixed(2)}%)`,
    expected: tolerancePercent ? `${expected}, up to ${tolerancePercent}% of rows` : expected,
    rubric: RUBRIC,
    diagnostics: passed ? [] : v.examples.map((e) => diagnostic(code, severity, describe(e), e)),
  };
}

/** Check one dataset: read its files, feed the columns, turn the measures into checks. */
async function checkDataset(
  ds: DatasetConfig,
  ctx: StageContext,
): Promise<{ checks: CheckResult[]; rows: number; tables?: Table[] }> {
  const base = `data/${ds.name}`;
  const severity = ds.severity ?? "error";
  const drift = ds.drift as
    | {
        reference: string;
        columns?: string[];
        method?: DriftMethod | "auto";
        threshold?: number;
        severity?: Severity;
      }
    | undefined;
  const checks: CheckResult[] = [];
  const fail = (
    id: string,
    message: string,
    diagnostics: Diagnostic[] = [],
    sev: Severity = severity,
  ): CheckResult => ({ id, status: "failed", severity: sev, message, rubric: RUBRIC, diagnostics });
  const files = (await ctx.workspace.glob(asList(ds.path))).sort();
  if (!files.length)
    return {
      checks: [
        {
          ...fail(`${base}/files`, `${ds.name}: no file matches ${asList(ds.path).join(", ")}`),
          status: "error",
        },
      ],
      rows: 0,
    };
  const unsupported = files.filter((f) => !readerFor(f, ds.format));
  const notYet = [
    ...NOT_YET_DATASET.filter((k) => ds[k] !== undefined),
    ...Object.entries(ds.columns ?? {}).flatMap(([col, c]) =>
      NOT_YET_COLUMN.filter((k) => (c as Record<string, unknown>)[k] !== undefined).map((k) => `${col}.${k}`),
    ),
    ...Object.entries(ds.columns ?? {})
      .filter(([, c]) => c.format !== undefined && c.format !== "iso8601")
      .map(([col]) => `${col}.format`),
    ...(unsupported.length
      ? [`reading ${unsupported.join(", ")} (CSV, TSV, JSON, JSON Lines and Parquet so far)`]
      : []),
  ];
  if (notYet.length) {
    // Configured but not evaluated: reported as a warning that never counts as passed.
    checks.push({
      id: `${base}/not-evaluated`,
      status: "error",
      severity: "warning",
      message: `${ds.name}: mlgate ${VERSION} does not evaluate ${notYet.join(", ")} yet`,
      diagnostics: [],
    });
  }
  const columns = new Map<string, ColumnAccumulator>();
  for (const [name, config] of Object.entries(ds.columns ?? {})) {
    try {
      columns.set(name, new ColumnAccumulator(config));
    } catch (err) {
      checks.push({
        ...fail(
          `${base}/${name}/regex`,
          `${ds.name}: column ${name} has an invalid regex: ${(err as Error).message}`,
        ),
        status: "error",
      });
    }
  }
  // Drift: read the reference first, so its header decides which columns to compare.
  const driftColumns = new Map<string, { reference: DriftSample; current: DriftSample; at: number }>();
  let refWorkspace = ctx.workspace;
  let refFiles: string[] = [];
  if (drift?.reference === "baseline") {
    // The same files as the baseline has them, copied out before the stages ran (the engine).
    const baseline = ctx.baseline ?? { reason: "no baseline in this run" };
    if (!hasBaseline(baseline)) {
      checks.push({
        ...fail(
          `${base}/drift`,
          `${ds.name}: no drift check: no baseline (${baseline.reason})`,
          [],
          drift.severity ?? "warning",
        ),
        status: "error",
      });
    } else {
      const copy = await baselineCopies(baseline.files, files, BASELINE_MAX_BYTES.data);
      for (const message of copy.tooLarge)
        checks.push({
          ...fail(`${base}/drift`, `${ds.name}: baseline ${message}`, [], "warning"),
          status: "error",
        });
      refFiles = copy.copied;
      refWorkspace = baseline.files.workspace;
      if (!refFiles.length)
        checks.push({
          ...fail(
            `${base}/drift`,
            `${ds.name}: the baseline has none of ${files.join(", ")}, so there is nothing to compare against`,
            [],
            drift.severity ?? "warning",
          ),
          status: "error",
        });
    }
  } else if (drift) {
    refFiles = (await ctx.workspace.glob([drift.reference])).sort();
    if (!refFiles.length)
      checks.push({
        ...fail(`${base}/drift`, `${ds.name}: the drift reference ${drift.reference} does not exist`),
        status: "error",
      });
  }
  if (drift && refFiles.length) {
    let refHeader: string[] = [];
    const samples: DriftSample[] = [];
    for (const file of refFiles) {
      const reader = readerFor(file);
      if (!reader) {
        checks.push({
          ...fail(`${base}/drift`, `${ds.name}: cannot read the drift reference ${file}`),
          status: "error",
        });
        continue;
      }
      /** The reference's header: a sample per column (seeded by position) for the compared ones. */
      const onRefHeader = (fields: string[]) => {
        refHeader = fields;
        while (samples.length < refHeader.length) samples.push(new DriftSample(7919 * (samples.length + 1)));
        return refHeader.flatMap((name, i) => (drift.columns && !drift.columns.includes(name) ? [] : [i]));
      };
      try {
        if (/\.(csv|tsv)(\.gz)?$/i.test(file) && ctx.tuning?.fastPath !== false) {
          // The byte path, column by column.
          let compared: number[] | undefined;
          await readCsvBatches(refWorkspace, file, (batch) => {
            let from = 0;
            if (!compared) {
              compared = onRefHeader(batch.rowTexts(0));
              from = 1;
            }
            for (const i of compared) samples[i]!.addColumn(batch, i, from);
          });
        } else {
          let compared: number[] = [];
          await reader(refWorkspace, file, (row) => {
            if (row.index === 0) {
              compared = onRefHeader(row.fields);
              return;
            }
            for (const i of compared) samples[i]!.add(row.fields[i] ?? "", row.offset ?? row.index);
          });
        }
      } catch (err) {
        if (!(err instanceof CsvError) && !(err instanceof WorkspaceError)) throw err;
        checks.push({
          ...fail(`${base}/drift`, `${ds.name}: drift reference ${file}: ${err.message}`),
          status: "error",
        });
      }
    }
    for (const name of drift.columns ?? refHeader) {
      const at = refHeader.indexOf(name);
      if (at === -1) {
        if (refFiles.length)
          checks.push(
            fail(`${base}/${name}/drift`, `${ds.name}: column ${name} is not in the drift reference`),
          );
        continue;
      }
      driftColumns.set(name, {
        reference: samples[at]!,
        current: new DriftSample(104729 * (at + 1)),
        at: -1,
      });
    }
  }
  const keys = ((ds.unique as string[][] | undefined) ?? []).map((cols) => ({
    cols,
    tracker: new UniqueTracker(),
    dup: new Violations(),
    at: [] as number[],
  }));
  const groups = ((ds.one_hot as string[][] | undefined) ?? []).map((cols) => ({
    cols,
    bad: new Violations(),
    at: [] as number[],
  }));
  let header: string[] | undefined;
  let headerFile = "";
  let rows = 0;
  const ragged = new Violations();
  const missingColumns = new Set<string>();
  for (const file of files.filter((f) => !unsupported.includes(f))) {
    let index: { name: string; at: number; acc: ColumnAccumulator }[] = [];
    let progress = SILENT.start("", 0);
    let width = 0;
    try {
      const size = await ctx.workspace.size(file);
      progress = (ctx.progress ?? SILENT).start(file, size);
      const onHeader = (fields: string[], line: number): void => {
        width = fields.length;
        if (header && fields.join("\0") !== header.join("\0")) {
          checks.push(
            fail(`${base}/header/${file}`, `${file}: its header differs from ${headerFile}'s`, [
              diagnostic("data/header", severity, `header is ${fields.join(",")}`, { file, line }),
            ]),
          );
        }
        if (!header) {
          header = fields;
          headerFile = file;
        }
        for (const k of [...keys, ...groups]) k.at = k.cols.map((c) => fields.indexOf(c));
        for (const [name, d] of driftColumns) d.at = fields.indexOf(name);
        index = [];
        for (const [name, acc] of columns) {
          const at = fields.indexOf(name);
          if (at === -1) missingColumns.add(name);
          else index.push({ name, at, acc });
        }
      };
      /** The checks the byte path runs on each batch, once the header has placed the columns. */
      const byteChecks = (): BatchChecks => ({
        file,
        width,
        ragged,
        columns: index,
        drift: [...driftColumns.values()]
          .filter((d) => d.at >= 0)
          .map((d) => ({ at: d.at, sample: d.current })),
        keys: keys.filter((k) => !k.at.includes(-1)),
        groups: groups.filter((g) => !g.at.includes(-1)),
      });
      /** The columns any check reads (readers that can, Parquet, decode only these). */
      const wanted = () =>
        new Set([
          ...columns.keys(),
          ...driftColumns.keys(),
          ...keys.flatMap((k) => k.cols),
          ...groups.flatMap((g) => g.cols),
        ]);
      /**
       * Drift, keys and one-hot groups, from a row's cells by position, off the CSV byte path.
       * `key` places the row for the drift samples (its byte offset, or its number).
       */
      const onCells = (cell: (i: number) => string, index0: number, line: number, key: number): void => {
        for (const d of driftColumns.values()) if (d.at >= 0) d.current.add(cell(d.at), key);
        for (const k of keys) {
          if (k.at.includes(-1)) continue;
          k.tracker.add(k.at.map(cell).join("\u0001"));
        }
        for (const g of groups) {
          if (g.at.includes(-1)) continue;
          const cells = g.at.map(cell);
          if (!isOneHot(cells)) g.bad.add({ row: index0, line, file, value: cells.join(", ") });
        }
      };
      const csv =
        /\.(csv|tsv)(\.gz)?$/i.test(file) && (!ds.format || ds.format === "csv" || ds.format === "tsv");
      const threads = dataThreads(ctx.tuning?.threads);
      if (
        csv &&
        ctx.tuning?.fastPath !== false &&
        !/\.gz$/i.test(file) &&
        threads > 1 &&
        size >= MIN_PARALLEL_BYTES &&
        parallelAvailable()
      ) {
        // A large file: byte ranges scanned on several threads, merged in file order. Any
        // problem in a part (a split inside a quoted field, bad data) falls back to one pass.
        const abs = ctx.workspace.resolve(file);
        const delimiter = ds.delimiter ?? defaultDelimiter(file);
        const head = readHeader(abs, delimiter);
        if (head) {
          onHeader(head.fields, 1);
          const checks = byteChecks();
          const points = splitPoints(abs, head.end, threads);
          const results = await scanParts(
            points.slice(0, -1).map((start, k) => ({
              path: abs,
              file,
              start,
              end: points[k + 1]!,
              delimiter,
              width,
              columns: checks.columns.map(({ at, acc }) => ({ at, config: acc.config })),
              keys: checks.keys.map((x) => ({ at: x.at })),
              groups: checks.groups.map((x) => ({ at: x.at })),
              drift: checks.drift.map((d) => ({ at: d.at, seed: d.sample.seed })),
            })),
            (bytes) => progress.update(head.end + bytes),
          );
          if (results.every((r) => !r.error)) {
            let rowsBefore = 0;
            let lineStart = head.line;
            for (const r of results) {
              const rowOffset = 1 + rowsBefore;
              const lineOffset = lineStart - 1;
              checks.columns.forEach(({ acc }, i) => {
                acc.mergeState(r.columns[i]!, rowOffset, lineOffset);
              });
              checks.keys.forEach((x, i) => {
                x.tracker.mergeState(r.keys[i]!);
              });
              checks.groups.forEach((x, i) => {
                x.bad.merge(r.groups[i]!, rowOffset, lineOffset);
              });
              checks.drift.forEach((d, i) => {
                d.sample.mergeState(r.drift[i]!);
              });
              ragged.merge(r.ragged, rowOffset, lineOffset);
              rows += r.rows;
              rowsBefore += r.rows;
              lineStart += r.lines;
            }
            progress.update(size);
            // Clear the progress bar before the note (end() again in `finally` does nothing).
            progress.end();
            ctx.progress?.note?.(`${file}: read in ${results.length} parts on ${results.length} threads`);
            continue;
          }
        }
      }
      if (csv && ctx.tuning?.fastPath !== false) {
        // The byte path: no string per field; cells become strings only where a check needs one.
        let checks: BatchChecks | undefined;
        await readCsvBatches(
          ctx.workspace,
          file,
          (batch) => {
            let from = 0;
            if (!checks) {
              onHeader(batch.rowTexts(0), batch.line[0]!);
              checks = byteChecks();
              from = 1;
            }
            rows += batch.rows - from;
            checkBatch(batch, from, batch.firstIndex, checks);
          },
          ds.delimiter,
          (bytes) => progress.update(bytes),
        );
      } else if (readerFor(file, ds.format) === readParquet && ctx.tuning?.fastPath !== false) {
        // Parquet: column chunks measured column by column; numbers stay numbers.
        const names = [...wanted()];
        const rowWise = driftColumns.size > 0 || keys.length > 0 || groups.length > 0;
        /** Per column, the row its streamed chunks reached. */
        const covered = new Map<string, number>();
        let fields: string[] = [];
        await readParquetGroups(
          ctx.workspace,
          file,
          (all) => {
            fields = all;
            onHeader(all, 1);
          },
          ({ start, end, chunks }) => {
            rows += end - start;
            for (const { name, acc } of index) {
              // Rows a column's chunks did not cover (none in practice) read as missing.
              let next = covered.get(name) ?? start;
              for (const c of chunks.get(name) ?? []) {
                acc.addValues(c.data, 0, c.rowEnd - c.rowStart, c.rowStart + 1, file);
                next = c.rowEnd;
              }
              for (let row = Math.max(next, start); row < end; row++) acc.add("", row + 1, row + 1, file);
            }
            covered.clear();
            if (rowWise) {
              // Row-wise cells for drift, keys and groups, off the chunks of each column read.
              const cellsOf = new Map<number, (row: number) => string>();
              for (const name of names) {
                const i = fields.indexOf(name);
                if (i >= 0) cellsOf.set(i, columnCells(chunks.get(name) ?? []));
              }
              for (let row = start; row < end; row++)
                onCells((i) => cellsOf.get(i)?.(row) ?? "", row + 1, row + 1, row + 1);
            }
          },
          (bytes) => progress.update(bytes),
          wanted(),
          rowWise
            ? undefined
            : (name, c) => {
                // Nothing needs whole rows: measure each chunk as it is decoded and let it go.
                const acc = columns.get(name);
                if (!acc || !index.some((x) => x.acc === acc)) return;
                acc.addValues(c.data, 0, c.rowEnd - c.rowStart, c.rowStart + 1, file);
                covered.set(name, c.rowEnd);
              },
        );
      } else {
        await readerFor(file, ds.format)!(
          ctx.workspace,
          file,
          (row) => {
            if (row.index === 0) return onHeader(row.fields, row.line);
            rows++;
            if (row.fields.length !== width)
              ragged.add({ row: row.index, line: row.line, file, value: `${row.fields.length} fields` });
            for (const { at, acc } of index)
              acc.add(row.fields[at] ?? "", row.index, row.line, file, row.offset ?? row.index);
            onCells((i) => row.fields[i] ?? "", row.index, row.line, row.offset ?? row.index);
          },
          ds.delimiter,
          (bytes) => progress.update(bytes),
          wanted(),
        );
      }
    } catch (err) {
      if (err instanceof CsvError)
        checks.push({
          ...fail(`${base}/read/${file}`, `${file}: ${err.message}`, [
            diagnostic("data/parse", severity, err.message, { file, line: err.line }),
          ]),
          status: "error",
        });
      else if (err instanceof WorkspaceError)
        checks.push({ ...fail(`${base}/read/${file}`, err.message), status: "error" });
      else throw err;
    } finally {
      progress.end();
    }
  }
  // Exact `unique`: the first pass kept hashes only; if any hash came twice, a second pass over the
  // same files looks at the strings behind just those hashes.
  // Spilled hash partitions are read back now, one at a time.
  for (const a of columns.values()) a.unique?.finishFirstPass();
  for (const k of keys) k.tracker.finishFirstPass();
  const uniques = [...columns.values()].filter((a) => a.unique?.needsVerification);
  const keysToVerify = keys.filter((k) => k.tracker.needsVerification);
  if (uniques.length || keysToVerify.length) {
    for (const file of files.filter((f) => !unsupported.includes(f))) {
      let at = new Map<ColumnAccumulator, number>();
      try {
        await readerFor(file, ds.format)!(
          ctx.workspace,
          file,
          (row) => {
            if (row.index === 0) {
              at = new Map(
                uniques.map((a) => [a, row.fields.indexOf([...columns].find(([, c]) => c === a)![0])]),
              );
              for (const k of keysToVerify) k.at = k.cols.map((c) => row.fields.indexOf(c));
              return;
            }
            for (const [a, i] of at) if (i >= 0) a.verify(row.fields[i] ?? "", row.index, row.line, file);
            for (const k of keysToVerify) {
              if (k.at.includes(-1)) continue;
              k.tracker.verify(k.at.map((i) => row.fields[i] ?? "").join("\u0001"), {
                row: row.index,
                line: row.line,
                file,
              });
            }
          },
          ds.delimiter,
        );
      } catch (err) {
        // The first pass already reported a file that cannot be read.
        if (!(err instanceof CsvError) && !(err instanceof WorkspaceError)) throw err;
      }
    }
  }
  for (const a of columns.values()) a.finish();
  for (const k of keys) {
    for (const d of k.tracker.duplicates) k.dup.add({ ...d, value: d.value.replace(/\u0001/g, ", ") });
    k.dup.count = k.tracker.duplicateCount;
  }
  if (header === undefined && files.length > unsupported.length)
    checks.push(fail(`${base}/empty`, `${ds.name}: the files are empty (no header row)`));
  if (ragged.count) {
    checks.push(
      fail(
        `${base}/shape`,
        `${ds.name}: ${ragged.count} rows do not have ${header?.length} fields`,
        ragged.examples.map((e) =>
          diagnostic(
            "data/ragged-row",
            severity,
            `row ${e.row} has ${e.value}, the header has ${header?.length}`,
            e,
          ),
        ),
      ),
    );
  }
  if (ds.row_count) {
    const { min, max } = ds.row_count;
    const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
    const expected = [min !== undefined && `>= ${min}`, max !== undefined && `<= ${max}`]
      .filter(Boolean)
      .join(" and ");
    checks.push({
      id: `${base}/row_count`,
      status: ok ? "passed" : "failed",
      severity: ds.row_count.severity ?? severity,
      message: `${ds.name}: ${rows} rows${ok ? "" : `, expected ${expected}`}`,
      observed: String(rows),
      expected,
      rubric: RUBRIC,
      diagnostics: [],
    });
  }
  if (header && ds.allow_extra_columns === false) {
    const extra = header.filter((h) => !columns.has(h));
    if (extra.length)
      checks.push(fail(`${base}/columns`, `${ds.name}: unexpected columns ${extra.join(", ")}`));
  }
  for (const [name, d] of driftColumns) {
    if (d.at === -1 && header) {
      checks.push(
        fail(
          `${base}/${name}/drift`,
          `${ds.name}: column ${name} is in the drift reference but not in the data`,
        ),
      );
      continue;
    }
    const r = compareColumn(d.reference, d.current, drift?.method ?? "auto", drift?.threshold);
    const sev = drift?.severity ?? severity;
    if (typeof r === "string") {
      checks.push({ ...fail(`${base}/${name}/drift`, `${name} drift: ${r}`, [], sev), status: "error" });
      continue;
    }
    const bound = r.method === "ks" || r.method === "chi2" ? `p >= ${r.threshold}` : `<= ${r.threshold}`;
    checks.push({
      id: `${base}/${name}/drift`,
      status: r.drifted ? "failed" : "passed",
      severity: sev,
      message: `${name} drift against ${drift?.reference}: ${r.label}${r.drifted ? `, beyond ${bound}` : ""}`,
      observed: r.label,
      expected: bound,
      rubric: ["monitoring.3"],
      diagnostics: [],
    });
  }
  for (const k of keys) {
    const name = k.cols.join("+");
    if (k.at.includes(-1)) {
      checks.push(
        fail(`${base}/${name}/unique`, `${ds.name}: key ${k.cols.join(", ")} names a missing column`),
      );
      continue;
    }
    checks.push(
      violationCheck(
        `${base}/${name}/unique`,
        "data/duplicate",
        k.dup,
        rows,
        0,
        severity,
        `key (${k.cols.join(", ")})`,
        "unique combinations",
        (e) => `row ${e.row}: (${e.value}) appeared before`,
      ),
    );
  }
  for (const g of groups) {
    const name = g.cols.join("+");
    if (g.at.includes(-1)) {
      checks.push(
        fail(
          `${base}/${name}/one_hot`,
          `${ds.name}: one-hot group ${g.cols.join(", ")} names a missing column`,
        ),
      );
      continue;
    }
    checks.push(
      violationCheck(
        `${base}/${name}/one_hot`,
        "data/one-hot",
        g.bad,
        rows,
        0,
        severity,
        `one-hot (${g.cols.join(", ")})`,
        "exactly one 1 per row",
        (e) => `row ${e.row}: (${e.value}) is not exactly one 1 among 0s`,
      ),
    );
  }
  for (const [name, acc] of columns) {
    const id = `${base}/${name}`;
    const c = acc.config;
    const sev = c.severity ?? severity;
    if (missingColumns.has(name)) {
      checks.push(
        fail(`${id}/present`, `${ds.name}: column ${name} is missing from ${headerFile || "the files"}`),
      );
      continue;
    }
    const tol = c.max_percent ?? 0;
    const rowsOf = acc.rows;
    const say = (what: string) => (e: Example) => `row ${e.row}, ${name}: "${e.value}" ${what}`;
    if (c.type)
      checks.push(
        violationCheck(
          `${id}/type`,
          "data/type",
          acc.type,
          rowsOf,
          tol,
          sev,
          `${name} type`,
          `values of type ${c.type}`,
          say(`is not of type ${c.type}`),
        ),
      );
    if (c.min !== undefined || c.max !== undefined) {
      const expected = [c.min !== undefined && `>= ${c.min}`, c.max !== undefined && `<= ${c.max}`]
        .filter(Boolean)
        .join(" and ");
      checks.push(
        violationCheck(
          `${id}/range`,
          "data/range",
          acc.range,
          rowsOf,
          tol,
          sev,
          `${name} range`,
          `values ${expected}`,
          say(`is outside ${expected}`),
        ),
      );
    }
    if (c.allowed)
      checks.push(
        violationCheck(
          `${id}/allowed`,
          "data/allowed",
          acc.allowed,
          rowsOf,
          tol,
          sev,
          `${name} values`,
          `one of ${c.allowed.join(", ")}`,
          say("is not an allowed value"),
        ),
      );
    if (c.regex !== undefined)
      checks.push(
        violationCheck(
          `${id}/regex`,
          "data/regex",
          acc.regex,
          rowsOf,
          tol,
          sev,
          `${name} format`,
          `a match for /${c.regex}/`,
          say(`does not match /${c.regex}/`),
        ),
      );
    if (c.unique)
      checks.push(
        violationCheck(
          `${id}/unique`,
          "data/duplicate",
          acc.duplicates,
          rowsOf,
          0,
          sev,
          `${name} uniqueness`,
          "unique values",
          say("appeared before"),
        ),
      );
    if (c.outliers) checks.push(outlierCheck(`${id}/outliers`, name, acc, c.outliers, sev));
    const fresh = c.freshness as
      | { max_age: string | number; since?: string; severity?: Severity }
      | undefined;
    if (fresh) {
      const maxAge = durationMs(fresh.max_age);
      const newest = acc.newest;
      // `since: commit` measures against the commit being checked, so re-running an old commit
      // gives the same answer; otherwise against now.
      const sinceCommit = fresh.since === "commit";
      const now = sinceCommit ? ctx.commitTime : Date.now();
      const age = newest === undefined || now === undefined ? undefined : now - newest;
      const ok = age !== undefined && age <= maxAge;
      const when = sinceCommit ? "before the commit" : "ago";
      checks.push({
        id: `${id}/freshness`,
        status: now === undefined ? "error" : ok ? "passed" : "failed",
        severity: fresh.severity ?? sev,
        message:
          now === undefined
            ? `${name} freshness: no git commit to measure from (since: commit)`
            : newest === undefined
              ? `${name} freshness: no timestamp to measure`
              : `${name} freshness: newest is ${new Date(newest).toISOString()}${ok ? "" : `, older than ${fresh.max_age} ${when}`}`,
        ...(newest !== undefined ? { observed: new Date(newest).toISOString() } : {}),
        expected: `newer than ${fresh.max_age} ${when}`,
        rubric: ["monitoring.4"],
        diagnostics: [],
      });
    }
    if (c.missing) {
      const m = c.missing;
      const percent = rowsOf ? (100 * acc.missing) / rowsOf : 0;
      const ok =
        (m.max === undefined || acc.missing <= m.max) &&
        (m.max_percent === undefined || percent <= m.max_percent);
      const expected = [
        m.max !== undefined && `at most ${m.max}`,
        m.max_percent !== undefined && `at most ${m.max_percent}%`,
      ]
        .filter(Boolean)
        .join(" and ");
      checks.push({
        id: `${id}/missing`,
        status: ok ? "passed" : "failed",
        severity: m.severity ?? sev,
        message: `${name} missing: ${acc.missing} of ${rowsOf} rows${ok ? "" : `, expected ${expected}`}`,
        observed: `${acc.missing} (${percent.toFixed(2)}%)`,
        expected,
        rubric: RUBRIC,
        diagnostics: ok
          ? []
          : acc.missingRows.examples.map((e) =>
              diagnostic(
                "data/missing",
                m.severity ?? sev,
                `row ${e.row}, ${name}: missing${e.value ? ` ("${e.value}")` : ""}`,
                e,
              ),
            ),
      });
    }
  }
  const fmt = (n: number | undefined) =>
    n === undefined ? "" : Number.isInteger(n) ? String(n) : n.toPrecision(6).replace(/\.?0+$/, "");
  const profile: Table = {
    title: `${ds.name} profile (${rows} rows)`,
    columns: ["column", "values", "missing", "min", "max", "mean", "distinct"],
    rows: [...columns].map(([name, a]) => [
      name,
      String(a.rows - a.missing),
      String(a.missing),
      fmt(a.min),
      fmt(a.max),
      a.numeric ? fmt(a.sum / a.numeric) : "",
      a.distinct === undefined ? "" : String(a.distinct),
    ]),
  };
  return { checks, rows, tables: columns.size ? [profile] : [] };
}

/**
 * Outliers by z-score (mean and standard deviation over every value) and/or Tukey's fences (Q1, Q3
 * of the column's sample); the share of outliers is counted on the sample, exact when the column
 * has no more than OUTLIER_SAMPLE numeric values.
 */
function outlierCheck(
  id: string,
  name: string,
  acc: ColumnAccumulator,
  o: NonNullable<ColumnConfig["outliers"]>,
  sev: Severity,
): CheckResult {
  const n = acc.numeric;
  const mean = n ? acc.sum / n : 0;
  const sd = n ? Math.sqrt(Math.max(0, acc.sumSq / n - mean * mean)) : 0;
  const values = acc.sample.map((s) => s.value).sort((a, b) => a - b);
  const quantile = (q: number) => {
    const pos = q * (values.length - 1);
    const lo = Math.floor(pos);
    return (
      values[lo]! + ((values[Math.min(lo + 1, values.length - 1)] ?? values[lo]!) - values[lo]!) * (pos - lo)
    );
  };
  const q1 = values.length ? quantile(0.25) : 0;
  const q3 = values.length ? quantile(0.75) : 0;
  const fence = o.iqr === undefined ? undefined : [q1 - o.iqr * (q3 - q1), q3 + o.iqr * (q3 - q1)];
  const isOutlier = (v: number) =>
    (o.zscore !== undefined && sd > 0 && Math.abs(v - mean) / sd > o.zscore) ||
    (fence !== undefined && (v < fence[0]! || v > fence[1]!));
  const bad = new Violations();
  for (const s of [...acc.sample].sort((a, b) => a.example.row - b.example.row))
    if (isOutlier(s.value)) bad.add(s.example);
  const percent = acc.sample.length ? (100 * bad.count) / acc.sample.length : 0;
  const tolerance = o.max_percent ?? 0;
  const ok = percent <= tolerance;
  const rule = [
    o.zscore !== undefined && `more than ${o.zscore} standard deviations from the mean`,
    fence && `outside Tukey's fences (k = ${o.iqr})`,
  ]
    .filter(Boolean)
    .join(" or ");
  const sampled =
    n > acc.sample.length
      ? ` (estimated on a sample of ${acc.sample.length.toLocaleString("en")} values)`
      : "";
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: o.severity ?? sev,
    message: `${name} outliers: ${percent.toFixed(2)}% of values ${rule}${sampled}${ok ? "" : `, over ${tolerance}%`}`,
    observed: `${percent.toFixed(2)}%`,
    expected: `<= ${tolerance}%`,
    rubric: RUBRIC,
    diagnostics: ok
      ? []
      : bad.examples.map((e) =>
          diagnostic(
            "data/outlier",
            o.severity ?? sev,
            `row ${e.row}, ${name}: "${e.value}" is an outlier`,
            e,
          ),
        ),
  };
}

/** Run every dataset of the block. */
export async function runData(ctx: StageContext): Promise<Section> {
  const checks: CheckResult[] = [];
  const tables: Table[] = [];
  let rows = 0;
  const datasets = (ctx.config.data ?? []) as DatasetConfig[];
  for (const ds of datasets) {
    const r = await checkDataset(ds, ctx);
    checks.push(...r.checks);
    tables.push(...(r.tables ?? []));
    rows += r.rows;
  }
  const summary = `${datasets.length} dataset${datasets.length === 1 ? "" : "s"}, ${rows} rows`;
  return { id: "data", title: dataStage.title, status: sectionStatus(checks), summary, tables, checks };
}

/** Data. */
export const dataStage: Stage = {
  id: "data",
  title: "Data",
  key: "data",
  configured: (config) => hasBlock(config, "data"),
  run: runData,
};
