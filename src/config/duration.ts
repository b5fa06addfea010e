/** Durations as mlgate.yml writes them. */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };

/** `7d`, `12h`, `90` (seconds) -> milliseconds; the schema has checked the form. */
export function durationMs(d: string | number): number {
  if (typeof d === "number") return d * 1000;
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d|w)$/.exec(d);
  return m ? Number(m[1]) * UNIT_MS[m[2]!]! : Number.NaN;
}
