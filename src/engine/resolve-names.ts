/**
 * Name resolution, before the stages (DESIGN.md: everything outside is resolved first): every
 * metric, column and environment name in mlgate.yml is looked up in what exists — the head's
 * metrics files (their keys), the data and predictions files (their headers only), the task's
 * computed metrics, `environments:`. A name that matches nothing is a configuration error at its
 * key; a glob that matches nothing is a warning. Paths come first: one that leads outside the
 * repository is an error at its value, and nothing it names is listed or read. Entries naming
 * nothing are left out of the run, so one typo never switches off the other checks.
 */

import type { MlgateConfig } from "../config/types.js";
import type { Workspace } from "../io/workspace.js";
import { withoutPaths } from "../names/drop-paths.js";
import { resolveEnvironmentNames } from "../names/environment-names.js";
import { NameSink } from "../names/name-sink.js";
import { resolvePathNames } from "../names/path-names.js";
import type { Diagnostic } from "../report/types.js";
import { sortDiagnostics } from "../schema/validate.js";
import type { SourceDocument } from "../source/source-document.js";
import { type Command, stageRuns } from "./run-stages.js";
import { stageCard } from "./stage-cards.js";

/** The config the stages run with (entries naming nothing left out) and what resolution found. */
export interface ResolvedNames {
  config: MlgateConfig;
  diagnostics: Diagnostic[];
}

/** Resolve the names of the stages `command` runs (and the environment names every run uses). */
export async function resolveNames(
  command: Command,
  config: MlgateConfig,
  doc: SourceDocument,
  configFile: string,
  workspace: Workspace,
): Promise<ResolvedNames> {
  const sink = new NameSink(doc, configFile);
  // Paths first: nothing below lists or reads a file that a refused path names.
  resolvePathNames(sink, config, workspace.root);
  resolveEnvironmentNames(sink, config);
  const runs = (stage: "data" | "model" | "compare") => stageRuns(command, stageCard(stage), config);
  // The stages' names need their readers and metrics code: loaded only when one of them runs.
  if (runs("data") || runs("model") || runs("compare")) {
    const { dataNames, modelNames, compareNames } = await import("./stage-names.js");
    if (runs("data")) await dataNames(sink, config, workspace);
    if (runs("model")) await modelNames(sink, config, workspace);
    if (runs("compare")) await compareNames(sink, config, workspace);
  }
  return { config: withoutPaths(config, sink.drops), diagnostics: sortDiagnostics(sink.diagnostics) };
}
