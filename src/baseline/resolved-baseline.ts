/**
 * The baseline as the stages see it: resolved before they run, its files already copied into a
 * temporary folder. Values only: nothing here reaches git or GitHub, so a stage may import it.
 */
import { type Workspace, WorkspaceError } from "../io/workspace.js";
import type { BaselineInfo } from "../report/types.js";

/** Size caps of the baseline files a run reads: they come from elsewhere, so each is capped. */
export const BASELINE_MAX_BYTES = {
  /** Metrics and params files are small. */
  metrics: 8 * 1024 * 1024,
  /** The predictions the paired tests read. */
  predictions: 512 * 1024 * 1024,
  /** The data files a drift check compares with. */
  data: 1024 * 1024 * 1024,
  /** The base run's JSON report (artifact and path baselines), for the base's slice bars. */
  report: 64 * 1024 * 1024,
} as const;

/** No baseline, and why. */
export interface NoBaseline {
  reason: string;
}

/** A baseline file over the size cap. */
export class BaselineTooLarge extends Error {}

/**
 * A baseline that may not be read at all: a `path:` baseline with a file that is a link to outside
 * the repository. The whole baseline is refused, so the report says one thing about it.
 */
export class BaselineRefused extends Error {}

/** One baseline file over the cap it was asked with, in the words of its source (git, REST, path). */
export interface TooLargeFile {
  file: string;
  maxBytes: number;
  message: string;
}

/** The baseline's versions of the files a run needs, copied out (a file the baseline lacks is absent). */
export interface BaselineFiles {
  /** Reads confined to the copies. */
  workspace: Workspace;
  /** Files the baseline has but over the cap they were asked with, so not copied under that cap. */
  tooLarge: TooLargeFile[];
}

/** An older baseline (an earlier artifact), for the trend of the metrics. */
export interface PastBaseline {
  /** The commit it was recorded for. */
  sha: string;
  files: BaselineFiles;
}

/** The run's baseline: where it came from and its files. */
export interface ResolvedBaseline {
  info: BaselineInfo;
  files: BaselineFiles;
  /** Earlier baselines, oldest first (artifact baselines only; empty otherwise). */
  history: PastBaseline[];
}

/** What the stages receive: the baseline, or why there is none. */
export type RunBaseline = ResolvedBaseline | NoBaseline;

/** Whether a run's baseline exists (narrows the union). */
export function hasBaseline(baseline: RunBaseline): baseline is ResolvedBaseline {
  return "files" in baseline;
}

/**
 * The baseline's version of `file` under the cap `maxBytes` it was asked with: undefined when the
 * baseline has none; BaselineTooLarge, worded by its source, when it is over the cap.
 */
export async function readBaselineFile(
  files: BaselineFiles,
  file: string,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const over = files.tooLarge.find((t) => t.file === file && t.maxBytes === maxBytes);
  if (over) throw new BaselineTooLarge(over.message);
  if (!(await files.workspace.exists(file))) return undefined;
  try {
    // The copy was checked against its cap when it was made.
    return await files.workspace.readBytes(file, Number.MAX_SAFE_INTEGER);
  } catch (err) {
    if (err instanceof WorkspaceError) return undefined;
    throw err;
  }
}

/** Which of `wanted` the baseline has under `maxBytes` (in order), and the messages of those over it. */
export async function baselineCopies(
  files: BaselineFiles,
  wanted: string[],
  maxBytes: number,
): Promise<{ copied: string[]; tooLarge: string[] }> {
  const out = { copied: [] as string[], tooLarge: [] as string[] };
  for (const file of wanted) {
    const over = files.tooLarge.find((t) => t.file === file && t.maxBytes === maxBytes);
    if (over) out.tooLarge.push(over.message);
    else if (await files.workspace.exists(file)) out.copied.push(file);
  }
  return out;
}
