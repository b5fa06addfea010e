import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);
import {
  PredictionsError,
  pairedSource,
  readPredictions
} from "./chunk-4JI3WD65.js";
import "./chunk-MWS6UFV3.js";
import "./chunk-BCHWMC7C.js";
import "./chunk-QHZWH7QO.js";
import "./chunk-6F67PYBX.js";
import "./chunk-BTIXF44R.js";
import "./chunk-FV3S536X.js";
import "./chunk-DHTNKQ4Z.js";
import "./chunk-ML2N7WWW.js";
import "./chunk-2OBMBC2G.js";
export {
  PredictionsError,
  pairedSource,
  readPredictions
};
