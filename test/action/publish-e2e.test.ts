/**
 * End to end: the bundled action (dist/index.js) run as a runner runs it, against a fake GitHub on
 * 127.0.0.1 that records every request. Each scenario checks what reached GitHub.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, RUNTIME_TOKEN, startFakeGitHub } from "../helpers/fake-github.js";
import { ACTION_TOKEN, runAction as runActionAt } from "../helpers/run-action.js";
import { tempDir } from "../helpers/run-node.js";

const TOKEN = ACTION_TOKEN;
let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** A repository whose model misses its accuracy bar and whose configs have `lintErrors` findings. */
function repo(options: { lintErrors?: number; accuracy?: number; compare?: string } = {}): string {
  const dir = tempDir("mlgate-e2e-");
  const files: Record<string, string> = {
    "mlgate.yml": `version: 1
lint:
  targets:
    - files: "configs/*.yaml"
      schema: schema.json
model:
  metrics: metrics.json
  thresholds: { accuracy: { min: 0.9 } }
${options.compare ?? ""}`,
    "schema.json": JSON.stringify({
      type: "object",
      properties: { lr: { type: "number" } },
      required: ["lr"],
    }),
    "metrics.json": JSON.stringify({ accuracy: options.accuracy ?? 0.95 }),
    "configs/ok.yaml": "lr: 0.1\n",
  };
  for (let i = 0; i < (options.lintErrors ?? 0); i++)
    files[`configs/bad-${String(i).padStart(4, "0")}.yaml`] = `lr: "fast ${i}"\n`;
  write(dir, files);
  return dir;
}

/** Run the action in `workspace` for `event`, against the fake server. */
function runAction(
  workspace: string,
  event: { name: string; payload: object },
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
) {
  return runActionAt(gh!.url, workspace, event, inputs, extraEnv);
}

const HEAD = "a".repeat(40);
/**
 * A github.com-like server URL: @actions/artifact refuses any other host as GitHub Enterprise
 * Server, where mlgate lists and downloads through its own REST client (the other tests' host).
 */
const CLOUD = { GITHUB_SERVER_URL: "https://github.localhost" };
const pr = (number = 7) => ({
  name: "pull_request",
  payload: { pull_request: { number, head: { sha: HEAD }, base: { ref: "main" } } },
});
const calls = () => gh!.state.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, "")}`);

describe("publishing to GitHub (dist/index.js against a fake GitHub)", { timeout: 30_000 }, () => {
  it("a failing PR: one comment created, a failing check run with every annotation, exit code 1", async () => {
    gh = await startFakeGitHub();
    const r = await runAction(repo({ lintErrors: 3, accuracy: 0.8 }), pr());
    expect(r.code).toBe(1);
    expect(calls()).toEqual([
      "POST /graphql",
      "GET /repos/acme/churn/issues/7/comments",
      "POST /repos/acme/churn/issues/7/comments",
      // Listed again after creating: runs that raced converge on one comment.
      "GET /repos/acme/churn/issues/7/comments",
      "POST /repos/acme/churn/check-runs",
    ]);
    const [comment] = gh.state.comments.get(7)!;
    expect(comment!.body).toMatch(/^## ❌ mlgate failed/);
    expect(comment!.body).toContain("<!-- mlgate:sticky ml/mlgate.yml -->");
    expect(comment!.body).toContain(
      `](https://github.example/acme/churn/blob/${HEAD}/configs/bad-0000.yaml#L1)`,
    );
    const run = gh.state.checkRuns[0]!;
    expect(run).toMatchObject({ name: "mlgate (dev)", head_sha: HEAD, conclusion: "failure" });
    expect(run.output.annotations).toHaveLength(4);
    expect(r.outputs).toMatchObject({
      passed: "false",
      "comment-url": comment!.html_url,
      "check-run-url": run.html_url,
    });
    // Every request carried the token, which the log never shows.
    expect(gh.state.requests.every((q) => q.auth === `token ${TOKEN}`)).toBe(true);
  });

  it("a re-run with nothing changed writes no comment and edits none; a change edits it in place", async () => {
    gh = await startFakeGitHub();
    const dir = repo({ accuracy: 0.8 });
    await runAction(dir, pr());
    const before = gh.state.requests.length;
    await runAction(dir, pr());
    const second = gh.state.requests.slice(before).map((q) => `${q.method} ${q.path.replace(/\?.*$/, "")}`);
    expect(second).toEqual([
      "POST /graphql",
      "GET /repos/acme/churn/issues/7/comments",
      "POST /repos/acme/churn/check-runs",
    ]);
    write(dir, { "metrics.json": '{"accuracy": 0.97}' });
    const r = await runAction(dir, pr());
    expect(r.code).toBe(0);
    expect(gh.state.comments.get(7)).toHaveLength(1);
    expect(gh.state.comments.get(7)![0]!.body).toMatch(/^## ✅ mlgate passed/);
    expect(calls().filter((c) => c.startsWith("PATCH /repos/acme/churn/issues/comments/"))).toHaveLength(1);
  });

  it("never edits another user's comment that carries the same marker, and pages through comments", async () => {
    gh = await startFakeGitHub();
    const marker = "<!-- mlgate:sticky ml/mlgate.yml -->";
    const others = Array.from({ length: 130 }, (_, i) => ({
      id: i + 1,
      body: i === 5 ? `copied ${marker}` : `comment ${i}`,
      user: { login: i === 5 ? "mallory" : "alice" },
      html_url: `https://github.example/c/${i}`,
    }));
    gh.state.comments.set(7, others);
    await runAction(repo(), pr());
    // Two pages, then two again after creating (the convergence check).
    expect(calls().filter((c) => c === "GET /repos/acme/churn/issues/7/comments")).toHaveLength(4);
    expect(gh.state.comments.get(7)![5]!.body).toBe(`copied ${marker}`);
    expect(gh.state.comments.get(7)).toHaveLength(131);
  });

  it("120 findings: all annotations reach the check run, in 3 requests of at most 50", async () => {
    gh = await startFakeGitHub();
    const r = await runAction(repo({ lintErrors: 120 }), pr());
    expect(r.code).toBe(1);
    const run = gh.state.checkRuns[0]!;
    expect(run.output.annotations).toHaveLength(120);
    const checkCalls = gh.state.requests.filter((q) => q.path.includes("/check-runs"));
    expect(checkCalls.map((q) => (q.body!.output as { annotations: unknown[] }).annotations.length)).toEqual([
      50, 50, 20,
    ]);
    expect(r.stdout).toContain("(3 requests)");
  });

  it("a report too large for a comment shrinks in stages and says what it left out", async () => {
    gh = await startFakeGitHub();
    // No check run here: 1,500 annotations take 30 writes, which Octokit spaces a second apart.
    const r = await runAction(repo({ lintErrors: 1500 }), pr(), { publish: "comment,summary" });
    expect(r.code).toBe(1);
    const body = gh.state.comments.get(7)![0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain(
      "> To fit GitHub's size limit this leaves out the charts, the detail tables, the per-finding lines and all but the first 100 problems.",
    );
    expect(body).toContain("- … and 1400 more failing checks");
    expect(body).toContain(
      "The full report is in the job summary and in the JSON report named by the report-path output.",
    );
    expect(r.summary.length).toBeGreaterThan(body.length);
  });

  it("a fork PR's read-only token: one warning pointing at the fork-safe pattern; summary and gate still work", async () => {
    gh = await startFakeGitHub({ readOnly: true });
    const r = await runAction(repo({ accuracy: 0.8 }), pr());
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^::warning::.*$/gm)).toEqual([
      expect.stringMatching(
        /^::warning::mlgate could not comment on the pull request nor create the check run \(403 Resource not accessible by integration\)\. On pull requests from forks/,
      ),
    ]);
    expect(r.summary).toMatch(/^## ❌ mlgate failed/);
    expect(r.outputs.passed).toBe("false");
  });

  it("a broken mlgate.yml replaces an earlier passed comment, writes the summary and report, fails the check run, exit code 2", async () => {
    gh = await startFakeGitHub();
    const dir = repo();
    expect((await runAction(dir, pr())).code).toBe(0);
    expect(gh.state.comments.get(7)![0]!.body).toMatch(/^## ✅ mlgate passed/);
    write(dir, { "mlgate.yml": "version: 1\ngates:\n  fail_on: sometimes\n" });
    const before = gh.state.requests.length;
    const r = await runAction(dir, pr());
    expect(r.code).toBe(2);
    expect(gh.state.requests.slice(before).map((q) => `${q.method} ${q.path.replace(/\?.*$/, "")}`)).toEqual([
      "POST /graphql",
      "GET /repos/acme/churn/issues/7/comments",
      `PATCH /repos/acme/churn/issues/comments/${gh.state.comments.get(7)![0]!.id}`,
      "POST /repos/acme/churn/check-runs",
    ]);
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^## ❌ mlgate configuration error\n/);
    expect(comments[0]!.body).toContain(
      `- [\`mlgate.yml:3:12\`](https://github.example/acme/churn/blob/${HEAD}/mlgate.yml#L3) \`schema/enum\` gates.fail\\_on must be one of error, warning, never`,
    );
    expect(comments[0]!.body).toContain("<!-- mlgate:sticky ml/mlgate.yml -->");
    expect(r.summary).toMatch(/^## ❌ mlgate configuration error\n/);
    expect(r.summary).toContain("`mlgate.yml:3:12`");
    const run = gh.state.checkRuns.at(-1)!;
    expect(run).toMatchObject({ head_sha: HEAD, conclusion: "failure" });
    expect(run.output.title).toBe("mlgate: configuration error");
    expect(run.output.annotations).toEqual([
      expect.objectContaining({
        path: "mlgate.yml",
        start_line: 3,
        start_column: 12,
        annotation_level: "failure",
      }),
    ]);
    expect(r.outputs.passed).toBe("false");
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8"));
    expect(report).toMatchObject({ status: "config-error", passed: false });
    expect(r.stdout).toContain("::error::mlgate.yml is invalid; see the errors above");
  });

  it("retries a 502 from GitHub", async () => {
    gh = await startFakeGitHub({ failNext: 1 });
    const r = await runAction(repo(), pr());
    expect(r.code).toBe(0);
    expect(gh.state.comments.get(7)).toHaveLength(1);
  });

  it("a push to the default branch: no comment (no PR), a check run on the pushed commit", async () => {
    gh = await startFakeGitHub();
    const r = await runAction(repo(), { name: "push", payload: {} });
    expect(r.code).toBe(0);
    expect(calls()).toEqual(["POST /repos/acme/churn/check-runs"]);
    expect(gh.state.checkRuns[0]).toMatchObject({ head_sha: "f".repeat(40), conclusion: "success" });
    expect(r.stdout).toContain("mlgate: not a pull request: no comment");
  });

  it("the first PR run with no baseline says why in the comment", async () => {
    gh = await startFakeGitHub();
    const r = await runAction(
      repo({ compare: "compare:\n  metrics: metrics.json\n  baseline: { from: git }\n" }),
      pr(),
    );
    expect(r.code).toBe(0);
    expect(gh.state.comments.get(7)![0]!.body).toContain("**Baseline:** none \\(");
  });

  it("mode: publish (workflow_run, on GitHub Enterprise Server) validates the downloaded report and posts it on the PR", async () => {
    gh = await startFakeGitHub();
    // The pull request's run: its report as the fork-safe workflow uploads it.
    const prRun = await runAction(repo({ accuracy: 0.8 }), pr(), { publish: "summary" });
    const report = readFileSync(prRun.outputs["report-path"]!, "utf8");
    expect(gh.state.requests).toHaveLength(0);
    gh.state.artifacts.set(555, [
      {
        id: 9,
        name: "mlgate-report",
        size_in_bytes: 1000,
        expired: false,
        zip: zipSync({ "mlgate-report.json": new TextEncoder().encode(report) }),
      },
    ]);
    gh.state.pulls.set(HEAD, [{ number: 7, state: "open" }]);
    const r = await runAction(
      tempDir(),
      {
        name: "workflow_run",
        payload: {
          workflow_run: { id: 555, name: "ml", head_sha: HEAD, pull_requests: [], conclusion: "failure" },
        },
      },
      { mode: "publish" },
    );
    expect(r.code).toBe(0);
    expect(calls()).toEqual([
      "GET /repos/acme/churn/actions/runs/555/artifacts",
      "GET /repos/acme/churn/actions/artifacts/9/zip",
      "GET /blob/9",
      `GET /repos/acme/churn/commits/${HEAD}/pulls`,
      "POST /graphql",
      "GET /repos/acme/churn/issues/7/comments",
      "POST /repos/acme/churn/issues/7/comments",
      // Listed again after creating: runs that raced converge on one comment.
      "GET /repos/acme/churn/issues/7/comments",
      "POST /repos/acme/churn/check-runs",
    ]);
    expect(gh.state.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: "failure" });
    expect(r.outputs.passed).toBe("false");
  });

  it("publish: artifact uploads the report through the results service, which mode: publish then posts", async () => {
    gh = await startFakeGitHub();
    const runtime = { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_RESULTS_URL: gh.url, ...CLOUD };
    const prRun = await runAction(repo({ accuracy: 0.8 }), pr(), { publish: "summary,artifact" }, runtime);
    expect(prRun.code).toBe(1);
    expect(calls()).toEqual([
      "POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact",
      "PUT /devstoreaccount1/results/1000.zip",
      "PUT /devstoreaccount1/results/1000.zip",
      "POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact",
    ]);
    // Azure's block-blob protocol: one block, then the block list.
    expect(
      gh.state.requests.slice(1, 3).map((q) => new URL(q.path, gh!.url).searchParams.get("comp")),
    ).toEqual(["block", "blocklist"]);
    expect(prRun.stdout).toMatch(/^mlgate: artifact mlgate-report uploaded \(\d+ bytes, id 1000\)$/m);
    expect(prRun.stdout + prRun.stderr).not.toContain(RUNTIME_TOKEN);
    gh.state.requests.length = 0;
    const r = await runAction(
      tempDir(),
      {
        name: "workflow_run",
        payload: {
          workflow_run: {
            id: 777,
            name: "ml",
            head_sha: HEAD,
            pull_requests: [{ number: 7 }],
            conclusion: "failure",
          },
        },
      },
      { mode: "publish" },
      CLOUD,
    );
    expect(r.code).toBe(0);
    // Listed and downloaded by @actions/artifact (findBy): the REST endpoints, then the blob.
    expect(calls()).toEqual(
      expect.arrayContaining([
        "GET /repos/acme/churn/actions/runs/777/artifacts",
        "GET /repos/acme/churn/actions/artifacts/1000/zip",
        "GET /blob/1000",
      ]),
    );
    expect(gh.state.comments.get(7)![0]!.body).toMatch(
      /^> The pull request.s run \[777\].*concluded \*\*failure\*\*\.\n.*\n\n## ❌ mlgate failed/,
    );
    // Without the runner's results service: a warning, and the gate as before.
    const outside = await runAction(repo({ accuracy: 0.8 }), pr(), { publish: "summary,artifact" });
    expect(outside.stdout).toMatch(
      /^::warning::mlgate could not upload the artifact mlgate-report: not inside a GitHub Actions job/m,
    );
    expect(outside.code).toBe(1);
  });

  it("publish: artifact on a push also records the baseline folder", async () => {
    gh = await startFakeGitHub();
    const runtime = { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_RESULTS_URL: gh.url, ...CLOUD };
    const compare = "compare:\n  metrics: metrics.json\n  baseline: { from: git }\n";
    const r = await runAction(
      repo({ compare }),
      { name: "push", payload: {} },
      { publish: "artifact" },
      runtime,
    );
    expect(r.code).toBe(0);
    const names = (gh.state.artifacts.get(777) ?? []).map((a) => a.name);
    expect(names).toEqual(["mlgate-report", "mlgate-baseline"]);
    const baseline = unzipSync(gh.state.artifacts.get(777)![1]!.zip);
    expect(Object.keys(baseline).sort()).toEqual(["metrics.json", "mlgate-report.json"]);
    // The report artifact carries the HTML report next to the JSON one.
    const uploaded = unzipSync(gh.state.artifacts.get(777)![0]!.zip);
    expect(Object.keys(uploaded).sort()).toEqual(["mlgate-report.html", "mlgate-report.json"]);
    expect(new TextDecoder().decode(uploaded["mlgate-report.html"])).toMatch(/^<!doctype html>/);
  });

  it("mode: publish refuses a report that fails the schema, and a missing artifact, with a warning", async () => {
    gh = await startFakeGitHub();
    gh.state.artifacts.set(556, [
      {
        id: 10,
        name: "mlgate-report",
        size_in_bytes: 100,
        expired: false,
        zip: zipSync({ "r.json": new TextEncoder().encode('{"passed": "yes"}') }),
      },
    ]);
    const event = (id: number) => ({
      name: "workflow_run",
      payload: {
        workflow_run: {
          id,
          name: "ml",
          head_sha: HEAD,
          pull_requests: [{ number: 7 }],
          conclusion: "success",
        },
      },
    });
    const bad = await runAction(tempDir(), event(556), { mode: "publish" });
    expect(bad.stdout).toMatch(
      /^::warning::mlgate: nothing published: r\.json in the artifact is not an mlgate report: /m,
    );
    const none = await runAction(tempDir(), event(557), { mode: "publish" });
    expect(none.stdout).toMatch(
      /^::warning::mlgate: nothing published: run 557 has no artifact named mlgate-report/m,
    );
    expect(gh.writes()).toEqual([]);
  });
});

describe("artifact baselines (dist/index.js against a fake GitHub)", { timeout: 30_000 }, () => {
  /** Zip a folder's files (the baseline-dir output) as upload-artifact would. */
  function zipDir(dir: string): Uint8Array {
    const files: Record<string, Uint8Array> = {};
    const walk = (sub: string) => {
      for (const name of readdirSync(path.join(dir, sub))) {
        const rel = sub ? `${sub}/${name}` : name;
        if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
        else files[rel] = new Uint8Array(readFileSync(path.join(dir, rel)));
      }
    };
    walk("");
    return zipSync(files);
  }

  const COMPARE = `compare:
  metrics: metrics.json
  baseline: { from: artifact }
  rules: { accuracy: { direction: higher, max_drop: 0.01 } }
`;

  it("a push records the baseline; a PR compares with the newest usable artifact and charts the trend", async () => {
    gh = await startFakeGitHub();
    const env = { GITHUB_WORKFLOW_REF: "acme/churn/.github/workflows/ml.yml@refs/heads/main", ...CLOUD };
    // Two pushes to main record baselines (accuracy 0.96, then 0.97).
    const shas = ["1".repeat(40), "2".repeat(40)];
    const zips: Uint8Array[] = [];
    for (const [i, acc] of [0.96, 0.97].entries()) {
      const push = await runAction(
        repo({ accuracy: acc, compare: COMPARE }),
        { name: "push", payload: {} },
        {},
        env,
      );
      expect(push.outputs["baseline-dir"]).toBeDefined();
      zips.push(zipDir(push.outputs["baseline-dir"]!));
      gh.state.workflowRuns.unshift({
        id: 300 + i,
        head_sha: shas[i],
        head_branch: "main",
        conclusion: "success",
        status: "completed",
        event: "push",
        created_at: "",
        pull_requests: [],
        head_repository: { full_name: "acme/churn" },
      });
      gh.state.artifacts.set(300 + i, [
        {
          id: 900 + i,
          name: "mlgate-baseline",
          size_in_bytes: zips[i]!.length,
          expired: false,
          zip: zips[i]!,
        },
      ]);
    }
    // The newest run's artifact has expired, and a failed run is never a baseline.
    gh.state.workflowRuns.unshift({
      id: 303,
      head_sha: "3".repeat(40),
      head_branch: "main",
      conclusion: "success",
      status: "completed",
      event: "push",
      created_at: "",
      pull_requests: [],
      head_repository: { full_name: "acme/churn" },
    });
    gh.state.artifacts.set(303, [
      { id: 903, name: "mlgate-baseline", size_in_bytes: 10, expired: true, zip: new Uint8Array() },
    ]);
    gh.state.workflowRuns.unshift({
      id: 304,
      head_sha: "4".repeat(40),
      head_branch: "main",
      conclusion: "failure",
      status: "completed",
      event: "push",
      created_at: "",
      pull_requests: [],
      head_repository: { full_name: "acme/churn" },
    });
    gh.state.requests.length = 0;
    const r = await runAction(
      repo({ accuracy: 0.95, compare: COMPARE }),
      pr(),
      {},
      { ...env, GITHUB_WORKFLOW_REF: "acme/churn/.github/workflows/ml.yml@refs/pull/7/merge" },
    );
    expect(r.code).toBe(1);
    // The toolkit's list does not say an artifact has expired: its download answers 410.
    expect(calls().slice(0, 8)).toEqual([
      "GET /repos/acme/churn/actions/workflows/ml.yml/runs",
      "GET /repos/acme/churn/actions/workflows/ml.yml/runs",
      "GET /repos/acme/churn/actions/workflows/ml.yml/runs",
      "GET /repos/acme/churn/actions/runs/303/artifacts",
      "GET /repos/acme/churn/actions/artifacts/903/zip",
      "GET /repos/acme/churn/actions/runs/301/artifacts",
      "GET /repos/acme/churn/actions/artifacts/901/zip",
      "GET /blob/901",
    ]);
    expect(
      gh.state.requests.slice(0, 3).map((q) => new URL(q.path, gh!.url).searchParams.get("event")),
    ).toEqual(["push", "schedule", "workflow_dispatch"]);
    expect(gh.state.requests[0]!.path).toContain("branch=main&status=success");
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8"));
    expect(report.baseline).toEqual({ source: "artifact", ref: "run 301 (push) on main", sha: shas[1] });
    expect(report.comparisons[0]).toMatchObject({
      metric: "accuracy",
      base: 0.97,
      head: 0.95,
      status: "failed",
    });
    expect(report.trend).toEqual([
      {
        metric: "accuracy",
        points: [
          { label: "1111111", value: 0.96 },
          { label: "2222222", value: 0.97 },
          { label: "this change", value: 0.95 },
        ],
      },
    ]);
    const body = gh.state.comments.get(7)![0]!.body;
    expect(body).toContain(
      'xychart-beta\n  title "accuracy over the last baselines"\n  x-axis "baseline" ["1111111", "2222222", "this change"]',
    );
    expect(body).toContain("**Baseline:** artifact run 301 \\(push\\) on main 2222222");
  });

  it("without git history, the base branch's files come through the REST contents API", async () => {
    gh = await startFakeGitHub();
    const base = "b".repeat(40);
    gh.state.refs.set("main", base);
    gh.state.files.set(base, { "metrics.json": '{"accuracy": 0.99}' });
    const compare = `compare:
  metrics: metrics.json
  baseline: { from: git }
  rules: { accuracy: { direction: higher, max_drop: 0.01 } }
`;
    const r = await runAction(repo({ compare }), pr());
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8"));
    expect(report.baseline).toEqual({ source: "git", ref: "main (REST contents API)", sha: base });
    expect(report.comparisons[0]).toMatchObject({ base: 0.99, head: 0.95, status: "failed" });
    expect(calls()).toContain("GET /repos/acme/churn/contents/metrics.json");
  });

  it("the first PR, before any baseline exists: the policy's warning, never a silent pass", async () => {
    gh = await startFakeGitHub();
    const r = await runAction(
      repo({ compare: COMPARE }),
      pr(),
      {},
      { GITHUB_WORKFLOW_REF: "acme/churn/.github/workflows/ml.yml@refs/pull/7/merge" },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8"));
    expect(report.baseline).toEqual({
      source: "none",
      reason:
        "no successful push, schedule, workflow_dispatch run of this workflow on main yet (the first run has no baseline)",
    });
    expect(gh.state.comments.get(7)![0]!.body).toContain(
      "no baseline: no successful push, schedule, workflow\\_dispatch run of this workflow on main yet",
    );
  });
});
