import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/source/source-document.ts
var FILE_START = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

export {
  FILE_START
};
