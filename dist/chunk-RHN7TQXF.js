import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
} from "./chunk-C6ZGKEPN.js";
import "./chunk-BGVNV7CY.js";
import "./chunk-J7HIHQAJ.js";
import "./chunk-JINPWVCY.js";
import "./chunk-SMUHAVL2.js";
import "./chunk-J3WANC6Y.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-FDVFJYAA.js";
import "./chunk-DHTNKQ4Z.js";
import "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-PGUDZQXF.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";
export {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
};
