import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
} from "./chunk-SZDRA37J.js";
import "./chunk-7ZEVFJB2.js";
import "./chunk-E66ARYM7.js";
import "./chunk-2OBMBC2G.js";
export {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
};
