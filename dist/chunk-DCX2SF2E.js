import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  PredictionsError,
  pairedSource,
  readPredictions
} from "./chunk-E7I3OUGM.js";
import "./chunk-MWS6UFV3.js";
import "./chunk-BCHWMC7C.js";
import "./chunk-SMUHAVL2.js";
import "./chunk-J3WANC6Y.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-DHTNKQ4Z.js";
import "./chunk-IJJMSSTF.js";
import "./chunk-NYWWWUSS.js";
import "./chunk-2OBMBC2G.js";
export {
  PredictionsError,
  pairedSource,
  readPredictions
};
