/**
 * The stages as the engine sees them before any runs: id, title, the mlgate.yml key that
 * configures each, and how to load its code. A command loads only the stages it runs (with
 * dist/'s split bundle, `mlgate lint` never compiles the data readers, and `mlgate test` never
 * compiles the linter): loading the whole CLI was about a third of a short run's time.
 */
import type { MlgateConfig } from "../config/types.js";
import type { SectionId } from "../report/types.js";
import { hasBlock, type Stage } from "../stages/stage.js";

/** A stage before its code is loaded. */
export interface StageCard {
  id: SectionId;
  title: string;
  key: keyof MlgateConfig;
  configured(config: MlgateConfig): boolean;
  load(): Promise<Stage>;
}

const card = (
  id: SectionId,
  title: string,
  key: keyof MlgateConfig,
  load: () => Promise<Stage>,
): StageCard => ({ id, title, key, configured: (config) => hasBlock(config, key), load });

/** Every stage, in report order. Each stage module's own `Stage` has the same id, title and key (a test checks). */
export const STAGE_CARDS: StageCard[] = [
  card("lint", "Config lint", "lint", async () => (await import("../lint/lint-stage.js")).lintStage),
  card("data", "Data", "data", async () => (await import("../data/data-stage.js")).dataStage),
  card("model", "Model", "model", async () => (await import("../model/model-stage.js")).modelStage),
  card("tests", "Test suites", "tests", async () => (await import("../suites/suites-stage.js")).testsStage),
  card(
    "compare",
    "Baseline comparison",
    "compare",
    async () => (await import("../compare/compare-stage.js")).compareStage,
  ),
];

/** The card of stage `id`. */
export function stageCard(id: SectionId): StageCard {
  const found = STAGE_CARDS.find((c) => c.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
}
