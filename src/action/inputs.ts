/** The one module that reads action inputs; it fills the same Settings the CLI fills. */
import path from "node:path";
import * as core from "@actions/core";
import { type Command, STAGES_BY_COMMAND } from "../engine/run-stages.js";
import { readTuning, type Settings } from "../engine/settings.js";

/** An input with a value the action cannot use. */
export class InputError extends Error {}

/** Action-only settings on top of the shared ones. */
export interface ActionSettings extends Settings {
  /** Absolute path of the JSON report the action writes. */
  reportPath: string;
  /** Absolute path of a SARIF file to write too, when asked for. */
  sarifPath?: string;
  /** `run` (check this repository) or `publish` (post another run's report: the fork-safe pattern). */
  mode: "run" | "publish";
  /** Where results go: comment, check, summary, artifact. */
  publish: Set<string>;
  token?: string;
  /** Key of the sticky comment; default: the workflow name and the config path. */
  commentKey?: string;
  /** Name of the report artifact `mode: publish` downloads. */
  artifactName: string;
  /** Name of the baseline artifact on the base branch's runs. */
  baselineArtifact: string;
}

/** The publish targets the action knows. */
export const PUBLISH_TARGETS = ["comment", "check", "summary", "artifact"];

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
    mode: "run",
    publish: new Set(),
    artifactName: input("artifact-name") ?? "mlgate-report",
    baselineArtifact: input("baseline-artifact") ?? "mlgate-baseline",
    reportPath: path.resolve(
      dir,
      input("report-path") ?? path.join(env.RUNNER_TEMP ?? dir, "mlgate-report.json"),
    ),
  };
  const mode = input("mode") ?? "run";
  if (mode !== "run" && mode !== "publish")
    throw new InputError(`Invalid mode '${mode}'. Expected run or publish.`);
  settings.mode = mode;
  const publish = (input("publish") ?? "comment,check,summary")
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((t) => t !== "none");
  for (const t of publish)
    if (!PUBLISH_TARGETS.includes(t))
      throw new InputError(
        `Invalid publish target '${t}'. Expected a list of ${PUBLISH_TARGETS.join(", ")} (or none).`,
      );
  settings.publish = new Set(publish);
  const token = input("github-token");
  // No setSecret: that would write the token to stdout as a command. The runner already masks
  // secrets and github.token, and mlgate never prints it.
  if (token !== undefined) settings.token = token;
  const key = input("comment-key");
  if (key !== undefined) settings.commentKey = key;
  const baselinePath = input("baseline");
  const baselineRef = input("baseline-ref");
  if (baselinePath !== undefined && baselineRef !== undefined)
    throw new InputError("Both baseline and baseline-ref are set. Pass one.");
  if (baselinePath !== undefined) {
    const abs = path.resolve(dir, baselinePath);
    const relBase = path.relative(dir, abs);
    if (relBase.startsWith("..") || path.isAbsolute(relBase))
      throw new InputError(`Invalid baseline '${baselinePath}'. Expected a path inside working-directory.`);
    settings.baseline = { path: relBase.split(path.sep).join("/") };
  }
  if (baselineRef !== undefined) settings.baseline = { ref: baselineRef };
  const sarif = input("sarif-path");
  if (sarif !== undefined) settings.sarifPath = path.resolve(dir, sarif);
  const config = input("config");
  if (config !== undefined) settings.config = config;
  const environment = input("environment");
  if (environment !== undefined) settings.environment = environment;
  return settings;
}
