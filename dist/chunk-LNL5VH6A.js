import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  PredictionsError,
  pairedSource,
  readPredictions
} from "./chunk-DJIVTCXY.js";
import "./chunk-MWS6UFV3.js";
import "./chunk-BCHWMC7C.js";
import "./chunk-PQPCLDET.js";
import "./chunk-XGCI2GLW.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-DHTNKQ4Z.js";
import "./chunk-PXVIQHN6.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-2OBMBC2G.js";
export {
  PredictionsError,
  pairedSource,
  readPredictions
};
