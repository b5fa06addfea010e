import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
} from "./chunk-FGCB77VC.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-ML2N7WWW.js";
import "./chunk-2OBMBC2G.js";
export {
  columnCells,
  parquetGroups,
  readParquet,
  readParquetGroups
};
