/** Run the stages a command selects, in order; unconfigured ones are skipped, unavailable ones are incomplete. */
import type { MlgateConfig } from "../config/types.js";
import type { Section, SectionId } from "../report/types.js";
import { VERSION } from "../version.js";
import type { Stage, StageContext } from "./stage.js";

/** The commands of the CLI and the action. */
export type Command = "check" | "lint" | "test" | "compare";

/** Which stages each command runs. */
export const STAGES_BY_COMMAND: Record<Command, SectionId[]> = {
  check: ["lint", "data", "model", "tests", "compare"],
  lint: ["lint"],
  test: ["data", "model", "tests"],
  compare: ["compare"],
};

function hasEntries(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return (
    value !== undefined && value !== null && (typeof value !== "object" || Object.keys(value).length > 0)
  );
}

const block = (key: keyof MlgateConfig) => (config: MlgateConfig) => hasEntries(config[key]);

/** Every stage, in report order. Stages plug their `run` in here as they land. */
export const STAGES: Stage[] = [
  { id: "lint", title: "Config lint", key: "lint", configured: block("lint") },
  { id: "data", title: "Data", key: "data", configured: block("data") },
  { id: "model", title: "Model", key: "model", configured: block("model") },
  { id: "tests", title: "Test suites", key: "tests", configured: block("tests") },
  { id: "compare", title: "Baseline comparison", key: "compare", configured: block("compare") },
];

/** Run the stages of `command` against `ctx`, one section each. */
export async function runStages(
  command: Command,
  ctx: StageContext,
  stages: Stage[] = STAGES,
): Promise<Section[]> {
  const wanted = STAGES_BY_COMMAND[command];
  const sections: Section[] = [];
  for (const stage of stages) {
    if (!wanted.includes(stage.id)) continue;
    sections.push(await runStage(stage, ctx));
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
