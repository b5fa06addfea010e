/**
 * End to end, the failures GitHub can throw at publishing (issue 15, findings 7 and 8): the bundled
 * action (dist/index.js) run as a runner runs it against a fake GitHub on 127.0.0.1 with faults
 * injected: a stalled API, 5xx after a write, 422s with their detail, 404s, a fork's read-only
 * token, an App installation token, oversized input, and three runs racing on one pull request.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, injectFault, startFakeGitHub } from "../helpers/fake-github.js";
import { readOutputs, runNode, tempDir } from "../helpers/run-node.js";

const TOKEN = "ghs_faketoken1234567890";
const HEAD = "a".repeat(40);
const MARKER = "<!-- mlgate:sticky ml/mlgate.yml -->";
let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** A repository whose model has `accuracy`; `metrics` adds thresholds on more metrics. */
function repo(accuracy = 0.95, metrics: Record<string, number> = {}): string {
  const dir = tempDir("mlgate-robust-");
  const thresholds = {
    accuracy: { min: 0.9 },
    ...Object.fromEntries(Object.keys(metrics).map((m) => [m, { min: 0.9 }])),
  };
  const files: Record<string, string> = {
    "mlgate.yml": `version: 1\nmodel:\n  metrics: metrics.json\n  thresholds: ${JSON.stringify(thresholds)}\n`,
    "metrics.json": JSON.stringify({ accuracy, ...metrics }),
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Run the action on pull request 7 in `workspace`, against the fake server. */
async function runAction(workspace: string, env: Record<string, string> = {}) {
  const tmp = tempDir("mlgate-runner-");
  const files = {
    output: path.join(tmp, "output.txt"),
    summary: path.join(tmp, "summary.md"),
    event: path.join(tmp, "event.json"),
  };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  writeFileSync(
    files.event,
    JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD }, base: { ref: "main" } } }),
  );
  const result = await runNode(
    "dist/index.js",
    [],
    {
      cwd: workspace,
      env: {
        GITHUB_ACTIONS: "true",
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: files.event,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_REPOSITORY: "acme/churn",
        GITHUB_SHA: "f".repeat(40),
        GITHUB_BASE_REF: "main",
        GITHUB_WORKFLOW: "ml",
        GITHUB_API_URL: gh!.url,
        GITHUB_SERVER_URL: "https://github.example",
        RUNNER_TEMP: tmp,
        "INPUT_GITHUB-TOKEN": TOKEN,
        ...env,
      },
    },
    // Under the test's own bound: a run that hangs fails here, not by the runner's timeout.
    25_000,
  );
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  return { ...result, outputs: readOutputs(files.output), summary: readFileSync(files.summary, "utf8") };
}

const warnings = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("::warning::"));
const requests = (method: string, re: RegExp) =>
  gh!.state.requests.filter((q) => q.method === method && re.test(q.path.replace(/\?.*$/, "")));

describe("publishing when GitHub misbehaves (dist/index.js against a fake GitHub)", {
  timeout: 30_000,
}, () => {
  it("a stalled API: the action ends within its publishing budget with the gate's verdict and a warning", async () => {
    gh = await startFakeGitHub();
    injectFault(gh, { stall: true });
    const r = await runAction(repo(0.8), { MLGATE_HTTP_TIMEOUT: "1", MLGATE_PUBLISH_BUDGET: "3" });
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe("false");
    expect(r.summary).toMatch(/^## ❌ mlgate failed/);
    expect(warnings(r.stdout)).toEqual([
      expect.stringMatching(
        /^::warning::mlgate stopped publishing: GitHub did not answer within the 3 s publishing budget/,
      ),
    ]);
    expect(r.stdout).toContain("::error::mlgate gate failed");
  });

  it("every call failing with 500: a bounded number of attempts, one warning each for comment and check run", async () => {
    gh = await startFakeGitHub();
    injectFault(gh, { status: 500, body: { message: "Server Error" } });
    const r = await runAction(repo());
    expect(r.code).toBe(0);
    expect(r.outputs.passed).toBe("true");
    // The first call is tried 3 times; once GitHub is known to be failing, each later call once.
    expect(gh.state.requests.length).toBeLessThanOrEqual(6);
    expect(warnings(r.stdout)).toEqual([
      expect.stringMatching(/^::warning::mlgate could not comment on the pull request \(500 Server Error\)/),
      expect.stringMatching(/^::warning::mlgate could not create the check run \(500 Server Error\)/),
    ]);
  });

  it("a 502 after GitHub created the comment: the POST is not repeated, the comment is found again, one comment", async () => {
    gh = await startFakeGitHub();
    injectFault(gh, {
      method: "POST",
      path: /\/issues\/7\/comments$/,
      status: 502,
      afterServing: true,
      times: 1,
    });
    const r = await runAction(repo());
    expect(r.code).toBe(0);
    expect(requests("POST", /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(gh.state.comments.get(7)).toHaveLength(1);
    expect(r.outputs["comment-url"]).toBe(gh.state.comments.get(7)![0]!.html_url);
    expect(warnings(r.stdout)).toEqual([]);
  });

  it("a 502 after GitHub created the check run: the POST is not repeated (one check run)", async () => {
    gh = await startFakeGitHub();
    injectFault(gh, { method: "POST", path: /\/check-runs$/, status: 502, afterServing: true, times: 1 });
    const r = await runAction(repo());
    expect(r.code).toBe(0);
    expect(requests("POST", /\/check-runs$/)).toHaveLength(1);
    expect(gh.state.checkRuns).toHaveLength(1);
    // Found again by its external_id.
    expect(requests("GET", /\/commits\/a+\/check-runs$/)).toHaveLength(1);
    expect(r.outputs["check-run-url"]).toBe(gh.state.checkRuns[0]!.html_url);
    expect(warnings(r.stdout)).toEqual([]);
  });

  it("a 502 before anything was written: the comment and the check run are looked for, then created once more", async () => {
    gh = await startFakeGitHub();
    injectFault(gh, { method: "POST", path: /\/issues\/7\/comments$/, status: 502, times: 1 });
    injectFault(gh, { method: "POST", path: /\/check-runs$/, status: 502, times: 1 });
    const r = await runAction(repo());
    expect(r.code).toBe(0);
    expect(requests("POST", /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(requests("POST", /\/check-runs$/)).toHaveLength(2);
    expect(gh.state.comments.get(7)).toHaveLength(1);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(warnings(r.stdout)).toEqual([]);
  });

  it("a GitHub App installation token finds its own comment (mlgate-app[bot]) and never another bot's", async () => {
    gh = await startFakeGitHub({ commenter: "mlgate-app[bot]" });
    gh.state.comments.set(7, [
      {
        id: 1,
        body: `forged ${MARKER}`,
        user: { login: "other-app[bot]", type: "Bot" },
        html_url: "https://x/1",
      },
    ]);
    const dir = repo(0.8);
    await runAction(dir);
    writeFileSync(path.join(dir, "metrics.json"), JSON.stringify({ accuracy: 0.97 }));
    const r = await runAction(dir);
    expect(r.code).toBe(0);
    const comments = gh.state.comments.get(7)!;
    expect(comments.map((c) => c.user.login)).toEqual(["other-app[bot]", "mlgate-app[bot]"]);
    expect(comments[0]!.body).toBe(`forged ${MARKER}`);
    expect(comments[1]!.body).toMatch(/^## ✅ mlgate passed/);
    expect(requests("PATCH", /\/issues\/comments\/\d+$/)).toHaveLength(1);
  });

  it("when GitHub does not say who the token is, a bot's comment with the marker is ours, a user's never", async () => {
    gh = await startFakeGitHub({ commenter: "mlgate-app[bot]" });
    injectFault(gh, {
      path: /^\/graphql$/,
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    gh.state.comments.set(7, [
      { id: 1, body: `copied ${MARKER}`, user: { login: "mallory", type: "User" }, html_url: "https://x/1" },
      {
        id: 2,
        body: `old ${MARKER}`,
        user: { login: "mlgate-app[bot]", type: "Bot" },
        html_url: "https://x/2",
      },
    ]);
    const r = await runAction(repo());
    expect(r.code).toBe(0);
    const comments = gh.state.comments.get(7)!;
    expect(comments.map((c) => c.id)).toEqual([1, 2]);
    expect(comments[0]!.body).toBe(`copied ${MARKER}`);
    expect(comments[1]!.body).toMatch(/^## ✅ mlgate passed/);
    expect(warnings(r.stdout)).toEqual([]);
  });

  it("duplicates an earlier race left are deleted on the next run; the oldest stays", async () => {
    gh = await startFakeGitHub();
    const bot = { login: "github-actions[bot]", type: "Bot" };
    gh.state.comments.set(7, [
      { id: 1, body: `first ${MARKER}`, user: bot, html_url: "https://x/1" },
      { id: 2, body: `second ${MARKER}`, user: bot, html_url: "https://x/2" },
      { id: 3, body: `third ${MARKER}`, user: bot, html_url: "https://x/3" },
    ]);
    const r = await runAction(repo());
    expect(r.code).toBe(0);
    const comments = gh.state.comments.get(7)!;
    expect(comments.map((c) => c.id)).toEqual([1]);
    expect(comments[0]!.body).toMatch(/^## ✅ mlgate passed/);
  });

  it("three 30,000-character metric names: the comment, check run and summary stay under GitHub's limits, with a note", async () => {
    gh = await startFakeGitHub();
    const long = Object.fromEntries(["a", "b", "c"].map((c) => [c.repeat(30_000), 0.5]));
    const r = await runAction(repo(0.95, long));
    expect(r.code).toBe(1);
    expect(warnings(r.stdout)).toEqual([]);
    const body = gh.state.comments.get(7)![0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/^## ❌ mlgate failed/);
    expect(body).toContain("mlgate shortened this text to fit GitHub's limit of 65,");
    expect(body).toContain(MARKER);
    const run = gh.state.checkRuns[0]!;
    expect(run.conclusion).toBe("failure");
    expect(run.output.summary.length).toBeLessThanOrEqual(65_535);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
  });

  it("a 422 shows GitHub's detail, not only 'Validation Failed'", async () => {
    gh = await startFakeGitHub();
    injectFault(gh, {
      method: "POST",
      path: /\/issues\/7\/comments$/,
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [
          {
            resource: "IssueComment",
            code: "custom",
            field: "body",
            message: "body is too long (maximum is 65536 characters)",
          },
        ],
      },
    });
    const r = await runAction(repo());
    expect(warnings(r.stdout)).toEqual([
      "::warning::mlgate could not comment on the pull request (422 Validation Failed: body is too long (maximum is 65536 characters)).",
    ]);
  });

  it("a 404 on the pull request says so, without the fork hint", async () => {
    gh = await startFakeGitHub();
    injectFault(gh, { path: /\/issues\/7\/comments$/, status: 404, body: { message: "Not Found" } });
    const r = await runAction(repo());
    expect(r.code).toBe(0);
    const w = warnings(r.stdout);
    expect(w).toEqual([
      expect.stringContaining(
        "mlgate could not comment: pull request #7 was not found in acme/churn (404 Not Found)",
      ),
    ]);
    expect(w[0]).not.toContain("fork");
    expect(gh.state.checkRuns).toHaveLength(1);
  });

  it("a fork PR's read-only token: exactly one warning, pointing at the fork-safe pattern", async () => {
    gh = await startFakeGitHub({ readOnly: true });
    const r = await runAction(repo(0.8));
    expect(r.code).toBe(1);
    const w = warnings(r.stdout);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(
      /^::warning::mlgate could not comment on the pull request nor create the check run \(403 Resource not accessible by integration\)\. On pull requests from forks/,
    );
  });

  it("three concurrent runs on one pull request converge on one comment (the oldest, with the newest body)", async () => {
    gh = await startFakeGitHub();
    // All three list the comments before any of them writes: each sees none and creates one.
    injectFault(gh, { method: "GET", path: /\/issues\/7\/comments$/, barrier: 3, times: 3 });
    const results = await Promise.all([runAction(repo(0.8)), runAction(repo(0.8)), runAction(repo(0.8))]);
    expect(results.map((r) => r.code)).toEqual([1, 1, 1]);
    expect(requests("POST", /\/issues\/7\/comments$/)).toHaveLength(3);
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(1);
    const deleted = requests("DELETE", /\/issues\/comments\/\d+$/).map((q) =>
      Number(q.path.split("/").at(-1)),
    );
    expect(new Set(deleted).size).toBe(2);
    expect(Math.min(...deleted)).toBeGreaterThan(comments[0]!.id);
    expect(comments[0]!.body).toMatch(/^## ❌ mlgate failed/);
    for (const r of results) expect(warnings(r.stdout)).toEqual([]);
  });
});
