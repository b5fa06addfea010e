/** Offsets to 0-based line/column ranges, for YAML, JSON and TOML alike. */
import type { Range } from "./diagnostic.js";

/** 1-based line and column of an offset: what yaml@2's LineCounter gives, and LineStarts below. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/** Turn an offset pair into a 0-based range. */
export function offsetsToRange(lineCounter: LinePositions, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { start: { line: a.line - 1, column: a.col - 1 }, end: { line: b.line - 1, column: b.col - 1 } };
}

/**
 * Line positions from the offsets at which lines start, answering as yaml@2's LineCounter does (a
 * test compares them), without loading yaml@2 for a JSON or TOML file.
 */
class LineStarts implements LinePositions {
  constructor(private readonly starts: number[]) {}

  linePos(offset: number): { line: number; col: number } {
    // How many lines start at or before `offset`: that line, counted from 1.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return { line: 0, col: offset };
    return { line: lo, col: offset - this.starts[lo - 1]! + 1 };
  }
}

/** The line positions of `text`. */
export function countLines(text: string): LinePositions {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return new LineStarts(starts);
}
