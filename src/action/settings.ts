/**
 * The one module that reads the action's inputs (`core.getInput`) and the runner's environment
 * (GITHUB_*, RUNNER_TEMP, ACTIONS_*, MLGATE_*, NO_COLOR) into one typed object. Every other module
 * of the action gets values from here, so what the action depends on is written down once. The
 * engine part is the same `Settings` the CLI fills from its flags.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { type Command, STAGES_BY_COMMAND } from "../engine/run-stages.js";
import { readTuning, type Settings } from "../engine/settings.js";
import type { ResultsService } from "../github/artifacts.js";
import type { Env } from "../io/branch-context.js";
import { workspacePrefix } from "../io/workspace-prefix.js";
import { ALLOW_UNTRUSTED_TESTS, suitesRefusal } from "./untrusted-checkout.js";

/** An input with a value the action cannot use; the message says what was expected. */
export class InputError extends Error {}

/** The publish targets the action knows. */
export const PUBLISH_TARGETS = ["comment", "check", "summary", "artifact"] as const;

/** One of PUBLISH_TARGETS. */
export type PublishTarget = (typeof PUBLISH_TARGETS)[number];

/** Everything the action was given: its inputs on top of the engine's settings, and the runner's environment. */
export interface ActionSettings extends Settings {
  /** The step's environment: SQL sources name their connection URL in it (`url: env:NAME`). */
  env: Env;
  /** Absolute path of the JSON report the action writes (`report-path`). */
  reportPath: string;
  /** Absolute path of a SARIF file to write too, when asked for (`sarif-path`). */
  sarifPath?: string;
  /** `run` (check this repository) or `publish` (post another run's report: the fork-safe pattern). */
  mode: "run" | "publish";
  /** Where results go (`publish`): comment, check, summary, artifact. */
  publish: Set<PublishTarget>;
  /** `github-token`; never printed. */
  token?: string;
  /** Key of the sticky comment (`comment-key`); default: the workflow name and the config path. */
  commentKey?: string;
  /** Name of the check run (`check-name`); default `mlgate (<environment>)`, in mode publish the `environment` input's. */
  checkName?: string;
  /** Name of the report artifact: uploaded by `publish: artifact`, downloaded by `mode: publish`. */
  artifactName: string;
  /** Name of the baseline artifact on the base branch's runs (`baseline-artifact`). */
  baselineArtifact: string;
  /**
   * `shard`: this job's name in a matrix whose jobs all run mlgate. Its artifacts are named with
   * it (one run cannot hold two artifacts of one name), and its comment and check run are its own.
   */
  shard?: string;
  /** What the runner's environment says. */
  runner: RunnerSettings;
  /** Limits of GitHub API requests (MLGATE_HTTP_TIMEOUT, MLGATE_PUBLISH_BUDGET); the client's defaults when unset. */
  http: HttpLimits;
}

/** Per-request timeout and the budget of all requests of one client, in ms. */
export interface HttpLimits {
  timeoutMs?: number;
  budgetMs?: number;
}

/** The runner's environment, as the action uses it. Values are kept as the runner set them. */
export interface RunnerSettings {
  /** Where the checked folder sits inside GITHUB_WORKSPACE (`examples/app`), for paths in annotations. */
  pathPrefix: string;
  /** The run, from GITHUB_REPOSITORY and friends; undefined outside GitHub Actions. */
  run?: RunContext;
  /** The workflow's file name (`ml.yml`), from GITHUB_WORKFLOW_REF: artifact baselines list its runs. */
  workflowFile?: string;
  /** GITHUB_BASE_REF, GITHUB_REF, GITHUB_ACTIONS and GITHUB_EVENT_NAME, for readBranchContext. */
  branch: Env;
  /** RUNNER_TEMP: the default home of the report and the baseline folder. */
  temp?: string;
  /** GITHUB_STEP_SUMMARY: the job summary file; without it there is no summary to write. */
  stepSummary?: string;
  /** False when NO_COLOR is set (https://no-color.org). */
  color: boolean;
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, for `publish: artifact`. */
  results: ResultsService;
}

/** What the environment says about this run. */
export interface RunContext {
  owner: string;
  repo: string;
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH); {} when unreadable or over the size cap. */
  payload: Record<string, unknown>;
  /** GITHUB_SHA. */
  sha: string;
  /** GITHUB_API_URL, so GitHub Enterprise Server works. */
  apiUrl: string;
  /** GITHUB_SERVER_URL, for links in the scorecard. */
  serverUrl: string;
  /** GITHUB_WORKFLOW: the workflow's name. */
  workflow: string;
  /** GITHUB_RUN_ID (digits only), for links to this run's artifacts. */
  runId?: string;
}

/** Event payloads are capped: they are input we did not write. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** An empty input is `undefined`, not "". */
function input(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === "" ? undefined : value;
}

/** Read and check every input and the environment; throws InputError on a value the action cannot use. */
export function readSettings(env: Env = process.env): ActionSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const dir = path.resolve(workspace, input("working-directory") ?? ".");
  if (!isInside(workspace, dir))
    throw new InputError(
      `Invalid working-directory '${input("working-directory")}'. Expected a folder inside the workspace.`,
    );
  const settings: ActionSettings = {
    command: readCommand(),
    dir,
    format: "terminal",
    tuning: readTuning(env),
    env,
    mode: "run",
    publish: new Set(),
    artifactName: input("artifact-name") ?? "mlgate-report",
    baselineArtifact: input("baseline-artifact") ?? "mlgate-baseline",
    reportPath: path.resolve(
      dir,
      input("report-path") ?? path.join(env.RUNNER_TEMP ?? dir, "mlgate-report.json"),
    ),
    runner: readRunner(env, dir),
    http: readHttpLimits(env),
  };
  if (env.RUNNER_TEMP !== undefined) settings.temp = env.RUNNER_TEMP;
  const mode = input("mode") ?? "run";
  if (mode !== "run" && mode !== "publish")
    throw new InputError(`Invalid mode '${mode}'. Expected run or publish.`);
  settings.mode = mode;
  settings.publish = readPublish();
  const token = input("github-token");
  // No setSecret: that would write the token to stdout as a command. The runner already masks
  // secrets and github.token, and mlgate never prints it.
  if (token !== undefined) settings.token = token;
  const key = input("comment-key");
  if (key !== undefined) settings.commentKey = key;
  const shard = input("shard");
  if (shard !== undefined) applyShard(settings, shard);
  const checkName = input("check-name");
  if (checkName !== undefined) settings.checkName = checkName;
  const baseline = readBaseline(dir);
  if (baseline !== undefined) settings.baseline = baseline;
  const sarif = input("sarif-path");
  if (sarif !== undefined) settings.sarifPath = path.resolve(dir, sarif);
  const config = input("config");
  if (config !== undefined) settings.config = config;
  const environment = input("environment");
  if (environment !== undefined) settings.environment = environment;
  const allow = readFlag(ALLOW_UNTRUSTED_TESTS, input("allow-untrusted-tests"));
  const refused = suitesRefusal(settings.runner.run, allow);
  if (refused !== undefined) settings.suitesRefused = refused;
  return settings;
}

/** The longest `shard` input: it becomes part of artifact names, which GitHub caps too. */
const MAX_SHARD = 64;

/**
 * A matrix job's own names: `mlgate-report-<shard>` and `mlgate-baseline-<shard>` (characters an
 * artifact name cannot hold become `-`), so the jobs of one run do not upload over each other and
 * each pull request run compares with its own shard's baseline.
 */
function applyShard(settings: ActionSettings, shard: string): void {
  if (shard.length > MAX_SHARD || /[\p{Cc}]/u.test(shard))
    throw new InputError(
      `Invalid shard '${shard.slice(0, MAX_SHARD).replace(/[\p{Cc}]/gu, "?")}'. Expected a name of at most ${MAX_SHARD} characters on one line, such as \${{ matrix.python }}.`,
    );
  settings.shard = shard;
  const slug = shard.replace(/[^A-Za-z0-9._-]+/g, "-");
  if (settings.mode !== "run") return;
  settings.artifactName = `${settings.artifactName}-${slug}`;
  settings.baselineArtifact = `${settings.baselineArtifact}-${slug}`;
}

/** A true/false input (YAML 1.2 core schema words, as core.getBooleanInput); default false. */
function readFlag(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`Invalid ${name} '${value}'. Expected true or false.`);
}

/**
 * MLGATE_HTTP_TIMEOUT (seconds one request may go unanswered, 30 by default) and
 * MLGATE_PUBLISH_BUDGET (seconds for all requests of publishing, 120 by default): tests make them
 * small, and a slow GitHub Enterprise Server may need them larger.
 */
function readHttpLimits(env: Env): HttpLimits {
  const limits: HttpLimits = {};
  const seconds = (name: string): number | undefined => {
    const text = env[name]?.trim();
    if (!text) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0)
      throw new InputError(`Invalid ${name} '${text}'. Expected a number of seconds above 0.`);
    return Math.round(value * 1000);
  };
  const timeoutMs = seconds("MLGATE_HTTP_TIMEOUT");
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  const budgetMs = seconds("MLGATE_PUBLISH_BUDGET");
  if (budgetMs !== undefined) limits.budgetMs = budgetMs;
  return limits;
}

/** `child` is `parent` or below it. */
function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return !(rel.startsWith("..") || path.isAbsolute(rel));
}

function readCommand(): Command {
  const command = input("command") ?? "check";
  if (!Object.hasOwn(STAGES_BY_COMMAND, command))
    throw new InputError(
      `Invalid command '${command}'. Expected one of ${Object.keys(STAGES_BY_COMMAND).join(", ")}.`,
    );
  return command as Command;
}

/** `publish`: a comma- or space-separated list; `none` publishes nothing. */
function readPublish(): Set<PublishTarget> {
  const publish = (input("publish") ?? "comment,check,summary")
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((t) => t !== "none");
  for (const t of publish)
    if (!(PUBLISH_TARGETS as readonly string[]).includes(t))
      throw new InputError(
        `Invalid publish target '${t}'. Expected a list of ${PUBLISH_TARGETS.join(", ")} (or none).`,
      );
  return new Set(publish as PublishTarget[]);
}

/** `baseline` (a path inside working-directory, kept relative and with /) or `baseline-ref`, not both. */
function readBaseline(dir: string): Settings["baseline"] {
  const baselinePath = input("baseline");
  const baselineRef = input("baseline-ref");
  if (baselinePath !== undefined && baselineRef !== undefined)
    throw new InputError("Both baseline and baseline-ref are set. Pass one.");
  if (baselinePath !== undefined) {
    const abs = path.resolve(dir, baselinePath);
    if (!isInside(dir, abs))
      throw new InputError(`Invalid baseline '${baselinePath}'. Expected a path inside working-directory.`);
    return { path: path.relative(dir, abs).split(path.sep).join("/") };
  }
  if (baselineRef !== undefined) return { ref: baselineRef };
  return undefined;
}

function readRunner(env: Env, dir: string): RunnerSettings {
  const runner: RunnerSettings = {
    pathPrefix: workspacePrefix(env.GITHUB_WORKSPACE, dir),
    branch: {
      GITHUB_BASE_REF: env.GITHUB_BASE_REF,
      GITHUB_REF: env.GITHUB_REF,
      GITHUB_ACTIONS: env.GITHUB_ACTIONS,
      GITHUB_EVENT_NAME: env.GITHUB_EVENT_NAME,
    },
    color: !env.NO_COLOR,
    results: { runtimeToken: env.ACTIONS_RUNTIME_TOKEN, resultsUrl: env.ACTIONS_RESULTS_URL },
  };
  const run = readRunContext(env);
  if (run) runner.run = run;
  const workflowFile = /\/\.github\/workflows\/([^@/]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? "")?.[1];
  if (workflowFile !== undefined) runner.workflowFile = workflowFile;
  if (env.RUNNER_TEMP !== undefined) runner.temp = env.RUNNER_TEMP;
  if (env.GITHUB_STEP_SUMMARY !== undefined) runner.stepSummary = env.GITHUB_STEP_SUMMARY;
  return runner;
}

/** GITHUB_* variables and the event payload; undefined outside Actions (no GITHUB_REPOSITORY). */
function readRunContext(env: Env): RunContext | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) return undefined;
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      if (statSync(env.GITHUB_EVENT_PATH).size <= MAX_EVENT_BYTES)
        payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    workflow: env.GITHUB_WORKFLOW ?? "mlgate",
    ...(/^[0-9]{1,20}$/.test(env.GITHUB_RUN_ID ?? "") ? { runId: env.GITHUB_RUN_ID } : {}),
  };
}

/** The pull request this run is about, and the commit to attach results to. */
export function pullRequestOf(run: RunContext): { number?: number; headSha: string } {
  const pr = run.payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  return { number: pr?.number, headSha: pr?.head?.sha ?? run.sha };
}
