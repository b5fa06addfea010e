/**
 * Run the bundled action (dist/index.js) as a runner runs it (test/helpers/runner-step.ts), with
 * ACTION_TOKEN as its token, and fail when the log shows that token.
 */
import { runStepAt, type StepResult } from "./runner-step.js";

export { writeFiles } from "./runner-step.js";

/** The workflow token the runs get; no log may show it. */
export const ACTION_TOKEN = "ghs_faketoken1234567890";

/** What one run of the action did. */
export type ActionRun = StepResult;

/** Run the action in `workspace` for `event` against the fake GitHub at `apiUrl`. */
export async function runAction(
  apiUrl: string,
  workspace: string,
  event: { name: string; payload: object },
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const result = await runStepAt(apiUrl, workspace, event, inputs, extraEnv, ACTION_TOKEN);
  if ((result.stdout + result.stderr).includes(ACTION_TOKEN)) throw new Error("the log shows the token");
  return result;
}
