/**
 * The stages as the engine sees them before any runs: id, title, the mlgate.yml key that
 * configures each, and how to load its code. A command loads only the stages it runs (with
 * dist/'s split bundle, `mlgate lint` never compiles the data readers, and `mlgate test` never
 * compiles the linter): loading the whole CLI was about a third of a short run's time.
 */
import type { SectionId } from "../report/types.js";
import { type Stage, type StageId, stageHead } from "../stages/stage.js";

/** A stage before its code is loaded. */
export interface StageCard extends Omit<Stage, "run"> {
  load(): Promise<Stage>;
}

const card = (id: StageId, load: () => Promise<Stage>): StageCard => ({ ...stageHead(id), load });

/** Every stage, in report order; id, title and key come from stages/stage.ts, as in each stage module. */
export const STAGE_CARDS: StageCard[] = [
  card("lint", async () => (await import("../lint/lint-stage.js")).lintStage),
  card("data", async () => (await import("../data/data-stage.js")).dataStage),
  card("model", async () => (await import("../model/model-stage.js")).modelStage),
  card("tests", async () => (await import("../suites/suites-stage.js")).testsStage),
  card("compare", async () => (await import("../compare/compare-stage.js")).compareStage),
];

/** The card of stage `id`. */
export function stageCard(id: SectionId): StageCard {
  const found = STAGE_CARDS.find((c) => c.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
}
