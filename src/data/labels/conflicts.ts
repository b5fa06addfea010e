/**
 * Duplicate feature rows with conflicting labels: the records of every row (feature hash, label
 * hash, where) grouped by feature hash one partition at a time. A group whose rows carry two or
 * more labels is a conflict; its rows are counted, and the first groups (by their first row) are
 * kept as examples.
 */

import type { HashPartitions } from "../splits/hash-partitions.js";
import { Table128 } from "../splits/table128.js";
import { RECORD } from "./label-sink.js";

/** Where a row is: file index, row, line. */
export interface RowAt {
  file: number;
  row: number;
  line: number;
}

/** A conflicting group: its first row, and the first row with another label. */
export interface Conflict {
  first: RowAt;
  other: RowAt;
  rows: number;
}

/** Conflicts found. */
export interface Conflicts {
  groups: number;
  rows: number;
  examples: Conflict[];
}

const before = (a: RowAt, b: RowAt) => a.file < b.file || (a.file === b.file && a.row < b.row);

/** Group the records; keep `keep` examples. */
export function findConflicts(records: HashPartitions, keep = 5): Conflicts {
  const out: Conflicts = { groups: 0, rows: 0, examples: [] };
  for (const part of records.partitions()) {
    if (!part.length) continue;
    const table = new Table128(part.length / RECORD);
    // Per group: its first record's offset, the offset of a record with another label (-1), rows.
    const first: number[] = [];
    const other: number[] = [];
    const count: number[] = [];
    for (let i = 0; i < part.length; i += RECORD) {
      const g = table.put(part, i);
      if (table.added) {
        first.push(i);
        other.push(-1);
        count.push(1);
        continue;
      }
      count[g]!++;
      const f = first[g]!;
      if (other[g] === -1 && (part[f + 4] !== part[i + 4] || part[f + 5] !== part[i + 5])) other[g] = i;
    }
    const at = (o: number): RowAt => ({ file: part[o + 6]!, row: part[o + 7]!, line: part[o + 8]! });
    for (let g = 0; g < first.length; g++) {
      if (other[g] === -1) continue;
      out.groups++;
      out.rows += count[g]!;
      const c = { first: at(first[g]!), other: at(other[g]!), rows: count[g]! };
      const ex = out.examples;
      if (ex.length < keep || before(c.first, ex[ex.length - 1]!.first)) {
        ex.push(c);
        ex.sort((x, y) => (before(x.first, y.first) ? -1 : 1));
        if (ex.length > keep) ex.pop();
      }
    }
  }
  return out;
}
