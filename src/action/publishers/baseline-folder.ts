/**
 * Publisher: the baseline folder. Outside pull requests (a push to the baseline branch) the action
 * lays out what a later pull request compares against, for the workflow (or `publish: artifact`)
 * to keep as the baseline artifact.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { asList } from "../../config/as-list.js";
import type { MlgateConfig } from "../../config/types.js";

/** What goes into the folder. */
export interface BaselineFolderInput {
  /** The folder to fill. */
  folder: string;
  /** The checked repository root the compared files are read from. */
  dir: string;
  /** The JSON report, stored as mlgate-report.json. */
  reportJson: string;
  /** The configuration, which names the compared files. */
  config: MlgateConfig;
}

/** Copy the report and the compared files into a folder laid out like the repository; returns the folder. */
export async function publishBaselineFolder(input: BaselineFolderInput): Promise<string> {
  const out = input.folder;
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "mlgate-report.json"), input.reportJson);
  for (const file of comparedFiles(input.config)) {
    const from = path.resolve(input.dir, file);
    // A compared path that leaves the repository is not recorded.
    if (path.relative(input.dir, from).startsWith("..")) continue;
    try {
      await mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await copyFile(from, path.join(out, file));
    } catch {
      core.warning(`mlgate: ${file} is not there to record in the baseline`);
    }
  }
  return out;
}

/** The metrics, params and (with a significance test) predictions files that compare reads. */
function comparedFiles(config: MlgateConfig): string[] {
  const sig = config.compare?.significance as { predictions?: string } | undefined;
  const predictions = sig?.predictions ?? (config.model?.predictions as { path?: string } | undefined)?.path;
  return [
    ...asList(config.compare?.metrics),
    ...asList(config.compare?.params),
    ...(sig && predictions ? [predictions] : []),
  ];
}
