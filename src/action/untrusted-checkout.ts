/**
 * Events where the checked-out code may be a fork's while the token can write: the "pwn request"
 * pattern. Under `pull_request` a fork's run gets a read-only token and no secrets, so its suites
 * can do no more than the fork could anyway; under these events the workflow runs with the base
 * repository's write token and secrets, and a workflow that checks out the pull request's head
 * would hand both to the fork's test commands. mlgate cannot tell which commit the workflow
 * checked out, so on these events the tests stage runs nothing unless the workflow opts in.
 */
import type { RunContext } from "./settings.js";

/** The input that opts in. */
export const ALLOW_UNTRUSTED_TESTS = "allow-untrusted-tests";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === "object" ? (v as Obj) : {});

/**
 * Why this run's event may run a fork's code with a write token, or undefined when it cannot:
 * - `pull_request_target`: always (the workflow is the base's, the token writes; checking out
 *   the head is the one reason to use the event with mlgate);
 * - `workflow_run`, when the triggering run's head is not this repository's (a fork's pull
 *   request; the payload's `head_repository`), or the payload does not say;
 * - `issue_comment` on a pull request (a "/test" comment command that checks out the head).
 */
export function untrustedEvent(run: RunContext): string | undefined {
  const here = `${run.owner}/${run.repo}`.toLowerCase();
  switch (run.eventName) {
    case "pull_request_target":
      return "this is a pull_request_target run: the token can write and the workflow may have checked out the pull request's code, which may come from a fork";
    case "workflow_run": {
      const head = obj(obj(run.payload.workflow_run).head_repository).full_name;
      if (typeof head === "string" && head.toLowerCase() === here) return undefined;
      const of =
        typeof head === "string" ? `a run of ${head}` : "a run whose head repository the event does not name";
      return `this is a workflow_run run triggered by ${of}: the token can write and the checked-out code may be that run's`;
    }
    case "issue_comment":
      if (obj(run.payload.issue).pull_request === undefined) return undefined;
      return "this is an issue_comment run on a pull request: the token can write and the workflow may have checked out the pull request's code, which may come from a fork";
    default:
      return undefined;
  }
}

/** The refusal the tests stage reports, or undefined when the suites may run. */
export function suitesRefusal(run: RunContext | undefined, allowed: boolean): string | undefined {
  if (allowed || !run) return undefined;
  const why = untrustedEvent(run);
  if (!why) return undefined;
  return `${why}. mlgate runs test commands on such events only when the workflow sets \`${ALLOW_UNTRUSTED_TESTS}: true\` (see docs/suites-environment.md)`;
}
