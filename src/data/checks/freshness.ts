/**
 * `freshness`: the newest timestamp is recent. `since: commit` measures against the commit being
 * checked (resolved before the stages run), so re-running an old commit gives the same answer.
 */
import { duration, severity } from "../../checks/options.js";
import { durationMs } from "../../config/duration.js";
import { hasType } from "../../readers/values.js";
import type { Severity } from "../../report/types.js";
import { type BatchColumn, type CellSink, type ColumnCheck, MISSING_CELL } from "./column-check.js";

/** The options of `freshness`. */
export interface FreshnessConfig {
  max_age: string | number;
  since?: string;
  severity?: Severity;
}

type FreshState = { newest: number | undefined };

/** The newest timestamp seen (ms since the epoch). */
class FreshnessSink implements CellSink<FreshState> {
  newest: number | undefined;
  text(text: string): void {
    if (!hasType(text, "timestamp")) return;
    const t = Date.parse(text.replace(" ", "T"));
    if (!Number.isNaN(t) && (this.newest === undefined || t > this.newest)) this.newest = t;
  }
  number(): void {}
  batch(col: BatchColumn): void {
    const { kind } = col;
    for (let r = col.from; r < col.to; r++) if (kind[r] !== MISSING_CELL) this.text(col.text(r));
  }
  exportState(): FreshState {
    return { newest: this.newest };
  }
  mergeState(s: FreshState): void {
    if (s.newest !== undefined && (this.newest === undefined || s.newest > this.newest))
      this.newest = s.newest;
  }
}

/** The `freshness` check. */
export const freshnessCheck: ColumnCheck<FreshnessSink> = {
  id: "freshness",
  description: "The newest timestamp must be younger than `max_age` (from now, or from the commit's time).",
  options: {
    freshness: {
      type: "object",
      additionalProperties: false,
      required: ["max_age"],
      description: "The newest timestamp must be recent.",
      properties: {
        max_age: duration,
        since: {
          type: "string",
          enum: ["now", "commit"],
          description: "Measure age from now (default) or from the run's commit time.",
        },
        severity,
      },
    },
  },
  rubric: ["monitoring.4"],
  configured: (c) => c.freshness !== undefined,
  needsText: () => true,
  create: () => new FreshnessSink(),
  verdict: ({ id, column, config, severity: sev, sink, commitTime }) => {
    const fresh = config.freshness as FreshnessConfig;
    const maxAge = durationMs(fresh.max_age);
    const newest = sink.newest;
    const sinceCommit = fresh.since === "commit";
    const now = sinceCommit ? commitTime : Date.now();
    const age = newest === undefined || now === undefined ? undefined : now - newest;
    const ok = age !== undefined && age <= maxAge;
    const when = sinceCommit ? "before the commit" : "ago";
    return {
      id: `${id}/freshness`,
      status: now === undefined ? "error" : ok ? "passed" : "failed",
      severity: fresh.severity ?? sev,
      message:
        now === undefined
          ? `${column} freshness: no git commit to measure from (since: commit)`
          : newest === undefined
            ? `${column} freshness: no timestamp to measure`
            : `${column} freshness: newest is ${new Date(newest).toISOString()}${ok ? "" : `, older than ${fresh.max_age} ${when}`}`,
      ...(newest !== undefined ? { observed: new Date(newest).toISOString() } : {}),
      expected: `newer than ${fresh.max_age} ${when}`,
      rubric: ["monitoring.4"],
      diagnostics: [],
    };
  },
};
