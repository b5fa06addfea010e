/** The Actions endpoints: workflow runs and their artifacts (baselines and `mode: publish` read them). */
import type { Artifact, GitHub, WorkflowRun } from "./client.js";
import { GitHubError, type Rest } from "./rest.js";

/** listWorkflowRuns, getWorkflowRun, listRunArtifacts, downloadArtifact over `rest`. */
export function actionsApi({
  octokit,
  call,
  fail,
}: Rest): Pick<GitHub, "listWorkflowRuns" | "getWorkflowRun" | "listRunArtifacts" | "downloadArtifact"> {
  return {
    async listWorkflowRuns(owner, repo, workflow, query, limit) {
      const runs: WorkflowRun[] = [];
      try {
        for await (const page of octokit.paginate.iterator(
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
          {
            owner,
            repo,
            workflow_id: workflow,
            per_page: Math.min(100, limit),
            ...query,
          } as never,
        )) {
          runs.push(...(page.data as unknown as WorkflowRun[]));
          if (runs.length >= limit) break;
        }
      } catch (err) {
        return fail(err, "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs");
      }
      return runs.slice(0, limit);
    },
    async getWorkflowRun(owner, repo, id) {
      return call("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { owner, repo, run_id: id });
    },
    async listRunArtifacts(owner, repo, runId) {
      try {
        const all = await octokit.paginate("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
          owner,
          repo,
          run_id: runId,
          per_page: 100,
        });
        return all as unknown as Artifact[];
      } catch (err) {
        return fail(err, "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts");
      }
    },
    async downloadArtifact(owner, repo, id, maxBytes) {
      const route = "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}";
      let data: unknown;
      try {
        data = (await octokit.request(route, { owner, repo, artifact_id: id, archive_format: "zip" })).data;
      } catch (err) {
        return fail(err, route);
      }
      const bytes =
        data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data as ArrayBufferLike);
      if (bytes.length > maxBytes)
        throw new GitHubError(
          413,
          `the artifact is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
          route,
        );
      return bytes;
    },
  };
}
