/**
 * How two cells compare, for `compare_columns` and the numeric comparisons of `where:`
 * conditions: as numbers when both are plain decimals, else as instants when both are ISO dates
 * or timestamps, else (only for `==` and `!=`) as text. Anything else cannot be compared.
 */
import { hasType, toNumber } from "../../readers/values.js";

/** The comparison operators, as written in mlgate.yml. */
export const OPS = ["<", "<=", "==", "!=", ">=", ">"] as const;

/** One of OPS. */
export type Op = (typeof OPS)[number];

/** A date or timestamp cell as milliseconds since the epoch; without a zone it is UTC. */
export function timestampMs(text: string): number | undefined {
  // A real calendar day (V8 reads 2024-02-30 as March 1st; the SQL forms refuse it too).
  if (!hasType(text, "timestamp") || !hasType(text.slice(0, 10), "date")) return undefined;
  let iso = text.replace(" ", "T");
  // Date.parse reads a date-time without a zone as local time: the SQL forms read it as UTC, so does this.
  if (iso.length > 10 && !/(Z|[+-]\d\d:?\d\d)$/.test(iso)) iso += "Z";
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

/** `a op b` on two numbers. */
export function holds(a: number, op: Op, b: number): boolean {
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case ">=":
      return a >= b;
    case ">":
      return a > b;
  }
}

/** Whether `left op right` holds for two non-missing cells; undefined when they cannot be compared. */
export function compareCells(left: string, op: Op, right: string): boolean | undefined {
  const a = toNumber(left);
  const b = toNumber(right);
  if (a !== undefined && b !== undefined) return holds(a, op, b);
  if (a === undefined && b === undefined) {
    const ta = timestampMs(left);
    const tb = timestampMs(right);
    if (ta !== undefined && tb !== undefined) return holds(ta, op, tb);
  }
  if (op === "==") return left === right;
  if (op === "!=") return left !== right;
  return undefined;
}
