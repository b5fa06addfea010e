import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/config/as-list.ts
function asList(v) {
  return v === void 0 ? [] : Array.isArray(v) ? v : [v];
}

export {
  asList
};
