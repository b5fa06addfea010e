import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
} from "./chunk-4C362ZWQ.js";
import "./chunk-7ZEVFJB2.js";
import "./chunk-ML2N7WWW.js";
import "./chunk-2OBMBC2G.js";
export {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
};
