/**
 * What a pull request must not be able to decide, through the bundled action against a fake
 * GitHub: the verdict of `mode: publish` (it is the triggering run's conclusion, never the
 * artifact's `passed`) and the artifact baseline (only push runs of this repository count).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, RUNTIME_TOKEN, startFakeGitHub } from "../helpers/fake-github.js";
import { runAction, writeFiles } from "../helpers/run-action.js";
import { tempDir } from "../helpers/run-node.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const HEAD = "a".repeat(40);
/** A github.com-like host, so artifacts go through @actions/artifact (it refuses other hosts as GHES). */
const CLOUD = { GITHUB_SERVER_URL: "https://github.localhost" };
const encode = (text: string) => new TextEncoder().encode(text);

/** A repository whose model scores `accuracy` and whose configs have `lintErrors` findings. */
function repo(options: { lintErrors?: number; accuracy: number; compare?: string }): string {
  const dir = tempDir("mlgate-trust-");
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
    "schema.json": JSON.stringify({ type: "object", properties: { lr: { type: "number" } } }),
    "metrics.json": JSON.stringify({ accuracy: options.accuracy }),
    "configs/ok.yaml": "lr: 0.1\n",
  };
  for (let i = 0; i < (options.lintErrors ?? 0); i++) files[`configs/bad-${i}.yaml`] = `lr: "fast ${i}"\n`;
  writeFiles(dir, files);
  return dir;
}

const pr = () => ({
  name: "pull_request",
  payload: { pull_request: { number: 7, head: { sha: HEAD }, base: { ref: "main" } } },
});

/** A workflow_run event for run `id` of a fork's pull request. */
const workflowRun = (id: number, extra: Record<string, unknown> = {}) => ({
  name: "workflow_run",
  payload: {
    workflow_run: {
      id,
      name: "ml",
      event: "pull_request",
      head_sha: HEAD,
      head_branch: "main",
      head_repository: { full_name: "mallory/churn" },
      html_url: `https://github.example/acme/churn/actions/runs/${id}`,
      pull_requests: [],
      ...extra,
    },
  },
});

describe("mode: publish decides nothing from the artifact", { timeout: 30_000 }, () => {
  /** A real failing report, then forged: `passed: true` and a production environment. */
  async function forgedReport(): Promise<string> {
    const prRun = await runAction(gh!.url, repo({ lintErrors: 5, accuracy: 0.8 }), pr(), {
      publish: "summary",
    });
    expect(prRun.code).toBe(1);
    const report = JSON.parse(readFileSync(prRun.outputs["report-path"]!, "utf8"));
    report.passed = true;
    report.gate.passed = true;
    report.environment.name = "production";
    return JSON.stringify(report);
  }

  it("a forged passed:true: the check run takes the run's conclusion and its name from the inputs", async () => {
    gh = await startFakeGitHub();
    const forged = await forgedReport();
    gh.state.artifacts.set(555, [
      {
        id: 9,
        name: "mlgate-report",
        size_in_bytes: 1000,
        expired: false,
        zip: zipSync({ "r.json": encode(forged) }),
      },
    ]);
    gh.state.pulls.set(HEAD, [{ number: 7, state: "open" }]);
    const r = await runAction(
      gh.url,
      tempDir(),
      workflowRun(555, { conclusion: "failure" }),
      { mode: "publish", environment: "fork-prs" },
      CLOUD,
    );
    expect(r.code).toBe(0);
    const run = gh.state.checkRuns[0]!;
    expect(run).toMatchObject({ name: "mlgate (fork-prs)", head_sha: HEAD, conclusion: "failure" });
    expect(r.outputs.passed).toBe("false");
    expect(r.outputs.environment).toBe("fork-prs");
    const body = gh.state.comments.get(7)![0]!.body;
    // The artifact's findings are shown as what the pull request's run reported, under its verdict.
    expect(body).toMatch(/^> The pull request's run .*\n.*\n\n## ❌ mlgate failed/);
    // The verdict is the run's: no passing heading, whatever the artifact claims.
    expect(body).not.toMatch(/^## ✅/m);
    expect(body).toMatch(/^## ❌/m);
    expect(body).toContain(
      "> The pull request's run [555](https://github.localhost/acme/churn/actions/runs/555) concluded **failure**.",
    );
    expect(body).toContain("what that run reported in its artifact `mlgate-report`");
    expect(run.output.summary).toContain("concluded **failure**");
    expect(r.summary).toContain("concluded **failure**");
  });

  it("without a conclusion in the payload it asks the API; with neither input the check is plain `mlgate` (GHES: REST download)", async () => {
    gh = await startFakeGitHub();
    const forged = await forgedReport();
    gh.state.artifacts.set(556, [
      {
        id: 10,
        name: "mlgate-report",
        size_in_bytes: 1000,
        expired: false,
        zip: zipSync({ "r.json": encode(forged) }),
      },
    ]);
    gh.state.workflowRuns.push({ id: 556, conclusion: "failure", status: "completed", head_sha: HEAD });
    const r = await runAction(gh.url, tempDir(), workflowRun(556, { pull_requests: [{ number: 7 }] }), {
      mode: "publish",
    });
    expect(r.code).toBe(0);
    expect(gh.state.requests.map((q) => `${q.method} ${q.path}`)).toContain(
      "GET /repos/acme/churn/actions/runs/556",
    );
    expect(gh.state.checkRuns[0]).toMatchObject({ name: "mlgate", conclusion: "failure" });
    expect(r.outputs.passed).toBe("false");
    // A run that succeeded is a success, whatever the report claims.
    gh.state.workflowRuns[0]!.conclusion = "success";
    const ok = await runAction(gh.url, tempDir(), workflowRun(556, { pull_requests: [{ number: 7 }] }), {
      mode: "publish",
      "check-name": "ML gate",
    });
    expect(gh.state.checkRuns[1]).toMatchObject({ name: "ML gate", conclusion: "success" });
    expect(ok.outputs.passed).toBe("true");
  });
});

describe("artifacts through @actions/artifact", { timeout: 30_000 }, () => {
  it("a download that does not match the digest recorded at upload is refused", async () => {
    gh = await startFakeGitHub();
    const zip = zipSync({ "r.json": encode("{}") });
    gh.state.artifacts.set(560, [
      {
        id: 11,
        name: "mlgate-report",
        size_in_bytes: zip.length,
        expired: false,
        zip,
        digest: `sha256:${"0".repeat(64)}`,
      },
    ]);
    const r = await runAction(
      gh.url,
      tempDir(),
      workflowRun(560, { conclusion: "success", pull_requests: [{ number: 7 }] }),
      { mode: "publish" },
      CLOUD,
    );
    expect(r.stdout).toMatch(
      /^::warning::mlgate: nothing published: could not fetch the report: its content does not match the digest recorded at upload/m,
    );
    expect(gh.writes()).toEqual([]);
  });
});

describe("artifact baselines come only from trusted runs", { timeout: 30_000 }, () => {
  const COMPARE = `compare:
  metrics: metrics.json
  baseline: { from: artifact }
  rules: { accuracy: { direction: higher, max_drop: 0.01 } }
`;
  const baselineZip = (accuracy: number) => zipSync({ "metrics.json": encode(JSON.stringify({ accuracy })) });

  it("a fork's pull_request run on a branch named main is never the baseline; the repository's push run is", async () => {
    gh = await startFakeGitHub();
    const run = (id: number, event: string, repository: string, sha: string) => ({
      id,
      head_sha: sha,
      head_branch: "main",
      conclusion: "success",
      status: "completed",
      event,
      created_at: "",
      pull_requests: [],
      head_repository: { full_name: repository },
      html_url: `https://github.example/acme/churn/actions/runs/${id}`,
    });
    // Newest first: the fork's poisoned run, a push from a fork's copy, then the real push.
    gh.state.workflowRuns.push(
      run(402, "pull_request", "mallory/churn", "4".repeat(40)),
      run(401, "push", "mallory/churn", "5".repeat(40)),
      run(300, "push", "acme/churn", "3".repeat(40)),
    );
    gh.state.artifacts.set(402, [
      { id: 942, name: "mlgate-baseline", size_in_bytes: 200, expired: false, zip: baselineZip(0.5) },
    ]);
    gh.state.artifacts.set(401, [
      { id: 941, name: "mlgate-baseline", size_in_bytes: 200, expired: false, zip: baselineZip(0.5) },
    ]);
    gh.state.artifacts.set(300, [
      { id: 930, name: "mlgate-baseline", size_in_bytes: 200, expired: false, zip: baselineZip(0.9567) },
    ]);
    const r = await runAction(
      gh.url,
      repo({ accuracy: 0.93, compare: COMPARE }),
      pr(),
      {},
      { GITHUB_WORKFLOW_REF: "acme/churn/.github/workflows/ml.yml@refs/pull/7/merge", ...CLOUD },
    );
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8"));
    expect(report.comparisons[0]).toMatchObject({
      metric: "accuracy",
      base: 0.9567,
      head: 0.93,
      status: "failed",
    });
    expect(r.code).toBe(1);
    expect(report.baseline).toEqual({
      source: "artifact",
      ref: "run 300 (push) on main",
      sha: "3".repeat(40),
      url: "https://github.example/acme/churn/actions/runs/300",
    });
    const downloads = gh.state.requests.filter((q) => q.path.includes("/actions/artifacts/"));
    expect(downloads.map((q) => q.path)).toEqual(["/repos/acme/churn/actions/artifacts/930/zip"]);
    expect(gh.state.comments.get(7)![0]!.body).toContain(
      "**Baseline:** artifact run 300 \\(push\\) on main 3333333",
    );
  });
});

describe("run mode publishes the verdict it holds, not a file", { timeout: 30_000 }, () => {
  /**
   * Left running by a suite (in a session of its own, so the suite's process group is not its
   * group): it overwrites every report file it finds with a forged one, until told to stop or 20 s.
   */
  const WRITER = `const fs = require("node:fs");
const [file, stop] = process.argv.slice(2);
// In its own session now: the suite may end (its process group is ended with it).
fs.writeFileSync(stop + ".log", "started");
const until = Date.now() + 20000;
const forged = JSON.stringify({ forged: true, passed: true });
const timer = setInterval(() => {
  if (Date.now() > until || fs.existsSync(stop)) return clearInterval(timer);
  try { if (fs.readFileSync(file, "utf8") !== forged) fs.writeFileSync(file, forged); } catch {}
}, 1);
`;

  it("a process a suite leaves behind rewrites the report file: the artifact, outputs and exit code keep the gate's verdict", async () => {
    gh = await startFakeGitHub();
    const dir = repo({ accuracy: 0.8 });
    const scratch = tempDir("mlgate-writer-");
    const reportFile = path.join(scratch, "report.json");
    const stop = path.join(scratch, "stop");
    writeFiles(dir, {
      "writer.cjs": WRITER,
      "mlgate.yml": `${readFileSync(path.join(dir, "mlgate.yml"), "utf8")}tests:
  - name: leaves a writer
    run: setsid node writer.cjs ${reportFile} ${stop} > /dev/null 2>&1 < /dev/null & for i in $(seq 100); do [ -f ${stop}.log ] && break; sleep 0.1; done
`,
    });
    try {
      const r = await runAction(
        gh.url,
        dir,
        pr(),
        { publish: "summary,artifact", "report-path": reportFile },
        { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_RESULTS_URL: gh.url, ...CLOUD },
      );
      expect(r.code).toBe(1);
      expect(r.outputs.passed).toBe("false");
      const [artifact] = gh.state.artifacts.get(777) ?? [];
      const uploaded = JSON.parse(new TextDecoder().decode(unzipSync(artifact!.zip)["mlgate-report.json"]!));
      expect(uploaded).toMatchObject({ passed: false, environment: { name: "dev" } });
      expect(uploaded.forged).toBeUndefined();
      // The writer did run: the report file is its forgery (it checks every millisecond).
      for (let i = 0; i < 50 && !readFileSync(reportFile, "utf8").includes('"forged"'); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readFileSync(reportFile, "utf8")).toContain('"forged":true');
    } finally {
      writeFileSync(stop, "");
    }
  });
});
