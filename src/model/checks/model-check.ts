/** The contract of a model check: its definition (src/checks/definition.ts) and its verdict. */
import type { CheckDefinition } from "../../checks/definition.js";
import type { CheckResult } from "../../report/types.js";

/**
 * A model check. `options` keys are paths under `model:` in mlgate.yml (`thresholds`,
 * `predictions.slices`); the runner (model-stage.ts) reads the files once and hands `judge` plain
 * values, so a verdict is tested with fixture values alone.
 */
export interface ModelCheck<Input> extends CheckDefinition {
  /** The results for one input, in report order; never reads files or the stage context. */
  judge(input: Input): CheckResult[];
}
