/**
 * Upload an artifact from inside a workflow run, over the runner's results service (artifacts v4,
 * what actions/upload-artifact@v4 uses): CreateArtifact returns a signed blob URL, the zip is PUT
 * there in one request, FinalizeArtifact records its size and SHA-256. The runtime token and the
 * service URL come from the runner's environment (read by the action's settings); the token is
 * never printed.
 */
import { createHash } from "node:crypto";
import { zipSync } from "fflate";

/** An upload that could not be made, with a plain reason. */
export class ArtifactUploadError extends Error {}

const SERVICE = "github.actions.results.api.v1.ArtifactService";

/** Where the runner's results service is, and the token it takes; both unset outside a job. */
export interface ResultsService {
  /** ACTIONS_RUNTIME_TOKEN. */
  runtimeToken?: string;
  /** ACTIONS_RESULTS_URL. */
  resultsUrl?: string;
}

/** The run and job ids the results service wants, from the runtime token's `scp` claim. */
export function backendIds(token: string): { run: string; job: string } {
  const payload = token.split(".")[1];
  if (!payload) throw new ArtifactUploadError("ACTIONS_RUNTIME_TOKEN is not a JWT");
  let claims: { scp?: string };
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { scp?: string };
  } catch {
    throw new ArtifactUploadError("ACTIONS_RUNTIME_TOKEN has unreadable claims");
  }
  for (const scope of (claims.scp ?? "").split(" ")) {
    const [kind, run, job] = scope.split(":");
    if (kind === "Actions.Results" && run && job) return { run, job };
  }
  throw new ArtifactUploadError("ACTIONS_RUNTIME_TOKEN has no Actions.Results scope");
}

/** Upload `files` (name in the zip → bytes) as artifact `name`; returns its id and size. */
export async function uploadArtifact(
  name: string,
  files: Record<string, Uint8Array>,
  service: ResultsService,
  retentionDays?: number,
): Promise<{ id: string; size: number }> {
  const token = service.runtimeToken;
  const base = service.resultsUrl;
  if (!token || !base)
    throw new ArtifactUploadError(
      "not inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)",
    );
  const ids = backendIds(token);
  const twirp = async (method: string, body: Record<string, unknown>) => {
    const res = await fetch(new URL(`/twirp/${SERVICE}/${method}`, base), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    let data: Record<string, unknown> = {};
    try {
      data = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // An HTML error page: reported by status below.
    }
    if (!res.ok || data.ok === false)
      throw new ArtifactUploadError(
        `${method} failed (${res.status}${data.msg ? `: ${String(data.msg)}` : ""})`,
      );
    return data;
  };
  const created = await twirp("CreateArtifact", {
    workflow_run_backend_id: ids.run,
    workflow_job_run_backend_id: ids.job,
    name,
    version: 4,
    ...(retentionDays ? { expires_at: new Date(Date.now() + retentionDays * 86_400_000).toISOString() } : {}),
  });
  const url = (created.signed_upload_url ?? created.signedUploadUrl) as string | undefined;
  if (!url) throw new ArtifactUploadError("CreateArtifact returned no upload URL");
  const zip = zipSync(files);
  const put = await fetch(url, {
    method: "PUT",
    headers: { "x-ms-blob-type": "BlockBlob", "content-type": "zip" },
    body: zip,
  });
  if (!put.ok) throw new ArtifactUploadError(`the blob upload failed (${put.status})`);
  const hash = createHash("sha256").update(zip).digest("hex");
  const done = await twirp("FinalizeArtifact", {
    workflow_run_backend_id: ids.run,
    workflow_job_run_backend_id: ids.job,
    name,
    size: String(zip.length),
    hash: `sha256:${hash}`,
  });
  return { id: String(done.artifact_id ?? done.artifactId ?? ""), size: zip.length };
}
