import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/stages/stage.ts
function hasBlock(config, key) {
  const value = config[key];
  if (Array.isArray(value)) return value.length > 0;
  return value !== void 0 && value !== null && (typeof value !== "object" || Object.keys(value).length > 0);
}

export {
  hasBlock
};
