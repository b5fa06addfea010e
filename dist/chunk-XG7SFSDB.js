import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
} from "./chunk-KJGDIMPS.js";
import "./chunk-JINPWVCY.js";
import "./chunk-C7FQYW2E.js";
import "./chunk-J7HIHQAJ.js";
import "./chunk-6KOCNZY2.js";
import "./chunk-6VHWHBVA.js";
import "./chunk-7ZEVFJB2.js";
import "./chunk-ML2N7WWW.js";
import "./chunk-MOFOBO3X.js";
import "./chunk-2OBMBC2G.js";
export {
  COLUMN_CHECKS,
  DATASET_CHECKS,
  dataConfigFindings
};
