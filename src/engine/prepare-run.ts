/**
 * What the stages need from outside the repository, resolved before they run (DESIGN.md: stages
 * get values): the baseline with the files the run reads from it, and HEAD's commit time.
 */
import type { GitHubContext } from "../baseline/artifact-baseline.js";
import { commitTime } from "../baseline/git-info.js";
import type { BaselineNeeds, NeededFile, PreparedBaseline } from "../baseline/prepare-baseline.js";
import type { BaselineRequest } from "../baseline/resolve-baseline.js";
import { BASELINE_MAX_BYTES, type RunBaseline } from "../baseline/resolved-baseline.js";
import { BASE_REPORT, baseSliceIds } from "../compare/base-slice-charts.js";
import { asList } from "../config/as-list.js";
import type { DatasetConfig, MlgateConfig } from "../config/types.js";
import type { TempSpace } from "../io/temp-space.js";
import type { Workspace } from "../io/workspace.js";
import { type Command, stageRuns } from "./run-stages.js";
import { stageCard } from "./stage-cards.js";

/** The values the engine puts in the stage context, and the clean-up of what made them. */
export interface RunInputs {
  /** Set when a stage of the run uses a baseline. */
  baseline?: RunBaseline;
  /** HEAD's committer time (ms), when a freshness check measures since the commit. */
  commitTime?: number;
  /** Delete the baseline's temporary folder; call once the stages are done, errors included. */
  remove(): void;
}

/** Datasets checked for drift against the baseline. */
function driftOnBaseline(config: MlgateConfig): DatasetConfig[] {
  return (config.data ?? []).filter(
    (ds) => (ds.drift as { reference?: string } | undefined)?.reference === "baseline",
  );
}

/** Whether a column of a dataset measures freshness since the commit. */
function freshSinceCommit(config: MlgateConfig): boolean {
  return (config.data ?? []).some((ds) =>
    Object.values((ds.columns ?? {}) as Record<string, { freshness?: { since?: string } }>).some(
      (c) => c?.freshness?.since === "commit",
    ),
  );
}

/** The baseline files this run's stages read, each with its cap; undefined when none needs a baseline. */
async function baselineNeeds(
  command: Command,
  config: MlgateConfig,
  workspace: Workspace,
): Promise<BaselineNeeds | undefined> {
  const comparing = stageRuns(command, stageCard("compare"), config);
  const drifting = stageRuns(command, stageCard("data"), config) ? driftOnBaseline(config) : [];
  if (!comparing && !drifting.length) return undefined;
  const files: NeededFile[] = [];
  const metrics = comparing ? [...asList(config.compare?.metrics), ...asList(config.compare?.params)] : [];
  for (const file of metrics) files.push({ file, maxBytes: BASELINE_MAX_BYTES.metrics });
  // The model's code is loaded only for a comparison (a lint run does without it).
  const predictions = comparing ? (await import("../model/predictions.js")).pairedSource(config) : undefined;
  if (predictions) files.push({ file: predictions.path, maxBytes: BASELINE_MAX_BYTES.predictions });
  // The base run's report, for the base's slice bars (artifact and path baselines carry one).
  if (comparing && baseSliceIds(config).size)
    files.push({ file: BASE_REPORT, maxBytes: BASELINE_MAX_BYTES.report });
  // The drift reference is the baseline's version of the very files the dataset matches here.
  for (const ds of drifting)
    for (const file of await workspace.glob(asList(ds.path)))
      files.push({ file, maxBytes: BASELINE_MAX_BYTES.data });
  return { files, trend: comparing ? asList(config.compare?.metrics) : [] };
}

/** Resolve the run's baseline and commit time, as far as the stages `command` runs need them. */
export async function prepareRun(
  command: Command,
  config: MlgateConfig,
  workspace: Workspace,
  request: BaselineRequest,
  temp: TempSpace,
  github?: GitHubContext,
): Promise<RunInputs> {
  const inputs: RunInputs = { remove: () => {} };
  if (stageRuns(command, stageCard("data"), config) && freshSinceCommit(config))
    inputs.commitTime = await commitTime(workspace.root);
  const needs = await baselineNeeds(command, config, workspace);
  if (needs) {
    let prepared: PreparedBaseline;
    try {
      // The baseline's code (artifacts, git, the GitHub API) is loaded only for a run that needs one.
      const { prepareBaseline } = await import("../baseline/prepare-baseline.js");
      prepared = await prepareBaseline(workspace, config.compare ?? {}, request, needs, temp, github);
    } catch (err) {
      // A user's missing or oversized file is a reason, not an error: this is a bug or an outage.
      throw new Error("the baseline could not be prepared", { cause: err });
    }
    inputs.baseline = prepared.baseline;
    inputs.remove = prepared.remove;
  }
  return inputs;
}
