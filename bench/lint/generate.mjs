// Generates the lint benchmark corpus: N training configs of about 2 KB each, 10% invalid,
// a base schema and a production overlay, and an mlgate.yml. Deterministic for a given seed.
// Usage: node bench/lint/generate.mjs DIR [N=10000]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const [dir, nArg] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node bench/lint/generate.mjs DIR [N]");
  process.exit(2);
}
const N = Number(nArg ?? 10000);

let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

export const baseSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  additionalProperties: false,
  required: ["experiment", "data", "model", "training"],
  properties: {
    experiment: {
      type: "object",
      required: ["name", "owner"],
      properties: {
        name: { type: "string", pattern: "^[a-z0-9-]+$" },
        owner: { type: "string", format: "email" },
        tags: { type: "array", items: { type: "string" } },
        description: { type: "string" },
      },
    },
    data: {
      type: "object",
      required: ["source", "features", "label"],
      properties: {
        source: { type: "string" },
        validation_split: { type: "number", minimum: 0, maximum: 0.5 },
        features: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["name", "type"],
            properties: {
              name: { type: "string" },
              type: { enum: ["numeric", "categorical", "text", "timestamp"] },
              transform: { type: "string" },
            },
          },
        },
        label: { type: "string" },
        filters: { type: "array", items: { type: "string" } },
      },
    },
    model: {
      type: "object",
      required: ["type", "params"],
      properties: {
        type: { enum: ["xgboost", "lightgbm", "logistic_regression", "mlp"] },
        params: {
          type: "object",
          properties: {
            learning_rate: { type: "number", exclusiveMinimum: 0, maximum: 1 },
            max_depth: { type: "integer", minimum: 1, maximum: 32 },
            n_estimators: { type: "integer", minimum: 1 },
            subsample: { type: "number", minimum: 0, maximum: 1 },
            hidden_layers: { type: "array", items: { type: "integer", minimum: 1 } },
            regularization: {
              type: "object",
              properties: { l1: { type: "number", minimum: 0 }, l2: { type: "number", minimum: 0 } },
            },
          },
        },
      },
    },
    training: {
      type: "object",
      required: ["epochs", "batch_size"],
      properties: {
        epochs: { type: "integer", minimum: 1 },
        batch_size: { type: "integer", minimum: 1 },
        early_stopping: {
          type: "object",
          properties: { patience: { type: "integer", minimum: 1 }, metric: { type: "string" } },
        },
        seed: { type: "integer" },
        resources: {
          type: "object",
          properties: {
            gpus: { type: "integer", minimum: 0 },
            memory_gb: { type: "number", exclusiveMinimum: 0 },
          },
        },
      },
    },
    output: {
      type: "object",
      properties: { model_path: { type: "string" }, metrics_path: { type: "string" } },
    },
  },
};

export const overlaySchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  properties: {
    data: { type: "object", properties: { source: { type: "string", pattern: "^s3://acme-prod/" } } },
    training: { type: "object", required: ["seed"] },
  },
};

function config(i, invalid) {
  const features = Array.from({ length: 15 + Math.floor(rand() * 6) }, (_, k) => ({
    name: `feature_${k}_${pick(["age", "tenure", "spend", "region", "plan", "visits"])}`,
    type: pick(["numeric", "categorical", "text", "timestamp"]),
    transform: pick(["standardize", "log1p", "one_hot", "none"]),
  }));
  const lines = [
    `# Training config ${i}`,
    "experiment:",
    `  name: churn-exp-${i}`,
    `  owner: ml-team-${i % 17}@acme.com`,
    `  tags: [churn, ${pick(["baseline", "tuned", "ablation"])}, v${i % 9}]`,
    `  description: "Experiment ${i} on the churn dataset with ${features.length} features"`,
    "data:",
    `  source: s3://acme-prod/customers/${2020 + (i % 5)}/`,
    `  validation_split: ${(0.1 + rand() * 0.2).toFixed(2)}`,
    "  label: churned",
    "  filters:",
    "    - \"country in ['BR', 'US', 'ES']\"",
    "    - signup_date >= '2021-01-01'",
    "  features:",
    ...features.flatMap((f) => [
      `    - name: ${f.name}`,
      `      type: ${f.type}`,
      `      transform: ${f.transform}`,
    ]),
    "model:",
    `  type: ${pick(["xgboost", "lightgbm", "logistic_regression", "mlp"])}`,
    "  params:",
    `    learning_rate: ${(0.01 + rand() * 0.3).toFixed(3)}`,
    `    max_depth: ${3 + Math.floor(rand() * 10)}`,
    `    n_estimators: ${100 + Math.floor(rand() * 900)}`,
    `    subsample: ${(0.5 + rand() * 0.5).toFixed(2)}`,
    "    hidden_layers: [256, 128, 64]",
    "    regularization: { l1: 0.0, l2: 0.01 }",
    "training:",
    `  epochs: ${10 + Math.floor(rand() * 90)}`,
    `  batch_size: ${pick([64, 128, 256, 512])}`,
    `  seed: ${i}`,
    "  early_stopping:",
    "    patience: 5",
    "    metric: val_auc",
    "  resources: { gpus: 1, memory_gb: 16 }",
    "output:",
    `  model_path: models/churn-${i}.bin`,
    `  metrics_path: reports/churn-${i}.json`,
  ];
  if (invalid) {
    const kind = (i / 10) % 4;
    const at = (prefix) => lines.findIndex((l) => l.startsWith(prefix));
    if (kind === 0) lines[at("    learning_rate:")] = "    learning_rate: 3";
    if (kind === 1) lines[at("  batch_size:")] = "  batch_size: large";
    if (kind === 2) lines.splice(at("  label:"), 1);
    if (kind === 3) lines[at("  source:")] = "  source: s3://acme-backtest/customers/";
  }
  return `${lines.join("\n")}\n`;
}

mkdirSync(path.join(dir, "configs"), { recursive: true });
mkdirSync(path.join(dir, "schemas"), { recursive: true });
writeFileSync(path.join(dir, "schemas/base.json"), JSON.stringify(baseSchema, null, 2));
writeFileSync(path.join(dir, "schemas/production.json"), JSON.stringify(overlaySchema, null, 2));
writeFileSync(
  path.join(dir, "mlgate.yml"),
  `version: 1
lint:
  targets:
    - files: "configs/*.yaml"
      schema: schemas/base.json
      environments:
        production: { schema: schemas/production.json }
  rules:
    env-leak: { markers: { production: [backtest, staging, sandbox, localhost] } }
    secrets: error
    yaml-truthy: warning
`,
);
let bytes = 0;
for (let i = 0; i < N; i++) {
  const text = config(i, i % 10 === 0);
  bytes += text.length;
  writeFileSync(path.join(dir, "configs", `train-${String(i).padStart(5, "0")}.yaml`), text);
}
console.log(`${N} configs, ${(bytes / N / 1024).toFixed(2)} KB on average, ${N / 10} invalid, in ${dir}`);
