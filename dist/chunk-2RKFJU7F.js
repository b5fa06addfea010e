import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  parseJsonReport
} from "./chunk-VL5PMAB3.js";
import "./chunk-ZHJVOVYD.js";
import "./chunk-2SGHNNL7.js";
import "./chunk-NSQR6JOD.js";
import "./chunk-MOFOBO3X.js";
import "./chunk-2OBMBC2G.js";
export {
  parseJsonReport
};
