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

/** The longest missing marker: longer cells skip the lookup (no hashing of long strings per cell). */
const MISSING_MAX_LENGTH = Math.max(...[...MISSING].map((m) => m.length));

/** Whether a cell is missing. */
export function isMissing(text: string): boolean {
  return text.length <= MISSING_MAX_LENGTH && MISSING.has(text);
}

/** A cell as a number for metrics and predictions: NaN when blank, missing or not a number. */
export function cellNumber(text: string): number {
  const t = text.trim();
  return t === "" || isMissing(t) ? Number.NaN : Number(t);
}

/** A decoded value (Parquet) as text: null is missing, dates are ISO 8601, big integers keep every digit. */
export function parquetText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x));
  return String(v);
}

/** The `type` a column may declare. */
export type ValueType = "integer" | "number" | "string" | "boolean" | "date" | "timestamp";

const BOOLEAN = /^(?:true|false|TRUE|FALSE|True|False|0|1|yes|no|Yes|No|YES|NO)$/;
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$/;

/** Whether `text` is a plain decimal number: sign, digits, point, exponent (a hand scan: this runs per cell). */
function isDecimal(text: string): boolean {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) c = text.charCodeAt(++i); // + -
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = text.charCodeAt(++i);
  }
  if (c === 46) {
    c = text.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      digits++;
      c = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return false;
  if (c === 101 || c === 69) {
    c = text.charCodeAt(++i);
    if (c === 43 || c === 45) c = text.charCodeAt(++i);
    let exp = 0;
    while (c >= 48 && c <= 57) {
      exp++;
      c = text.charCodeAt(++i);
    }
    if (exp === 0) return false;
  }
  return i === n;
}

/** The number a cell holds, or undefined when it is not a plain decimal number. */
export function toNumber(text: string): number | undefined {
  if (!isDecimal(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** `[-+]?[0-9]+`, scanned by hand (this runs per cell). */
function isInteger(text: string): boolean {
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) i++;
  if (i >= text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The digits of `text` from `from` to `to` as a number, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** YYYY-MM-DD naming a real calendar day. */
function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  return y >= 0 && m >= 0 && d >= 0 && validDate(y, m, d);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]!);
}

/** Whether a (non-missing) cell is of `type`. Timestamps are ISO 8601. */
export function hasType(text: string, type: ValueType): boolean {
  switch (type) {
    case "string":
      return true;
    case "integer":
      return isInteger(text);
    case "number":
      return toNumber(text) !== undefined;
    case "boolean":
      return BOOLEAN.test(text);
    case "date":
      return isDate(text);
    case "timestamp":
      return TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text.replace(" ", "T")));
  }
}

/** The missing markers as bytes, by length, for the byte path. */
const MISSING_BYTES: Uint8Array[][] = [];
for (const m of MISSING) {
  MISSING_BYTES[m.length] ??= [];
  MISSING_BYTES[m.length]!.push(new TextEncoder().encode(m));
}

/** First bytes of the missing markers: most cells are ruled out by one lookup. */
const MISSING_FIRST = new Uint8Array(256);
for (const m of MISSING) if (m) MISSING_FIRST[m.charCodeAt(0)] = 1;

/** Whether bytes [s, e) are a missing marker (or empty), without making a string. */
export function isMissingBytes(b: Uint8Array, s: number, e: number): boolean {
  const len = e - s;
  if (len === 0) return true;
  if (len > MISSING_MAX_LENGTH || MISSING_FIRST[b[s]!] === 0) return false;
  const candidates = MISSING_BYTES[len];
  if (!candidates) return false;
  outer: for (const m of candidates) {
    for (let i = 0; i < len; i++) if (m[i] !== b[s + i]) continue outer;
    return true;
  }
  return false;
}

/** `[-+]?[0-9]+` on bytes. */
export function isIntegerBytes(b: Uint8Array, s: number, e: number): boolean {
  let i = s;
  if (b[i] === 43 || b[i] === 45) i++;
  if (i >= e) return false;
  for (; i < e; i++) if (b[i]! < 48 || b[i]! > 57) return false;
  return true;
}

/** A plain decimal number on bytes: the same grammar as toNumber's check. */
export function isDecimalBytes(b: Uint8Array, s: number, e: number): boolean {
  let i = s;
  if (b[i] === 43 || b[i] === 45) i++;
  let digits = 0;
  while (i < e && b[i]! >= 48 && b[i]! <= 57) {
    digits++;
    i++;
  }
  if (i < e && b[i] === 46) {
    i++;
    while (i < e && b[i]! >= 48 && b[i]! <= 57) {
      digits++;
      i++;
    }
  }
  if (digits === 0) return false;
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    i++;
    if (i < e && (b[i] === 43 || b[i] === 45)) i++;
    let exp = 0;
    while (i < e && b[i]! >= 48 && b[i]! <= 57) {
      exp++;
      i++;
    }
    if (exp === 0) return false;
  }
  return i === e;
}

/** YYYY-MM-DD naming a real day, on bytes. */
export function isDateBytes(b: Uint8Array, s: number, e: number): boolean {
  if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return false;
  const y = digitsAt(b, s, s + 4);
  const m = digitsAt(b, s + 5, s + 7);
  const d = digitsAt(b, s + 8, s + 10);
  return y >= 0 && m >= 0 && d >= 0 && validDate(y, m, d);
}

/** The digits of bytes [s, e) as a number, or -1 if any is not a digit. */
function digitsAt(b: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
