import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  CsvError
} from "./chunk-FV3S536X.js";
import {
  WorkspaceError
} from "./chunk-IJJMSSTF.js";

// src/readers/read-error.ts
function isReadError(err) {
  return err instanceof CsvError || err instanceof WorkspaceError;
}

export {
  isReadError
};
