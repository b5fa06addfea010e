/** How a metric value is shown: four significant digits below 1000, whole numbers with one decimal above. */
export function formatMetric(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  if (Math.abs(v) >= 1000) return v.toFixed(1);
  return String(Number(v.toPrecision(4)));
}

/**
 * An estimate shown to two significant digits (`0.058`, `1300`): the minimum detectable
 * change is a normal approximation, and four digits would claim a precision it does not have.
 */
export function formatEstimate(v: number): string {
  if (!Number.isFinite(v) || v === 0) return String(v);
  return String(Number(v.toPrecision(2)));
}

/** `v` rounded up to two significant digits, for a limit that must be at least `v`. */
export function roundUp2(v: number): number {
  if (!Number.isFinite(v) || v <= 0) return v;
  const unit = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Number((Math.ceil(Number((v / unit).toPrecision(12))) * unit).toPrecision(12));
}

/** A count for people to read, with thousands separators: `2,000,000`. */
export function formatCount(n: number): string {
  // By hand: the first toLocaleString loads ICU's number formats, about 20 ms of a run's start.
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n);
  const digits = String(Math.abs(n));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
