/** How a cell's text is read: missing markers and the value types of the `type` check. */

/** Cell texts read as missing, as pandas' default NA values do. */
export const MISSING = new Set([
  "",
  "NA",
  "N/A",
  "n/a",
  "NaN",
  "nan",
  "-NaN",
  "-nan",
  "NULL",
  "null",
  "None",
  "<NA>",
  "#N/A",
  "#NA",
]);

/** The `type` a column may declare. */
export type ValueType = "integer" | "number" | "string" | "boolean" | "date" | "timestamp";

const INTEGER = /^[-+]?[0-9]+$/;
const NUMBER = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
const BOOLEAN = /^(?:true|false|TRUE|FALSE|True|False|0|1|yes|no|Yes|No|YES|NO)$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$/;

/** The number a cell holds, or undefined when it is not a plain decimal number. */
export function toNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Whether a (non-missing) cell is of `type`. Timestamps are ISO 8601. */
export function hasType(text: string, type: ValueType): boolean {
  switch (type) {
    case "string":
      return true;
    case "integer":
      return INTEGER.test(text);
    case "number":
      return toNumber(text) !== undefined;
    case "boolean":
      return BOOLEAN.test(text);
    case "date": {
      const m = DATE.exec(text);
      return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    case "timestamp":
      return TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text.replace(" ", "T")));
  }
}
