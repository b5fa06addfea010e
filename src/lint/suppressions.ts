/**
 * Inline suppression comments:
 *   # mlgate-disable-next-line [CODE ...]   (also // in JSONC)  the next line
 *   # mlgate-disable-line [CODE ...]                            the same line
 *   # mlgate-disable-file [CODE ...]                            the whole file
 * With no code, every finding is suppressed. A code matches itself, its prefix (`schema` matches
 * `schema/enum`) and its rule name (`duplicate-key` matches `yaml/duplicate-key`).
 */
import type { Diagnostic } from "../report/types.js";

const COMMENT = /(?:#|\/\/)\s*mlgate-disable-(next-line|line|file)\b([^\n]*)/g;

/** Parsed suppressions of one file. */
export interface Suppressions {
  /** Line (0-based) to codes; an empty list means all. */
  lines: Map<number, string[]>;
  file?: string[];
}

/** Find the suppression comments in `text`. */
export function findSuppressions(text: string): Suppressions {
  const result: Suppressions = { lines: new Map() };
  if (!text.includes("mlgate-disable")) return result;
  for (const m of text.matchAll(COMMENT)) {
    const codes = m[2]!.split(/[\s,]+/).filter((c) => /^[a-z0-9][a-z0-9/_.-]*$/.test(c));
    if (m[1] === "file") {
      result.file =
        result.file && (result.file.length === 0 || codes.length === 0)
          ? []
          : [...(result.file ?? []), ...codes];
      continue;
    }
    const line = lineOf(text, m.index) + (m[1] === "next-line" ? 1 : 0);
    const had = result.lines.get(line);
    result.lines.set(line, had && (had.length === 0 || codes.length === 0) ? [] : [...(had ?? []), ...codes]);
  }
  return result;
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function covers(codes: string[], code: string): boolean {
  return (
    codes.length === 0 || codes.some((c) => code === c || code.startsWith(`${c}/`) || code.endsWith(`/${c}`))
  );
}

/** Whether `d` is suppressed. */
export function isSuppressed(s: Suppressions, d: Diagnostic): boolean {
  if (s.file && covers(s.file, d.code)) return true;
  const line = d.range?.start.line;
  const codes = line === undefined ? undefined : s.lines.get(line);
  return codes !== undefined && covers(codes, d.code);
}
