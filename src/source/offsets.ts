/** Offsets to 0-based line/column ranges, through yaml's LineCounter (also used for JSON and TOML). */
import { LineCounter } from "yaml";
import type { Range } from "./diagnostic.js";

/** Turn an offset pair into a 0-based range. */
export function offsetsToRange(lineCounter: LineCounter, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { start: { line: a.line - 1, column: a.col - 1 }, end: { line: b.line - 1, column: b.col - 1 } };
}

/** A LineCounter filled from `text` (the YAML lexer fills its own as it goes). */
export function countLines(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lc.addNewLine(i + 1);
  return lc;
}
