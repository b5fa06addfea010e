import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  parseJsonReport
} from "./chunk-RJTAYIJA.js";
import "./chunk-ZHJVOVYD.js";
import "./chunk-RANYZ3QP.js";
import "./chunk-NSQR6JOD.js";
import "./chunk-PGUDZQXF.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";
export {
  parseJsonReport
};
