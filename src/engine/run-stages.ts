/** Run the stages a command selects, in order; unconfigured ones are skipped, unavailable ones are incomplete. */
import type { Section, SectionId } from "../report/types.js";
import type { CompareOutput, Stage, StageContext, StageResult } from "../stages/stage.js";
import { VERSION } from "../version.js";
import { STAGE_CARDS, type StageCard } from "./stage-cards.js";

/** The commands of the CLI and the action. */
export type Command = "check" | "lint" | "test" | "compare";

/** Which stages each command runs. */
export const STAGES_BY_COMMAND: Record<Command, SectionId[]> = {
  check: ["lint", "data", "model", "tests", "compare"],
  lint: ["lint"],
  test: ["data", "model", "tests"],
  compare: ["compare"],
};

/** The sections of a run, and the comparison's results for the top of the report. */
export interface StagesOutcome {
  sections: Section[];
  /** Set when the compare stage ran. */
  compared?: CompareOutput;
}

/** Whether `command` runs `stage` with `config` (what the engine resolves beforehand depends on it). */
export function stageRuns(
  command: Command,
  stage: Pick<Stage, "id" | "configured">,
  config: StageContext["config"],
): boolean {
  return STAGES_BY_COMMAND[command].includes(stage.id) && stage.configured(config);
}

/** Run the stages of `command` against `ctx`, one section each. */
export async function runStages(
  command: Command,
  ctx: StageContext,
  stages: (Stage | StageCard)[] = STAGE_CARDS,
): Promise<StagesOutcome> {
  const wanted = STAGES_BY_COMMAND[command];
  const shared: StageContext = { ...ctx, runCache: ctx.runCache ?? {} };
  const outcome: StagesOutcome = { sections: [] };
  for (const stage of stages) {
    if (!wanted.includes(stage.id)) continue;
    const result = await runStage(stage, shared);
    outcome.sections.push(result.section);
    if (result.compared) outcome.compared = result.compared;
  }
  return outcome;
}

async function runStage(card: Stage | StageCard, ctx: StageContext): Promise<StageResult> {
  const base = { id: card.id, title: card.title, checks: [] };
  if (!card.configured(ctx.config)) {
    return {
      section: {
        ...base,
        status: "skipped",
        note: `not configured (no \`${card.key}:\` block in mlgate.yml)`,
      },
    };
  }
  // A stage's code is loaded only when it runs.
  const stage = "load" in card ? await card.load() : card;
  if (!stage.run) {
    // Never report a configured stage as passed when nothing was checked.
    return {
      section: {
        ...base,
        status: "incomplete",
        note: `mlgate ${VERSION} cannot run the \`${stage.key}:\` block yet, so none of its checks ran`,
      },
    };
  }
  try {
    const result = await stage.run(ctx);
    return "section" in result ? result : { section: result };
  } catch (err) {
    throw new Error(`the ${stage.title} stage crashed`, { cause: err });
  }
}
