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

/** Upload the report artifact, then the baseline artifact; log each result. Returns the report artifact's id. */
export async function publishArtifacts(input: ArtifactsInput): Promise<{ reportId?: number }> {
  const report: Record<string, Uint8Array> = {
    "mlgate-report.json": new TextEncoder().encode(input.report.json),
  };
  if (input.report.html) report["mlgate-report.html"] = new Uint8Array(await readFile(input.report.html));
  const uploads: [string, Record<string, Uint8Array>][] = [[input.report.name, report]];
  if (input.baseline) uploads.push([input.baseline.name, await folderFiles(input.baseline.folder)]);
  const ids: (number | undefined)[] = [];
  for (const [name, files] of uploads) {
    try {
      const r = await uploadArtifact(name, files, input.service, input.serverUrl);
      core.info(`mlgate: artifact ${name} uploaded (${r.size ?? 0} bytes${r.id ? `, id ${r.id}` : ""})`);
      ids.push(r.id);
    } catch (err) {
      const message = (err as Error).message;
      // GitHub keeps one artifact per name and run: the usual cause is a matrix whose jobs all upload.
      const hint = /\(409\)|already exists/i.test(message)
        ? " (another job of this run uploaded one of that name: in a matrix, give each job its own `shard` input)"
        : "";
      core.warning(`mlgate could not upload the artifact ${name}: ${message}${hint}`);
      ids.push(undefined);
    }
  }
  return ids[0] !== undefined ? { reportId: ids[0] } : {};
}

/**
 * The web page of an artifact of this run, as actions/upload-artifact gives it (its
 * `artifact-url` output): GITHUB_SERVER_URL/OWNER/REPO/actions/runs/RUN_ID/artifacts/ID.
 */
export function artifactUrl(
  run: { serverUrl: string; owner: string; repo: string; runId?: string },
  id: number | undefined,
): string | undefined {
  if (id === undefined || !Number.isSafeInteger(id) || id <= 0 || run.runId === undefined) return undefined;
  const server = run.serverUrl.replace(/\/+$/, "");
  return `${server}/${encodeURIComponent(run.owner)}/${encodeURIComponent(run.repo)}/actions/runs/${run.runId}/artifacts/${id}`;
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
