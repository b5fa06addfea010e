import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/io/files-for.ts
function isGlob(pattern) {
  return /[*?[{]/.test(pattern);
}
async function filesFor(workspace, pattern) {
  return isGlob(pattern) ? workspace.glob([pattern]) : [pattern];
}

export {
  isGlob,
  filesFor
};
