/** The `compare:` block as a stage. */
import { hasBlock, type Stage } from "../stages/stage.js";

/** Baseline comparison. */
export const compareStage: Stage = {
  id: "compare",
  title: "Baseline comparison",
  key: "compare",
  configured: (config) => hasBlock(config, "compare"),
};
