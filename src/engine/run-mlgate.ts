/** The engine both shells call: settings in, a report (or why there is none) out. */

import type { GitHubContext } from "../baseline/artifact-baseline.js";
import { parseConfig, reviewConfig } from "../config/parse-config.js";
import {
  type BranchContext,
  resolveEnvironment,
  UnknownEnvironmentError,
} from "../config/resolve-environment.js";
import type { MlgateConfig } from "../config/types.js";
import { gatePolicy } from "../gate/evaluate-gate.js";
import type { ProgressSink } from "../io/progress.js";
import { createTempSpace, tempRoot } from "../io/temp-space.js";
import { type Workspace, WorkspaceError } from "../io/workspace.js";
import type { Diagnostic, Report } from "../report/types.js";
import { sortDiagnostics } from "../schema/validate.js";
import { buildReport } from "./build-report.js";
import { prepareRun } from "./prepare-run.js";
import { resolveNames } from "./resolve-names.js";
import { runStages, type StagesOutcome } from "./run-stages.js";
import { CONFIG_NAMES, type Settings } from "./settings.js";

/** What a run ends in. */
export type RunOutcome =
  | { kind: "report"; report: Report; configFile: string; config: MlgateConfig; warnings: Diagnostic[] }
  | {
      kind: "config-error";
      configFile: string;
      diagnostics: Diagnostic[];
      /** Set when the errors are names that resolve to nothing: the rest of the config still ran. */
      report?: Report;
    }
  | { kind: "usage-error"; message: string };

/** Size cap for mlgate.yml itself: a config is a few KB, anything near this is a mistake. */
const MAX_CONFIG_BYTES = 1024 * 1024;

async function findConfig(settings: Settings, workspace: Workspace): Promise<string | undefined> {
  if (settings.config !== undefined) return settings.config;
  for (const name of CONFIG_NAMES) if (await workspace.exists(name)) return name;
  return undefined;
}

/**
 * Load mlgate.yml, pick the environment, resolve the baseline and commit time, run the stages,
 * build the report and decide the gate. `extras.github` lets baselines come from artifacts and
 * the REST API (the action with a token).
 */
export async function runMlgate(
  settings: Settings,
  branch: BranchContext,
  workspace: Workspace,
  progress?: ProgressSink,
  extras: { github?: GitHubContext; env?: Readonly<Record<string, string | undefined>> } = {},
): Promise<RunOutcome> {
  const configFile = await findConfig(settings, workspace);
  if (configFile === undefined) {
    return {
      kind: "usage-error",
      message: `no ${CONFIG_NAMES.join(" or ")} in ${workspace.root}; create one (see the README) or pass --config FILE`,
    };
  }
  let text: string;
  try {
    text = await workspace.readText(configFile, MAX_CONFIG_BYTES);
  } catch (err) {
    if (err instanceof WorkspaceError)
      return { kind: "usage-error", message: `cannot read the config: ${err.message}` };
    throw err;
  }
  let parsed = parseConfig(text, configFile);
  // The data checks' own review of their options, loaded only for a config with data.
  if (parsed.config?.data !== undefined) {
    const { dataConfigFindings } = await import("../data/checks/index.js");
    parsed = reviewConfig(parsed, configFile, dataConfigFindings);
  }
  if (!parsed.config || !parsed.document)
    return { kind: "config-error", configFile, diagnostics: parsed.diagnostics };
  let environment: Report["environment"];
  try {
    environment = resolveEnvironment(parsed.config, { ...branch, flag: settings.environment });
  } catch (err) {
    if (err instanceof UnknownEnvironmentError) return { kind: "usage-error", message: err.message };
    throw err;
  }
  // Entries whose names match nothing are left out of `config`, so the other checks still run.
  const names = await resolveNames(settings.command, parsed.config, parsed.document, configFile, workspace);
  const { config } = names;
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...names.diagnostics]);
  // Baseline copies, artifacts and spilled hashes: one folder under the settings' temp root,
  // removed when the stages are done, errors included.
  const temp = createTempSpace(tempRoot(settings.temp));
  let outcome: StagesOutcome;
  try {
    const inputs = await prepareRun(
      settings.command,
      config,
      workspace,
      { ...settings.baseline, baseBranch: branch.baseBranch },
      temp,
      extras.github,
    );
    outcome = await runStages(settings.command, {
      config,
      environment,
      workspace,
      configFile,
      paths: settings.paths,
      tuning: settings.tuning,
      progress,
      baseline: inputs.baseline,
      commitTime: inputs.commitTime,
      temp,
      suitesRefused: settings.suitesRefused,
      env: extras.env,
    });
  } finally {
    temp.remove();
  }
  const { sections, compared } = outcome;
  const report = buildReport(
    {
      environment,
      sections,
      manualRubric: config.scorecard?.ml_test_score?.manual,
      charts: config.scorecard?.charts,
      comparisons: compared?.comparisons,
      trend: compared?.trend,
      baseline: compared?.baseline ?? {
        source: "none",
        reason: config.compare ? "the comparison did not run" : "no comparison configured",
      },
    },
    gatePolicy(config, environment.name),
  );
  if (diagnostics.some((d) => d.severity === "error"))
    return { kind: "config-error", configFile, diagnostics, report };
  return { kind: "report", report, configFile, config, warnings: diagnostics };
}
