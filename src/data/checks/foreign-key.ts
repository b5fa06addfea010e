/**
 * `foreign_key`: every value of a column is a key of a reference file's column (orders.customer_id
 * in customers.csv's id). Keys compare as text, as written; missing cells are not keys. The
 * reference is read first: the 128-bit hash of each key (row-hash.ts) into spilled partitions
 * (hash-partitions.ts); during the scan each part puts the hash of every cell with where it was
 * into partitions of its own; after the scan the two are joined one partition at a time, so memory
 * holds one partition of each, whatever the number of keys. The text of the first orphan keys is
 * read again from their rows (docs/checks-relationships.md).
 */
import { severity } from "../../checks/options.js";
import type { Workspace } from "../../io/workspace.js";
import type { MakeSpillDir } from "../../readers/hash-set.js";
import { readerFor } from "../../readers/reader-for.js";
import { isMissing } from "../../readers/values.js";
import type { CheckResult, Severity } from "../../report/types.js";
import { HashPartitions, type PartitionState } from "../splits/hash-partitions.js";
import { RowHash } from "../splits/row-hash.js";
import { Table128 } from "../splits/table128.js";
import { diagnostic, example, SCHEMA_RUBRIC } from "./column-check.js";
import { type DatasetCheck, type DatasetConfig, failed, type RowSink } from "./dataset-check.js";

/** Orphan keys shown as examples. */
const EXAMPLES = 5;

/** Record words of a cell: key hash (4), file, row, line. */
const RECORD = 7;

/** One entry of `foreign_key`. */
export interface ForeignKey {
  column: string;
  reference?: string;
  reference_table?: string;
  reference_column: string;
  severity?: Severity;
}

/**
 * What was read of the reference before the scan: its keys' hashes (`keys`: the SQL form, whose
 * answer is in the sink, passes an empty set), or why it could not be read.
 */
export type Reference = { hashes: HashPartitions } | { keys: Set<string> } | { error: string };

/** What a part sends: the files it read and its cells' records. */
type FkState = { files: string[]; records: PartitionState };

/** The join's answer: orphan keys and rows, distinct keys, and the first orphans (their text once read). */
export interface FkAnswer {
  orphanKeys: number;
  orphanRows: number;
  keys: number;
  examples: { value: string; row: number; line: number; file: string }[];
}

/** The foreign keys of a dataset, as a list. */
export const foreignKeys = (ds: DatasetConfig): ForeignKey[] => {
  const fk = ds.foreign_key as ForeignKey | ForeignKey[] | undefined;
  return fk === undefined ? [] : Array.isArray(fk) ? fk : [fk];
};

/** One foreign key's column: the hash of every cell and where it was. */
export class ForeignKeySink implements RowSink<FkState> {
  at: number[] = [];
  readonly cols: string[];
  files: string[] = [];
  readonly records: HashPartitions;
  /** The join's answer, once secondPass ran. */
  answer?: FkAnswer;
  /** What the SQL form measured in the engine (sql/relationships-sql.ts), in place of the records. */
  sqlAnswer?: { orphanKeys: number; orphanRows: number; keys: number; examples: string[]; file: string };
  private readonly hash = new RowHash();
  private readonly rec = new Uint32Array(RECORD);
  /** `spillWords`: words kept in memory before spilling (the default, but for tests). */
  constructor(
    readonly fk: ForeignKey,
    spillDir?: MakeSpillDir,
    spillWords?: number,
  ) {
    this.cols = [fk.column];
    this.records = new HashPartitions(RECORD, [4, 5, 6], spillDir, spillWords);
  }
  row(cells: string[], row: number, line: number, file: string): void {
    const v = cells[0]!;
    if (isMissing(v)) return;
    let f = this.files.length ? this.files.lastIndexOf(file) : -1;
    if (f === -1) f = this.files.push(file) - 1;
    const rec = this.rec;
    this.hash.reset();
    this.hash.text(v);
    this.hash.digest(rec, 0);
    rec[4] = f;
    rec[5] = row;
    rec[6] = line;
    this.records.add(rec);
  }
  exportState(): FkState {
    return { files: this.files, records: this.records.exportState() };
  }
  mergeState(s: FkState, rowOffset: number, lineOffset: number): void {
    // A part is a byte range of one file: its file index 0 becomes that file's index here.
    let fileIndex = 0;
    if (s.files[0] !== undefined) {
      fileIndex = this.files.indexOf(s.files[0]);
      if (fileIndex === -1) fileIndex = this.files.push(s.files[0]) - 1;
    }
    this.records.mergeState(s.records, [fileIndex, rowOffset, lineOffset]);
  }
}

/** Where a record was: file index, row, line. */
export type At = [number, number, number];
const before = (a: At, b: At) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * Join a column's records with the reference's hashes, one partition of each at a time: orphan
 * keys and rows, distinct keys, and where the EXAMPLES orphan keys that appear first (by file,
 * then row) first are.
 */
export function joinForeignKey(
  ref: HashPartitions,
  records: HashPartitions,
): { answer: FkAnswer; first: At[] } {
  const answer: FkAnswer = { orphanKeys: 0, orphanRows: 0, keys: 0, examples: [] };
  const first: At[] = [];
  const refParts = ref.partitions();
  const parts = records.partitions();
  for (;;) {
    const a = refParts.next();
    const b = parts.next();
    if (a.done || b.done) break;
    const keys = a.value;
    const recs = b.value;
    if (!recs.length) continue;
    const known = new Table128(keys.length / 4);
    for (let i = 0; i < keys.length; i += 4) known.put(keys, i);
    const seen = new Table128(recs.length / RECORD);
    // Per distinct key: the offset of its earliest record when the reference lacks it, else -1.
    const earliest = new Int32Array(recs.length / RECORD);
    const at = (o: number): At => [recs[o + 4]!, recs[o + 5]!, recs[o + 6]!];
    for (let i = 0; i < recs.length; i += RECORD) {
      const id = seen.put(recs, i);
      if (seen.added) earliest[id] = known.get(recs, i) === -1 ? i : -1;
      const o = earliest[id]!;
      if (o === -1) continue;
      answer.orphanRows++;
      const f = recs[i + 4]!;
      const g = recs[o + 4]!;
      if (f < g || (f === g && recs[i + 5]! < recs[o + 5]!)) earliest[id] = i;
    }
    answer.keys += seen.size;
    for (let id = 0; id < seen.size; id++) {
      const o = earliest[id]!;
      if (o === -1) continue;
      answer.orphanKeys++;
      const here = at(o);
      if (first.length < EXAMPLES || before(here, first[first.length - 1]!)) {
        first.push(here);
        first.sort((x, y) => (before(x, y) ? -1 : 1));
        if (first.length > EXAMPLES) first.pop();
      }
    }
  }
  // Drain both so that their spilled files are removed.
  while (!refParts.next().done);
  while (!parts.next().done);
  return { answer, first };
}

/**
 * The join's answer with the text of its examples, read again from their rows (a 128-bit hash
 * collision aside, the cell there is the orphan key).
 */
export async function foreignKeyAnswer(
  sink: ForeignKeySink,
  ref: HashPartitions,
  fetch: (file: string, rows: number[]) => Promise<Map<number, string[]>>,
): Promise<FkAnswer> {
  const { answer, first } = joinForeignKey(ref, sink.records);
  const col = sink.at[0]!;
  const cells = new Map<number, Map<number, string[]>>();
  for (const f of new Set(first.map((a) => a[0])))
    cells.set(
      f,
      await fetch(
        sink.files[f]!,
        first.filter((a) => a[0] === f).map((a) => a[1]),
      ),
    );
  answer.examples = first.map(([f, row, line]) => ({
    value: cells.get(f)?.get(row)?.[col] ?? "",
    row,
    line,
    file: sink.files[f]!,
  }));
  return answer;
}

/** Read a reference file's column into hash partitions (its path was confined to the repository before the run). */
export async function readReference(
  ws: Workspace,
  fk: ForeignKey,
  spillDir?: MakeSpillDir,
): Promise<Reference> {
  const files = (await ws.glob([fk.reference!])).sort();
  if (!files.length) return { error: `the reference ${fk.reference} does not exist` };
  const hashes = new HashPartitions(4, [], spillDir);
  const hash = new RowHash();
  const rec = new Uint32Array(4);
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
            if (at === -1) throw new NoColumn(`${file} has no column ${fk.reference_column}`);
            return;
          }
          const v = row.fields[at] ?? "";
          if (isMissing(v)) return;
          hash.reset();
          hash.text(v);
          hash.digest(rec, 0);
          hashes.add(rec);
        },
        undefined,
        undefined,
        new Set([fk.reference_column]),
      );
    } catch (err) {
      if (err instanceof NoColumn) return { error: err.message };
      return { error: `${file}: ${(err as Error).message}` };
    }
    if (at === -1) return { error: `${file} is empty (no header row)` };
  }
  return { hashes };
}

/** Stops a reader at a header without the reference column. */
class NoColumn extends Error {}

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
  let orphanKeys: number;
  let orphanRows: number;
  let distinct: number;
  const examples: { value: string; row: number; line: number; file: string }[] = [];
  const sql = sink.sqlAnswer;
  if (sql) {
    ({ orphanKeys, orphanRows, keys: distinct } = sql);
    for (const v of sql.examples) examples.push(example(v, -1, 1, sql.file));
  } else {
    // Joined by secondPass (which read the examples' text); without it, joined here, with no examples.
    const answer =
      sink.answer ?? ("hashes" in ref ? joinForeignKey(ref.hashes, sink.records).answer : undefined);
    if (!answer)
      return { ...failed(id, `${ds.name}: ${what}: no reference keys`, sev, rubric), status: "error" };
    ({ orphanKeys, orphanRows, keys: distinct } = answer);
    for (const e of answer.examples) examples.push(example(e.value, e.row, e.line, e.file));
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
  rowSinks: (ds, spillDir) => foreignKeys(ds).map((fk) => new ForeignKeySink(fk, spillDir)),
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
  prepare: async (ds, ws, spillDir) =>
    Promise.all(foreignKeys(ds).map((fk) => readReference(ws, fk, spillDir))),
  async secondPass(sinks, fetch, prepared) {
    for (const [i, sink] of (sinks as ForeignKeySink[]).entries()) {
      const ref = (prepared as Reference[] | undefined)?.[i];
      if (!ref || !("hashes" in ref) || sink.at.includes(-1)) continue;
      sink.answer = await foreignKeyAnswer(sink, ref.hashes, fetch);
    }
  },
  verdict: ({ base, ds, severity: sev, sinks, prepared }) =>
    (sinks as ForeignKeySink[]).map((s, i) =>
      foreignKeyVerdict(base, ds, sev, s, (prepared as Reference[] | undefined)?.[i]),
    ),
};
