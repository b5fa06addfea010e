/** Run the stages a command selects, in order; unconfigured ones are skipped, unavailable ones are incomplete. */
import { compareStage, resolveBaseline } from "../compare/compare-stage.js";
import { dataStage } from "../data/data-stage.js";
import { lintStage } from "../lint/lint-stage.js";
import { modelStage } from "../model/model-stage.js";
import type { Section, SectionId } from "../report/types.js";
import type { Stage, StageContext } from "../stages/stage.js";
import { testsStage } from "../suites/suites-stage.js";
import { VERSION } from "../version.js";

/** The commands of the CLI and the action. */
export type Command = "check" | "lint" | "test" | "compare";

/** Which stages each command runs. */
export const STAGES_BY_COMMAND: Record<Command, SectionId[]> = {
  check: ["lint", "data", "model", "tests", "compare"],
  lint: ["lint"],
  test: ["data", "model", "tests"],
  compare: ["compare"],
};

/** Every stage, in report order; each is defined in its own folder. */
export const STAGES: Stage[] = [lintStage, dataStage, modelStage, testsStage, compareStage];

/** Run the stages of `command` against `ctx`, one section each. */
export async function runStages(
  command: Command,
  ctx: StageContext,
  stages: Stage[] = STAGES,
): Promise<Section[]> {
  const wanted = STAGES_BY_COMMAND[command];
  // One baseline resolution per run, shared by the comparison and drift against the baseline.
  let once: ReturnType<typeof resolveBaseline> | undefined;
  const shared: StageContext = {
    ...ctx,
    sharedBaseline: ctx.sharedBaseline ?? (() => (once ??= resolveBaseline(ctx, ctx.config.compare ?? {}))),
    runCache: ctx.runCache ?? {},
  };
  const sections: Section[] = [];
  for (const stage of stages) {
    if (!wanted.includes(stage.id)) continue;
    sections.push(await runStage(stage, shared));
  }
  return sections;
}

async function runStage(stage: Stage, ctx: StageContext): Promise<Section> {
  const base = { id: stage.id, title: stage.title, checks: [] };
  if (!stage.configured(ctx.config)) {
    return { ...base, status: "skipped", note: `not configured (no \`${stage.key}:\` block in mlgate.yml)` };
  }
  if (!stage.run) {
    // Never report a configured stage as passed when nothing was checked.
    return {
      ...base,
      status: "incomplete",
      note: `mlgate ${VERSION} cannot run the \`${stage.key}:\` block yet, so none of its checks ran`,
    };
  }
  try {
    return await stage.run(ctx);
  } catch (err) {
    throw new Error(`the ${stage.title} stage crashed`, { cause: err });
  }
}
