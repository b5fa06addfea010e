import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/io/progress.ts
var SILENT = { start: () => ({ update() {
}, end() {
} }), note() {
} };
function mb(bytes) {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
function createProgress(options) {
  const now = options.now ?? (() => Date.now());
  const every = options.logEveryMs ?? 5e3;
  return {
    note(text) {
      options.write(`mlgate: ${text}
`);
    },
    start(label, total) {
      const started = now();
      let last = started;
      let drawn = false;
      return {
        update(done) {
          const t = now();
          if (options.tty) {
            if (t - last < 100 || t - started < 500) return;
            const pct = total ? Math.min(1, done / total) : 0;
            const bar = "#".repeat(Math.round(pct * 20)).padEnd(20, "-");
            const rate = done / Math.max(1e-3, (t - started) / 1e3);
            options.write(`\r  ${label} [${bar}] ${(pct * 100).toFixed(0).padStart(3)}%  ${mb(rate)}/s`);
            drawn = true;
          } else {
            if (t - last < every) return;
            options.write(
              `mlgate: ${label}: ${total ? `${(100 * done / total).toFixed(0)}%, ` : ""}${mb(done)}${total ? ` of ${mb(total)}` : ""}
`
            );
          }
          last = t;
        },
        end() {
          if (drawn) options.write(`\r${" ".repeat(label.length + 48)}\r`);
          drawn = false;
        }
      };
    }
  };
}

export {
  SILENT,
  createProgress
};
