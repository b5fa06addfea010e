import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/stages/stage.ts
function hasBlock(config, key) {
  const value = config[key];
  if (Array.isArray(value)) return value.length > 0;
  return value !== void 0 && value !== null && (typeof value !== "object" || Object.keys(value).length > 0);
}
var HEADS = {
  lint: { title: "Config lint", key: "lint" },
  data: { title: "Data", key: "data" },
  model: { title: "Model", key: "model" },
  tests: { title: "Test suites", key: "tests" },
  compare: { title: "Baseline comparison", key: "compare" }
};
function stageHead(id) {
  const { title, key } = HEADS[id];
  return { id, title, key, configured: (config) => hasBlock(config, key) };
}

export {
  stageHead
};
