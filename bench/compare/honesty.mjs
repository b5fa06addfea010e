// Honesty check of the comparison gate: 1,000 simulated pull requests with no real change (the
// model retrained with another seed: prediction noise only) and 1,000 with a real 1-point accuracy
// drop, n = 10,000 examples each. For each rule: how often it fails a PR that changed nothing
// (false failures) and how often it catches the real drop (detection). Uses the built library.
// Next to each observed rate, the rate mlgate's normal approximation predicts for the rule
// (src/compare/detectable.ts: the power behind the scorecard's "this gate can see drops of ..."),
// from each PR's own discordant pairs and the true worsening of the simulated PRs.
//
//   npm run build && node bench/compare/honesty.mjs [--prs 1000] [--n 10000]
import path from "node:path";
import { parseArgs } from "node:util";

const { compareMetric, failProbability, mcnemarDetectable, mcnemarExact } = await import(
  path.resolve(import.meta.dirname, "../../dist/lib.js")
);
const { values } = parseArgs({
  options: { prs: { type: "string", default: "1000" }, n: { type: "string", default: "10000" } },
});
const PRS = Number(values.prs);
const N = Number(values.n);

let state = 20261122;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// Each example's chance that a model of this family gets it right: 70% easy, 30% hard (mean 0.85).
const difficulty = Float64Array.from({ length: N }, () => (rand() < 0.7 ? 0.97 : 0.57));
const draw = (i) => (rand() < difficulty[i] ? 1 : 0);
const base = Uint8Array.from({ length: N }, (_, i) => draw(i));

const significance = (confidence) => ({
  rule: { accuracy: { direction: "higher", max_drop: 0.005, require_significance: true } },
  confidence,
});
const rules = {
  "fixed tolerance (max_drop 0.005)": { accuracy: { direction: "higher", max_drop: 0.005 } },
  "significance, confidence 0.95": significance(0.95),
  "significance, confidence 0.98": significance(0.98),
  "significance, confidence 0.99": significance(0.99),
};
const acc = (v) => v.reduce((a, b) => a + b, 0) / N;
const baseAcc = acc(base);
const meanDifficulty = difficulty.reduce((a, b) => a + b, 0) / N;
/** How the rule decides, in the terms of failProbability. */
const mode = (rule) => (rule.require_significance ? "significance" : "tolerance");
// Retraining with another seed re-draws a share of the predictions: a stable model family, and a
// noisy one where seeds disagree on twice as many examples.
for (const RESEED of [0.3, 0.6]) {
  const retrain = () => base.map((c, i) => (rand() < RESEED ? draw(i) : c));
  const counts = Object.fromEntries(
    Object.keys(rules).map((k) => [k, { noChange: 0, drop: 0, predicted: { noChange: 0, drop: 0 } }]),
  );
  // The true worsening against this base: a retrained head re-draws a share RESEED of the examples
  // at their difficulty, so it drifts from the base's lucky or unlucky draw toward the family's
  // mean by RESEED·(baseAcc - meanDifficulty); the drop PRs lose exactly one point more.
  const drift = RESEED * (baseAcc - meanDifficulty);
  const worsening = { noChange: drift, drop: drift + 0.01 };
  let detectable = 0;
  let disagreement = 0;
  let dropSize = 0;
  for (const kind of ["noChange", "drop"]) {
    for (let pr = 0; pr < PRS; pr++) {
      const head = retrain();
      if (kind === "drop") {
        // A real regression: one point of accuracy lost on top of the seed noise.
        const correct = acc(head);
        for (let i = 0; i < N; i++) if (head[i] && rand() < 0.01 / correct) head[i] = 0;
      }
      let fixed = 0;
      let broken = 0;
      for (let i = 0; i < N; i++) {
        if (head[i] && !base[i]) fixed++;
        else if (!head[i] && base[i]) broken++;
      }
      if (kind === "noChange") disagreement += (fixed + broken) / N;
      else dropSize += baseAcc - acc(head);
      const m = mcnemarExact(fixed, broken);
      // What the report would tell this PR: the test's standard error from its discordant pairs.
      const quote = mcnemarDetectable(N, fixed + broken, { confidence: 0.98, power: 0.8 });
      if (kind === "drop") detectable += quote.change;
      for (const [name, r] of Object.entries(rules)) {
        const rule = r.rule ?? r;
        const paired = r.confidence
          ? {
              test: "McNemar exact",
              pValue: m.pValue,
              significantWorse: m.pValue < 1 - r.confidence && broken > fixed,
            }
          : undefined;
        const c = compareMetric("accuracy", baseAcc, acc(head), rule, paired);
        if (c.status === "failed") counts[name][kind]++;
        counts[name].predicted[kind] += failProbability(
          mode(rule.accuracy),
          worsening[kind],
          quote.se,
          rule.accuracy.max_drop,
          r.confidence ?? 0.98,
        );
      }
    }
  }
  console.log(
    `\n${PRS} PRs without a real change and ${PRS} with a real 1-point accuracy drop (mean observed drop ${(
      (100 * dropSize) / PRS
    ).toFixed(2)} points); n = ${N}; base accuracy ${baseAcc.toFixed(4)}; seeds disagree on ${(
      (100 * disagreement) / PRS
    ).toFixed(1)}% of examples\n`,
  );
  console.log(
    `True worsening against this base: ${(100 * worsening.noChange).toFixed(2)} points without a change (seed drift), ${(
      100 * worsening.drop
    ).toFixed(2)} with the drop. The scorecard tells the drop PRs: this gate can see drops of ${(
      (100 * detectable) / PRS
    ).toFixed(2)} points or more (mean; 80% power at 98% confidence).\n`,
  );
  console.log(
    "| rule | false failures (no change) | predicted | detection (1-point drop) | predicted (power) |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: |");
  const pct = (v) => `${((100 * v) / PRS).toFixed(1)}%`;
  for (const [name, c] of Object.entries(counts))
    console.log(
      `| ${name} | ${pct(c.noChange)} | ${pct(c.predicted.noChange)} | ${pct(c.drop)} | ${pct(c.predicted.drop)} |`,
    );
  const gap = (kind) =>
    Math.max(...Object.values(counts).map((c) => (100 * Math.abs(c[kind] - c.predicted[kind])) / PRS));
  console.log(
    `\nLargest gap between predicted and observed: detection ${gap("drop").toFixed(1)} points, false failures ${gap("noChange").toFixed(1)} points.`,
  );
}
