/**
 * `mode: publish` (a `workflow_run` job on the default branch): fetch the report artifact of the
 * run that triggered this one, validate it against the report schema (it is untrusted), and find
 * the pull request from its head commit.
 */
import { unzipSync } from "fflate";
import type { ArtifactStore } from "../github/artifacts.js";
import type { GitHub } from "../github/client.js";
import { parseJsonReport } from "../report/parse-json-report.js";
import type { Report } from "../report/types.js";
import type { ReportTarget } from "./github-publish.js";
import type { RunContext } from "./settings.js";

/** Downloaded reports are capped: they are input we did not write. */
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

/** The triggering run as GitHub describes it: the one part of publishing a pull request cannot write. */
export interface TriggeringRun {
  id: number;
  /** The run's own conclusion (success, failure, cancelled, ...), the verdict to publish. */
  conclusion: string;
}

/** The report and the pull request it is about, or why there is nothing to publish. */
export type TriggeringReport =
  | { report: Report; target: ReportTarget; run: TriggeringRun }
  | { problem: string };

/** Fetch, unpack and validate the report artifact `artifactName` of the run that triggered this one. */
export async function fetchTriggeringReport(
  ctx: RunContext,
  artifactName: string,
  gh: GitHub,
  store: ArtifactStore,
): Promise<TriggeringReport> {
  const run = ctx.payload.workflow_run as
    | { id?: number; head_sha?: string; pull_requests?: { number: number }[]; conclusion?: string | null }
    | undefined;
  if (!run?.id || !run.head_sha)
    return { problem: "mode: publish runs on a workflow_run event; this event has no workflow_run" };
  // The verdict is GitHub's record of the run, never the report the run uploaded.
  const conclusion = run.conclusion ?? (await gh.getWorkflowRun(ctx.owner, ctx.repo, run.id)).conclusion;
  if (!conclusion)
    return {
      problem: `run ${run.id} has not completed (run mode: publish on \`workflow_run: types: [completed]\`)`,
    };
  const artifacts = await store.list(run.id);
  const artifact = artifacts.find((a) => a.name === artifactName);
  if (!artifact) return { problem: `run ${run.id} has no artifact named ${artifactName}` };
  if (artifact.size > MAX_ARTIFACT_BYTES)
    return {
      problem: `the artifact ${artifactName} is ${artifact.size} bytes, over the ${MAX_ARTIFACT_BYTES}-byte limit`,
    };
  const zip = await store.download(run.id, artifact, MAX_ARTIFACT_BYTES);
  const parsed = readReportZip(zip, artifactName);
  if ("problem" in parsed) return parsed;
  let number = run.pull_requests?.[0]?.number;
  if (!number) number = (await gh.pullsForCommit(ctx.owner, ctx.repo, run.head_sha))[0];
  return {
    report: parsed.report,
    target: { number, headSha: run.head_sha },
    run: { id: run.id, conclusion },
  };
}

/** The first .json file of the zip as a validated report; the unpacked size is capped as it goes. */
function readReportZip(zip: Uint8Array, artifactName: string): { report: Report } | { problem: string } {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(zip, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_ARTIFACT_BYTES) throw new Error("the artifact unpacks to more than the size limit");
        return f.name.endsWith(".json");
      },
    });
  } catch (err) {
    return { problem: `the artifact ${artifactName} is not a valid zip: ${(err as Error).message}` };
  }
  const names = Object.keys(files).sort();
  if (!names.length) return { problem: `the artifact ${artifactName} holds no .json report` };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(files[names[0]!]!));
  } catch (err) {
    return { problem: `${names[0]} in the artifact is not JSON: ${(err as Error).message}` };
  }
  const parsed = parseJsonReport(value);
  if (!parsed.report)
    return {
      problem: `${names[0]} in the artifact is not an mlgate report: ${parsed.errors.slice(0, 3).join("; ")}`,
    };
  return { report: parsed.report };
}
