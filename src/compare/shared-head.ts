/**
 * The head predictions the model stage read, shared with the comparison so a large predictions
 * file is read once per run. The slot is declared here, next to its one reader, because the
 * stage contract (stages/) may not name the model's types.
 */
import type { Predictions, PredictionsConfig } from "../model/predictions.js";
import type { StageContext } from "../stages/stage.js";

declare module "../stages/stage.js" {
  interface RunCache {
    /**
     * The head predictions as the model stage read them, with example ids when the paired tests
     * will want them (same file, same id column): the comparison then does not read them again.
     */
    predictions?: { path: string; id: string; value: Promise<Predictions> };
  }
}

/**
 * The head predictions the model stage read for this file and id column, if it read them whole:
 * the same rows (slice columns never leave rows out), with ids. Otherwise (it failed, or a
 * column only the model checks needed is missing) undefined, and the comparison reads its own.
 */
export async function sharedHead(
  ctx: StageContext,
  pcfg: PredictionsConfig,
): Promise<Predictions | undefined> {
  const cached = ctx.runCache?.predictions;
  if (!cached || cached.path !== pcfg.path || cached.id !== pcfg.id) return undefined;
  const p = await cached.value.catch(() => undefined);
  return p?.ids && p.missingColumns.length === 0 ? p : undefined;
}
