/** The repository endpoints: files at a ref, refs, and the pull requests of a commit. */
import type { GitHub } from "./client.js";
import { GitHubError, type Rest } from "./rest.js";

/** getFile, resolveRef, pullsForCommit over `rest`. */
export function reposApi({
  octokit,
  call,
  fail,
}: Rest): Pick<GitHub, "getFile" | "resolveRef" | "pullsForCommit"> {
  return {
    async getFile(owner, repo, file, ref, maxBytes) {
      let meta: { type?: string; size?: number; content?: string; encoding?: string; sha?: string };
      try {
        meta = (
          await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { owner, repo, path: file, ref })
        ).data as typeof meta;
      } catch (err) {
        if ((err as { status?: number }).status === 404) return undefined;
        return fail(err, "GET /repos/{owner}/{repo}/contents/{path}");
      }
      if (meta.type !== "file") return undefined;
      if ((meta.size ?? 0) > maxBytes)
        throw new GitHubError(
          413,
          `${file} is ${meta.size} bytes, over the ${maxBytes}-byte limit`,
          "GET contents",
        );
      if (meta.encoding === "base64" && meta.content)
        return new Uint8Array(Buffer.from(meta.content, "base64"));
      // Files over 1 MB come without content: read the blob.
      const blob = await call<{ content: string; encoding: string }>(
        "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
        {
          owner,
          repo,
          file_sha: meta.sha,
        },
      );
      return new Uint8Array(Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8"));
    },
    async resolveRef(owner, repo, ref) {
      try {
        const c = await call<{ sha: string }>("GET /repos/{owner}/{repo}/commits/{ref}", {
          owner,
          repo,
          ref,
        });
        return c.sha;
      } catch (err) {
        if (err instanceof GitHubError && (err.status === 404 || err.status === 422)) return undefined;
        throw err;
      }
    },
    async pullsForCommit(owner, repo, sha) {
      const pulls = await call<{ number: number; state: string }[]>(
        "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        {
          owner,
          repo,
          commit_sha: sha,
        },
      );
      return pulls.filter((p) => p.state === "open").map((p) => p.number);
    },
  };
}
