/** The one module that reads action inputs; it fills the same Settings the CLI fills. */
import path from "node:path";
import * as core from "@actions/core";
import { readTuning, type Settings } from "../config/settings.js";
import { type Command, STAGES_BY_COMMAND } from "../stages/run-stages.js";

/** An input with a value the action cannot use. */
export class InputError extends Error {}

/** Action-only settings on top of the shared ones. */
export interface ActionSettings extends Settings {
  /** Absolute path of the JSON report the action writes. */
  reportPath: string;
  /** Absolute path of a SARIF file to write too, when asked for. */
  sarifPath?: string;
}

/** An empty input is `undefined`, not "". */
function input(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === "" ? undefined : value;
}

/** Read and check every input. */
export function readInputs(env: NodeJS.ProcessEnv): ActionSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const dir = path.resolve(workspace, input("working-directory") ?? ".");
  const rel = path.relative(workspace, dir);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new InputError(
      `Invalid working-directory '${input("working-directory")}'. Expected a folder inside the workspace.`,
    );
  }
  const command = input("command") ?? "check";
  if (!Object.hasOwn(STAGES_BY_COMMAND, command)) {
    throw new InputError(
      `Invalid command '${command}'. Expected one of ${Object.keys(STAGES_BY_COMMAND).join(", ")}.`,
    );
  }
  const settings: ActionSettings = {
    command: command as Command,
    dir,
    format: "terminal",
    tuning: readTuning(env),
    reportPath: path.resolve(
      dir,
      input("report-path") ?? path.join(env.RUNNER_TEMP ?? dir, "mlgate-report.json"),
    ),
  };
  const sarif = input("sarif-path");
  if (sarif !== undefined) settings.sarifPath = path.resolve(dir, sarif);
  const config = input("config");
  if (config !== undefined) settings.config = config;
  const environment = input("environment");
  if (environment !== undefined) settings.environment = environment;
  return settings;
}
