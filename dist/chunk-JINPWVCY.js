import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/config/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function durationMs(d) {
  if (typeof d === "number") return d * 1e3;
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d|w)$/.exec(d);
  return m ? Number(m[1]) * UNIT_MS[m[2]] : Number.NaN;
}

export {
  durationMs
};
