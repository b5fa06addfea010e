/**
 * Progress of long scans: a bar redrawn in place on a terminal, and in CI logs (no terminal) a
 * plain line every few seconds at most, only for scans that last that long. Stages report through
 * the ProgressSink interface and never know which one they talk to.
 */

/** One unit of work being measured (a file being read). */
export interface Progress {
  /** `done` units of `total` so far (bytes, for files). */
  update(done: number): void;
  end(): void;
}

/** What stages receive in their context. */
export interface ProgressSink {
  start(label: string, total: number): Progress;
  /** A one-off status line (a test suite starting, finishing). */
  note?(text: string): void;
}

/** Reports nothing (tests, and output meant for machines). */
export const SILENT: ProgressSink = { start: () => ({ update() {}, end() {} }), note() {} };

/** How the sink writes and tells time; injected so tests can drive it. */
export interface ProgressOptions {
  write(text: string): void;
  /** A terminal: redraw one line in place. */
  tty: boolean;
  now?: () => number;
  /** Minimum time between two CI log lines (default 5 s). */
  logEveryMs?: number;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** A sink for a terminal or a CI log. */
export function createProgress(options: ProgressOptions): ProgressSink {
  const now = options.now ?? (() => Date.now());
  const every = options.logEveryMs ?? 5000;
  return {
    note(text) {
      options.write(`mlgate: ${text}\n`);
    },
    start(label, total) {
      const started = now();
      let last = started;
      let drawn = false;
      return {
        update(done) {
          const t = now();
          if (options.tty) {
            // Redraw at most ten times a second, and only once the scan has run for half a second.
            if (t - last < 100 || t - started < 500) return;
            const pct = total ? Math.min(1, done / total) : 0;
            const bar = "#".repeat(Math.round(pct * 20)).padEnd(20, "-");
            const rate = done / Math.max(0.001, (t - started) / 1000);
            options.write(`\r  ${label} [${bar}] ${(pct * 100).toFixed(0).padStart(3)}%  ${mb(rate)}/s`);
            drawn = true;
          } else {
            if (t - last < every) return;
            options.write(
              `mlgate: ${label}: ${total ? `${((100 * done) / total).toFixed(0)}%, ` : ""}${mb(done)}${total ? ` of ${mb(total)}` : ""}\n`,
            );
          }
          last = t;
        },
        end() {
          if (drawn) options.write(`\r${" ".repeat(label.length + 48)}\r`);
          drawn = false;
        },
      };
    },
  };
}
