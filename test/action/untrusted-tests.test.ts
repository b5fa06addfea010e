/**
 * Item 9 of issue 15 (item 8 of its Deliver list), through the bundled action against a fake
 * GitHub: where the checked-out code may be a fork's while the token can write
 * (`pull_request_target`, a `workflow_run` of a fork's run, an `issue_comment` on a pull request),
 * the tests stage runs no command unless the workflow sets `allow-untrusted-tests: true`, and the
 * report says why.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { tempDir } from "../helpers/run-node.js";
import { PR_HEAD, pullRequestEvent, runStep, writeFiles } from "../helpers/runner-step.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** A repository whose one suite leaves ran.txt behind when it runs. */
function suiteRepo(): string {
  const dir = tempDir("mlgate-untrusted-");
  writeFiles(dir, {
    "mlgate.yml": "version: 1\ntests:\n  - name: probe\n    run: echo ran > ran.txt\n",
  });
  return dir;
}

const workflowRun = (headRepo: string) => ({
  name: "workflow_run",
  payload: {
    repository: { full_name: "acme/churn" },
    workflow_run: {
      id: 555,
      name: "ml",
      event: "pull_request",
      head_sha: PR_HEAD,
      head_repository: { full_name: headRepo },
      pull_requests: [],
    },
  },
});

describe("tests refuse to run on events that may check out a fork's code (dist/index.js)", {
  timeout: 30_000,
}, () => {
  it("pull_request_target without the opt-in: no command runs, the gate fails and says why", async () => {
    gh = await startFakeGitHub();
    const dir = suiteRepo();
    const r = await runStep(gh, dir, pullRequestEvent("pull_request_target"));
    expect(existsSync(path.join(dir, "ran.txt"))).toBe(false);
    expect(r.code).toBe(1);
    // The markdown escapes the underscores.
    for (const text of [r.stdout, r.summary, gh.state.comments.get(7)?.[0]?.body ?? ""]) {
      expect(text).toMatch(/this is a pull\\?_request\\?_target run/);
      expect(text).toContain("allow-untrusted-tests: true");
    }
    expect(gh.state.checkRuns[0]).toMatchObject({ conclusion: "failure" });
  });

  it("pull_request_target with allow-untrusted-tests: true runs the suites", async () => {
    gh = await startFakeGitHub();
    const dir = suiteRepo();
    const r = await runStep(gh, dir, pullRequestEvent("pull_request_target"), {
      "allow-untrusted-tests": "true",
    });
    expect(existsSync(path.join(dir, "ran.txt"))).toBe(true);
    expect(r.code).toBe(0);
  });

  it("a workflow_run of a fork's run is refused; one of this repository's runs is not", async () => {
    gh = await startFakeGitHub();
    const fork = suiteRepo();
    const refused = await runStep(gh, fork, workflowRun("evil/churn"));
    expect(existsSync(path.join(fork, "ran.txt"))).toBe(false);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("allow-untrusted-tests");
    const own = suiteRepo();
    const ran = await runStep(gh, own, workflowRun("acme/churn"));
    expect(existsSync(path.join(own, "ran.txt"))).toBe(true);
    expect(ran.code).toBe(0);
  });

  it("an invalid allow-untrusted-tests is a usage error", async () => {
    gh = await startFakeGitHub();
    const r = await runStep(gh, suiteRepo(), pullRequestEvent("pull_request_target"), {
      "allow-untrusted-tests": "maybe",
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/allow-untrusted-tests/);
  });

  it("a plain pull_request runs the suites without any opt-in", async () => {
    gh = await startFakeGitHub();
    const dir = suiteRepo();
    const r = await runStep(gh, dir, pullRequestEvent());
    expect(existsSync(path.join(dir, "ran.txt"))).toBe(true);
    expect(r.code).toBe(0);
  });
});
