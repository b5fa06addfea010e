/**
 * The error of a failed GitHub API call, apart from the client (src/github/rest.ts) so that code
 * which only recognises it (the baseline resolver) does not load Octokit.
 */
/** Why a request failed: GitHub answered with an error, or no answer came in time or at all. */
export type FailureKind = "http" | "timeout" | "budget" | "network";

/** A failed API call: status (0 without an answer) and GitHub's message, never the token or the headers. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly request: string,
    readonly kind: FailureKind = "http",
  ) {
    super(message);
  }
}
