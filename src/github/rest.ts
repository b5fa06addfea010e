/**
 * The transport under the GitHub client: Octokit with retries (5xx, network) and throttling
 * (primary and secondary rate limits), a timeout on every request and a budget for all of them,
 * a record of every call, and one error type. The token is only ever handed to Octokit and never
 * printed.
 *
 * Retries: reads and idempotent writes (PATCH of a comment, DELETE) are retried twice on 5xx and
 * network errors, 1 s then 4 s apart (plugin-retry's (n+1)² backoff); writes that could be done
 * twice (POST, the PATCH that appends check-run annotations) pass `once` and are never retried:
 * their callers look for what a failed write may have left instead. Once a request has failed
 * after its retries, GitHub is taken to be down and later requests are tried once, so a run
 * against a failing API stays short. Retry state is per request (plugin-retry keeps its count on
 * the options object Octokit shares between requests unless each request gets its own).
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { type FailureKind, GitHubError } from "./github-error.js";

export { type FailureKind, GitHubError };

/** A request gets no answer (no response headers) for this long: its attempt fails (and a read is retried). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** All requests of one client together, after which each fails at once: the action ends with its verdict. */
export const BUDGET_MS = 120_000;
/** Retries of a read or an idempotent write (3 attempts, 1 s and 4 s apart). */
const RETRIES = 2;
/** GitHub's own error text is shown, within reason. */
const MAX_DETAIL = 500;

/** Options of the client. */
export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com by default. */
  baseUrl?: string;
  /** Base of the retry backoff in ms (tests make it small). */
  retryAfterBaseValue?: number;
  /** Where throttling notes go. */
  log?: (message: string) => void;
  /** Per-request timeout in ms; REQUEST_TIMEOUT_MS by default. */
  timeoutMs?: number;
  /** Budget of all requests in ms, counted from the first request; BUDGET_MS by default. */
  budgetMs?: number;
}

const MyOctokit = Octokit.plugin(paginateRest, retry, throttling);

/** The Octokit instance the endpoint groups share. */
export type RestOctokit = InstanceType<typeof MyOctokit>;

/** What each endpoint group is built from: Octokit, a request that throws GitHubError, and the error mapping. */
export interface Rest {
  octokit: RestOctokit;
  /** One request; its response data, or a GitHubError. `once`: a write that must not be repeated. */
  call<T>(route: string, params: Record<string, unknown>, options?: { once?: boolean }): Promise<T>;
  /** An Octokit failure as a GitHubError that carries no headers (they hold the token). */
  error(err: unknown, request: string): GitHubError;
  /** Throw `error(err, request)`. */
  fail(err: unknown, request: string): never;
}

/** GitHub's message and the detail of its `errors` (what a 422 says was wrong). */
function errorMessage(data: unknown, fallback: string): string {
  if (typeof data === "string" && data.trim()) return data.slice(0, MAX_DETAIL);
  const d = (data ?? {}) as { message?: unknown; errors?: unknown };
  const message = typeof d.message === "string" ? d.message : fallback;
  const details = Array.isArray(d.errors)
    ? d.errors
        .map((e) => {
          if (typeof e === "string") return e;
          const x = (e ?? {}) as { message?: unknown; field?: unknown; code?: unknown };
          if (typeof x.message === "string") return x.message;
          return [x.field, x.code].filter((v) => typeof v === "string").join(" ");
        })
        .filter(Boolean)
    : [];
  const text = details.length ? `${message}: ${details.join("; ")}` : message;
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** A failure as a GitHubError: timeouts, the budget and network errors by kind, GitHub's answers with their detail. */
function toGitHubError(err: unknown, request: string, limits: { timeoutMs: number; budgetMs: number }) {
  if (err instanceof GitHubError) return err;
  const e = (err ?? {}) as {
    name?: string;
    status?: number;
    message?: string;
    cause?: { name?: string };
    response?: { data?: unknown };
  };
  if (e.name === "AbortError")
    return new GitHubError(
      0,
      `GitHub did not answer within the ${limits.budgetMs / 1000} s publishing budget`,
      request,
      "budget",
    );
  if (e.cause?.name === "TimeoutError" || e.name === "TimeoutError")
    return new GitHubError(0, `no answer within ${limits.timeoutMs / 1000} s`, request, "timeout");
  if (!e.response) return new GitHubError(0, e.message ?? "request failed", request, "network");
  return new GitHubError(
    e.status ?? 0,
    errorMessage(e.response.data, e.message ?? "request failed"),
    request,
  );
}

/** A failure after which GitHub may still have done the write: no answer, or a 5xx (a 4xx says it did not). */
export function mayHaveWritten(err: unknown): boolean {
  return !(err instanceof GitHubError) || err.kind !== "http" || err.status >= 500;
}

/** A failure that says GitHub is down or unreachable (not one that says the request was wrong). */
function isOutage(err: unknown): boolean {
  const e = (err ?? {}) as { status?: number; name?: string };
  // Octokit gives timeouts and network errors status 500 too; the budget's abort is not an outage.
  return e.name !== "AbortError" && (e.status ?? 0) >= 500;
}

/** Octokit set up for mlgate, and the list `calls` it appends each request to ("GET /repos/..."). */
export function createRest(options: ClientOptions, calls: string[]): Rest {
  const log = options.log ?? (() => {});
  const limits = {
    timeoutMs: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    budgetMs: options.budgetMs ?? BUDGET_MS,
  };
  // Controllers of attempts that may still be running, all aborted when the budget runs out.
  // (Not AbortSignal.any over AbortSignal.timeout: measured on Node 20, a stalled request was not
  // aborted at its timeout that way, and waited for the budget.)
  const running = new Set<AbortController>();
  let spent = false;
  let deadline: number | undefined;
  // The budget starts with the first request (a client made before a long run waits for nothing);
  // unref: a budget or a timeout that has not run out never keeps the process alive.
  const startBudget = () => {
    if (deadline !== undefined) return;
    deadline = Date.now() + limits.budgetMs;
    setTimeout(() => {
      spent = true;
      for (const c of running) c.abort(new DOMException("publishing budget spent", "AbortError"));
    }, limits.budgetMs).unref();
  };
  // Each attempt gets its own timeout until GitHub's answer starts (a retry starts a fresh one;
  // a large download is not cut at 30 s); the budget ends them all, bodies included.
  const timedFetch: typeof fetch = async (url, init) => {
    const attempt = new AbortController();
    if (spent) attempt.abort(new DOMException("publishing budget spent", "AbortError"));
    running.add(attempt);
    const timer = setTimeout(
      () => attempt.abort(new DOMException("request timed out", "TimeoutError")),
      limits.timeoutMs,
    );
    init?.signal?.addEventListener("abort", () => attempt.abort(init.signal?.reason), { once: true });
    try {
      return await fetch(url, { ...init, signal: attempt.signal });
    } finally {
      clearTimeout(timer);
    }
  };
  // A rate limit is waited out only when the wait fits in the budget.
  const fits = (after: number) => Date.now() + after * 1000 < (deadline ?? Date.now() + limits.budgetMs);
  const octokit = new MyOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "mlgate",
    request: { fetch: timedFetch },
    retry: { retries: RETRIES, retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
    throttle: {
      onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        log(`GitHub rate limit on ${o.method} ${o.url}; retrying in ${after} s`);
        return count < 2 && fits(after);
      },
      onSecondaryRateLimit: (
        after: number,
        o: { method: string; url: string },
        _k: unknown,
        count: number,
      ) => {
        log(`GitHub secondary rate limit on ${o.method} ${o.url}; retrying in ${after} s`);
        return count < 2 && fits(after);
      },
    },
  });
  let githubDown = false;
  // Registered last, so it wraps the retry and throttling plugins: it runs once per request.
  octokit.hook.wrap("request", async (request, o) => {
    startBudget();
    // Octokit hands every request the same `request` object; plugin-retry counts on it.
    const own: Record<string, unknown> = { ...o.request };
    if (githubDown && own.retries === undefined) own.retries = 0;
    o.request = own as typeof o.request;
    try {
      return await request(o);
    } catch (err) {
      if (isOutage(err)) githubDown = true;
      throw err;
    }
  });
  octokit.hook.before("request", (o) => {
    calls.push(
      `${o.method} ${String(o.url).replace(/\{[^}]+\}/g, (m) => String((o as Record<string, unknown>)[m.slice(1, -1)] ?? m))}`,
    );
  });
  const error = (err: unknown, request: string) => toGitHubError(err, request, limits);
  const fail = (err: unknown, request: string): never => {
    throw error(err, request);
  };
  return {
    octokit,
    error,
    fail,
    async call<T>(route: string, params: Record<string, unknown>, how: { once?: boolean } = {}): Promise<T> {
      try {
        const p = how.once ? { ...params, request: { retries: 0 } } : params;
        return (await octokit.request(route, p)).data as T;
      } catch (err) {
        return fail(err, route);
      }
    },
  };
}
