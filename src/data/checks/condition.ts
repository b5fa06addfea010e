/**
 * The condition language of `where:` (docs/checks-relationships.md): a small tree of plain data,
 * parsed from mlgate.yml at config load and never evaluated as code.
 *
 *   { column: X, equals: v }            the cell is v (a number compares as a number)
 *   { column: X, in: [v, …] }           the cell is one of the values
 *   { column: X, missing: true }        the cell is missing (false: present)
 *   { column: X, op: ">=", value: 3 }   a number, or an ISO date/timestamp
 *   { and: [c, …] }, { or: [c, …] }, { not: c }
 *
 * A missing cell satisfies only `missing: true`. Sizes are bounded so that a hostile config
 * costs no more than its own length: MAX_DEPTH levels, MAX_PARTS parts, MAX_IN values per list.
 */
import type { ConfigFinding } from "../../config/parse-config.js";
import { isMissing, toNumber } from "../../readers/values.js";

import { holds, OPS, type Op, timestampMs } from "./compare-values.js";

/** A path into mlgate.yml. */
type JsonPath = ConfigFinding["path"];

/** Nesting levels of and/or/not (a condition a person writes has two or three). */
export const MAX_DEPTH = 16;
/** Parts of one condition (each test and each and/or/not). */
export const MAX_PARTS = 1000;
/** Values of one `in:` list. */
export const MAX_IN = 10_000;

/** A value a test names. */
export type Scalar = string | number | boolean;

/** A test of one column. */
export type Leaf =
  | { kind: "equals"; column: string; value: Scalar }
  | { kind: "in"; column: string; values: Scalar[] }
  | { kind: "missing"; column: string; missing: boolean }
  | { kind: "compare"; column: string; op: Op; value: number | string; ms?: number };

/** A parsed condition. */
export type Condition = Leaf | { kind: "and" | "or"; parts: Condition[] } | { kind: "not"; part: Condition };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const isScalar = (v: unknown): v is Scalar =>
  typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

const TESTS = ["equals", "in", "missing", "op"];
const SHAPES =
  "{ column, equals }, { column, in }, { column, missing }, { column, op, value }, { and: [...] }, { or: [...] } or { not: {...} }";

/** What parseCondition found: the condition, or the problems at their paths. */
export interface ParsedCondition {
  condition?: Condition;
  errors: ConfigFinding[];
}

/** Parse a condition written at `path` of mlgate.yml. */
export function parseCondition(raw: unknown, path: JsonPath): ParsedCondition {
  const errors: ConfigFinding[] = [];
  let parts = 0;
  const problem = (at: JsonPath, message: string): undefined => {
    if (errors.length < 20)
      errors.push({
        severity: "error",
        code: "config/condition",
        message,
        path: at,
        hint: `A condition is one of ${SHAPES} (docs/checks-relationships.md).`,
      });
    return undefined;
  };
  const walk = (node: unknown, at: JsonPath, depth: number): Condition | undefined => {
    if (depth > MAX_DEPTH) return problem(at, `conditions nest at most ${MAX_DEPTH} levels deep`);
    if (++parts > MAX_PARTS) return problem(at, `a condition has at most ${MAX_PARTS} parts`);
    if (!isObj(node)) return problem(at, "a condition must be a mapping");
    const keys = Object.keys(node);
    for (const op of ["and", "or", "not"] as const) {
      if (!Object.hasOwn(node, op)) continue;
      const extra = keys.find((k) => k !== op);
      if (extra !== undefined)
        return problem([...at, extra], `\`${op}\` stands alone: ${extra} is not allowed next to it`);
      const inner = node[op];
      if (op === "not") {
        const part = walk(inner, [...at, op], depth + 1);
        return part && { kind: "not", part };
      }
      if (!Array.isArray(inner) || inner.length === 0)
        return problem([...at, op], `\`${op}\` takes a non-empty list of conditions`);
      const list: Condition[] = [];
      for (let i = 0; i < inner.length; i++) {
        const part = walk(inner[i], [...at, op, i], depth + 1);
        if (!part) return undefined;
        list.push(part);
      }
      return { kind: op, parts: list };
    }
    return test(node, at);
  };
  const test = (node: Obj, at: JsonPath): Condition | undefined => {
    const column = node.column;
    if (typeof column !== "string" || column === "")
      return problem(
        Object.hasOwn(node, "column") ? [...at, "column"] : at,
        "a test needs `column:`, a column name",
      );
    const extra = Object.keys(node).find((k) => k !== "column" && k !== "value" && !TESTS.includes(k));
    if (extra !== undefined)
      return problem(
        [...at, extra],
        `unknown key ${extra} in a test (expected column and one of equals, in, missing, op with value)`,
      );
    const named = TESTS.filter((t) => Object.hasOwn(node, t));
    if (named.length !== 1)
      return problem(
        at,
        `a test on ${column} takes exactly one of equals, in, missing, op (found ${named.join(", ") || "none"})`,
      );
    if (named[0] !== "op" && Object.hasOwn(node, "value"))
      return problem([...at, "value"], `\`value\` goes with \`op\`, not with \`${named[0]}\``);
    switch (named[0]) {
      case "equals":
        if (!isScalar(node.equals))
          return problem([...at, "equals"], "`equals` takes a string, a number or a boolean");
        return { kind: "equals", column, value: node.equals };
      case "in": {
        const values = node.in;
        if (!Array.isArray(values) || values.length === 0)
          return problem([...at, "in"], "`in` takes a non-empty list of values");
        if (values.length > MAX_IN)
          return problem([...at, "in"], `\`in\` takes at most ${MAX_IN} values (found ${values.length})`);
        const bad = values.findIndex((v) => !isScalar(v));
        if (bad !== -1) return problem([...at, "in", bad], "`in` values are strings, numbers or booleans");
        return { kind: "in", column, values: values as Scalar[] };
      }
      case "missing":
        if (typeof node.missing !== "boolean")
          return problem([...at, "missing"], "`missing` takes true or false");
        return { kind: "missing", column, missing: node.missing };
      default: {
        const op = node.op;
        if (typeof op !== "string" || !(OPS as readonly string[]).includes(op))
          return problem([...at, "op"], `\`op\` is one of ${OPS.join(" ")}`);
        const value = node.value;
        if (typeof value === "number" && Number.isFinite(value))
          return { kind: "compare", column, op: op as Op, value };
        const ms = typeof value === "string" ? timestampMs(value) : undefined;
        if (ms === undefined)
          return problem(
            Object.hasOwn(node, "value") ? [...at, "value"] : at,
            "`op` compares with `value:`, a number or an ISO date/timestamp (2024-01-31, 2024-01-31T12:00:00Z)",
          );
        return { kind: "compare", column, op: op as Op, value: value as string, ms };
      }
    }
  };
  const condition = walk(raw, path, 1);
  return errors.length || !condition ? { errors } : { condition, errors };
}

/** The columns a condition reads, each once, in the order written. */
export function conditionColumns(c: Condition, into: string[] = []): string[] {
  if (c.kind === "and" || c.kind === "or") for (const p of c.parts) conditionColumns(p, into);
  else if (c.kind === "not") conditionColumns(c.part, into);
  else if (!into.includes((c as Leaf).column)) into.push((c as Leaf).column);
  return into;
}

/** Whether a non-missing cell is the value `v` (numbers by value, booleans in any case, text as written). */
function isValue(text: string, v: Scalar): boolean {
  if (typeof v === "number") return toNumber(text) === v;
  if (typeof v === "boolean") return text.toLowerCase() === String(v);
  return text === v;
}

/** A function of a row's cells (cell i is the column `columns[i]`, conditionColumns' order). */
export type RowTest = (cells: readonly string[]) => boolean;

/** Compile a condition to a test of rows (closures over its parsed values: no code is generated). */
export function compileCondition(c: Condition, columns: readonly string[]): RowTest {
  switch (c.kind) {
    case "and": {
      const parts = c.parts.map((p) => compileCondition(p, columns));
      return (cells) => parts.every((p) => p(cells));
    }
    case "or": {
      const parts = c.parts.map((p) => compileCondition(p, columns));
      return (cells) => parts.some((p) => p(cells));
    }
    case "not": {
      const part = compileCondition(c.part, columns);
      return (cells) => !part(cells);
    }
    default:
      return compileLeaf(c as Leaf, columns.indexOf((c as Leaf).column));
  }
}

/** A test of cell i. */
function compileLeaf(c: Leaf, i: number): RowTest {
  switch (c.kind) {
    case "missing":
      return (cells) => isMissing(cells[i]!) === c.missing;
    case "equals":
      return (cells) => !isMissing(cells[i]!) && isValue(cells[i]!, c.value);
    case "in": {
      const texts = new Set(c.values.filter((v) => typeof v === "string"));
      const numbers = new Set(c.values.filter((v) => typeof v === "number"));
      const bools = new Set(c.values.filter((v) => typeof v === "boolean").map(String));
      return (cells) => {
        const t = cells[i]!;
        if (isMissing(t)) return false;
        if (texts.has(t) || (bools.size && bools.has(t.toLowerCase()))) return true;
        const n = numbers.size ? toNumber(t) : undefined;
        return n !== undefined && numbers.has(n);
      };
    }
    case "compare": {
      const { op, value, ms } = c;
      if (ms === undefined)
        return (cells) => {
          const n = isMissing(cells[i]!) ? undefined : toNumber(cells[i]!);
          return n !== undefined && holds(n, op, value as number);
        };
      return (cells) => {
        const t = isMissing(cells[i]!) ? undefined : timestampMs(cells[i]!);
        return t !== undefined && holds(t, op, ms);
      };
    }
  }
}

/** A value as the docs write it. */
const show = (v: Scalar) => (typeof v === "string" ? JSON.stringify(v) : String(v));

/** The condition in words, for messages: `status == "shipped" and not (age < 18)`. */
export function describeCondition(c: Condition, nested = false): string {
  let s: string;
  switch (c.kind) {
    case "and":
    case "or":
      s = c.parts.map((p) => describeCondition(p, true)).join(` ${c.kind} `);
      return nested && c.parts.length > 1 ? `(${s})` : s;
    case "not":
      return `not ${describeCondition(c.part, true)}`;
    case "equals":
      return `${c.column} == ${show(c.value)}`;
    case "in": {
      const shown = c.values.slice(0, 5).map(show).join(", ");
      return `${c.column} in (${shown}${c.values.length > 5 ? `, … ${c.values.length - 5} more` : ""})`;
    }
    case "missing":
      return `${c.column} is ${c.missing ? "" : "not "}missing`;
    case "compare":
      return `${c.column} ${c.op} ${show(c.value)}`;
  }
}
