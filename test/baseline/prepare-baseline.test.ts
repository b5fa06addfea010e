/**
 * The baseline module against real temporary git repositories and a hand-written GitHub: which
 * source wins, why there is none, what gets copied, and that nothing is left in the temp folder.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubContext } from "../../src/baseline/artifact-baseline.js";
import { type BaselineNeeds, prepareBaseline } from "../../src/baseline/prepare-baseline.js";
import type { BaselineRequest } from "../../src/baseline/resolve-baseline.js";
import {
  BaselineTooLarge,
  hasBaseline,
  type RunBaseline,
  readBaselineFile,
} from "../../src/baseline/resolved-baseline.js";
import { parseConfig } from "../../src/config/parse-config.js";
import type { CompareConfig } from "../../src/config/types.js";
import { prepareRun } from "../../src/engine/prepare-run.js";
import { runMlgate } from "../../src/engine/run-mlgate.js";
import type { GitHub } from "../../src/github/client.js";
import { createTempSpace, tempRoot } from "../../src/io/temp-space.js";
import { createWorkspace } from "../../src/io/workspace.js";

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
  GIT_AUTHOR_DATE: "2024-01-10T00:00:00Z",
  GIT_COMMITTER_DATE: "2024-01-10T00:00:00Z",
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", env: ENV }).trim();

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

// Every temp folder of a test lands in its own TMPDIR, so a test can see that none is left behind.
let scratch: string;
const savedTmp = process.env.TMPDIR;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "mlgate-baseline-test-"));
  process.env.TMPDIR = scratch;
});
afterEach(() => {
  process.env.TMPDIR = savedTmp;
  if (savedTmp === undefined) delete process.env.TMPDIR;
  rmSync(scratch, { recursive: true, force: true });
});

/** A run's temp space in the test's TMPDIR (the baseline removes its own folder). */
const scratchSpace = () => createTempSpace(tempRoot());

/** What is in the test's TMPDIR besides the repositories the test made. */
const leftovers = (...keep: string[]) => readdirSync(scratch).filter((f) => !keep.includes(f));

/** A repository on `main` (accuracy 0.9, a saved copy at 0.8), then a `feature` branch (0.95). */
function repo(): { dir: string; main: string } {
  const dir = path.join(scratch, "repo");
  mkdirSync(dir);
  git(dir, "init", "-q", "-b", "main");
  write(dir, { "m.json": '{"accuracy": 0.9}', "saved/m.json": '{"accuracy": 0.8}' });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "main");
  const main = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "-qb", "feature");
  write(dir, { "m.json": '{"accuracy": 0.95}' });
  git(dir, "commit", "-qam", "feature");
  return { dir, main };
}

const NEEDS: BaselineNeeds = { files: [{ file: "m.json", maxBytes: 1024 }], trend: ["m.json"] };

/** Prepare with `cfg` and `request`, read what m.json the baseline has, and remove the copies. */
async function resolve(
  dir: string,
  cfg: CompareConfig,
  request: BaselineRequest = {},
  github?: GitHubContext,
): Promise<{ baseline: RunBaseline; accuracy?: string; copies?: string }> {
  const prepared = await prepareBaseline(createWorkspace(dir), cfg, request, NEEDS, scratchSpace(), github);
  const { baseline } = prepared;
  let accuracy: string | undefined;
  let copies: string | undefined;
  if (hasBaseline(baseline)) {
    copies = baseline.files.workspace.root;
    const bytes = await readBaselineFile(baseline.files, "m.json", 1024);
    accuracy = bytes && JSON.parse(Buffer.from(bytes).toString()).accuracy;
  }
  prepared.remove();
  return { baseline, accuracy, copies };
}

/** A GitHub that serves `runs` (newest first), each with a baseline artifact of `files`. */
function fakeGitHub(runs: { id: number; sha: string; files?: Record<string, string> }[]): GitHubContext {
  const gh: Partial<GitHub> = {
    async listWorkflowRuns(_o, _r, _w, query) {
      if (query.event !== "push") return [];
      return runs.map((r) => ({
        id: r.id,
        head_sha: r.sha,
        head_branch: "main",
        conclusion: "success",
        status: "completed",
        event: "push",
        created_at: "",
        pull_requests: [],
        head_repository: { full_name: "acme/churn" },
      }));
    },
    async resolveRef() {
      return undefined;
    },
  };
  return {
    gh: gh as GitHub,
    owner: "acme",
    repo: "churn",
    workflow: "ml.yml",
    artifactName: "mlgate-baseline",
    artifacts: {
      async list(runId) {
        const run = runs.find((r) => r.id === runId)!;
        return run.files ? [{ id: runId, name: "mlgate-baseline", size: 100 }] : [];
      },
      async download(runId) {
        const files = runs.find((r) => r.id === runId)!.files!;
        return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
      },
    },
  };
}

describe("which baseline a run gets", () => {
  it("--baseline first, then `path:`, and --baseline-ref over `path:`", async () => {
    const { dir, main } = repo();
    const flag = await resolve(dir, { baseline: { from: "path:nowhere" } }, { path: "saved" });
    expect(flag.baseline).toMatchObject({ info: { source: "path", ref: "saved" } });
    expect(flag.accuracy).toBe(0.8);
    const from = await resolve(dir, { baseline: { from: "path:saved" } }, { ref: "main" });
    expect(from.baseline).toMatchObject({ info: { source: "git", ref: "main", sha: main } });
    expect(from.accuracy).toBe(0.9);
    const pathOnly = await resolve(dir, { baseline: { from: "path:saved" } });
    expect(pathOnly.baseline).toMatchObject({ info: { source: "path", ref: "saved" } });
  });

  it("auto: the newest artifact with the older ones for the trend, before git", async () => {
    const { dir } = repo();
    const github = fakeGitHub([
      { id: 2, sha: "2".repeat(40), files: { "m.json": '{"accuracy": 0.7}' } },
      { id: 1, sha: "1".repeat(40), files: { "m.json": '{"accuracy": 0.6}' } },
    ]);
    const prepared = await prepareBaseline(
      createWorkspace(dir),
      {},
      { baseBranch: "main" },
      NEEDS,
      scratchSpace(),
      github,
    );
    const b = prepared.baseline;
    if (!hasBaseline(b)) throw new Error(b.reason);
    expect(b.info).toEqual({ source: "artifact", ref: "run 2 (push) on main", sha: "2".repeat(40) });
    expect(b.history.map((h) => h.sha[0])).toEqual(["1", "2"]);
    const accuracy = async (files: typeof b.files) =>
      JSON.parse(Buffer.from((await readBaselineFile(files, "m.json", 1024))!).toString()).accuracy;
    expect(await accuracy(b.files)).toBe(0.7);
    expect(await accuracy(b.history[0]!.files)).toBe(0.6);
    prepared.remove();
    expect(leftovers("repo")).toEqual([]);
  });

  it("auto falls back to git and says why the artifact was not used (only when it could have been)", async () => {
    const { dir, main } = repo();
    const viaGit = await resolve(dir, {}, { baseBranch: "main" }, fakeGitHub([]));
    expect(viaGit.baseline).toEqual(
      expect.objectContaining({
        info: {
          source: "git",
          ref: "main",
          sha: main,
          reason:
            "no artifact baseline: no successful push, schedule, workflow_dispatch run of this workflow on main yet (the first run has no baseline)",
        },
      }),
    );
    expect(viaGit.accuracy).toBe(0.9);
    const noToken = await resolve(dir, {}, { baseBranch: "main" });
    expect(noToken.baseline).toMatchObject({ info: { source: "git", ref: "main", sha: main } });
    expect((noToken.baseline as { info: object }).info).not.toHaveProperty("reason");
  });

  it("no baseline, and why", async () => {
    const { dir } = repo();
    expect((await resolve(dir, { baseline: { from: "artifact" } })).baseline).toEqual({
      reason: "artifact baselines need the GitHub action (a token with `actions: read`)",
    });
    expect((await resolve(dir, { baseline: { from: "path:gone" } })).baseline).toEqual({
      reason: "the baseline gone does not exist",
    });
    expect((await resolve(dir, {}, { ref: "no-such-branch" })).baseline).toEqual({
      reason: "the base ref no-such-branch is not in this clone and could not be fetched from origin",
    });
    const bare = path.join(scratch, "bare");
    mkdirSync(bare);
    expect((await resolve(bare, {}, { ref: "main" })).baseline).toEqual({
      reason: `${bare} is not inside a git repository, so there is no git baseline`,
    });
    expect(leftovers("repo", "bare")).toEqual([]);
  });
});

describe("the baseline's files", () => {
  it("copies each file under each cap asked, records those over it in the source's words", async () => {
    const { dir } = repo();
    const needs: BaselineNeeds = {
      files: [
        { file: "m.json", maxBytes: 5 },
        { file: "m.json", maxBytes: 1024 },
        { file: "absent.csv", maxBytes: 1024 },
      ],
      trend: [],
    };
    const prepared = await prepareBaseline(createWorkspace(dir), {}, { ref: "main" }, needs, scratchSpace());
    const b = prepared.baseline;
    if (!hasBaseline(b)) throw new Error(b.reason);
    await expect(readBaselineFile(b.files, "m.json", 5)).rejects.toThrow(BaselineTooLarge);
    await expect(readBaselineFile(b.files, "m.json", 5)).rejects.toThrow(
      /^m.json at \w{7} is 17 bytes, over the 5-byte limit$/,
    );
    expect(Buffer.from((await readBaselineFile(b.files, "m.json", 1024))!).toString()).toBe(
      '{"accuracy": 0.9}',
    );
    expect(await readBaselineFile(b.files, "absent.csv", 1024)).toBeUndefined();
    expect(readdirSync(b.files.workspace.root)).toEqual(["m.json"]);
    prepared.remove();
    expect(existsSync(b.files.workspace.root)).toBe(false);
  });

  it("the temp folder goes when preparing fails too", async () => {
    const bare = path.join(scratch, "bare");
    write(bare, { "m.json": "{}" });
    // No git history: the files come through the REST API, which breaks mid-way.
    const github = fakeGitHub([]);
    github.gh.resolveRef = async () => "a".repeat(40);
    github.gh.getFile = async () => {
      throw new Error("connection reset");
    };
    await expect(
      prepareBaseline(
        createWorkspace(bare),
        { baseline: { from: "git" } },
        { ref: "main" },
        NEEDS,
        scratchSpace(),
        github,
      ),
    ).rejects.toThrow("connection reset");
    expect(leftovers("bare")).toEqual([]);
  });
});

describe("the engine resolves before the stages", () => {
  const CONFIG = `version: 1
data:
  - name: d
    path: d.csv
    columns: { ts: { freshness: { max_age: 30d, since: commit } } }
compare:
  metrics: [m.json]
  rules: { accuracy: { direction: higher, max_drop: 0.01 } }
`;

  it("only what the command's stages need: a baseline for compare, the commit time for freshness", async () => {
    const { dir } = repo();
    const { config } = parseConfig(CONFIG, "mlgate.yml");
    const ws = createWorkspace(dir);
    const lint = await prepareRun("lint", config!, ws, {}, scratchSpace());
    expect(lint.baseline).toBeUndefined();
    expect(lint.commitTime).toBeUndefined();
    const test = await prepareRun("test", config!, ws, {}, scratchSpace());
    expect(test.baseline).toBeUndefined();
    expect(test.commitTime).toBe(Date.parse("2024-01-10T00:00:00Z"));
    const compare = await prepareRun("compare", config!, ws, { ref: "main" }, scratchSpace());
    expect(compare.commitTime).toBeUndefined();
    expect(compare.baseline).toMatchObject({ info: { source: "git", ref: "main" } });
    compare.remove();
    expect(leftovers("repo")).toEqual([]);
  });

  it("a run leaves no baseline folder behind", async () => {
    const { dir } = repo();
    write(dir, { "mlgate.yml": CONFIG, "d.csv": "ts\n2024-01-05T00:00:00Z\n" });
    const outcome = await runMlgate(
      { command: "check", dir, format: "json", baseline: { ref: "main" } },
      {},
      createWorkspace(dir),
    );
    if (outcome.kind !== "report") throw new Error(outcome.kind);
    expect(outcome.report.baseline).toMatchObject({ source: "git", ref: "main" });
    expect(outcome.report.comparisons?.[0]).toMatchObject({ metric: "accuracy", base: 0.9, head: 0.95 });
    expect(outcome.report.sections.find((s) => s.id === "data")?.status).toBe("passed");
    expect(leftovers("repo")).toEqual([]);
  });
});
