/** Publisher: the job summary. The toolkit writes it to GITHUB_STEP_SUMMARY. */
import * as core from "@actions/core";
import { redact } from "../../io/redact.js";

/** The job summary is refused above about 1 MiB; markdown for it is rendered to this length. */
export const MAX_JOB_SUMMARY = 1_000_000;

/** Append `markdown` to the job summary. */
export async function publishJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(redact(markdown)).write();
}
