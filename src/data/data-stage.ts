/** The `data:` block as a stage. */
import { hasBlock, type Stage } from "../stages/stage.js";

/** Data. */
export const dataStage: Stage = {
  id: "data",
  title: "Data",
  key: "data",
  configured: (config) => hasBlock(config, "data"),
};
