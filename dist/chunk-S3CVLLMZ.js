import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  mlgate_schema_default
} from "./chunk-SBDGDMPS.js";
import "./chunk-2OBMBC2G.js";
export {
  mlgate_schema_default as default
};
