/**
 * `not_constant`: a column must hold at least two distinct values. A feature that never varies
 * carries no information (a join that filled one value, a default that replaced every input).
 * Values are compared as written (`1` and `1.0` are two values); missing cells do not count.
 */
import { severity } from "../../checks/options.js";
import type { Severity } from "../../report/types.js";
import {
  type BatchColumn,
  type CellSink,
  type ColumnCheck,
  MISSING_CELL,
  SCHEMA_RUBRIC,
} from "./column-check.js";

type ConstantState = { first: string | undefined; varied: boolean };

/** The option as written: `not_constant: true` or `not_constant: { severity: warning }`. */
type NotConstantOption = boolean | { severity?: Severity } | undefined;

/** The first value seen and whether another one came. */
class NotConstantSink implements CellSink<ConstantState> {
  first: string | undefined;
  varied = false;
  text(text: string): void {
    if (this.varied) return;
    if (this.first === undefined) this.first = text;
    else if (text !== this.first) this.varied = true;
  }
  number(v: number): void {
    if (!this.varied) this.text(String(v));
  }
  batch(col: BatchColumn): void {
    const { kind } = col;
    // Once two values were seen nothing can change the verdict: no more work per cell.
    for (let r = col.from; r < col.to && !this.varied; r++)
      if (kind[r] !== MISSING_CELL) this.text(col.text(r));
  }
  exportState(): ConstantState {
    return { first: this.first, varied: this.varied };
  }
  mergeState(s: ConstantState): void {
    if (s.varied) this.varied = true;
    else if (s.first !== undefined) this.text(s.first);
  }
}

/** The `not_constant` check. */
export const notConstantCheck: ColumnCheck<NotConstantSink> = {
  id: "not_constant",
  description: "The column must hold at least two distinct non-missing values.",
  options: {
    not_constant: {
      description:
        "Fails when every non-missing value is the same (or there is none): `true`, or `{ severity }`.",
      type: ["boolean", "object"],
      additionalProperties: false,
      properties: { severity },
    },
  },
  configured: (c) => (c.not_constant as NotConstantOption) !== undefined && c.not_constant !== false,
  create: () => new NotConstantSink(),
  verdict: ({ id, column, config, severity: sev, profile, sink }) => {
    const option = config.not_constant as NotConstantOption;
    const own = typeof option === "object" ? option.severity : undefined;
    const severityOf: Severity = own ?? sev;
    const present = profile.rows - profile.missing;
    const message = sink.varied
      ? `${column} varies: at least two distinct values`
      : sink.first === undefined
        ? `${column} is constant: no non-missing value in ${profile.rows} rows`
        : `${column} is constant: all ${present} non-missing values are "${sink.first.length > 80 ? `${sink.first.slice(0, 79)}…` : sink.first}"`;
    return {
      id: `${id}/not_constant`,
      status: sink.varied ? "passed" : "failed",
      severity: severityOf,
      message,
      observed: sink.varied
        ? "2 or more distinct values"
        : sink.first === undefined
          ? "no value"
          : "1 distinct value",
      expected: "at least 2 distinct values",
      rubric: SCHEMA_RUBRIC,
      diagnostics: [],
    };
  },
};
