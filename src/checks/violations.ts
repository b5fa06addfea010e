/** Violations of a check: how many rows broke it and where the first few are (shared by data and model checks). */

/** Up to this many example rows are kept per check. */
export const EXAMPLES = 5;

/** A violation example: where and what. */
export interface Example {
  row: number;
  line: number;
  file: string;
  value: string;
}

/** A counter of violations with its first examples. */
export class Violations {
  count = 0;
  readonly examples: Example[] = [];
  add(example: Example): void {
    this.count++;
    if (this.examples.length < EXAMPLES) this.examples.push(example);
  }

  /** Append a later part's violations; its rows and lines were counted from the part's start. */
  merge(other: { count: number; examples: Example[] }, rowOffset: number, lineOffset: number): void {
    for (const e of other.examples)
      if (this.examples.length < EXAMPLES)
        this.examples.push({ ...e, row: e.row + rowOffset, line: e.line + lineOffset });
    this.count += other.count;
  }
}
