// Writes the data, predictions and metrics of examples/churn-model from a fixed seed, so the
// example is reproducible. Run: node scripts/gen-example-data.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const dir = new URL("../examples/churn-model/", import.meta.url);

/** mulberry32: a small seeded PRNG, enough for example data. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(r) {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const PLANS = ["basic", "standard", "premium"];
const REGIONS = ["north", "south", "east", "west"];
const NAMES = ["ana", "bruno", "carla", "diego", "eva", "felix", "gina", "hugo", "ines", "joao"];

function customers(seed, n, idStart) {
  const r = rng(seed);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const plan = pick(r, PLANS);
    const tenure = Math.floor(r() * 72);
    const charges = Math.round((20 + PLANS.indexOf(plan) * 25 + normal(r) * 8) * 100) / 100;
    const age = Math.min(90, Math.max(18, Math.round(42 + normal(r) * 13)));
    const logit = -1.2 + (plan === "basic" ? 0.8 : 0) - tenure / 30 + (charges - 45) / 40;
    const churned = r() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    rows.push({
      customer_id: `C${String(idStart + i).padStart(6, "0")}`,
      age,
      tenure_months: tenure,
      monthly_charges: charges.toFixed(2),
      plan,
      region: pick(r, REGIONS),
      email: `${pick(r, NAMES)}.${idStart + i}@example.com`,
      signup_date: `202${3 + Math.floor(r() * 3)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      churned,
      logit,
    });
  }
  return rows;
}

function csv(rows, columns) {
  return `${columns.join(",")}\n${rows.map((row) => columns.map((c) => row[c]).join(",")).join("\n")}\n`;
}

const COLUMNS = [
  "customer_id",
  "age",
  "tenure_months",
  "monthly_charges",
  "plan",
  "region",
  "email",
  "signup_date",
  "churned",
];
const train = customers(1, 400, 1);
writeFileSync(new URL("data/train.csv", dir), csv(train, COLUMNS));
writeFileSync(new URL("data/reference.csv", dir), csv(customers(2, 400, 5001), COLUMNS));

// Predictions on a held-out set: the model sees the outcome through noisy features, thresholded at 0.5.
// `weakRegion` makes a model that misses most churners of one region (examples/slice-regression).
function predict(seed, weakRegion) {
  const r = rng(seed);
  return customers(4, 300, 9001).map((row) => {
    const signal = row.churned ? 1.5 : -1.1;
    const missed = row.region === weakRegion && row.churned && r() < 0.75;
    const score = 1 / (1 + Math.exp(-(row.logit * 0.5 + (missed ? -1.4 : signal) + normal(r) * 1.1)));
    return { ...row, score: score.toFixed(4), predicted: score >= 0.5 ? 1 : 0 };
  });
}
const test = predict(3);
// The baseline: what the target branch recorded, a model trained with another seed.
const baselineTest = predict(11);
writeFileSync(
  new URL("reports/predictions.csv", dir),
  csv(test, ["customer_id", "region", "plan", "churned", "score", "predicted"]),
);

function metricsOf(rows, latency, seconds) {
  const correct = rows.filter((t) => t.predicted === t.churned).length;
  return {
    accuracy: Math.round((correct / rows.length) * 10000) / 10000,
    log_loss:
      Math.round(
        (-rows.reduce((s, t) => s + (t.churned ? Math.log(+t.score) : Math.log(1 - +t.score)), 0) /
          rows.length) *
          10000,
      ) / 10000,
    latency_ms: latency,
    training: { rows: train.length, seconds },
  };
}
const metrics = metricsOf(test, { p50: 11.2, p95: 27.5 }, 42.7);
writeFileSync(new URL("reports/metrics.json", dir), `${JSON.stringify(metrics, null, 2)}\n`);
console.log(metrics);

// examples/churn-model/baseline: the files as the target branch has them (a saved artifact).
const base = new URL("baseline/", dir);
mkdirSync(new URL("reports/", base), { recursive: true });
writeFileSync(
  new URL("reports/predictions.csv", base),
  csv(baselineTest, ["customer_id", "region", "plan", "churned", "score", "predicted"]),
);
writeFileSync(
  new URL("reports/metrics.json", base),
  `${JSON.stringify(metricsOf(baselineTest, { p50: 10.9, p95: 26.1 }, 40.2), null, 2)}\n`,
);
writeFileSync(
  new URL("params.yaml", base),
  readFileSync(new URL("params.yaml", dir), "utf8")
    .replace("learning_rate: 0.1", "learning_rate: 0.05")
    .replace("n_estimators: 200", "n_estimators: 400"),
);

// examples/slice-regression: the same data, a model whose average still passes while the east
// region's churners are mostly missed.
const slice = new URL("../examples/slice-regression/", import.meta.url);
writeFileSync(
  new URL("reports/predictions.csv", slice),
  csv(predict(3, "east"), ["customer_id", "region", "plan", "churned", "score", "predicted"]),
);
