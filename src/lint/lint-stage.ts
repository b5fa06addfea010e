/** The `lint:` block as a stage. */
import { hasBlock, type Stage } from "../stages/stage.js";

/** Config lint. */
export const lintStage: Stage = {
  id: "lint",
  title: "Config lint",
  key: "lint",
  configured: (config) => hasBlock(config, "lint"),
};
