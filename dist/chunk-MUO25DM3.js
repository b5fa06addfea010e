import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
} from "./chunk-2BNGKK73.js";
import "./chunk-JINPWVCY.js";
import "./chunk-QHZWH7QO.js";
import "./chunk-ONRQ7QDB.js";
import "./chunk-J7HIHQAJ.js";
import "./chunk-6F67PYBX.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-DHTNKQ4Z.js";
import "./chunk-FDVFJYAA.js";
import "./chunk-ML2N7WWW.js";
import "./chunk-PGUDZQXF.js";
import "./chunk-KKJHUJZZ.js";
import "./chunk-2OBMBC2G.js";
export {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
};
