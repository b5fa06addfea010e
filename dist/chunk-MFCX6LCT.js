import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
} from "./chunk-6A3NAMW6.js";
import "./chunk-JINPWVCY.js";
import "./chunk-A6FAWIPW.js";
import "./chunk-J7HIHQAJ.js";
import "./chunk-Z6M2APBG.js";
import "./chunk-J6MXMHML.js";
import "./chunk-7ZEVFJB2.js";
import "./chunk-E66ARYM7.js";
import "./chunk-MOFOBO3X.js";
import "./chunk-2OBMBC2G.js";
export {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
};
