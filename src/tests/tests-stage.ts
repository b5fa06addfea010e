/** The `tests:` block as a stage. */
import { hasBlock, type Stage } from "../stages/stage.js";

/** Test suites. */
export const testsStage: Stage = {
  id: "tests",
  title: "Test suites",
  key: "tests",
  configured: (config) => hasBlock(config, "tests"),
};
