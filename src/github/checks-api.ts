/** The check-run endpoints. */
import type { GitHub } from "./client.js";
import type { Rest } from "./rest.js";

/** createCheckRun and updateCheckRun over `rest`. */
export function checksApi({ call }: Rest): Pick<GitHub, "createCheckRun" | "updateCheckRun"> {
  return {
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
