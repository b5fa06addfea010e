import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/report/format.ts
function formatMetric(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  if (Math.abs(v) >= 1e3) return v.toFixed(1);
  return String(Number(v.toPrecision(4)));
}
function formatEstimate(v) {
  if (!Number.isFinite(v) || v === 0) return String(v);
  return String(Number(v.toPrecision(2)));
}
function roundUp2(v) {
  if (!Number.isFinite(v) || v <= 0) return v;
  const unit = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Number((Math.ceil(Number((v / unit).toPrecision(12))) * unit).toPrecision(12));
}
function formatCount(n) {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n);
  const digits = String(Math.abs(n));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export {
  formatMetric,
  formatEstimate,
  roundUp2,
  formatCount
};
