/** The check-run endpoints. */
import type { GitHub } from "./client.js";
import type { Rest } from "./rest.js";

/** createCheckRun, findCheckRun and updateCheckRun over `rest`. */
export function checksApi({
  call,
}: Rest): Pick<GitHub, "createCheckRun" | "findCheckRun" | "updateCheckRun"> {
  return {
    async findCheckRun(owner, repo, sha, name, externalId) {
      // Newest first; a run's own check runs are few, so the first page is enough.
      const r = await call<{ check_runs: { id: number; html_url: string; external_id?: string | null }[] }>(
        "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
        { owner, repo, ref: sha, check_name: name, filter: "all", per_page: 100 },
      );
      const found = r.check_runs.find((c) => c.external_id === externalId);
      return found && { id: found.id, url: found.html_url };
    },
    async createCheckRun(owner, repo, body) {
      const r = await call<{ id: number; html_url: string }>(
        "POST /repos/{owner}/{repo}/check-runs",
        {
          owner,
          repo,
          ...body,
        },
        { once: true },
      );
      return { id: r.id, url: r.html_url };
    },
    async updateCheckRun(owner, repo, id, body) {
      await call(
        "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
        {
          owner,
          repo,
          check_run_id: id,
          ...body,
        },
        { once: true },
      );
    },
  };
}
