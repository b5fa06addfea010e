/**
 * `foreign_key`: every value of a column is a key of a reference file's column (orders.customer_id
 * in customers.csv's id). Keys compare as text, as written; missing cells are not keys. The
 * reference is read first into a set of its keys; during the scan each part keeps its column's
 * distinct values with a count and where each first appeared; the verdict subtracts. Both sides
 * hold at most KEYS_LIMIT distinct keys in memory: past that the check is not tested, with the
 * reason (docs/checks-relationships.md).
 */
import { severity } from "../../checks/options.js";
import type { Workspace } from "../../io/workspace.js";
import { readerFor } from "../../readers/reader-for.js";
import { isMissing } from "../../readers/values.js";
import type { CheckResult, Severity } from "../../report/types.js";
import { diagnostic, example, SCHEMA_RUBRIC } from "./column-check.js";
import { type DatasetCheck, type DatasetConfig, failed, type RowSink } from "./dataset-check.js";

/** Distinct keys held per side (measured: 500,000 short keys on both sides cost about 130 MB, docs/checks-relationships.md). */
export const KEYS_LIMIT = 500_000;

/** One entry of `foreign_key`. */
export interface ForeignKey {
  column: string;
  reference?: string;
  reference_table?: string;
  reference_column: string;
  severity?: Severity;
}

/** What was read of the reference before the scan. */
export type Reference = { keys: Set<string> } | { notTested: string } | { error: string };

type FkState = {
  values: string[];
  counts: number[];
  rows: number[];
  lines: number[];
  files: string[];
  overflow: boolean;
};

/** The foreign keys of a dataset, as a list. */
export const foreignKeys = (ds: DatasetConfig): ForeignKey[] => {
  const fk = ds.foreign_key as ForeignKey | ForeignKey[] | undefined;
  return fk === undefined ? [] : Array.isArray(fk) ? fk : [fk];
};

/** One foreign key's column: its distinct values, how often, and where each first was. */
export class ForeignKeySink implements RowSink<FkState> {
  at: number[] = [];
  readonly cols: string[];
  readonly index = new Map<string, number>();
  counts: number[] = [];
  rows: number[] = [];
  lines: number[] = [];
  files: string[] = [];
  /** More than KEYS_LIMIT distinct values: the check is not tested. */
  overflow = false;
  /** What the SQL form measured in the engine (sql/relationships-sql.ts), in place of the values. */
  sqlAnswer?: { orphanKeys: number; orphanRows: number; keys: number; examples: string[]; file: string };
  constructor(
    readonly fk: ForeignKey,
    readonly limit = KEYS_LIMIT,
  ) {
    this.cols = [fk.column];
  }
  private put(v: string, count: number, row: number, line: number, file: string): void {
    const i = this.index.get(v);
    if (i !== undefined) {
      this.counts[i]! += count;
      return;
    }
    if (this.index.size >= this.limit) {
      this.overflow = true;
      return;
    }
    this.index.set(v, this.counts.length);
    this.counts.push(count);
    this.rows.push(row);
    this.lines.push(line);
    this.files.push(file);
  }
  row(cells: string[], row: number, line: number, file: string): void {
    const v = cells[0]!;
    if (!isMissing(v) && !this.overflow) this.put(v, 1, row, line, file);
  }
  exportState(): FkState {
    const { counts, rows, lines, files, overflow } = this;
    return { values: [...this.index.keys()], counts, rows, lines, files, overflow };
  }
  mergeState(s: FkState, rowOffset: number, lineOffset: number): void {
    this.overflow ||= s.overflow;
    s.values.forEach((v, i) => {
      if (!this.overflow)
        this.put(v, s.counts[i]!, s.rows[i]! + rowOffset, s.lines[i]! + lineOffset, s.files[i]!);
    });
  }
}

/** Stops a reader once the reference has too many keys. */
class TooManyKeys extends Error {}

/** Read a reference file's column into a set (its path was confined to the repository before the run). */
export async function readReference(ws: Workspace, fk: ForeignKey, limit = KEYS_LIMIT): Promise<Reference> {
  const where = `${fk.reference}:${fk.reference_column}`;
  const files = (await ws.glob([fk.reference!])).sort();
  if (!files.length) return { error: `the reference ${fk.reference} does not exist` };
  const keys = new Set<string>();
  for (const file of files) {
    const read = readerFor(file);
    if (!read)
      return {
        error: `the reference ${file} is not a file mlgate reads (CSV, TSV, JSON, JSON Lines, Parquet)`,
      };
    let at = -1;
    try {
      await read(
        ws,
        file,
        (row) => {
          if (row.index === 0) {
            at = row.fields.indexOf(fk.reference_column);
            if (at === -1) throw new TooManyKeys(`${file} has no column ${fk.reference_column}`);
            return;
          }
          const v = row.fields[at] ?? "";
          if (isMissing(v)) return;
          keys.add(v);
          if (keys.size > limit) throw new TooManyKeys("");
        },
        undefined,
        undefined,
        new Set([fk.reference_column]),
      );
    } catch (err) {
      if (!(err instanceof TooManyKeys)) return { error: `${file}: ${(err as Error).message}` };
      if (err.message) return { error: err.message };
      return { notTested: `${where} has more than ${limit.toLocaleString("en-US")} distinct keys` };
    }
    if (at === -1) return { error: `${file} is empty (no header row)` };
  }
  return { keys };
}

/** The verdict of one foreign key from its reference and its column's values. */
export function foreignKeyVerdict(
  base: string,
  ds: DatasetConfig,
  dsSeverity: Severity,
  sink: ForeignKeySink,
  ref: Reference | undefined,
): CheckResult {
  const { fk } = sink;
  const id = `${base}/${fk.column}/foreign_key`;
  const sev = fk.severity ?? dsSeverity;
  const target = `${fk.reference ?? fk.reference_table}:${fk.reference_column}`;
  const what = `${fk.column} → ${target}`;
  const rubric = [...SCHEMA_RUBRIC];
  if (!ref || "error" in ref)
    return {
      ...failed(id, `${ds.name}: ${what}: ${ref ? ref.error : "no reference"}`, sev, rubric),
      status: "error",
    };
  if (sink.at.includes(-1))
    return failed(id, `${ds.name}: ${what}: ${fk.column} is not a column`, sev, rubric);
  const notTested = (why: string): CheckResult => ({
    id,
    status: "skipped",
    severity: sev,
    message: `${what} not tested: ${why}`,
    rubric,
    diagnostics: [],
  });
  if ("notTested" in ref) return notTested(ref.notTested);
  if (sink.overflow)
    return notTested(`${fk.column} has more than ${sink.limit.toLocaleString("en-US")} distinct values`);
  let orphanKeys = 0;
  let orphanRows = 0;
  let distinct = sink.index.size;
  const examples: { value: string; row: number; line: number; file: string }[] = [];
  const sql = sink.sqlAnswer;
  if (sql) {
    ({ orphanKeys, orphanRows, keys: distinct } = sql);
    for (const v of sql.examples) examples.push(example(v, -1, 1, sql.file));
  } else
    for (const [value, i] of sink.index) {
      if (ref.keys.has(value)) continue;
      orphanKeys++;
      orphanRows += sink.counts[i]!;
      if (examples.length < 5) examples.push(example(value, sink.rows[i]!, sink.lines[i]!, sink.files[i]!));
    }
  const passed = orphanKeys === 0;
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return {
    id,
    status: passed ? "passed" : "failed",
    severity: sev,
    message: passed
      ? `${what}: all ${s(distinct, "key")} found`
      : `${what}: ${s(orphanKeys, "orphan key")} in ${s(orphanRows, "row")} (of ${distinct} distinct)`,
    observed: `${s(orphanKeys, "orphan key")}, ${s(orphanRows, "row")}`,
    expected: `every ${fk.column} in ${target}`,
    rubric,
    diagnostics: passed
      ? []
      : examples.map((e) =>
          diagnostic(
            "data/foreign-key",
            sev,
            `${e.row >= 0 ? `row ${e.row}: ` : ""}${fk.column} "${e.value}" is not in ${target}`,
            e,
          ),
        ),
  };
}

const fkSchema = {
  type: "object",
  additionalProperties: false,
  required: ["column", "reference_column"],
  properties: {
    column: { type: "string", minLength: 1, description: "The column holding the keys." },
    reference: {
      type: "string",
      minLength: 1,
      description: "The reference file (a path in the repository, as `path`), for a dataset of files.",
    },
    reference_table: {
      type: "string",
      minLength: 1,
      description:
        "The reference table (`schema.table`) in the same database, for a dataset with a `source`.",
    },
    reference_column: { type: "string", minLength: 1, description: "The reference's key column." },
    severity,
  },
};

/** The foreign_key check. */
export const foreignKeyCheck: DatasetCheck = {
  id: "foreign_key",
  description:
    "Every value of a column is a key of a reference file's (or table's) column; orphan keys are counted with examples.",
  options: {
    foreign_key: {
      ...fkSchema,
      type: ["object", "array"],
      description:
        "`{ column, reference: FILE, reference_column }` (or `reference_table:` for SQL sources), or a list of them.",
      items: fkSchema,
    },
  },
  rubric: SCHEMA_RUBRIC,
  configured: (ds) => foreignKeys(ds).length > 0,
  rowSinks: (ds) => foreignKeys(ds).map((fk) => new ForeignKeySink(fk)),
  configErrors: (ds) =>
    foreignKeys(ds).flatMap((fk, i) => {
      const at = Array.isArray(ds.foreign_key) ? ["foreign_key", i] : ["foreign_key"];
      const table = ds.source !== undefined;
      const ok = table
        ? fk.reference_table !== undefined && fk.reference === undefined
        : fk.reference !== undefined && fk.reference_table === undefined;
      return ok
        ? []
        : [
            {
              severity: "error" as const,
              code: "config/foreign-key",
              message: table
                ? `a dataset with a \`source\` takes \`reference_table:\` (a table of the same database)${fk.reference === undefined ? "" : ", not `reference:`"}`
                : `a dataset of files takes \`reference:\` (a file in the repository)${fk.reference_table === undefined ? "" : ", not `reference_table:`"}`,
              path: at,
            },
          ];
    }),
  prepare: async (ds, ws) => Promise.all(foreignKeys(ds).map((fk) => readReference(ws, fk))),
  verdict: ({ base, ds, severity: sev, sinks, prepared }) =>
    (sinks as ForeignKeySink[]).map((s, i) =>
      foreignKeyVerdict(base, ds, sev, s, (prepared as Reference[] | undefined)?.[i]),
    ),
};
