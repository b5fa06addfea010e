/** The `model:` block as a stage. */
import { hasBlock, type Stage } from "../stages/stage.js";

/** Model. */
export const modelStage: Stage = {
  id: "model",
  title: "Model",
  key: "model",
  configured: (config) => hasBlock(config, "model"),
};
