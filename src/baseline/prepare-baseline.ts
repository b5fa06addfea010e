/**
 * The run's baseline, made ready before the stages: its source resolved once, and the files the
 * run needs copied into one temporary folder (the readers stream files, and the stages then read
 * values, not git or GitHub). The folder, artifacts included, goes when the run ends.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CompareConfig } from "../config/types.js";
import type { TempSpace } from "../io/temp-space.js";
import { createWorkspace, type Workspace } from "../io/workspace.js";
import type { GitHubContext } from "./artifact-baseline.js";
import type { Baseline } from "./baseline.js";
import { type BaselineRequest, resolveBaseline } from "./resolve-baseline.js";
import {
  BASELINE_MAX_BYTES,
  type BaselineFiles,
  BaselineRefused,
  BaselineTooLarge,
  type RunBaseline,
  type TooLargeFile,
} from "./resolved-baseline.js";

/** A file the run reads from the baseline, and the cap it reads it under. */
export interface NeededFile {
  file: string;
  maxBytes: number;
}

/** What a run needs from its baseline. */
export interface BaselineNeeds {
  /** Files of the baseline itself. */
  files: NeededFile[];
  /** Metrics files read from each earlier baseline, for the trend. */
  trend: string[];
}

/** The run's baseline and the folder that holds its files. */
export interface PreparedBaseline {
  baseline: RunBaseline;
  /** Delete the temporary folder (idempotent). */
  remove(): void;
}

/**
 * Copy the baseline's versions of `needed` into `dir`. A file asked for under several caps is
 * tried from the smallest up, so each cap gets the answer its source gives for it.
 */
async function copyFiles(read: Baseline["read"], needed: NeededFile[], dir: string): Promise<BaselineFiles> {
  mkdirSync(dir, { recursive: true });
  const tooLarge: TooLargeFile[] = [];
  const caps = new Map<string, number[]>();
  for (const { file, maxBytes } of needed) caps.set(file, [...(caps.get(file) ?? []), maxBytes]);
  for (const [file, list] of caps) {
    for (const maxBytes of [...new Set(list)].sort((a, b) => a - b)) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await read(file, maxBytes);
      } catch (err) {
        if (!(err instanceof BaselineTooLarge)) throw err;
        tooLarge.push({ file, maxBytes, message: err.message });
        continue;
      }
      const target = path.join(dir, file);
      // A name that climbs out of the folder (`../x`) has no copy: the baseline has no such file.
      if (bytes && !path.relative(dir, target).startsWith("..")) {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
      break;
    }
  }
  return { workspace: createWorkspace(dir), tooLarge };
}

/** Resolve the baseline (the order `compare.baseline` documents) and copy what `needs` names. */
export async function prepareBaseline(
  workspace: Workspace,
  cfg: CompareConfig,
  request: BaselineRequest,
  needs: BaselineNeeds,
  temp: TempSpace,
  github?: GitHubContext,
): Promise<PreparedBaseline> {
  const dir = temp.makeDir("baseline-");
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const scratch = path.join(dir, "artifacts");
    mkdirSync(scratch);
    const source = await resolveBaseline(workspace, cfg, request, { github, scratch });
    if (!("read" in source)) return { baseline: source, remove };
    let files: BaselineFiles;
    try {
      files = await copyFiles(source.read, needs.files, path.join(dir, "files"));
    } catch (err) {
      // Nothing of a refused baseline is used: the copies made before the refusal go with the folder.
      if (!(err instanceof BaselineRefused)) throw err;
      remove();
      return { baseline: { reason: err.message }, remove };
    }
    const history = [];
    const trend = needs.trend.map((file) => ({ file, maxBytes: BASELINE_MAX_BYTES.metrics }));
    for (const [i, past] of (source.history ?? []).entries())
      history.push({
        sha: past.sha,
        files: await copyFiles(past.read, trend, path.join(dir, `history-${i}`)),
      });
    return { baseline: { info: source.info, files, history }, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
