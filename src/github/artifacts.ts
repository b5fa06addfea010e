/**
 * Artifacts through @actions/artifact, the toolkit's client (what actions/upload-artifact and
 * actions/download-artifact run): uploads go to the runner's results service, and another run's
 * artifacts are listed and downloaded through the REST API with the workflow token (`findBy`).
 * The client reads the runner's variables itself (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
 * GITHUB_API_URL, GITHUB_SERVER_URL). It does not support GitHub Enterprise Server; there lists and
 * downloads go through this folder's REST client (GHES serves the same endpoints) and uploads are
 * refused with that reason. Downloads are kept zipped: the callers unpack them with their caps.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DefaultArtifactClient } from "@actions/artifact";
import type { GitHub } from "./client.js";

/** An upload or download that could not be made, with a plain reason. */
export class ArtifactError extends Error {}

/** Where the runner's results service is, and the token it takes; both unset outside a job. */
export interface ResultsService {
  /** ACTIONS_RUNTIME_TOKEN. */
  runtimeToken?: string;
  /** ACTIONS_RESULTS_URL. */
  resultsUrl?: string;
}

/** One artifact of a run. */
export interface ArtifactRef {
  id: number;
  name: string;
  size: number;
  /** `sha256:…`, recorded at upload; a download that does not match it is refused. */
  digest?: string;
}

/** The artifacts of other runs of this repository. */
export interface ArtifactStore {
  list(runId: number): Promise<ArtifactRef[]>;
  /** The artifact's zip, refused above `maxBytes`. */
  download(runId: number, artifact: ArtifactRef, maxBytes: number): Promise<Uint8Array>;
}

/** What the store needs: the repository, the token (`actions: read`) and the server. */
export interface StoreOptions {
  token: string;
  owner: string;
  repo: string;
  /** GITHUB_SERVER_URL: GitHub Enterprise Server gets the REST fallback. */
  serverUrl: string;
  /** The REST client, for GitHub Enterprise Server. */
  gh: GitHub;
}

/** GitHub.com, GHE.com and local hosts; anything else is GitHub Enterprise Server (the toolkit's rule). */
function isEnterpriseServer(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname.toLowerCase();
  return !(host === "github.com" || host.endsWith(".ghe.com") || host.endsWith(".localhost"));
}

/** The artifact store for this repository. */
export function createArtifactStore(options: StoreOptions): ArtifactStore {
  if (isEnterpriseServer(options.serverUrl)) return restStore(options);
  const client = new DefaultArtifactClient();
  const findBy = (runId: number) => ({
    token: options.token,
    workflowRunId: runId,
    repositoryOwner: options.owner,
    repositoryName: options.repo,
  });
  return {
    async list(runId) {
      const { artifacts } = await client.listArtifacts({ findBy: findBy(runId) });
      return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest }));
    },
    async download(runId, artifact, maxBytes) {
      if (artifact.size > maxBytes) throw tooLarge(artifact.size, maxBytes);
      const dir = await mkdtemp(path.join(tmpdir(), "mlgate-download-"));
      try {
        const done = await client.downloadArtifact(artifact.id, {
          findBy: findBy(runId),
          path: dir,
          skipDecompress: true,
          ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        });
        if (done.digestMismatch)
          throw new ArtifactError("its content does not match the digest recorded at upload");
        const [file] = await readdir(dir);
        if (!file) throw new ArtifactError("the download wrote no file");
        const size = (await stat(path.join(dir, file))).size;
        if (size > maxBytes) throw tooLarge(size, maxBytes);
        return new Uint8Array(await readFile(path.join(dir, file)));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Lists and downloads over the REST client, for GitHub Enterprise Server. */
function restStore({ gh, owner, repo }: StoreOptions): ArtifactStore {
  return {
    async list(runId) {
      const artifacts = await gh.listRunArtifacts(owner, repo, runId);
      return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size_in_bytes }));
    },
    download: (_runId, artifact, maxBytes) => gh.downloadArtifact(owner, repo, artifact.id, maxBytes),
  };
}

function tooLarge(size: number, maxBytes: number): ArtifactError {
  return new ArtifactError(`the artifact is ${size} bytes, over the ${maxBytes}-byte limit`);
}

/**
 * Upload `files` (path in the artifact → bytes) as artifact `name` of this run; returns its id
 * and size. The files are written to a fresh folder first, as the client uploads from disk.
 */
export async function uploadArtifact(
  name: string,
  files: Record<string, Uint8Array>,
  service: ResultsService,
  serverUrl: string,
): Promise<{ id?: number; size?: number }> {
  if (!service.runtimeToken || !service.resultsUrl)
    throw new ArtifactError(
      "not inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)",
    );
  if (isEnterpriseServer(serverUrl))
    throw new ArtifactError("@actions/artifact does not support GitHub Enterprise Server");
  const dir = await mkdtemp(path.join(tmpdir(), "mlgate-upload-"));
  try {
    const paths: string[] = [];
    for (const [rel, bytes] of Object.entries(files)) {
      const file = path.join(dir, rel);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
      paths.push(file);
    }
    const done = await new DefaultArtifactClient().uploadArtifact(name, paths, dir);
    return { id: done.id, size: done.size };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
