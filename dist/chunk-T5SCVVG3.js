import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  parseJsonReport
} from "./chunk-L7G5KBRY.js";
import "./chunk-ZHJVOVYD.js";
import "./chunk-LDJODU2W.js";
import "./chunk-NSQR6JOD.js";
import "./chunk-ABODME3D.js";
import "./chunk-2OBMBC2G.js";
export {
  parseJsonReport
};
