/**
 * Publisher: `publish: artifact`. The report goes up as an artifact (the fork-safe pattern's first
 * half), and on pushes the baseline folder too, through @actions/artifact. The report is the one in
 * memory, not the report file: a process a suite left running could have rewritten that file. A
 * failed upload is a warning: the gate does not depend on it.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { type ResultsService, uploadArtifact } from "../../github/artifacts.js";

/** The artifacts to upload, and the runner's results service to upload them to. */
export interface ArtifactsInput {
  /** The JSON report, uploaded as mlgate-report.json in artifact `name`, with the HTML report file. */
  report: { name: string; json: string; html?: string };
  /** The baseline folder, uploaded whole, when one was written. */
  baseline?: { name: string; folder: string };
  service: ResultsService;
  /** GITHUB_SERVER_URL (GitHub Enterprise Server has no artifact service for the client). */
  serverUrl: string;
}

/** Upload the report artifact, then the baseline artifact; log each result. */
export async function publishArtifacts(input: ArtifactsInput): Promise<void> {
  const report: Record<string, Uint8Array> = {
    "mlgate-report.json": new TextEncoder().encode(input.report.json),
  };
  if (input.report.html) report["mlgate-report.html"] = new Uint8Array(await readFile(input.report.html));
  const uploads: [string, Record<string, Uint8Array>][] = [[input.report.name, report]];
  if (input.baseline) uploads.push([input.baseline.name, await folderFiles(input.baseline.folder)]);
  for (const [name, files] of uploads) {
    try {
      const r = await uploadArtifact(name, files, input.service, input.serverUrl);
      core.info(`mlgate: artifact ${name} uploaded (${r.size ?? 0} bytes${r.id ? `, id ${r.id}` : ""})`);
    } catch (err) {
      core.warning(`mlgate could not upload the artifact ${name}: ${(err as Error).message}`);
    }
  }
}

/** Every file under `dir`, by its path relative to it. */
async function folderFiles(dir: string, sub = ""): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, await folderFiles(dir, rel));
    else if (entry.isFile()) out[rel] = new Uint8Array(await readFile(path.join(dir, rel)));
  }
  return out;
}
