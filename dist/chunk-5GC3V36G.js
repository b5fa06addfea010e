import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  parseJsonReport
} from "./chunk-LLTS4YMO.js";
import "./chunk-ZHJVOVYD.js";
import "./chunk-VGHTEVP5.js";
import "./chunk-NSQR6JOD.js";
import "./chunk-WYQKVG4S.js";
import "./chunk-2OBMBC2G.js";
export {
  parseJsonReport
};
