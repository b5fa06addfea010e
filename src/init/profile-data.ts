/**
 * A conservative profile of a data file for `mlgate init`: per column its type, observed range,
 * missing values, whether it is a unique id, and its categories when they are few. What it
 * proposes holds on the file as it is, so the starter config passes until the data changes.
 */
import type { Workspace } from "../io/workspace.js";
import { readerFor } from "../readers/reader-for.js";
import { hasType, isMissing, toNumber, type ValueType } from "../readers/values.js";

/** What one column looks like. */
export interface ColumnProfile {
  name: string;
  rows: number;
  missing: number;
  /** The narrowest type every non-missing value has; undefined when the column is all missing. */
  type?: ValueType;
  min?: number;
  max?: number;
  /** Every distinct value, when there are at most MAX_CATEGORIES (and the column holds text). */
  categories?: string[];
  /** Named like an id and every value distinct. */
  uniqueId: boolean;
}

/** A data file's profile. */
export interface DataProfile {
  file: string;
  rows: number;
  columns: ColumnProfile[];
}

/** More distinct values than this and a text column is not a category set. */
const MAX_CATEGORIES = 12;
/** Distinct values remembered per id column: beyond this `unique` is not proposed (memory stays bounded). */
const MAX_ID_VALUES = 200_000;
/** Rows profiled: enough to propose checks, bounded so init stays quick on a large file. */
const MAX_ROWS = 1_000_000;

const TYPES: ValueType[] = ["integer", "number", "date", "timestamp", "string"];
const ID_NAME = /(?:^|[_\-. ])id$|^id[_\-. ]|[a-z]Id$|^(?:uuid|key)$/i;

interface Acc {
  missing: number;
  types: Set<ValueType>;
  min: number;
  max: number;
  categories: Set<string> | undefined;
  ids: Set<string> | undefined;
}

/** Profile `file`; undefined when no reader takes it or it cannot be read (init then leaves it out). */
export async function profileData(ws: Workspace, file: string): Promise<DataProfile | undefined> {
  const reader = readerFor(file);
  if (!reader) return undefined;
  let header: string[] = [];
  let accs: Acc[] = [];
  let rows = 0;
  const stop = new Error("enough rows");
  try {
    await reader(ws, file, (row) => {
      if (row.index === 0) {
        header = row.fields;
        accs = header.map((name) => ({
          missing: 0,
          types: new Set(TYPES),
          min: Number.POSITIVE_INFINITY,
          max: Number.NEGATIVE_INFINITY,
          categories: new Set(),
          ids: ID_NAME.test(name) ? new Set() : undefined,
        }));
        return;
      }
      if (++rows > MAX_ROWS) throw stop;
      for (let i = 0; i < accs.length; i++) addCell(accs[i]!, row.fields[i] ?? "");
    });
  } catch (err) {
    if (err !== stop) return undefined;
    rows = MAX_ROWS;
  }
  if (!header.length) return undefined;
  return { file, rows, columns: header.map((name, i) => columnProfile(name, rows, accs[i]!)) };
}

function addCell(a: Acc, text: string): void {
  if (isMissing(text)) {
    a.missing++;
    a.ids = undefined;
    return;
  }
  for (const t of a.types) if (!hasType(text, t)) a.types.delete(t);
  const n = toNumber(text);
  if (n !== undefined) {
    if (n < a.min) a.min = n;
    if (n > a.max) a.max = n;
  }
  if (a.categories) {
    a.categories.add(text);
    if (a.categories.size > MAX_CATEGORIES) a.categories = undefined;
  }
  if (a.ids) {
    if (a.ids.has(text) || a.ids.size >= MAX_ID_VALUES) a.ids = undefined;
    else a.ids.add(text);
  }
}

function columnProfile(name: string, rows: number, a: Acc): ColumnProfile {
  const present = rows - a.missing;
  const type = present > 0 ? TYPES.find((t) => a.types.has(t)) : undefined;
  const numeric = type === "integer" || type === "number";
  const p: ColumnProfile = { name, rows, missing: a.missing, uniqueId: Boolean(a.ids) && present > 1 };
  if (type) p.type = type;
  if (numeric && Number.isFinite(a.min)) {
    p.min = a.min;
    p.max = a.max;
  }
  // Categories only for text seen often enough that a new value is news, not sampling.
  if (type === "string" && a.categories && !p.uniqueId && present >= 4 * a.categories.size)
    p.categories = [...a.categories].sort();
  return p;
}
