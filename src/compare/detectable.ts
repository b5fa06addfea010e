/**
 * What a paired test can detect: the minimum detectable change at the configured confidence and
 * power, and how often a rule fails a change of a given true size.
 *
 * Sidedness. McNemar's and DeLong's p-values are two-sided and the bootstrap interval is two-sided
 * at `confidence`; a worsening is significant only when p < α = 1 - confidence *and* the estimate
 * points the worse way (or the whole interval lies on the worse side). So the gate flags a
 * worsening at one-sided level α/2: its critical value is z_a = z_{1-α/2} (2.326 at 0.98).
 *
 * Normal approximation. Each test is, to first order, the estimated worsening ŵ ~ N(w, se²)
 * compared with z_a·se. A true worsening w is flagged with probability
 *   P(ŵ > z_a·se) = Φ(w/se - z_a)          (the other tail adds under α/2: ignored),
 * and setting that to the power 1-β gives the minimum detectable change
 *   w_min = (z_a + z_b)·se,   z_b = z_{1-β}  (0.842 at 80% power).
 * The standard error is the one each test already works with:
 * - McNemar, n pairs, D = fixed + broken discordant pairs, share p_d = D/n: the accuracy change is
 *   (fixed - broken)/n and the test's normal form is (broken - fixed)/√D, so se = √D/n = √(p_d/n),
 *   hence w_min = (z_a + z_b)·√(p_d/n). A drop of w breaks at least n·w pairs, so under the
 *   alternative p_d ≥ w: solving w = k·√(max(p_d, w)/n) with k = z_a + z_b gives the floor k²/n
 *   when few pairs disagree (two identical models are not proof that nothing can be seen).
 * - DeLong: the standard error of AUC_head - AUC_base from the structural components.
 * - Paired bootstrap: the standard deviation of the resampled deltas (of the rows it resampled).
 */
import type { Detectable } from "../report/types.js";
import { normalCdf } from "./significance.js";

/**
 * Power the minimum detectable change is quoted at unless `compare.significance.power` says
 * otherwise: the usual 80% of power analysis. bench/compare/honesty.mjs checks the power this
 * model predicts against simulated PRs (within 2 points of the observed detection).
 */
export const DEFAULT_POWER = 0.8;

/** The standard normal quantile Φ⁻¹(p), by bisection on `normalCdf` down to adjacent doubles. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : Number.NaN;
  // The upper half by symmetry: Φ near 1 has no digits left for the tail, 1 - p (exact) does.
  if (p > 0.5) return -normalQuantile(1 - p);
  // Φ(±40) is 0 or 1 in doubles: the root lies inside. Bisection is exact to the last bit and
  // costs ~70 steps, nothing next to the test it describes.
  let lo = -40;
  let hi = 40;
  for (;;) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) return mid;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
}

/** z_{1-α/2}: the critical value of a worsening at `confidence` (see the sidedness note above). */
export function criticalValue(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** z_a + z_b: how many standard errors the minimum detectable change is. */
function standardErrors(options: { confidence: number; power: number }): number {
  return criticalValue(options.confidence) + normalQuantile(options.power);
}

/** The minimum detectable change of a test with standard error `se` on `n` pairs. */
export function detectableChange(
  se: number,
  n: number,
  options: { confidence: number; power: number },
): Detectable {
  return {
    change: standardErrors(options) * se,
    confidence: options.confidence,
    power: options.power,
    n,
    se,
  };
}

/** McNemar's minimum detectable accuracy drop from n pairs of which `discordant` disagree. */
export function mcnemarDetectable(
  n: number,
  discordant: number,
  options: { confidence: number; power: number },
): Detectable {
  const d = detectableChange(Math.sqrt(discordant) / n, n, options);
  // The floor k²/n: a drop of w itself makes n·w pairs discordant (see the header).
  const k = standardErrors(options);
  return { ...d, change: Math.max(d.change, (k * k) / n) };
}

/** How a rule turns the estimated worsening into a verdict. */
export type RuleMode = "tolerance" | "significance" | "interval";

/**
 * Probability that a rule fails a change whose true worsening is `worsening`, under the normal
 * approximation above. Each mode fails when ŵ passes a threshold:
 * - `tolerance` (plain max_drop): ŵ > tolerance;
 * - `significance` (require_significance): ŵ > tolerance and ŵ > z_a·se;
 * - `interval` (require_interval): the interval's worse end ŵ + z_a·se > tolerance.
 */
export function failProbability(
  mode: RuleMode,
  worsening: number,
  se: number,
  tolerance: number,
  confidence: number,
): number {
  const z = criticalValue(confidence);
  const threshold =
    mode === "tolerance"
      ? tolerance
      : mode === "significance"
        ? Math.max(tolerance, z * se)
        : tolerance - z * se;
  if (se === 0) return worsening > threshold ? 1 : 0;
  return normalCdf((worsening - threshold) / se);
}
