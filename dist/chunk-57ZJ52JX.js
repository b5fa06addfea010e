import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
} from "./chunk-GRJUGU3M.js";
import "./chunk-JINPWVCY.js";
import "./chunk-ZOMO677Z.js";
import "./chunk-J7HIHQAJ.js";
import "./chunk-ZW66OGWZ.js";
import "./chunk-VDJ66SS7.js";
import "./chunk-7ZEVFJB2.js";
import "./chunk-OW3TBD5M.js";
import "./chunk-ABODME3D.js";
import "./chunk-2OBMBC2G.js";
export {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
};
