/**
 * The bundled action (dist/index.js) as a runner runs it, against the fake GitHub: the job summary
 * and the PR comment link to the HTML report's artifact page, and the jobs of a matrix each keep
 * their own artifact, comment and check run when given a `shard`; without one, the second job's
 * upload is refused (one artifact of a name per run) and the warning says what to do.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, RUNTIME_TOKEN, startFakeGitHub } from "../helpers/fake-github.js";
import { runAction } from "../helpers/run-action.js";
import { tempDir } from "../helpers/run-node.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** A repository whose model misses its accuracy bar. */
function repo(accuracy: number): string {
  const dir = tempDir("mlgate-matrix-");
  const files: Record<string, string> = {
    "mlgate.yml": "version: 1\nmodel:\n  metrics: metrics.json\n  thresholds: { accuracy: { min: 0.9 } }\n",
    "metrics.json": JSON.stringify({ accuracy }),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const HEAD = "a".repeat(40);
const PR = {
  name: "pull_request",
  payload: { pull_request: { number: 7, head: { sha: HEAD }, base: { ref: "main" } } },
};
/** The runner's results service and a github.com-like host (@actions/artifact refuses others). */
const runtime = (url: string) => ({
  ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
  ACTIONS_RESULTS_URL: url,
  GITHUB_SERVER_URL: "https://github.localhost",
  GITHUB_RUN_ID: "777",
});
const PUBLISH = { publish: "comment,check,summary,artifact" };

describe("the HTML report's link and matrix jobs (dist/index.js against a fake GitHub)", {
  timeout: 30_000,
}, () => {
  it("the summary and the comment link to the report artifact's page", async () => {
    gh = await startFakeGitHub();
    const r = await runAction(gh.url, repo(0.8), PR, PUBLISH, runtime(gh.url));
    expect(r.code).toBe(1);
    const [artifact] = gh.state.artifacts.get(777)!;
    expect(Object.keys(unzipSync(artifact!.zip)).sort()).toEqual([
      "mlgate-report.html",
      "mlgate-report.json",
    ]);
    const link = `📄 [Every finding and chart: \`mlgate-report.html\` in this run's artifact \`mlgate-report\`.](https://github.localhost/acme/churn/actions/runs/777/artifacts/${artifact!.id})`;
    expect(r.summary).toContain(link);
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(link);
  });

  it("without an upload (no results service) the words stay, with no link", async () => {
    gh = await startFakeGitHub();
    const r = await runAction(gh.url, repo(0.8), PR, PUBLISH, { GITHUB_RUN_ID: "777" });
    expect(r.summary).toContain("📄 Every finding and chart: `mlgate-report.html` in this run's artifact");
    expect(r.summary).not.toContain("/artifacts/");
  });

  it("two matrix jobs without `shard`: the second upload is refused and the warning names the fix", async () => {
    gh = await startFakeGitHub();
    await runAction(gh.url, repo(0.8), PR, PUBLISH, runtime(gh.url));
    const second = await runAction(gh.url, repo(0.95), PR, PUBLISH, runtime(gh.url));
    expect(second.stdout).toMatch(
      /^::warning::mlgate could not upload the artifact mlgate-report: .*\(409\).*give each job its own `shard` input\)$/m,
    );
    // One comment, which the second job rewrote: the first job's verdict is gone from it.
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/mlgate passed/);
  });

  it("two matrix jobs with `shard`: their own artifacts, comments and check runs, each linking its own report", async () => {
    gh = await startFakeGitHub();
    const a = await runAction(gh.url, repo(0.8), PR, { ...PUBLISH, shard: "py3.10" }, runtime(gh.url));
    const b = await runAction(gh.url, repo(0.95), PR, { ...PUBLISH, shard: "py 3.11/x" }, runtime(gh.url));
    expect([a.code, b.code]).toEqual([1, 0]);
    const artifacts = gh.state.artifacts.get(777)!;
    expect(artifacts.map((x) => x.name)).toEqual(["mlgate-report-py3.10", "mlgate-report-py-3.11-x"]);
    const comments = gh.state.comments.get(7)!;
    expect(comments).toHaveLength(2);
    const [first, second] = comments.map((c) => c.body);
    expect(first).toMatch(/^Matrix job `py3\.10`\n\n## ❌ mlgate failed/);
    expect(first).toContain(`/actions/runs/777/artifacts/${artifacts[0]!.id})`);
    expect(second).toMatch(/^Matrix job `py 3\.11\/x`\n\n## ✅ mlgate passed/);
    expect(second).toContain(`/actions/runs/777/artifacts/${artifacts[1]!.id})`);
    const checks = gh.state.checkRuns.map((c) => c.name);
    expect(checks).toEqual(["mlgate (dev, py3.10)", "mlgate (dev, py 3.11/x)"]);
  });
});
