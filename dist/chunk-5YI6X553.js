import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
} from "./chunk-EQ3Q73WU.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-2OBMBC2G.js";
export {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
};
