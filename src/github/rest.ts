/**
 * The transport under the GitHub client: Octokit with retries (5xx, network) and throttling
 * (primary and secondary rate limits), a record of every call, and one error type. The token is
 * only ever handed to Octokit and never printed.
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

/** A failed API call: status and GitHub's message, never the token or the headers. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly request: string,
  ) {
    super(message);
  }
}

/** Options of the client. */
export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com by default. */
  baseUrl?: string;
  /** Base of the retry backoff in ms (tests make it small). */
  retryAfterBaseValue?: number;
  /** Where throttling notes go. */
  log?: (message: string) => void;
}

const MyOctokit = Octokit.plugin(paginateRest, retry, throttling);

/** The Octokit instance the endpoint groups share. */
export type RestOctokit = InstanceType<typeof MyOctokit>;

/** What each endpoint group is built from: Octokit, and a request that throws GitHubError. */
export interface Rest {
  octokit: RestOctokit;
  /** One request; its response data, or a GitHubError. */
  call<T>(route: string, params: Record<string, unknown>): Promise<T>;
}

/** Turn an Octokit failure into a GitHubError that carries no headers (they hold the token). */
export function toError(err: unknown, request: string): never {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = e.response?.data?.message ?? e.message ?? "request failed";
  throw new GitHubError(e.status ?? 0, message, request);
}

/** Octokit set up for mlgate, and the list `calls` it appends each request to ("GET /repos/..."). */
export function createRest(options: ClientOptions, calls: string[]): Rest {
  const log = options.log ?? (() => {});
  const octokit = new MyOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "mlgate",
    retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
    throttle: {
      onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        log(`GitHub rate limit on ${o.method} ${o.url}; retrying in ${after} s`);
        return count < 2;
      },
      onSecondaryRateLimit: (
        after: number,
        o: { method: string; url: string },
        _k: unknown,
        count: number,
      ) => {
        log(`GitHub secondary rate limit on ${o.method} ${o.url}; retrying in ${after} s`);
        return count < 2;
      },
    },
  });
  octokit.hook.before("request", (o) => {
    calls.push(
      `${o.method} ${String(o.url).replace(/\{[^}]+\}/g, (m) => String((o as Record<string, unknown>)[m.slice(1, -1)] ?? m))}`,
    );
  });
  return {
    octokit,
    async call<T>(route: string, params: Record<string, unknown>): Promise<T> {
      try {
        return (await octokit.request(route, params)).data as T;
      } catch (err) {
        toError(err, route);
      }
    },
  };
}
