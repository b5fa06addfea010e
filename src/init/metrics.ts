/**
 * Metrics for `mlgate init`: a metrics file's numbers flattened with dots (as the model stage reads
 * them), the direction a metric's name implies, and a threshold at its current value minus a
 * stated tolerance.
 */

/** Which way is better, from the name; `none` is not gated. */
export type Direction = "higher" | "lower" | "none";

/** A metric found in a metrics file. */
export interface FoundMetric {
  name: string;
  value: number;
  direction: Direction;
}

/** Tolerance of a starter threshold, relative to the current value (2%: one noisy retrain passes). */
export const THRESHOLD_TOLERANCE_PERCENT = 2;

const LOWER =
  /(?:^|[^a-z])(?:loss|error|err|rmse|mse|mae|mape|latency|brier|perplexity|wer|cer)(?:$|[^a-z])/i;
const HIGHER =
  /(?:^|[^a-z])(?:accuracy|acc|auc|f1|precision|recall|r2|map|ndcg|bleu|rouge|iou|dice)(?:$|[^a-z])/i;

/** The direction a metric's name implies: the last dotted part that says one. */
export function directionOf(name: string): Direction {
  for (const part of name.split(".").reverse()) {
    if (LOWER.test(part)) return "lower";
    if (HIGHER.test(part)) return "higher";
  }
  return "none";
}

/** Numbers of a parsed metrics file, nested keys joined with dots (arrays are not metrics). */
export function flattenMetrics(data: unknown, prefix = "", out: FoundMetric[] = []): FoundMetric[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return out;
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "number" && Number.isFinite(value))
      out.push({ name, value, direction: directionOf(name) });
    else if (value && typeof value === "object") flattenMetrics(value, name, out);
  }
  return out;
}

/** The starter bound of a gated metric: min for higher-is-better, max for lower, four significant digits. */
export function thresholdOf(m: FoundMetric): { min: number } | { max: number } {
  const t = THRESHOLD_TOLERANCE_PERCENT / 100;
  if (m.direction === "higher") return { min: roundTo4(m.value - Math.abs(m.value) * t, Math.floor) };
  return { max: roundTo4(m.value + Math.abs(m.value) * t, Math.ceil) };
}

/** `v` to four significant digits, rounded by `round` (down for a minimum, up for a maximum). */
function roundTo4(v: number, round: (x: number) => number): number {
  if (v === 0) return 0;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 3);
  return Number((round(Number((v / unit).toPrecision(12))) * unit).toPrecision(12));
}
