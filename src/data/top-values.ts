/**
 * The text values of a column and how often each occurs, exactly, while the column has at most
 * `DISTINCT_LIMIT` distinct ones (a category); past that it keeps nothing more and says so (an id,
 * an email, free text: a bar per value would say nothing). On the CSV byte path cells are matched
 * by their bytes through a small hash table, so a category column makes no string per cell.
 */
import { type BatchColumn, TEXT_CELL } from "./checks/column-check.js";

/** Distinct text values counted exactly; a column with more is not a category. */
export const DISTINCT_LIMIT = 64;
/** The values the report lists, most frequent first. */
export const TOP_SHOWN = 10;
/** Hash slots: a power of two, four per value so probes stay short. */
const SLOTS = DISTINCT_LIMIT * 4;

/** What a part of a file counted, sent between threads. */
export interface TopValuesState {
  values: string[];
  counts: number[];
  over: boolean;
}

/** The most frequent values as the report carries them. */
export interface TopValuesSummary {
  /** At most TOP_SHOWN, by count, then by value. */
  values: { value: string; count: number }[];
  /** Text cells not among those listed. */
  other: number;
  /** Distinct text values. */
  distinct: number;
}

/** Exact counts of a column's text values, up to DISTINCT_LIMIT distinct. */
export class TopValues {
  /** More than DISTINCT_LIMIT distinct values came: counting stopped. */
  over = false;
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly counts: number[] = [];
  /** Each value's UTF-8 bytes, for the byte path's matches. */
  private readonly bytes: Buffer[] = [];
  /** Per slot: the value's number + 1 (0: empty), and its bytes' hash. */
  private readonly slotValue = new Int16Array(SLOTS);
  private readonly slotHash = new Int32Array(SLOTS);

  /** Count one text cell. */
  add(text: string, n = 1): void {
    if (this.over) return;
    const k = this.index.get(text) ?? this.newValue(text);
    if (k >= 0) this.counts[k]! += n;
  }

  /** Count the text cells of a decoded CSV batch column. */
  addBatch(col: BatchColumn): void {
    if (this.over) return;
    const { kind, special, s, e, batch } = col;
    const buf = batch.buf;
    const counts = this.counts;
    for (let r = col.from; r < col.to; r++) {
      if (kind[r] !== TEXT_CELL) continue;
      if (special[r] === 1) {
        this.add(col.texts[r]!);
      } else {
        const k = this.findBytes(buf, s[r]!, e[r]!, batch.slice.bind(batch));
        if (k >= 0) counts[k]!++;
      }
      if (this.over) return;
    }
  }

  /** The value number of bytes [s, e), made when new; -1 once past the limit. */
  private findBytes(buf: Buffer, s: number, e: number, text: (s: number, e: number) => string): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    let slot = h & (SLOTS - 1);
    for (;;) {
      const v = this.slotValue[slot]!;
      if (v === 0) break;
      if (this.slotHash[slot] === h && sameBytes(this.bytes[v - 1]!, buf, s, e)) return v - 1;
      slot = (slot + 1) & (SLOTS - 1);
    }
    const t = text(s, e);
    return this.index.get(t) ?? this.newValue(t);
  }

  /** Number a new value and enter its bytes in the hash table; -1 (and stop) past the limit. */
  private newValue(text: string): number {
    if (this.values.length === DISTINCT_LIMIT) {
      this.over = true;
      return -1;
    }
    const k = this.values.length;
    this.values.push(text);
    this.counts.push(0);
    this.index.set(text, k);
    const b = Buffer.from(text, "utf8");
    this.bytes.push(b);
    let h = 0x811c9dc5;
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    let slot = h & (SLOTS - 1);
    while (this.slotValue[slot] !== 0) slot = (slot + 1) & (SLOTS - 1);
    this.slotValue[slot] = k + 1;
    this.slotHash[slot] = h;
    return k;
  }

  /** Measures to send to the main thread. */
  exportState(): TopValuesState {
    return { values: [...this.values], counts: [...this.counts], over: this.over };
  }

  /** Merge another part's counts (order does not matter: counts add). */
  mergeState(s: TopValuesState): void {
    if (s.over) this.over = true;
    s.values.forEach((v, i) => {
      this.add(v, s.counts[i]!);
    });
  }

  /** The most frequent values, or undefined when none came or there were too many to count. */
  summary(): TopValuesSummary | undefined {
    if (this.over || !this.values.length) return undefined;
    const order = this.values
      .map((value, i) => ({ value, count: this.counts[i]! }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const values = order.slice(0, TOP_SHOWN);
    const total = order.reduce((t, v) => t + v.count, 0);
    return { values, other: total - values.reduce((t, v) => t + v.count, 0), distinct: order.length };
  }
}

/** Whether `b` holds exactly bytes [s, e) of `buf`. */
function sameBytes(b: Buffer, buf: Buffer, s: number, e: number): boolean {
  if (b.length !== e - s) return false;
  for (let i = 0; i < b.length; i++) if (b[i] !== buf[s + i]) return false;
  return true;
}
