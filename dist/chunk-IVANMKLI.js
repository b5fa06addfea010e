import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
} from "./chunk-NOGZGMQZ.js";
import "./chunk-7ZEVFJB2.js";
import "./chunk-OW3TBD5M.js";
import "./chunk-2OBMBC2G.js";
export {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
};
